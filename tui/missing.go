package tui

import (
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// missingScreen is the secretary's to-do list before a meeting: every
// measure without an entry for the as-of period, grouped by goal, then
// what the files hold that counts nowhere (entries for a measure the plan
// no longer has), each with its FILE:LINE:COLUMN.
type missingScreen struct {
	st     *state
	list   *rowList
	width  int
	count  int // measures missing a figure
	warned int // warnings listed after them
	height int
}

func newMissingScreen(st *state) *missingScreen {
	return &missingScreen{st: st, list: newRowList(st)}
}

func (s *missingScreen) crumb() string { return capital(s.st.lang.T(lang.KeyMissing)) }

func (s *missingScreen) resize(width, height int) {
	s.width, s.height = width, height
	s.list.setSize(width, max(1, height-2))
	s.refresh()
}

func (s *missingScreen) refresh() {
	var rows []row
	s.count = 0
	for _, g := range s.st.snap.Missing() {
		for _, ms := range g.Measures {
			rows = append(rows, lazyRow(ms.Measure, ms.Measure.ID, func() row { return s.st.missingRow(g.Goal, ms, s.width-2) }))
			s.count++
		}
	}
	s.warned = len(s.st.loaded.Warnings)
	for _, w := range s.st.loaded.Warnings {
		rows = append(rows, s.st.warningRow(w, s.width-2))
	}
	s.list.setRows(rows)
}

func (s *missingScreen) update(msg tea.Msg) tea.Cmd {
	return s.list.update(msg)
}

func (s *missingScreen) view() string {
	asOf := s.st.view.AsOf
	title := s.st.lang.T(lang.MissingTitle, asOf, s.count)
	if s.count == 0 {
		title = s.st.lang.T(lang.NothingMissed, asOf)
	}
	if s.warned > 0 {
		title += s.st.glyphs.sep + s.st.lang.N(s.warned, lang.WarningListed, lang.WarningsListed)
	}
	head := padRight(s.st.styles.title.Render(s.st.fit(title, s.width)), s.width)
	if s.count == 0 && s.warned == 0 {
		return head
	}
	return head + "\n\n" + s.list.View()
}

func (s *missingScreen) selection() any { return s.list.selection() }

// missingRow is a measure without a figure: its title, then the latest
// figure it does have and its goal (first what is cut last: a goal's
// title is long, and the figure is what the to-do list is for).
func (s *state) missingRow(g *model.Goal, ms *model.MeasureStatus, width int) row {
	m := ms.Measure
	info := s.lang.T(lang.Latest) + ": " + s.latestText(ms) + s.glyphs.sep + g.ID + " " + g.Title
	return row{target: m, id: m.ID, lines: []string{
		s.fit(padRight(m.ID, 4)+" "+m.Title, width),
		s.fit("    "+s.styles.dim.Render(info), width),
	}}
}

// warningRow is something in the files that blocks nothing but counts
// nowhere, in two lines: where it is, then what it is.
func (s *state) warningRow(w data.Problem, width int) row {
	w.File = filepath.Base(w.File) // the folder is the plan's, shown in the header
	text := strings.SplitN(wrap(w.Message(s.lang), max(1, width-4)), "\n", 2)
	rest := ""
	if len(text) > 1 {
		rest = strings.ReplaceAll(text[1], "\n", " ")
	}
	return row{id: w.Message(s.lang), lines: []string{
		s.fit(s.styles.dim.Render(text[0]), width),
		s.fit("    "+s.styles.dim.Render(rest), width),
	}}
}
