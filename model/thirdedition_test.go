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
