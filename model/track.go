package model

// Track says how a measure is doing against its target at the as-of period.
type Track int

// The tracks. NoTarget measures are followed but not scored; NoData and
// Pending have no figure to score (NoData also for a direction with only
// its first figure and no baseline: nothing to compare yet, and for a
// change with no baseline to change from). Missed is final: the target's
// date has passed. Held and Breached are a limit's (`always`) verdicts.
const (
	NoTarget Track = iota
	NoData
	Pending
	// Followed: `better = "neither"`, an expectation followed, never judged.
	Followed
	// Awaiting: the target's date has passed and the figure for the period
	// that holds it is not in yet (a final verdict needs its own figure).
	Awaiting
	OffTrack
	AtRisk
	OnTrack
	Met
	Missed
	Held
	Breached
	// A verdict people gave (`assessed`): shown as theirs, never as computed.
	AssessedMetTrack
	AssessedPartlyTrack
	AssessedMissedTrack
)

// Tracks lists every track in the order they are counted for a goal.
var Tracks = []Track{AssessedMetTrack, AssessedPartlyTrack, AssessedMissedTrack, Met, Held, OnTrack, AtRisk, OffTrack, Missed, Breached, Awaiting, Pending, NoData, Followed, NoTarget}

// String is the track's name in the format's own English words, for
// machine-readable output; users read the catalogue's words.
func (t Track) String() string {
	return [...]string{"no-target", "no-data", "pending", "followed", "awaiting", "off-track", "at-risk", "on-track", "met", "missed", "held", "breached",
		"assessed-met", "assessed-partly", "assessed-missed"}[t]
}

// Scored reports whether the track comes from a figure compared with a
// target: a verdict people gave is not (it shows no bar).
func (t Track) Scored() bool { return t >= OffTrack && !t.Assessed() }

// Good reports whether the track is a verdict in the plan's favour (met,
// on track, held); views colour it as such.
func (t Track) Good() bool { return t == Met || t == OnTrack || t == Held || t == AssessedMetTrack }

// Assessed reports whether the track is a verdict people gave.
func (t Track) Assessed() bool { return t >= AssessedMetTrack }

// Agrees reports whether a computed track says what an assessment says:
// met with a good verdict, missed with a bad final or off track one,
// partly with on track or at risk.
func (a Assessment) Agrees(computed Track) bool {
	switch a {
	case AssessedMet:
		return computed.Good()
	case AssessedMissed:
		return computed == Missed || computed == Breached || computed == OffTrack
	}
	return computed == OnTrack || computed == AtRisk
}

// assessedProgress is what an assessment counts in its goal's mean.
func assessedProgress(t Track) float64 {
	switch t {
	case AssessedMetTrack:
		return 1
	case AssessedPartlyTrack:
		return 0.5
	}
	return 0
}

// Final reports whether the verdict can no longer change by a later figure
// of the same target: the target's date has passed, or a limit broke.
func (t Track) Final() bool { return t == Missed || t == Breached }

// Tolerances of the track rule, in points of progress below the expected progress.
const (
	onTrackSlack = OnTrackPoints / 100.0
	atRiskSlack  = AtRiskPoints / 100.0
)

// The tolerances in whole points, as the explanation names them.
const (
	OnTrackPoints = 10
	AtRiskPoints  = 25
)

// TrackOf applies the track rule to a measure's progress and expected
// progress (fractions, 1 = 100 %).
func TrackOf(met bool, progress, expected float64) Track {
	switch {
	case met:
		return Met
	case progress >= expected-onTrackSlack-eps:
		return OnTrack
	case progress >= expected-atRiskSlack-eps:
		return AtRisk
	}
	return OffTrack
}

// eps absorbs floating-point noise, so 47.1 − 43.2 meets a target of 3.9.
const eps = 1e-9

// IsMet reports whether value v meets target t in direction b; targets are inclusive.
func IsMet(b Better, v, t float64) bool {
	if b == Lower {
		return v <= t+eps
	}
	return v >= t-eps
}

// Progress is (v − b) / (t − b): 1 when met; 0 when b = t and not met.
func Progress(better Better, v, b, t float64) float64 {
	switch {
	case IsMet(better, v, t):
		return 1
	case b == t:
		return 0
	}
	return (v - b) / (t - b)
}

// Clamp01 keeps a progress within 0 and 1 for bars and goal means.
func Clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// Expected is the progress expected at date d: read off the straight lines
// joining the baseline (0), the milestones and the target (1) by date.
// Where the plan gives no baseline and a milestone is dated on or before
// the first figure, the line starts at that milestone: the plan's own
// number there, not the first figure, is what it expects.
func Expected(m *Measure, base Point, d Date) float64 {
	t := m.Target
	if t == nil || !t.Numeric() {
		return 0
	}
	share := func(v float64) float64 { return (v - base.Value) / (t.Value - base.Value) }
	prev := Point{0, base.Date}
	if m.Baseline == nil && t.Value != base.Value {
		var from *Target // the latest milestone on or before the first figure
		for i := range m.Milestones {
			ms := &m.Milestones[i]
			if ms.Numeric() && !ms.Date.After(base.Date) && ms.Date.Before(t.Date) && (from == nil || ms.Date.After(from.Date)) {
				from = ms
			}
		}
		if from != nil {
			prev = Point{share(from.Value), from.Date}
		}
	}
	if !d.After(prev.Date) {
		return prev.Value
	}
	if !d.Before(t.Date) || !prev.Date.Before(t.Date) {
		return 1
	}
	steps := make([]Point, 0, len(m.Milestones)+1)
	if t.Value != base.Value {
		for _, ms := range m.Milestones {
			if ms.Numeric() && ms.Date.After(prev.Date) && ms.Date.Before(t.Date) {
				steps = append(steps, Point{share(ms.Value), ms.Date})
			}
		}
	}
	steps = append(steps, Point{1, t.Date})
	for _, next := range steps {
		if !d.After(next.Date) {
			span := float64(next.Date.Days() - prev.Date.Days())
			done := float64(d.Days() - prev.Date.Days())
			return prev.Value + (next.Value-prev.Value)*done/span
		}
		prev = next
	}
	return 1
}
