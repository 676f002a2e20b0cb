package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

// A status file turned into a link to a device or into a named pipe while
// the view is open (a mistaken ln -sf, a script) takes every byte written to
// it and keeps none: a save or a repair there must be refused, never said
// to be saved.
func TestSaveAndRepairRefuseWhatIsNotARegularFile(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
	}{
		{"a link to /dev/null", func(t *testing.T, path string) {
			if _, err := os.Stat(os.DevNull); err != nil || os.DevNull != "/dev/null" {
				t.Skip("no /dev/null here")
			}
			if err := os.Symlink(os.DevNull, path); err != nil {
				t.Skip("no symlinks here:", err)
			}
		}},
		{"a named pipe", func(t *testing.T, path string) {
			if err := mkfifo(path); err != nil {
				t.Skip("no named pipes here:", err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := storeOnDisk(t)
			path := s.Snapshot().StatusPath
			if err := os.Rename(path, path+".old"); err != nil {
				t.Fatal(err)
			}
			tt.make(t, path)
			done := make(chan error, 1)
			go func() {
				_, _, err := s.Save("anne", figureEntry(1750, ""))
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, ErrNotRegular) {
					t.Errorf("Save = %v, want it refused as not a regular file", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Save did not return within 10 s")
			}
			if _, err := NewWriter().Repair(path, time.Now()); !errors.Is(err, ErrNotRegular) {
				t.Errorf("Repair = %v, want it refused as not a regular file", err)
			}
			if torn, _ := filepath.Glob(path + ".torn-*"); len(torn) > 0 {
				t.Errorf("Repair wrote %v", torn)
			}
		})
	}
}

// meanwhileFS runs meanwhile once, when the writer first tries the lock:
// what another process does while this one waits for the lock.
type meanwhileFS struct {
	osFS
	meanwhile func()
}

func (m *meanwhileFS) OpenFile(name string, flag int, perm os.FileMode) (File, error) {
	f, err := m.osFS.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return &meanwhileFile{File: f, fs: m}, nil
}

type meanwhileFile struct {
	File
	fs *meanwhileFS
}

func (f *meanwhileFile) TryLock() error {
	if run := f.fs.meanwhile; run != nil {
		f.fs.meanwhile = nil
		run()
	}
	return f.File.TryLock()
}

// Two people repair at once (both saw the refusal and pressed ctrl+r): the
// second waits for the lock on the file the first then replaces, and a
// colleague saves into the repaired file before the second gets the lock.
// The second repair must repair the file as it is now, never put the old
// copy back over the colleague's figure.
func TestRepairWaitingForTheLockKeepsWhatWasSavedMeanwhile(t *testing.T) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	cut := string(block[:bytes.Index(block, []byte("1750.0"))+1])
	later := string(EncodeEntries([]model.Entry{figureEntry(1700, "senere")}))
	src := statusDir(t, handWritten+cut+later)
	colleague := EncodeEntries([]model.Entry{figureEntry(1650, "kollega")})
	fsys := &meanwhileFS{meanwhile: func() {
		if _, err := NewWriter().Repair(src.StatusPath, time.Now()); err != nil {
			t.Fatal("the first repair:", err)
		}
		l, err := Load(src)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := NewWriter().Append(src.StatusPath, l.Known, colleague); err != nil {
			t.Fatal("the colleague's save:", err)
		}
	}}
	w := &Writer{FS: fsys, LockTimeout: time.Second}
	if _, err := w.Repair(src.StatusPath, time.Now().Add(time.Minute)); !errors.Is(err, ErrNothingToRepair) {
		t.Errorf("the second repair = %v, want nothing to repair", err)
	}
	if got, _ := os.ReadFile(src.StatusPath); string(got) != handWritten+later+string(colleague) {
		t.Errorf("the colleague's figure must stay:\n%s", got)
	}
}

// A repair killed after it wrote the torn file, and run again within the
// same second (or a second damaged block repaired right after the first),
// finds its torn file's name taken: it must take another, not refuse.
func TestRepairInTheSameSecondTakesAnotherName(t *testing.T) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	cut := string(block[:bytes.Index(block, []byte("1750.0"))+1])
	later := string(EncodeEntries([]model.Entry{figureEntry(1700, "senere")}))
	src := statusDir(t, handWritten+cut+later)
	now := time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC)
	taken := src.StatusPath + ".torn-20261125T130000"
	if err := os.WriteFile(taken, []byte(cut), 0o660); err != nil {
		t.Fatal(err)
	}
	leftover := filepath.Join(filepath.Dir(src.StatusPath), ".status.toml.repair-20261125T130000")
	if err := os.WriteFile(leftover, []byte(handWritten), 0o660); err != nil {
		t.Fatal(err)
	}
	aside, err := NewWriter().Repair(src.StatusPath, now)
	if err != nil {
		t.Fatal(err)
	}
	if aside == taken {
		t.Errorf("the torn file %s was there already", aside)
	}
	moved, _ := os.ReadFile(aside)
	kept, _ := os.ReadFile(src.StatusPath)
	if string(moved) != cut || string(kept) != handWritten+later {
		t.Errorf("repair must move the cut block:\nkept %q\nmoved %q", kept, moved)
	}
}

// A plan that names its status file by a full path (status =
// "/srv/beskplan/status.toml") means that file: joined to the plan's folder
// it became a file that does not exist, and the plan showed no figures at
// all while check said nothing was wrong.
func TestStatusFileByFullPathIsThatFile(t *testing.T) {
	status := filepath.Join(t.TempDir(), "status.toml")
	if err := os.WriteFile(status, []byte(handWritten), 0o660); err != nil {
		t.Fatal(err)
	}
	plan := strings.Replace(minimalPlan, "cadence = \"quarterly\"\n", "cadence = \"quarterly\"\nstatus = "+strconv.Quote(filepath.ToSlash(status))+"\n", 1)
	l, err := Load(writePlan(t, plan, ""))
	if err != nil {
		t.Fatal(err)
	}
	if l.StatusPath != status || figures(l.Plan) != "2024-Q1=1900.0" {
		t.Errorf("status file %s with figures %q, want %s with 2024-Q1=1900.0", l.StatusPath, figures(l.Plan), status)
	}
}

// A block changed by hand with a comment line put inside it ("# rettet af
// Anne") goes aside whole: leaving the lines after the comment (its by and
// at) in the file would give them to the entry above it, which would then
// seem recorded by someone else at another time.
func TestRepairNeverGivesABlocksLinesToTheEntryAboveIt(t *testing.T) {
	block := string(EncodeEntries([]model.Entry{figureEntry(1750, "")}))
	changed := strings.Replace(block, "value = 1750.0\n", "value = 1800.0\n# rettet af Anne: tallet var forkert\n", 1)
	src := statusDir(t, handWritten+changed)
	aside, err := NewWriter().Repair(src.StatusPath, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	kept, _ := os.ReadFile(src.StatusPath)
	moved, _ := os.ReadFile(aside)
	if string(kept) != handWritten || string(moved) != changed {
		t.Errorf("repair must move the whole changed block:\nkept %q\nmoved %q", kept, moved)
	}
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if e := l.Plan.Entries[0]; e.By != "" || !e.At.IsZero() {
		t.Errorf("the entry written by hand got by = %q, at = %v from the block below it", e.By, e.At)
	}
}

// TestEveryCutOfABlockOfTwoEntriesIsRepairable cuts a block of two entries
// (as import writes) at every byte, with a later save and an entry written
// by hand after it: each cut reads as before or with the whole block, or is
// found, and repair then moves exactly the cut block and leaves what came
// after it as it was, the entry written by hand included (a cut inside the
// second entry's [[entry]] left "[[entr" behind, which made the file
// unrepairable; a cut between the entries took the hand-written entry along).
func TestEveryCutOfABlockOfTwoEntriesIsRepairable(t *testing.T) {
	if testing.Short() {
		t.Skip("an exhaustive sweep of every cut; go test without -short runs it")
	}
	second := model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q4"), Value: 3, HasValue: true, By: "bo", At: time.Date(2024, 7, 1, 9, 30, 0, 0, time.UTC)}
	block := EncodeEntries([]model.Entry{figureEntry(1750, "Tal fra Jobindsats"), second})
	later := string(EncodeEntries([]model.Entry{{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Value: 1700, HasValue: true, By: "cy", At: time.Date(2024, 10, 2, 8, 0, 0, 0, time.UTC)}}))
	for _, after := range []string{later, byHand, byHand + later, later + byHand} {
		for cut := 0; cut < len(block); cut++ {
			torn := handWritten + string(block[:cut])
			if !strings.HasSuffix(torn, "\n") {
				torn += "\n" // an editor ends the last line before adding its own
			}
			torn += after
			src := statusDir(t, torn)
			if l, err := Load(src); err == nil {
				got := figures(l.Plan)
				if strings.Contains(got, "2024-Q2=1750.0") != strings.Contains(got, "2024-Q4=3.0") {
					t.Errorf("cut %d: half the block read as if whole: %s", cut, got)
				}
				continue
			}
			aside, err := NewWriter().Repair(src.StatusPath, time.Now())
			if err != nil {
				t.Errorf("cut %d, then %.12q: repair: %v", cut, after, err)
				continue
			}
			kept, _ := os.ReadFile(src.StatusPath)
			moved, _ := os.ReadFile(aside)
			os.Remove(aside)
			rest := strings.TrimLeft(strings.TrimPrefix(string(kept), handWritten), "\n")
			if len(kept)+len(moved) != len(torn) || rest != strings.TrimLeft(after, "\n") {
				t.Errorf("cut %d: repair must move just the cut block:\nkept %q\nmoved %q", cut, kept, moved)
			} else if _, err := Load(src); err != nil {
				t.Errorf("cut %d, then %.12q: after repair: %v", cut, after, err)
			}
		}
	}
}

// Some editors drop the newline that ends a file. The last block is then
// whole but for its last byte: it is read as saved, and a save goes on
// after it, instead of the figure being called unfinished and moved aside
// by repair.
func TestLastBlockWithoutItsFinalNewlineIsWhole(t *testing.T) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	src := statusDir(t, handWritten+strings.TrimSuffix(string(block), "\n"))
	l, err := Load(src)
	if err != nil {
		t.Fatalf("a block without its final newline must read: %v", err)
	}
	if _, err := NewWriter().Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(1700, "")})); err != nil {
		t.Fatalf("a save after it: %v", err)
	}
	if l, err = Load(src); err != nil || figures(l.Plan) != "2024-Q1=1900.0 2024-Q2=1750.0 2024-Q2=1700.0" {
		t.Errorf("after a save: %v %v", figures(l.Plan), err)
	}
}
