package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// missingScreen is the secretary's to-do list before a meeting: every
// measure without an entry for the as-of period, grouped by goal.
type missingScreen struct {
	st     *state
	list   *rowList
	width  int
	count  int
	height int
}

func newMissingScreen(st *state) *missingScreen {
	return &missingScreen{st: st, list: newRowList(st)}
}

func (s *missingScreen) crumb() string { return s.st.lang.T(lang.KeyMissing) }

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
			rows = append(rows, s.st.missingRow(g.Goal, ms, s.width-2))
			s.count++
		}
	}
	s.list.setRows(rows)
}

func (s *missingScreen) update(msg tea.Msg) tea.Cmd {
	return s.list.update(msg)
}

func (s *missingScreen) view() string {
	asOf := s.st.view.AsOf
	if s.count == 0 {
		return padRight(s.st.styles.title.Render(s.st.fit(s.st.lang.T(lang.NothingMissed, asOf), s.width)), s.width)
	}
	return padRight(s.st.styles.title.Render(s.st.fit(s.st.lang.T(lang.MissingTitle, asOf, s.count), s.width)), s.width) + "\n\n" + s.list.View()
}

func (s *missingScreen) selection() any { return s.list.selection() }

// missingRow is a measure without a figure: its title, then its goal and
// the latest figure it does have.
func (s *state) missingRow(g *model.Goal, ms *model.MeasureStatus, width int) row {
	m := ms.Measure
	info := g.ID + " " + g.Title + s.glyphs.sep + s.lang.T(lang.Latest) + ": " + s.latestText(ms)
	return row{target: m, id: m.ID, lines: []string{
		s.fit(padRight(m.ID, 4)+" "+m.Title, width),
		s.fit("    "+s.styles.dim.Render(info), width),
	}}
}
