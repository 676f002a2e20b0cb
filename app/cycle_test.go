package app

import (
	"testing"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// TestTheNextMeetingDecidesTheDefaultAsOf: on 10 April 2026 the latest
// ended quarter is 2026-Q1, but the next meeting (20 April) reviews
// 2025-Q4, so that is the period shown, as the contract's third edition
// says; after the meeting it is the latest ended quarter again.
func TestTheNextMeetingDecidesTheDefaultAsOf(t *testing.T) {
	l, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	p := l.Plan
	p.Meetings = append(p.Meetings[:0:0], model.Meeting{Date: model.Date{Year: 2026, Month: 4, Day: 20}, Period: model.MustPeriod("2025-Q4")})
	v, bad := ViewOf(p, time.Date(2026, 4, 10, 9, 0, 0, 0, time.UTC), "", "", lang.Da)
	if bad != "" || v.AsOf.String() != "2025-Q4" {
		t.Errorf("as of %v (%s); want 2025-Q4, the period of the meeting on 20 April", v.AsOf, bad)
	}
	v, _ = ViewOf(p, time.Date(2026, 4, 21, 9, 0, 0, 0, time.UTC), "", "", lang.Da)
	if v.AsOf.String() != "2026-Q1" {
		t.Errorf("after the meeting: as of %v, want the latest ended quarter 2026-Q1", v.AsOf)
	}
}
