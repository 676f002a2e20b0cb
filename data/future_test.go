package data

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// inFuture is an entry whose `at` was typed wrong: 2204 for 2024.
const inFuture = `
[[entry]]
measure = "R1"
period = "2024-Q2"
value = 1750
at = 2204-07-01T09:30:00+02:00
`

func TestEntryRecordedInTheFutureIsReportedNotFatal(t *testing.T) {
	src := statusDir(t, handWritten+inFuture)
	l, err := Load(src)
	if err != nil {
		t.Fatalf("an entry in the future does not stop the plan being read: %v", err)
	}
	if len(l.Future) != 1 || l.Future[0].Line != 11 || l.Future[0].Col != 6 || l.Future[0].Key != lang.FutureAt {
		t.Fatalf("want one entry in the future at 11:6, got %+v", l.Future)
	}
	for _, lg := range []lang.Lang{lang.Da, lang.En} {
		if msg := l.Future[0].Message(lg); !strings.Contains(msg, "2204-07-01T09:30:00+02:00") || !strings.Contains(msg, "R1 2024-Q2") {
			t.Errorf("the problem must say which time and which figure: %s", msg)
		}
	}
}

// TestSaveHiddenByAnEntryInTheFutureIsRefused: a figure saved now for the
// same measure and period would lose to the entry in the future, so it is
// refused, naming that entry's line; another period saves as usual.
func TestSaveHiddenByAnEntryInTheFutureIsRefused(t *testing.T) {
	src := statusDir(t, handWritten+inFuture)
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	hidden := model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q2"), Value: 1700, HasValue: true, At: now}
	err = l.CheckShown([]model.Entry{hidden})
	var future *FutureError
	if !errors.As(err, &future) {
		t.Fatalf("want the save refused, got %v", err)
	}
	for _, lg := range []lang.Lang{lang.Da, lang.En} {
		if msg := SaveMessage(lg, src.StatusPath, err); !strings.Contains(msg, src.StatusPath+":11") {
			t.Errorf("the refusal must name the entry's FILE:LINE: %s", msg)
		}
	}
	other := hidden
	other.Period = model.MustPeriod("2024-Q3")
	if err := l.CheckShown([]model.Entry{other}); err != nil {
		t.Errorf("another period is not hidden: %v", err)
	}
	// An entry added since the load (say by a colleague) is found in the file.
	l.Plan.AddEntries(model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Value: 1, HasValue: true, At: now.Add(time.Hour)})
	addTo(t, src.StatusPath, "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q3\"\nvalue = 1\nat = "+now.Add(time.Hour).Format(time.RFC3339)+"\n")
	if msg := SaveMessage(lang.Da, src.StatusPath, l.CheckShown([]model.Entry{other})); !strings.Contains(msg, src.StatusPath+":17") {
		t.Errorf("an entry read since the load is named too: %s", msg)
	}
}
