package data

import (
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A secretary who writes `at` by hand writes the clock on the wall, without
// an offset (a TOML local date-time). Read as UTC, a Danish 14:00 would be
// an hour (in summer two) later than it was: `check` would call an entry
// written a minute ago "in the future", a save for its figure in that hour
// would be refused, and it would beat a figure saved after it. It is read
// in the plan's own time zone (PlanZone; issue 23, item 13).
func TestHandWrittenLocalTimeIsThePlansClock(t *testing.T) {
	defer func(was *time.Location) { time.Local = was }(time.Local)
	time.Local = time.UTC // the machine's zone does not count
	written := time.Now().In(PlanZone).Add(-time.Minute).Truncate(time.Second)
	src := statusDir(t, handWritten+"\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 1800\nat = "+
		written.Format("2006-01-02T15:04:05")+"\n")
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Future) > 0 {
		t.Errorf("an entry written a minute ago is not in the future: %v", l.Future[0].Message(lang.Da))
	}
	e := l.Plan.Entries[len(l.Plan.Entries)-1]
	if !e.At.Equal(written) {
		t.Errorf("at = %s, want %s", e.At.Format(time.RFC3339), written.Format(time.RFC3339))
	}
	saved := []model.Entry{figureEntry(1750, "")}
	Sign(saved, "anne", time.Now())
	if err := l.CheckShown(saved); err != nil {
		t.Errorf("a figure saved now must become the current one: %v", err)
	}
}
