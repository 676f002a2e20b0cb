package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/report"
)

// changesScreen is what changed since the last meeting (the period before
// the as-of period in the plan's cadence), the same list that opens the
// committee's papers: tracks, new and revised figures, initiatives' states.
type changesScreen struct {
	st     *state
	list   *rowList
	title  string
	width  int
	height int
	empty  string
}

func newChangesScreen(st *state) *changesScreen {
	return &changesScreen{st: st, list: newRowList(st)}
}

func (s *changesScreen) crumb() string { return capital(s.st.lang.T(lang.KeyChanges)) }

func (s *changesScreen) resize(width, height int) {
	s.width, s.height = width, height
	s.list.setSize(width, max(1, height-2))
	s.refresh()
}

func (s *changesScreen) refresh() {
	p, l := s.st.plan(), s.st.lang
	c := report.SinceLastMeeting(s.st.snap)
	s.title, s.empty = report.ChangesTitle(c, l), ""
	var rows []row
	for _, g := range report.ChangeGroups(c, l) {
		for _, line := range g.Lines {
			if line.ID == "" { // one line for many, such as a history typed in
				rows = append(rows, row{lines: []string{s.st.fit(s.st.styles.dim.Render(g.Title+": "+line.Text), s.width-2)}})
				continue
			}
			var target any = p.Measure(line.ID)
			if in := p.Initiative(line.ID); in != nil {
				target = in
			}
			rows = append(rows, row{target: target, id: line.ID, lines: []string{
				s.st.fit(padRight(line.ID, 4)+" "+line.Title, s.width-2),
				s.st.fit("    "+s.st.styles.dim.Render(g.Title+": "+line.Text), s.width-2),
			}})
		}
	}
	if len(rows) == 0 {
		s.empty = report.NoChanges(c, l)
	}
	s.list.setRows(rows)
}

func (s *changesScreen) update(msg tea.Msg) tea.Cmd { return s.list.update(msg) }

func (s *changesScreen) view() string {
	title := padRight(s.st.styles.title.Render(s.st.fit(s.title, s.width)), s.width)
	if s.empty != "" {
		return title + "\n\n" + padRight(s.st.fit(s.empty, s.width), s.width)
	}
	return title + "\n\n" + s.list.View()
}

func (s *changesScreen) selection() any { return s.list.selection() }
