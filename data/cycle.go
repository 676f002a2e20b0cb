package data

import (
	"net/mail"
	"regexp"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// The committee's cycle in the files (the contract's third edition):
// [[meeting]] and [[owner]] in the plan; written assessments (vurdering,
// indstilling), approvals (approved, paper) and revised figures in the
// status file.

// readMeetings reads the plan's [[meeting]]s. A meeting reviews a period
// that has ended by its date, which lies within the plan or the year
// after its end (the last period is reviewed after the plan ends).
func readMeetings(r table, p *model.Plan) {
	seen := map[model.Date]bool{}
	for _, t := range r.list("meeting") {
		t.known("date", "period", "deadline")
		date, okDate := t.date("date", true)
		m := model.Meeting{Date: date, Period: t.planPeriod("period", p)}
		if !okDate {
			continue
		}
		last := p.End.AddDays(366)
		switch {
		case !p.Start.IsZero() && !p.End.IsZero() && (date.Before(p.Start) || date.After(last)):
			t.d.add(join(t.path, "date"), atValue, lang.MeetingDateOutside, date.String(), p.Start.String(), p.End.String())
		case seen[date]:
			t.d.add(join(t.path, "date"), atValue, lang.MeetingTwice, date.String())
		case !m.Period.IsZero() && !m.Period.End().Before(date):
			t.d.add(join(t.path, "period"), atValue, lang.MeetingPeriodNotReviewed, date.String(), m.Period.String(), m.Period.End().String())
		}
		seen[date] = true
		m.Deadline = date.AddDays(-model.DefaultDeadline)
		if d, ok := t.date("deadline", false); ok {
			m.Deadline = d
			switch {
			case d.After(date):
				t.d.add(join(t.path, "deadline"), atValue, lang.MeetingDeadlineAfter, d.String(), date.String())
			case !m.Period.IsZero() && !d.After(m.Period.End()): // 1900-01-01, or a typo's year
				t.d.add(join(t.path, "deadline"), atValue, lang.MeetingDeadlineEarly, d.String(), m.Period.String(), m.Period.End().String())
			}
		}
		if !m.Period.IsZero() {
			p.Meetings = append(p.Meetings, m)
		}
	}
}

// readOwners reads the plan's [[owner]]s: an id of their own, a name, and
// maybe an e-mail address that mail programs take.
func readOwners(r table, p *model.Plan) {
	seen := map[string]bool{}
	for _, t := range r.list("owner") {
		t.known("id", "name", "email")
		o := &model.Owner{ID: t.text("id", true), Name: t.text("name", true), Email: strings.TrimSpace(t.text("email", false))}
		switch {
		case o.ID == "":
		case !validID.MatchString(o.ID):
			t.d.add(join(t.path, "id"), atValue, lang.BadID, o.ID)
		case seen[o.ID]:
			t.d.add(join(t.path, "id"), atValue, lang.OwnerTwice, o.ID)
		}
		seen[o.ID] = true
		if o.Email != "" {
			if a, err := mail.ParseAddress(o.Email); err != nil || a.Address != o.Email {
				t.d.add(join(t.path, "email"), atValue, lang.OwnerBadEmail, o.Email)
			}
		}
		p.Owners = append(p.Owners, o)
	}
}

// readWritten reads a written assessment: `vurdering` (and `indstilling`)
// of a goal, a measure or, with neither, the paper itself.
func readWritten(t table, e *model.Entry, p *model.Plan, measureIDs []string) {
	e.Vurdering = strings.TrimSpace(t.text("vurdering", false))
	e.Indstilling = strings.TrimSpace(t.text("indstilling", false))
	_, hasMeasure := t.m["measure"]
	_, hasGoal := t.m["goal"]
	switch {
	case hasMeasure && hasGoal:
		t.d.add(t.path, atKey, lang.MeasureOrGoal)
	case hasMeasure && p.Measure(e.Measure) == nil && e.Measure != "":
		orphan(t.d, t.path, "measure", e.Measure, measureIDs)
	case hasGoal && p.Goal(e.Goal) == nil && e.Goal != "":
		orphan(t.d, t.path, "goal", e.Goal, model.GoalIDs(p.Goals))
	}
	if (hasMeasure || hasGoal) && e.Vurdering == "" {
		t.d.add(join(t.path, "vurdering"), atKey, lang.WrittenNeedsText)
	}
	for _, key := range []string{"value", "reference", "pending", "state", "initiative", "assessed", "spent"} {
		if _, has := t.m[key]; has {
			t.d.add(join(t.path, key), atKey, lang.WrittenWithFigure, key)
		}
	}
	if e.Vurdering == "" && e.Indstilling == "" && !hasMeasure && !hasGoal {
		t.d.add(t.path, atKey, lang.WrittenNeedsText)
	}
	e.Value, e.HasValue, e.Reference, e.HasRef, e.Pending = 0, false, 0, false, false
}

var paperSum = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)

// readApproval reads an approval: `approved = "2026-Q3"` and the paper's
// SHA-256, and nothing of a figure.
func readApproval(t table, e *model.Entry, p *model.Plan) {
	e.Approval, e.Period = true, t.planPeriod("approved", p)
	if e.Paper = t.text("paper", true); e.Paper != "" && !paperSum.MatchString(e.Paper) {
		t.d.add(join(t.path, "paper"), atValue, lang.ApprovalBadPaper, e.Paper)
	}
	for _, key := range []string{"measure", "goal", "initiative", "period", "value", "reference", "pending", "state", "assessed", "vurdering", "indstilling", "revised", "spent"} {
		if _, has := t.m[key]; has {
			t.d.add(join(t.path, key), atKey, lang.ApprovalWithOther, key)
		}
	}
}

// closedEntries reports the entries that record something for a period
// an approval earlier in the file closed, without saying why (revised),
// and warns of those that say why for a period no approval closed.
// Entries are in file order, with their lines.
func closedEntries(file string, entries []model.Entry) Problems {
	var problems Problems
	var approvals []*model.Entry
	for i := range entries {
		e := &entries[i]
		if e.Approval {
			approvals = append(approvals, e)
			continue
		}
		if e.Written() || e.Period.IsZero() {
			continue
		}
		var by *model.Entry
		for _, a := range approvals {
			if !e.Period.End().After(a.Period.End()) {
				by = a
				break
			}
		}
		switch {
		case by != nil && strings.TrimSpace(e.Revised) == "":
			problems = append(problems, Problem{File: file, Line: e.Line, Col: 1, Key: lang.ClosedNeedsRevised,
				Args: []any{e.Period.String(), by.Period.String(), SignedBy(by)}})
		case by == nil && e.Revised != "":
			problems = append(problems, Problem{File: file, Line: e.Line, Col: 1, Key: lang.RevisedWithout,
				Args: []any{e.Period.String()}, Warning: true})
		}
	}
	return problems
}
