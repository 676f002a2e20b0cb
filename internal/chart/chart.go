// Package chart is how every view draws a measure: its progress as a bar,
// its figures over time as one series, and the characters both are drawn
// with. The interactive view and the reports share it, so a bar or a chart
// looks and means the same in each.
package chart

import (
	"math"
	"slices"
	"strings"

	"github.com/beskplan/beskplan/model"
)

// Glyphs are the characters of bars and sparklines.
type Glyphs struct {
	Full, Empty string
	Spark       []string // from the lowest value to the highest
}

// Unicode draws with blocks; ASCII where the terminal cannot show them.
var (
	Unicode = Glyphs{Full: "█", Empty: "░", Spark: []string{"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"}}
	ASCII   = Glyphs{Full: "#", Empty: "-", Spark: []string{"_", ".", "-", "=", "+", "*", "#", "@"}}
)

// Of is the glyphs for ascii or not.
func Of(ascii bool) Glyphs {
	if ascii {
		return ASCII
	}
	return Unicode
}

// Filled is how many of width cells a bar of the fraction fills, rounded,
// within 0 and width.
func Filled(fraction float64, width int) int {
	return min(max(int(math.Round(model.Clamp01(fraction)*float64(width))), 0), max(width, 0))
}

// Bar is a progress bar of width cells, without colour.
func (g Glyphs) Bar(fraction float64, width int) string {
	if width <= 0 {
		return ""
	}
	full := Filled(fraction, width)
	return strings.Repeat(g.Full, full) + strings.Repeat(g.Empty, width-full)
}

// Sparkline draws values as one row of rising blocks, scaled between lo and
// hi; a value that is not a number (NaN: no figure) is a gap.
func (g Glyphs) Sparkline(values []float64, lo, hi float64) string {
	var b strings.Builder
	top := len(g.Spark) - 1
	for _, v := range values {
		if math.IsNaN(v) {
			b.WriteByte(' ')
			continue
		}
		level := top / 2
		if hi > lo {
			level = int(math.Round((v - lo) / (hi - lo) * float64(top)))
		}
		b.WriteString(g.Spark[min(max(level, 0), top)])
	}
	return b.String()
}

// Series is a measure's figures over time as its target judges them: the
// current figure of each period, oldest first; for a target relative to a
// reference, the difference from it (in the measure's unit, pp).
type Series struct {
	Periods   []model.Period
	Values    []float64
	Unit      string  // the unit of Values
	Lo, Hi    float64 // the range to draw: the values, widened to the target
	Target    float64 // drawn as a line when HasTarget
	HasTarget bool
}

// SeriesOf is a measure's series; fewer than two values make no chart.
func SeriesOf(ms *model.MeasureStatus) Series {
	m := ms.Measure
	s := Series{Unit: m.FigureUnit()}
	if m.Relative() {
		s.Unit = m.Unit
	}
	rows := slices.Clone(ms.History)
	slices.SortStableFunc(rows, func(a, b model.HistoryRow) int { return a.Entry.Period.Compare(b.Entry.Period) })
	for _, r := range rows {
		if r.Superseded || !r.Entry.HasValue {
			continue
		}
		v := r.Entry.Value
		if m.Relative() {
			if !r.Entry.HasRef { // its reference waits for the comparison table
				continue
			}
			v -= r.Entry.Reference
		}
		s.Periods = append(s.Periods, r.Entry.Period)
		s.Values = append(s.Values, v)
	}
	if len(s.Values) == 0 {
		return s
	}
	s.Lo, s.Hi = slices.Min(s.Values), slices.Max(s.Values)
	// A direction has no figure to draw; a target against other areas (a
	// rank, a ratio) is in other terms than the figures drawn.
	if ms.HasTarget && (m.Target == nil || !m.Target.Kind.AgainstOthers()) {
		s.Target, s.HasTarget = ms.Target, true
		s.Lo, s.Hi = min(s.Lo, ms.Target), max(s.Hi, ms.Target)
	}
	return s
}

// Drawable reports whether there are enough figures for a line.
func (s Series) Drawable() bool { return len(s.Values) >= 2 }
