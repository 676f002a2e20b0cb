package data

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// TestABlockBroughtInTwiceCountsOnce: a merge can bring the same block in
// twice; its entries count once, in the view and in the history. Two alike
// written by hand without `at` may be meant twice and both count.
func TestABlockBroughtInTwiceCountsOnce(t *testing.T) {
	block := string(EncodeEntries([]model.Entry{figureEntry(1900, "")}))
	hand := "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1800.0\n"
	src := statusDir(t, block+hand+block+hand)
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	signed, unsigned := 0, 0
	for _, e := range l.Plan.Entries {
		if e.At.IsZero() {
			unsigned++
		} else {
			signed++
		}
	}
	if signed != 1 || unsigned != 2 {
		t.Errorf("the block twice counts once, the hand entry twice counts twice: %d signed, %d by hand", signed, unsigned)
	}
	ms := model.Compute(l.Plan, model.View{AsOf: model.MustPeriod("2024-Q2")}).Measure(l.Plan.Measure("R1"))
	if ms.Revised || len(ms.History) != 3 {
		t.Errorf("a copy is not a revision: revised %v, %d rows of history", ms.Revised, len(ms.History))
	}
}

// TestACopyAddedAtTheEndIsReadWhole: when what was added holds a copy of
// an entry already read, the store reads the file whole and counts it once.
func TestACopyAddedAtTheEndIsReadWhole(t *testing.T) {
	block := string(EncodeEntries([]model.Entry{figureEntry(1900, "")}))
	src := statusDir(t, block)
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	store := NewStore(l)
	addTo(t, src.StatusPath, block)
	snap := store.Refresh()
	if len(snap.Plan.Entries) != 1 || snap.Problems != nil {
		t.Errorf("the copy counts once: %d entries, problems %v", len(snap.Plan.Entries), snap.Problems)
	}
}

// TestRivalsAreTheSignedFiguresThatDifferFromTheShown: the later `at`
// wins, wherever it is in the file; the other figure is its rival, named
// with both lines.
func TestRivalsAreTheSignedFiguresThatDifferFromTheShown(t *testing.T) {
	later := figureEntry(1950, "")
	later.By, later.At = "bo", later.At.Add(time.Hour)
	same := figureEntry(1950, "")
	same.By, same.At = "carl", later.At.Add(-time.Minute)
	// As a union merge leaves it: bo's later figure first, anne's after.
	src := statusDir(t, string(EncodeEntries([]model.Entry{later}))+string(EncodeEntries([]model.Entry{figureEntry(1900, "")}))+
		string(EncodeEntries([]model.Entry{same})))
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	rivals := Rivals(l.Plan)
	if len(rivals) != 1 || rivals[0].Shown.By != "bo" || rivals[0].Other.By != "anne" {
		t.Fatalf("want anne's 1900 as the rival of bo's 1950 (carl's equal figure is none): %+v", rivals)
	}
	msg := RivalWarnings(src.StatusPath, rivals)[0].Message(lang.Da)
	for _, want := range []string{"status.toml:11:1: advarsel:", "R1 i 2024-Q2", "1950.0 (bo, 2024-07-01 10:30:00, linje 3) gælder, ikke 1900.0 (anne, 2024-07-01 09:30:00, linje 11)"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the warning must say %q: %s", want, msg)
		}
	}
}

func TestInitWritesUnionMergeAttributesButKeepsAnyThere(t *testing.T) {
	dir := t.TempDir()
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(dir + "/.gitattributes"); string(b) != Attributes {
		t.Errorf(".gitattributes is %q", b)
	}
	other := t.TempDir()
	os.WriteFile(other+"/.gitattributes", []byte("*.csv text\n"), 0o644)
	if err := Init(other); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(other + "/.gitattributes"); string(b) != "*.csv text\n" {
		t.Errorf("a .gitattributes already there is left as it is: %q", b)
	}
}

// TestTwoPlacesBlocksShareNoFourLinesInARow: git's union merge keeps two
// blocks whole only while no four lines in a row are alike in both (past
// four it splits them there and mixes the rest). Two places recording the
// same entries a second apart must write blocks that keep it so.
func TestTwoPlacesBlocksShareNoFourLinesInARow(t *testing.T) {
	figure := figureEntry(1900, "")
	relative := model.Entry{Measure: "R7", Period: model.MustPeriod("2024-Q2"), Value: 47.1, HasValue: true,
		Reference: 43.2, HasRef: true, Note: "Esbjerg/Fanø", By: "anne", At: figure.At}
	pending := model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Pending: true, Note: "Afventer", By: "anne", At: figure.At}
	state := model.Entry{Initiative: "S1-I1", Period: model.MustPeriod("2024-Q2"), State: model.Running, Note: "i gang", By: "anne", At: figure.At}
	for name, entries := range map[string][]model.Entry{
		"a figure": {figure}, "a relative figure": {relative}, "pending": {pending}, "a state": {state},
		"an import": {figure, relative, pending, state},
	} {
		// A second later by the same user, or in the same second by another.
		for _, change := range []func(*model.Entry){
			func(e *model.Entry) { e.At = e.At.Add(time.Second) },
			func(e *model.Entry) { e.By = "bo" },
		} {
			other := make([]model.Entry, len(entries))
			for i, e := range entries {
				change(&e)
				other[i] = e
			}
			a := strings.Split(strings.TrimSuffix(string(EncodeEntries(entries)), "\n"), "\n")[1:] // the blank line before
			b := strings.Split(strings.TrimSuffix(string(EncodeEntries(other)), "\n"), "\n")[1:]   // the mark is the file's
			// Git takes alike lines at the start or end of both sides out of
			// the blocks, and splits them at four alike lines in a row.
			if run := longestRun(a, b); run >= 4 || a[0] == b[0] || a[len(a)-1] == b[len(b)-1] {
				t.Errorf("%s: %d alike lines in a row, or alike first or last lines:\n%s\n%s", name, run, strings.Join(a, "\n"), strings.Join(b, "\n"))
			}
		}
	}
}

// longestRun is the most lines in a row that a and b have alike.
func longestRun(a, b []string) int {
	best := 0
	for i := range a {
		for j := range b {
			k := 0
			for i+k < len(a) && j+k < len(b) && a[i+k] == b[j+k] {
				k++
			}
			best = max(best, k)
		}
	}
	return best
}
