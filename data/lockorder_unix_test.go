//go:build unix

package data

import (
	"os"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/beskplan/beskplan/model"
)

// heldFS is the file system with the status file's lock held by someone
// else until release is closed: TryLock says busy, and tried is closed at
// the first attempt.
type heldFS struct {
	osFS
	tried, release chan struct{}
	once           sync.Once
}

func (h *heldFS) OpenFile(name string, flag int, perm os.FileMode) (File, error) {
	f, err := h.osFS.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return &heldFile{File: f, fs: h}, nil
}

type heldFile struct {
	File
	fs *heldFS
}

func (f *heldFile) TryLock() error {
	f.fs.once.Do(func() { close(f.fs.tried) })
	select {
	case <-f.fs.release:
		return f.File.TryLock()
	default:
		return unix.EWOULDBLOCK
	}
}

// A save that waits for the lock, while a save started after it gets the
// lock first, is stamped once it holds the lock: its figure, the last one
// acknowledged, is the one shown (issue 23, item 1).
func TestSaveWaitingForLockIsShown(t *testing.T) {
	first := storeOnDisk(t)
	second := NewStore(first.Snapshot().Loaded)
	held := &heldFS{tried: make(chan struct{}), release: make(chan struct{})}
	first.writer = &Writer{FS: held, LockTimeout: time.Minute}
	q3 := model.MustPeriod("2026-Q3")
	done := make(chan error)
	go func() {
		_, _, err := first.Save("anne", model.Entry{Measure: "R1", Period: q3, Value: 111, HasValue: true})
		done <- err
	}()
	<-held.tried
	time.Sleep(1100 * time.Millisecond) // the second save starts a second later, as in the issue
	if _, _, err := second.Save("bo", model.Entry{Measure: "R1", Period: q3, Value: 222, HasValue: true}); err != nil {
		t.Fatal(err)
	}
	close(held.release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	l, err := Load(first.Snapshot().Source)
	if err != nil {
		t.Fatal(err)
	}
	if got := shownFigure(l.Plan, "R1", q3); got != 111 {
		t.Errorf("shown %v, want 111: the save acknowledged last", got)
	}
}
