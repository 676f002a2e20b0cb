package model

// Cadence is how often a plan reports: the span of its reporting periods.
type Cadence string

// The cadences a plan may have.
const (
	Monthly    Cadence = "monthly"
	Quarterly  Cadence = "quarterly"
	HalfYearly Cadence = "half-yearly"
	Yearly     Cadence = "yearly"
)

// Cadences lists the valid cadences in the order users read them.
var Cadences = []Cadence{Monthly, Quarterly, HalfYearly, Yearly}

// Valid reports whether c is one of the cadences of the format.
func (c Cadence) Valid() bool { return c.Span() != 0 }

// Span is the length of one reporting period of the cadence.
func (c Cadence) Span() Span {
	switch c {
	case Monthly:
		return Month
	case Quarterly:
		return Quarter
	case HalfYearly:
		return Half
	case Yearly:
		return Year
	}
	return 0
}

// DefaultAsOf is the as-of rule of the format: the last period of the
// cadence that has ended by today, kept within the plan's start and end.
func DefaultAsOf(c Cadence, today, start, end Date) Period {
	span := c.Span()
	if span == 0 {
		span = Quarter
	}
	// The period holding today has not ended yet: it ends at the close of its last day.
	return Clamp(Of(span, today).Add(-1), start, end)
}

// Clamp keeps period p within the plan's start and end.
func Clamp(p Period, start, end Date) Period {
	if first := Of(p.Span, start); p.Compare(first) < 0 {
		return first
	}
	if last := Of(p.Span, end); p.Compare(last) > 0 {
		return last
	}
	return p
}
