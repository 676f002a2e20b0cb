package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/beskplan/beskplan/model"
)

// ErrLocked is returned when another writer holds the status file longer than the wait.
var ErrLocked = errors.New("the status file is locked by another writer")

// LockedError says who holds the lock, when that can be found out.
type LockedError struct {
	Path, Holder string // Holder is a user name, or "" when unknown
}

func (e *LockedError) Error() string { return e.Path + ": locked by " + e.Holder }
func (e *LockedError) Unwrap() error { return ErrLocked }

// ErrReplaced is returned when the status file is replaced (an editor
// saving it anew) every time the writer opens it.
var ErrReplaced = errors.New("the status file keeps being replaced")

// LinkError says the status file is a symbolic link to a file that does not
// exist: creating it through the link is refused, so nothing can be saved
// until the link is corrected or its target created.
type LinkError struct {
	Path, Target string
}

func (e *LinkError) Error() string {
	return e.Path + ": a symbolic link to " + e.Target + ", which does not exist"
}

// Writer appends blocks of entries to a status file shared by many users.
// It only ever appends, with one write() under an exclusive flock on the
// file itself, and leaves the file byte-identical when anything fails.
type Writer struct {
	FS          FS               // the file operations; the real ones unless a test fails them
	LockTimeout time.Duration    // how long to wait for another writer
	Now         func() time.Time // the clock a save is signed by; time.Now when nil
}

// NewWriter is a Writer on the real file system.
func NewWriter() *Writer { return &Writer{FS: osFS{}, LockTimeout: 10 * time.Second} }

// Append adds block (from EncodeEntries) to the end of the status file at
// path. known is the file as the caller last read and checked it; only what
// was added since then is checked again. It returns the file as now known.
func (w *Writer) Append(path string, known Known, block []byte) (Known, error) {
	return w.append(path, known, len(block), func([]byte, int64) ([]byte, error) { return block, nil })
}

// Save signs the entries by the user and appends them, as Append does. The
// time is taken once the lock is held, and no earlier than the latest `at`
// the file has for the same measure (or initiative) and period, so the
// figure saved is the one shown until a later save: a save waiting for
// the lock never lands behind one that got it first. An entry dated later
// than the save by more than a second (a wrong clock) refuses it with a
// *FutureError. It returns the entries as signed.
func (w *Writer) Save(path string, known Known, p *model.Plan, by string, entries []model.Entry) (Known, []model.Entry, error) {
	return w.save(path, known, p, by, time.Time{}, entries)
}

// SaveOnto saves as Save does, signed at the time given rather than the
// lock's, and only onto the file as known: when anything was appended
// since, it refuses with ErrChanged and writes nothing. An approval is
// saved so, because its paper was made of the file as known.
func (w *Writer) SaveOnto(path string, known Known, p *model.Plan, by string, at time.Time, entries []model.Entry) (Known, []model.Entry, error) {
	return w.save(path, known, p, by, at, entries)
}

func (w *Writer) save(path string, known Known, p *model.Plan, by string, at time.Time, entries []model.Entry) (Known, []model.Entry, error) {
	entries = slices.Clone(entries)
	Sign(entries, by, time.Now()) // for the size: signed again under the lock
	k, err := w.append(path, known, len(EncodeEntries(entries)), func(all []byte, from int64) ([]byte, error) {
		now := time.Now
		if w.Now != nil {
			now = w.Now
		}
		if !at.IsZero() {
			if from != known.Size || int64(len(all)) != known.Size {
				return nil, ErrChanged
			}
			now = func() time.Time { return at }
		}
		Sign(entries, by, now())
		var earlier []model.Entry
		if from > 0 {
			earlier = p.Entries // the known part is the plan's
		}
		if err := afterLatest(path, entries, earlier, all[from:]); err != nil {
			return nil, err
		}
		// A period an approval closed, seen in what was appended meanwhile too.
		if err := closedUnder(entries, earlier, all[from:]); err != nil {
			return nil, err
		}
		return EncodeEntries(entries), nil
	})
	return k, entries, err
}

// append appends the block build makes of the file as it is under the
// lock; about is about its size, to refuse before reading the file.
func (w *Writer) append(path string, known Known, about int, build func(all []byte, from int64) ([]byte, error)) (Known, error) {
	for range 3 { // an editor may replace the file under us: then open it again
		k, err, again := w.appendOnce(path, known, about, build)
		if !again {
			return k, err
		}
	}
	return known, fmt.Errorf("append to %s: %w", path, ErrReplaced)
}

func (w *Writer) appendOnce(path string, known Known, about int, build func(all []byte, from int64) ([]byte, error)) (Known, error, bool) {
	f, err := w.openStatus(path)
	if errors.Is(err, fs.ErrNotExist) {
		f, err = w.FS.OpenFile(path, os.O_RDWR|os.O_APPEND|os.O_CREATE|os.O_EXCL, shared)
		if errors.Is(err, fs.ErrExist) {
			if target, lerr := os.Readlink(path); lerr == nil {
				if _, serr := os.Stat(path); errors.Is(serr, fs.ErrNotExist) {
					return known, &LinkError{Path: path, Target: target}, false
				}
			}
			return known, nil, true // someone else created it just now
		}
		if err == nil {
			if err = f.Chmod(shared); err != nil { // whatever the umask, the group may write
				f.Close()
			}
		}
	}
	if err != nil {
		return known, fmt.Errorf("open %s: %w", path, err), false
	}
	defer f.Close()
	if err := w.lock(f, path); err != nil {
		return known, err, false
	}
	defer f.Unlock()
	info, err := f.Stat()
	if err == nil {
		err = regular(path, info) // swapped in between the look and the open
	}
	if err != nil {
		return known, fmt.Errorf("stat %s: %w", path, err), false
	}
	if now, err := w.FS.Stat(path); err != nil || !os.SameFile(info, now) {
		return known, nil, true
	}
	size := info.Size()
	if size+int64(about) > MaxFileSize {
		// The readers would refuse the file from then on: refuse the save.
		return known, &TooLargeError{Path: path, Size: size + int64(about)}, false
	}
	all := make([]byte, size)
	if _, err := f.ReadAt(all, 0); err != nil && !errors.Is(err, io.EOF) {
		return known, fmt.Errorf("read %s: %w", path, err), false
	}
	// Every block the program wrote is checked, wherever it is; only what
	// was added since the caller read the file needs parsing again.
	from, head := int64(0), Known{}
	if known.Size > 0 && size >= known.Size && knownOf(all[:known.Size]) == known {
		from, head = known.Size, known
	}
	if err := checkFile(path, all, from); err != nil {
		return known, err, false
	}
	known = head.extend(all[from:]) // the known part's sum goes on, not summed again
	block, err := build(all, from)
	if err != nil {
		return known, err, false
	}
	if size+int64(len(block)) > MaxFileSize {
		return known, &TooLargeError{Path: path, Size: size + int64(len(block))}, false
	}
	n, err := f.WriteOnce(block)
	if err == nil && n < len(block) {
		// A short write says no why; writing the rest tells (a full disk,
		// mostly), or completes the block, which the lock keeps whole.
		m, rerr := f.WriteOnce(block[n:])
		switch {
		case rerr != nil:
			err = rerr
		case m < len(block)-n:
			err = io.ErrShortWrite
		}
	}
	if err == nil {
		err = f.Datasync()
	}
	if err != nil {
		// Leave the file as it was: no half entry for the next writer to bury.
		if terr := f.Truncate(size); terr != nil {
			return known, fmt.Errorf("append to %s: %w; and cutting back failed: %v", path, err, terr), false
		}
		f.Datasync()
		return known, fmt.Errorf("append to %s: %w", path, err), false
	}
	return known.extend(block), nil, false
}

// TooLargeError refuses a save that would take the status file past
// MaxFileSize, which every reader refuses; nothing was written.
type TooLargeError struct {
	Path string
	Size int64 // what the file would have become
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s: would become %d bytes, past the limit of %d", e.Path, e.Size, MaxFileSize)
}

// afterLatest moves the new entries' `at` past the latest `at` of the same
// measure (or initiative) and period among earlier entries and those in
// added (status file text), so each new one wins; one later by more than
// a second refuses the save instead.
func afterLatest(path string, entries, earlier []model.Entry, added []byte) error {
	// Looked at for every entry of the file on every save: a key made
	// without joining strings, and entries not copied (280 bytes each).
	type what struct {
		measure, initiative string
		period              model.Period
	}
	latest := map[what]model.Entry{}
	for _, e := range entries {
		latest[what{e.Measure, e.Initiative, e.Period}] = model.Entry{}
	}
	see := func(e *model.Entry) {
		k := what{e.Measure, e.Initiative, e.Period}
		if was, ok := latest[k]; ok && e.At.After(was.At) {
			latest[k] = *e
		}
	}
	for i := range earlier {
		see(&earlier[i])
	}
	fromAdded := atsOf(added)
	for i := range fromAdded {
		see(&fromAdded[i])
	}
	for i := range entries {
		e := &entries[i]
		old := latest[what{e.Measure, e.Initiative, e.Period}]
		switch {
		case old.At.Before(e.At):
		case old.At.Sub(e.At) < time.Second: // the same moment, or a clock a little ahead
			e.At = old.At.Add(time.Microsecond)
		default:
			return &FutureError{Entry: old, Problem: Problem{File: path}}
		}
	}
	return nil
}

// atsOf reads what identifies the entries of status file text (checked
// to parse) and when they were recorded; nothing else.
func atsOf(src []byte) []model.Entry {
	if len(bytes.TrimSpace(src)) == 0 {
		return nil
	}
	root, err := decode(src)
	if err != nil {
		return nil
	}
	list, _ := root["entry"].([]map[string]any)
	out := make([]model.Entry, 0, len(list))
	for _, m := range list {
		at, _ := m["at"].(time.Time)
		text, _ := m["period"].(string)
		period, err := model.ParsePeriod(text)
		if err != nil || at.IsZero() {
			continue
		}
		measure, _ := m["measure"].(string)
		initiative, _ := m["initiative"].(string)
		out = append(out, model.Entry{Measure: measure, Initiative: initiative, Period: period, At: planTime(at)})
	}
	return out
}

// openStatus opens the status file for appending only if it is a regular
// file: a device or a named pipe takes what is written and keeps nothing.
// It looks before it opens, so such a file is never opened, and opens
// without blocking, so one swapped in meanwhile cannot hang it either; the
// caller checks the open file again.
func (w *Writer) openStatus(path string) (File, error) {
	if info, err := w.FS.Stat(path); err == nil {
		if err := regular(path, info); err != nil {
			return nil, err
		}
	}
	return w.FS.OpenFile(path, os.O_RDWR|os.O_APPEND|openNonblock, 0)
}

// prefixIs reads the first known.Size bytes and compares their checksum.
func prefixIs(r io.ReaderAt, known Known) bool {
	h := Known{}
	buf := make([]byte, 1<<20)
	for h.Size < known.Size {
		n, err := r.ReadAt(buf[:min(int64(len(buf)), known.Size-h.Size)], h.Size)
		h = h.extend(buf[:n])
		if err != nil {
			break
		}
	}
	return h == known
}

// lock takes the exclusive lock, polling until the timeout; past it, it
// says who holds the lock.
func (w *Writer) lock(f File, path string) error {
	deadline := time.Now().Add(w.LockTimeout)
	for {
		err := f.TryLock()
		if err == nil {
			return nil
		}
		if !lockBusy(err) {
			return fmt.Errorf("lock %s: %w", path, err)
		}
		if time.Now().After(deadline) {
			return &LockedError{Path: path, Holder: lockHolder(f)}
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// FS is the file operations the writer needs, so tests can fail each one.
type FS interface {
	OpenFile(name string, flag int, perm os.FileMode) (File, error)
	Stat(name string) (os.FileInfo, error)
	Rename(from, to string) error // and syncs the folder, so the new name stays after a crash
	Remove(name string) error
}

// File is an open status file.
type File interface {
	io.ReaderAt
	WriteOnce(b []byte) (int, error) // exactly one write() call
	Stat() (os.FileInfo, error)
	Chmod(mode os.FileMode) error
	Truncate(size int64) error
	Datasync() error
	TryLock() error // flock(LOCK_EX|LOCK_NB)
	Unlock() error
	Close() error
}

type osFS struct{}

// OpenFile opens only a regular file: a pipe or a device put where the
// status file was must neither hold a save up (hence the non-blocking
// open) nor be written into.
func (osFS) OpenFile(name string, flag int, perm os.FileMode) (File, error) {
	f, err := os.OpenFile(name, flag|openNonblock, perm)
	if err != nil {
		return nil, err
	}
	info, err := f.Stat()
	if err == nil {
		err = regular(name, info)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return osFile{f}, nil
}

func (osFS) Stat(name string) (os.FileInfo, error) { return os.Stat(name) }
func (osFS) Remove(name string) error              { return os.Remove(name) }

func (osFS) Rename(from, to string) error {
	if err := os.Rename(from, to); err != nil {
		return err
	}
	if dir, err := os.Open(filepath.Dir(to)); err == nil {
		dir.Sync() // not every system can sync a folder; the rename is done either way
		dir.Close()
	}
	return nil
}

type osFile struct{ *os.File }

func (f osFile) WriteOnce(b []byte) (int, error) {
	n, err := writeOnce(f.File, b)
	if n < 0 {
		n = 0
	}
	if err != nil {
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: err}
	}
	return n, nil
}

func (f osFile) Datasync() error { return datasync(f.File) }
func (f osFile) TryLock() error  { return tryLock(f.File) }
func (f osFile) Unlock() error   { return unlock(f.File) }
