package data

import (
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A measure or initiative removed from the plan leaves its entries in the
// log: they are kept and reported, and block nothing.
func TestEntriesForRemovedMeasuresWarnAndBlockNothing(t *testing.T) {
	status := `[[entry]]
measure = "R1"
period = "2024-Q1"
value = 1800.0

[[entry]]
measure = "R2"
period = "2024-Q1"
value = 12.0

[[entry]]
initiative = "S1-I1"
period = "2024-Q1"
state = "running"
`
	src := writePlan(t, minimalPlan, status)
	l, err := Load(src)
	if err != nil {
		t.Fatalf("Load: %v, want no problems that block", err)
	}
	var got []string
	for _, w := range l.Warnings {
		got = append(got, strings.TrimPrefix(w.Message(lang.Da), w.File+":"))
	}
	want := []string{
		`7:11: advarsel: measure = "R2": planen har ikke længere noget med det id (mente du "R1"?); tallet gemmes, men tæller ingen steder`,
		`12:14: advarsel: initiative = "S1-I1": planen har ikke længere noget med det id; tallet gemmes, men tæller ingen steder`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if n := len(l.Plan.Entries); n != 3 {
		t.Errorf("%d entries kept, want all 3", n)
	}
	if n := len(l.Plan.EntriesOf(l.Plan.Measure("R1"))); n != 1 {
		t.Errorf("R1 has %d entries, want its own 1", n)
	}
	q2, _ := model.ParsePeriod("2024-Q2")
	e := model.Entry{Measure: "R1", Period: q2, Value: 1700, HasValue: true}
	if err := CheckEntry(l.Plan, e); err != nil {
		t.Fatalf("CheckEntry: %v", err)
	}
	if _, err := NewWriter().Append(l.StatusPath, l.Known, EncodeEntries([]model.Entry{e})); err != nil {
		t.Fatalf("a save after the measure was removed: %v", err)
	}
	if l, err = Load(src); err != nil || len(l.Plan.Entries) != 4 || len(l.Warnings) != 2 {
		t.Errorf("after the save: %v, %d warnings", err, len(l.Warnings))
	}
}
