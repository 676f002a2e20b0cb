package model

import "testing"

// planFrom builds a plan over the years given, with one goal and the measures.
func planFrom(from, to int, cadence Cadence, measures ...*Measure) *Plan {
	p := testPlan()
	p.Start, p.End, p.Cadence = Date{from, 1, 1}, Date{to, 12, 31}, cadence
	for _, m := range measures {
		m.GoalID = "G"
		if m.Better == "" {
			m.Better = Higher
		}
	}
	p.Measures = measures
	p.Index()
	return p
}

func endOf(year int) Date { return Date{year, 12, 31} }

func pending(measure, period, note string) Entry {
	return Entry{Measure: measure, Period: MustPeriod(period), Pending: true, Note: note}
}

// Milestones 64,0 (2021), 65,5 (2022) and the target 68,0 (2023), no
// baseline; figures 63,1, 65,0 and 67,2 each September.
func milestonePlan() (*Plan, *Measure) {
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Target: goalAt(68, endOf(2023)),
		Milestones: []Target{*goalAt(64, endOf(2021)), *goalAt(65.5, endOf(2022))}}
	p := planFrom(2021, 2024, Yearly, m)
	p.AddEntries(figure("R", "2021-09", 63.1), figure("R", "2022-09", 65.0), figure("R", "2023-09", 67.2))
	return p, m
}

func TestMissedMilestoneKeepsAMeasureOffOnTrack(t *testing.T) {
	p, m := milestonePlan()
	for _, asOf := range []string{"2022", "2022-Q4", "2022-12"} {
		ms := Compute(p, view(asOf)).Measure(m)
		if ms.Track == OnTrack || ms.Track == Met || !ms.Track.Scored() {
			t.Errorf("as of %s: track %v; a missed milestone is never on track", asOf, ms.Track)
		}
		mm := ms.MissedMilestone
		if mm == nil || mm.Milestone.Date != endOf(2022) || mm.Expected != 65.5 || mm.Actual != 65.0 || mm.Period != MustPeriod("2022-09") {
			t.Fatalf("as of %s: missed milestone %+v; want 2022's 65,5 against 65,0 in 2022-09", asOf, mm)
		}
		if !ms.HasExpected || !near(ms.ExpectedValue, 65.5) {
			t.Errorf("as of %s: expected figure %v (%v); want 65,5", asOf, ms.ExpectedValue, ms.HasExpected)
		}
		want := Explanation{Figure: 65, Period: MustPeriod("2022-09"), Against: ByMilestone, Value: 65.5, Date: endOf(2022),
			Cmp: -1, Target: 68, TargetDate: endOf(2023), HasTarget: true}
		if ms.Why != want {
			t.Errorf("as of %s: why %+v\nwant %+v", asOf, ms.Why, want)
		}
	}
}

func TestPassedTargetDateIsMissedNotAtRisk(t *testing.T) {
	p, m := milestonePlan()
	for _, asOf := range []string{"2023", "2023-Q4", "2024"} {
		ms := Compute(p, view(asOf)).Measure(m)
		if ms.Track != Missed || ms.Met || !ms.Track.Final() {
			t.Errorf("as of %s: track %v; want missed", asOf, ms.Track)
		}
		if ms.Why.Against != ByTarget || ms.Why.Value != 68 || ms.Why.Figure != 67.2 || ms.Why.Cmp != -1 {
			t.Errorf("as of %s: why %+v; want 67,2 under the target 68,0", asOf, ms.Why)
		}
		if !near(ms.ExpectedValue, 68) {
			t.Errorf("as of %s: expected %v; after its date the plan expects the target", asOf, ms.ExpectedValue)
		}
	}
}

func TestRelativeMilestoneMissed(t *testing.T) {
	// Better lower: at most 0,4 pp over the national average by 2023, 0 pp in 2026.
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Better: Lower,
		Target: goalAt(0, endOf(2026)), Milestones: []Target{*goalAt(0.4, endOf(2023))}}
	p := planFrom(2023, 2026, Quarterly, m)
	p.AddEntries(relative("R", "2023-12", 4.1, 3.5))
	for _, asOf := range []string{"2023-Q4", "2023"} {
		ms := Compute(p, view(asOf)).Measure(m)
		if ms.Track == OnTrack || ms.Track == Met {
			t.Errorf("as of %s: track %v; 0,6 pp misses the milestone 0,4 pp", asOf, ms.Track)
		}
		if mm := ms.MissedMilestone; mm == nil || !near(mm.Actual, 0.6) || mm.Expected != 0.4 || mm.Milestone.Date != endOf(2023) {
			t.Errorf("as of %s: missed milestone %+v; want 0,6 pp against 0,4 pp", asOf, mm)
		}
		if !ms.BaselineIsFirst {
			t.Errorf("as of %s: the plan gives no baseline: the first figure is not an udgangspunkt", asOf)
		}
	}
}

func TestLimitHeldThenBreached(t *testing.T) {
	// "må ikke overstige 12 %" in every quarter: 11, 13, 12.
	m := &Measure{ID: "R", Unit: "%", Better: Lower, Target: &Target{Value: 12, Always: true}}
	p := planFrom(2024, 2026, Quarterly, m)
	p.AddEntries(figure("R", "2024-Q1", 11), figure("R", "2024-Q2", 13), figure("R", "2024-Q3", 12))
	if m.Target.Date != endOf(2026) {
		t.Errorf("a limit without a date holds until the plan's end, got %v", m.Target.Date)
	}
	tests := []struct {
		asOf     string
		track    Track
		breached string
	}{
		{"2024-Q1", Held, ""},
		{"2024-Q2", Breached, "2024-Q2"},
		{"2024-Q3", Breached, "2024-Q2"}, // 12 keeps the limit again, but it broke in Q2
	}
	for _, tt := range tests {
		ms := Compute(p, view(tt.asOf)).Measure(m)
		var want Period
		if tt.breached != "" {
			want = MustPeriod(tt.breached)
		}
		if ms.Track != tt.track || ms.BreachedAt != want {
			t.Errorf("as of %s: track %v breached at %v; want %v at %q", tt.asOf, ms.Track, ms.BreachedAt, tt.track, tt.breached)
		}
		if tt.breached != "" && (ms.Why.Against != ByLimit || ms.Why.Figure != 13 || ms.Why.Period != want || ms.Why.Cmp != 1) {
			t.Errorf("as of %s: why %+v; want 13 over the limit 12 in %s", tt.asOf, ms.Why, tt.breached)
		}
	}
}

func TestStrictTargetNotMetByItsOwnValue(t *testing.T) {
	// "under 500": exactly 500 does not meet it; 499 does.
	for _, tt := range []struct {
		figure float64
		met    bool
	}{{500, false}, {499, true}, {501, false}} {
		m := &Measure{ID: "R", Unit: "antal", Better: Lower, Target: &Target{Value: 500, Date: endOf(2024), HasDate: true, Strict: true}}
		p := planFrom(2024, 2026, Quarterly, m)
		p.AddEntries(figure("R", "2024-Q4", tt.figure))
		ms := Compute(p, view("2024-Q4")).Measure(m)
		if ms.Met != tt.met || (ms.Track == Met) != tt.met {
			t.Errorf("%v under 500: met=%v track=%v; want met=%v", tt.figure, ms.Met, ms.Track, tt.met)
		}
	}
}

func TestDirections(t *testing.T) {
	base := &Point{8.0, endOf(2023)}
	tests := []struct {
		name    string
		dir     Direction
		better  Better
		base    *Point
		figures []Entry
		asOf    string
		track   Track
	}{
		{"må ikke stige, 8,0 to 8,3", NotUp, Lower, base, []Entry{figure("R", "2024-Q1", 8.3)}, "2024-Q1", OffTrack},
		{"må ikke stige, 8,0 to 8,0", NotUp, Lower, base, []Entry{figure("R", "2024-Q1", 8.0)}, "2024-Q1", Met},
		{"skal stige, 8,0 to 8,0", Up, Higher, base, []Entry{figure("R", "2024-Q1", 8.0)}, "2024-Q1", OffTrack},
		{"må ikke falde, better implied", NotDown, "", base, []Entry{figure("R", "2024-Q1", 7.9)}, "2024-Q1", OffTrack},
		{"fald i andelen, one figure", Down, Lower, nil, []Entry{figure("R", "2024-Q1", 30)}, "2024-Q1", NoData},
		{"fald i andelen, from the first figure", Down, Lower, nil, []Entry{figure("R", "2024-Q1", 30), figure("R", "2024-Q2", 29)}, "2024-Q2", Met},
		{"skal stige by 2024, not by then", Up, Higher, base, []Entry{figure("R", "2024-Q4", 7)}, "2024-Q4", Missed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := &Target{Kind: DirectionTarget, Direction: tt.dir}
			if tt.track == Missed {
				target.Date, target.HasDate = endOf(2024), true
			}
			m := &Measure{ID: "R", Unit: "%", Baseline: tt.base, Target: target}
			p := planFrom(2024, 2026, Quarterly, m)
			m.Better = tt.better
			p.AddEntries(tt.figures...)
			s := Compute(p, view(tt.asOf))
			ms := s.Measure(m)
			if ms.Track != tt.track {
				t.Errorf("track %v; want %v", ms.Track, tt.track)
			}
			if ms.HasTarget || ms.HasExpected {
				t.Errorf("a direction has no figure to reach: target %v (%v), expected %v (%v)", ms.Target, ms.HasTarget, ms.ExpectedValue, ms.HasExpected)
			}
			if ms.Why.Against != ByBaseline || ms.Why.BaselineIsFirst != (tt.base == nil) {
				t.Errorf("why %+v; a direction is judged against the baseline", ms.Why)
			}
			if tt.track == NoData && (ms.Track.Scored() || s.Goals[0].HasProgress()) {
				t.Errorf("one figure is no verdict yet: scored %v, goal progress shown %v", ms.Track.Scored(), s.Goals[0].HasProgress())
			}
		})
	}
}

func TestChangeTargetsResolveFromTheBaseline(t *testing.T) {
	tests := []struct {
		name   string
		target Target
		want   float64
	}{
		{"fald på 74 fra 1.200", Target{Kind: ChangeTarget, Change: -74}, 1126},
		{"reduceres med 10 %", Target{Kind: ChangePercentTarget, ChangePercent: -10}, 1080},
		{"stige med 5 %", Target{Kind: ChangePercentTarget, ChangePercent: 5}, 1260},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := tt.target
			target.Date, target.HasDate = endOf(2026), true
			m := &Measure{ID: "R", Unit: "fuldtidspersoner", Baseline: &Point{1200, endOf(2023)}, Target: &target,
				Milestones: []Target{{Kind: ChangeTarget, Change: -30, Date: endOf(2024), HasDate: true}}}
			p := planFrom(2024, 2026, Quarterly, m)
			m.Better = ""
			p.AddEntries(figure("R", "2024-Q4", 1150))
			ms := Compute(p, view("2024-Q4")).Measure(m)
			if !ms.HasTarget || !near(ms.Target, tt.want) || !near(m.Target.Value, tt.want) {
				t.Errorf("target %v (%v); want %v", ms.Target, ms.HasTarget, tt.want)
			}
			if !near(m.Milestones[0].Value, 1170) {
				t.Errorf("milestone %v; want 1.200 − 30 = 1.170", m.Milestones[0].Value)
			}
			if ms.Baseline.Value != 1200 || ms.BaselineIsFirst {
				t.Errorf("baseline %v (first: %v); want the plan's 1.200", ms.Baseline, ms.BaselineIsFirst)
			}
		})
	}
}

func TestChangeWithoutBaselineIsNotScored(t *testing.T) {
	m := &Measure{ID: "R", Unit: "antal", Better: Lower, Target: &Target{Kind: ChangeTarget, Change: -74, Date: endOf(2026), HasDate: true}}
	p := planFrom(2024, 2026, Quarterly, m)
	p.AddEntries(figure("R", "2024-Q1", 1200), figure("R", "2024-Q2", 1100))
	ms := Compute(p, view("2024-Q2")).Measure(m)
	if ms.HasTarget || ms.Track.Scored() {
		t.Errorf("a change needs the plan's baseline, not the first figure: target %v (%v) track %v", ms.Target, ms.HasTarget, ms.Track)
	}
}

func TestFrequencyAndLag(t *testing.T) {
	yearly := &Measure{ID: "Y", Frequency: Yearly, Lag: 1}
	quarterly := &Measure{ID: "Q"}
	p := planFrom(2022, 2024, Quarterly, yearly, quarterly)
	p.AddEntries(figure("Y", "2022", 40), figure("Q", "2023-Q1", 12))
	tests := []struct {
		m              *Measure
		asOf, due      string
		missing, stale bool
	}{
		{yearly, "2023-Q2", "2021", false, false},
		{yearly, "2024-Q1", "2022", false, false},
		{yearly, "2025-Q1", "2023", true, true},
		{quarterly, "2023-Q1", "2023-Q1", false, false},
		{quarterly, "2024-Q3", "2024-Q3", true, true},
	}
	for _, tt := range tests {
		s := Compute(p, view(tt.asOf))
		ms := s.Measure(tt.m)
		if ms.Due != MustPeriod(tt.due) || ms.Missing != tt.missing || ms.Stale != tt.stale {
			t.Errorf("%s as of %s: due %v missing %v stale %v; want %s, %v, %v", tt.m.ID, tt.asOf, ms.Due, ms.Missing, ms.Stale, tt.due, tt.missing, tt.stale)
		}
		listed := false
		for _, g := range s.Missing() {
			for _, x := range g.Measures {
				listed = listed || x == ms
			}
		}
		if listed != tt.missing {
			t.Errorf("%s as of %s: on the missing list %v; want %v", tt.m.ID, tt.asOf, listed, tt.missing)
		}
	}
	if ms := Compute(p, view("2024-Q3")).Measure(quarterly); ms.Latest == nil || ms.Latest.Period != MustPeriod("2023-Q1") {
		t.Errorf("a stale figure is still shown, with its age: latest %v", ms.Latest)
	}
}

func TestMonthlyFigureCountsForItsQuarter(t *testing.T) {
	m := &Measure{ID: "R"}
	p := planFrom(2024, 2026, Quarterly, m)
	p.AddEntries(figure("R", "2024-02", 5))
	if ms := Compute(p, view("2024-Q1")).Measure(m); ms.Missing || ms.Stale {
		t.Errorf("a month's figure counts for its quarter: missing %v stale %v", ms.Missing, ms.Stale)
	}
}

func TestPendingMarkOnEveryMeasure(t *testing.T) {
	plain := &Measure{ID: "A"}
	scored := &Measure{ID: "B", Target: goalAt(10, endOf(2026))}
	p := planFrom(2024, 2026, Quarterly, plain, scored)
	p.AddEntries(figure("A", "2024-Q1", 3), pending("A", "2024-Q2", "Afventer måling i 2. kvartal"),
		figure("B", "2024-Q1", 3), pending("B", "2024-Q1", "erstattet af tallet?"), figure("B", "2024-Q2", 4))
	s := Compute(p, view("2024-Q2"))
	if ms := s.Measure(plain); ms.Track != NoTarget || ms.Pending == nil || ms.Pending.Note != "Afventer måling i 2. kvartal" || ms.Missing {
		t.Errorf("no target: track %v pending %+v missing %v; the pending mark and note are shown", ms.Track, ms.Pending, ms.Missing)
	}
	if ms := s.Measure(scored); ms.Pending != nil {
		t.Errorf("a pending mark followed by figures is not current: %+v", ms.Pending)
	}
}

func TestGoalWithNothingScoredCountsEveryTrack(t *testing.T) {
	plain := &Measure{ID: "A"}
	waiting := &Measure{ID: "B", Target: goalAt(10, endOf(2026))}
	empty := &Measure{ID: "C", Target: goalAt(10, endOf(2026))}
	p := planFrom(2024, 2026, Quarterly, plain, waiting, empty)
	p.AddEntries(figure("A", "2024-Q1", 3), pending("B", "2024-Q1", ""))
	g := Compute(p, view("2024-Q1")).Goals[0]
	if g.HasProgress() || g.Scored != 0 {
		t.Errorf("nothing scored: views show –, got scored %d", g.Scored)
	}
	total := 0
	for _, tr := range Tracks {
		total += g.Counts[tr]
	}
	if total != 3 || g.Counts[NoTarget] != 1 || g.Counts[Pending] != 1 || g.Counts[NoData] != 1 {
		t.Errorf("counts %v; every measure in its track", g.Counts)
	}
}

func TestTracksListsEveryTrackOnce(t *testing.T) {
	seen := map[Track]bool{}
	for _, tr := range Tracks {
		if seen[tr] || tr.String() == "" {
			t.Errorf("track %d listed twice or unnamed", tr)
		}
		seen[tr] = true
	}
	for tr := NoTarget; tr <= Breached; tr++ {
		if !seen[tr] {
			t.Errorf("%v is not counted", tr)
		}
	}
	if Missed.String() != "missed" || Held.String() != "held" || Breached.String() != "breached" {
		t.Errorf("names: %v %v %v", Missed, Held, Breached)
	}
}

func TestMilestonePassedBeforeTheFirstFigureStillJudges(t *testing.T) {
	// No baseline, and the first figure (0,6 pp in 2024-Q1) comes after the
	// milestone of 0,4 pp at the end of 2023: the first figure must not be
	// its own yardstick ("on track" at 0 % of 0 % expected).
	m := &Measure{ID: "R", Unit: "pp", Reference: "Landsgennemsnit", Better: Lower,
		Target: goalAt(0, endOf(2026)), Milestones: []Target{*goalAt(0.4, endOf(2023))}}
	p := planFrom(2023, 2026, Quarterly, m)
	p.AddEntries(relative("R", "2024-Q1", 4.1, 3.5))
	ms := Compute(p, view("2024-Q1")).Measure(m)
	if ms.Track == OnTrack || ms.MissedMilestone == nil || ms.MissedMilestone.Period != MustPeriod("2024-Q1") {
		t.Errorf("track %v, missed milestone %+v; the first figure after the milestone misses it", ms.Track, ms.MissedMilestone)
	}
}

func TestPendingMarkForTheDuePeriodIsNotStale(t *testing.T) {
	m := &Measure{ID: "R"}
	p := planFrom(2024, 2026, Quarterly, m)
	p.AddEntries(figure("R", "2024-Q1", 3), pending("R", "2024-Q3", "Afventer måling i 3. kvartal"))
	ms := Compute(p, view("2024-Q3")).Measure(m)
	if ms.Missing || ms.Stale || ms.Pending == nil {
		t.Errorf("missing %v stale %v pending %v; a pending mark for the period due says why there is no figure", ms.Missing, ms.Stale, ms.Pending)
	}
}

// TestMissedTargetStaysMissed: "ikke nået" is a final verdict for the
// target. The figure for the deadline (990 against at least 1.000 by
// June 2026) missed it; a later figure over it (1.012 in 2026-Q3) does
// not turn the verdict into "nået".
func TestMissedTargetStaysMissed(t *testing.T) {
	m := &Measure{ID: "R", Unit: "antal", Better: Higher, Target: goalAt(1000, Date{2026, 6, 30}),
		Baseline: &Point{900, endOf(2025)}}
	p := planFrom(2026, 2026, Quarterly, m)
	p.AddEntries(figure("R", "2026-Q1", 950), figure("R", "2026-Q2", 990), figure("R", "2026-Q3", 1012))
	for _, asOf := range []string{"2026-Q2", "2026-Q3", "2026-Q4"} {
		ms := Compute(p, view(asOf)).Measure(m)
		if ms.Track != Missed || ms.Met {
			t.Errorf("as of %s: track %v, met %v; want missed", asOf, ms.Track, ms.Met)
		}
		if ms.Why.Figure != 990 || ms.Why.Period != MustPeriod("2026-Q2") {
			t.Errorf("as of %s: the why must name the deadline's figure 990 in 2026-Q2: %+v", asOf, ms.Why)
		}
	}
}
