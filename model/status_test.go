package model

import (
	"math"
	"testing"
	"time"
)

// testPlan builds a plan 2024-2026 with one goal and the given measures.
func testPlan(measures ...*Measure) *Plan {
	p := &Plan{
		Start: Date{2024, 1, 1}, End: Date{2026, 12, 31}, Cadence: Quarterly,
		Goals: []*Goal{{ID: "G", Kind: Minister, Title: "Mål"}},
	}
	for _, m := range measures {
		if m.GoalID == "" && m.StrategyID == "" {
			m.GoalID = "G"
		}
		if m.Better == "" {
			m.Better = Higher
		}
	}
	p.Measures = measures
	p.Index()
	return p
}

func figure(measure, period string, v float64) Entry {
	return Entry{Measure: measure, Period: MustPeriod(period), Value: v, HasValue: true}
}

func relative(measure, period string, v, ref float64) Entry {
	e := figure(measure, period, v)
	e.Reference, e.HasRef = ref, true
	return e
}

func at(e Entry, when string) Entry {
	t, err := time.Parse(time.RFC3339, when)
	if err != nil {
		panic(err)
	}
	e.At = t
	return e
}

func view(asOf string) View { return View{AsOf: MustPeriod(asOf)} }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-6 }

func TestProgressLowerIsBetterNotMet(t *testing.T) {
	// "højst 1.750 unge på offentlig forsørgelse", status 1.958.
	m := &Measure{ID: "R", Better: Lower, Baseline: &Point{2050, Date{2023, 12, 31}}, Target: goalAt(1750, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(figure("R", "2026-Q3", 1958))
	ms := Compute(p, view("2026-Q3")).Measure(m)
	if ms.Met || !near(ms.Progress, 92.0/300) || ms.Track != OffTrack {
		t.Errorf("got met=%v progress=%v track=%v; want not met, 30.7 %%, off track", ms.Met, ms.Progress, ms.Track)
	}
}

func TestProgressLowerIsBetterWithoutBaselineStartsAtFirstFigure(t *testing.T) {
	m := &Measure{ID: "R", Better: Lower, Target: goalAt(1750, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(figure("R", "2026-Q3", 1958))
	ms := Compute(p, view("2026-Q3")).Measure(m)
	if ms.Met || ms.Progress != 0 || ms.Baseline.Value != 1958 || ms.Baseline.Date != (Date{2026, 9, 30}) {
		t.Errorf("got met=%v progress=%v baseline=%v; want not met, 0, the first figure", ms.Met, ms.Progress, ms.Baseline)
	}
	if ms.Expected != 0 || ms.Track != OnTrack {
		t.Errorf("nothing is expected yet at the baseline's own date: expected=%v track=%v", ms.Expected, ms.Track)
	}
}

func TestProgressRelativeTargetMet(t *testing.T) {
	// 47,1 % against a national 43,2 %, target 1 pp over the national figure.
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Target: goalAt(1, Date{2022, 12, 31})}
	p := testPlan(m)
	p.AddEntries(relative("R", "2021-Q2", 47.1, 43.2))
	ms := Compute(p, view("2021-Q2")).Measure(m)
	if !ms.Met || ms.Progress != 1 || ms.Track != Met || !near(ms.Value, 3.9) {
		t.Errorf("got met=%v progress=%v track=%v value=%v; want met, 100 %%, 3.9 pp", ms.Met, ms.Progress, ms.Track, ms.Value)
	}
}

func TestRelativeProgressUsesDifferences(t *testing.T) {
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Target: goalAt(1, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(relative("R", "2024-Q1", 40, 41), relative("R", "2024-Q2", 42, 42.5))
	ms := Compute(p, view("2024-Q2")).Measure(m)
	// baseline -1 pp (first figure), now -0.5 pp, target +1 pp: a quarter of the way.
	if !near(ms.Progress, 0.25) || !near(ms.Baseline.Value, -1) {
		t.Errorf("progress = %v baseline = %v, want 0.25 and -1", ms.Progress, ms.Baseline.Value)
	}
}

func TestPendingOnlyIsPending(t *testing.T) {
	m := &Measure{ID: "R", Target: goalAt(90, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(Entry{Measure: "R", Period: MustPeriod("2026-Q3"), Pending: true, Note: "Afventer måling"})
	s := Compute(p, view("2026-Q3"))
	ms := s.Measure(m)
	if ms.Track != Pending || ms.Latest != nil || ms.Missing {
		t.Errorf("track=%v latest=%v missing=%v; want pending, no figure, not missing", ms.Track, ms.Latest, ms.Missing)
	}
	if g := s.Goals[0]; g.Counts[Pending] != 1 || g.Scored != 0 || g.Progress != 0 {
		t.Errorf("goal counts=%v scored=%d; want one pending and nothing scored", g.Counts, g.Scored)
	}
}

func TestMeasureWithoutTargetIsFollowedNotScored(t *testing.T) {
	plain := &Measure{ID: "A"}
	scored := &Measure{ID: "B", Baseline: &Point{0, Date{2023, 12, 31}}, Target: goalAt(10, Date{2024, 12, 31})}
	p := testPlan(plain, scored)
	p.AddEntries(figure("A", "2024-Q2", 64), figure("B", "2024-Q2", 5))
	s := Compute(p, view("2024-Q2"))
	if ms := s.Measure(plain); ms.Track != NoTarget || ms.Latest == nil || ms.Latest.Value != 64 {
		t.Errorf("no target: track=%v latest=%v", ms.Track, ms.Latest)
	}
	g := s.Goals[0]
	// The contract counts every track, "no target" too; only B is in the mean.
	if g.Scored != 1 || !near(g.Progress, 0.5) || g.Counts[NoTarget] != 1 || g.Counts[OnTrack] != 1 {
		t.Errorf("goal: scored=%d progress=%v counts=%v; only B in the mean, both counted", g.Scored, g.Progress, g.Counts)
	}
}

func TestNoDataIsNoDataAndMissing(t *testing.T) {
	m := &Measure{ID: "R", Target: goalAt(90, Date{2026, 12, 31})}
	s := Compute(testPlan(m), view("2026-Q3"))
	if ms := s.Measure(m); ms.Track != NoData || !ms.Missing {
		t.Errorf("track=%v missing=%v", ms.Track, ms.Missing)
	}
	if miss := s.Missing(); len(miss) != 1 || miss[0].Measures[0].Measure != m {
		t.Errorf("Missing() = %v, want the one measure", miss)
	}
}

func TestLaterEntryInFileSupersedesWithoutAt(t *testing.T) {
	m := &Measure{ID: "R"}
	p := testPlan(m)
	p.AddEntries(figure("R", "2024-Q1", 10), figure("R", "2024-Q1", 12))
	ms := Compute(p, view("2024-Q1")).Measure(m)
	if ms.Latest.Value != 12 || !ms.History[0].Superseded || ms.History[1].Superseded || !ms.Revised {
		t.Errorf("latest=%v history=%+v revised=%v", ms.Latest.Value, ms.History, ms.Revised)
	}
}

func TestLaterAtSupersedesEvenEarlierInFile(t *testing.T) {
	// Two logs merged line-wise: the correction made later wins wherever it stands.
	m := &Measure{ID: "R"}
	p := testPlan(m)
	p.AddEntries(at(figure("R", "2024-Q1", 12), "2024-04-20T10:00:00+02:00"), at(figure("R", "2024-Q1", 10), "2024-04-10T10:00:00+02:00"))
	ms := Compute(p, view("2024-Q1")).Measure(m)
	if ms.Latest.Value != 12 || ms.History[0].Superseded || !ms.History[1].Superseded {
		t.Errorf("latest=%v history=%+v", ms.Latest.Value, ms.History)
	}
}

func TestEqualAtFallsBackToFileOrder(t *testing.T) {
	m := &Measure{ID: "R"}
	p := testPlan(m)
	same := "2024-04-10T10:00:00+02:00"
	p.AddEntries(at(figure("R", "2024-Q1", 10), same), at(figure("R", "2024-Q1", 11), same))
	if got := Compute(p, view("2024-Q1")).Measure(m).Latest.Value; got != 11 {
		t.Errorf("latest = %v, want 11 (later in the file)", got)
	}
}

func TestPendingEntrySupersedesFigureForSamePeriod(t *testing.T) {
	m := &Measure{ID: "R", Target: goalAt(90, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(figure("R", "2024-Q1", 80), Entry{Measure: "R", Period: MustPeriod("2024-Q1"), Pending: true})
	if ms := Compute(p, view("2024-Q1")).Measure(m); ms.Track != Pending || ms.Latest != nil {
		t.Errorf("track=%v latest=%v; the figure was withdrawn", ms.Track, ms.Latest)
	}
}

func TestAsOfHidesLaterFigures(t *testing.T) {
	m := &Measure{ID: "R", Baseline: &Point{0, Date{2023, 12, 31}}, Target: goalAt(100, Date{2026, 12, 31})}
	p := testPlan(m)
	p.AddEntries(figure("R", "2024-Q1", 10), figure("R", "2024-Q2", 20), figure("R", "2024", 30))
	s := Compute(p, view("2024-Q1"))
	ms := s.Measure(m)
	if ms.Latest.Value != 10 || len(ms.History) != 1 {
		t.Errorf("as of 2024-Q1: latest=%v history=%d; later figures must not show", ms.Latest.Value, len(ms.History))
	}
	if got := Compute(p, view("2024-Q4")).Measure(m).Latest.Value; got != 30 {
		t.Errorf("as of 2024-Q4 the year figure is the latest: got %v", got)
	}
}

func TestAsRecordedShowsWhatTheMeetingSaw(t *testing.T) {
	m := &Measure{ID: "R"}
	p := testPlan(m)
	p.AddEntries(
		at(figure("R", "2024-Q1", 10), "2024-04-10T10:00:00+02:00"),
		at(figure("R", "2024-Q1", 11), "2024-05-20T10:00:00+02:00"), // revised after the meeting
		figure("R", "2024-Q1", 99))                                  // no at: always known, and latest in the file
	v := View{AsOf: MustPeriod("2024-Q1"), AsRecorded: Date{2024, 4, 30}}
	ms := Compute(p, v).Measure(m)
	if ms.Latest.Value != 99 {
		t.Errorf("entries without at count as always known: latest=%v", ms.Latest.Value)
	}
	p = testPlan(&Measure{ID: "R"})
	m = p.Measures[0]
	p.AddEntries(at(figure("R", "2024-Q1", 10), "2024-04-10T10:00:00+02:00"), at(figure("R", "2024-Q1", 11), "2024-05-20T10:00:00+02:00"))
	ms = Compute(p, v).Measure(m)
	if ms.Latest.Value != 10 || !ms.Revised || len(ms.History) != 1 {
		t.Errorf("as recorded 2024-04-30: latest=%v revised=%v history=%d; want 10, revised since", ms.Latest.Value, ms.Revised, len(ms.History))
	}
	if now := Compute(p, view("2024-Q1")).Measure(m); now.Latest.Value != 11 || !now.Revised {
		t.Errorf("today: latest=%v revised=%v; want the revised 11", now.Latest.Value, now.Revised)
	}
}

func TestMonthCountsForItsQuarter(t *testing.T) {
	m := &Measure{ID: "R"}
	p := testPlan(m)
	p.AddEntries(figure("R", "2024-08", 5))
	if ms := Compute(p, view("2024-Q3")).Measure(m); ms.Missing {
		t.Error("a figure for 2024-08 must count for 2024-Q3")
	}
	if ms := Compute(p, view("2024-Q4")).Measure(m); !ms.Missing {
		t.Error("a figure for 2024-08 must not count for 2024-Q4")
	}
}

func TestTrackThresholds(t *testing.T) {
	tests := []struct {
		progress, expected float64
		met                bool
		want               Track
	}{
		{1, 0.5, true, Met},
		{0.5, 0.5, false, OnTrack},
		{0.40, 0.5, false, OnTrack}, // exactly 10 points below
		{0.39, 0.5, false, AtRisk},
		{0.25, 0.5, false, AtRisk}, // exactly 25 points below
		{0.24, 0.5, false, OffTrack},
		{-0.3, 0, false, OffTrack},
		{0.9, 0.2, false, OnTrack},
	}
	for _, tt := range tests {
		if got := TrackOf(tt.met, tt.progress, tt.expected); got != tt.want {
			t.Errorf("TrackOf(%v, %v, %v) = %v, want %v", tt.met, tt.progress, tt.expected, got, tt.want)
		}
	}
}

func TestProgressFormula(t *testing.T) {
	tests := []struct {
		name         string
		better       Better
		v, b, target float64
		want         float64
	}{
		{"higher halfway", Higher, 86, 82, 90, 0.5},
		{"higher met exactly (inclusive)", Higher, 90, 82, 90, 1},
		{"higher beyond target shows 100", Higher, 95, 82, 90, 1},
		{"higher went backwards", Higher, 78, 82, 90, -0.5},
		{"lower halfway", Lower, 900, 1000, 800, 0.5},
		{"lower met exactly (inclusive)", Lower, 800, 1000, 800, 1},
		{"baseline equals target, not met", Higher, 80, 90, 90, 0},
		{"baseline equals target, met", Higher, 90, 90, 90, 1},
	}
	for _, tt := range tests {
		if got := Progress(tt.better, tt.v, tt.b, tt.target); !near(got, tt.want) {
			t.Errorf("%s: Progress = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestExpectedFollowsMilestones(t *testing.T) {
	m := &Measure{
		ID: "R", Target: goalAt(90, Date{2026, 12, 31}),
		Milestones: []Target{*goalAt(88, Date{2025, 12, 31}), *goalAt(85, Date{2024, 12, 31})}, // out of order on purpose
	}
	p := testPlan(m)
	base := Point{82, Date{2023, 12, 31}}
	tests := []struct {
		d    Date
		want float64
	}{
		{Date{2023, 6, 30}, 0},
		{Date{2023, 12, 31}, 0},
		{Date{2024, 12, 31}, 3.0 / 8},
		{Date{2025, 12, 31}, 6.0 / 8},
		{Date{2026, 12, 31}, 1},
		{Date{2027, 6, 30}, 1},
	}
	for _, tt := range tests {
		if got := Expected(p.Measures[0], base, tt.d); !near(got, tt.want) {
			t.Errorf("Expected at %s = %v, want %v", tt.d, got, tt.want)
		}
	}
	// Halfway through 2025, halfway between the two milestones.
	if got := Expected(p.Measures[0], base, Date{2025, 7, 2}); math.Abs(got-4.5/8) > 0.01 {
		t.Errorf("Expected mid-2025 = %v, want about %v", got, 4.5/8)
	}
}

func TestExpectedWithoutMilestonesIsShareOfTime(t *testing.T) {
	m := &Measure{ID: "R", Target: goalAt(100, Date{2025, 1, 1})}
	got := Expected(m, Point{0, Date{2024, 1, 1}}, Date{2024, 7, 2})
	if math.Abs(got-0.5) > 0.01 {
		t.Errorf("Expected = %v, want about 0.5", got)
	}
}

func TestGoalProgressIsMeanOfClampedProgress(t *testing.T) {
	base := &Point{0, Date{2023, 12, 31}}
	ahead := &Measure{ID: "A", Baseline: base, Target: goalAt(10, Date{2026, 12, 31})}
	behind := &Measure{ID: "B", Baseline: base, Target: goalAt(10, Date{2026, 12, 31})}
	none := &Measure{ID: "C", Baseline: base, Target: goalAt(10, Date{2026, 12, 31})}
	local := &Goal{ID: "L", Kind: Local, Title: "Lokalt"}
	p := testPlan(ahead, behind, none)
	p.Goals = append([]*Goal{local}, p.Goals...) // a local goal first in the file
	p.Index()
	p.AddEntries(figure("A", "2024-Q1", 20), figure("B", "2024-Q1", -5))
	s := Compute(p, view("2024-Q1"))
	g := s.Goals[0]
	if g.Goal.ID != "G" || s.Goals[1].Goal.ID != "L" {
		t.Fatalf("ministermål must come first: %s, %s", g.Goal.ID, s.Goals[1].Goal.ID)
	}
	if !near(g.Progress, 0.5) || g.Scored != 2 {
		t.Errorf("goal progress = %v over %d; want (1 + 0) / 2", g.Progress, g.Scored)
	}
	if g.Counts[Met] != 1 || g.Counts[OffTrack] != 1 || g.Counts[NoData] != 1 {
		t.Errorf("counts = %v", g.Counts)
	}
}

func TestInitiativeStateIsLatest(t *testing.T) {
	p := testPlan()
	s := &Strategy{ID: "S", GoalIDs: []string{"G"}, Initiatives: []*Initiative{{ID: "I"}, {ID: "J"}}}
	p.Strategies = []*Strategy{s}
	p.Index()
	p.AddEntries(
		Entry{Initiative: "I", Period: MustPeriod("2024-Q2"), State: Done},
		Entry{Initiative: "I", Period: MustPeriod("2024-Q1"), State: Running},
		Entry{Initiative: "I", Period: MustPeriod("2024-Q3"), State: Paused})
	snap := Compute(p, view("2024-Q2"))
	if got := snap.Initiative(s.Initiatives[0]).State; got != Done {
		t.Errorf("state = %q, want done (Q3 is after the as-of period)", got)
	}
	if got := snap.Initiative(s.Initiatives[1]).State; got != "" {
		t.Errorf("an initiative with no entries has no state, got %q", got)
	}
}

// goalAt is a value target as most plans write it: { value, date }.
func goalAt(v float64, d Date) *Target { return &Target{Value: v, Date: d, HasDate: true} }
