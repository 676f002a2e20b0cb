package report

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Explain says in one or two sentences why a measure is on its track, so a
// manager never has to work out the maths: "Tallet 65 % i 2022-09 er under
// delmålet 65,5 % for 2022; målet er mindst 68 % senest 2023-12-31." Every
// view shows this same sentence, made from the facts the model kept
// (MeasureStatus.Why).
func Explain(ms *model.MeasureStatus, l lang.Lang) string {
	unit := ms.Measure.Unit
	switch {
	case ms.Track == model.NoTarget:
		return l.T(lang.WhyNoTarget)
	case ms.Track == model.Pending:
		return l.T(lang.WhyPending)
	case ms.Track == model.NoData && ms.Why.Against == model.ByLimit: // every figure after the limit's date
		return l.T(lang.WhyLimitNoFigure, bound(ms.Measure, ms.Measure.Target, l), ms.Why.Date)
	case ms.Track == model.NoData && len(ms.Unscored) > 0 && ms.Why.Period.IsZero() && ms.UnscoredNoRow:
		return l.T(lang.WhyNoOwnRow, l.Period(ms.Unscored[len(ms.Unscored)-1]), ms.Measure.Compare, ms.RowName)
	case ms.Track == model.NoData && len(ms.Unscored) > 0 && ms.Why.Period.IsZero() && ms.UnscoredNoReference:
		return l.T(lang.WhyNoReference, l.Period(ms.Unscored[len(ms.Unscored)-1]), ms.Measure.Reference)
	case ms.Track == model.NoData && len(ms.Unscored) > 0 && ms.Why.Period.IsZero(): // no figure the table can judge
		return l.T(lang.WhyNothingScored, l.Period(ms.Unscored[len(ms.Unscored)-1]), ms.Measure.Compare)
	case ms.Track == model.NoData && ms.Latest != nil: // a direction with only its first figure
		return l.T(lang.WhyOneFigure, l.Value(ms.Value, unit), l.Period(ms.Latest.Period))
	case ms.Track == model.NoData, ms.Why.Period.IsZero():
		return l.T(lang.WhyNoData)
	}
	w := ms.Why
	figure, cmp := l.Value(w.Figure, unit), cmpShown(ms, l) // never "67,5 % is above 67,5 %": as shown, they are equal
	text := l.T(lang.WhyFigure, figure, l.Period(w.Period), cmpWord(cmp, l), yardstick(ms, l))
	switch {
	case ms.Measure.Target.Kind.AgainstOthers():
		text = explainAgainst(ms, l)
	case ms.Measure.Relative(): // the figure compared is the difference from the reference
		text = l.T(lang.WhyDifference, ms.Measure.Reference, figure, l.Period(w.Period), cmpWord(cmp, l), yardstick(ms, l))
	}
	if w.Against == model.ByMilestone && ms.Track == model.AtRisk {
		text = l.T(lang.WhyAtBest, text)
	}
	text += "; " + closing(ms, l) + "."
	if ms.Stale {
		text += " " + l.T(lang.WhyStale, l.Period(ms.Latest.Period), l.Period(ms.Due))
	}
	if e := currentFigure(ms, w.Period); e != nil && e.RefFromTable && !ms.Measure.Target.Kind.AgainstOthers() {
		text += " " + l.T(lang.WhyReference, ReferenceText(ms.Measure, e, l)) // a ratio's sentence names it already
	}
	if u := unscoredText(ms, l); u != "" {
		text += " " + u
	}
	return text
}

func cmpWord(cmp int, l lang.Lang) string {
	switch {
	case cmp < 0:
		return l.T(lang.CmpBelow)
	case cmp > 0:
		return l.T(lang.CmpAbove)
	}
	return l.T(lang.CmpEqual)
}

// yardstick names what the figure was compared with: "delmålet 65,5 % for 2022".
func yardstick(ms *model.MeasureStatus, l lang.Lang) string {
	w := ms.Why
	value := ComparedValue(ms.Measure, w.Value, l)
	switch w.Against {
	case model.ByMilestone:
		return l.T(lang.YardMilestone, value, when(w.Date, l))
	case model.ByLimit:
		return l.T(lang.YardLimit, value)
	case model.ByBaseline:
		if w.BaselineIsFirst {
			return l.T(lang.YardFirst, value, baselineWhen(ms, l))
		}
		return l.T(lang.YardBaseline, value, l.Date(w.Date))
	case model.ByExpected:
		return l.T(lang.YardExpected, value, periodEnding(ms.Measure, w.Date, l))
	}
	return l.T(lang.YardTarget, value, when(w.Date, l))
}

// closing is the second half of the sentence: what the verdict comes to.
func closing(ms *model.MeasureStatus, l lang.Lang) string {
	m := ms.Measure
	t := m.Target
	switch ms.Track {
	case model.Met:
		return l.T(lang.WhyMet)
	case model.Missed:
		return l.T(lang.WhyDeadline, l.Date(t.Date), bound(m, t, l))
	case model.Held:
		return l.T(lang.WhyHeld, bound(m, t, l))
	case model.Breached:
		return l.T(lang.WhyBreached, bound(m, t, l))
	}
	if t.Kind == model.DirectionTarget {
		return l.T(lang.WhyDirection, TargetText(m, l))
	}
	return l.T(lang.WhyTargetIs, TargetText(m, l))
}

// periodEnding names the measure's period that ends on d ("3. kvartal
// 2026"), or else says the date.
func periodEnding(m *model.Measure, d model.Date, l lang.Lang) string {
	if p := model.Of(m.Span(), d); p.End() == d {
		return l.Period(p)
	}
	return l.Date(d)
}
