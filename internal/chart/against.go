package chart

import (
	"math"
	"time"

	"github.com/beskplan/beskplan/model"
)

// Against is a measure's own figure beside its group's mean over time, as
// the comparison table holds them: two series drawn on one scale, so the
// gap between them shows.
type Against struct {
	Periods []model.Period
	Own     []float64
	Group   []float64    // the group's mean; NaN where the group has no figure
	Place   *model.Place // the group of the latest period: the measure's own, else the whole country
	Lo, Hi  float64
}

// AgainstOf is the standings' figures against the group the measure ranks
// itself in (its own, else the whole country), oldest first.
func AgainstOf(sts []model.Standing) Against {
	var a Against
	if len(sts) == 0 {
		return a
	}
	national := sts[len(sts)-1].Group == nil
	a.Lo, a.Hi = math.Inf(1), math.Inf(-1)
	for _, st := range sts {
		pl := &st.All
		if !national && st.Group != nil {
			pl = st.Group
		}
		mean := math.NaN()
		if pl.HasFigures {
			mean = pl.Mean
			a.Lo, a.Hi = min(a.Lo, mean), max(a.Hi, mean)
		}
		a.Periods = append(a.Periods, st.Period)
		a.Own = append(a.Own, st.Figure)
		a.Group = append(a.Group, mean)
		a.Lo, a.Hi = min(a.Lo, st.Figure), max(a.Hi, st.Figure)
		a.Place = pl
	}
	return a
}

// Last is the last n periods of the series, on a scale of their own.
func (a Against) Last(n int) Against {
	if n <= 0 || n >= len(a.Periods) {
		return a
	}
	from := len(a.Periods) - n
	out := Against{Periods: a.Periods[from:], Own: a.Own[from:], Group: a.Group[from:], Place: a.Place,
		Lo: math.Inf(1), Hi: math.Inf(-1)}
	for i := range out.Own {
		out.Lo, out.Hi = min(out.Lo, out.Own[i]), max(out.Hi, out.Own[i])
		if !math.IsNaN(out.Group[i]) {
			out.Lo, out.Hi = min(out.Lo, out.Group[i]), max(out.Hi, out.Group[i])
		}
	}
	return out
}

// Drawable reports whether there are enough periods for a line.
func (a Against) Drawable() bool { return len(a.Periods) >= 2 }

// Points is how many periods of a span cover years years (36 months, 12
// quarters or 3 years for three), but never fewer than least, so a chart
// of a yearly measure still has a line to read.
func Points(s model.Span, years, least int) int {
	perYear := model.Of(s, model.Date{Year: 1, Month: time.December, Day: 1}).N
	return max(years*perYear, least)
}
