package report

import (
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Markdown writes the committee's report as GitHub-flavoured Markdown: a
// title block, a summary table of goals, a legend, each goal's measures
// (a table, then each measure's facts), the measures missing a figure as
// a section of its own, and the initiatives with their state.
func Markdown(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	p := s.Plan
	var b strings.Builder
	fmt.Fprintf(&b, "# %s – %s\n\n", md(p.Municipality), md(p.Title))
	b.WriteString(md(titleLine(s, o)) + "\n\n")
	if p.Note != "" {
		fmt.Fprintf(&b, "> %s\n\n", md(p.Note))
	}
	if money := planMoney(s, l, " · "); money != "" {
		b.WriteString(md(money) + "\n\n")
	}
	// The summary first, so it stands on the printed paper's first page
	// however much changed; then what changed since the last meeting.
	markdownSummary(&b, s, l, "##")
	if c := o.Changes; c != nil {
		markdownChanges(&b, c, l, "##")
	}
	markdownOwn(&b, writtenOf(s, "", l), "##", l)
	markdownLegend(&b, l, "##")
	for _, g := range s.Goals {
		markdownGoal(&b, s, g, l, "##", o.Brief)
	}
	markdownRest(&b, s, l, "##", o.Brief)
	_, err := io.WriteString(w, printable.Text(b.String()))
	return err
}

// markdownSummary writes the summary table of goals under a heading of level h.
func markdownSummary(b *strings.Builder, s *model.Snapshot, l lang.Lang, h string) {
	fmt.Fprintf(b, "%s %s\n\n", h, l.T(lang.Overview))
	fmt.Fprintf(b, "| %s | %s | %s |\n| --- | ---: | --- |\n", l.T(lang.GoalLabel), l.T(lang.Progress), l.T(lang.Measures))
	for _, g := range s.Goals {
		fmt.Fprintf(b, "| %s %s | %s | %s |\n", md(g.Goal.ID), md(g.Goal.Title), goalPercent(g, l), md(goalLine(g, l, " · ")))
	}
	b.WriteString("\n")
}

// markdownLegend writes how to read the paper under a heading of level h.
func markdownLegend(b *strings.Builder, l lang.Lang, h string) {
	fmt.Fprintf(b, "%s %s\n\n", h, l.T(lang.LegendTitle))
	for _, line := range legend(l) {
		fmt.Fprintf(b, "- *%s*: %s\n", md(line.Track), md(line.Meaning))
	}
	fmt.Fprintf(b, "\n%s\n\n%s\n", md(l.T(lang.LegendProgress)), md(l.T(lang.LegendGoal)))
}

// markdownRest writes the measures missing a figure and the initiatives,
// each under a heading of level h.
func markdownRest(b *strings.Builder, s *model.Snapshot, l lang.Lang, h string, brief bool) {
	fmt.Fprintf(b, "\n%s %s\n\n", h, l.T(lang.Missing, l.Period(s.View.AsOf)))
	missing := s.Missing()
	if len(missing) == 0 {
		b.WriteString(l.T(lang.NothingMissed, l.Period(s.View.AsOf)) + "\n")
	}
	for _, g := range missing {
		for _, ms := range g.Measures {
			fmt.Fprintf(b, "- %s %s (%s %s)\n", md(ms.Measure.ID), md(ms.Measure.Title), md(g.Goal.ID), md(g.Goal.Title))
		}
	}
	if rows := initiativeRows(s, l); len(rows) > 0 && !brief { // --brief: one page, without the initiatives
		fmt.Fprintf(b, "\n%s %s\n\n", h, l.T(lang.Initiatives))
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n| --- | --- | --- | --- | --- | --- |\n", l.T(lang.InitiativeLabel),
			l.T(lang.StrategyLabel), l.T(lang.State), l.T(lang.Period), l.T(lang.Deadline), l.T(lang.Note))
		for _, r := range rows {
			fmt.Fprintf(b, "| %s %s | %s | %s | %s | %s | %s |\n", md(r.ID), md(r.Title), md(r.Strategy), r.State, r.Period, r.Due, md(r.Note))
		}
	}
}

// markdownChanges writes what changed since the last meeting under a
// heading of level h, each kind of change a level down.
func markdownChanges(b *strings.Builder, c *model.Changes, l lang.Lang, h string) {
	fmt.Fprintf(b, "%s %s\n\n", h, md(ChangesTitle(c, l)))
	groups := ChangeGroups(c, l)
	if len(groups) == 0 {
		b.WriteString(md(NoChanges(c, l)) + "\n\n")
	}
	for _, g := range groups {
		fmt.Fprintf(b, "%s# %s\n\n", h, md(g.Title))
		for _, line := range g.Lines {
			if line.ID == "" { // one line for many, such as a history typed in
				fmt.Fprintf(b, "- %s\n", md(line.Text))
				continue
			}
			fmt.Fprintf(b, "- %s %s: %s\n", md(line.ID), md(line.Title), md(line.Text))
		}
		b.WriteString("\n")
	}
}

// markdownGoal writes a goal: its line, a table of its measures, then each
// measure's facts as a list a secretary can cut from, its standing among
// the other municipalities last.
func markdownGoal(b *strings.Builder, s *model.Snapshot, g *model.GoalStatus, l lang.Lang, h string, brief bool) {
	fmt.Fprintf(b, "\n%s %s %s\n\n", h, md(g.Goal.ID), md(g.Goal.Title))
	b.WriteString(markdownGoalLine(g, l) + "\n")
	if money := l.Money(g.Money, " · "); money != "" {
		b.WriteString("\n" + md(l.T(lang.MoneyHead)+": "+money) + "\n")
	}
	if h == "##" { // the agenda has the goal's vurdering in its own section
		markdownWritten(b, writtenOf(s, g.Goal.ID, l))
	}
	markdownMeasures(b, s, g, l, h)
	if !brief { // after the measures
		markdownStrategies(b, strategiesOf(s, g.Goal, l, " · "), l, h, hasMoney(s))
	}
}

// markdownMeasures writes a goal's measures: a table, then each one's facts.
func markdownMeasures(b *strings.Builder, s *model.Snapshot, g *model.GoalStatus, l lang.Lang, h string) {
	if len(g.Measures) == 0 {
		return
	}
	fmt.Fprintf(b, "\n| %s | %s | %s | %s | %s | %s |\n| --- | --- | ---: | ---: | ---: | --- |\n", l.T(lang.MeasureLabel), l.T(lang.Unit),
		l.T(lang.LatestFigure), l.T(lang.ExpectedColumn), l.T(lang.Progress), l.T(lang.Track))
	var rows []measureRow
	for _, ms := range g.Measures {
		r := rowOf(g.Goal, ms, l)
		rows = append(rows, r)
		fmt.Fprintf(b, "| %s %s | %s | %s | %s | %s | %s |\n", md(r.ID), md(r.Title), md(l.UnitName(r.Unit)), md(r.Latest), md(r.ExpectedValue),
			r.Progress, md(r.TrackCell()))
	}
	for _, r := range rows {
		fmt.Fprintf(b, "\n%s# %s %s\n\n", h, md(r.ID), md(r.Title))
		for _, f := range r.facts(l) {
			fmt.Fprintf(b, "- %s: %s\n", f.Label, md(f.Text))
		}
		if w := writtenOf(s, r.ID, l); w != nil && len(w.Paragraphs) > 0 && h == "##" {
			fmt.Fprintf(b, "- %s: %s\n", md(w.Head), md(w.Joined()))
		}
		if c := comparisonOf(s, r.Status.Measure, l, " · "); c.HasComparison {
			fmt.Fprintf(b, "- %s: %s\n", md(c.Head), md(c.Rank))
			if c.Figures != "" {
				fmt.Fprintf(b, "- %s\n", md(c.Figures))
			}
		}
	}
}

// markdownGoalLine is a goal's line under its heading: "Ministermål ·
// Fremdrift: 81 % · 2 i risiko"; a goal worked on has its initiatives'
// line in place of a progress.
func markdownGoalLine(g *model.GoalStatus, l lang.Lang) string {
	line := l.Kind(g.Goal.Kind)
	if !g.Goal.WorkedOn {
		line += " · " + l.T(lang.Progress) + ": " + goalPercent(g, l)
	}
	if counts := goalLine(g, l, " · "); counts != "" {
		line += " · " + md(counts)
	}
	return line
}

// markdownStrategies writes a goal's strategies after its measures, a
// heading level down: each one's summary, its "Det betyder, at" bullets
// and a table of its initiatives.
func markdownStrategies(b *strings.Builder, parts []strategyPart, l lang.Lang, h string, money bool) {
	if len(parts) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s# %s\n", h, l.T(lang.StrategiesHead))
	for _, st := range parts {
		title := "**" + md(st.ID) + " " + md(st.Title) + "**"
		if st.Shared != "" {
			title += " (" + md(st.Shared) + ")"
		}
		b.WriteString("\n" + title + "\n")
		if st.Summary != "" {
			b.WriteString("\n" + md(st.Summary) + "\n")
		}
		if len(st.Means) > 0 {
			fmt.Fprintf(b, "\n%s:\n\n", md(l.T(lang.MeansHead)))
			for _, m := range st.Means {
				fmt.Fprintf(b, "- %s\n", md(m))
			}
		}
		if len(st.Initiatives) == 0 {
			continue
		}
		heads := []string{l.T(lang.InitiativeLabel), l.T(lang.State), l.T(lang.Owner), l.T(lang.Deadline)}
		if money { // a plan without money has no column for it
			heads = append(heads, l.T(lang.MoneyHead))
		}
		b.WriteString("\n| " + strings.Join(heads, " | ") + " |\n|" + strings.Repeat(" --- |", len(heads)) + "\n")
		for _, r := range st.Initiatives {
			cells := []string{md(r.ID) + " " + md(r.Title), md(r.State), md(r.Owner), r.Due}
			if money {
				cells = append(cells, md(r.Money))
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
}

// titleLine is the line under the title: as of, committee, plan period, date made.
func titleLine(s *model.Snapshot, o Options) string {
	l, p := o.Lang, s.Plan
	parts := []string{l.T(lang.AsOf, l.Period(s.View.AsOf))}
	if !s.View.AsRecorded.IsZero() {
		parts[0] += " (" + l.T(lang.AsRecorded, l.Date(s.View.AsRecorded)) + ")"
	}
	if p.Committee != "" {
		parts = append(parts, l.T(lang.Committee, p.Committee))
	}
	parts = append(parts, l.T(lang.PlanPeriodLabel, l.Date(p.Start), l.Date(p.End)), l.T(lang.Made, l.Date(model.DateOf(o.Made))))
	return strings.Join(parts, " · ")
}

func goalPercent(g *model.GoalStatus, l lang.Lang) string {
	if g.Goal.WorkedOn { // followed through its initiatives, never a percentage
		return l.T(lang.WorkedOnShort)
	}
	if g.Scored == 0 {
		return "–"
	}
	return l.Percent(g.Progress)
}

// md escapes text for a Markdown table cell or line: the characters that
// would start formatting, links, HTML or a new cell are written as text.
// A backslash does it, never an HTML entity: "Social & Arbejdsmarked"
// stays readable in the file; only an "&" that would start an entity
// ("&amp;") gets one.
func md(s string) string {
	var b strings.Builder
	text := strings.Join(strings.Fields(printable.Line(s)), " ")
	for i, r := range text {
		switch {
		case strings.ContainsRune("\\|*_`[]<>#~", r), r == '&' && entity.MatchString(text[i:]):
			b.WriteRune('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entity matches the start of an HTML character reference: "&amp;", "&#39;".
var entity = regexp.MustCompile(`^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`)
