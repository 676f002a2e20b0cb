package tui

import (
	"math"
	"strings"
)

// sparkline draws values as one row of rising blocks, scaled between lo and
// hi (which the caller widens to include the target, so it shows the gap).
func (g glyphs) sparkline(values []float64, lo, hi float64) string {
	var b strings.Builder
	top := len(g.spark) - 1
	for _, v := range values {
		level := top / 2
		if hi > lo {
			level = int(math.Round((v - lo) / (hi - lo) * float64(top)))
		}
		b.WriteString(g.spark[min(max(level, 0), top)])
	}
	return b.String()
}
