package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// ErrNothingToRepair is returned by Repair when every block the program
// wrote is as it was written.
var ErrNothingToRepair = errors.New("nothing to repair")

// Repair moves every block of the status file that no longer matches its
// mark (cut short by a crash, or changed since) into a file beside it,
// path.torn-TIME, and leaves everything else where it is, entries added
// after such a block included. No byte is deleted: each is in one of the
// two files. It only does so when the file without those blocks parses.
// The torn file is written and synced first. A block at the very end is
// then cut off in place, as the writer itself undoes a failed append; a
// block further up means the status file is written anew beside itself,
// synced and renamed over the old one. Either way a crash at any point
// leaves the old file or the new one, whole. It returns the torn file's
// path.
func (w *Writer) Repair(path string, now time.Time) (string, error) {
	for range 3 { // another repair may replace the file while this one waits for the lock
		aside, err, again := w.repairOnce(path, now)
		if !again {
			return aside, err
		}
	}
	return "", fmt.Errorf("repair %s: %w", path, ErrReplaced)
}

func (w *Writer) repairOnce(path string, now time.Time) (string, error, bool) {
	f, err := w.openStatus(path)
	if err != nil {
		return "", fmt.Errorf("open %s: %w", path, err), false
	}
	defer f.Close()
	if err := w.lock(f, path); err != nil {
		return "", err, false
	}
	defer f.Unlock()
	info, err := f.Stat()
	if err == nil {
		err = regular(path, info)
	}
	if err != nil {
		return "", fmt.Errorf("stat %s: %w", path, err), false
	}
	// Written from a file no longer at the path, the new file would put
	// back over what was saved since: open the one there now.
	if there, err := w.FS.Stat(path); err != nil || !os.SameFile(info, there) {
		return "", nil, true
	}
	aside, err := w.repairLocked(f, path, info, now)
	return aside, err, false
}

// repairLocked repairs the status file f, locked and as it is at path.
func (w *Writer) repairLocked(f File, path string, info os.FileInfo, now time.Time) (string, error) {
	all := make([]byte, info.Size())
	if _, err := f.ReadAt(all, 0); err != nil && info.Size() > 0 {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	damaged := damagedBlocks(all)
	if len(damaged) == 0 {
		if err := checkFile(path, all, 0); err != nil {
			return "", err // broken by an edit: that is fixed by hand, not here
		}
		return "", fmt.Errorf("%s: %w", path, ErrNothingToRepair)
	}
	kept := withoutDamaged(all, damaged)
	if !parses(kept) {
		return "", checkFile(path, all, 0) // says it cannot be repaired
	}
	var moved []byte
	for _, d := range damaged {
		moved = append(moved, all[d.start:d.end]...)
	}
	stamp := now.Format("20060102T150405")
	aside, err := w.writeUnique(path+".torn-"+stamp, moved, shared)
	if err != nil {
		return "", err
	}
	if last := damaged[len(damaged)-1]; len(damaged) == 1 && last.end == len(all) {
		// Only the end is damaged: cut the file back in place, which keeps
		// its owner, group and inode; the bytes are safe in the torn file.
		if err := f.Truncate(int64(last.start)); err != nil {
			return "", fmt.Errorf("cut %s back: %w", path, err)
		}
		return aside, f.Datasync()
	}
	fresh, err := w.writeUnique(filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".repair-"+stamp), kept, info.Mode().Perm())
	if err != nil {
		return "", err
	}
	if err := w.FS.Rename(fresh, path); err != nil {
		w.FS.Remove(fresh)
		return "", fmt.Errorf("replace %s: %w", path, err)
	}
	return aside, nil
}

// writeUnique writes a new file named name, or name-2, name-3, ... when
// that is taken (a repair run again within the same second, after one was
// killed), and returns the name it wrote.
func (w *Writer) writeUnique(name string, content []byte, mode os.FileMode) (string, error) {
	path := name
	for i := 2; ; i++ {
		err := w.writeNew(path, content, mode)
		if !errors.Is(err, fs.ErrExist) || i > 100 {
			return path, err
		}
		path = fmt.Sprintf("%s-%d", name, i)
	}
}

// writeNew writes a file that must not exist yet, completely and synced;
// on failure it leaves no file behind.
func (w *Writer) writeNew(path string, content []byte, mode os.FileMode) error {
	out, err := w.FS.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	err = out.Chmod(mode) // whatever the umask
	for rest := content; err == nil && len(rest) > 0; {
		var n int
		n, err = out.WriteOnce(rest)
		if err == nil && n == 0 {
			err = fmt.Errorf("write %s: no progress", path)
		}
		rest = rest[n:]
	}
	if err == nil {
		err = out.Datasync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		w.FS.Remove(path)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
