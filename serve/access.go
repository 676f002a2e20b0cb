package serve

import (
	"errors"
	"os"
	"sync"
	"time"

	"charm.land/log/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// accessFile is the access file, read again when it changes on disk, so a
// new colleague needs no restart. While an edit leaves it broken, the last
// good version stays in force and the problem is logged.
type accessFile struct {
	path    string
	mu      sync.Mutex
	access  *Access
	modTime time.Time
	size    int64
}

func openAccess(path string) (*accessFile, error) {
	a, err := LoadAccess(path)
	if err != nil {
		return nil, err
	}
	f := &accessFile{path: path, access: a}
	if info, err := os.Stat(path); err == nil {
		f.modTime, f.size = info.ModTime(), info.Size()
	}
	return f, nil
}

func (f *accessFile) current(logger *log.Logger) *Access {
	f.mu.Lock()
	defer f.mu.Unlock()
	info, err := os.Stat(f.path)
	if err != nil || info.ModTime().Equal(f.modTime) && info.Size() == f.size {
		return f.access
	}
	f.modTime, f.size = info.ModTime(), info.Size()
	a, err := LoadAccess(f.path)
	if err != nil {
		var problems data.Problems
		if errors.As(err, &problems) {
			logger.Error("access file has problems; the last good version stays in force", "problems", problems.Message(lang.En))
		}
		return f.access
	}
	logger.Info("access file read again", "users", len(a.Users))
	f.access = a
	return a
}
