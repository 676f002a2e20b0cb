package report

import (
	"html/template"
	"slices"

	plot "github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A chart says in words what it draws, for a reader who cannot see it
// (WCAG 1.1.1): the measure, its first and last figure with their periods,
// the lowest and the highest where they lie between, and the target line.

// chartText is the words of a measure's chart: "R6, Andel i beskæftigelse:
// 41,2 % i 1. kvartal 2025 til 47,1 % i 3. kvartal 2026; mål: mindst 45 %
// senest 31. december 2026". A relative measure's figures are its
// differences from the reference, said with their sign.
func chartText(r measureRow, s plot.Series, l lang.Lang) string {
	m := r.Status.Measure
	title, say := r.Title, func(v float64) string { return l.Value(v, s.Unit) }
	if m.Relative() {
		title = l.T(lang.ChartTextRelative, title, m.Reference)
		say = func(v float64) string { return signed(v, s.Unit, l) }
	}
	last := len(s.Values) - 1
	text := l.T(lang.ChartText, r.ID, title, say(s.Values[0]), l.Period(s.Periods[0]), say(s.Values[last]), l.Period(s.Periods[last]))
	between := func(i int) bool { return i > 0 && i < last }
	if i := slices.Index(s.Values, slices.Min(s.Values)); between(i) {
		text += l.T(lang.ChartTextLowest, say(s.Values[i]), l.Period(s.Periods[i]))
	}
	if i := slices.Index(s.Values, slices.Max(s.Values)); between(i) {
		text += l.T(lang.ChartTextHighest, say(s.Values[i]), l.Period(s.Periods[i]))
	}
	if s.HasTarget && r.Target != "" {
		text += l.T(lang.ChartTextTarget, r.Target)
	}
	return text
}

// compareChartText is the words of a chart of the measure's area against a
// group (or the whole country): both series, each from its first figure to
// its last.
func compareChartText(m *model.Measure, area, group string, periods []model.Period, own, mean []float64, l lang.Lang) string {
	say := func(v float64) string { return l.Value(v, m.FigureUnit()) }
	last := len(own) - 1
	return l.T(lang.CompareChartText, m.ID, m.Title, area, say(own[0]), l.Period(periods[0]),
		say(own[last]), l.Period(periods[last]), group, say(mean[0]), say(mean[last]))
}

// svgTitle is a chart's text alternative as the SVG's first child, which
// screen readers announce for an image and browsers show on hover.
func svgTitle(text string) string {
	return "<title>" + template.HTMLEscapeString(text) + "</title>"
}
