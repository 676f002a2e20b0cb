package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// statusDir is a plan with the minimal plan file and the given status file.
func statusDir(t *testing.T, status string) Source {
	t.Helper()
	src := writePlan(t, minimalPlan, status)
	src.StatusPath = filepath.Join(filepath.Dir(src.PlanPath), "status.toml")
	return src
}

func figureEntry(v float64, note string) model.Entry {
	return model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q2"), Value: v, HasValue: true, Note: note,
		By: "anne", At: time.Date(2024, 7, 1, 9, 30, 0, 0, time.FixedZone("", 7200))}
}

const handWritten = `# Statusfil – skrevet i hånden
[[entry]]
measure = "R1"   # første tal
period = "2024-Q1"
value = 1900
`

func TestAppendKeepsWhatIsThereAndReadsBack(t *testing.T) {
	src := statusDir(t, handWritten)
	w := NewWriter()
	block := EncodeEntries([]model.Entry{figureEntry(1850.5, `Tal fra "Jobindsats" \ revideret`), figureEntry(1849, "linje 1\nlinje 2")})
	if _, err := w.Append(src.StatusPath, Known{}, block); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(src.StatusPath)
	if string(got) != handWritten+string(block) {
		t.Fatalf("the file must be what was there plus the block:\n%s", got)
	}
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.Plan.Entries); n != 3 {
		t.Fatalf("%d entries, want 3", n)
	}
	e := l.Plan.Entries[1]
	want := figureEntry(1850.5, `Tal fra "Jobindsats" \ revideret`)
	if e.Value != want.Value || e.Note != want.Note || e.By != "anne" || !e.At.Equal(want.At) || e.Period != want.Period {
		t.Errorf("round trip: got %+v", e)
	}
	if l.Plan.Entries[2].Note != "linje 1\nlinje 2" {
		t.Errorf("a note with a newline must survive: %q", l.Plan.Entries[2].Note)
	}
}

func TestAppendCreatesMissingStatusFileSharedWithGroup(t *testing.T) {
	src := statusDir(t, "")
	if _, err := NewWriter().Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(1, "")})); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(src.StatusPath)
	if err != nil || info.Mode().Perm() != 0o660 {
		t.Errorf("a new status file is 0660: %v %v", info.Mode(), err)
	}
}

// tornAt appends one block, then cuts the file so that cut bytes of the block are left.
func tornAt(t *testing.T, keep func(block []byte) int) (Source, []byte, []byte) {
	t.Helper()
	src := statusDir(t, handWritten)
	block := EncodeEntries([]model.Entry{figureEntry(12.5, "")})
	if _, err := NewWriter().Append(src.StatusPath, Known{}, block); err != nil {
		t.Fatal(err)
	}
	whole, _ := os.ReadFile(src.StatusPath)
	cut := len(handWritten) + keep(block)
	if err := os.Truncate(src.StatusPath, int64(cut)); err != nil {
		t.Fatal(err)
	}
	return src, whole[:cut], whole[:len(handWritten)]
}

func TestTornTailIsRefusedThenRepaired(t *testing.T) {
	cuts := map[string]func([]byte) int{
		"value 12 cut from 12.5": func(b []byte) int { return bytes.Index(b, []byte("12.5")) + 2 },
		"at a line boundary":     func(b []byte) int { return bytes.Index(b, []byte("value")) },
		"inside the mark":        func(b []byte) int { return 10 },
		"after the header line":  func(b []byte) int { return bytes.Index(b, []byte("[[entry]]")) + 10 },
		"inside the last line":   func(b []byte) int { return len(b) - 2 },
	}
	for name, keep := range cuts {
		t.Run(name, func(t *testing.T) {
			src, torn, good := tornAt(t, keep)
			w := NewWriter()
			_, err := w.Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")}))
			var tail *TailError
			if !errors.Is(err, ErrTornTail) || !errors.As(err, &tail) || !tail.Repairable {
				t.Fatalf("want a repairable torn tail, got %v", err)
			}
			if now, _ := os.ReadFile(src.StatusPath); !bytes.Equal(now, torn) {
				t.Fatal("nothing may be written after a torn tail")
			}
			if msg := SaveMessage(lang.Da, "status.toml", err); !strings.Contains(msg, "beskplan repair") {
				t.Errorf("the message must say how to repair: %s", msg)
			}
			aside, err := w.Repair(src.StatusPath, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatal(err)
			}
			now, _ := os.ReadFile(src.StatusPath)
			moved, _ := os.ReadFile(aside)
			if !bytes.Equal(now, good) || !bytes.Equal(append(now, moved...), torn) {
				t.Errorf("repair must move exactly the torn bytes aside:\nkept %q\nmoved %q", now, moved)
			}
			if filepath.Base(aside) != "status.toml.torn-20261125T130000" {
				t.Errorf("aside file is %s", aside)
			}
			if _, err := w.Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")})); err != nil {
				t.Errorf("after repair saving works again: %v", err)
			}
		})
	}
}

func TestBrokenFileIsRefusedNotRepaired(t *testing.T) {
	src := statusDir(t, handWritten+"[[entry]\nmeasure = \"R1\"\n")
	_, err := NewWriter().Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")}))
	var tail *TailError
	if !errors.Is(err, ErrBroken) || !errors.As(err, &tail) || tail.Problem.Line != 6 {
		t.Fatalf("want a broken file with its position, got %v (%+v)", err, tail)
	}
	if _, err := NewWriter().Repair(src.StatusPath, time.Now()); err == nil {
		t.Error("a file broken by an edit is not repaired: it is fixed by hand")
	}
}

func TestKnownPrefixChangedInPlaceIsCheckedAgain(t *testing.T) {
	src := statusDir(t, handWritten)
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	// Someone edits the old part in place, same size, breaking it.
	broken := strings.Replace(handWritten, "value = 1900", "value = 19x0", 1)
	os.WriteFile(src.StatusPath, []byte(broken), 0o644)
	_, err = NewWriter().Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(13, "")}))
	if !errors.Is(err, ErrBroken) {
		t.Errorf("an edit of the known part must be found: %v", err)
	}
}

func TestAppendWaitsForLockAndSaysWho(t *testing.T) {
	src := statusDir(t, handWritten)
	f, _ := os.OpenFile(src.StatusPath, os.O_RDWR, 0)
	defer f.Close()
	if err := tryLock(f); err != nil {
		t.Fatal(err)
	}
	w := NewWriter()
	w.LockTimeout = 100 * time.Millisecond
	_, err := w.Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")}))
	var locked *LockedError
	if !errors.As(err, &locked) {
		t.Fatalf("want a locked error, got %v", err)
	}
	if runtime.GOOS == "linux" { // only Linux lists who holds a lock
		if locked.Holder != UserName() {
			t.Errorf("want the lock holder named (%s), got %q", UserName(), locked.Holder)
		}
		if msg := SaveMessage(lang.Da, "status.toml", err); !strings.Contains(msg, "er låst af "+UserName()) {
			t.Errorf("message: %s", msg)
		}
	}
	unlock(f)
	if _, err := w.Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")})); err != nil {
		t.Errorf("after the lock is free: %v", err)
	}
}

func TestReplacedFileIsAppendedToAsItIsNow(t *testing.T) {
	src := statusDir(t, handWritten)
	l, _ := Load(src)
	// An editor saves by writing a new file and renaming it over the old one.
	tmp := src.StatusPath + ".swp"
	os.WriteFile(tmp, []byte(handWritten+"# rettet i vim\n"), 0o644)
	os.Rename(tmp, src.StatusPath)
	if _, err := NewWriter().Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(13, "")})); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(src.StatusPath)
	if !strings.HasPrefix(string(got), handWritten+"# rettet i vim\n") {
		t.Errorf("the editor's version must be kept:\n%s", got)
	}
}

// faultFS fails the n-th file operation, as SQLite's tests do.
type faultFS struct {
	n, count int
	short    bool  // a failing write writes half the bytes and reports success
	err      error // the error a failing operation returns
}

func (f *faultFS) fail() bool { f.count++; return f.count == f.n }

func (f *faultFS) OpenFile(name string, flag int, perm os.FileMode) (File, error) {
	if f.fail() {
		return nil, &os.PathError{Op: "open", Path: name, Err: f.err}
	}
	file, err := osFS{}.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return &faultFile{File: file, fs: f}, nil
}

func (f *faultFS) Stat(name string) (os.FileInfo, error) {
	if f.fail() {
		return nil, f.err
	}
	return os.Stat(name)
}

func (f *faultFS) Rename(from, to string) error {
	if f.fail() {
		return f.err
	}
	return osFS{}.Rename(from, to)
}

func (f *faultFS) Remove(name string) error { return os.Remove(name) }

type faultFile struct {
	File
	fs *faultFS
}

func (f *faultFile) ReadAt(b []byte, off int64) (int, error) {
	if f.fs.fail() {
		return 0, f.fs.err
	}
	return f.File.ReadAt(b, off)
}

func (f *faultFile) WriteOnce(b []byte) (int, error) {
	if f.fs.fail() {
		if f.fs.short {
			return f.File.WriteOnce(b[:len(b)/2])
		}
		return 0, f.fs.err
	}
	return f.File.WriteOnce(b)
}

func (f *faultFile) Stat() (os.FileInfo, error) {
	if f.fs.fail() {
		return nil, f.fs.err
	}
	return f.File.Stat()
}

func (f *faultFile) Truncate(size int64) error {
	if f.fs.fail() {
		return f.fs.err
	}
	return f.File.Truncate(size)
}

func (f *faultFile) Datasync() error {
	if f.fs.fail() {
		return f.fs.err
	}
	return f.File.Datasync()
}

func (f *faultFile) TryLock() error {
	if f.fs.fail() {
		return f.fs.err
	}
	return f.File.TryLock()
}

// TestEveryFailingOperationLeavesWholeFileOrWholeBlock fails the 1st, 2nd,
// ... operation of a save in turn, with errors and with short writes: the
// file must afterwards be exactly as before, or have the whole block.
func TestEveryFailingOperationLeavesWholeFileOrWholeBlock(t *testing.T) {
	for _, short := range []bool{false, true} {
		for n := 1; ; n++ {
			src := statusDir(t, handWritten)
			l, _ := Load(src)
			before, _ := os.ReadFile(src.StatusPath)
			block := EncodeEntries([]model.Entry{figureEntry(13, "fejltest")})
			fsys := &faultFS{n: n, short: short, err: syscall.EIO}
			w := &Writer{FS: fsys, LockTimeout: time.Second}
			_, err := w.Append(src.StatusPath, l.Known, block)
			after, _ := os.ReadFile(src.StatusPath)
			switch {
			case bytes.Equal(after, before) && err != nil:
			case bytes.Equal(after, append(before, block...)) && err == nil:
			default:
				t.Fatalf("short=%v, op %d failing: err=%v, and the file is neither as before nor with the whole block:\n%s", short, n, err, after[len(before):])
			}
			if fsys.count < n { // every operation has had its turn to fail
				break
			}
		}
	}
}

func TestFullDiskSaysSoAndChangesNothing(t *testing.T) {
	src := statusDir(t, handWritten)
	before, _ := os.ReadFile(src.StatusPath)
	for n := 1; n < 12; n++ {
		w := &Writer{FS: &faultFS{n: n, short: true, err: syscall.ENOSPC}, LockTimeout: time.Second}
		_, err := w.Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")}))
		if err == nil { // the failure was retried past: a new starting point
			before, _ = os.ReadFile(src.StatusPath)
			continue
		}
		if after, _ := os.ReadFile(src.StatusPath); !bytes.Equal(after, before) {
			t.Fatalf("op %d: the file changed", n)
		}
		msg := SaveMessage(lang.Da, src.StatusPath, err)
		if errors.Is(err, syscall.ENOSPC) && !strings.Contains(msg, "ikke plads på disken") {
			t.Errorf("op %d: %s", n, msg)
		}
		if !strings.Contains(msg, "intet er skrevet") || !strings.Contains(msg, src.StatusPath) {
			t.Errorf("op %d: the message must name the file and say nothing was written: %s", n, msg)
		}
	}
}

func TestReadAddedReadsOnlyTheNewPart(t *testing.T) {
	src := statusDir(t, handWritten)
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	block := EncodeEntries([]model.Entry{figureEntry(1800, "ny")})
	known, err := NewWriter().Append(src.StatusPath, l.Known, block)
	if err != nil {
		t.Fatal(err)
	}
	added, problems, ok := l.ReadAdded()
	if !ok || len(problems) > 0 || len(added.Entries) != 1 || added.Entries[0].Value != 1800 || added.Known != known {
		t.Fatalf("ok=%v problems=%v added=%+v", ok, problems, added)
	}
	l.Known = added.Known
	// A bad entry appended by hand: its problem is at its true line.
	f, _ := os.OpenFile(src.StatusPath, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q9\"\nvalue = 1\n")
	f.Close()
	whole, _ := os.ReadFile(src.StatusPath)
	_, problems, ok = l.ReadAdded()
	wantLine := strings.Count(string(whole), "\n") - 1
	if !ok || len(problems) != 1 || problems[0].Line != wantLine || problems[0].Col != 10 {
		t.Errorf("want one problem at %d:10, got ok=%v %v", wantLine, ok, problems)
	}
}

func TestReadAddedRefusesOtherChanges(t *testing.T) {
	src := statusDir(t, handWritten)
	l, _ := Load(src)
	os.WriteFile(src.StatusPath, []byte(strings.Replace(handWritten, "1900", "1901", 1)+"# mere\n"), 0o644)
	if _, _, ok := l.ReadAdded(); ok {
		t.Error("an edit of the known part needs a whole load")
	}
	os.WriteFile(src.StatusPath, []byte(handWritten+"note = \"hører til sidste tabel\"\n"), 0o644)
	if _, _, ok := l.ReadAdded(); ok {
		t.Error("a key that continues the last table needs a whole load")
	}
}
