package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// moneyBarWidth is how wide the bar of money spent against a budget is.
const moneyBarWidth = 10

// moneyLine is money spent against a budget: a bar, then "120.000 af
// 250.000 kr. brugt · 130.000 kr. tilbage"; without a budget only what was
// spent, and "" where there is no money to show. Where the window is
// narrow the remainder goes first, then the bar.
func (s *state) moneyLine(m model.Money, width int) string {
	if !m.Any() {
		return ""
	}
	parts := strings.Split(s.lang.Money(m, "\n"), "\n")
	text := strings.Join(parts, s.glyphs.sep)
	if m.Budgeted > 0 {
		bar := s.moneyBar(m, moneyBarWidth)
		for _, line := range []string{bar + " " + text, bar + " " + parts[0]} {
			if ansi.StringWidth(line) <= width {
				return line
			}
		}
		return s.fit(parts[0], width)
	}
	return s.fit(text, width)
}

// moneyBar is the share of the budget spent; a budget overspent is a full
// bar in the colour of a problem (the words beside it say by how much).
func (s *state) moneyBar(m model.Money, width int) string {
	g := s.glyphs.chart
	fraction := 0.0
	if m.Budget > 0 {
		fraction = min(1, m.Spent/m.Budget)
	}
	full := chart.Filled(fraction, width)
	style := s.styles.spent
	if m.Left() < 0 {
		style = s.styles.overspent
	}
	return style.Render(strings.Repeat(g.Full, full)) + s.styles.barRest.Render(strings.Repeat(g.Empty, width-full))
}

// planMoney is the plan's line on the overview: "4,7 af 5,0 mio. kr.
// fordelt · 1,8 mio. kr. brugt"; "" for a plan without money.
func (s *state) planMoney() string {
	m, budget := s.snap.PlanMoney()
	return s.lang.PlanMoney(m, budget, s.glyphs.sep)
}

// hasMoney reports whether any of the initiatives has a budget or money
// spent: lists show money only then, so a plan without any looks as before.
func (s *state) hasMoney(ins []*model.Initiative) bool { return s.snap.MoneyOf(ins).Any() }

// workLine is a goal worked on (measured = false) in place of its
// progress: "arbejdes på: 1 af 2 initiativer i gang · 1 afsluttet", then
// rest (its kind); where the window is narrow the short word goes first,
// then rest, before the initiatives' states are cut.
func (s *state) workLine(g *model.GoalStatus, rest string, width int) string {
	work := s.lang.Work(g.Work, s.glyphs.sep)
	for _, line := range []string{s.lang.T(lang.WorkedOnPrefix, s.lang.T(lang.WorkedOnShort), work) + rest, work + rest, work} {
		if ansi.StringWidth(line) <= width {
			return line
		}
	}
	return s.fit(work, width)
}

// strategyMoney is the money of a strategy's initiatives together:
// "Økonomi: ███░░ 90.000 af 300.000 kr. brugt · …".
func (s *state) strategyMoney(st *model.Strategy, width int) string {
	return s.labelledMoney(s.snap.MoneyOf(st.Initiatives), width)
}

// goalMoney is the money of a goal's initiatives, through every strategy
// that serves it: "Økonomi: ███░░ 90.000 af 900.000 kr. brugt · …".
func (s *state) goalMoney(g *model.GoalStatus, width int) string {
	return s.labelledMoney(g.Money, width)
}

// labelledMoney is the money of several initiatives, said as theirs.
func (s *state) labelledMoney(m model.Money, width int) string {
	label := s.lang.T(lang.MoneyHead) + ": "
	money := s.moneyLine(m, width-ansi.StringWidth(label))
	if money == "" {
		return ""
	}
	return s.styles.dim.Render(label) + money
}
