package model

import (
	"testing"
	"time"
)

// Two people record the same measure and period in the same second in two
// clones; each merges the other, so one file has the two entries one way
// round and the other the other way. Both must show the same figure
// (issue 23, item 2).
func TestTieOnAtIsTheSameInEveryClone(t *testing.T) {
	at := time.Date(2026, 10, 5, 9, 12, 0, 0, time.UTC)
	q3 := MustPeriod("2026-Q3")
	a := Entry{Measure: "R1", Period: q3, Value: 480, HasValue: true, By: "anne", At: at}
	b := Entry{Measure: "R1", Period: q3, Value: 490, HasValue: true, By: "bo", At: at}
	shown := func(entries ...Entry) (float64, float64) {
		p := &Plan{Start: Date{2026, 1, 1}, End: Date{2026, 12, 31}, Cadence: Quarterly,
			Measures: []*Measure{{ID: "R1", Title: "Ledige"}}}
		p.Index()
		p.AddEntries(entries...)
		ms := Compute(p, View{AsOf: q3}).Measure(p.Measures[0])
		return p.Current(p.Measures[0], q3).Value, ms.Latest.Value
	}
	c1, l1 := shown(a, b)
	c2, l2 := shown(b, a)
	if c1 != c2 || l1 != l2 {
		t.Errorf("one clone shows %v (current %v), the other %v (current %v)", l1, c1, l2, c2)
	}
	// Where no tie exists, the later `at` wins as before, whatever the order.
	b.At = at.Add(time.Millisecond)
	if c, _ := shown(b, a); c != 490 {
		t.Errorf("the later at must win: %v", c)
	}
	// And alike entries, or one without `at`: the later in the file.
	a.At = time.Time{}
	if c, _ := shown(b, a); c != 480 {
		t.Errorf("without at the later in the file wins: %v", c)
	}
}
