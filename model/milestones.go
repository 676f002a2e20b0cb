package model

// milestoneChecks judges each numeric milestone whose date has passed by
// the day judged (at: the end of the period the measure's figure is due
// for) and lies before the target's date. A milestone is
// judged by the latest figure of a period ending on or before its date and
// after the milestone before it; where there is none, by the first figure
// after its date (which should have come at least as far).
func milestoneChecks(p *Plan, m *Measure, figures []*Entry, b Better, at Date) []MilestoneCheck {
	var checks []MilestoneCheck
	var since Date // the date of the milestone before
	for i := range m.Milestones {
		c := m.Milestones[i]
		if !c.Numeric() || !passed(c.Date, at) || (m.Target != nil && !m.Target.Date.IsZero() && !c.Date.Before(m.Target.Date)) {
			continue
		}
		check := MilestoneCheck{Milestone: c, Expected: c.Value}
		if judge := milestoneFigure(figures, since, c.Date); judge != nil {
			check.Actual, check.Period, check.Judged = compared(p, m, judge), judge.Period, true
			check.Met = c.Meets(b, check.Actual, 0)
		}
		checks = append(checks, check)
		since = c.Date
	}
	return checks
}

// milestoneFigure is the figure that judges a milestone dated due whose
// predecessor is dated since (zero for the first); figures are in period order.
func milestoneFigure(figures []*Entry, since, due Date) *Entry {
	var judge *Entry
	for _, e := range figures {
		end := e.Period.End()
		if end.After(due) {
			if judge == nil {
				judge = e
			}
			break
		}
		if since.IsZero() || end.After(since) {
			judge = e
		}
	}
	return judge
}
