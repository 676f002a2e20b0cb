package data

import (
	"errors"
	"fmt"
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
	f, err := w.FS.OpenFile(path, os.O_RDWR|os.O_APPEND, 0)
	if err != nil {
		return "", fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	if err := w.lock(f, path); err != nil {
		return "", err
	}
	defer f.Unlock()
	info, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf("stat %s: %w", path, err)
	}
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
	aside := path + ".torn-" + stamp
	if err := w.writeNew(aside, moved, shared); err != nil {
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
	fresh := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".repair-"+stamp)
	if err := w.writeNew(fresh, kept, info.Mode().Perm()); err != nil {
		return "", err
	}
	if err := w.FS.Rename(fresh, path); err != nil {
		w.FS.Remove(fresh)
		return "", fmt.Errorf("replace %s: %w", path, err)
	}
	return aside, nil
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
