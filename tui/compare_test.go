package tui

import (
	"math"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// areas are the 98 municipalities as the ministry's tables name them, with
// the example's own area in place of Læsø (as the example's tables have it).
func areas() []string {
	var out []string
	for _, r := range model.Regions {
		for _, a := range r.Areas {
			if a == "Læsø" {
				a = "Eksempel"
			}
			out = append(out, a)
		}
	}
	return out
}

// table is a monthly indicator, 2024-01 to 2026-12, for every municipality:
// each area its own level (spread over 12 points by its place in the list)
// and a trend of rise a month; Eksempel starts at own. With national, the
// table has a row "Hele landet" of its own, first.
func table(id, unit string, base, own, rise float64, national bool) *model.Indicator {
	names := areas()
	periods := make([]model.Period, 36)
	for k := range periods {
		periods[k] = model.MustPeriod("2024-01").Add(k)
	}
	var values []float64
	for i, a := range names {
		level := base + float64(i*37%29)*12/28
		if a == "Eksempel" {
			level = own
		}
		for k := range periods {
			values = append(values, level+rise*float64(k))
		}
	}
	if national {
		names = append([]string{"Hele landet"}, names...)
		row := make([]float64, len(periods))
		for k := range row {
			row[k] = base + 5.9 + rise*float64(k)
		}
		values = append(row, values...)
	}
	return model.NewIndicator(id, id, unit, "sammenligning/"+id+".csv", names, periods, values)
}

// withTables is the example plan with comparison tables attached in code,
// as the example's own folder will give it: R6 (higher is better) against
// MM3 with its national row, R15 (lower is better) against MM1 without
// one, R14 against a table that has no row for the example, R4 against a
// table that is not there; compared with the example's group. The
// reference of R6's latest figure came from the table.
func withTables(t testing.TB) *data.Loaded {
	l := example(t)
	p := l.Plan
	p.Groups = []*model.Group{{Name: "Sammenlignelige kommuner", Line: 30,
		Areas: []string{"Horsens", "Kolding", "Vejle", "Randers", "Holbæk", "Næstved", "Slagelse", "Svendborg"}}}
	noExample := table("LU2", "%", 55, 60, 0.1, false)
	p.Indicators = map[string]*model.Indicator{
		"MM3": table("MM3", "%", 37, 45, 0.06, true),
		"MM1": table("MM1", "%", 17, 20, -0.05, false),
		"LU2": model.NewIndicator("LU2", "LU2", "%", "sammenligning/LU2.csv",
			slices.DeleteFunc(slices.Clone(noExample.Areas), func(a string) bool { return a == "Eksempel" }),
			noExample.Periods, make([]float64, 97*len(noExample.Periods))),
	}
	for id, ind := range map[string]string{"R6": "MM3", "R15": "MM1", "R14": "LU2", "R4": "MM2"} {
		p.Measure(id).Compare = ind
	}
	for i := range p.Entries {
		if e := &p.Entries[i]; e.Measure == "R6" && e.Period == model.MustPeriod("2026-Q3") {
			e.RefFromTable = true
		}
	}
	return l
}

// comparedAt is the example with its tables at a window size.
func comparedAt(t testing.TB, o Options, w, h int) tea.Model {
	var m tea.Model = New(withTables(t), o)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

var toR6, toR15 = []string{"j", "j", "enter", "j", "enter"}, []string{"j", "enter", "j", "j", "j", "j", "enter"}

func TestDumpCompare(t *testing.T) {
	for _, keys := range [][]string{nil, toR6} {
		t.Log("\n" + seen(press(comparedAt(t, options(), 80, 24), keys...)))
	}
	for _, keys := range [][]string{nil, {"j"}, {"j", "enter", "j", "j", "j", "j"}, {"j", "enter", "j", "j", "j", "j", "enter"}, {"j", "enter", "j", "enter", "j", "enter"}} {
		t.Log("\n" + seen(press(comparedAt(t, options(), 160, 48), keys...)))
	}
	_ = math.NaN
	_ = lang.En
	_ = strings.Contains
	_ = golden.RequireEqual[string]
}
