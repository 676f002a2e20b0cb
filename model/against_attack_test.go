package model

import (
	"math"
	"testing"
)

// A ratio to a reference the table gives as nearly nothing is no finite
// figure: it is not scored rather than shown as +Inf.
func TestRatioToATinyReferenceIsNotScored(t *testing.T) {
	rows := map[string][4]float64{"Hele landet": {1e-300, 1e-300, 1e-300, 1e-300}, "Eksempel": {1, 1, 1, 1}}
	m := &Measure{ID: "R", Unit: "%", Better: Lower, Reference: "Landsgennemsnit",
		Target: &Target{Kind: RatioTarget, Ratio: -2, Value: -2, Date: endOf(2024), HasDate: true}}
	p := comparedPlan(m, areaTable(rows, "Hele landet", "Eksempel"))
	p.AddEntries(figure("R", "2024-Q1", 1e10))
	ms := Compute(p, view("2024-Q1")).Measure(m)
	for name, v := range map[string]float64{"value": ms.Value, "progress": ms.Progress, "expected": ms.Expected, "expected value": ms.ExpectedValue} {
		if math.IsInf(v, 0) || math.IsNaN(v) {
			t.Errorf("%s is %v", name, v)
		}
	}
	if len(ms.Unscored) != 1 {
		t.Errorf("unscored %v; want the figure shown, not scored", ms.Unscored)
	}
}
