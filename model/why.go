package model

// MilestoneCheck is a milestone judged against the figure for its period:
// "delmål 2023 ikke nået: 0,6 pp, højst 0,4 pp".
type MilestoneCheck struct {
	Milestone Target  // as written, Value resolved
	Expected  float64 // the milestone's figure (Milestone.Value)
	Actual    float64 // the compared figure for the milestone's period (for a relative measure, the difference)
	Period    Period  // the period of that figure
	Met       bool
	Judged    bool // false where no figure can judge it yet
}

// Yardstick says what a figure was judged against.
type Yardstick int

// The yardsticks of an explanation.
const (
	NoYardstick Yardstick = iota // nothing to judge against (no target, no figure)
	ByMilestone                  // a milestone: the latest passed one, or the next
	ByTarget                     // the target itself
	ByLimit                      // a limit (`always`) that holds in every period
	ByBaseline                   // a direction, judged against the baseline (or the first figure)
	ByExpected                   // the straight-line figure expected between baseline, milestones and target
)

// Explanation holds the facts of the sentence that explains a measure's
// track, so views write it without redoing the maths: "Tallet 65,0 % i
// 2022-09 er under delmålet 65,5 % for 2022; målet er 68,0 % i 2023."
// Figures are in the measure's unit (for a relative measure, the
// difference from the reference, in pp).
type Explanation struct {
	Figure float64 // the compared figure
	Period Period  // the figure's period; zero when there is no figure
	// Against is what the figure is compared with: Value at Date (a
	// milestone's or the target's date; for a baseline, its date).
	Against Yardstick
	Value   float64
	Date    Date
	Cmp     int  // −1: the figure is below Value; 0: equal; +1: above
	Meets   bool // the figure meets Value in the measure's better direction (strict where the target is)
	// The target, for the closing clause ("målet er 68,0 % i 2023");
	// HasTarget is false for a direction or an unresolved change.
	Target     float64
	TargetDate Date
	HasTarget  bool
	// BaselineIsFirst: a ByBaseline comparison is with the first figure
	// ("første tal"), not the plan's "udgangspunkt".
	BaselineIsFirst bool
}
