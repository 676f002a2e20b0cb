package report

import (
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// The plan's substance in the papers: each goal's strategies with their
// summary and "Det betyder, at" bullets and their initiatives (state,
// owner, due date, money), after the goal's measures. Options.Brief
// leaves them out for a one-page status.

// strategyPart is a strategy as a paper shows it under one of its goals.
type strategyPart struct {
	ID, Title, Summary string
	Means              []string
	Shared             string // "tjener også M4", where it serves more goals than this one
	Money              string // its initiatives' money summed; "" without any
	Initiatives        []initiativeRow
}

// strategiesOf are the goal's strategies as the papers show them.
func strategiesOf(s *model.Snapshot, g *model.Goal, l lang.Lang, sep string) []strategyPart {
	var parts []strategyPart
	for _, st := range g.Strategies {
		part := strategyPart{ID: st.ID, Title: st.Title, Summary: oneParagraph(st.Summary), Means: st.Means,
			Money: l.Money(s.MoneyOf(st.Initiatives), sep)}
		part.Shared = l.SharedWith(st, g)
		for _, in := range st.Initiatives {
			part.Initiatives = append(part.Initiatives, initiativeRowOf(s, in, l, sep))
		}
		parts = append(parts, part)
	}
	return parts
}

// hasMoney reports whether the plan has a budget or any money on its
// initiatives: without, no view has a word or a column about money.
func hasMoney(s *model.Snapshot) bool {
	m, budget := s.PlanMoney()
	return m.Any() || budget > 0
}

// oneParagraph is a summary written over several lines as one paragraph.
func oneParagraph(text string) string {
	return strings.Join(strings.Fields(text), " ")
}

// goalLine is what a goal's line says beside or in place of its progress:
// for a goal worked on, that it is followed through its initiatives and
// how far they have come.
func goalLine(g *model.GoalStatus, l lang.Lang, sep string) string {
	counts := l.GoalCounts(g, sep)
	if !g.Goal.WorkedOn {
		return counts
	}
	text := l.T(lang.WorkedOn) + sep + l.Work(g.Work, sep)
	if counts != "" {
		text += sep + counts
	}
	return text
}

// initiativeLine is an initiative in one line of plain text: "S1-I1
// Titel – i gang · Team Ydelse · frist 31. december 2026 · ███░░
// 120.000 af 250.000 kr. brugt · 130.000 kr. tilbage".
func initiativeLine(r initiativeRow, sep string, ascii bool) string {
	parts := []string{r.State}
	if r.Owner != "" {
		parts = append(parts, r.Owner)
	}
	if r.Due != "" && !r.Overdue {
		parts = append(parts, r.DueText)
	}
	if r.Money != "" {
		money := r.Money
		if r.Budgeted {
			money = Bar(r.SpentShare, 10, ascii) + " " + money
		}
		parts = append(parts, money)
	}
	return r.ID + " " + r.Title + " – " + strings.Join(parts, sep)
}
