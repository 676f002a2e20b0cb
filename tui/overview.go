package tui

import (
	"github.com/charmbracelet/x/ansi"

	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// overviewScreen lists every goal, ministermål first, each with its
// progress bar, percentage and count of measures per track, and, when the
// plan compares itself with other areas and the window has room, its
// measures' ranks under them.
type overviewScreen struct {
	st            *state
	list          *rowList
	note          string // the plan's word to every reader, and its money, above the list
	width, height int
}

func newOverview(st *state) *overviewScreen {
	return &overviewScreen{st: st, list: newRowList(st)}
}

func (s *overviewScreen) crumb() string { return s.st.lang.T(lang.Overview) }

func (s *overviewScreen) resize(width, height int) {
	s.width, s.height = width, height
	s.refresh()
}

// refresh makes the rows, under the plan's note (at most three lines of it)
// and the plan's money (when it has any), as the window has room: every
// goal on one page comes first, then the money, then the note.
func (s *overviewScreen) refresh() {
	var note, money string
	if text := strings.Join(strings.Fields(s.st.plan().Note), " "); text != "" && s.height > 8 {
		lines := strings.Split(wrap(text, max(1, s.width-3)), "\n")
		if len(lines) > 3 {
			lines = append(lines[:2], s.st.fit(strings.Join(lines[2:], " "), s.width-3))
		}
		for i := range lines {
			lines[i] = s.st.styles.dim.Render(padRight("  "+strings.TrimRight(lines[i], " "), s.width))
		}
		note = strings.Join(lines, "\n") + "\n"
	}
	if text := s.st.planMoney(); text != "" && s.height > 6 {
		money = padRight(s.st.fit("  "+text, s.width), s.width) + "\n"
	}
	goalsNeed := 2 * len(s.st.snap.Goals)
	if s.height-strings.Count(note+money, "\n") < goalsNeed {
		note = ""
	}
	if s.height-strings.Count(money, "\n") < goalsNeed {
		money = ""
	}
	s.note = note + money
	listHeight := max(1, s.height-strings.Count(s.note, "\n"))
	s.list.setSize(s.width, listHeight)
	goals := s.st.snap.Goals
	rows := make([]row, 0, len(goals))
	// The measures' ranks are a third line of every goal (the rows keep one
	// height), when the window has room for every goal so: a goal must never
	// go to a second page for them. Else the goal's own screen has them.
	ranked, height := len(goals)*3 <= listHeight, 2
	for _, g := range goals {
		r := s.st.goalRow(g, s.width-2)
		if ranked {
			if ranks := s.st.goalRanks(g, s.width); ranks != "" {
				r.lines = append(r.lines, s.st.fit("    "+s.st.styles.dim.Render(ranks), s.width-2))
				height = 3
			}
		}
		rows = append(rows, r)
	}
	s.list.setRowHeight(height)
	s.list.setRows(rows)
}

func (s *overviewScreen) update(msg tea.Msg) tea.Cmd {
	return s.list.update(msg)
}

func (s *overviewScreen) view() string { return s.note + s.list.View() }

func (s *overviewScreen) selection() any { return s.list.selection() }

// goalRow is a goal in two lines: its id and title, then its bar,
// percentage and counts per track; for a goal worked on, how far its
// initiatives have come.
func (s *state) goalRow(g *model.GoalStatus, width int) row {
	title := s.styles.title.Render(g.Goal.ID + "  " + g.Goal.Title)
	counts := s.lang.Counts(g.Counts, s.glyphs.sep) // the goal's own assessment is on its screen
	if g.Goal.Kind == model.Local {                 // ministermål are the norm; local goals are marked
		kind := s.lang.Kind(g.Goal.Kind)
		if counts != "" || g.Goal.WorkedOn {
			kind = s.glyphs.sep + kind
		}
		counts += s.styles.dim.Render(kind)
	}
	if g.Goal.WorkedOn { // followed through its initiatives: their states in place of a bar
		return row{target: g.Goal, id: g.Goal.ID, lines: []string{
			s.fit(title, width),
			"    " + s.workLine(g, counts, width-4),
		}}
	}
	// Every track's count is shown: the bar gives way to them in a narrow window.
	barWidth := min(20, max(6, width/5), width-len("    ")-len(" 100 %")-len("  ")-ansi.StringWidth(counts))
	percent := s.percent(g.Progress)
	if g.Scored == 0 {
		percent = s.styles.dim.Render(padLeft(s.glyphs.dash, 5))
	}
	indent, progress := "  ", percent
	switch {
	case barWidth >= 3 && g.Scored == 0:
		indent, progress = "    ", s.styles.dim.Render(padRight("", barWidth))+" "+percent
	case barWidth >= 3:
		indent, progress = "    ", s.bar(g.Progress, goalTrack(g), barWidth)+" "+percent
	}
	return row{target: g.Goal, id: g.Goal.ID, lines: []string{
		s.fit(title, width),
		s.fit(indent+progress+"  "+counts, width),
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
