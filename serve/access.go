package serve

import (
	"crypto/sha256"
	"errors"
	"sync"

	"charm.land/log/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// accessFile is the access file, read again when its content changes, so
// a new colleague needs no restart. It is compared by content, not by time
// and size: an edit that keeps both (a role changed from editor to viewer
// and the old time put back by rsync -t, cp -p or touch -r; one key
// swapped for another) takes effect all the same. While an edit leaves it
// broken, the last good version stays in force and the problem is logged.
type accessFile struct {
	path   string
	mu     sync.Mutex
	access *Access
	sum    [sha256.Size]byte // of the content access was read from
}

func openAccess(path string) (*accessFile, error) {
	src, err := data.ReadFile(path)
	if err != nil {
		return nil, data.Problems{data.FileProblem(path, err)}
	}
	a, err := readAccess(path, src)
	if err != nil {
		return nil, err
	}
	return &accessFile{path: path, access: a, sum: sha256.Sum256(src)}, nil
}

// current is the access in force: the file read again where its content
// changed (the file holds a few users, so reading it costs little).
func (f *accessFile) current(logger *log.Logger) *Access {
	f.mu.Lock()
	defer f.mu.Unlock()
	src, err := data.ReadFile(f.path)
	if err != nil {
		return f.access
	}
	sum := sha256.Sum256(src)
	if sum == f.sum {
		return f.access
	}
	f.sum = sum
	a, err := readAccess(f.path, src)
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
