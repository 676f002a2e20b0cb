package data

import (
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/beskplan/beskplan/model"
)

// storeOnDisk is a store on the example written to a temp folder.
func storeOnDisk(t *testing.T) *Store {
	t.Helper()
	dir := t.TempDir()
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	l, err := Load(Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	return NewStore(l)
}

func addTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// replaceWith writes content over the file as an editor does: a new file renamed over it.
func replaceWith(t *testing.T, path string, content []byte) {
	t.Helper()
	if err := os.WriteFile(path+".tmp", content, 0o660); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		t.Fatal(err)
	}
}

// countOf is how many of the snapshot's entries hold the figure.
func countOf(s *Snapshot, measure string, value float64) int {
	n := 0
	for _, e := range s.Plan.Entries {
		if e.Measure == measure && e.HasValue && e.Value == value {
			n++
		}
	}
	return n
}

// othersEntry is an entry someone else added, in an editor or another session.
const othersEntry = "\n[[entry]]\nmeasure = \"R7\"\nperiod = \"2026-Q3\"\nvalue = 240.0\n"

func TestStoreSnapshotsNeverChangeOnceHandedOut(t *testing.T) {
	store := storeOnDisk(t)
	first := store.Snapshot()
	entries, known := len(first.Plan.Entries), first.Known
	addTo(t, first.StatusPath, othersEntry)
	read := store.Refresh()
	saved, _, err := store.Save("anne", figureEntry(89.9, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		snap    *Snapshot
		gen     uint64
		entries int
	}{{"the first", first, 0, entries}, {"after the reload", read, 1, entries + 1}, {"after the save", saved, 2, entries + 2}} {
		if c.snap.Gen != c.gen || len(c.snap.Plan.Entries) != c.entries {
			t.Errorf("%s: generation %d with %d entries, want %d with %d", c.name, c.snap.Gen, len(c.snap.Plan.Entries), c.gen, c.entries)
		}
	}
	if first.Known != known || read.ReadAt.IsZero() || !first.ReadAt.IsZero() {
		t.Error("the first snapshot must stay as it was, and only a read from disk says when")
	}
}

func TestStoreRefreshAfterOwnSaveFindsNothingNew(t *testing.T) {
	store := storeOnDisk(t)
	saved, _, err := store.Save("anne", figureEntry(89.9, ""))
	if err != nil {
		t.Fatal(err)
	}
	if again := store.Refresh(); again != saved || countOf(again, "R1", 89.9) != 1 {
		t.Errorf("the store wrote those bytes itself: a refresh must not take them in again (%d copies)", countOf(again, "R1", 89.9))
	}
}

func TestStoreSaveAfterSomeoneElseAppendedTakesInBothOnce(t *testing.T) {
	store := storeOnDisk(t)
	addTo(t, store.Snapshot().StatusPath, othersEntry) // not yet looked at
	snap, _, err := store.Save("anne", figureEntry(89.9, ""))
	if err != nil {
		t.Fatal(err)
	}
	if countOf(snap, "R1", 89.9) != 1 || countOf(snap, "R7", 240) != 1 {
		t.Errorf("ours and theirs once each: %d and %d", countOf(snap, "R1", 89.9), countOf(snap, "R7", 240))
	}
	if store.Refresh() != snap {
		t.Error("nothing is left to read after the save")
	}
}

func TestStoreKeepsLastGoodDataWhileTheFileHasProblems(t *testing.T) {
	store := storeOnDisk(t)
	good := store.Snapshot()
	addTo(t, good.StatusPath, "\n[[entry]]\nmeasure = \"R7\"\nperiod = \"2026-Q5\"\nvalue = 1\n")
	bad := store.Refresh()
	if len(bad.Problems) == 0 || !strings.Contains(bad.Problems.Error(), "2026-Q5") || bad.Loaded != good.Loaded {
		t.Fatalf("the problem must be told, with the last good data: %v", bad.Problems)
	}
	if store.Refresh() != bad {
		t.Error("the same bad file is not read again")
	}
}

func TestStoreSavesEachLostEntryOnceAfterTwoReplacements(t *testing.T) {
	store := storeOnDisk(t)
	path := store.Snapshot().StatusPath
	original, _ := os.ReadFile(path)
	if _, _, err := store.Save("anne", figureEntry(89.9, "")); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		replaceWith(t, path, original)
		if lost := store.Refresh().Lost; len(lost) != 1 {
			t.Fatalf("replacement %d: %d entries lost, want 1", i+1, len(lost))
		}
		snap, saved, err := store.SaveLost("anne")
		if err != nil || len(saved) != 1 || len(snap.Lost) != 0 {
			t.Fatalf("replacement %d: saved %d again (%v), %d still lost", i+1, len(saved), err, len(snap.Lost))
		}
		if _, saved, _ := store.SaveLost("anne"); len(saved) != 0 {
			t.Fatalf("replacement %d: a second a saved %d again", i+1, len(saved))
		}
	}
	now, _ := os.ReadFile(path)
	if n := strings.Count(string(now[len(original):]), "value = 89.9"); n != 1 {
		t.Errorf("the lost figure must be in the file once after the last save, is there %d times", n)
	}
}

func TestStoreExampleKeepsSavesInMemory(t *testing.T) {
	l, err := Load(Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	store := NewStore(l)
	snap, _, err := store.Save("anne", figureEntry(89.9, ""))
	if err != nil || countOf(snap, "R1", 89.9) != 1 || store.Refresh() != snap {
		t.Errorf("the example keeps the figure in memory, once: %v", err)
	}
}

// TestStoreSavesAndRefreshesTogether is for -race: saves, reloads and a
// reader of the snapshots at once; every entry is taken in once.
func TestStoreSavesAndRefreshesTogether(t *testing.T) {
	store := storeOnDisk(t)
	first := store.Snapshot()
	before := len(first.Plan.Entries)
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 10 {
			if _, _, err := store.Save("anne", figureEntry(float64(i), "")); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Go(func() {
		for range 10 {
			addTo(t, first.StatusPath, othersEntry)
			store.Refresh()
		}
	})
	wg.Go(func() {
		for range 20 {
			model.Compute(store.Snapshot().Plan, model.View{AsOf: model.MustPeriod("2026-Q3")})
		}
	})
	wg.Wait()
	last := store.Refresh()
	if got := len(last.Plan.Entries); got != before+20 || countOf(last, "R7", 240) != 10 {
		t.Errorf("%d entries after 10 saves and 10 appends to %d, %d of them by hand", got, before, countOf(last, "R7", 240))
	}
	if len(first.Plan.Entries) != before {
		t.Error("the first snapshot changed")
	}
}

// BenchmarkStoreSave is one figure saved from the view: append, then the
// new snapshot (the plan with the entry, sharing the rest with the last one).
func BenchmarkStoreSave(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			l, err := Load(benchFiles(b, name))
			if err != nil {
				b.Fatal(err)
			}
			store := NewStore(l)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				e := model.Entry{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: float64(i), HasValue: true}
				if _, _, err := store.Save("bench", e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
