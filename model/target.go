package model

// TargetKind says how a plan wrote a target or a milestone: a figure, a
// change from the baseline, or a direction with no number.
type TargetKind int

// The kinds of target (the format's "Targets as plans write them").
const (
	ValueTarget         TargetKind = iota // value = 90.0: "højst 1.750", "under 800", "må ikke overstige 20 %"
	ChangeTarget                          // change = -74.0: "falde med 74 helårspersoner"
	ChangePercentTarget                   // change_percent = -10.0: "reduceres med 10 %"
	DirectionTarget                       // direction = "down": "fald i andelen", "må ikke stige"
	RangeTarget                           // min = 4.0, max = 6.0: "4-6 gange årligt", met within it
	// Targets against other municipalities (beskplan's own keys; they need
	// the measure's `compare`):
	RatioTarget      // ratio = -2.0: "2 % lavere end landsgennemsnittet" (against the reference group)
	RankTarget       // rank = 10: "blandt de 10 bedste" (among a group, default all municipalities)
	BetterThanTarget // better_than = 50.0: "bedre end halvdelen af gruppen" (per cent of the group's other areas)
)

// AgainstOthers reports whether the kind compares the figure with other
// areas' figures in the measure's comparison table (ratio, rank,
// better_than): its target is in those terms, not the figure's own.
func (k TargetKind) AgainstOthers() bool { return k >= RatioTarget }

// Ranks reports whether the kind judges a figure by its place among other
// areas (a rank, a share of a group beaten), not by the figure itself.
func (k TargetKind) Ranks() bool { return k == RankTarget || k == BetterThanTarget }

// String is the kind's key in the file: "value", "change", "change_percent" or "direction".
func (k TargetKind) String() string {
	return [...]string{"value", "change", "change_percent", "direction", "range", "ratio", "rank", "better_than"}[k]
}

// Direction is a target with no number: which way the figure must move
// (or must not move) from the baseline.
type Direction string

// The directions of the format.
const (
	Up      Direction = "up"       // "skal stige"
	Down    Direction = "down"     // "fald i andelen"
	NotUp   Direction = "not-up"   // "må ikke stige"
	NotDown Direction = "not-down" // "må ikke falde"
)

// Directions lists the valid directions in the order users read them.
var Directions = []Direction{Up, Down, NotUp, NotDown}

// Valid reports whether d is one of the directions of the format.
func (d Direction) Valid() bool {
	for _, v := range Directions {
		if d == v {
			return true
		}
	}
	return false
}

// Better is the direction of good figures the direction implies.
func (d Direction) Better() Better {
	if d == Up || d == NotDown {
		return Higher
	}
	return Lower
}

// Target is a measure's target or one of its milestones, as the plan wrote
// it. Value and Date keep their meaning for every kind, so a view that only
// draws a line at the target's figure needs nothing else; but a target
// against other areas (Kind.AgainstOthers) has its Value in its own terms
// (a ratio in per cent, a rank, a share), not the figure's.
type Target struct {
	Kind TargetKind
	// Value is the figure to reach: as written for a ValueTarget; for a
	// change, the plan's baseline moved by the change (set by Plan.Index;
	// 0 with Resolved false when the plan gives no baseline); unused for a
	// direction.
	Value         float64
	Resolved      bool    // a change's Value has been set from the baseline
	Change        float64 // ChangeTarget: the change from the baseline, in the measure's unit (−74)
	ChangePercent float64 // ChangePercentTarget: the change in per cent of the baseline (−10)
	Direction     Direction
	Ratio         float64 // RatioTarget: the figure against the reference group's, in per cent (−2)
	Rank          float64 // RankTarget: the rank to reach or beat (10)
	BetterThan    float64 // BetterThanTarget: the share of the group's other areas to beat, in per cent (50)
	Min, Max      float64 // RangeTarget: the range a figure meets it within, both ends counting
	Among         string  // RankTarget, BetterThanTarget: the group ranked in; empty: all municipalities
	Strict        bool    // the value itself does not meet it ("under 800")
	Always        bool    // a limit that must hold in every period up to Date
	// Date is the target's date. Without a date in the file (HasDate
	// false), a limit holds until the plan's end (set by Plan.Index) and a
	// direction has no deadline (Date zero).
	Date    Date
	HasDate bool
}

// Numeric reports whether the target is a figure to compare with (a value,
// a change the plan's baseline resolved, or a ratio, rank or share to beat),
// not a direction.
func (t *Target) Numeric() bool {
	return t.Kind == ValueTarget || (t.Kind != DirectionTarget && t.Resolved)
}

// Implied is the direction of good figures the target implies: its
// direction's, or the sign of its change; empty where it implies none (a
// value, a change of 0).
func (t *Target) Implied() Better {
	switch t.Kind {
	case DirectionTarget:
		if t.Direction != "" {
			return t.Direction.Better()
		}
	case ChangeTarget:
		return signBetter(t.Change)
	case ChangePercentTarget:
		return signBetter(t.ChangePercent)
	}
	return ""
}

func signBetter(change float64) Better {
	switch {
	case change < 0:
		return Lower
	case change > 0:
		return Higher
	}
	return ""
}

// Resolve sets Value from the baseline for a change, and for a range the
// end a figure from the baseline has to reach (the max from above it, else
// the min); a value target is
// resolved already and a direction never is. A target against other areas
// has its number as its Value (a ratio, a rank, a share to beat), which the
// measure's compared figures are judged by.
func (t *Target) Resolve(base *Point) {
	switch t.Kind {
	case ValueTarget:
		t.Resolved = true
	case RangeTarget:
		t.Value, t.Resolved = t.Min, true
		if base != nil && base.Value > t.Max {
			t.Value = t.Max
		}
	case RatioTarget:
		t.Value, t.Resolved = t.Ratio, true
	case RankTarget:
		t.Value, t.Resolved = t.Rank, true
	case BetterThanTarget:
		t.Value, t.Resolved = t.BetterThan, true
	case ChangeTarget, ChangePercentTarget:
		if base == nil {
			t.Value, t.Resolved = 0, false
			return
		}
		t.Value, t.Resolved = Changed(base.Value, t.Kind, t.Change, t.ChangePercent), true
	}
}

// Changed is the baseline b moved by a change: b + change, or
// b × (1 + change_percent/100).
func Changed(b float64, kind TargetKind, change, changePercent float64) float64 {
	if kind == ChangePercentTarget {
		return b * (1 + changePercent/100)
	}
	return b + change
}

// Meets reports whether figure v meets the target in direction better,
// against baseline b for a direction. Targets are inclusive unless strict.
func (t *Target) Meets(better Better, v, b float64) bool {
	if t.Kind == RangeTarget {
		return v >= t.Min-eps && v <= t.Max+eps
	}
	if t.Kind == DirectionTarget {
		switch t.Direction {
		case Up:
			return v > b+eps
		case Down:
			return v < b-eps
		case NotUp:
			return v <= b+eps
		}
		return v >= b-eps
	}
	if t.Strict {
		if better == Lower {
			return v < t.Value-eps
		}
		return v > t.Value+eps
	}
	return IsMet(better, v, t.Value)
}
