package report

import (
	"math"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/model"
)

// sameAsExample is the group the example plan compares itself with.
var sameAsExample = []string{"Horsens", "Kolding", "Vejle", "Randers", "Holbæk", "Næstved", "Slagelse", "Svendborg"}

// months are the months from..to, as "2021-01".
func months(t *testing.T, from, to string) []model.Period {
	t.Helper()
	var out []model.Period
	for p, end := model.MustPeriod(from), model.MustPeriod(to); p.Compare(end) <= 0; p = p.Add(1) {
		out = append(out, p)
	}
	return out
}

// generated is a table of the 98 areas, monthly 2021-01..2026-12: each
// area a figure of its own that moves a little with time, Eksempel's at
// own; national adds a "Hele landet" row.
func generated(t *testing.T, id, title string, base, own float64, national bool) *model.Indicator {
	t.Helper()
	areas := testplan.ExampleAreas()
	periods := months(t, "2021-01", "2026-12")
	var values []float64
	for i, a := range areas {
		for k := range periods {
			v := base + float64((i*37)%97)/8 + 0.02*float64(k)
			if a == "Eksempel" {
				v = own + 0.02*float64(k)
			}
			values = append(values, math.Round(v*10)/10)
		}
	}
	if national {
		areas = append(areas, model.National)
		for k := range periods {
			values = append(values, math.Round((base+6+0.02*float64(k))*10)/10)
		}
	}
	return model.NewIndicator(id, title, "%", "sammenligning/"+id+".csv", areas, periods, values)
}

// withoutTables is the built-in example without its comparison folder
// (testplan.WithoutComparison: no tables, no group, no compare keys, and
// no R17, whose rank target needs a table).
func withoutTables(t *testing.T) *model.Plan {
	t.Helper()
	ex, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	return testplan.WithoutComparison(ex.Plan)
}

// comparedExample is the example without its own tables, given tables
// worked out by hand instead (generated): R6 against MM3 with a national
// row, R15 (lower is better) against MM1 without one, and the group of
// comparable municipalities. No other measure names a table.
func comparedExample(t *testing.T) *model.Plan {
	t.Helper()
	p := withoutTables(t)
	p.Groups = []*model.Group{{Name: "Sammenlignelige kommuner", Areas: sameAsExample}}
	p.Measure("R6").Compare = "MM3"
	p.Measure("R15").Compare = "MM1"
	p.Indicators = map[string]*model.Indicator{
		"MM3": generated(t, "MM3", "Andel flygtninge og familiesammenførte i beskæftigelse", 37, 45, true),
		"MM1": generated(t, "MM1", "Langtidsledige i procent af alle ledige", 14, 18, false),
	}
	return p
}
