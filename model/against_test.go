package model

import (
	"math"
	"testing"
)

// areaTable is a quarterly table of 2024-Q1..2024-Q4 with one row per area:
// each row one value per quarter, NaN where the table has none.
func areaTable(rows map[string][4]float64, order ...string) *Indicator {
	periods := []Period{MustPeriod("2024-Q1"), MustPeriod("2024-Q2"), MustPeriod("2024-Q3"), MustPeriod("2024-Q4")}
	var values []float64
	for _, a := range order {
		r := rows[a]
		values = append(values, r[:]...)
	}
	return NewIndicator("MM3", "Flygtninge i job", "%", "MM3.csv", order, periods, values)
}

var nan = math.NaN()

// fiveAreas: Eksempel beside four others; Q4 has no figures at all, and
// Kolding has none in Q3.
func fiveAreas(national bool) *Indicator {
	rows := map[string][4]float64{
		"Hele landet": {40, 40, 40, nan},
		"Horsens":     {30, 30, 30, nan},
		"Kolding":     {40, 40, nan, nan},
		"Vejle":       {50, 50, 50, nan},
		"Randers":     {60, 60, 60, nan},
		"Eksempel":    {45, 45, 45, nan},
	}
	order := []string{"Horsens", "Kolding", "Vejle", "Randers", "Eksempel"}
	if national {
		order = append([]string{"Hele landet"}, order...)
	}
	return areaTable(rows, order...)
}

// comparedPlan is a plan of Eksempel 2024-2024 with the measure comparing
// itself with MM3 and a group of three of the others.
func comparedPlan(m *Measure, ind *Indicator) *Plan {
	m.Compare = "MM3"
	p := testPlan(m)
	p.Municipality = "Eksempel Kommune"
	p.Start, p.End = Date{2024, 1, 1}, Date{2024, 12, 31}
	// A rank among all 98 needs a whole table (third edition); these small
	// tables rank among groups whose every member they hold.
	p.Groups = []*Group{{Name: "Sammenlignelige kommuner", Areas: []string{"Horsens", "Vejle", "Randers"}},
		{Name: "Fire naboer", Areas: []string{"Horsens", "Kolding", "Vejle", "Randers"}},
		{Name: "Midtjyske naboer", Areas: []string{"Horsens", "Randers"}},
		{Name: "Tabellen", Areas: []string{"Assens", "Billund", "Faxe", "Greve", "Hedensted"}}}
	p.Indicators = map[string]*Indicator{"MM3": ind}
	p.Index()
	return p
}

func TestReferenceComesFromTheTable(t *testing.T) {
	tests := []struct {
		name      string
		national  bool
		reference string
		want      float64
	}{
		{"the table's own national row", true, "Landsgennemsnit", 40},
		// (30+40+50+60+47)/5: the area's own figure, 47, in place of its row's
		// 45, as the standing beside it counts the group (issue 24, seen 5).
		{"the mean of the municipalities without one", false, "Hele landet", 45.4},
		{"a group's mean", true, "Sammenlignelige kommuner", 140.0 / 3},
		{"a region's mean (the areas the table has)", true, "Region Midtjylland", 45}, // Horsens, Randers
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Measure{ID: "R", Unit: "pp", Reference: tt.reference, Target: goalAt(2, endOf(2024))}
			p := comparedPlan(m, fiveAreas(tt.national))
			p.AddEntries(figure("R", "2024-Q1", 47))
			e := p.Entries[0]
			if !e.HasRef || !e.RefFromTable || !near(e.Reference, tt.want) {
				t.Fatalf("entry %+v; want the reference %v from the table", e, tt.want)
			}
			if w := e.AsWritten(); w.HasRef || w.Reference != 0 || w.RefFromTable {
				t.Errorf("as written %+v; the table's reference is no part of the file", w)
			}
			ms := Compute(p, view("2024-Q1")).Measure(m)
			if !near(ms.Value, 47-tt.want) {
				t.Errorf("compared %v; want the difference from the table's %v", ms.Value, tt.want)
			}
		})
	}
}

func TestOwnReferenceWinsOverTheTable(t *testing.T) {
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Target: goalAt(2, endOf(2024))}
	p := comparedPlan(m, fiveAreas(true))
	p.AddEntries(relative("R", "2024-Q1", 47, 43.2))
	if e := p.Entries[0]; e.Reference != 43.2 || e.RefFromTable {
		t.Errorf("entry %+v; its own reference must win", e)
	}
	if w := p.Entries[0].AsWritten(); !w.HasRef || w.Reference != 43.2 {
		t.Errorf("as written %+v; a typed reference stays", w)
	}
}

func TestReferenceFromTheTableForAnEntryAddedLater(t *testing.T) {
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Target: goalAt(2, endOf(2024))}
	p := comparedPlan(m, fiveAreas(true))
	p.AddEntries(figure("R", "2024-Q1", 47))
	added := figure("R", "2024-Q2", 48)
	q := p.With(added)
	if e := q.Entries[1]; !e.RefFromTable || e.Reference != 40 {
		t.Errorf("entry added to a published plan %+v; want the table's 40", e)
	}
	if added.HasRef || len(p.Entries) != 1 {
		t.Errorf("With changed what it was given (%+v) or the plan it came from (%d entries)", added, len(p.Entries))
	}
}

func TestNoReferenceInTheTableIsNotScored(t *testing.T) {
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Target: goalAt(2, endOf(2024))}
	p := comparedPlan(m, fiveAreas(true))
	p.AddEntries(figure("R", "2024-Q3", 47), figure("R", "2024-Q4", 49))
	ms := Compute(p, view("2024-Q4")).Measure(m)
	if ms.Latest.Period != MustPeriod("2024-Q4") || len(ms.Unscored) != 1 || ms.Unscored[0] != MustPeriod("2024-Q4") {
		t.Fatalf("latest %v, unscored %v; Q4 is shown but not scored", ms.Latest.Period, ms.Unscored)
	}
	if ms.Why.Period != MustPeriod("2024-Q3") || !near(ms.Value, 7) || ms.Track != Met {
		t.Errorf("judged %v by %v (%v); want Q3's 7 pp, met", ms.Why.Period, ms.Value, ms.Track)
	}
}

func TestTargetsAgainstOtherAreas(t *testing.T) {
	dated := func(g Target) *Target { g.Date, g.HasDate = endOf(2024), true; return &g }
	tests := []struct {
		name      string
		better    Better
		reference string
		target    *Target
		value     float64 // Eksempel's figure in 2024-Q3 (the table's own is 45)
		compared  float64
		met       bool
	}{
		// ratio: against the national row's 40
		{"ratio higher met", Higher, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: 10}), 45, 12.5, true},
		{"ratio higher not met", Higher, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: 15}), 45, 12.5, false},
		{"ratio lower met: 2 % under", Lower, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: -2}), 39, -2.5, true},
		{"ratio lower not met", Lower, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: -2}), 39.5, -1.25, false},
		{"ratio exactly met", Lower, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: -2.5}), 39, -2.5, true},
		{"ratio strict exactly is not met", Lower, "Landsgennemsnit", dated(Target{Kind: RatioTarget, Ratio: -2.5, Strict: true}), 39, -2.5, false},
		// rank among the three that have Q3 figures: Horsens 30, Vejle 50, Randers 60 (a rank among
		// all 98 needs a whole table: TestRanksNeedAWholeTable)
		{"rank higher met", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}), 55, 2, true},
		{"rank higher not met", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}), 45, 3, false},
		{"rank lower: the lowest figure ranks first", Lower, "", dated(Target{Kind: RankTarget, Rank: 1, Among: "Sammenlignelige kommuner"}), 20, 1, true},
		{"rank lower not met", Lower, "", dated(Target{Kind: RankTarget, Rank: 1, Among: "Sammenlignelige kommuner"}), 45, 2, false}, // Horsens 30 ahead
		{"rank tie shares the better rank", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}), 50, 2, true},
		{"rank strict: better than 2nd", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Strict: true, Among: "Sammenlignelige kommuner"}), 55, 2, false},
		{"rank in a group", Higher, "", dated(Target{Kind: RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}), 45, 3, false},
		// better_than: the share of the other areas with a worse figure
		{"better than half met", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Sammenlignelige kommuner"}), 55, 200.0 / 3, true},
		{"better than half not met", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Sammenlignelige kommuner"}), 45, 100.0 / 3, false},
		{"better than half, lower is better", Lower, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Sammenlignelige kommuner"}), 35, 200.0 / 3, true},
		{"a tie beats no one", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Sammenlignelige kommuner"}), 50, 100.0 / 3, false},
		{"exactly half met", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Among: "Midtjyske naboer"}), 45, 50, true},
		{"exactly half, strict: not met", Higher, "", dated(Target{Kind: BetterThanTarget, BetterThan: 50, Strict: true, Among: "Midtjyske naboer"}), 45, 50, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Measure{ID: "R", Unit: "%", Better: tt.better, Reference: tt.reference, Target: tt.target}
			p := comparedPlan(m, fiveAreas(true))
			p.AddEntries(figure("R", "2024-Q3", tt.value))
			ms := Compute(p, view("2024-Q4")).Measure(m)
			if !near(ms.Value, tt.compared) || ms.Met != tt.met {
				t.Errorf("compared %v met %v; want %v met %v", ms.Value, ms.Met, tt.compared, tt.met)
			}
			if math.IsNaN(ms.Progress) || math.IsNaN(ms.Expected) || math.IsNaN(ms.ExpectedValue) {
				t.Errorf("NaN in %+v", ms)
			}
		})
	}
}

func TestRankTrackFollowsTheLineFromTheBaseline(t *testing.T) {
	// From 5th of 6 in Q1 (the plan's baseline) to at least 2nd by Q4.
	rows := map[string][4]float64{
		"Assens": {10, 10, 10, 10}, "Billund": {20, 20, 20, 20}, "Faxe": {30, 30, 30, 30},
		"Greve": {40, 40, 40, 40}, "Hedensted": {50, 50, 50, 50}, "Eksempel": {0, 0, 0, 0},
	}
	ind := areaTable(rows, "Assens", "Billund", "Faxe", "Greve", "Hedensted", "Eksempel")
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Baseline: &Point{5, Date{2024, 3, 31}},
		Target: &Target{Kind: RankTarget, Rank: 2, Among: "Tabellen", Date: endOf(2024), HasDate: true}}
	p := comparedPlan(m, ind)
	p.AddEntries(figure("R", "2024-Q1", 15), figure("R", "2024-Q2", 45), figure("R", "2024-Q3", 35))
	tests := []struct {
		asOf  string
		rank  float64
		track Track
	}{
		{"2024-Q2", 2, Met},
		{"2024-Q3", 3, OnTrack}, // 2/3 of the way when 2/3 is expected
	}
	for _, tt := range tests {
		ms := Compute(p, view(tt.asOf)).Measure(m)
		if ms.Value != tt.rank || ms.Track != tt.track {
			t.Errorf("as of %s: rank %v track %v; want %v %v", tt.asOf, ms.Value, ms.Track, tt.rank, tt.track)
		}
	}
	ms := Compute(p, view("2024-Q3")).Measure(m)
	if !near(ms.Progress, 2.0/3) || math.Abs(ms.ExpectedValue-3) > 0.01 {
		t.Errorf("progress %v expected %v; want 2/3 of the way from 5th to 2nd, 3rd expected", ms.Progress, ms.ExpectedValue)
	}
}

func TestRankMilestoneMissed(t *testing.T) {
	m := &Measure{ID: "R", Unit: "%", Better: Lower,
		Target:     &Target{Kind: RankTarget, Rank: 1, Among: "Fire naboer", Date: endOf(2024), HasDate: true},
		Milestones: []Target{{Kind: RankTarget, Rank: 2, Among: "Fire naboer", Date: Date{2024, 6, 30}, HasDate: true}}}
	p := comparedPlan(m, fiveAreas(true))
	p.AddEntries(figure("R", "2024-Q2", 45)) // Horsens 30, Kolding 40 ahead: 3rd
	ms := Compute(p, view("2024-Q3")).Measure(m)
	if mm := ms.MissedMilestone; mm == nil || mm.Actual != 3 || mm.Expected != 2 {
		t.Fatalf("missed milestone %+v; want 3rd against at most 2nd", mm)
	}
	if ms.Track.Good() {
		t.Errorf("track %v; a missed milestone is never on track", ms.Track)
	}
}

func TestRankLimitInEveryPeriod(t *testing.T) {
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Target: &Target{Kind: RankTarget, Rank: 3, Among: "Fire naboer", Always: true}}
	p := comparedPlan(m, fiveAreas(true))
	p.AddEntries(figure("R", "2024-Q1", 55), figure("R", "2024-Q2", 35))
	if ms := Compute(p, view("2024-Q1")).Measure(m); ms.Track != Held {
		t.Errorf("Q1: %v; 2nd keeps within the 3 best", ms.Track)
	}
	if ms := Compute(p, view("2024-Q2")).Measure(m); ms.Track != Breached || ms.BreachedAt != MustPeriod("2024-Q2") {
		t.Errorf("Q2: %v at %v; 5th breaks it", ms.Track, ms.BreachedAt)
	}
}

func TestRankWithoutFiguresInTheTableIsNotScored(t *testing.T) {
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Target: &Target{Kind: RankTarget, Rank: 2, Date: endOf(2024), HasDate: true}}
	p := comparedPlan(m, fiveAreas(true))
	p.AddEntries(figure("R", "2024-Q4", 55))
	ms := Compute(p, view("2024-Q4")).Measure(m)
	if ms.Track != NoData || len(ms.Unscored) != 1 || ms.Latest == nil {
		t.Fatalf("track %v unscored %v latest %v; the table has nothing for Q4: shown, not scored", ms.Track, ms.Unscored, ms.Latest)
	}
	if math.IsNaN(ms.Value) || math.IsNaN(ms.Progress) || ms.Why.Period != (Period{}) {
		t.Errorf("value %v progress %v why %+v; nothing is judged", ms.Value, ms.Progress, ms.Why)
	}
}

func TestRankWithoutTheTableIsNotScored(t *testing.T) {
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Target: &Target{Kind: RankTarget, Rank: 2, Date: endOf(2024), HasDate: true}}
	p := comparedPlan(m, fiveAreas(true))
	p.Indicators = nil
	p.AddEntries(figure("R", "2024-Q1", 55))
	if ms := Compute(p, view("2024-Q1")).Measure(m); ms.Track != NoData || len(ms.Unscored) != 1 {
		t.Errorf("track %v unscored %v; without its table a rank cannot be judged", ms.Track, ms.Unscored)
	}
}

// BenchmarkComputeWithRankTargets: 20 measures, each ranked every month of
// three years among the 98 municipalities of a ten-year monthly table.
func BenchmarkComputeWithRankTargets(b *testing.B) {
	var areas []string
	for _, r := range Regions {
		areas = append(areas, r.Areas...)
	}
	first := MustPeriod("2017-01")
	periods := make([]Period, 120)
	for i := range periods {
		periods[i] = first.Add(i)
	}
	values := make([]float64, len(areas)*len(periods))
	for i := range values {
		values[i] = float64((i*7919)%1000) / 10
	}
	ind := NewIndicator("MM3", "", "%", "MM3.csv", areas, periods, values)
	var measures []*Measure
	for i := range 20 {
		measures = append(measures, &Measure{ID: "R" + string(rune('A'+i)), Unit: "%", Better: Higher, Compare: "MM3",
			Frequency: Monthly, Target: &Target{Kind: RankTarget, Rank: 20, Date: endOf(2026), HasDate: true}})
	}
	p := testPlan(measures...)
	p.Municipality = "Fredericia"
	p.Indicators = map[string]*Indicator{"MM3": ind}
	for _, m := range measures {
		for k := range 36 {
			p.AddEntries(figure(m.ID, MustPeriod("2024-01").Add(k).String(), float64(k)))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		Compute(p, view("2026-12"))
	}
}

func TestRankWithNoOtherAreaIsNotScored(t *testing.T) {
	tests := []struct{ name, among string }{
		{"a group the table has none of", "Fjern"},
		{"a group the plan does not have", "Ukendt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Measure{ID: "R", Unit: "%", Better: Higher,
				Target: &Target{Kind: BetterThanTarget, BetterThan: 50, Among: tt.among, Date: endOf(2024), HasDate: true}}
			p := comparedPlan(m, fiveAreas(true))
			p.Groups = append(p.Groups, &Group{Name: "Fjern", Areas: []string{"Skagen", "Eksempel"}})
			p.AddEntries(figure("R", "2024-Q1", 55))
			ms := Compute(p, view("2024-Q1")).Measure(m)
			if ms.Track != NoData || len(ms.Unscored) != 1 || math.IsNaN(ms.Value) || math.IsInf(ms.Value, 0) {
				t.Errorf("track %v unscored %v value %v; with no one to beat nothing is scored", ms.Track, ms.Unscored, ms.Value)
			}
		})
	}
}
