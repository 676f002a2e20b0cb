package tui

import (
	"strings"
	"testing"
)

// A measure relative to a reference is judged on the difference from it:
// its sparkline is the series the HTML report draws (internal/chart), in
// pp with the target, not the raw figures in %.
func TestRelativeMeasureChartIsTheDifference(t *testing.T) {
	s := seen(press(sized(t, options(), 80, 30), "j", "enter", "j", "enter"))
	if !strings.Contains(s, "2025-Q4 0,1 pp – 2026-Q3 0,6 pp (mål 1 pp)") {
		t.Errorf("R4's chart must show the difference from the reference and its target:\n%s", s)
	}
}
