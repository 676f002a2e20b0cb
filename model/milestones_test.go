package model

import "testing"

// TestMilestonesEachJudged: a committee paper lists each passed milestone
// as reached or not, by the figure for it; future ones are not judged.
func TestMilestonesEachJudged(t *testing.T) {
	m := &Measure{ID: "R", Baseline: &Point{60, Date{2023, 12, 31}}, Target: goalAt(70, Date{2026, 12, 31}),
		Milestones: []Target{{Value: 63, Date: Date{2024, 12, 31}}, {Value: 66, Date: Date{2025, 12, 31}}, {Value: 68, Date: Date{2026, 6, 30}}}}
	p := testPlan(m)
	p.AddEntries(figure("R", "2024-Q4", 64), figure("R", "2025-Q2", 66.5), figure("R", "2025-Q4", 65))
	tests := []struct {
		asOf   string
		judged []string // per passed milestone: reached, missed, or none (no figure for it yet)
		missed bool
	}{
		{"2024-Q3", nil, false},
		{"2024-Q4", []string{"reached"}, false},
		{"2025-Q4", []string{"reached", "missed"}, true}, // 2025's is judged by 2025-Q4's 65, not 2025-Q2's 66,5
		{"2026-Q2", []string{"reached", "missed", "none"}, false},
	}
	for _, tt := range tests {
		ms := Compute(p, view(tt.asOf)).Measure(m)
		if len(ms.Milestones) != len(tt.judged) {
			t.Fatalf("as of %s: %d milestones judged, want %d", tt.asOf, len(ms.Milestones), len(tt.judged))
		}
		for i, c := range ms.Milestones {
			got := "none"
			switch {
			case c.Judged && c.Met:
				got = "reached"
			case c.Judged:
				got = "missed"
			}
			if got != tt.judged[i] {
				t.Errorf("as of %s: milestone %d %s, want %s", tt.asOf, i+1, got, tt.judged[i])
			}
		}
		if (ms.MissedMilestone != nil) != tt.missed {
			t.Errorf("as of %s: missed milestone %v, want %v", tt.asOf, ms.MissedMilestone, tt.missed)
		}
	}
}
