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

// A measure against its group: both series on one scale, the group's
// missing months a gap, and Last rescales to the months it keeps.
func TestAgainstDrawsBothOnOneScaleWithGaps(t *testing.T) {
	g := &model.Group{Name: "Gruppen"}
	p := model.MustPeriod("2026-01")
	sts := []model.Standing{
		{Period: p, Figure: 10, Group: &model.Place{Group: g, Mean: 20, HasFigures: true}},
		{Period: p.Add(1), Figure: 12, Group: &model.Place{Group: g}},
		{Period: p.Add(2), Figure: 14, Group: &model.Place{Group: g, Mean: 13, HasFigures: true}},
	}
	a := AgainstOf(sts)
	if a.Lo != 10 || a.Hi != 20 || a.Place.Group != g || !a.Drawable() {
		t.Fatalf("range %v..%v, group %v", a.Lo, a.Hi, a.Place.Group)
	}
	if own, group := Unicode.Sparkline(a.Own, a.Lo, a.Hi), Unicode.Sparkline(a.Group, a.Lo, a.Hi); own != "▁▂▄" || group != "█ ▃" {
		t.Errorf("own %q, group %q", own, group)
	}
	last := a.Last(2)
	if len(last.Periods) != 2 || last.Lo != 12 || last.Hi != 14 {
		t.Errorf("the last two months: %v, range %v..%v", last.Periods, last.Lo, last.Hi)
	}
	national := AgainstOf([]model.Standing{{Period: p, Figure: 1, All: model.Place{Group: &model.Group{Name: model.National}, Mean: 2, HasFigures: true}}})
	if national.Place.Group.Name != model.National || national.Drawable() {
		t.Errorf("without a group the chart is against the whole country; one month draws nothing")
	}
}

// TestPointsCoverYearsOfAnySpan: three years are 36 months or 12
// quarters; a yearly chart still gets its least.
func TestPointsCoverYearsOfAnySpan(t *testing.T) {
	for s, want := range map[model.Span]int{model.Month: 36, model.Quarter: 12, model.Half: 12, model.Year: 12} {
		if got := Points(s, 3, 12); got != want {
			t.Errorf("span %d: %d points, want %d", s, got, want)
		}
	}
	if got := Points(model.Quarter, 2, 8); got != 8 {
		t.Errorf("two years of quarters: %d, want 8", got)
	}
}
