package report

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

//go:embed agenda.html
var agendaSource string

// The paper as a Danish agenda item (dagsordenspunkt): Sagsfremstilling
// (the summary and what changed since the last meeting), Vurdering (the
// written assessments, goal by goal), Indstilling, and Bilag (the measure
// tables, the missing figures and the initiatives). The sections are the
// default paper's, a heading level down.

// AgendaMarkdown writes the paper as an agenda item in Markdown.
func AgendaMarkdown(w io.Writer, s *model.Snapshot, o Options) error {
	l, p := o.Lang, s.Plan
	period := l.Period(s.View.AsOf)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s – %s\n\n", md(p.Municipality), md(p.Title))
	b.WriteString(md(titleLine(s, o)) + "\n\n")
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", l.T(lang.AgendaCase), md(l.T(lang.AgendaCaseIntro, period)))
	if p.Note != "" {
		fmt.Fprintf(&b, "> %s\n\n", md(p.Note))
	}
	if money := planMoney(s, l, " · "); money != "" {
		b.WriteString(md(money) + "\n\n")
	}
	markdownSummary(&b, s, l, "###")
	if c := o.Changes; c != nil {
		markdownChanges(&b, c, l, "###")
	}
	fmt.Fprintf(&b, "## %s\n\n", l.T(lang.AgendaAssessment))
	own := writtenOf(s, "", l)
	if own != nil && len(own.Paragraphs) > 0 {
		fmt.Fprintf(&b, "### %s\n", l.T(lang.AgendaOwnVurdering))
		markdownWritten(&b, own)
		b.WriteString("\n")
	}
	for _, g := range s.Goals {
		fmt.Fprintf(&b, "### %s %s\n\n", md(g.Goal.ID), md(g.Goal.Title))
		b.WriteString(markdownGoalLine(g, l) + "\n")
		if w := writtenOf(s, g.Goal.ID, l); w != nil && len(w.Paragraphs) > 0 {
			markdownWritten(&b, w)
		} else {
			b.WriteString("\n" + md(l.T(lang.AgendaNoVurdering, period)) + "\n")
		}
		var measures []string
		for _, ms := range g.Measures {
			if w := writtenOf(s, ms.Measure.ID, l); w != nil && len(w.Paragraphs) > 0 {
				measures = append(measures, fmt.Sprintf("- **%s %s**, %s: %s\n", md(w.ID), md(w.Title), md(lowerFirst(w.Head)), md(w.Joined())))
			}
		}
		if len(measures) > 0 {
			b.WriteString("\n" + strings.Join(measures, ""))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "## %s\n\n", l.T(lang.AgendaRecommendation))
	if own != nil && len(own.Indstilling) > 0 {
		for _, para := range own.Indstilling {
			b.WriteString(md(para) + "\n\n")
		}
	} else {
		b.WriteString(md(l.T(lang.AgendaNoIndstilling, period)) + "\n\n")
	}
	fmt.Fprintf(&b, "## %s\n\n%s\n\n", l.T(lang.AgendaAppendix), md(l.T(lang.AgendaAppendixIntro)))
	markdownLegend(&b, l, "###")
	for _, g := range s.Goals {
		markdownGoal(&b, s, g, l, "###", o.Brief)
	}
	markdownRest(&b, s, l, "###", o.Brief)
	_, err := io.WriteString(w, printable.Text(b.String()))
	return err
}

// AgendaHTML writes the paper as an agenda item in HTML: the default
// paper's page, style and tables, its sections in the agenda's order, the
// appendix from a new page.
func AgendaHTML(w io.Writer, s *model.Snapshot, o Options) error {
	page := htmlPage(s, o)
	page["Sub"] = true
	goals := page["Goals"].([]htmlGoal)
	for i := range goals {
		goals[i].Sub = true
	}
	if c, ok := page["Changes"].(map[string]any); ok && c != nil {
		c["Sub"] = true
	}
	l := o.Lang
	period := l.Period(s.View.AsOf)
	page["CaseIntro"] = l.T(lang.AgendaCaseIntro, period)
	page["NoVurdering"] = l.T(lang.AgendaNoVurdering, period)
	page["NoIndstilling"] = l.T(lang.AgendaNoIndstilling, period)
	page["AppendixIntro"] = l.T(lang.AgendaAppendixIntro)
	return writeHTML(w, l, "agenda", page)
}

// lowerFirst is the text with its first letter small, for the middle of a line.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToLower(string(r[0])) + string(r[1:])
}
