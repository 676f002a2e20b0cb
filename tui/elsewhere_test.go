package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/data/history"
	"github.com/beskplan/beskplan/model"
)

// TestMeasureShowsTargetHistoryAndFigureFromElsewhere: with the plan kept
// in git, the measure screen says when its target moved, and marks a
// figure that another place recorded differently; without, it says neither.
func TestMeasureShowsTargetHistoryAndFigureFromElsewhere(t *testing.T) {
	l := example(t)
	r13 := l.Plan.Measure("R13")
	rivals := data.RivalsOf(l.Plan, r13)
	if len(rivals) != 1 {
		t.Fatalf("the example's R13 has a corrected figure: %d rivals", len(rivals))
	}
	was := *r13
	target := *r13.Target
	target.Date = model.Date{Year: 2022, Month: 12, Day: 31}
	was.Target = &target
	o := options()
	o.Targets = map[string][]history.Change{"R13": {{
		Commit: history.Commit{Rev: "abc", When: time.Date(2023, 1, 15, 14, 0, 0, 0, time.UTC)},
		Before: &was, After: r13,
	}}}
	o.Elsewhere = map[string]bool{rivals[0].Key(): true}

	plain := ansi.Strip(New(l, options()).st.measureDetail(r13, 120, 0))
	marked := ansi.Strip(New(l, o).st.measureDetail(r13, 120, 0))
	for _, want := range []string{"mål ændret 15. januar 2023: ", "senest 2022-12-31 → ", "også registreret andetsteds: 1.964 antal (anne, 2026-10-07 08:45)"} {
		if !strings.Contains(marked, want) {
			t.Errorf("want %q on the measure screen:\n%s", want, marked)
		}
		if strings.Contains(plain, want) {
			t.Errorf("without git, %q must not be there", want)
		}
	}
}
