package model

import "testing"

// changesPlan has one measure on the line 50 → 70 over 2024-2026 and one
// initiative, with figures recorded before and after the 2024-Q2 meeting
// (held by 2024-09-30).
func changesPlan() (*Plan, *Measure, *Initiative) {
	m := &Measure{ID: "R", Baseline: &Point{50, Date{2023, 12, 31}}, Target: goalAt(70, Date{2026, 12, 31})}
	in := &Initiative{ID: "I"}
	p := testPlan(m)
	p.Strategies = []*Strategy{{ID: "S", GoalIDs: []string{"G"}, Initiatives: []*Initiative{in}}}
	p.Index()
	running := Entry{Initiative: "I", Period: MustPeriod("2024-Q2"), State: Running}
	done := Entry{Initiative: "I", Period: MustPeriod("2024-Q3"), State: Done}
	p.AddEntries(
		at(figure("R", "2024-Q1", 51), "2024-04-10T09:00:00+02:00"),
		at(figure("R", "2024-Q2", 54), "2024-07-10T09:00:00+02:00"),
		at(running, "2024-07-11T09:00:00+02:00"),
		at(figure("R", "2024-Q2", 50), "2024-10-05T09:00:00+02:00"), // revised after the meeting
		at(figure("R", "2024-Q3", 50.5), "2024-10-06T09:00:00+02:00"),
		at(done, "2024-10-07T09:00:00+02:00"),
	)
	return p, m, in
}

func TestChangesSinceTheLastMeeting(t *testing.T) {
	p, m, in := changesPlan()
	now := View{AsOf: MustPeriod("2024-Q3")}
	then := MeetingView(MustPeriod("2024-Q2"), now)
	if then.AsRecorded != (Date{2024, 9, 30}) {
		t.Fatalf("the meeting on 2024-Q2 saw what was recorded by %v, want 2024-09-30", then.AsRecorded)
	}
	c := ChangesBetween(Compute(p, then), Compute(p, now))
	if len(c.Tracks) != 1 || c.Tracks[0].Measure != m || c.Tracks[0].From != OnTrack || c.Tracks[0].To != AtRisk {
		t.Errorf("track changes: %+v, want R from on track to at risk", c.Tracks)
	}
	if len(c.New) != 1 || c.New[0].Entry.Period != MustPeriod("2024-Q3") || c.New[0].Entry.Value != 50.5 {
		t.Errorf("new figures: %+v, want R 2024-Q3 = 50.5", c.New)
	}
	if len(c.Revised) != 1 || c.Revised[0].Was.Value != 54 || c.Revised[0].Now.Value != 50 {
		t.Errorf("revisions: %+v, want R 2024-Q2 54 → 50", c.Revised)
	}
	if len(c.Initiatives) != 1 || c.Initiatives[0].Initiative != in || c.Initiatives[0].From != Running || c.Initiatives[0].To != Done {
		t.Errorf("initiatives: %+v, want I running → done", c.Initiatives)
	}
}

func TestNoChangesAgainstItself(t *testing.T) {
	p, _, _ := changesPlan()
	tests := []View{{AsOf: MustPeriod("2024-Q3")}, {AsOf: MustPeriod("2024-Q2"), AsRecorded: Date{2024, 9, 30}}}
	for _, v := range tests {
		if c := ChangesBetween(Compute(p, v), Compute(p, v)); !c.Empty() {
			t.Errorf("%+v compared with itself: %+v", v, c)
		}
	}
}

func TestMeetingViewNeverSeesMoreThanNow(t *testing.T) {
	now := View{AsOf: MustPeriod("2024-Q3"), AsRecorded: Date{2024, 8, 1}}
	if got := MeetingView(MustPeriod("2024-Q2"), now); got.AsRecorded != now.AsRecorded {
		t.Errorf("got %v, want the as-recorded day of now", got.AsRecorded)
	}
}

func TestPreviousMeetingFollowsTheCadence(t *testing.T) {
	tests := []struct {
		cadence   Cadence
		asOf, was string
	}{
		{Quarterly, "2026-Q3", "2026-Q2"},
		{Quarterly, "2026-Q1", "2025-Q4"},
		{Monthly, "2026-01", "2025-12"},
		{HalfYearly, "2026-Q4", "2026-H1"},
		{Yearly, "2026", "2025"},
	}
	for _, tt := range tests {
		if got := PreviousMeeting(tt.cadence, MustPeriod(tt.asOf)); got != MustPeriod(tt.was) {
			t.Errorf("%s as of %s: previous meeting %s, want %s", tt.cadence, tt.asOf, got, tt.was)
		}
	}
}
