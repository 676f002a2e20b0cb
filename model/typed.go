package model

import (
	"errors"
	"math"
	"strings"
)

// The reading of a figure as a person types it, for every entry path (the
// view's form, set, import of CSV and of workbooks): one text, one figure.

// ErrUnit is returned for a figure typed with a unit that does not fit the
// measure's ("12 %" on a count).
var ErrUnit = errors.New("the unit typed does not fit the measure's")

// Typed is a figure read from what a person typed, for a measure's unit.
type Typed struct {
	Value float64
	// Other is the second reading when Ambiguous: "1,012" on a count is
	// 1,012 (Value, the Danish decimal comma) or 1012 (Other, an English
	// thousands comma). Nothing ambiguous is saved.
	Other     float64
	Ambiguous bool
	// Unit is the unit typed after the figure, as this program writes it
	// ("%" for "20 pct.", "pp" for "0,6 procentpoint"), or "".
	Unit string
}

// unitWords are the units a figure may be typed with, and how they are written.
var unitWords = []struct{ word, unit string }{
	{"procentpoint", "pp"}, {"procentpoints", "pp"}, {"pct.-point", "pp"}, {"pp", "pp"}, {"%-point", "pp"},
	{"procent", "%"}, {"percent", "%"}, {"pct.", "%"}, {"pct", "%"}, {"%", "%"},
}

// ReadFigure reads a figure typed for a measure whose figures are in unit:
// ParseNumber's Danish rules, spaces between thousands ("1 750"), the
// minus sign U+2212, and a unit after it ("20 %", "20 pct.", "20 procent",
// "0,6 pp", "0,6 procentpoint") when it fits the measure (a per cent on a
// share or a difference in pp; pp on pp). ErrNumber or ErrUnit otherwise.
func ReadFigure(text, unit string) (Typed, error) {
	text = strings.Join(strings.Fields(strings.ReplaceAll(text, "\u00a0", " ")), " ")
	var t Typed
	lower := strings.ToLower(text)
	for _, w := range unitWords {
		if body, ok := strings.CutSuffix(lower, w.word); ok && body != "" && strings.ContainsAny(body[len(body)-1:], " 0123456789") {
			text, t.Unit = strings.TrimSpace(text[:len(body)]), w.unit
			break
		}
	}
	v, err := ParseNumber(Ungrouped(text))
	if err != nil {
		return Typed{}, ErrNumber
	}
	if t.Unit != "" && !unitFits(t.Unit, unit) {
		return Typed{Unit: t.Unit}, ErrUnit
	}
	t.Value = v
	if CountUnit(unit) {
		if other, ok := commaThousands(text); ok {
			t.Other, t.Ambiguous = other, true
		}
	}
	return t, nil
}

// unitFits reports whether a figure typed in typed may be a figure in unit.
func unitFits(typed, unit string) bool {
	if typed == "%" {
		return unit == "%" || unit == "pp"
	}
	return unit == "pp"
}

// commaThousands reads "1,012" (one to three digits, a comma, three digits)
// as a comma grouping thousands, as English writes them: 1012.
func commaThousands(text string) (float64, bool) {
	sign := 1.0
	for _, minus := range []string{"-", "−"} {
		if rest, ok := strings.CutPrefix(text, minus); ok {
			text, sign = rest, -1
		}
	}
	whole, frac, ok := strings.Cut(text, ",")
	if !ok || len(frac) != 3 || !digitsOnly(frac) || whole == "" || len(whole) > 3 || !digitsOnly(whole) {
		return 0, false
	}
	v, err := ParseNumber(whole + frac)
	return sign * v, err == nil
}

// Implausibility is why a figure is unlikely to be what was meant.
type Implausibility int

// The reasons a figure is implausible.
const (
	Plausible       Implausibility = iota
	ShareOutside                   // a share below 0 % or above 100 %
	NegativeCount                  // a count below zero
	TenTimesTheLast                // more than ten times the measure's last figure
)

// ImplausibleFigure says whether v is unlikely as a figure of m: a share
// outside 0-100 %, a negative count, or more than ten times (in size) the
// measure's last figure (last, when hasLast and not zero). A change in pp
// may be negative and is not a share.
func ImplausibleFigure(m *Measure, v float64, last float64, hasLast bool) Implausibility {
	unit := m.FigureUnit()
	switch {
	case unit == "%" && (v < 0 || v > 100):
		return ShareOutside
	case CountUnit(unit) && v < 0 && m.Target.Kind != ChangeTarget:
		return NegativeCount
	case hasLast && last != 0 && math.Abs(v) > 10*math.Abs(last):
		return TenTimesTheLast
	}
	return Plausible
}

// LastFigure is the measure's latest recorded figure before or in period,
// among all that are recorded: what a new one is compared with.
func (p *Plan) LastFigure(m *Measure, period Period) (float64, bool) {
	var last *Entry
	for _, idx := range p.entriesOf[m] {
		e := &p.Entries[idx]
		if !e.HasValue || e.Period.Start().After(period.Start()) {
			continue
		}
		if last == nil || last.Period.Start().Before(e.Period.Start()) || last.Period == e.Period && supersedes(e, last) {
			last = e
		}
	}
	if last == nil {
		return 0, false
	}
	return last.Value, true
}
