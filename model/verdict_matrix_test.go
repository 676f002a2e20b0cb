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

// monthlyTable is 2023-01..2024-12 of the national row and four areas: the
// national row 38 and 42 by turns in 2023 (a year's mean 40), 44 in 2024
// Horsens 30, Kolding 40, Vejle 50, Randers 60 every month; when partial,
// the table has no December 2024 yet (NaN in every row).
func monthlyTable(partial bool) *Indicator {
	first := MustPeriod("2023-01")
	periods := make([]Period, 24)
	for i := range periods {
		periods[i] = first.Add(i)
	}
	areas := []string{"Hele landet", "Horsens", "Kolding", "Vejle", "Randers"}
	var values []float64
	for a := range areas {
		for i := range periods {
			v := float64(20 + 10*a)
			if a == 0 {
				v = 38 + 4*float64(i%2)
				if i >= 12 {
					v = 44
				}
			}
			if partial && i == 23 {
				v = nan
			}
			values = append(values, v)
		}
	}
	return NewIndicator("MM3", "Flygtninge i job", "%", "MM3.csv", areas, periods, values)
}

// TestReferenceIsTheTablesForTheEntrysOwnPeriod: a measure with a
// reference from a monthly table takes, for each figure, the mean of the
// months within its own period, whatever its frequency; a period the table
// lacks a month of has none (the figure is shown, not scored).
func TestReferenceIsTheTablesForTheEntrysOwnPeriod(t *testing.T) {
	tests := []struct {
		name      string
		frequency Cadence
		partial   bool
		periods   []string
		refs      []float64 // NaN: none
		value     float64   // the difference judged
		judged    string
	}{
		{"yearly", Yearly, false, []string{"2023", "2024"}, []float64{40, 44}, 47 - 44, "2024"},
		{"yearly, the table lacks December", Yearly, true, []string{"2023", "2024"}, []float64{40, nan}, 47 - 40, "2023"},
		{"quarterly", Quarterly, false, []string{"2023-Q1", "2023-Q2", "2024-Q4"}, []float64{118.0 / 3, 122.0 / 3, 44}, 47 - 44, "2024-Q4"},
		{"quarterly, the table lacks December", Quarterly, true, []string{"2024-Q3", "2024-Q4"}, []float64{44, nan}, 47 - 44, "2024-Q3"},
		{"monthly: each month its own", Monthly, false, []string{"2023-01", "2023-02"}, []float64{38, 42}, 47 - 42, "2023-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Measure{ID: "R", Unit: "pp", Better: Higher, Reference: "Landsgennemsnit", Frequency: tt.frequency,
				Target: &Target{Kind: ValueTarget, Value: 2, Date: endOf(2024), HasDate: true}}
			p := comparedPlan(m, monthlyTable(tt.partial))
			p.Start = Date{2023, 1, 1}
			var entries []Entry
			for _, pe := range tt.periods {
				entries = append(entries, figure("R", pe, 47))
			}
			p.AddEntries(entries...)
			for i, e := range p.Entries {
				want := tt.refs[i]
				if math.IsNaN(want) != !e.HasRef || (e.HasRef && (!near(e.Reference, want) || !e.RefFromTable)) {
					t.Errorf("%v: reference %v (%v); want %v", e.Period, e.Reference, e.HasRef, want)
				}
			}
			last := tt.periods[len(tt.periods)-1]
			ms := Compute(p, view(last)).Measure(m)
			if !near(ms.Value, tt.value) || ms.Why.Period != MustPeriod(tt.judged) {
				t.Errorf("judged %v by %v; want %v by %v", ms.Why.Period, ms.Value, tt.judged, tt.value)
			}
		})
	}
}

// TestRankOfAYearlyFigureAgainstAMonthlyTable: a yearly figure ranks among
// the other areas' means of the year's months.
func TestRankOfAYearlyFigureAgainstAMonthlyTable(t *testing.T) {
	m := &Measure{ID: "R", Unit: "%", Better: Lower, Frequency: Yearly,
		Target: &Target{Kind: RankTarget, Rank: 2, Date: endOf(2024), HasDate: true}}
	p := comparedPlan(m, monthlyTable(true))
	p.Start = Date{2023, 1, 1}
	p.AddEntries(figure("R", "2023", 45), figure("R", "2024", 35))
	ms := Compute(p, view("2024")).Measure(m)
	// 2024 lacks December: not ranked. 2023: Horsens 30 and Kolding 40
	// ahead of 45; Vejle 50, Randers 60 behind: 3rd of 5, not yet 2nd.
	if ms.Value != 3 || ms.Track == Met || len(ms.Unscored) != 1 || ms.Why.Period != MustPeriod("2023") {
		t.Errorf("rank %v track %v unscored %v; want 2023's 3rd of 5, 2024 not ranked", ms.Value, ms.Track, ms.Unscored)
	}
	if r, ok := ms.RankIn(MustPeriod("2023")); !ok || r.Place.Of != 5 || !near(r.Beats, 50) {
		t.Errorf("place %+v", r)
	}
	p = comparedPlan(m, monthlyTable(false))
	p.Start = Date{2023, 1, 1}
	p.AddEntries(figure("R", "2023", 45), figure("R", "2024", 35))
	ms = Compute(p, view("2024")).Measure(m)
	// 2024: Horsens 30 ahead of 35; Kolding 40, Vejle 50, Randers 60 behind.
	if ms.Value != 2 || ms.Track != Met || len(ms.Unscored) != 0 {
		t.Errorf("rank %v track %v unscored %v; want 2nd of 5, met", ms.Value, ms.Track, ms.Unscored)
	}
	if r, ok := ms.RankIn(MustPeriod("2024")); !ok || r.Place.Of != 5 || !near(r.Beats, 75) {
		t.Errorf("place %+v", r)
	}
}
