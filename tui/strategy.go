package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// strategyScreen shows a strategy: its summary and "Det betyder, at"
// bullets above a list of its initiatives and measures.
type strategyScreen struct {
	st            *state
	strategy      *model.Strategy
	goal          *model.Goal // the goal it was opened under: a strategy may serve several
	list          *rowList
	intro         string // as much of the intro as fits above the list
	whole         *pane  // the whole intro, when it is opened with Tab
	cut           bool   // the intro did not fit
	reading       bool   // the whole intro is shown instead of the list
	width, height int
}

// newStrategyScreen shows a strategy as seen from one of its goals (nil:
// its first).
func newStrategyScreen(st *state, s *model.Strategy, from *model.Goal) *strategyScreen {
	if from == nil {
		from = s.Goal
	}
	return &strategyScreen{st: st, strategy: s, goal: from, list: newRowList(st), whole: newPane(st.keys)}
}

// hasPanes reports whether Tab has something to switch to: the whole intro.
func (s *strategyScreen) hasPanes() bool { return s.cut }

// switchPane shows the whole intro instead of the list, or the list again.
func (s *strategyScreen) switchPane() { s.reading = !s.reading }

func (s *strategyScreen) crumb() string { return s.strategy.ID }

func (s *strategyScreen) resize(width, height int) {
	s.width, s.height = width, height
	s.refresh()
}

func (s *strategyScreen) refresh() {
	// The intro takes what the list does not need, and at least half the
	// height; the list keeps room for one row.
	whole := s.st.strategyIntro(s.strategy, s.goal, s.width)
	s.whole.setSize(s.width, s.height)
	s.whole.setContent(whole)
	intro := strings.Split(whole, "\n")
	rowHeight := 2
	if s.st.hasMoney(s.strategy.Initiatives) { // a third line for the money of each initiative
		rowHeight = 3
	}
	listNeeds := rowHeight*(len(s.strategy.Initiatives)+len(s.strategy.Measures)) + 1
	room := max(1, min(s.height-3, max(s.height/2, s.height-listNeeds)))
	s.cut = len(intro) > room
	if s.cut {
		intro = append(intro[:room-1], s.st.styles.dim.Render(s.st.glyphs.ellipsis+" "+s.st.lang.T(lang.MoreWithTab)))
	}
	for i := range intro {
		intro[i] = padRight(intro[i], s.width)
	}
	s.intro = strings.Join(intro, "\n")
	s.list.setSize(s.width, max(1, s.height-lipgloss.Height(s.intro)))
	s.list.setRowHeight(rowHeight)
	w := s.width - 2
	var rows []row
	for _, in := range s.strategy.Initiatives {
		rows = append(rows, lazyRow(in, in.ID, func() row { return s.st.initiativeRow(in, w) }))
	}
	for _, m := range s.strategy.Measures {
		rows = append(rows, lazyRow(m, m.ID, func() row { return s.st.measureRow(m, w, "") }))
	}
	s.list.setRows(rows)
}

func (s *strategyScreen) update(msg tea.Msg) tea.Cmd {
	if s.reading {
		return s.whole.update(msg)
	}
	return s.list.update(msg)
}

func (s *strategyScreen) view() string {
	if s.reading {
		return s.whole.View()
	}
	return s.intro + "\n" + s.list.View()
}
func (s *strategyScreen) selection() any {
	if s.reading {
		return nil
	}
	return s.list.selection()
}

// strategyIntro is a strategy's title, the other goals it serves (seen
// from the goal from), its initiatives' money, its summary and "Det
// betyder, at" bullets.
func (s *state) strategyIntro(st *model.Strategy, from *model.Goal, width int) string {
	var b strings.Builder
	b.WriteString(s.styles.title.Render(wrap(s.lang.T(lang.StrategyLabel)+" "+st.ID+"  "+st.Title, width)) + "\n")
	if shared := s.lang.SharedWith(st, from); shared != "" {
		b.WriteString(s.styles.dim.Render(s.fit(shared, width)) + "\n")
	}
	if money := s.strategyMoney(st, width); money != "" {
		b.WriteString(money + "\n")
	}
	if st.Summary != "" {
		b.WriteString(wrap(strings.Join(strings.Fields(st.Summary), " "), width) + "\n")
	}
	if len(st.Means) > 0 {
		b.WriteString(s.styles.label.Render(s.lang.T(lang.Means)) + "\n")
		for _, m := range st.Means {
			lines := strings.Split(wrap(m, max(1, width-4)), "\n")
			for i, line := range lines {
				head := "    "
				if i == 0 {
					head = "  " + s.glyphs.bullet + " "
				}
				b.WriteString(head + strings.TrimRight(line, " ") + "\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// initiativeRow is an initiative in two lines: its title, then its state,
// the period it was set for, its deadline and owner; and a third with its
// money spent against its budget, when it has either.
func (s *state) initiativeRow(in *model.Initiative, width int) row {
	l := s.lang
	status := s.snap.Initiative(in)
	info := l.State(status.State)
	if status.Entry != nil {
		info += " (" + status.Entry.Period.String() + ")"
	}
	switch {
	case status.Overdue:
		info += s.glyphs.sep + s.styles.problem.Render(l.T(lang.OverdueSince, l.Date(in.Due)))
	case !in.Due.IsZero():
		info += s.glyphs.sep + l.T(lang.Due, in.Due)
	}
	if in.Owner != "" {
		info += s.glyphs.sep + s.plan().OwnerName(in.Owner)
	}
	if status.Entry != nil && status.Entry.Note != "" {
		info += s.glyphs.sep + status.Entry.Note
	}
	if status.Entry != nil && status.Entry.Revised != "" { // recorded after its period was approved
		info += s.glyphs.sep + l.T(lang.RevisedMark, status.Entry.Revised)
	}
	if status.SpentRevised != "" {
		info += s.glyphs.sep + l.T(lang.RevisedMark, status.SpentRevised)
	}
	r := row{target: in, id: in.ID, lines: []string{
		s.fit(l.T(lang.InitiativeLabel)+" "+in.ID+"  "+in.Title, width),
		s.fit("    "+s.styles.dim.Render(info), width),
	}}
	if money := s.moneyLine(status.Money(), width-4); money != "" {
		r.lines = append(r.lines, "    "+money)
	}
	return r
}

func (s *strategyScreen) relink(p *model.Plan) bool {
	s.strategy = p.Strategy(s.strategy.ID)
	if s.strategy != nil && s.goal != nil {
		s.goal = p.Goal(s.goal.ID)
	}
	return s.strategy != nil
}
