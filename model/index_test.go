package model

import (
	"sync"
	"testing"
)

func latestOf(p *Plan, m *Measure) float64 {
	ms := Compute(p, view("2026-Q3")).Measure(m)
	if ms.Latest == nil {
		return -1
	}
	return ms.Latest.Value
}

func TestWithLeavesThePlanItCameFromAsItWas(t *testing.T) {
	m := &Measure{ID: "R", Target: goalAt(90, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(figure("R", "2026-Q1", 80))
	q := p.With(figure("R", "2026-Q2", 85))
	r := q.With(figure("R", "2026-Q3", 88))
	// Two plans made from the same one (a stale copy) must not share what they added.
	fork := q.With(figure("R", "2026-Q3", 70))
	for _, c := range []struct {
		name    string
		plan    *Plan
		entries int
		latest  float64
	}{
		{"the loaded plan", p, 1, 80},
		{"after one save", q, 2, 85},
		{"after two saves", r, 3, 88},
		{"a fork of the first save", fork, 3, 70},
	} {
		if len(c.plan.Entries) != c.entries || len(c.plan.EntriesOf(m)) != c.entries || latestOf(c.plan, m) != c.latest {
			t.Errorf("%s: %d entries (%d of R), latest %v; want %d, latest %v", c.name,
				len(c.plan.Entries), len(c.plan.EntriesOf(m)), latestOf(c.plan, m), c.entries, c.latest)
		}
	}
}

// TestWithWhileReading is for -race: a plan being read while newer plans are made from it.
func TestWithWhileReading(t *testing.T) {
	m := &Measure{ID: "R", Target: goalAt(90, Date{2026, 12, 31})}
	p := testPlan(m).With(figure("R", "2026-Q1", 80))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for range 50 {
			if latestOf(p, m) != 80 {
				t.Error("the plan being read changed")
				return
			}
		}
	}()
	next := p
	for range 50 {
		next = next.With(figure("R", "2026-Q2", 85))
	}
	wg.Wait()
	if len(next.Entries) != 51 {
		t.Errorf("%d entries after 50 additions to one, want 51", len(next.Entries))
	}
}
