package data

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// sameAsWhole reads status in parts of partSize bytes and whole, and
// reports how they differ; ok is false when the parts were refused.
func sameAsWhole(t *testing.T, p *model.Plan, status []byte, size int) (bool, string) {
	t.Helper()
	ids := idsOf(p)
	wholeEntries, wholeProblems := readWhole("status.toml", status, p, ids, time.Time{})
	parts := splitEntries(status, size)
	if len(parts) < 2 {
		return false, "" // one part: it is read whole anyway
	}
	entries, problems, ok := readParts("status.toml", status, parts, p, ids, time.Time{})
	if !ok {
		return false, ""
	}
	if len(entries) != len(wholeEntries) || len(entries) > 0 && !reflect.DeepEqual(entries, wholeEntries) {
		return true, "entries differ"
	}
	if got, want := problems.Message(lang.Da), wholeProblems.Message(lang.Da); got != want {
		return true, "problems differ:\n" + got + "\nwant\n" + want
	}
	return true, ""
}

func TestPartsReadAsWholeWithProblemsAtTrueLines(t *testing.T) {
	size := gen.Size{Measures: 40, Entries: 3000}
	l, problems := readPlan("plan.toml", gen.Plan(size))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	status := string(gen.Status(size))
	// Seed mistakes far apart, so they fall in different parts.
	seed := func(at int, old, new string) {
		i := at + strings.Index(status[at:], old)
		status = status[:i] + new + status[i+len(old):]
	}
	seed(2000, "value = ", "valu = ")
	seed(len(status)/2, `measure = "R`, `measure = "X`)
	seed(len(status)-3000, `period = "2026-Q`, `period = "2026-Q7`)
	for _, part := range []int{4 << 10, 64 << 10, 200 << 10} {
		ok, diff := sameAsWhole(t, l, []byte(status), part)
		if !ok {
			t.Fatalf("parts of %d bytes were refused", part)
		}
		if diff != "" {
			t.Errorf("parts of %d bytes: %s", part, diff)
		}
	}
	_, wholeProblems := readWhole("status.toml", []byte(status), l, idsOf(l), time.Time{})
	if len(wholeProblems) != 4 { // valu: a missing value and an unknown key
		t.Errorf("want the three seeded mistakes, got:\n%s", wholeProblems.Message(lang.Da))
	}
}

func TestCutInsideMultilineStringFallsBackToWhole(t *testing.T) {
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1\nnote = \"\"\"\nen note\n[[entry]]\nmed en linje, der ligner en tabel\n\"\"\"\n\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 2\n"
	if ok, _ := sameAsWhole(t, p, []byte(status), 20); ok {
		t.Error("a cut inside a multi-line string must be refused, so the file is read whole")
	}
	entries, problems := readStatus("status.toml", []byte(status), p, time.Time{})
	if len(problems) != 0 || len(entries) != 2 || !strings.Contains(entries[0].Note, "[[entry]]") {
		t.Errorf("read whole: %d entries, %v", len(entries), problems)
	}
}

// FuzzParts checks that any status file read in parts reads as it does whole.
func FuzzParts(f *testing.F) {
	f.Add([]byte("[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1\n\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 2\n"), 30)
	f.Add(gen.Status(gen.Size{Measures: 1, Entries: 5}), 40)
	// Syntax mistakes in one part, read block by block there.
	f.Add([]byte("[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.0\n\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 2,5\n[[entry]\nby = x\n"), 30)
	f.Add(append([]byte("# x\nvalue = \n"), EncodeEntries([]model.Entry{figureEntry(1750, "n"), figureEntry(1.5, "")})...), 60)
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	f.Fuzz(func(t *testing.T, status []byte, size int) {
		if size < 1 || size > 1<<16 {
			return
		}
		if _, diff := sameAsWhole(t, p, status, size); diff != "" {
			t.Fatal(diff)
		}
	})
}
