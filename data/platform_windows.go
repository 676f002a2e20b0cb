package data

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/windows"
)

// openNonblock: opening a file on Windows never waits for a writer.
const openNonblock = 0

// groupShared: Windows shares files by access lists, not by group and setgid.
const groupShared = false

// lockOverlapped says where the lock byte lies: at 1<<62, far past the end
// of any real file, since Windows locks are mandatory and locking the data
// itself would stop colleagues from reading it while a figure is saved.
func lockOverlapped() *windows.Overlapped { return &windows.Overlapped{OffsetHigh: 1 << 30} }

// tryLock takes an exclusive lock on the file, without waiting.
func tryLock(f *os.File) error {
	return windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, lockOverlapped())
}

func unlock(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, lockOverlapped())
}

// lockBusy reports whether tryLock failed because another writer holds the lock.
func lockBusy(err error) bool { return errors.Is(err, windows.ERROR_LOCK_VIOLATION) }

// writeOnce is exactly one WriteFile call.
func writeOnce(f *os.File, b []byte) (int, error) {
	var n uint32
	err := windows.WriteFile(windows.Handle(f.Fd()), b, &n, nil)
	return int(n), err
}

// fileID is 0: a file put in place of another is found by its checksum instead.
func fileID(fs.FileInfo) uint64 { return 0 }

func groupOf(fs.FileInfo) uint32 { return 0 }

// mayWrite reports whether the file or folder is not read-only.
func mayWrite(path string, folder bool) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().Perm()&0o200 != 0
}

func noSpace(err error) bool {
	return errors.Is(err, windows.ERROR_DISK_FULL) || errors.Is(err, windows.ERROR_HANDLE_DISK_FULL)
}

func readOnlyFS(err error) bool { return errors.Is(err, windows.ERROR_WRITE_PROTECT) }
