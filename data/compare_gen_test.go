package data

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/model"
)

// generatedIDs are the indicators of gen.CompareLarge.
var generatedIDs = []string{"MM1", "MM2", "MM3", "MM4", "MM5", "MM6", "MM7", "MM8", "MM9", "MM10",
	"LU1", "LU2", "LU3", "LU4", "BM1", "BM2", "VM1", "OF1", "IM1", "IM2"}

// TestTheGeneratedFolderIsReadWhole reads the large folder (20
// tables of 98 municipalities and 120 months: wide and long, ; and , CSV
// in UTF-8 and Windows-1252, workbooks, title lines, national and region
// rows) through Load, as a plan naming every table does: every table, every
// municipality (Danish letters from either encoding), the one table that
// lacks three areas, a group naming one of them (a positioned warning), and
// ranks for better = "higher" and "lower" with ties.
func TestTheGeneratedFolderIsReadWhole(t *testing.T) {
	var measures strings.Builder
	for i, id := range generatedIDs {
		better := []string{"higher", "lower"}[i%2]
		fmt.Fprintf(&measures, "[[measure]]\nid = \"R%d\"\ngoal = \"G1\"\ntitle = \"Tabel %s\"\nunit = \"%%\"\nbetter = %q\ncompare = %q\n\n", i+1, id, better, id)
	}
	plan := `format = 1

[plan]
municipality = "Fredericia Kommune"
title = "Plan"
start = 2024-01-01
end = 2026-12-31
cadence = "quarterly"

[[group]]
name = "Sammenlignelige kommuner"
areas = ["Kolding", "Vejle", "Fanø"]

[[goal]]
id = "G1"
kind = "minister"
title = "Mål"

` + measures.String()
	src := writePlan(t, plan, "")
	size := gen.CompareLarge
	size.Home = "Fredericia"
	if err := gen.WriteComparison(filepath.Join(filepath.Dir(src.PlanPath), DefaultComparison), size); err != nil {
		t.Fatal(err)
	}
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	p := l.Plan
	if len(p.Indicators) != len(generatedIDs) {
		t.Fatalf("%d tables read, want %d: %v", len(p.Indicators), len(generatedIDs), l.Warnings)
	}
	// The only warning: the group's Fanø, which LU2 has no row for, placed at
	// the area in plan.toml (line 12, column 30: the list's third name).
	if len(l.Warnings) != 1 || l.Warnings[0].Line != 12 || l.Warnings[0].Col != 30 || !strings.Contains(l.Warnings[0].Error(), "Fanø") {
		t.Errorf("warnings %v, want one at 12:30 for Fanø in LU2", l.Warnings)
	}
	figures := 0
	for _, id := range generatedIDs {
		ind := p.Indicators[id]
		want := 98
		if id == "LU2" {
			want = 95
		}
		if ind.Municipalities() != want {
			t.Errorf("%s (%s): %d municipalities, want %d", id, ind.File, ind.Municipalities(), want)
		}
		for _, a := range []string{"Tårnby", "Ærø", "Høje-Taastrup", "København", "Fredericia Kommune"} {
			if got := ind.Area(a) >= 0; got != (id != "LU2" || a != "Ærø") {
				t.Errorf("%s (%s): area %q found %v", id, ind.File, a, got)
			}
		}
		for row := range ind.Areas {
			for _, q := range ind.Periods {
				if _, ok := ind.Value(row, q); ok && !model.IsAggregateName(ind.Areas[row]) {
					figures++
				}
			}
		}
	}
	if figures < 220_000 {
		t.Errorf("%d municipal figures read, want about 227,000", figures)
	}
	ind := p.Indicators["MM3"]
	last := ind.Periods[len(ind.Periods)-1]
	all := p.GroupNamed(model.National)
	// Every municipality: its rank with higher better and with lower better,
	// and the others with its very figure, add up to all of them and one.
	ties := 0
	for _, row := range rowsWithFigures(ind, last) {
		v, _ := ind.Value(row, last)
		same := 0
		for _, other := range rowsWithFigures(ind, last) {
			if w, _ := ind.Value(other, last); other != row && w == v {
				same++
			}
		}
		hi := ind.PlaceIn(all, row, v, true, last, model.Higher)
		lo := ind.PlaceIn(all, row, v, true, last, model.Lower)
		if hi.Rank+lo.Rank+same != hi.Of+1 || hi.Of != lo.Of {
			t.Errorf("%s: rank %d higher, %d lower, %d alike, of %d", ind.Areas[row], hi.Rank, lo.Rank, same, hi.Of)
		}
		ties += same
	}
	if ties == 0 {
		t.Error("the generated table ties two municipalities in its last period: none found")
	}
	// Through the plan: R3 (MM3, higher) and a copy of it with lower better
	// rank Fredericia from either end.
	st, ok := p.LatestStanding(p.Measure("R3"), model.Period{})
	if !ok || st.All.Rank < 1 || st.All.Rank > 98 || st.Group == nil || st.Group.Of != 4 {
		t.Fatalf("R3's standing %+v %v", st, ok)
	}
	if st, _ := p.LatestStanding(p.Measure("R12"), model.Period{}); st.Group.Of != 3 {
		t.Errorf("LU2's group: %d ranked; want Fredericia and Kolding/Vejle less Fanø", st.Group.Of)
	}
}

func rowsWithFigures(ind *model.Indicator, q model.Period) []int {
	var rows []int
	for row, a := range ind.Areas {
		if _, ok := ind.Value(row, q); ok && !model.IsAggregateName(a) {
			rows = append(rows, row)
		}
	}
	return rows
}
