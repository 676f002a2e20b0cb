package tui

import (
	"fmt"
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// measureScreen shows one measure in full: its target, latest figure,
// progress and track, a chart of its figures and its whole history.
type measureScreen struct {
	st      *state
	measure *model.Measure
	page    *pane
	width   int
}

func newMeasureScreen(st *state, m *model.Measure) *measureScreen {
	return &measureScreen{st: st, measure: m, page: newPane(st.keys)}
}

func (s *measureScreen) crumb() string { return s.measure.ID }

func (s *measureScreen) resize(width, height int) {
	s.width = width
	s.page.setSize(width, height)
	s.refresh()
}

func (s *measureScreen) refresh() { s.page.setContent(s.st.measureDetail(s.measure, s.width, 0)) }

func (s *measureScreen) update(msg tea.Msg) tea.Cmd {
	return s.page.update(msg)
}

func (s *measureScreen) relink(p *model.Plan) bool {
	s.measure = p.Measure(s.measure.ID)
	return s.measure != nil
}

func (s *measureScreen) view() string   { return s.page.View() }
func (s *measureScreen) selection() any { return nil }

// measureDetail is the text of a measure at the given width, with at most
// limit rows of history (0: all of it).
func (s *state) measureDetail(m *model.Measure, width, limit int) string {
	l := s.lang
	ms := s.snap.Measure(m)
	const lw = 14
	var b strings.Builder
	b.WriteString(s.styles.dim.Render(s.fit(m.ID+s.glyphs.sep+l.T(lang.MeasureLabel)+parentText(m, s.glyphs.sep, l), width)) + "\n")
	b.WriteString(s.styles.title.Render(wrap(m.Title, width)) + "\n")
	if shared := l.SharedNote(m); shared != "" { // under a strategy that serves several goals
		b.WriteString(s.styles.dim.Render(wrap(shared, width)) + "\n")
	}
	b.WriteString("\n")
	field := func(label, value string) {
		b.WriteString(s.labelled(label, value, lw, width) + "\n")
	}
	v := s.verdict(ms)
	latest := v.Latest
	switch {
	case ms.Latest == nil:
	case ms.Latest.By != "":
		latest += ", " + strings.TrimSpace(l.T(lang.RecordedBy, ms.Latest.By, formatAt(ms.Latest)))
	case !ms.Latest.At.IsZero(): // typed by hand with a time and no name
		latest += ", " + l.T(lang.RecordedAt, formatAt(ms.Latest))
	}
	field(l.T(lang.Latest), latest)
	if mark := s.rivalMark(ms); mark != "" {
		field("", s.styles.problem.Render(mark))
	}
	if m.Relative() && ms.Latest != nil && ms.Latest.HasRef {
		field(l.T(lang.Reference), report.ReferenceText(m, ms.Latest, l)+s.glyphs.sep+s.difference(ms))
	}
	if v.Baseline != "" {
		field(v.BaselineLabel, v.Baseline)
	}
	if v.Target != "" {
		field(l.T(lang.Target), v.Target)
	}
	for i, change := range s.targetChanges(m) {
		label := ""
		if i == 0 {
			label = l.T(lang.TargetHistory)
		}
		field(label, change)
	}
	if len(m.Milestones) > 0 {
		field(l.T(lang.Milestones), report.MilestonesText(ms, l))
	}
	status := s.measureTrack(ms)
	if ms.Track.Scored() {
		status = s.bar(ms.Progress, ms.Track, min(24, max(8, width/4))) + " " + l.Percent(ms.Progress) + "  " + status
	}
	if remarks := v.Remarks(); len(remarks) > 0 {
		status += s.styles.dim.Render(s.glyphs.sep + strings.Join(remarks, s.glyphs.sep))
	}
	field(l.T(lang.Progress), status)
	if v.Why != "" {
		field(l.T(lang.Why), v.Why)
	}
	s.compareFields(m, width-lw, field)
	better := l.Better(m.Better)
	about := l.UnitName(m.Unit) + s.glyphs.sep + better
	if m.Source != "" {
		about += s.glyphs.sep + l.T(lang.Source) + ": " + m.Source
	}
	field(l.T(lang.Unit), about)
	if m.Owner != "" {
		field(l.T(lang.Owner), s.plan().OwnerName(m.Owner))
	}
	if ms.Latest != nil && ms.Latest.Note != "" {
		field(l.T(lang.Note), ms.Latest.Note)
	}
	if chart := s.chart(ms); chart != "" {
		b.WriteString("\n" + s.labelled(l.T(lang.Chart), chart, lw, width) + "\n")
	}
	for i, line := range s.againstChart(m, width-lw) {
		label := ""
		if i == 0 {
			label = l.T(lang.CompareChart)
			b.WriteString("\n")
		}
		b.WriteString(s.styles.label.Render(padRight(label, lw)) + line + "\n")
	}
	b.WriteString("\n" + s.styles.title.Render(l.T(lang.History)) + "\n")
	b.WriteString(s.history(ms, width, limit))
	return b.String()
}

// parentText names where a measure belongs: " · S1 · M1".
func parentText(m *model.Measure, sep string, l lang.Lang) string {
	text := ""
	if m.Strategy != nil {
		text += sep + m.Strategy.ID
	}
	if ids := model.GoalIDs(m.Goals); len(ids) > 0 {
		text += sep + l.IDs(ids) // bounded, "og 3 andre", however many goals the strategy serves
	}
	return text
}

func formatAt(e *model.Entry) string {
	if e.At.IsZero() {
		return ""
	}
	return e.At.Format("2006-01-02 15:04")
}

// chart is a sparkline of the measure's series (the one the HTML report
// draws), scaled to include the target so the distance to it shows.
func (s *state) chart(ms *model.MeasureStatus) string {
	c := chart.SeriesOf(ms)
	if !c.Drawable() {
		return ""
	}
	target := ""
	if c.HasTarget {
		target = fmt.Sprintf(" (%s %s)", s.lang.T(lang.TargetLine), s.lang.Value(c.Target, c.Unit))
	}
	first, last := 0, len(c.Values)-1
	return s.glyphs.chart.Sparkline(c.Values, c.Lo, c.Hi) + "  " + s.styles.dim.Render(c.Periods[first].String()+" "+
		s.lang.Value(c.Values[first], c.Unit)+" "+s.glyphs.dash+" "+c.Periods[last].String()+" "+s.lang.Value(c.Values[last], c.Unit)+target)
}

// history is every entry of the measure, newest period first, in columns;
// superseded entries are marked with a word. The reference column is there
// for relative measures only; the note gets what width is left.
func (s *state) history(ms *model.MeasureStatus, width, limit int) string {
	l := s.lang
	if len(ms.History) == 0 {
		return s.styles.dim.Render(l.T(lang.NoHistory)) + "\n"
	}
	rows := slices.Clone(ms.History)
	slices.SortStableFunc(rows, func(a, b model.HistoryRow) int { return b.Entry.Period.Compare(a.Entry.Period) })
	more := ""
	if limit > 0 && len(rows) > limit {
		more = s.styles.dim.Render(l.T(lang.MoreRows, len(rows)-limit)) + "\n"
		rows = rows[:limit]
	}
	unit := ms.Measure.FigureUnit()
	relative := ms.Measure.Relative()
	cells := [][]string{{l.T(lang.Period), l.T(lang.Value), l.T(lang.Reference), l.T(lang.By), l.T(lang.At), l.T(lang.Note)}}
	for _, r := range rows {
		e := r.Entry
		value := l.T(lang.Pending)
		if e.HasValue {
			value = l.Value(e.Value, unit)
		}
		ref := ""
		if e.HasRef {
			ref = l.Value(e.Reference, unit)
		}
		if e.HasRef && e.RefFromTable {
			ref = l.T(lang.RefFromTableMark, ref)
		}
		period := e.Period.String()
		if r.Superseded {
			period += " (" + l.T(lang.Superseded) + ")"
		}
		note := e.Note
		if mark := report.RevisedText(e, l); mark != "" {
			note = strings.Join(slices.DeleteFunc([]string{e.Note, mark}, func(s string) bool { return s == "" }), " · ")
		}
		cells = append(cells, []string{period, value, ref, e.By, formatAt(e), note})
	}
	widths := make([]int, 5)
	for _, row := range cells {
		for c := range widths {
			widths[c] = max(widths[c], ansi.StringWidth(row[c]))
		}
	}
	if !relative {
		widths[2] = -2 // no column, nor its gap
	}
	var b strings.Builder
	for i, row := range cells {
		var line strings.Builder
		for c, w := range widths {
			if w >= 0 {
				line.WriteString(padRight(row[c], w) + "  ")
			}
		}
		line.WriteString(row[5])
		text := s.fit(line.String(), width)
		switch {
		case i == 0:
			text = s.styles.label.Render(text) + "\n" + s.styles.dim.Render(strings.Repeat(s.glyphs.rule, max(0, min(width, ansi.StringWidth(text)))))
		case rows[i-1].Superseded:
			text = s.styles.dim.Render(text)
		}
		b.WriteString(text + "\n")
	}
	return b.String() + more
}

// difference is a relative measure's compared figure: its difference from
// the reference in its unit, or a ratio's per cent or a rank's place.
func (s *state) difference(ms *model.MeasureStatus) string {
	if m := ms.Measure; m.Target != nil && m.Target.Kind.AgainstOthers() {
		return report.ComparedValue(m, ms.Value, s.lang)
	}
	return s.lang.Value(ms.Value, ms.Measure.Unit)
}
