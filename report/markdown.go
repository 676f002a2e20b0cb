package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Markdown writes the committee's report as GitHub-flavoured Markdown: a
// title block, a summary table of goals, each goal's measures, the
// measures missing a figure, and the initiatives with their state.
func Markdown(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	p := s.Plan
	var b strings.Builder
	fmt.Fprintf(&b, "# %s – %s\n\n", md(p.Municipality), md(p.Title))
	b.WriteString(md(titleLine(s, o)) + "\n\n")
	if p.Note != "" {
		fmt.Fprintf(&b, "> %s\n\n", md(p.Note))
	}
	fmt.Fprintf(&b, "## %s\n\n", l.T(lang.Overview))
	fmt.Fprintf(&b, "| %s | %s | %s |\n| --- | ---: | --- |\n", l.T(lang.GoalLabel), l.T(lang.Progress), l.T(lang.Measures))
	for _, g := range s.Goals {
		fmt.Fprintf(&b, "| %s %s | %s | %s |\n", md(g.Goal.ID), md(g.Goal.Title), goalPercent(g, l), md(l.Counts(g.Counts, " · ")))
	}
	for _, g := range s.Goals {
		fmt.Fprintf(&b, "\n## %s %s\n\n", md(g.Goal.ID), md(g.Goal.Title))
		line := l.Kind(g.Goal.Kind) + " · " + l.T(lang.Progress) + ": " + goalPercent(g, l)
		if counts := l.Counts(g.Counts, " · "); counts != "" {
			line += " · " + md(counts)
		}
		b.WriteString(line + "\n\n")
		if len(g.Measures) == 0 {
			continue
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", l.T(lang.MeasureLabel), l.T(lang.Unit), l.T(lang.Baseline),
			l.T(lang.Target), l.T(lang.Latest), l.T(lang.Reference), l.T(lang.Progress), l.T(lang.ExpectedColumn), l.T(lang.Track), l.T(lang.Note))
		b.WriteString("| --- | --- | --- | --- | --- | --- | ---: | --- | --- | --- |\n")
		var why []string
		for _, ms := range g.Measures {
			r := rowOf(g.Goal, ms, l)
			fmt.Fprintf(&b, "| %s %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", md(r.ID), md(r.Title), md(r.Unit), md(r.BaselineCell()),
				md(r.Target), md(r.Latest), md(r.Reference), r.Progress, md(r.ExpectedValue), md(r.TrackCell()), md(r.NoteCell()))
			why = append(why, "- "+md(r.ID)+": "+md(r.Why))
		}
		fmt.Fprintf(&b, "\n%s:\n\n%s\n", l.T(lang.Why), strings.Join(why, "\n"))
	}
	fmt.Fprintf(&b, "\n## %s\n\n", l.T(lang.Missing, s.View.AsOf))
	missing := s.Missing()
	if len(missing) == 0 {
		b.WriteString(l.T(lang.NothingMissed, s.View.AsOf) + "\n")
	}
	for _, g := range missing {
		for _, ms := range g.Measures {
			fmt.Fprintf(&b, "- %s %s (%s %s)\n", md(ms.Measure.ID), md(ms.Measure.Title), md(g.Goal.ID), md(g.Goal.Title))
		}
	}
	if rows := initiativeRows(s, l); len(rows) > 0 {
		fmt.Fprintf(&b, "\n## %s\n\n", l.T(lang.Initiatives))
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n| --- | --- | --- | --- | --- | --- |\n", l.T(lang.InitiativeLabel),
			l.T(lang.StrategyLabel), l.T(lang.State), l.T(lang.Period), l.T(lang.Deadline), l.T(lang.Note))
		for _, r := range rows {
			fmt.Fprintf(&b, "| %s %s | %s | %s | %s | %s | %s |\n", md(r.ID), md(r.Title), md(r.Strategy), r.State, r.Period, r.Due, md(r.Note))
		}
	}
	_, err := io.WriteString(w, printable.Text(b.String()))
	return err
}

// titleLine is the line under the title: as of, committee, plan period, date made.
func titleLine(s *model.Snapshot, o Options) string {
	l, p := o.Lang, s.Plan
	parts := []string{l.T(lang.AsOf, s.View.AsOf)}
	if !s.View.AsRecorded.IsZero() {
		parts[0] += " (" + l.T(lang.AsRecorded, s.View.AsRecorded) + ")"
	}
	if p.Committee != "" {
		parts = append(parts, l.T(lang.Committee, p.Committee))
	}
	parts = append(parts, l.T(lang.PlanPeriod, p.Start, p.End), l.T(lang.Made, o.Made.Format("2006-01-02")))
	return strings.Join(parts, " · ")
}

func goalPercent(g *model.GoalStatus, l lang.Lang) string {
	if g.Scored == 0 {
		return "–"
	}
	return l.Percent(g.Progress)
}

// md escapes text for a Markdown table cell or line: the characters that
// would start formatting, links, HTML or a new cell are written as text.
func md(s string) string {
	var b strings.Builder
	for _, r := range strings.Join(strings.Fields(printable.Line(s)), " ") {
		switch r {
		case '\\', '|', '*', '_', '`', '[', ']', '<', '>', '#', '~':
			b.WriteRune('\\')
			b.WriteRune(r)
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
