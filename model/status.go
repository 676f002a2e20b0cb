package model

import (
	"fmt"
	"hash/fnv"
	"slices"
)

// View says which figures a snapshot looks at: those of periods up to AsOf,
// and, when AsRecorded is set, only those recorded by that day.
type View struct {
	AsOf       Period
	AsRecorded Date // zero: every entry counts
}

// sees reports whether an entry counts in the view.
func (v View) sees(e *Entry) bool {
	if e.Period.End().After(v.AsOf.End()) {
		return false
	}
	return v.AsRecorded.IsZero() || e.At.IsZero() || !DateOf(e.At).After(v.AsRecorded)
}

// HistoryRow is one entry of a measure's history as the view sees it.
type HistoryRow struct {
	Entry      *Entry
	Superseded bool // a later entry for the same period replaced it
}

// MeasureStatus is a measure as it stands in a view.
type MeasureStatus struct {
	Measure  *Measure
	Latest   *Entry  // the latest figure; nil when there is none
	Value    float64 // the compared value: the figure, or its difference from the reference
	Baseline Point   // the plan's baseline, or else the first figure
	Progress float64 // unclamped; meaningful when Track.Scored()
	Expected float64
	Met      bool
	Track    Track
	Revised  bool // the shown figure replaced an earlier one, or (as recorded) has been replaced since
	Missing  bool // no entry for the period due (see Due), or the latest figure is stale
	History  []HistoryRow

	// BaselineIsFirst: the plan gives no baseline, so Baseline is the first
	// figure recorded: shown as "første tal", never as "udgangspunkt".
	BaselineIsFirst bool
	// Target is the target's figure as resolved: for a change, the
	// baseline moved by the change ("fald på 74 fra 1.200: højst 1.126":
	// Measure.Baseline, Measure.Target.Change and Target). HasTarget is
	// false for a direction and for a change without a baseline.
	Target    float64
	HasTarget bool
	// ExpectedValue is the figure the plan expects by the end of the as-of
	// period, in the measure's unit ("forventet 65,5 %"), read off the
	// same lines as Expected. HasExpected is false where no figure can be
	// expected (no target, a direction, a limit).
	ExpectedValue float64
	HasExpected   bool
	// MissedMilestone is the latest milestone whose date has passed by the
	// as-of period, when the figure for it (the latest up to its date, or
	// else the first after it) missed it; nil otherwise.
	MissedMilestone *MilestoneCheck
	// Milestones are the milestones whose dates have passed by the as-of
	// period (before the target's date), in date order, each judged by the
	// figure for it: what a committee paper lists as reached or not.
	Milestones []MilestoneCheck
	// BreachedAt is the period of the first figure that broke a limit
	// (`always`); zero when the limit holds or the target is not a limit.
	BreachedAt Period
	// Due is the period a figure is expected for at the as-of period: the
	// latest period of the measure's frequency ended by then, moved back
	// by its lag.
	Due Period
	// Stale: the latest figure is for a period before Due and no entry
	// (not even a pending mark) is there for Due; the view shows its age
	// (Latest.Period: "tal fra 2021-05"), and the measure is on the
	// missing list.
	Stale bool
	// Pending is the latest pending mark ("afventer måling") not followed
	// by a figure of the same or a later period, with its note; nil when
	// there is none. Set for every measure, with or without a target.
	Pending *Entry
	// Unscored are the periods of figures the target cannot judge, oldest
	// first: a target against other areas whose table has no figures for
	// the period (or no reference figure to take a ratio of). They are shown
	// but not scored; the track is judged by the latest figure it can judge.
	Unscored []Period
	// UnscoredNoReference: the figures are unscored for want of a reference
	// the table cannot give (the measure has no table, or its reference
	// names no group in it): each needs its own; the table lacks nothing.
	UnscoredNoReference bool
	// UnscoredNoRow: a rank or better_than's figures are unscored because
	// the table has no row of the measure's area (as the view, which does
	// not rank it either).
	UnscoredNoRow bool
	RowName       string // with UnscoredNoRow: the area the table has no row for
	// Ranks are where the scored figures stand in the group a rank or
	// better_than target ranks in, oldest first; nil for other targets.
	Ranks []Ranked
	// Gaps are what the table lacks for the unscored figures of a rank or
	// better_than (ranks need a whole table), oldest first.
	Gaps []TableGap
	// Why holds the facts that explain the track in one sentence.
	Why Explanation
	// Awaited is the period whose figure a final verdict waits for (Track
	// Awaiting): the one that holds the target's date.
	Awaited Period
	// Assessed is the verdict people gave for the measure (`assessed`),
	// the latest not followed by a figure of a later period; nil when
	// there is none. Track is then its track, and Computed the track the
	// figures give (NoData without figures).
	Assessed *Entry
	Computed Track
	// Invented: the measure's comparison table is the built-in example's
	// (invented figures), which every view says.
	Invented bool

	judged *Entry // the latest figure scored: Latest, unless its period is Unscored
}

// GoalStatus is a goal's roll-up in a view.
type GoalStatus struct {
	Goal     *Goal
	Assessed *Entry        // the latest verdict people gave for the goal itself; nil when none
	Progress float64       // mean of the clamped progress of its scored measures
	Scored   int           // how many measures the mean is over; 0: nothing scored, views show "–"
	Counts   map[Track]int // measures per track, every track counted (no target and pending too)
	Measures []*MeasureStatus
	// Work is how far its initiatives have come; for a goal worked on
	// (Goal.WorkedOn) it is shown in place of the progress.
	Work Work
	// Money is its initiatives' budgets and spending (through every
	// strategy that serves it).
	Money Money
}

// HasProgress reports whether any measure of the goal is scored; without
// one the goal's progress is shown as "–", never as 0 %.
func (g *GoalStatus) HasProgress() bool { return g.Scored > 0 }

// InitiativeStatus is an initiative's latest state in a view.
type InitiativeStatus struct {
	Initiative *Initiative
	State      State // empty when no state is recorded
	Entry      *Entry
	// Overdue: its due date passed by the end of the as-of period while it
	// was neither done nor dropped (forsinket).
	Overdue bool
	// Spent is the money recorded spent on it up to the as-of period
	// (HasSpent: any is recorded).
	Spent    float64
	HasSpent bool
	// SpentRevised is why an amount counted was recorded after the period
	// was approved ("revideret efter godkendelse"); "" for none.
	SpentRevised string
}

// Snapshot is the whole plan as it stands in a view: computed once per load
// or change, read by every screen and report.
type Snapshot struct {
	Plan        *Plan
	View        View
	Goals       []*GoalStatus // ministermål first, then local goals, each in file order
	measures    map[*Measure]*MeasureStatus
	initiatives map[*Initiative]*InitiativeStatus
}

// Measure returns the status of a measure of the plan.
func (s *Snapshot) Measure(m *Measure) *MeasureStatus { return s.measures[m] }

// Initiative returns the status of an initiative of the plan.
func (s *Snapshot) Initiative(in *Initiative) *InitiativeStatus { return s.initiatives[in] }

// GapIn is what the table lacks to rank the period's figure; false when
// it lacks nothing.
func (ms *MeasureStatus) GapIn(period Period) (TableGap, bool) {
	for _, g := range ms.Gaps {
		if g.Period == period {
			return g, true
		}
	}
	return TableGap{}, false
}

// MeasuresOnce are the measures' statuses in the goals' order, each once:
// a measure of a strategy for two goals stands under the first. What a
// table of measures (a spreadsheet, the entry sheet, collect) lists.
func (s *Snapshot) MeasuresOnce() []*MeasureStatus {
	var out []*MeasureStatus
	seen := make(map[*Measure]bool, len(s.measures))
	for _, g := range s.Goals {
		for _, ms := range g.Measures {
			if !seen[ms.Measure] {
				seen[ms.Measure] = true
				out = append(out, ms)
			}
		}
	}
	return out
}

// Missing returns the measures with no entry for the as-of period, by
// goal; a measure under two goals (a strategy that serves both) is listed
// once, under the first.
func (s *Snapshot) Missing() []*GoalStatus {
	var out []*GoalStatus
	listed := map[*Measure]bool{}
	for _, g := range s.Goals {
		var ms []*MeasureStatus
		for _, m := range g.Measures {
			if m.Missing && !listed[m.Measure] {
				listed[m.Measure] = true
				ms = append(ms, m)
			}
		}
		if len(ms) > 0 {
			out = append(out, &GoalStatus{Goal: g.Goal, Measures: ms})
		}
	}
	return out
}

// Compute works out every measure's, goal's and initiative's status in the view.
func Compute(p *Plan, v View) *Snapshot {
	s := &Snapshot{
		Plan:        p,
		View:        v,
		measures:    make(map[*Measure]*MeasureStatus, len(p.Measures)),
		initiatives: make(map[*Initiative]*InitiativeStatus),
	}
	var figures []*Entry // reused from measure to measure: it only lives while one is scored
	for _, m := range p.Measures {
		s.measures[m], figures = measureStatus(p, m, v, figures[:0])
	}
	goals := slices.Clone(p.Goals)
	slices.SortStableFunc(goals, func(a, b *Goal) int { return kindRank(a.Kind) - kindRank(b.Kind) })
	for _, g := range goals {
		gs := &GoalStatus{Goal: g, Counts: map[Track]int{}}
		sum := 0.0
		for _, m := range g.Measures {
			ms := s.measures[m]
			gs.Measures = append(gs.Measures, ms)
			gs.Counts[ms.Track]++
			switch {
			case ms.Track.Assessed(): // the goal counts the assessed track
				sum += assessedProgress(ms.Track)
				gs.Scored++
			case ms.Track.Scored():
				sum += Clamp01(ms.Progress)
				gs.Scored++
			}
		}
		if gs.Scored > 0 {
			gs.Progress = sum / float64(gs.Scored)
		}
		gs.Assessed = latestAssessed(p, g, v)
		s.Goals = append(s.Goals, gs)
	}
	for _, in := range p.Initiatives() {
		s.initiatives[in] = initiativeStatus(p, in, v)
	}
	for _, gs := range s.Goals {
		ins := gs.Goal.Initiatives()
		gs.Work, gs.Money = s.WorkOf(ins), s.MoneyOf(ins)
	}
	return s
}

func kindRank(k GoalKind) int {
	if k == Minister {
		return 0
	}
	return 1
}

// supersedes reports whether entry e replaces the earlier-in-file entry w
// for the same period: a later `at` wins; where `at` is equal, the entry
// with the higher Sum (the same in every clone, whichever way a merge
// ordered the two); where `at` is missing on either side, or the entries
// are alike, the later in the file does.
func supersedes(e, w *Entry) bool {
	if e.At.IsZero() || w.At.IsZero() {
		return true
	}
	if !e.At.Equal(w.At) {
		return e.At.After(w.At)
	}
	return e.Sum() >= w.Sum()
}

// Sum is a checksum of the entry as written (FNV-1a, 64 bits), alike in
// every copy of the file: it breaks a tie on `at`.
func (e *Entry) Sum() uint64 {
	w := e.AsWritten()
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%v %g\x00%v %g\x00%v\x00%s\x00%s\x00%s\x00%d",
		w.Measure, w.Initiative, w.Period, w.HasValue, w.Value, w.HasRef, w.Reference, w.Pending, w.State, w.Note, w.By, w.At.UnixNano())
	if w.Written() || w.Approval || w.Revised != "" { // the cycle's keys; older entries sum as before
		fmt.Fprintf(h, "\x00%s\x00%s\x00%s\x00%v\x00%s\x00%s", w.Goal, w.Vurdering, w.Indstilling, w.Approval, w.Paper, w.Revised)
	}
	return h.Sum64()
}

// measureStatus works out a measure's status, using figures as room for
// its current figures (returned for the next measure to reuse).
func measureStatus(p *Plan, m *Measure, v View, figures []*Entry) (*MeasureStatus, []*Entry) {
	ms := &MeasureStatus{Measure: m, Due: Due(m, v.AsOf), History: make([]HistoryRow, 0, len(p.entriesOf[m]))}
	covered := false // an entry (a figure or a pending mark) is there for the due period or later
	// For each period, the row in History of its current entry. A measure
	// has a few dozen periods at most: a slice beats a map here.
	var winners []periodRow
	var hidden []*Entry // recorded after AsRecorded, for marking revisions
	asOfEnd := v.AsOf.End()
	for _, idx := range p.entriesOf[m] {
		e := &p.Entries[idx]
		if !v.sees(e) {
			if !e.Period.End().After(asOfEnd) {
				hidden = append(hidden, e)
			}
			continue
		}
		covered = covered || covers(e.Period, ms.Due)
		if e.Assessed != "" { // a verdict, beside the figures: it replaces none of them
			if ms.Assessed == nil || e.Period.Compare(ms.Assessed.Period) > 0 ||
				(e.Period == ms.Assessed.Period && supersedes(e, ms.Assessed)) {
				ms.Assessed = e
			}
			continue
		}
		row := len(ms.History)
		ms.History = append(ms.History, HistoryRow{Entry: e})
		if w := findPeriod(winners, e.Period); w >= 0 {
			if supersedes(e, ms.History[winners[w].row].Entry) {
				ms.History[winners[w].row].Superseded = true
				winners[w].row = row
			} else {
				ms.History[row].Superseded = true
			}
			continue
		}
		winners = append(winners, periodRow{e.Period, row})
	}
	for _, w := range winners { // the current figures, then in period order
		e := ms.History[w.row].Entry
		switch {
		case e.HasValue:
			figures = append(figures, e)
		case e.Pending && (ms.Pending == nil || e.Period.Compare(ms.Pending.Period) > 0):
			ms.Pending = e
		}
	}
	byPeriod := func(a, b *Entry) int { return a.Period.Compare(b.Period) }
	if !slices.IsSortedFunc(figures, byPeriod) { // figures mostly come in period order
		slices.SortFunc(figures, byPeriod)
	}
	if n := len(figures); n > 0 {
		ms.Latest = figures[n-1]
		ms.Revised = entriesFor(ms.History, ms.Latest.Period) > 1 || revisedSince(hidden, ms.Latest)
		if ms.Pending != nil && ms.Pending.Period.Compare(ms.Latest.Period) <= 0 {
			ms.Pending = nil // a figure of the same or a later period has come since
		}
	}
	ms.Missing = !covered
	ms.Stale = ms.Missing && ms.Latest != nil
	score(ms, figures, p)
	ms.Computed = ms.Track
	if a := ms.Assessed; a != nil && (ms.Latest == nil || a.Period.Compare(ms.Latest.Period) >= 0) {
		ms.Track = a.Assessed.Track()
	} else {
		ms.Assessed = nil // a figure of a later period has come since
	}
	return ms, figures
}

// latestAssessed is the latest assessment of a goal in the view, nil when none.
func latestAssessed(p *Plan, g *Goal, v View) *Entry {
	var latest *Entry
	for _, idx := range p.entriesOf[g] {
		e := &p.Entries[idx]
		if v.sees(e) && e.Assessed != "" && (latest == nil || e.Period.Compare(latest.Period) > 0 ||
			(e.Period == latest.Period && supersedes(e, latest))) {
			latest = e
		}
	}
	return latest
}

// Due is the period a measure's figure is expected for at the as-of period:
// the latest period of the measure's frequency that has ended by the end of
// the as-of period, moved back by its lag.
func Due(m *Measure, asOf Period) Period {
	span := m.Span()
	if span == 0 {
		span = asOf.Span
	}
	due := Of(span, asOf.End())
	if due.End().After(asOf.End()) {
		due = due.Add(-1)
	}
	return due.Add(-m.Lag)
}

// covers reports whether an entry of period e counts for the due period:
// it is the due period, a finer period inside it, or a later one.
func covers(e, due Period) bool {
	return due.Contains(e) || !e.End().Before(due.End())
}

type periodRow struct {
	period Period
	row    int
}

func findPeriod(rows []periodRow, p Period) int {
	for i := len(rows) - 1; i >= 0; i-- { // figures mostly come in period order
		if rows[i].period == p {
			return i
		}
	}
	return -1
}

func entriesFor(rows []HistoryRow, p Period) int {
	n := 0
	for _, r := range rows {
		if r.Entry.Period == p {
			n++
		}
	}
	return n
}

func revisedSince(hidden []*Entry, latest *Entry) bool {
	for _, e := range hidden {
		if e.Period == latest.Period {
			return true
		}
	}
	return false
}

func initiativeStatus(p *Plan, in *Initiative, v View) *InitiativeStatus {
	st := &InitiativeStatus{Initiative: in}
	for _, idx := range p.entriesOf[in] {
		e := &p.Entries[idx]
		if !v.sees(e) || e.State == "" {
			continue
		}
		if st.Entry == nil || e.Period.Compare(st.Entry.Period) > 0 ||
			(e.Period == st.Entry.Period && supersedes(e, st.Entry)) {
			st.Entry, st.State = e, e.State
		}
	}
	st.Overdue = in.Overdue(st.State, v.AsOf.End())
	st.Spent, st.HasSpent, st.SpentRevised = spentOf(p, in, v)
	return st
}

// Overdue are the initiatives past their due date in the view, in plan order.
func (s *Snapshot) Overdue() []*InitiativeStatus {
	var out []*InitiativeStatus
	for _, in := range s.Plan.Initiatives() {
		if st := s.Initiative(in); st.Overdue {
			out = append(out, st)
		}
	}
	return out
}

// Current is the entry that counts for a measure's period among all that
// are recorded (whatever a view hides), or nil: what a new entry for that
// period would replace.
func (p *Plan) Current(m *Measure, period Period) *Entry {
	var current *Entry
	for _, idx := range p.entriesOf[m] {
		if e := &p.Entries[idx]; e.Period == period && (current == nil || supersedes(e, current)) {
			current = e
		}
	}
	return current
}
