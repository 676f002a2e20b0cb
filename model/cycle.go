package model

import "slices"

// The committee's cycle (the contract's third edition): meetings that
// each review one period, written assessments for the paper, approvals
// that close a period, and initiatives past their due date.

// DefaultDeadline is how many days before a meeting its figures are due
// when the plan does not say.
const DefaultDeadline = 7

// NextMeeting is the first meeting on or after the day, or nil.
func (p *Plan) NextMeeting(day Date) *Meeting {
	for i := range p.Meetings {
		if !p.Meetings[i].Date.Before(day) {
			return &p.Meetings[i]
		}
	}
	return nil
}

// LastMeeting is the last meeting before the day, or nil.
func (p *Plan) LastMeeting(day Date) *Meeting {
	var last *Meeting
	for i := range p.Meetings {
		if p.Meetings[i].Date.Before(day) {
			last = &p.Meetings[i]
		}
	}
	return last
}

// MeetingFor is the first meeting that reviews the period, or nil.
func (p *Plan) MeetingFor(period Period) *Meeting {
	for i := range p.Meetings {
		if p.Meetings[i].Period == period {
			return &p.Meetings[i]
		}
	}
	return nil
}

// MeetingBefore is the meeting before the one reviewing the period: the
// one whose paper "changes since the last meeting" compare with. nil when
// the period has no meeting or its meeting is the first.
func (p *Plan) MeetingBefore(period Period) *Meeting {
	m := p.MeetingFor(period)
	if m == nil {
		return nil
	}
	var before *Meeting
	for i := range p.Meetings {
		if p.Meetings[i].Date.Before(m.Date) {
			before = &p.Meetings[i]
		}
	}
	return before
}

// AsOfByMeetings is the default as-of period where the plan has meetings:
// the period of the next meeting (the first on or after today) once that
// period has ended; ok is false where the meetings do not decide it.
func (p *Plan) AsOfByMeetings(today Date) (Period, bool) {
	next := p.NextMeeting(today)
	if next == nil || !next.Period.End().Before(today) {
		return Period{}, false
	}
	return next.Period, true
}

// Owner returns the owner with the id, or nil.
func (p *Plan) Owner(id string) *Owner {
	for _, o := range p.Owners {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// OwnerName is an `owner` as people read it: the name of the [[owner]] it
// names, else the text as written.
func (p *Plan) OwnerName(owner string) string {
	if o := p.Owner(owner); o != nil && o.Name != "" {
		return o.Name
	}
	return owner
}

// Written is the written assessment that counts for the goal's or the
// measure's id and the period (id "" is the paper's own), or nil: the
// latest, as for figures.
func (p *Plan) Written(id string, period Period) *Entry {
	var current *Entry
	for _, i := range p.written {
		e := &p.Entries[i]
		if !e.Written() || e.Period != period || e.Goal+e.Measure != id {
			continue
		}
		if current == nil || supersedes(e, current) {
			current = e
		}
	}
	return current
}

// Approval is the approval of the period's paper that counts (the
// latest), or nil.
func (p *Plan) Approval(period Period) *Entry {
	var current *Entry
	for _, i := range p.written {
		if e := &p.Entries[i]; e.Approval && e.Period == period && (current == nil || supersedes(e, current)) {
			current = e
		}
	}
	return current
}

// Approvals are the approvals in file order.
func (p *Plan) Approvals() []*Entry {
	var out []*Entry
	for _, i := range p.written {
		if e := &p.Entries[i]; e.Approval {
			out = append(out, e)
		}
	}
	return out
}

// Outside reports whether the period lies outside the plan's own, from
// its start to its end (a plan without both holds every period).
func (p *Plan) Outside(period Period) bool {
	return !p.Start.IsZero() && !p.End.IsZero() && (period.End().Before(p.Start) || period.Start().After(p.End))
}

// ClosedBy is the approval that closes the period (of its own, or of a
// later period, which closes every earlier one), or nil when it is open.
func (p *Plan) ClosedBy(period Period) *Entry {
	var by *Entry
	for _, i := range p.written {
		e := &p.Entries[i]
		if e.Approval && !period.End().After(e.Period.End()) && (by == nil || e.Period.End().Before(by.Period.End())) {
			by = e
		}
	}
	return by
}

// Overdue reports whether the initiative's due date has passed by the day
// while its state is neither done nor dropped: *forsinket*.
func (in *Initiative) Overdue(state State, day Date) bool {
	return !in.Due.IsZero() && day.After(in.Due) && state != Done && state != Dropped
}

// sortMeetings puts the meetings in date order.
func sortMeetings(ms []Meeting) {
	slices.SortStableFunc(ms, func(a, b Meeting) int { return a.Date.Compare(b.Date) })
}

// Before is the plan with only the entries before the i-th (in file
// order): the plan as it stood when that entry was recorded, for making
// an approved paper again. p is left as it was.
func (p *Plan) Before(i int) *Plan {
	q := *p
	q.Entries = slices.Clone(p.Entries[:max(0, min(i, len(p.Entries)))])
	q.entriesOf, q.written, q.array = nil, nil, nil
	q.indexEntries(0)
	return &q
}

// IndexOf is the index in Entries of the entry e points at, or -1.
func (p *Plan) IndexOf(e *Entry) int {
	for i := range p.Entries {
		if &p.Entries[i] == e {
			return i
		}
	}
	return -1
}
