package app

import (
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// ViewOf is the view a person asked for: the as-of period as typed (as
// every period is read: "2026-Q3", "3. kvartal 2026", "K3 2026"), else the
// period of the next meeting once it has ended (where the plan has
// meetings), else the latest ended period of the plan's cadence on the
// day now; and figures
// recorded up to the as-recorded day, else all. bad says, in l, what could
// not be read.
func ViewOf(p *model.Plan, now time.Time, asOf, asRecorded string, l lang.Lang) (v model.View, bad string) {
	v = model.View{AsOf: model.DefaultAsOf(p.Cadence, model.DateOf(now), p.Start, p.End)}
	if period, ok := p.AsOfByMeetings(model.DateOf(now)); ok { // the next meeting's period, once it has ended
		v.AsOf = period
	}
	if asOf != "" {
		period, err := model.ParseTablePeriod(asOf)
		if err != nil {
			return v, l.T(lang.BadAsOf, asOf)
		}
		v.AsOf = period
	}
	if asRecorded != "" {
		day, err := time.Parse(time.DateOnly, asRecorded)
		if err != nil {
			return v, l.T(lang.BadAsRecorded, asRecorded)
		}
		v.AsRecorded = model.DateOf(day)
	}
	return v, ""
}
