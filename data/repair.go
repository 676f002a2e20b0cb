package data

import (
	"errors"
	"fmt"
	"os"
	"time"
)

// Repair moves an unfinished block at the end of the status file into a
// file beside it, path.torn-TIME, and cuts the status file back to where
// the block began. No byte is deleted: they are all in the new file. It
// only does so when the part before the block parses; it returns the new
// file's path.
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
		return "", err
	}
	all := make([]byte, info.Size())
	if _, err := f.ReadAt(all, 0); err != nil && info.Size() > 0 {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	var tail *TailError
	err = checkTail(path, all, 0, func() []byte { return all })
	if !errors.As(err, &tail) || !errors.Is(err, ErrTornTail) {
		return "", fmt.Errorf("%s: nothing to repair", path)
	}
	if !tail.Repairable {
		return "", err
	}
	aside := path + ".torn-" + now.Format("20060102T150405")
	out, err := w.FS.OpenFile(aside, os.O_WRONLY|os.O_CREATE|os.O_EXCL, shared)
	if err != nil {
		return "", fmt.Errorf("create %s: %w", aside, err)
	}
	_, err = out.WriteOnce(all[tail.Offset:])
	if err == nil {
		err = out.Datasync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(aside)
		return "", fmt.Errorf("write %s: %w", aside, err)
	}
	if err := f.Truncate(tail.Offset); err != nil {
		return "", fmt.Errorf("cut %s back: %w", path, err)
	}
	return aside, f.Datasync()
}
