package model

import (
	"math"
	"testing"
)

// TestDeadlineAwaitsTheTable: the figure for a target's last period is in,
// but the table cannot rank it yet. The verdict is the earlier figure's,
// judged for its own period: not "missed" for good by a figure that is not
// the deadline's (the deadline's own might meet it once the table has it).
func TestDeadlineAwaitsTheTable(t *testing.T) {
	tests := []struct {
		name   string
		target *Target
		ref    string
		q3     float64
		track  Track
		value  float64
	}{
		// Q3: Horsens 30, Vejle 50, Randers 60 (Kolding none): 45 is 3rd of 4.
		// From 5th (the plan's baseline, end of 2023) to 2nd by the end of
		// 2024: at Q3's end 3/4 of the way is expected, 5 − 0.75·3 = 2.75;
		// 3rd is 2/3 of the way, within the slack: on track.
		{"rank", &Target{Kind: RankTarget, Rank: 2}, "", 45, OnTrack, 3},
		// better_than: 45 beats Horsens only, 1 of 3 = 33⅓ %; from 0 % to
		// 50 % expects 37,5 % at Q3's end: on track.
		{"better than", &Target{Kind: BetterThanTarget, BetterThan: 50}, "", 45, OnTrack, 100.0 / 3},
		// a ratio to the national row's 40: 45 is +12,5 %; from +20 % down
		// to +10 % (lower is better) expects +12,5 % at Q3's end: on track.
		{"ratio", &Target{Kind: RatioTarget, Ratio: 10}, "Landsgennemsnit", 45, OnTrack, 12.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.target.Date, tt.target.HasDate = endOf(2024), true
			b := Higher
			base := 5.0
			switch tt.target.Kind {
			case BetterThanTarget:
				base = 0
			case RatioTarget:
				b, base = Lower, 20
			}
			m := &Measure{ID: "R", Unit: "%", Better: b, Reference: tt.ref, Target: tt.target,
				Baseline: &Point{base, Date{2023, 12, 31}}}
			p := comparedPlan(m, fiveAreas(true))
			p.AddEntries(figure("R", "2024-Q3", tt.q3), figure("R", "2024-Q4", 70))
			ms := Compute(p, view("2024-Q4")).Measure(m)
			if ms.Track != tt.track || !near(ms.Value, tt.value) || ms.Why.Period != MustPeriod("2024-Q3") {
				t.Errorf("track %v value %v judged %v; want %v by Q3's %v: Q4's figure awaits the table", ms.Track, ms.Value, ms.Why.Period, tt.track, tt.value)
			}
			if math.IsNaN(ms.Progress) || math.IsNaN(ms.ExpectedValue) {
				t.Errorf("NaN in %+v", ms)
			}
		})
	}
}
