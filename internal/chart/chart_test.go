package chart

import (
	"slices"
	"testing"

	"github.com/beskplan/beskplan/model"
)

func TestBarRoundsAndStaysInWidth(t *testing.T) {
	for _, c := range []struct {
		fraction float64
		width    int
		ascii    bool
		want     string
	}{
		{0.5, 4, false, "██░░"},
		{0.62, 10, true, "######----"},
		{1.7, 3, false, "███"},
		{-1, 3, true, "---"},
		{0.5, 0, false, ""},
	} {
		if got := Of(c.ascii).Bar(c.fraction, c.width); got != c.want {
			t.Errorf("Bar(%v, %d) = %q, want %q", c.fraction, c.width, got, c.want)
		}
	}
}

// A target relative to a reference is judged on the difference from it,
// so the series (in the TUI's sparkline and the HTML report's chart alike)
// is the difference, in pp, with the target line at its value.
func TestSeriesOfRelativeMeasureIsTheDifference(t *testing.T) {
	m := &model.Measure{ID: "REL", Unit: "pp", Reference: "Landsgennemsnit"}
	q3, q4 := model.MustPeriod("2023-Q3"), model.MustPeriod("2023-Q4")
	ms := &model.MeasureStatus{Measure: m, HasTarget: true, Target: 0, History: []model.HistoryRow{
		{Entry: &model.Entry{Period: q4, Value: 47.1, HasValue: true, Reference: 43.2, HasRef: true}},
		{Entry: &model.Entry{Period: q3, Value: 40, HasValue: true, Reference: 42, HasRef: true}},
		{Entry: &model.Entry{Period: q3, Value: 1, HasValue: true, Reference: 0, HasRef: true}, Superseded: true},
	}}
	s := SeriesOf(ms)
	if !slices.Equal(s.Periods, []model.Period{q3, q4}) || len(s.Values) != 2 || s.Values[0] != -2 || s.Values[1] < 3.89 || s.Values[1] > 3.91 {
		t.Errorf("series = %v %v, want the differences -2 and 3.9, oldest first", s.Periods, s.Values)
	}
	if s.Unit != "pp" || !s.HasTarget || s.Lo != -2 || s.Hi != s.Values[1] {
		t.Errorf("unit %q, target %v, range %v..%v", s.Unit, s.HasTarget, s.Lo, s.Hi)
	}
}
