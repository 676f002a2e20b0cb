package model

import (
	"math"
	"testing"
)

func assessed(measure, period string, a Assessment, note string) Entry {
	return Entry{Measure: measure, Period: MustPeriod(period), Assessed: a, Note: note}
}

// The third edition's verdict rules, case by case (the figures are
// invented, shaped like the plans where they were seen).
func TestThirdEditionVerdicts(t *testing.T) {
	tests := []struct {
		name     string
		measure  *Measure
		cadence  Cadence
		entries  []Entry
		asOf     string
		track    Track
		computed Track
		expected float64 // the expected figure, where HasExpected
		check    func(t *testing.T, ms *MeasureStatus)
	}{
		{name: "neither: an expectation is followed with its expected figure, never judged",
			measure: &Measure{ID: "R", Unit: "helårspersoner", Better: Neither, Baseline: &Point{1200, endOf(2023)},
				Target: goalAt(1240, endOf(2025))},
			entries: []Entry{figure("R", "2024", 1230)}, asOf: "2024-Q4",
			track: Followed, computed: Followed, expected: 1220},
		{name: "neither with baseline first: the first figure starts the expected line",
			measure: &Measure{ID: "R", Unit: "personer", Better: Neither, BaselineFirst: true,
				Target: &Target{Kind: ChangeTarget, Change: 40, Date: endOf(2026), HasDate: true}},
			entries: []Entry{figure("R", "2024", 400), figure("R", "2025", 430)}, asOf: "2025-Q4",
			track: Followed, computed: Followed, expected: 420,
			check: func(t *testing.T, ms *MeasureStatus) {
				if !ms.BaselineIsFirst || ms.Target != 440 {
					t.Errorf("baseline is first %v, target %v; want the first figure 400 + 40", ms.BaselineIsFirst, ms.Target)
				}
			}},
		{name: "a change from baseline first: falde med 74 from the first figure",
			measure: &Measure{ID: "R", Unit: "helårspersoner", Better: Lower, BaselineFirst: true,
				Target: &Target{Kind: ChangeTarget, Change: -74, Date: endOf(2026), HasDate: true}},
			entries: []Entry{figure("R", "2024", 1000), figure("R", "2025", 920)}, asOf: "2025-Q4",
			track: Met, computed: Met,
			check: func(t *testing.T, ms *MeasureStatus) {
				if ms.Target != 926 || !ms.BaselineIsFirst || ms.Measure.Target.Resolved {
					t.Errorf("target %v first %v; want 926 from the first figure, the plan's measure left as written", ms.Target, ms.BaselineIsFirst)
				}
			}},
		{name: "a range: 4-6 gange årligt, met within it",
			measure: &Measure{ID: "R", Unit: "gange", Baseline: &Point{2, endOf(2023)},
				Target: &Target{Kind: RangeTarget, Min: 4, Max: 6, Date: endOf(2026), HasDate: true}},
			entries: []Entry{figure("R", "2025", 5)}, asOf: "2025-Q4", track: Met, computed: Met},
		{name: "a range from below: on the way to its min",
			measure: &Measure{ID: "R", Unit: "gange", Baseline: &Point{1, endOf(2023)},
				Target: &Target{Kind: RangeTarget, Min: 4, Max: 6, Date: endOf(2026), HasDate: true}},
			entries: []Entry{figure("R", "2025", 3)}, asOf: "2025-Q4", track: OnTrack, computed: OnTrack, expected: 3},
		{name: "a range from above: it has to come down to its max",
			measure: &Measure{ID: "R", Unit: "gange", Baseline: &Point{10, endOf(2023)},
				Target: &Target{Kind: RangeTarget, Min: 4, Max: 6, Date: endOf(2025), HasDate: true}},
			entries: []Entry{figure("R", "2024", 9.5)}, asOf: "2024-Q4", track: OffTrack, computed: OffTrack, expected: 8},
		{name: "a range above its max after the date is missed",
			measure: &Measure{ID: "R", Unit: "gange", Baseline: &Point{2, endOf(2023)},
				Target: &Target{Kind: RangeTarget, Min: 4, Max: 6, Date: endOf(2025), HasDate: true}},
			entries: []Entry{figure("R", "2025", 7)}, asOf: "2026-Q1", track: Missed, computed: Missed},
		{name: "assessed without a figure: Målet er opfyldt",
			measure: &Measure{ID: "R", Unit: "%", Target: goalAt(90, endOf(2025))},
			entries: []Entry{assessed("R", "2024", AssessedMet, "Målet er opfyldt (opfølgning 16. marts 2025)")}, asOf: "2024-Q4",
			track: AssessedMetTrack, computed: NoData},
		{name: "assessed against the figures: both are kept",
			measure: &Measure{ID: "R", Unit: "%", Baseline: &Point{50, endOf(2023)}, Target: goalAt(90, endOf(2025))},
			entries: []Entry{figure("R", "2024", 51), assessed("R", "2024", AssessedMet, "Udvalget vurderer målet opfyldt")}, asOf: "2024-Q4",
			track: AssessedMetTrack, computed: OffTrack, expected: 70,
			check: func(t *testing.T, ms *MeasureStatus) {
				if ms.Assessed == nil || ms.Assessed.Assessed.Agrees(ms.Computed) {
					t.Errorf("assessment %+v; it disagrees with %v", ms.Assessed, ms.Computed)
				}
			}},
		{name: "an assessment a later figure has overtaken no longer counts",
			measure: &Measure{ID: "R", Unit: "%", Baseline: &Point{50, endOf(2023)}, Target: goalAt(90, endOf(2026))},
			entries: []Entry{assessed("R", "2024", AssessedPartly, "Delvist"), figure("R", "2025", 89)}, asOf: "2025-Q4",
			track: OnTrack, computed: OnTrack, expected: 76.68},
		{name: "seen 6: as of the deadline's quarter a 19 months old figure is not met: it awaits",
			measure: &Measure{ID: "R", Unit: "%", Better: Lower, Frequency: Quarterly, Baseline: &Point{9, endOf(2020)},
				Target: goalAt(8, endOf(2022))},
			cadence: Quarterly,
			entries: []Entry{figure("R", "2021-05", 7.5)}, asOf: "2022-Q4", track: Awaiting, computed: Awaiting,
			check: func(t *testing.T, ms *MeasureStatus) {
				if ms.Awaited != MustPeriod("2022-Q4") || ms.Why.Cmp != -1 || !ms.Why.Meets || ms.Why.Figure != 7.5 {
					t.Errorf("awaited %v why %+v; want 2022-Q4, the latest 7,5 below the target 8", ms.Awaited, ms.Why)
				}
			}},
		{name: "the deadline's own figure decides: met",
			measure: &Measure{ID: "R", Unit: "%", Better: Lower, Frequency: Quarterly, Baseline: &Point{9, endOf(2020)},
				Target: goalAt(8, endOf(2022))},
			cadence: Quarterly,
			entries: []Entry{figure("R", "2021-05", 7.5), figure("R", "2022-Q4", 7.9)}, asOf: "2023-Q2", track: Met, computed: Met},
		{name: "the deadline's own figure decides: a later good figure does not undo missed",
			measure: &Measure{ID: "R", Unit: "%", Better: Lower, Frequency: Quarterly, Baseline: &Point{9, endOf(2020)},
				Target: goalAt(8, endOf(2022))},
			cadence: Quarterly,
			entries: []Entry{figure("R", "2022-Q4", 8.4), figure("R", "2023-Q1", 7.0)}, asOf: "2023-Q1", track: Missed, computed: Missed},
		{name: "half-yearly: as of the half that holds the date, the latest older half awaits",
			measure: &Measure{ID: "R", Unit: "%", Better: Higher, Frequency: HalfYearly, Baseline: &Point{40, endOf(2020)},
				Target: goalAt(50, Date{2022, 6, 30})},
			cadence: HalfYearly,
			entries: []Entry{figure("R", "2021-H2", 52)}, asOf: "2022-H1", track: Awaiting, computed: Awaiting,
			check: func(t *testing.T, ms *MeasureStatus) {
				if ms.Awaited != MustPeriod("2022-H1") || !ms.Why.Meets {
					t.Errorf("awaited %v why %+v; want 2022-H1, the latest 52 %% over the target", ms.Awaited, ms.Why)
				}
			}},
		{name: "half-yearly: the deadline's half decides, missed",
			measure: &Measure{ID: "R", Unit: "%", Better: Higher, Frequency: HalfYearly, Baseline: &Point{40, endOf(2020)},
				Target: goalAt(50, Date{2022, 6, 30})},
			cadence: HalfYearly,
			entries: []Entry{figure("R", "2021-H2", 52), figure("R", "2022-H1", 48)}, asOf: "2022-H2", track: Missed, computed: Missed},
		{name: "half-yearly on a quarterly plan: the quarter after the date still awaits the half",
			measure: &Measure{ID: "R", Unit: "%", Better: Higher, Frequency: HalfYearly, Baseline: &Point{40, endOf(2020)},
				Target: goalAt(50, Date{2022, 6, 30})},
			cadence: Quarterly,
			entries: []Entry{figure("R", "2021-H2", 52)}, asOf: "2022-Q3", track: Awaiting, computed: Awaiting},
		{name: "a limit stays judged by every figure it has",
			measure: &Measure{ID: "R", Unit: "%", Better: Lower, Frequency: Quarterly,
				Target: &Target{Value: 20, Always: true, Date: endOf(2022), HasDate: true}},
			cadence: Quarterly,
			entries: []Entry{figure("R", "2022-Q2", 18)}, asOf: "2023-Q1", track: Held, computed: Held},
		{name: "a direction after its date needs its own figure",
			measure: &Measure{ID: "R", Unit: "%", Better: Lower, Frequency: Yearly, Baseline: &Point{14, endOf(2020)},
				Target: &Target{Kind: DirectionTarget, Direction: Down, Date: endOf(2022), HasDate: true}},
			cadence: Yearly,
			entries: []Entry{figure("R", "2021", 13)}, asOf: "2023", track: Awaiting, computed: Awaiting},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cadence := tt.cadence
			if cadence == "" {
				cadence = Yearly
			}
			keep := tt.measure.Better
			p := planFrom(2020, 2026, cadence, tt.measure)
			if keep == "" {
				tt.measure.Better = "" // a range leaves it to the figures
			}
			p.AddEntries(tt.entries...)
			ms := Compute(p, view(tt.asOf)).Measure(tt.measure)
			if ms.Track != tt.track || ms.Computed != tt.computed {
				t.Errorf("track %v computed %v; want %v computed %v (why %+v)", ms.Track, ms.Computed, tt.track, tt.computed, ms.Why)
			}
			if tt.expected != 0 && (!ms.HasExpected || math.Abs(ms.ExpectedValue-tt.expected) > 0.05) { // the line runs by days
				t.Errorf("expected %v (%v); want %v", ms.ExpectedValue, ms.HasExpected, tt.expected)
			}
			if tt.track == Followed && (ms.Track.Scored() || ms.Progress != 0) {
				t.Errorf("followed with progress %v: an expectation has no bar", ms.Progress)
			}
			if tt.check != nil {
				tt.check(t, ms)
			}
		})
	}
}

// A goal's counts and progress use the assessed track.
func TestGoalCountsUseTheAssessedTrack(t *testing.T) {
	a := &Measure{ID: "A", Unit: "%", Baseline: &Point{50, endOf(2023)}, Target: goalAt(90, endOf(2025))}
	b := &Measure{ID: "B", Unit: "%", Target: goalAt(90, endOf(2025))}
	p := planFrom(2020, 2026, Yearly, a, b)
	p.AddEntries(figure("A", "2024", 51), assessed("A", "2024", AssessedMissed, "Ikke opfyldt"),
		assessed("B", "2024", AssessedMet, "Opfyldt"),
		Entry{Goal: "G", Period: MustPeriod("2024"), Assessed: AssessedPartly, Note: "Delvist opfyldt"})
	g := Compute(p, view("2024-Q4")).Goals[0]
	if g.Counts[AssessedMissedTrack] != 1 || g.Counts[AssessedMetTrack] != 1 || g.Counts[OffTrack] != 0 {
		t.Errorf("counts %v; want one assessed missed and one assessed met", g.Counts)
	}
	if g.Scored != 2 || !near(g.Progress, 0.5) {
		t.Errorf("progress %v over %d; want (0 + 1) / 2", g.Progress, g.Scored)
	}
	if g.Assessed == nil || g.Assessed.Assessed != AssessedPartly {
		t.Errorf("the goal's own assessment %+v; want partly", g.Assessed)
	}
}

// municipalitiesTable is a quarterly table of 2026-Q3 with the whole
// country and the first n of the 98 municipalities, the plan's own
// (Fredericia) among them, plus extra rows as given.
func municipalitiesTable(n int, extra map[string]float64) *Indicator {
	areas := []string{"Hele landet", "Fredericia"}
	values := []float64{50, 40}
	for _, r := range Regions {
		for _, a := range r.Areas {
			if len(areas)-1 < n && a != "Fredericia" {
				areas = append(areas, a)
				values = append(values, float64(len(areas)))
			}
		}
	}
	for a, v := range extra {
		areas, values = append(areas, a), append(values, v)
	}
	return NewIndicator("MM3", "Test", "%", "MM3.csv", areas, []Period{MustPeriod("2026-Q3")}, values)
}

func rankPlan(ind *Indicator, target *Target, groups ...*Group) (*Plan, *Measure) {
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Compare: "MM3", Target: target}
	p := testPlan(m)
	p.Municipality = "Fredericia Kommune"
	p.Groups = groups
	p.Indicators = map[string]*Indicator{"MM3": ind}
	p.Index()
	p.AddEntries(figure("R", "2026-Q3", 40))
	return p, m
}

// Ranks need a whole table: among all, figures for at least 90 % of the
// 98; among a group, every member's; a row that is no municipality never
// ranks as one.
func TestRanksNeedAWholeTable(t *testing.T) {
	dated := func(g Target) *Target { g.Date, g.HasDate = endOf(2026), true; return &g }
	naboer := &Group{Name: "Naboer", Areas: []string{"Vejle", "Kolding", "Middelfart"}}
	alene := &Group{Name: "Alene", Areas: []string{"Fredericia"}}
	tests := []struct {
		name    string
		ind     *Indicator
		target  *Target
		scored  bool
		gap     TableGap
		rank    int // where scored
		of      int
		groupOf []*Group
	}{
		{name: "seen 1: 12 municipalities and the country do not rank among all 98",
			ind: municipalitiesTable(12, nil), target: dated(Target{Kind: RankTarget, Rank: 60}),
			gap: TableGap{Period: MustPeriod("2026-Q3"), Have: 12, Group: National}},
		{name: "88 of 98 is less than 90 %",
			ind: municipalitiesTable(88, nil), target: dated(Target{Kind: RankTarget, Rank: 60}),
			gap: TableGap{Period: MustPeriod("2026-Q3"), Have: 88, Group: National}},
		{name: "89 of 98 is a whole table",
			ind: municipalitiesTable(89, nil), target: dated(Target{Kind: RankTarget, Rank: 60}), scored: true, rank: 51, of: 89},
		{name: "better_than among all needs the whole table too",
			ind: municipalitiesTable(12, nil), target: dated(Target{Kind: BetterThanTarget, BetterThan: 50}),
			gap: TableGap{Period: MustPeriod("2026-Q3"), Have: 12, Group: National}},
		{name: "seen 3: a cluster's row is no municipality and is never ranked",
			ind: municipalitiesTable(89, map[string]float64{"Klyngen": 5.1, "Region Syddanmark": 3}), target: dated(Target{Kind: RankTarget, Rank: 60}),
			scored: true, rank: 51, of: 89},
		{name: "a group lacking a member's figure is not scored, and names it",
			ind: municipalitiesTable(40, map[string]float64{"Vejle": 45, "Kolding": 35}), target: dated(Target{Kind: RankTarget, Rank: 2, Among: "Naboer"}), groupOf: []*Group{naboer},
			gap: TableGap{Period: MustPeriod("2026-Q3"), Group: "Naboer", Missing: []string{"Middelfart"}}},
		{name: "a group with every member's figure ranks",
			ind: municipalitiesTable(70, nil), target: dated(Target{Kind: RankTarget, Rank: 2, Among: "Naboer"}), groupOf: []*Group{naboer},
			scored: true, rank: 4, of: 4},
		{name: "seen 3: a group of one is no place, and says so",
			ind: municipalitiesTable(98, nil), target: dated(Target{Kind: RankTarget, Rank: 1, Among: "Alene"}), groupOf: []*Group{alene},
			gap: TableGap{Period: MustPeriod("2026-Q3"), Group: "Alene", Alone: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, m := rankPlan(tt.ind, tt.target, tt.groupOf...)
			ms := Compute(p, view("2026-Q3")).Measure(m)
			gap, lacks := ms.GapIn(MustPeriod("2026-Q3"))
			if tt.scored {
				r, ok := ms.RankIn(MustPeriod("2026-Q3"))
				if lacks || !ok || !ms.Track.Scored() || r.Place.Rank != tt.rank || r.Place.Of != tt.of {
					t.Errorf("gap %+v (%v) track %v place %+v; want scored nr. %d af %d", gap, lacks, ms.Track, r.Place, tt.rank, tt.of)
				}
				return
			}
			if !lacks || ms.Track.Scored() || ms.Track == Met || len(ms.Unscored) != 1 {
				t.Fatalf("track %v gap %+v (%v); want it shown unscored", ms.Track, gap, lacks)
			}
			if gap.Have != tt.gap.Have || gap.Group != tt.gap.Group || gap.Alone != tt.gap.Alone || len(gap.Missing) != len(tt.gap.Missing) ||
				(len(gap.Missing) > 0 && gap.Missing[0] != tt.gap.Missing[0]) {
				t.Errorf("gap %+v; want %+v", gap, tt.gap)
			}
		})
	}
}

// TestOneMeanOfAGroupOnAScreen (issue 24, seen 5): a relative measure's
// reference from the table is the group's mean with the area's own figure,
// as the standing's group mean beside it, not with its table row.
func TestOneMeanOfAGroupOnAScreen(t *testing.T) {
	naboer := &Group{Name: "Naboer", Areas: []string{"Vejle", "Kolding", "Fredericia"}}
	ind := NewIndicator("MM3", "Test", "%", "MM3.csv", []string{"Fredericia", "Vejle", "Kolding"},
		[]Period{MustPeriod("2026-Q3")}, []float64{40, 50, 60})
	m := &Measure{ID: "R", Unit: "pp", Better: Higher, Compare: "MM3", Reference: "Naboer", Group: "Naboer",
		Target: &Target{Value: 1, Date: endOf(2026), HasDate: true}}
	p := testPlan(m)
	p.Municipality = "Fredericia Kommune"
	p.Groups = []*Group{naboer}
	p.Indicators = map[string]*Indicator{"MM3": ind}
	p.Index()
	p.AddEntries(figure("R", "2026-Q3", 46))
	e := p.EntriesOf(m)[0]
	st, ok := p.StandingAt(m, MustPeriod("2026-Q3"))
	if !ok || st.Group == nil || !e.HasRef || !near(e.Reference, st.Group.Mean) {
		t.Errorf("reference %v (%v), the group's mean beside it %+v; one mean: (46+50+60)/3", e.Reference, e.HasRef, st.Group)
	}
}
