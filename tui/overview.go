package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// overviewScreen lists every goal, ministermål first, each with its
// progress bar, percentage and count of measures per track.
type overviewScreen struct {
	st    *state
	list  *rowList
	width int
}

func newOverview(st *state, keys keyMap) *overviewScreen {
	return &overviewScreen{st: st, list: newRowList(st, keys)}
}

func (s *overviewScreen) crumb() string { return s.st.lang.T(lang.Overview) }

func (s *overviewScreen) resize(width, height int) {
	s.width = width
	s.list.setSize(width, height)
	s.refresh()
}

func (s *overviewScreen) refresh() {
	rows := make([]row, 0, len(s.st.snap.Goals))
	for _, g := range s.st.snap.Goals {
		rows = append(rows, s.st.goalRow(g, s.width-2))
	}
	s.list.setRows(rows)
}

func (s *overviewScreen) update(msg tea.Msg) tea.Cmd {
	return s.list.update(msg)
}

func (s *overviewScreen) view() string { return s.list.View() }

func (s *overviewScreen) selection() any { return s.list.selection() }

// goalRow is a goal in two lines: its id and title, then its bar,
// percentage and counts per track.
func (s *state) goalRow(g *model.GoalStatus, width int) row {
	title := s.styles.title.Render(g.Goal.ID + "  " + g.Goal.Title)
	barWidth := min(20, max(6, width/5))
	progress := s.bar(g.Progress, goalTrack(g), barWidth) + " " + s.percent(g.Progress)
	if g.Scored == 0 {
		progress = s.styles.dim.Render(padRight("", barWidth) + " " + padLeft(s.glyphs.dash, 5))
	}
	counts := s.lang.Counts(g.Counts, s.glyphs.sep)
	if g.Goal.Kind == model.Local { // ministermål are the norm; local goals are marked
		counts += s.styles.dim.Render(s.glyphs.sep + s.lang.Kind(g.Goal.Kind))
	}
	return row{target: g.Goal, id: g.Goal.ID, lines: []string{
		s.fit(title, width),
		s.fit("    "+progress+"  "+counts, width),
	}}
}

// goalTrack colours a goal's bar by its weakest scored measure.
func goalTrack(g *model.GoalStatus) model.Track {
	for _, t := range []model.Track{model.Breached, model.Missed, model.OffTrack, model.AtRisk, model.OnTrack, model.Held, model.Met} {
		if g.Counts[t] > 0 {
			return t
		}
	}
	return model.NoData
}
