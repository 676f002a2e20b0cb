package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// goalScreen lists a goal's strategies, each followed by its measures, then
// the measures that belong to the goal directly.
type goalScreen struct {
	st     *state
	goal   *model.Goal
	list   *rowList
	head   string // the goal's title and progress, above the list
	width  int
	height int
}

func newGoalScreen(st *state, g *model.Goal) *goalScreen {
	return &goalScreen{st: st, goal: g, list: newRowList(st)}
}

func (s *goalScreen) crumb() string { return s.goal.ID }

func (s *goalScreen) resize(width, height int) {
	s.width, s.height = width, height
	s.refresh()
}

// refresh makes the head (the goal's own row: its title, bar, percentage
// and counts) and the rows under it.
func (s *goalScreen) refresh() {
	gs := s.st.goalStatus(s.goal)
	head := s.st.goalRow(gs, s.width)
	for i := range head.lines {
		head.lines[i] = padRight(head.lines[i], s.width)
	}
	s.head = ""
	if s.height > 4 {
		s.head = head.lines[0] + "\n" + head.lines[1] + "\n"
	}
	if s.goal.WorkedOn && s.height > 5 { // why there is no bar
		s.head += padRight(s.st.fit("    "+s.st.styles.dim.Render(s.st.lang.T(lang.WorkedOn)), s.width), s.width) + "\n"
	}
	if money := s.st.goalMoney(gs, s.width-4); money != "" && s.height > 6 {
		s.head += padRight("    "+money, s.width) + "\n"
	}
	if a := gs.Assessed; a != nil && s.height > 6 { // the verdict people gave the goal itself
		l := s.st.lang
		own := l.T(lang.AssessedNote, l.Period(a.Period), l.T(lang.AssessedWithNote, l.Track(a.Assessed.Track()), a.Note))
		s.head += padRight(s.st.fit("    "+s.st.styles.track[a.Assessed.Track()].Render(own), s.width), s.width) + "\n"
	}
	if s.height > 10 { // the goal's vurdering, a few lines of it
		if text := s.st.vurderingLines(s.goal, "    ", s.width, min(3, s.height/6)); text != "" {
			s.head += padLines(text, s.width) + "\n"
		}
	}
	s.list.setSize(s.width, max(1, s.height-strings.Count(s.head, "\n")))
	w := s.width - 2
	var rows []row
	for _, st := range s.goal.Strategies {
		rows = append(rows, lazyRow(st, st.ID, func() row { return s.st.strategyRow(st, s.goal, w) }))
		for _, m := range st.Measures {
			rows = append(rows, lazyRow(m, m.ID, func() row { return s.st.measureRow(m, w, "  ") }))
		}
	}
	for _, m := range s.goal.Measures {
		if m.Strategy == nil {
			rows = append(rows, lazyRow(m, m.ID, func() row { return s.st.measureRow(m, w, "") }))
		}
	}
	s.list.setRows(rows)
}

func (s *goalScreen) update(msg tea.Msg) tea.Cmd {
	return s.list.update(msg)
}

func (s *goalScreen) view() string   { return s.head + s.list.View() }
func (s *goalScreen) selection() any { return s.list.selection() }

// strategyRow is a strategy in two lines: its title, then how many
// initiatives and measures it has, the other goals it serves (seen from
// the goal from) and its initiatives' money, as much of it as fits.
func (s *state) strategyRow(st *model.Strategy, from *model.Goal, width int) row {
	l := s.lang
	title := s.styles.title.Render(l.T(lang.StrategyLabel) + " " + st.ID + "  " + st.Title)
	parts := []string{l.N(len(st.Initiatives), lang.CountInitiative, lang.CountInitiatives) + s.glyphs.sep + l.N(len(st.Measures), lang.CountMeasure, lang.CountMeasures)}
	if shared := s.lang.SharedWith(st, from); shared != "" {
		parts = append(parts, shared)
	}
	if m := s.snap.MoneyOf(st.Initiatives); m.Any() {
		parts = append(parts, strings.Split(l.Money(m, "\n"), "\n")...)
	}
	info := parts[0]
	for _, p := range parts[1:] { // the remainder gives way first, then the money
		if ansi.StringWidth("    "+info+s.glyphs.sep+p) > width {
			break
		}
		info += s.glyphs.sep + p
	}
	return row{target: st, id: st.ID, lines: []string{s.fit(title, width), s.fit("    "+s.styles.dim.Render(info), width)}}
}

// measureRow is a measure in two lines: its id and title, then its bar,
// progress, track, latest figure, its rank among other areas when it has a
// table, and what most qualifies the track (a broken limit, a missed
// milestone, the expected figure, a pending mark).
func (s *state) measureRow(m *model.Measure, width int, indent string) row {
	ms := s.snap.Measure(m)
	v := s.verdict(ms)
	barWidth := min(20, max(6, width/8))
	status := s.measureTrack(ms)
	if ms.Track.Scored() {
		status = s.bar(ms.Progress, ms.Track, barWidth) + " " + s.percent(ms.Progress) + "  " + status
	}
	rest := append(s.withRank([]string{v.Latest}, m), v.ShortRemarks()...)
	line2 := indent + "    " + status + s.styles.dim.Render(s.glyphs.sep+strings.Join(rest, s.glyphs.sep))
	return row{target: m, id: m.ID, lines: []string{s.fit(indent+padRight(m.ID, 4)+" "+m.Title, width), s.fit(line2, width)}}
}

func (s *goalScreen) relink(p *model.Plan) bool {
	s.goal = p.Goal(s.goal.ID)
	return s.goal != nil
}
