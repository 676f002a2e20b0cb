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
	flat := strings.Join(strings.Fields(s), " ") // the line wraps at 80 columns
	if !strings.Contains(flat, "2025-Q4 0,1 procentpoint – 2026-Q3 0,6 procentpoint (mål 1 procentpoint)") {
		t.Errorf("R4's chart must show the difference from the reference and its target:\n%s", s)
	}
}
