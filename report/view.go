package report

import (
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// ViewOf is the as-of period and as-recorded day a report is asked for with
// --as-of and --as-recorded, on the command line and over SSH alike; a
// problem with either is said in words, else bad is empty.
func ViewOf(p *model.Plan, now time.Time, asOf, asRecorded string, l lang.Lang) (v model.View, bad string) {
	v = model.View{AsOf: model.DefaultAsOf(p.Cadence, model.DateOf(now), p.Start, p.End)}
	if asOf != "" {
		period, err := model.ParsePeriod(asOf)
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
