package report

import (
	"math"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Explain says in one or two sentences why a measure is on its track, so a
// manager never has to work out the maths: "Tallet 65 % i 2022-09 er under
// delmålet 65,5 % for 2022; målet er mindst 68 % senest 2023-12-31." Every
// view shows this same sentence, made from the facts the model kept
// (MeasureStatus.Why).
func Explain(ms *model.MeasureStatus, l lang.Lang) string {
	if a := ms.Assessed; a != nil { // people's verdict, and what the figures alone say
		text := l.T(lang.WhyAssessed, l.Period(a.Period), a.Note)
		if ms.Computed != model.NoData && ms.Computed != model.NoTarget {
			computed := *ms
			computed.Assessed, computed.Track = nil, ms.Computed
			text += " " + l.T(lang.WhyComputedToo, l.Track(ms.Computed), Explain(&computed, l))
		}
		return text
	}
	unit := ms.Measure.Unit
	switch {
	case ms.Track == model.Followed:
		return explainFollowed(ms, l)
	case ms.Track == model.Awaiting:
		w := ms.Why
		return l.T(lang.WhyAwaiting, l.Date(ms.Measure.Target.Date), l.Period(ms.Awaited), l.Value(w.Figure, unit),
			l.Period(w.Period), cmpWordOf(ms.Measure, w.Cmp, l), bound(ms.Measure, ms.Measure.Target, l))
	case ms.Track == model.NoData && len(ms.Unscored) > 0 && ms.Why.Period.IsZero() && len(ms.Gaps) > 0:
		gap := ms.Gaps[len(ms.Gaps)-1]
		return l.T(lang.WhyCannotBePlaced, l.Period(gap.Period), GapText(ms.Measure, gap, l))
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
	whyFigure := lang.WhyFigure
	if model.PlaceUnit(unit) {
		whyFigure = lang.WhyPlace // "Placeringen nr. 88 af 98 i … er dårligere end …"
	}
	text := l.T(whyFigure, figure, l.Period(w.Period), cmpWordOf(ms.Measure, cmp, l), yardstick(ms, l))
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
	if rule := ruleText(ms, l); rule != "" {
		text += " " + rule
	}
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

// ruleText names the rule that decided a verdict where the sentence alone
// does not: the track rule's tolerance (on track while below the expected
// figure), or the deadline's own figure for a final verdict.
func ruleText(ms *model.MeasureStatus, l lang.Lang) string {
	pct := func(v float64) string { return l.Value(math.Round(100*v), "%") } // as the bar says it
	t := ms.Measure.Target
	switch {
	case (ms.Track == model.Met || ms.Track == model.Missed) && t.HasDate && t.Kind != model.DirectionTarget &&
		!ms.Why.Period.IsZero() && model.DeadlinePeriod(ms.Measure).Contains(ms.Why.Period) && ms.Why.Against == model.ByTarget:
		return l.T(lang.RuleFinal, l.Period(model.DeadlinePeriod(ms.Measure)))
	case ms.Why.Against != model.ByExpected:
		return ""
	case ms.Track == model.OnTrack && ms.Why.Cmp < 0:
		return l.T(lang.RuleOnTrack, pct(ms.Progress), pct(ms.Expected), model.OnTrackPoints)
	case ms.Track == model.AtRisk:
		return l.T(lang.RuleAtRisk, pct(ms.Progress), pct(ms.Expected), model.OnTrackPoints, model.AtRiskPoints)
	case ms.Track == model.OffTrack:
		return l.T(lang.RuleOffTrack, pct(ms.Progress), pct(ms.Expected), model.AtRiskPoints)
	}
	return ""
}

// explainFollowed says an expectation's figure against the expected one.
func explainFollowed(ms *model.MeasureStatus, l lang.Lang) string {
	w := ms.Why
	if !ms.HasExpected || w.Period.IsZero() {
		return l.T(lang.WhyFollowedNoLine)
	}
	m := ms.Measure
	return l.T(lang.WhyFollowed, l.Value(w.Figure, m.Unit), l.Period(w.Period),
		ComparedValue(m, wholeForCounts(m, w.Value), l), periodEnding(m, w.Date, l), TargetText(m, l))
}

// cmpWordOf is cmpWord for the measure's figures: a place is better or
// worse than another, never above or below it (a lower number is better).
func cmpWordOf(m *model.Measure, cmp int, l lang.Lang) string {
	if !model.PlaceUnit(m.Unit) || m.Target.Kind.AgainstOthers() {
		return cmpWord(cmp, l)
	}
	return threeWay(cmp, lang.CmpPlaceBetter, lang.CmpPlaceWorse, l)
}

func cmpWord(cmp int, l lang.Lang) string { return threeWay(cmp, lang.CmpBelow, lang.CmpAbove, l) }

// threeWay says a comparison: less, more, or equal.
func threeWay(cmp int, less, more lang.Key, l lang.Lang) string {
	switch {
	case cmp < 0:
		return l.T(less)
	case cmp > 0:
		return l.T(more)
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
		value = ComparedValue(ms.Measure, wholeForCounts(ms.Measure, w.Value), l)
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
