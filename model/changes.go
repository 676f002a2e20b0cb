package model

import "slices"

// Changes are what changed between the view a meeting saw and the view now:
// what a manager reads first in the next meeting's papers.
type Changes struct {
	Then, Now View
	Tracks    []TrackChange // measures whose track changed
	New       []NewFigure   // figures for a measure and period that had none then
	// History are new figures for periods before the meeting's own: a
	// history typed in, said as one line when there are many.
	History     []NewFigure
	Revised     []Revision    // figures that replaced the one the meeting saw
	Initiatives []StateChange // initiatives whose state changed
}

// TrackChange is a measure that moved from one track to another.
type TrackChange struct {
	Measure  *Measure
	From, To Track
}

// NewFigure is a figure for a period the meeting had none for.
type NewFigure struct {
	Measure *Measure
	Entry   *Entry
}

// Revision is a figure the meeting saw (Was) and the figure that has
// replaced it for the same period (Now).
type Revision struct {
	Measure  *Measure
	Was, Now *Entry
}

// StateChange is an initiative whose state changed; From is empty where it had none.
type StateChange struct {
	Initiative *Initiative
	From, To   State
}

// Empty reports whether nothing changed.
func (c *Changes) Empty() bool {
	return len(c.Tracks)+len(c.New)+len(c.History)+len(c.Revised)+len(c.Initiatives) == 0
}

// MeetingView is the view a meeting looked at, when only its period is
// known: the figures up to since, as recorded by the end of the period
// after it (meetings are held in the period after the one they review),
// never later than what now itself sees.
func MeetingView(since Period, now View) View {
	then := View{AsOf: since, AsRecorded: since.Add(1).End()}
	if !now.AsRecorded.IsZero() && now.AsRecorded.Before(then.AsRecorded) {
		then.AsRecorded = now.AsRecorded
	}
	return then
}

// PreviousMeeting is the as-of period of the meeting before one as of
// asOf: the period before it in the plan's cadence.
func PreviousMeeting(c Cadence, asOf Period) Period {
	return Of(c.Span(), asOf.End()).Add(-1)
}

// LastMeetingView is the view the meeting before the paper for now's
// as-of period looked at, where the plan has [[meeting]]s: that meeting's
// period, as recorded by its date (and never later than now sees). ok is
// false where no meeting came before.
func LastMeetingView(p *Plan, now View) (View, bool) {
	var before *Meeting
	if m := p.MeetingFor(now.AsOf); m != nil {
		before = p.MeetingBefore(now.AsOf)
	} else {
		for i := range p.Meetings {
			if p.Meetings[i].Period.End().Before(now.AsOf.End()) {
				before = &p.Meetings[i]
			}
		}
	}
	if before == nil {
		return View{}, false
	}
	then := View{AsOf: before.Period, AsRecorded: before.Date}
	if !now.AsRecorded.IsZero() && now.AsRecorded.Before(then.AsRecorded) {
		then.AsRecorded = now.AsRecorded
	}
	return then, true
}

// ChangesSince compares a snapshot with what the meeting as of since saw.
func ChangesSince(now *Snapshot, since Period) Changes {
	return ChangesBetween(Compute(now.Plan, MeetingView(since, now.View)), now)
}

// ChangesBetween compares two snapshots of the same plan, in the order the
// plan lists goals, measures and initiatives.
func ChangesBetween(then, now *Snapshot) Changes {
	c := Changes{Then: then.View, Now: now.View}
	for _, g := range now.Goals {
		for _, ms := range g.Measures {
			was := then.Measure(ms.Measure)
			if was.Track != ms.Track {
				c.Tracks = append(c.Tracks, TrackChange{ms.Measure, was.Track, ms.Track})
			}
			seen := currentFigures(was)
			for _, e := range figuresInOrder(ms) {
				old, ok := seen[e.Period]
				switch {
				case !ok && e.Period.End().Before(then.View.AsOf.Start()):
					c.History = append(c.History, NewFigure{ms.Measure, e})
				case !ok:
					c.New = append(c.New, NewFigure{ms.Measure, e})
				case old.Value != e.Value || old.Reference != e.Reference || old.HasRef != e.HasRef:
					c.Revised = append(c.Revised, Revision{ms.Measure, old, e})
				}
			}
		}
	}
	for _, in := range now.Plan.Initiatives() {
		was, is := then.Initiative(in), now.Initiative(in)
		if was.State != is.State {
			c.Initiatives = append(c.Initiatives, StateChange{in, was.State, is.State})
		}
	}
	return c
}

// currentFigures are a measure's figures in a view, one per period.
func currentFigures(ms *MeasureStatus) map[Period]*Entry {
	out := map[Period]*Entry{}
	for _, e := range figuresInOrder(ms) {
		out[e.Period] = e
	}
	return out
}

// figuresInOrder are the current (not superseded) figures of a measure, in
// period order; pending marks are not figures.
func figuresInOrder(ms *MeasureStatus) []*Entry {
	var out []*Entry
	for _, r := range ms.History {
		if !r.Superseded && r.Entry.HasValue {
			out = append(out, r.Entry)
		}
	}
	slices.SortStableFunc(out, func(a, b *Entry) int { return a.Period.Compare(b.Period) })
	return out
}
