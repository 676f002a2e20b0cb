package tui

import (
	"math"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// standingsOf is a measure's standings among the other areas of its
// table, worked out once per snapshot for every screen and every session
// that shows the same plan for the same period.
func (s *state) standingsOf(m *model.Measure, series bool) *app.Standings {
	return s.shown.Standings(m, series)
}

// standing is where the measure stands in the latest of its periods (its
// own where they are longer than its table's) up to the view's period;
// false when it has no table or no figure there.
func (s *state) standing(m *model.Measure) (model.Standing, bool) {
	so := s.standingsOf(m, false)
	return so.Latest, so.HasLatest
}

// compareFields are the measure screen's lines about its table: its rank
// with the period and table it is from (on a line of their own when the
// value's width is too narrow for both), then its figure (said to be the
// table's where the status file has none for the period) beside its
// group's and the whole country's. Nothing for a measure without a table.
func (s *state) compareFields(m *model.Measure, width int, field func(label, value string)) {
	if m.Compare == "" {
		return
	}
	l := s.lang
	p := s.plan()
	ind := p.IndicatorOf(m)
	if ind == nil {
		field(l.T(lang.CompareRank), s.styles.dim.Render(l.T(lang.NoTable, m.Compare)))
		return
	}
	st, ok := s.standing(m)
	if !ok {
		field(l.T(lang.CompareRank), s.styles.dim.Render(report.NoStandingText(p, m, s.view.AsOf, l, lang.NoStanding, p.AreaOf(m), ind.ID, l.Period(s.view.AsOf))))
		return
	}
	rank := report.RankTextSep(st, l, s.glyphs.sep)
	from := []any{l.Period(st.Period), l.T(lang.TableNamed, ind.ID)}
	if text := l.T(lang.StandingPeriod, append([]any{rank}, from...)...); ansi.StringWidth(text) <= width {
		field(l.T(lang.CompareRank), text)
	} else {
		field(l.T(lang.CompareRank), rank)
		field("", strings.TrimSpace(l.T(lang.StandingPeriod, append([]any{""}, from...)...)))
	}
	unit := report.CompareUnit(m, ind)
	own := l.Value(st.Figure, unit)
	if !st.FromEntry { // not the status file's: "6,93 % fra tabellen LU1", so it is not taken for a typo beside "Seneste 7,1 %"
		own = l.T(lang.FromTable, own, ind.ID)
	}
	field(l.T(lang.CompareFigures), l.T(lang.OwnFigure, p.AreaOf(m), own))
	if group := report.GroupText(st, unit, l); group != "" {
		field("", group)
	}
	field("", report.NationalText(st, unit, l))
}

// againstChart is the measure's figure against its group's mean over the
// last periods that fit, as two sparklines on one scale, each named beside
// it (the names, not the colours, tell them apart), and the periods under
// them; nil when there are too few periods.
func (s *state) againstChart(m *model.Measure, width int) []string {
	if m.Compare == "" {
		return nil
	}
	a := chart.AgainstOf(s.standingsOf(m, true).Series)
	if !a.Drawable() {
		return nil
	}
	l, g := s.lang, s.glyphs
	unit := report.CompareUnit(m, s.plan().IndicatorOf(m))
	own, group := l.Value(a.Own[len(a.Own)-1], unit), g.dash
	if v := a.Group[len(a.Group)-1]; !math.IsNaN(v) {
		group = l.Value(v, unit)
	}
	w := max(ansi.StringWidth(own), ansi.StringWidth(group))
	name := a.Place.Group.Name
	if !a.Place.FromRow {
		name = l.T(lang.GroupMeanLegend, name)
	}
	legend := max(ansi.StringWidth(name), ansi.StringWidth(s.plan().AreaOf(m)))
	// Three years at most (36 months, 12 quarters; 12 periods of longer
	// ones); fewer where the names would not fit beside them, never fewer
	// than 12 (the line is cut at the screen's edge).
	most := chart.Points(a.Periods[0].Span, 3, 12)
	a = a.Last(min(most, max(12, width-4-w-legend)))
	last := len(a.Periods) - 1
	return []string{
		s.fit(s.styles.own.Render(g.chart.Sparkline(a.Own, a.Lo, a.Hi))+"  "+padRight(own, w)+"  "+s.plan().AreaOf(m), width),
		s.fit(s.styles.dim.Render(g.chart.Sparkline(a.Group, a.Lo, a.Hi))+"  "+padRight(group, w)+"  "+name, width),
		s.fit(s.styles.dim.Render(a.Periods[0].String()+" "+g.dash+" "+a.Periods[last].String()), width),
	}
}

// withRank adds the measure's rank to the words of its row, when it has
// one. The row's figure is the measure's latest entry; a rank of another
// period (a yearly table a year ahead of the measure's lagging entries, a
// table a quarter behind them) says its period, so it is not read as the
// rank of the figure beside it: "7,1 % (2024) · nr. 53 af 93 i 2025". A
// rank target's figure already says its place among all ("47,1 %, nr. 20
// af 97"), so the rank is not said twice.
func (s *state) withRank(words []string, m *model.Measure) []string {
	so := s.standingsOf(m, false)
	if so.Rank == "" {
		return words
	}
	ms := s.snap.Measure(m)
	if e := ms.Latest; e == nil || e.Period != so.Latest.Period || !so.Latest.FromEntry {
		return append(words, s.lang.T(lang.RankInPeriod, so.Rank, s.lang.Period(so.Latest.Period)))
	}
	if t := m.Target; t != nil && t.Kind == model.RankTarget && t.Among == "" {
		return words
	}
	return append(words, so.Rank)
}

// goalRanks is a goal's measures' ranks at a glance: "placering: R4 nr.
// 31 af 98 · R15 nr. 40 af 98"; "" when none of them has a table. A rank
// of a period that does not end with the as-of period says its period
// ("R16 nr. 53 af 93 i 2025"), as the measure's row does. Only
// the ranks that fit in width are put together (a line is cut there).
func (s *state) goalRanks(g *model.GoalStatus, width int) string {
	var parts []string
	size := 0 // bytes: never fewer than the cells they take
	for _, ms := range g.Measures {
		if size > width {
			break
		}
		so := s.standingsOf(ms.Measure, false)
		if rank := so.Rank; rank != "" {
			if q := so.Latest.Period; !s.view.AsOf.IsZero() && q.End().Compare(s.view.AsOf.End()) != 0 {
				rank = s.lang.T(lang.RankInPeriod, rank, s.lang.Period(q)) // not the as-of period's: "nr. 53 af 93 i 2025"
			}
			parts = append(parts, ms.Measure.ID+" "+rank)
			size += len(parts[len(parts)-1]) + len(s.glyphs.sep)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return s.lang.T(lang.GoalRanks, strings.Join(parts, s.glyphs.sep))
}
