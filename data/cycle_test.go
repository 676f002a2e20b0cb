package data

import (
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

// cyclePlan is minimalPlan with two meetings and two owners.
var cyclePlan = minimalPlan + `
[[meeting]]
date = 2024-05-14
period = "2024-Q1"

[[meeting]]
date = 2024-08-20
period = "2024-Q2"
deadline = 2024-08-10

[[owner]]
id = "ydelse"
name = "Team Ydelse"
email = "ydelse@eksempel.dk"

[[owner]]
id = "unge"
name = "Ungeenheden"
`

func TestMeetingsAndOwnersAreRead(t *testing.T) {
	l, err := Load(writePlan(t, cyclePlan, ""))
	if err != nil {
		t.Fatal(err)
	}
	p := l.Plan
	if len(p.Meetings) != 2 || p.Meetings[0].Deadline != (model.Date{Year: 2024, Month: 5, Day: 7}) || p.Meetings[1].Deadline.Day != 10 {
		t.Errorf("meetings %+v: want two, the first due 7 days before", p.Meetings)
	}
	if o := p.Owner("ydelse"); o == nil || o.Name != "Team Ydelse" || o.Email != "ydelse@eksempel.dk" || p.Owner("unge").Email != "" {
		t.Errorf("owners %+v", p.Owners)
	}
	if m := p.NextMeeting(model.Date{Year: 2024, Month: 6, Day: 1}); m == nil || m.Period.String() != "2024-Q2" {
		t.Errorf("next meeting after 1 June: %+v", m)
	}
	if q, ok := p.AsOfByMeetings(model.Date{Year: 2024, Month: 7, Day: 15}); !ok || q.String() != "2024-Q2" {
		t.Errorf("as of by meetings on 15 July: %v %v, want 2024-Q2 (ended, its meeting next)", q, ok)
	}
}

func TestCycleMistakesArePlaced(t *testing.T) {
	plan := minimalPlan + `
[[meeting]]
date = 2024-03-20
period = "2024-Q1"

[[meeting]]
date = 2030-01-01
period = "2024-Q2"

[[meeting]]
date = 2024-08-20
period = "2024-Q2"
deadline = 2024-09-01

[[meeting]]
date = 2024-11-20
period = "2024-Q3"
deadline = 1900-01-01

[[owner]]
id = "ydelse"
name = "Team Ydelse"
email = "ydelse at eksempel"

[[owner]]
id = "ydelse"
name = "Igen"
`
	got := strings.Join(messages(t, writePlan(t, plan, "")), "\n")
	for _, want := range []string{
		"mødets dato 2030-01-01 ligger uden for planens periode",
		"fristen 2024-09-01 ligger efter mødet 2024-08-20",
		"fristen 1900-01-01 ligger, før perioden 2024-Q3 slutter (2024-09-30)",
		"\"ydelse at eksempel\" er ingen e-mailadresse",
		"ejeren \"ydelse\" står allerede i planen",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q among:\n%s", want, got)
		}
	}
	if !strings.Contains(got, "gennemgår 2024-Q1, som først slutter 2024-03-31") {
		t.Errorf("a meeting before its period ends is a mistake:\n%s", got)
	}
}

func TestWrittenAssessmentsAndApprovalsRoundTrip(t *testing.T) {
	at := time.Date(2024, 5, 10, 9, 0, 0, 0, time.UTC)
	entries := []model.Entry{
		{Goal: "M1", Period: model.MustPeriod("2024-Q1"), Vurdering: "Flere unge er i gang med uddannelse.\nDet går fremad.", By: "anne", At: at},
		{Period: model.MustPeriod("2024-Q1"), Indstilling: "Forvaltningen indstiller, at udvalget tager orienteringen til efterretning.", By: "anne", At: at},
		{Approval: true, Period: model.MustPeriod("2024-Q1"), Paper: "sha256:" + strings.Repeat("ab", 32), By: "leder", At: at.Add(time.Hour)},
		{Measure: "R1", Period: model.MustPeriod("2024-Q1"), Value: 1700, HasValue: true, Revised: "Jobindsats rettede tallet", By: "anne", At: at.Add(2 * time.Hour)},
	}
	l, err := Load(writePlan(t, minimalPlan, string(EncodeEntries(entries))))
	if err != nil {
		t.Fatal(err)
	}
	p, q1 := l.Plan, model.MustPeriod("2024-Q1")
	if w := p.Written("M1", q1); w == nil || !strings.Contains(w.Vurdering, "Det går fremad") {
		t.Errorf("the goal's vurdering: %+v", w)
	}
	if w := p.Written("", q1); w == nil || !strings.HasPrefix(w.Indstilling, "Forvaltningen indstiller") {
		t.Errorf("the paper's indstilling: %+v", w)
	}
	if a := p.ClosedBy(model.MustPeriod("2024-Q1")); a == nil || a.By != "leder" || p.ClosedBy(model.MustPeriod("2024-Q2")) != nil {
		t.Errorf("2024-Q1 closed by %+v; 2024-Q2 must be open", a)
	}
	if figures := p.EntriesOf(p.Measure("R1")); len(figures) != 1 || figures[0].Revised == "" {
		t.Errorf("the measure's entries are its figure only, marked revised: %+v", figures)
	}
}

func TestAFigureForAnApprovedPeriodNeedsItsReason(t *testing.T) {
	status := `[[entry]]
approved = "2024-Q2"
paper = "sha256:` + strings.Repeat("0f", 32) + `"
by = "leder"

[[entry]]
measure = "R1"
period = "2024-Q1"
value = 1700.0
`
	got := messages(t, writePlan(t, minimalPlan, status))
	if len(got) != 1 || !strings.HasPrefix(got[0], "6:1: 2024-Q1 er lukket af godkendelsen af 2024-Q2 (af leder):") {
		t.Errorf("got %q", got)
	}
}
