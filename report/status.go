package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Options say how a snapshot is written: in which language, and whether
// only ASCII may be used.
type Options struct {
	Lang  lang.Lang
	ASCII bool
	Made  time.Time // when the report was made, for its title block
	// Changes since the last meeting open the papers; nil leaves them out.
	Changes *model.Changes
	// Agenda writes the paper as an agenda item (md and html): see AgendaMarkdown.
	Agenda bool
	// Brief leaves out the strategies and initiatives: a one-page status.
	Brief bool
}

// Status writes the plain-text overview for pipes and scripts: each goal with
// its bar, percentage and counts per track, then each measure's latest
// figure, target and track, then what is missing for the as-of period.
func Status(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	p := s.Plan
	var b strings.Builder
	fmt.Fprintf(&b, "%s – %s\n", p.Municipality, p.Title)
	fmt.Fprint(&b, l.T(lang.AsOf, l.Period(s.View.AsOf)))
	if !s.View.AsRecorded.IsZero() {
		fmt.Fprint(&b, ", "+l.T(lang.AsRecorded, l.Date(s.View.AsRecorded)))
	}
	b.WriteString("\n")
	if p.Note != "" {
		b.WriteString(p.Note + "\n")
	}
	if next := NextMeeting(s, model.DateOf(o.Made), l); next != "" && !o.Made.IsZero() {
		b.WriteString(next + "\n")
	}
	if money := planMoney(s, l, sep(o.ASCII)); money != "" {
		b.WriteString(money + "\n")
	}
	kind := model.GoalKind("")
	for _, g := range s.Goals {
		if g.Goal.Kind != kind {
			kind = g.Goal.Kind
			fmt.Fprintf(&b, "\n%s\n", l.Kind(kind))
		}
		fmt.Fprintf(&b, "\n%s  %s\n", g.Goal.ID, g.Goal.Title)
		bar, percent := Bar(g.Progress, 20, o.ASCII), l.Percent(g.Progress)
		if g.Scored == 0 { // nothing to average: no bar, and never "0 %"
			bar, percent = strings.Repeat(" ", 20), dash(o.ASCII)
		}
		line := fmt.Sprintf("    %s %5s  %s", bar, percent, goalLine(g, l, sep(o.ASCII)))
		if g.Goal.WorkedOn { // followed through its initiatives: their line, not a bar
			line = "    " + goalLine(g, l, sep(o.ASCII))
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
		if money := l.Money(g.Money, sep(o.ASCII)); money != "" {
			fmt.Fprintf(&b, "    %s: %s\n", l.T(lang.MoneyHead), money)
		}
		for _, ms := range g.Measures {
			writeMeasure(&b, rowOf(g.Goal, ms, l), comparisonOf(s, ms.Measure, l, sep(o.ASCII)), l, sep(o.ASCII))
		}
		if !o.Brief {
			writeStrategies(&b, strategiesOf(s, g.Goal, l, sep(o.ASCII)), l, o.ASCII)
		}
	}
	writeOverdue(&b, s, l)
	writeMissing(&b, s, l)
	_, err := io.WriteString(w, printable.Text(b.String()))
	return err
}

// planMoney is the plan's money line, "Økonomi: 4,7 af 5,0 mio. kr.
// fordelt · 2,1 mio. kr. brugt"; "" for a plan without money.
func planMoney(s *model.Snapshot, l lang.Lang, sep string) string {
	m, budget := s.PlanMoney()
	if text := l.PlanMoney(m, budget, sep); text != "" {
		return l.T(lang.MoneyHead) + ": " + text
	}
	return ""
}

// writeStrategies writes a goal's strategies compactly: each one's title,
// summary, bullets, money and initiatives.
func writeStrategies(b *strings.Builder, parts []strategyPart, l lang.Lang, ascii bool) {
	if len(parts) == 0 {
		return
	}
	fmt.Fprintf(b, "    %s\n", l.T(lang.StrategiesHead))
	for _, st := range parts {
		title := st.Title
		if st.Shared != "" {
			title += " (" + st.Shared + ")"
		}
		fmt.Fprintf(b, "    %-4s %s\n", st.ID, title)
		if st.Summary != "" {
			fmt.Fprintf(b, "         %s\n", st.Summary)
		}
		if len(st.Means) > 0 {
			fmt.Fprintf(b, "         %s: %s\n", l.T(lang.MeansHead), strings.Join(st.Means, sep(ascii)))
		}
		if st.Money != "" && len(parts) > 1 { // with one strategy, the goal's line says it
			fmt.Fprintf(b, "         %s: %s\n", l.T(lang.MoneyHead), st.Money)
		}
		for _, r := range st.Initiatives {
			fmt.Fprintf(b, "         %s\n", initiativeLine(r, sep(ascii), ascii))
		}
	}
}

// writeOverdue lists the initiatives past their due date, if any.
func writeOverdue(b *strings.Builder, s *model.Snapshot, l lang.Lang) {
	overdue := s.Overdue()
	if len(overdue) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", l.T(lang.OverdueTitle, l.Period(s.View.AsOf)))
	for _, st := range overdue {
		in := st.Initiative
		state := l.T(lang.OverdueSince, l.Date(in.Due))
		if st.State != "" {
			state = l.State(st.State) + ", " + state
		}
		line := fmt.Sprintf("    %-6s %s (%s)", in.ID, in.Title, state)
		if in.Owner != "" {
			line += " – " + s.Plan.OwnerName(in.Owner)
		}
		b.WriteString(line + "\n")
	}
}

// writeMeasure writes a measure in up to six lines: its title; its
// figure, baseline, target and track; what qualifies the track (a broken
// limit, a missed milestone, the expected figure, a pending mark); where
// it ranks in its comparison table and the group's and country's figures;
// and why it is on its track.
func writeMeasure(b *strings.Builder, r measureRow, c comparison, l lang.Lang, sep string) {
	fmt.Fprintf(b, "    %-4s %s\n", r.ID, r.Title)
	figure := r.Latest
	if r.Status.Latest != nil {
		figure = l.T(lang.Latest) + ": " + r.Latest
		if r.Reference != "" {
			figure += ", " + r.Reference
		}
	}
	parts := []string{figure}
	if r.Baseline != "" {
		parts = append(parts, r.BaselineLabel+": "+r.Baseline)
	}
	if r.Target != "" {
		parts = append(parts, l.T(lang.Target)+": "+r.Target)
	}
	track := r.Track
	if r.Scored {
		track += " (" + r.Progress + ")"
	}
	parts = append(parts, track)
	fmt.Fprintf(b, "         %s\n", strings.Join(parts, sep))
	if remarks := r.Remarks(); len(remarks) > 0 {
		fmt.Fprintf(b, "         %s\n", strings.Join(remarks, sep))
	}
	if c.HasComparison {
		fmt.Fprintf(b, "         %s: %s\n", c.Head, c.Rank)
		if c.Figures != "" {
			fmt.Fprintf(b, "         %s\n", c.Figures)
		}
	}
	if r.Why != "" {
		fmt.Fprintf(b, "         %s: %s\n", l.T(lang.Why), r.Why)
	}
}

func writeMissing(b *strings.Builder, s *model.Snapshot, l lang.Lang) {
	missing := s.Missing()
	b.WriteString("\n")
	if len(missing) == 0 {
		fmt.Fprintln(b, l.T(lang.NothingMissed, l.Period(s.View.AsOf)))
		return
	}
	fmt.Fprintln(b, l.T(lang.Missing, l.Period(s.View.AsOf)))
	for _, g := range missing {
		for _, ms := range g.Measures {
			fmt.Fprintf(b, "    %-4s %-4s %s\n", g.Goal.ID, ms.Measure.ID, ms.Measure.Title)
		}
	}
}

// dash stands for a figure there is none of.
func dash(ascii bool) string {
	if ascii {
		return "-"
	}
	return "–"
}

// sep is the separator between items on a line of plain text.
func sep(ascii bool) string {
	if ascii {
		return " | "
	}
	return " · "
}
