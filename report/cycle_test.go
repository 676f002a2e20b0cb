package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// cycleMeasures is one quarterly measure and the committee's two meetings.
const cycleMeasures = `[[measure]]
id = "R1"
goal = "M1"
title = "Tal"
unit = "antal"
better = "lower"
target = { value = 100.0, date = 2026-12-31 }

[[meeting]]
date = 2024-05-14
period = "2024-Q1"

[[meeting]]
date = 2024-08-20
period = "2024-Q2"
`

func recorded(period, value, at string) string {
	return "[[entry]]\nmeasure = \"R1\"\nperiod = \"" + period + "\"\nvalue = " + value + "\nat = " + at + "T10:00:00+02:00\n\n"
}

// TestChangesSinceTheMeetingBefore: the plan's own meetings decide what
// is new and what revised, and a history typed in at once is one line
// (the issue saw 122 bullets of "Nye tal" fill three pages).
func TestChangesSinceTheMeetingBefore(t *testing.T) {
	status := recorded("2024-Q1", "150.0", "2024-04-20") + // the May meeting saw it
		recorded("2024-Q2", "140.0", "2024-07-30") + // the August meeting saw it
		recorded("2024-Q2", "141.0", "2024-09-02") + // revised after it
		recorded("2024-Q3", "130.0", "2024-10-10") // new
	for _, q := range []string{"2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"} {
		status += recorded(q, "200.0", "2024-09-01") // a history typed in
	}
	s := snapshotOf(t, cycleMeasures, status, "2024-Q3")
	c := SinceLastMeeting(s)
	if c.Then.AsOf.String() != "2024-Q2" || c.Then.AsRecorded.String() != "2024-08-20" {
		t.Fatalf("compared with %v as recorded %v; want the August meeting's 2024-Q2 as of its date", c.Then.AsOf, c.Then.AsRecorded)
	}
	if len(c.New) != 1 || len(c.Revised) != 1 || len(c.History) != 8 {
		t.Errorf("new %d, revised %d, history %d; want 1, 1, 8", len(c.New), len(c.Revised), len(c.History))
	}
	var b bytes.Buffer
	if err := Write(&b, s, MD, Options{Lang: lang.Da, Changes: c}); err != nil {
		t.Fatal(err)
	}
	paper := b.String()
	for _, want := range []string{"- R1 Tal: 130 for 3. kvartal 2024", "- 8 tal for tidligere perioder (til og med 2. kvartal 2024) registreret", "141"} {
		if !strings.Contains(paper, want) {
			t.Errorf("the paper lacks %q:\n%s", want, paper)
		}
	}
	if strings.Contains(paper, "for 1. kvartal 2021") {
		t.Errorf("the history is listed figure by figure:\n%s", paper)
	}
}

// TestNextMeetingSaysWhatItLacks: the line the view, status and the
// missing list share, as the issue writes it.
func TestNextMeetingSaysWhatItLacks(t *testing.T) {
	s := snapshotOf(t, cycleMeasures+`
[[meeting]]
date = 2024-11-12
period = "2024-Q3"
deadline = 2024-11-05
`, recorded("2024-Q2", "140.0", "2024-07-30"), "2024-Q3")
	for _, c := range []struct {
		today model.Date
		want  string
	}{
		{model.Date{Year: 2024, Month: 11, Day: 1}, "Næste møde 12. november (3. kvartal 2024): 1 tal mangler, frist 5. november"},
		{model.Date{Year: 2024, Month: 11, Day: 8}, "Næste møde 12. november (3. kvartal 2024): 1 tal mangler, fristen var 5. november"},
		{model.Date{Year: 2024, Month: 8, Day: 1}, "Næste møde 20. august (2. kvartal 2024), frist 13. august"},
		{model.Date{Year: 2024, Month: 12, Day: 1}, ""},
	} {
		if got := NextMeeting(s, c.today, lang.Da); got != c.want {
			t.Errorf("on %v: %q, want %q", c.today, got, c.want)
		}
	}
	var b bytes.Buffer
	Status(&b, s, Options{Lang: lang.Da, Made: time.Date(2024, 11, 1, 9, 0, 0, 0, time.UTC)})
	if !strings.Contains(b.String(), "Næste møde 12. november (3. kvartal 2024): 1 tal mangler") {
		t.Errorf("status does not say what is next:\n%s", b.String())
	}
	b.Reset()
	Missing(&b, s, Options{Lang: lang.Da, Made: time.Date(2024, 11, 1, 9, 0, 0, 0, time.UTC)})
	if !strings.HasPrefix(b.String(), "Næste møde 12. november") {
		t.Errorf("the missing list does not start with what is next:\n%s", b.String())
	}
}
