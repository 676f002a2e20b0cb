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
		{"rank", &Target{Kind: RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}, "", 45, OnTrack, 3},
		// better_than: 45 beats Horsens only, 1 of 3 = 33⅓ %; from 0 % to
		// 50 % expects 37,5 % at Q3's end: on track.
		{"better than", &Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Sammenlignelige kommuner"}, "", 45, OnTrack, 100.0 / 3},
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
// Horsens 30, Kolding 40, Vejle 50, Randers 60 every month (and Eksempel's
// own row, which its entries stand in for); when partial,
// the table has no December 2024 yet (NaN in every row).
func monthlyTable(partial bool) *Indicator {
	first := MustPeriod("2023-01")
	periods := make([]Period, 24)
	for i := range periods {
		periods[i] = first.Add(i)
	}
	areas := []string{"Hele landet", "Horsens", "Kolding", "Vejle", "Randers", "Eksempel"}
	var values []float64
	for a := range areas {
		for i := range periods {
			v := float64(20 + 10*a) // Eksempel's 70: its own figures are the status file's
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
		Target: &Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer", Date: endOf(2024), HasDate: true}}
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

// TestVerdictsAgainstOtherAreasByHand: each verdict worked out by hand on
// fiveAreas, ranked among the four it has (among all 98 it is no whole table) (Q1 and Q2: Horsens 30, Kolding 40, Vejle 50, Randers 60, the
// national row 40), from a baseline at the end of 2023 to a target at the
// end of 2024, as of 2024-Q2: 182 of 366 days, so 182/366 of the line is
// expected (0,4973), unless a milestone bends it.
func TestVerdictsAgainstOtherAreasByHand(t *testing.T) {
	const share = 182.0 / 366
	dated := func(g Target) *Target { g.Date, g.HasDate = endOf(2024), true; return &g }
	jun30 := Target{Date: Date{2024, 6, 30}, HasDate: true}
	milestone := func(g Target) []Target { g.Date, g.HasDate = jun30.Date, true; return []Target{g} }
	tests := []struct {
		name       string
		better     Better
		reference  string
		target     *Target
		milestones []Target
		baseline   float64 // NaN: none (the first figure)
		q1, q2     float64
		ownRef     float64 // Q2's own reference; 0: the table's
		value      float64
		progress   float64
		expected   float64 // ExpectedValue; NaN: not asked
		track      Track
	}{
		// 45 in Q2, higher is better: Vejle 50 and Randers 60 ahead, 3rd.
		{"rank, higher, from 5th", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer"}), nil, 5, 45, 45, 0,
			3, 2.0 / 3, 5 - 3*share, OnTrack},
		// 55, lower is better: 30, 40 and 50 ahead, 4th: 1/3 of the way, 0,50 expected.
		{"rank, lower, from 5th", Lower, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer"}), nil, 5, 45, 55, 0,
			4, 1.0 / 3, 5 - 3*share, AtRisk},
		// a milestone of 3rd by June bends the line: 2/3 expected by then (3rd); 4th misses it.
		{"rank, milestone missed", Lower, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer"}), milestone(Target{Kind: RankTarget, Rank: 3, Among: "Fire naboer"}), 5, 45, 55, 0,
			4, 1.0 / 3, 3, OffTrack},
		{"rank, milestone met", Lower, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer"}), milestone(Target{Kind: RankTarget, Rank: 3, Among: "Fire naboer"}), 5, 55, 45, 0,
			3, 2.0 / 3, 3, OnTrack},
		// a tie with Vejle at the target's rank shares 2nd: met; strict, not (at most 99 %).
		{"rank, a tie at the target", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer"}), nil, 5, 45, 50, 0,
			2, 1, 5 - 3*share, Met}, // the line's figure, met or not
		{"rank, a tie at a strict target", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Fire naboer", Strict: true}), nil, 5, 45, 50, 0,
			2, 0.99, 5 - 3*share, OnTrack},
		// in the group (Horsens, Vejle, Randers): Vejle 50 and Randers 60 ahead of 45.
		{"rank in a group", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}), nil, 4, 45, 45, 0,
			3, 0.5, 4 - 2*share, OnTrack},
		// among Horsens and Randers (a region needs all its members): Randers ahead.
		{"rank in a region", Higher, "", dated(Target{Kind: RankTarget, Rank: 1, Among: "Midtjyske naboer"}), nil, 3, 45, 45, 0,
			2, 0.5, 3 - 2*share, OnTrack},
		// no baseline: the first figure's 4th (Q1 35: 40, 50, 60 ahead) is the start.
		{"rank from the first figure", Higher, "", dated(Target{Kind: RankTarget, Rank: 1, Among: "Fire naboer"}), nil, nan, 35, 55, 0,
			2, 2.0 / 3, nan, OnTrack},
		// better_than: 55 beats 30, 40 and 50: 75 % of the 4 others; the
		// line starts at Q1's 25 % (35 beats 30) on 31 March: 91 of 275 days.
		{"better than half, strict", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Fire naboer", Strict: true}), nil, nan, 35, 55, 0,
			75, 1, 25 + 25*91.0/275, Met},
		// 45, lower is better, in the group: beats Vejle and Randers, 2 of 3.
		{"better than half of the group, lower", Lower, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Sammenlignelige kommuner"}), nil, 0, 45, 45, 0,
			200.0 / 3, 1, 50 * share, Met},
		// 45, higher is better: beats 30 and 40: 50 %, from 0 % to 80 %.
		{"better than 80 %", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 80, Among: "Fire naboer"}), nil, 0, 45, 45, 0,
			50, 50.0 / 80, 80 * share, OnTrack},
		// a ratio to the national row's 40: 41 is +2,5 %, from +10 % down to −2 %.
		{"ratio, lower, the table's reference", Lower, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: -2}), nil, 10, 45, 41, 0,
			2.5, 7.5 / 12, 10 - 12*share, OnTrack},
		{"ratio, lower, its own reference", Lower, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: -2}), nil, 10, 45, 41, 41,
			0, 10.0 / 12, 10 - 12*share, OnTrack},
		// against the group's mean (30+50+60)/3: 41 is −12,14 %; at least −10 %.
		{"ratio, higher, a group's mean", Higher, "Sammenlignelige kommuner", dated(Target{Kind: RatioTarget, Ratio: -10}), nil, -20, 45, 41, 0,
			100 * (41/(140.0/3) - 1), (100*(41/(140.0/3)-1) + 20) / 10, -20 + 10*share, OnTrack},
		// a limit: +5 % over the national row in every period; Q2's 41 (+2,5 %) breaks it.
		{"ratio, always", Higher, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: 5, Always: true}), nil, nan, 45, 41, 0,
			2.5, 0, nan, Breached},
		{"rank, always, held", Higher, "", dated(Target{Kind: RankTarget, Rank: 3, Among: "Fire naboer", Always: true}), nil, nan, 45, 45, 0,
			3, 1, nan, Held},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Measure{ID: "R", Unit: "%", Better: tt.better, Reference: tt.reference, Target: tt.target, Milestones: tt.milestones}
			if !math.IsNaN(tt.baseline) {
				m.Baseline = &Point{tt.baseline, Date{2023, 12, 31}}
			}
			p := comparedPlan(m, fiveAreas(true))
			q2 := figure("R", "2024-Q2", tt.q2)
			if tt.ownRef != 0 {
				q2.Reference, q2.HasRef = tt.ownRef, true
			}
			p.AddEntries(figure("R", "2024-Q1", tt.q1), q2)
			ms := Compute(p, view("2024-Q2")).Measure(m)
			if !near(ms.Value, tt.value) || !near(ms.Progress, tt.progress) || ms.Track != tt.track {
				t.Errorf("value %v progress %v track %v; want %v %v %v", ms.Value, ms.Progress, ms.Track, tt.value, tt.progress, tt.track)
			}
			if !math.IsNaN(tt.expected) && !near(ms.ExpectedValue, tt.expected) {
				t.Errorf("expected %v; want %v", ms.ExpectedValue, tt.expected)
			}
			for _, f := range []float64{ms.Value, ms.Progress, ms.Expected, ms.ExpectedValue} {
				if math.IsNaN(f) || math.IsInf(f, 0) {
					t.Errorf("NaN or Inf in %+v", ms)
				}
			}
		})
	}
}

// TestRankWithoutTheAreasRowIsNotScored: a table without the measure's own
// area (misspelt, or another area's table) is no set to rank it in: among
// all municipalities it would count one more than the table has, and its
// real row (under another spelling) twice. As the view, the verdict does
// not rank it, and says why.
func TestRankWithoutTheAreasRowIsNotScored(t *testing.T) {
	for _, kind := range []TargetKind{RankTarget, BetterThanTarget} {
		m := &Measure{ID: "R", Unit: "%", Better: Higher, Area: "Eksemple",
			Target: &Target{Kind: kind, Rank: 2, BetterThan: 50, Date: endOf(2024), HasDate: true}}
		p := comparedPlan(m, fiveAreas(true))
		p.AddEntries(figure("R", "2024-Q2", 55))
		ms := Compute(p, view("2024-Q2")).Measure(m)
		if ms.Track != NoData || len(ms.Unscored) != 1 || !ms.UnscoredNoRow {
			t.Errorf("%v: track %v value %v unscored %v (no row %v); not ranked without the area's row", kind, ms.Track, ms.Value, ms.Unscored, ms.UnscoredNoRow)
		}
	}
}
