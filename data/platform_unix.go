//go:build unix

package data

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// openNonblock makes opening a named pipe return at once instead of waiting for a writer.
const openNonblock = unix.O_NONBLOCK

// groupShared: files are shared through their group and the folder's setgid bit.
const groupShared = true

// tryLock takes an exclusive flock on the file, without waiting.
func tryLock(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB) }

func unlock(f *os.File) error { return unix.Flock(int(f.Fd()), unix.LOCK_UN) }

// lockBusy reports whether tryLock failed because another writer holds the lock.
func lockBusy(err error) bool { return errors.Is(err, unix.EWOULDBLOCK) }

// writeOnce is exactly one write() call.
func writeOnce(f *os.File, b []byte) (int, error) { return unix.Write(int(f.Fd()), b) }

// fileID tells a file from one put in its place under the same name.
func fileID(info fs.FileInfo) uint64 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Ino)
	}
	return 0
}

// groupOf is the file's group.
func groupOf(info fs.FileInfo) uint32 {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return st.Gid
	}
	return 0
}

// mayWrite reports whether this user may write the file, or create files in the folder.
func mayWrite(path string, folder bool) bool {
	if folder {
		return unix.Access(path, unix.W_OK|unix.X_OK) == nil
	}
	return unix.Access(path, unix.W_OK) == nil
}

func noSpace(err error) bool { return errors.Is(err, unix.ENOSPC) || errors.Is(err, unix.EDQUOT) }

func readOnlyFS(err error) bool { return errors.Is(err, unix.EROFS) }
