package data

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

// sameLoad fails unless LoadCached gave what Load gives of the same files.
func sameLoad(t *testing.T, src Source, what string) {
	t.Helper()
	want, werr := Load(src)
	got, gerr := LoadCached(src)
	if (werr == nil) != (gerr == nil) || werr != nil && werr.Error() != gerr.Error() {
		t.Fatalf("%s: LoadCached: %v, Load: %v", what, gerr, werr)
	}
	if want == nil || got == nil {
		if want != got {
			t.Fatalf("%s: LoadCached %v, Load %v", what, got, want)
		}
		return
	}
	if got.Known != want.Known || !reflect.DeepEqual(got.Warnings, want.Warnings) || !reflect.DeepEqual(got.Future, want.Future) {
		t.Errorf("%s: known %v warnings %v future %v, want %v %v %v", what, got.Known, got.Warnings, got.Future, want.Known, want.Warnings, want.Future)
	}
	if len(got.Plan.Entries) != len(want.Plan.Entries) {
		t.Fatalf("%s: %d entries, want %d", what, len(got.Plan.Entries), len(want.Plan.Entries))
	}
	for i := range want.Plan.Entries {
		g, w := got.Plan.Entries[i], want.Plan.Entries[i]
		if !g.At.Equal(w.At) || g.At.String() != w.At.String() {
			t.Errorf("%s: entry %d at %v, want %v", what, i, g.At, w.At)
		}
		g.At, w.At = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("%s: entry %d\n got %+v\nwant %+v", what, i, g, w)
		}
	}
}

func appendText(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(text)
	f.Close()
}

func TestLoadCachedGivesWhatLoadGives(t *testing.T) {
	src := statusDir(t, handWritten+"\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 1950\nby = \"bo\"\nat = 2024-07-01T10:00:00\n")
	cache := cachePath(src.StatusPath)
	sameLoad(t, src, "no cache yet")
	if _, err := os.Stat(cache); err != nil {
		t.Fatalf("a clean file read whole leaves a cache beside it: %v", err)
	}
	sameLoad(t, src, "the cache of the whole file")

	l, _ := LoadCached(src)
	if _, err := NewWriter().Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(1800, "ny")})); err != nil {
		t.Fatal(err)
	}
	sameLoad(t, src, "a save after the cached part")
	appendText(t, src.StatusPath, "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q3\"\nvalue = 2000\nby = \"anne\"\nat = 2024-10-01T09:00:00Z\n")
	sameLoad(t, src, "an entry appended by hand")
	appendText(t, src.StatusPath, "note = \"a key that belongs to the last entry\"\n")
	sameLoad(t, src, "a key appended to the last entry")
	appendText(t, src.StatusPath, "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q9\"\nvalue = 1\n")
	sameLoad(t, src, "a bad entry appended: its problem at its true line")
}

func TestLoadCachedDoesNotTrustAStaleOrBrokenCache(t *testing.T) {
	src := statusDir(t, handWritten)
	cache := cachePath(src.StatusPath)
	sameLoad(t, src, "first")
	good, err := os.ReadFile(cache)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		cache func([]byte) []byte
	}{
		{"a byte of the entries changed", func(b []byte) []byte { b[len(b)-20] ^= 1; return b }},
		{"the known part's size negative", func(b []byte) []byte {
			b[len(cacheMagic)+2*32+12+7] |= 0x80
			return b
		}},
		{"the known part's size past the file", func(b []byte) []byte {
			b[len(cacheMagic)+2*32+12+3] = 0x7f
			return b
		}},
		{"cut short", func(b []byte) []byte { return b[:len(b)/2] }},
		{"empty", func([]byte) []byte { return nil }},
		{"another file", func([]byte) []byte { return []byte("[[entry]]\n") }},
	} {
		os.WriteFile(cache, c.cache(append([]byte(nil), good...)), 0o644)
		sameLoad(t, src, c.name)
	}

	for i := range good { // any byte of it changed: never used, never a crash
		bad := append([]byte(nil), good...)
		bad[i] ^= 0x81
		os.WriteFile(cache, bad, 0o644)
		sameLoad(t, src, "byte "+strconv.Itoa(i)+" changed")
	}

	// The file changed within the cached part: the same size, another figure.
	status, _ := os.ReadFile(src.StatusPath)
	os.WriteFile(src.StatusPath, []byte(strings.Replace(string(status), "1900", "1901", 1)), 0o644)
	sameLoad(t, src, "a figure changed in place")
	if l, err := LoadCached(src); err != nil || l.Plan.Entries[0].Value != 1901 {
		t.Fatalf("the changed figure is read: %v", err)
	}
	// The plan changed: what an entry is depends on it.
	os.WriteFile(src.PlanPath, []byte(strings.Replace(minimalPlan, "R1", "R9", 1)), 0o644)
	sameLoad(t, src, "another plan")
	// The file is cut into: the cached part is longer than the file.
	os.WriteFile(src.PlanPath, []byte(minimalPlan), 0o644)
	sameLoad(t, src, "the plan back")
	os.WriteFile(src.StatusPath, status[:len(status)/2], 0o644)
	sameLoad(t, src, "the file cut short")
}

func TestLoadCachedRefusesWhatLoadRefuses(t *testing.T) {
	src := statusDir(t, handWritten)
	sameLoad(t, src, "clean")
	l, _ := LoadCached(src)
	NewWriter().Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(1800, "ny")}))
	sameLoad(t, src, "saved")
	status, _ := os.ReadFile(src.StatusPath)
	os.WriteFile(src.StatusPath, status[:len(status)-5], 0o644) // a save torn by a crash
	sameLoad(t, src, "torn")
	if _, err := LoadCached(src); !errors.Is(err, ErrTornTail) && err == nil {
		t.Error("a torn save is refused with the cache as without")
	}
}

func TestLoadCachedTakesTheCachedPartFromTheCache(t *testing.T) {
	src := statusDir(t, handWritten)
	l, err := LoadCached(src)
	if err != nil {
		t.Fatal(err)
	}
	// A cache of the right key and checksum, whose entry says otherwise
	// than the file: only a cache that is used can show it.
	planBytes, _ := os.ReadFile(src.PlanPath)
	key, _ := cacheKeyOf(planBytes, "")
	status, _ := os.ReadFile(src.StatusPath)
	entries, _ := readStatus(src.StatusPath, status, l.Plan, time.Now())
	entries[0].Note = "from the cache"
	writeCache(cachePath(src.StatusPath), key, knownOf(status), entries, src.StatusPath)
	if l, err := LoadCached(src); err != nil || l.Plan.Entries[0].Note != "from the cache" {
		t.Fatalf("the cache is not used: %v", err)
	}
	if l, err := Load(src); err != nil || l.Plan.Entries[0].Note == "from the cache" {
		t.Fatalf("Load (check) reads the file whole: %v", err)
	}
}

func TestAnEntryComesBackFromTheCacheWithEveryField(t *testing.T) {
	at := time.Date(2024, 7, 1, 9, 30, 0, 123, time.FixedZone("", 7200))
	entries := []model.Entry{
		{Measure: "R1", Goal: "G1", Assessed: model.AssessedPartly, Initiative: "I1", Spent: 12500.5, HasSpent: true, Period: model.MustPeriod("2024-Q2"),
			Value: 1.5, HasValue: true, Reference: -2.25, HasRef: true, RefFromTable: true, Pending: true, State: model.Running,
			Note: "note", By: "anne", At: at, Future: true, AtLocal: true, Line: 42, Vurdering: "v", Indstilling: "i",
			Approval: true, Paper: "sha256:00", Revised: "r"},
		{Measure: "R1", Period: model.MustPeriod("2024-05"), At: at.UTC()},
		{Measure: "R2", Period: model.MustPeriod("2024"), At: at.In(PlanZone)},
		{Measure: "R3"},
	}
	got, ok := decodeEntries(encodeEntries(entries), 0)
	if !ok || len(got) != len(entries) {
		t.Fatalf("ok=%v %d entries", ok, len(got))
	}
	for i := range entries {
		if got[i].At.Location() != entries[i].At.Location() && got[i].At.Location().String() != entries[i].At.Location().String() ||
			got[i].At.String() != entries[i].At.String() {
			t.Errorf("entry %d at %v, want %v", i, got[i].At, entries[i].At)
		}
		g, w := got[i], entries[i]
		g.At, w.At = time.Time{}, time.Time{}
		if !reflect.DeepEqual(g, w) {
			t.Errorf("entry %d\n got %+v\nwant %+v", i, g, w)
		}
	}
	// A field added to model.Entry must be written to the cache too, or a
	// cached load would lose it: this list is what encodeEntries writes.
	var fields []string
	for f := range reflect.TypeFor[model.Entry]().Fields() {
		fields = append(fields, f.Name)
	}
	want := "Measure Goal Assessed Initiative Spent HasSpent Period Value HasValue Reference HasRef RefFromTable Pending State Note By At Future AtLocal Line Vurdering Indstilling Approval Paper Revised"
	if strings.Join(fields, " ") != want {
		t.Errorf("model.Entry has the fields %v; encodeEntries and decodeEntries write %v: add the new ones to both", fields, want)
	}
	if _, ok := decodeEntries(encodeEntries(entries)[:40], 0); ok {
		t.Error("entries cut short do not read")
	}
}

func TestSetsAtOnceLeaveTheCacheTrue(t *testing.T) {
	src := statusDir(t, handWritten)
	was := cacheRewrite
	cacheRewrite = 1 // every load after a save writes the cache: renames race
	defer func() { cacheRewrite = was }()
	var wg sync.WaitGroup
	errs := make(chan error, 40)
	for w := range 4 {
		wg.Go(func() {
			for i := range 10 {
				l, err := LoadCached(src)
				if err != nil {
					errs <- err
					return
				}
				e := figureEntry(float64(1000*w+i), "")
				e.At = time.Time{}
				if _, _, err := NewStore(l).Save("anne", e); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	sameLoad(t, src, "after 40 saves from 4 writers at once")
	files, _ := os.ReadDir(filepath.Dir(src.StatusPath))
	if len(files) != 3 { // plan.toml, status.toml and the cache
		t.Errorf("the writers left %d files, want 3: %v", len(files), files)
	}
	if l, _ := Load(src); len(l.Plan.Entries) != 41 {
		t.Errorf("%d entries, want the hand-written one and 40 saved", len(l.Plan.Entries))
	}
}
