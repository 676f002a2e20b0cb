package tui

import (
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// detailOf is what the detail pane shows for the item under the cursor.
// Long lists are cut near the pane's height: the pane previews; Enter opens
// the item with everything.
func (s *state) detailOf(target any, from *model.Goal, width, height int) string {
	switch t := target.(type) {
	case *model.Goal:
		return s.goalDetail(t, width, height)
	case *model.Strategy:
		return s.strategyDetail(t, from, width, height)
	case *model.Measure:
		return s.measureDetail(t, width, max(3, height-16)) // the history rows that fit under the figures
	case *model.Initiative:
		return strings.Join(s.initiativeRow(t, width).lines, "\n")
	}
	return ""
}

// goalDetail is a goal's title, bar, counts and each measure's track.
func (s *state) goalDetail(g *model.Goal, width, height int) string {
	gs := s.goalStatus(g)
	l := s.lang
	var b strings.Builder
	b.WriteString(s.styles.dim.Render(g.ID+s.glyphs.sep+l.Kind(g.Kind)) + "\n")
	b.WriteString(s.styles.title.Render(wrap(g.Title, width)) + "\n\n")
	switch {
	case g.WorkedOn: // followed through its initiatives: never a percentage
		b.WriteString(wrap(l.Work(gs.Work, s.glyphs.sep), width) + "\n")
		b.WriteString(s.styles.dim.Render(wrap(l.T(lang.WorkedOn), width)) + "\n")
	case gs.HasProgress():
		b.WriteString(s.bar(gs.Progress, goalTrack(gs), min(30, width-8)) + " " + s.percent(gs.Progress) + "\n")
	default:
		b.WriteString(s.styles.dim.Render(s.glyphs.dash) + "\n")
	}
	if counts := l.GoalCounts(gs, s.glyphs.sep); counts != "" {
		b.WriteString(wrap(counts, width) + "\n")
	}
	if money := s.goalMoney(gs, width); money != "" {
		b.WriteString(money + "\n")
	}
	if g.Owner != "" {
		b.WriteString(s.labelled(l.T(lang.Owner), s.plan().OwnerName(g.Owner), 12, width) + "\n")
	}
	if len(g.Strategies) > 0 {
		b.WriteString("\n" + s.styles.label.Render(l.T(lang.StrategyLabel)) + "\n")
		for _, st := range g.Strategies {
			line := "  " + st.ID + "  " + st.Title
			if shared := s.lang.SharedWith(st, g); shared != "" {
				line = "  " + st.ID + "  " + s.styles.dim.Render("("+shared+")") + " " + st.Title
			}
			b.WriteString(s.fit(line, width) + "\n")
		}
	}
	if len(gs.Measures) == 0 && g.WorkedOn {
		return b.String()
	}
	b.WriteString("\n" + s.styles.label.Render(l.T(lang.Measures)) + "\n")
	for i, ms := range gs.Measures {
		if i >= max(1, height/2) {
			b.WriteString(s.styles.dim.Render(s.lang.T(lang.MoreRows, len(gs.Measures)-i)) + "\n")
			break
		}
		b.WriteString(s.fit("  "+ms.Measure.ID+"  "+ms.Measure.Title, width) + "\n")
		rest := append(s.withRank([]string{s.latestText(ms)}, ms.Measure), s.verdict(ms).ShortRemarks()...)
		b.WriteString(s.fit("      "+s.measureTrack(ms)+s.styles.dim.Render(s.glyphs.sep+strings.Join(rest, s.glyphs.sep)), width) + "\n")
	}
	return b.String()
}

// goalStatus is a goal's progress in the snapshot.
func (s *state) goalStatus(g *model.Goal) *model.GoalStatus {
	for _, gs := range s.snap.Goals {
		if gs.Goal == g {
			return gs
		}
	}
	return &model.GoalStatus{Goal: g}
}

// strategyDetail is a strategy's intro (seen from the goal from), its
// initiatives and its measures.
func (s *state) strategyDetail(st *model.Strategy, from *model.Goal, width, height int) string {
	var b strings.Builder
	b.WriteString(s.strategyIntro(st, from, width) + "\n")
	if len(st.Initiatives) > 0 {
		b.WriteString("\n" + s.styles.label.Render(s.lang.T(lang.Initiatives)) + "\n")
		for _, in := range st.Initiatives {
			r := s.initiativeRow(in, width)
			b.WriteString(strings.Join(r.lines, "\n") + "\n")
		}
	}
	if len(st.Measures) > 0 {
		b.WriteString("\n" + s.styles.label.Render(s.lang.T(lang.Measures)) + "\n")
		for i, m := range st.Measures {
			if i >= max(1, height/2) {
				b.WriteString(s.styles.dim.Render(s.lang.T(lang.MoreRows, len(st.Measures)-i)) + "\n")
				break
			}
			b.WriteString(strings.Join(s.measureRow(m, width, "").lines, "\n") + "\n")
		}
	}
	return b.String()
}
