package report

import (
	"math"
	"slices"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// The words of targets against other areas (ratio, rank, better_than):
// what they ask, a compared figure in their terms, and the sentence that
// explains their verdict.

// ComparedValue is a compared figure (MeasureStatus.Value, a baseline, a
// milestone's figure, an expected figure) in the terms of the measure's
// target: "47,1 %", "+3,9 pp", "−2,5 %" (a ratio), "nr. 12" (a rank),
// "62,5 %" (a share beaten).
func ComparedValue(m *model.Measure, v float64, l lang.Lang) string {
	if m.Target != nil {
		switch m.Target.Kind {
		case model.RatioTarget:
			return signed(v, "%", l)
		case model.RankTarget:
			// A place is whole. Where the line expects one between two
			// (2,5), the place that meets it is the better (2): a rank
			// r meets e exactly when r ≤ ⌊e⌋, so the words never say "nr.
			// 3 is worse than the expected nr. 3".
			return l.T(lang.RankNo, l.Number(math.Floor(v+1e-9)))
		case model.BetterThanTarget:
			return l.Value(v, "%")
		}
	}
	return l.Value(v, m.Unit)
}

// ReferenceText is an entry's reference figure named, and where it came
// from when the comparison table gave it: "Landsgennemsnit 43,2 %",
// "Landsgennemsnit 43,2 % (fra tabellen MM3)"; "" when it has none.
func ReferenceText(m *model.Measure, e *model.Entry, l lang.Lang) string {
	if e == nil || !e.HasRef {
		return ""
	}
	value := l.Value(e.Reference, m.FigureUnit())
	if e.RefFromTable {
		return l.T(lang.ReferenceFromTable, m.Reference, value, m.Compare)
	}
	return m.Reference + " " + value
}

// referenceGroup names the group a ratio is taken against: the whole
// country by its one name, else as the plan writes it.
func referenceGroup(m *model.Measure) string {
	if model.IsNationalName(m.Reference) {
		return model.National
	}
	return m.Reference
}

// amongName names the group a rank or better_than ranks in.
func amongName(t *model.Target, l lang.Lang) string {
	if t.Among == "" {
		return l.T(lang.AllMunicipalities)
	}
	return t.Among
}

// againstText is what a target against other areas asks, without its date:
// "2 % lavere end Hele landet", "blandt de 10 bedste af Sammenlignelige
// kommuner", "bedre end 50 % af Sammenlignelige kommuner".
func againstText(m *model.Measure, t *model.Target, l lang.Lang) string {
	switch t.Kind {
	case model.RatioTarget:
		return ratioText(t.Ratio, m.Better, t.Strict, referenceGroup(m), l)
	case model.RankTarget:
		n, among := int(t.Rank), amongName(t, l)
		switch {
		case t.Strict:
			return l.T(lang.RankAhead, n, among)
		case n == 1:
			return l.T(lang.RankTheBest, among)
		}
		return l.T(lang.RankAmongBest, n, among)
	}
	share := l.Value(t.BetterThan, "%")
	if t.Strict {
		return l.T(lang.BetterThanShare, share, amongName(t, l))
	}
	return l.T(lang.BetterThanAtLeast, share, amongName(t, l))
}

// ratioText says a ratio to a group's figure as plans do: "2 % lavere end
// Hele landet" where the better direction agrees with it (at least that
// much), "højst 2 % lavere end Hele landet" where it does not.
func ratioText(r float64, b model.Better, strict bool, group string, l lang.Lang) string {
	if r == 0 {
		switch {
		case strict && b == model.Lower:
			return l.T(lang.RatioLower, "", group)[1:]
		case strict:
			return l.T(lang.RatioHigher, "", group)[1:]
		case b == model.Lower:
			return l.T(lang.TargetAtMost, l.T(lang.RatioLevel, group))
		}
		return l.T(lang.TargetAtLeast, l.T(lang.RatioLevel, group))
	}
	dir, amount := lang.RatioHigher, l.Value(math.Abs(r), "%")
	if r < 0 {
		dir = lang.RatioLower
	}
	natural := (r < 0) == (b == model.Lower)
	switch {
	case natural && strict:
		return l.T(dir, l.T(lang.RatioMoreThan, amount), group)
	case natural:
		return l.T(dir, amount, group)
	case strict:
		return l.T(dir, l.T(lang.RatioLessThan, amount), group)
	}
	return l.T(lang.TargetAtMost, l.T(dir, amount, group))
}

// explainAgainst is the first half of the explaining sentence for a target
// against other areas: the figure in its terms, compared with the yardstick.
func explainAgainst(ms *model.MeasureStatus, l lang.Lang) string {
	m, w := ms.Measure, ms.Why
	yard := yardstick(ms, l)
	switch m.Target.Kind {
	case model.RankTarget:
		r, _ := ms.RankIn(w.Period)
		cmp := l.T(lang.CmpEqual) // as shown: never "nr. 3 is better than the expected nr. 3"
		if c := cmpShown(ms, l); c < 0 {
			cmp = l.T(lang.CmpBetter)
		} else if c > 0 {
			cmp = l.T(lang.CmpWorse)
		}
		return l.T(lang.WhyRank, r.Place.Rank, r.Place.Of, amongName(m.Target, l), l.Period(w.Period), cmp, yard)
	case model.BetterThanTarget:
		e := currentFigure(ms, w.Period)
		return l.T(lang.WhyBeats, figureOf(m, e, l), l.Period(w.Period), ComparedValue(m, w.Figure, l), amongName(m.Target, l),
			cmpWord(cmpShown(ms, l), l), yard)
	}
	e := currentFigure(ms, w.Period)
	ref := l.Value(e.Reference, m.FigureUnit())
	if e.RefFromTable {
		ref = l.T(lang.FromTable, ref, m.Compare)
	}
	return l.T(lang.WhyRatio, figureOf(m, e, l), l.Period(w.Period), ratioFigure(w.Figure, referenceGroup(m), l),
		ref, cmpWord(cmpShown(ms, l), l), yard)
}

// ratioFigure says a figure's ratio to a group's: "2,5 % lavere end Hele
// landet", "på niveau med Hele landet".
func ratioFigure(v float64, group string, l lang.Lang) string {
	amount := l.Value(math.Abs(v), "%")
	switch {
	case l.Number(v) == "0":
		return l.T(lang.RatioLevel, group)
	case v < 0:
		return l.T(lang.RatioLower, amount, group)
	}
	return l.T(lang.RatioHigher, amount, group)
}

// figureOf is an entry's own figure.
func figureOf(m *model.Measure, e *model.Entry, l lang.Lang) string {
	return l.Value(e.Value, m.FigureUnit())
}

// cmpShown is the why's comparison as the figures are shown: never "62,5 %
// is above 62,5 %".
func cmpShown(ms *model.MeasureStatus, l lang.Lang) int {
	if ComparedValue(ms.Measure, ms.Why.Figure, l) == ComparedValue(ms.Measure, ms.Why.Value, l) {
		return 0
	}
	return ms.Why.Cmp
}

// unscoredText says why the measure's latest figure is not scored, as a
// sentence to follow the explanation; "" when it is scored.
func unscoredText(ms *model.MeasureStatus, l lang.Lang) string {
	if ms.Latest == nil || !slices.Contains(ms.Unscored, ms.Latest.Period) {
		return ""
	}
	switch {
	case ms.UnscoredNoRow:
		return l.T(lang.WhyUnscoredNoRow, l.Period(ms.Latest.Period), ms.Measure.Compare, ms.RowName)
	case ms.UnscoredNoReference:
		return l.T(lang.WhyUnscoredNoRef, l.Period(ms.Latest.Period), ms.Measure.Reference)
	}
	return l.T(lang.WhyUnscored, l.Period(ms.Latest.Period), ms.Measure.Compare)
}
