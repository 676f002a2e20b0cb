package model

// compared is the figure a target is compared with (see comparedOf): for a
// relative target, the difference from the reference. Only figures that
// scorable kept are compared.
func compared(p *Plan, m *Measure, e *Entry) float64 {
	v, _ := comparedOf(p, m, e)
	return v
}

// better is the direction of good figures: as written, or as the target
// implies where the plan leaves it out (a direction, the sign of a change).
func better(m *Measure) Better {
	if m.Better != "" || m.Target == nil {
		return m.Better
	}
	if t := m.Target; t.Kind == RangeTarget && t.Resolved && t.Value == t.Max && t.Max != t.Min {
		return Lower // from above the range, a figure has to come down into it
	}
	if b := m.Target.Implied(); b != "" {
		return b
	}
	return Higher
}

// score sets the measure's value, baseline, progress, expected progress,
// track and the facts that explain it, from its current figures in period
// order.
func score(ms *MeasureStatus, figures []*Entry, p *Plan) {
	m := ms.Measure
	figures, ms.Unscored, ms.Ranks, ms.Gaps = scorable(p, m, figures)
	if ind := p.IndicatorOf(m); ind != nil {
		ms.Invented = ind.Invented
	}
	ms.UnscoredNoReference = len(ms.Unscored) > 0 && !ranked(m) &&
		(p.IndicatorOf(m) == nil || p.GroupNamed(m.Reference) == nil)
	if ind := p.IndicatorOf(m); ind != nil && ranked(m) && len(ms.Unscored) > 0 {
		ms.UnscoredNoRow = ind.Area(p.AreaOf(m)) < 0
		if ms.UnscoredNoRow {
			ms.RowName = p.AreaOf(m)
		}
	}
	if n := len(figures); n > 0 {
		ms.judged = figures[n-1]
	}
	switch {
	case ms.Latest == nil && ms.Pending != nil:
		ms.Track = Pending
	case ms.judged == nil:
		ms.Track = NoData
	}
	if ms.judged != nil {
		ms.Value = compared(p, m, ms.judged)
		ms.Baseline = Point{compared(p, m, figures[0]), figures[0].Period.End()}
		ms.BaselineIsFirst = m.Baseline == nil
		ms.Why = Explanation{Figure: ms.Value, Period: ms.judged.Period}
	}
	if m.Baseline != nil {
		ms.Baseline = *m.Baseline
	}
	t := m.Target
	if m.Better == Neither {
		follow(ms, p)
		return
	}
	if t == nil {
		ms.Track = NoTarget
		return
	}
	if resolved := fromFirstFigure(ms); resolved != nil {
		// a change from `baseline = "first"`: scored as a copy of the
		// measure whose target the first figure resolved
		defer func() { ms.Measure = m }()
		ms.Measure, t = resolved, resolved.Target
	}
	if ms.HasTarget = t.Numeric(); ms.HasTarget {
		ms.Target = t.Value
		ms.Why.Target, ms.Why.TargetDate, ms.Why.HasTarget = t.Value, t.Date, true
	}
	if ms.judged == nil {
		return
	}
	b := termsBetter(m)
	switch {
	case t.Always && t.Numeric():
		scoreLimit(ms, figures, b, p)
		milestoneCaps(ms, figures, b, p)
	case t.Kind == DirectionTarget:
		scoreDirection(ms, figures, b, p)
		milestoneCaps(ms, figures, b, p)
	case t.Numeric():
		scoreValue(ms, figures, b, p)
	default: // a change with no baseline to change from: `check` refuses it
		ms.Track = NoData
	}
}

// follow sets what a measure with `better = "neither"` shows: its figures
// and the expected figure by the lines joining baseline, milestones and
// target (read as expected values), but no track and no bar: it is
// followed (følges).
func follow(ms *MeasureStatus, p *Plan) {
	ms.Track = Followed
	if ms.judged == nil && ms.Pending != nil {
		ms.Track = Pending
	}
	m := ms.Measure
	if r := fromFirstFigure(ms); r != nil {
		m = r
	}
	t := m.Target
	if t == nil || !t.Numeric() || ms.Baseline.Date.IsZero() {
		return
	}
	ms.Target, ms.HasTarget = t.Value, true
	at := judgedAt(ms)
	ms.ExpectedValue = ms.Baseline.Value + Expected(m, ms.Baseline, at)*(t.Value-ms.Baseline.Value)
	ms.HasExpected = true
	ms.Why.Against, ms.Why.Value, ms.Why.Date = ByExpected, ms.ExpectedValue, at
	ms.Why.Target, ms.Why.TargetDate, ms.Why.HasTarget = t.Value, t.Date, true
	ms.Why.Cmp = cmpFloat(ms.Why.Figure, ms.Why.Value)
}

// fromFirstFigure is a copy of the measure with its change target and
// milestones resolved from the first figure, where the plan says
// `baseline = "first"` and a figure is there; nil otherwise.
func fromFirstFigure(ms *MeasureStatus) *Measure {
	m := ms.Measure
	if !m.BaselineFirst || m.Target == nil || ms.judged == nil || m.Target.Resolved {
		return nil
	}
	c := *m
	base := ms.Baseline
	t := *m.Target
	t.Resolve(&base)
	c.Target = &t
	c.Milestones = make([]Target, len(m.Milestones))
	for i, mt := range m.Milestones {
		mt.Resolve(&base)
		c.Milestones[i] = mt
	}
	return &c
}

// milestoneCaps keeps a limit or a direction from a good verdict where the
// plan's own milestone is missed (scoreValue does this for a figure to
// reach): "fald i andelen" down from 14 % to 13,5 % with a milestone of
// 12 % for 2022 is at best at risk, and the why names the milestone.
// Their progress is all or nothing, so it counts 0 %.
func milestoneCaps(ms *MeasureStatus, figures []*Entry, b Better, p *Plan) {
	mm := checkMilestones(ms, figures, b, judgedAt(ms), p)
	if mm == nil || !ms.Track.Good() {
		return
	}
	ms.Track, ms.Progress = AtRisk, 0 // it counts 100 % only when its verdict is good
	ms.Why.byMilestone(mm)
}

// checkMilestones judges the measure's milestones by the day judged and
// returns the one that counts as missed, or nil.
func checkMilestones(ms *MeasureStatus, figures []*Entry, b Better, at Date, p *Plan) *MilestoneCheck {
	ms.Milestones = milestoneChecks(p, ms.Measure, figures, b, at)
	ms.MissedMilestone = missedMilestone(ms.Milestones)
	return ms.MissedMilestone
}

// byMilestone makes the why the missed milestone and the figure for it.
func (w *Explanation) byMilestone(mm *MilestoneCheck) {
	w.Figure, w.Period = mm.Actual, mm.Period
	w.Against, w.Value, w.Date, w.Meets = ByMilestone, mm.Expected, mm.Milestone.Date, false
	w.Cmp = cmpFloat(w.Figure, w.Value)
}

// judgedAt is the day a measure's figures are judged for: the end of the
// period its figure is due for at the as-of period, or of its latest figure
// judged where that came early. A yearly figure, or one that comes a period late,
// can show no more than its own period: judging it against a later day
// would put a figure that is on the plan's line behind, and call a target
// missed before its figure is due. So can a figure judged while a later one
// awaits the comparison table: the later one may be the target's own, and
// "ikke nået" by the one before would be taken back when the table has it.
// Where the figure is due every as-of period, this is the as-of period's end.
func judgedAt(ms *MeasureStatus) Date {
	at := ms.Due.End()
	if ms.judged == nil {
		return at
	}
	end := ms.judged.Period.End()
	if n := len(ms.Unscored); end.After(at) || (n > 0 && ms.Unscored[n-1].End().After(end)) {
		at = end
	}
	return at
}

// passed reports whether a dated target's date has come by the day judged.
func passed(d, at Date) bool { return !d.IsZero() && !d.After(at) }

// scoreLimit judges a limit: held while every figure within its dates keeps
// it, breached from the first that does not.
func scoreLimit(ms *MeasureStatus, figures []*Entry, b Better, p *Plan) {
	t := ms.Measure.Target
	ms.Why.Against, ms.Why.Value, ms.Why.Date = ByLimit, t.Value, t.Date
	var judged *Entry
	for _, e := range figures {
		if (!p.Start.IsZero() && e.Period.End().Before(p.Start)) || e.Period.Start().After(t.Date) {
			continue // before the plan, or after the limit's date
		}
		judged = e
		if !t.Meets(b, compared(p, ms.Measure, e), 0) {
			ms.BreachedAt = e.Period
			break
		}
	}
	if judged == nil { // every figure comes after the limit's date: nothing to judge
		ms.Track, ms.Why.Figure, ms.Why.Period = NoData, 0, Period{}
		return
	}
	ms.Met, ms.Track, ms.Progress, ms.Expected = ms.BreachedAt.IsZero(), Held, 1, 1
	if !ms.Met {
		ms.Track, ms.Progress = Breached, 0
	}
	ms.Why.Figure, ms.Why.Period = compared(p, ms.Measure, judged), judged.Period
	ms.Why.Cmp, ms.Why.Meets = cmpFloat(ms.Why.Figure, t.Value), ms.Met
}

// scoreDirection judges a direction by the latest figure against the
// baseline (the plan's, or the first figure): met or off track, and after
// its date met or missed. With only the first figure there is nothing to
// compare yet: no data.
func scoreDirection(ms *MeasureStatus, figures []*Entry, b Better, p *Plan) {
	t := ms.Measure.Target
	ms.Why.Against, ms.Why.Value, ms.Why.Date = ByBaseline, ms.Baseline.Value, ms.Baseline.Date
	ms.Why.BaselineIsFirst = ms.BaselineIsFirst
	ms.Why.Cmp = cmpFloat(ms.Value, ms.Baseline.Value)
	if ms.BaselineIsFirst && len(figures) < 2 {
		ms.Track = NoData
		return
	}
	ms.Met = t.Meets(b, ms.Value, ms.Baseline.Value)
	ms.Why.Meets = ms.Met
	if passed(t.Date, judgedAt(ms)) { // a final verdict needs its own figure
		own := OwnFigure(figures, DeadlinePeriod(ms.Measure))
		if own == nil {
			ms.Track, ms.Awaited = Awaiting, DeadlinePeriod(ms.Measure)
			return
		}
		ms.Value = compared(p, ms.Measure, own)
		ms.Met = t.Meets(b, ms.Value, ms.Baseline.Value)
		ms.Why.Figure, ms.Why.Period, ms.Why.Meets = ms.Value, own.Period, ms.Met
		ms.Why.Cmp = cmpFloat(ms.Value, ms.Baseline.Value)
	}
	switch {
	case ms.Met:
		ms.Track, ms.Progress = Met, 1
	case passed(t.Date, judgedAt(ms)):
		ms.Track = Missed
	default:
		ms.Track = OffTrack
	}
}

// scoreValue judges a figure to reach (a value, or a change the baseline
// resolved) by the track rule, then by the plan's own numbers: a passed
// target date makes the verdict final, and a passed milestone that the
// figure for it missed keeps the measure from being on track.
func scoreValue(ms *MeasureStatus, figures []*Entry, b Better, p *Plan) {
	m, t := ms.Measure, ms.Measure.Target
	at := judgedAt(ms)
	ms.Met = t.Meets(b, ms.Value, t.Value)
	ms.Progress = progress(ms.Met, ms.Value, ms.Baseline.Value, t.Value)
	ms.Expected = Expected(m, ms.Baseline, at)
	ms.ExpectedValue, ms.HasExpected = ms.Baseline.Value+ms.Expected*(t.Value-ms.Baseline.Value), true
	if passed(t.Date, at) {
		ms.ExpectedValue = t.Value // the line ends at the target
	}
	ms.Track = TrackOf(ms.Met, ms.Progress, ms.Expected)
	checkMilestones(ms, figures, b, at, p)
	// A passed deadline is judged by the figure for it, once: a later
	// figure that meets the target does not undo "ikke nået", and until
	// that figure is in the verdict waits for it.
	switch {
	case passed(t.Date, at):
		finalVerdict(ms, figures, b, p)
	case ms.Met:
	case ms.MissedMilestone != nil && ms.Track > AtRisk:
		ms.Track = AtRisk
	}
	w := &ms.Why
	w.Against, w.Value, w.Date = ByExpected, ms.ExpectedValue, at
	w.Meets = IsMet(b, ms.Value, ms.ExpectedValue)
	switch mm := ms.MissedMilestone; {
	case ms.Track == Awaiting: // what the latest figure would mean
		w.Against, w.Value, w.Date, w.Meets = ByTarget, t.Value, t.Date, t.Meets(b, ms.Value, t.Value)
	case ms.Met || passed(t.Date, at):
		w.Against, w.Value, w.Date, w.Meets = ByTarget, t.Value, t.Date, ms.Met
	case mm != nil:
		w.byMilestone(mm)
	case ms.Baseline.Value == t.Value: // a flat line expects the target itself, strict where it is
		w.Against, w.Value, w.Date, w.Meets = ByTarget, t.Value, t.Date, false
	}
	w.Cmp = cmpFloat(w.Figure, w.Value)
}

// finalVerdict decides met or missed after the target's date by the figure
// for the period that holds the date (by the measure's frequency), and
// leaves the measure awaiting that figure until it is recorded.
func finalVerdict(ms *MeasureStatus, figures []*Entry, b Better, p *Plan) {
	m, t := ms.Measure, ms.Measure.Target
	own := OwnFigure(figures, DeadlinePeriod(m))
	if own == nil {
		ms.Track, ms.Awaited = Awaiting, DeadlinePeriod(m) // Met stays what the latest figure would mean
		return
	}
	v := compared(p, m, own)
	ms.Met = t.Meets(b, v, t.Value)
	ms.Track, ms.Progress = Missed, progress(ms.Met, v, ms.Baseline.Value, t.Value)
	if ms.Met {
		ms.Track = Met
	}
	ms.Why.Figure, ms.Why.Period = v, own.Period
}

// DeadlinePeriod is the measure's period that holds its target's date.
func DeadlinePeriod(m *Measure) Period { return Of(m.Span(), m.Target.Date) }

// OwnFigure is the figure for the period: its own, or the latest of a
// finer period within it (as a finer entry counts for the period that
// holds it); nil where there is none.
func OwnFigure(figures []*Entry, period Period) *Entry {
	for i := len(figures) - 1; i >= 0; i-- {
		if e := figures[i]; e.Period == period || period.Contains(e.Period) {
			return e
		}
	}
	return nil
}

// progress is Progress for a target that may be strict: a figure equal to
// a strict target has come all the way but has not met it.
func progress(met bool, v, b, t float64) float64 {
	switch {
	case met:
		return 1
	case b == t:
		return 0
	}
	// Only a met target shows 100 %: a strict "under 800" reached 800 exactly.
	return min((v-b)/(t-b), notMetAtMost)
}

// notMetAtMost is the most progress a figure that misses its target shows.
const notMetAtMost = 0.99

// missedMilestone is the latest milestone whose date has passed by the day
// judged, when the figure for it missed it; nil when it was met or there is
// no figure to judge it.
func missedMilestone(checks []MilestoneCheck) *MilestoneCheck {
	if n := len(checks); n > 0 && checks[n-1].Judged && !checks[n-1].Met {
		return &checks[n-1]
	}
	return nil
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b-eps:
		return -1
	case a > b+eps:
		return 1
	}
	return 0
}
