package model

import (
	"math"
	"testing"
)

// table builds an indicator of monthly figures, one row per area.
func table(areas []string, from Period, rows ...[]float64) *Indicator {
	periods := make([]Period, len(rows[0]))
	for i := range periods {
		periods[i] = from.Add(i)
	}
	var values []float64
	for _, r := range rows {
		values = append(values, r...)
	}
	return NewIndicator("T", "Test", "%", "T.csv", areas, periods, values)
}

func TestAreaMatchingIgnoresKommuneCaseAndGenitive(t *testing.T) {
	ind := table([]string{"Hele landet", "København", "Fredericia", "Region Syddanmark"}, MustPeriod("2024-01"), []float64{1}, []float64{2}, []float64{3}, []float64{4})
	for name, want := range map[string]int{"Fredericia Kommune": 2, "fredericia": 2, "Københavns Kommune": 1, "  FREDERICIA  ": 2, "Kolding": -1} {
		if got := ind.Area(name); got != want {
			t.Errorf("Area(%q) = %d, want %d", name, got, want)
		}
	}
	if !ind.HasNational() || ind.Municipalities() != 2 {
		t.Errorf("national %v, municipalities %d: want the national row and 2 municipalities (regions are aggregates)", ind.HasNational(), ind.Municipalities())
	}
}

func TestRanksHonourBetterAndShareTies(t *testing.T) {
	areas := []string{"Assens", "Billund", "Faxe", "Greve"}
	ind := table(areas, MustPeriod("2024-01"), []float64{10}, []float64{20}, []float64{20}, []float64{30})
	all := &Group{Name: National, National: true}
	p := MustPeriod("2024-01")
	cases := []struct {
		self     int
		b        Better
		rank, of int
		best     float64
	}{
		{0, Higher, 4, 4, 30}, {3, Higher, 1, 4, 30}, {1, Higher, 2, 4, 30}, {2, Higher, 2, 4, 30},
		{0, Lower, 1, 4, 10}, {1, Lower, 2, 4, 10}, {3, Lower, 4, 4, 10},
	}
	for _, c := range cases {
		v, _ := ind.Value(c.self, p)
		pl := ind.PlaceIn(all, c.self, v, true, p, c.b)
		if pl.Rank != c.rank || pl.Of != c.of || pl.Best != c.best || pl.Mean != 20 || pl.FromRow {
			t.Errorf("%s better %s: rank %d of %d best %v mean %v, want %d of %d best %v mean 20", areas[c.self], c.b, pl.Rank, pl.Of, pl.Best, pl.Mean, c.rank, c.of, c.best)
		}
	}
}

func TestGroupRanksTheAreaEvenWhenItIsNotListedAndLeavesOutWhatIsMissing(t *testing.T) {
	ind := table([]string{"Assens", "Billund", "Faxe"}, MustPeriod("2024-01"), []float64{10}, []float64{20}, []float64{math.NaN()})
	g := &Group{Name: "Gruppe", Areas: []string{"Billund", "Faxe", "Z"}}
	p := MustPeriod("2024-01")
	pl := ind.PlaceIn(g, 0, 10, true, p, Higher)
	if pl.Rank != 2 || pl.Of != 2 || pl.Mean != 20 {
		t.Errorf("got rank %d of %d mean %v; want 2 of 2 (Faxe has no figure, Z no row), mean 20", pl.Rank, pl.Of, pl.Mean)
	}
}

func TestNationalRowIsTheCountrysFigure(t *testing.T) {
	ind := table([]string{"Hele landet", "Assens", "Billund"}, MustPeriod("2024-01"), []float64{15}, []float64{10}, []float64{30})
	pl := ind.PlaceIn(&Group{Name: National, National: true}, 1, 10, true, MustPeriod("2024-01"), Higher)
	if !pl.FromRow || pl.Mean != 15 || pl.Of != 2 {
		t.Errorf("mean %v from row %v of %d; want the row's 15 and 2 areas ranked (the national row is not ranked)", pl.Mean, pl.FromRow, pl.Of)
	}
}

func TestAQuarterIsTheMeanOfItsMonthsWhenAllAreThere(t *testing.T) {
	ind := table([]string{"A"}, MustPeriod("2024-01"), []float64{1, 2, 6, 4, math.NaN(), 5})
	if v, ok := ind.Value(0, MustPeriod("2024-Q1")); !ok || v != 3 {
		t.Errorf("2024-Q1 = %v %v, want 3", v, ok)
	}
	if _, ok := ind.Value(0, MustPeriod("2024-Q2")); ok {
		t.Error("2024-Q2 lacks May: want no figure, not the mean of two months")
	}
	if _, ok := ind.Value(0, MustPeriod("2024-Q3")); ok {
		t.Error("2024-Q3 is not in the table")
	}
	if v, ok := ind.Value(0, MustPeriod("2024-03")); !ok || v != 6 {
		t.Errorf("2024-03 = %v %v, want 6", v, ok)
	}
}

func TestStandingUsesTheEntrysOwnFigureFirst(t *testing.T) {
	p := &Plan{Municipality: "Eksempel Kommune", Cadence: Quarterly, Start: NewDate(2024, 1, 1), End: NewDate(2026, 12, 31)}
	m := &Measure{ID: "R1", Unit: "%", Better: Higher, GoalID: "G", Compare: "T"}
	p.Goals = []*Goal{{ID: "G", Kind: Minister}}
	p.Measures = []*Measure{m}
	p.Groups = []*Group{{Name: "Gruppe", Areas: []string{"Assens", "Billund"}}}
	p.Index()
	ind := NewIndicator("T", "Test", "%", "T.csv", []string{"Assens", "Billund", "Eksempel", "Faxe"},
		[]Period{MustPeriod("2024-Q1"), MustPeriod("2024-Q2")}, []float64{10, 10, 20, 20, 15, 25, 30, 30})
	p.Indicators = map[string]*Indicator{"T": ind}
	st, ok := p.LatestStanding(m, MustPeriod("2024-Q2"))
	if !ok || st.FromEntry || st.Figure != 25 || st.All.Rank != 2 || st.Group.Rank != 1 || st.Group.Of != 3 {
		t.Fatalf("table only: %+v %v", st, ok)
	}
	p.AddEntries(Entry{Measure: "R1", Period: MustPeriod("2024-Q2"), Value: 5, HasValue: true})
	st, _ = p.LatestStanding(m, MustPeriod("2024-Q2"))
	if !st.FromEntry || st.Figure != 5 || st.All.Rank != 4 || st.Group.Rank != 3 {
		t.Errorf("with an entry: figure %v from entry %v rank %d group rank %d; want 5, true, 4, 3", st.Figure, st.FromEntry, st.All.Rank, st.Group.Rank)
	}
	if got := len(p.Standings(m, MustPeriod("2024-Q2"))); got != 2 {
		t.Errorf("%d standings, want 2", got)
	}
	if _, ok := p.LatestStanding(m, MustPeriod("2023-Q4")); ok {
		t.Error("no standing before the table's first period")
	}
}

// TestAnAreaTheTableLacksHasNoStanding: an entry's own figure is not ranked
// among a table that has no row of the area: it would be no. 1 of 5 in a
// table of 4 municipalities.
func TestAnAreaTheTableLacksHasNoStanding(t *testing.T) {
	p := &Plan{Municipality: "Atlantis Kommune", Cadence: Quarterly, Start: NewDate(2024, 1, 1), End: NewDate(2026, 12, 31)}
	m := &Measure{ID: "R1", Unit: "%", Better: Higher, GoalID: "G", Compare: "T"}
	p.Goals = []*Goal{{ID: "G", Kind: Minister}}
	p.Measures = []*Measure{m}
	p.Index()
	p.Indicators = map[string]*Indicator{"T": NewIndicator("T", "Test", "%", "T.csv", []string{"A", "B", "Eksempel", "C"},
		[]Period{MustPeriod("2024-Q1"), MustPeriod("2024-Q2")}, []float64{10, 10, 20, 20, 15, 25, 30, 30})}
	p.AddEntries(Entry{Measure: "R1", Period: MustPeriod("2024-Q2"), Value: 50, HasValue: true})
	if st, ok := p.LatestStanding(m, MustPeriod("2024-Q2")); ok {
		t.Errorf("Atlantis is not in the table, yet it stands: %+v", st)
	}
	if got := p.Standings(m, MustPeriod("2024-Q2")); len(got) != 0 {
		t.Errorf("%d standings, want none", len(got))
	}
}

func TestGroupNamedKnowsTheCountryRegionsAndThePlansGroups(t *testing.T) {
	p := &Plan{Groups: []*Group{{Name: "Sammenlignelige kommuner", Areas: []string{"A"}}}}
	if g := p.GroupNamed("sammenlignelige kommuner"); g == nil || g != p.Groups[0] {
		t.Error("the plan's own group by name, case aside")
	}
	if g := p.GroupNamed("Landsgennemsnit"); g == nil || !g.National {
		t.Error("Landsgennemsnit is the whole country")
	}
	if g := p.GroupNamed("Syddanmark"); g == nil || !g.Region || len(g.Areas) != 22 {
		t.Error("a region by its short name")
	}
	if p.GroupNamed("Nordsjælland") != nil {
		t.Error("an unknown name is no group")
	}
	n := 0
	for _, r := range Regions {
		n += len(r.Areas)
	}
	if n != 98 {
		t.Errorf("%d municipalities, want 98", n)
	}
}

func TestGroupCountsEachAreaOnceAndNoAggregate(t *testing.T) {
	ind := table([]string{"Hele landet", "Region Syddanmark", "København", "Vejle", "Kolding"}, MustPeriod("2024-01"),
		[]float64{50}, []float64{40}, []float64{30}, []float64{20}, []float64{10})
	g := &Group{Name: "Gruppe", Areas: []string{"Vejle", "vejle kommune", "København", "Københavns Kommune", "Region Syddanmark", "Hele landet", "Region Nordjylland"}}
	pl := ind.PlaceIn(g, 4, 10, true, MustPeriod("2024-01"), Higher)
	if pl.Rank != 3 || pl.Of != 3 || pl.Mean != 25 || pl.Best != 30 {
		t.Errorf("rank %d of %d, mean %v, best %v; want 3 of 3 (Kolding, Vejle and København once each), mean 25, best 30",
			pl.Rank, pl.Of, pl.Mean, pl.Best)
	}
	long := &Group{Name: "Lang"}
	for range 20 {
		long.Areas = append(long.Areas, "Vejle", "Københavns Kommune")
	}
	if pl := ind.PlaceIn(long, 4, 10, true, MustPeriod("2024-01"), Higher); pl.Of != 3 || pl.Mean != 25 {
		t.Errorf("a long list: rank %d of %d, mean %v; want of 3, mean 25", pl.Rank, pl.Of, pl.Mean)
	}
}

func TestAnEntryIsNotRankedInAPeriodTheTableHasNoFiguresFor(t *testing.T) {
	ind := table([]string{"Hele landet", "Eksempel", "Vejle"}, MustPeriod("2024-01"),
		[]float64{40, math.NaN()}, []float64{45, math.NaN()}, []float64{50, math.NaN()})
	m := &Measure{ID: "R", Unit: "%", Better: Higher, Compare: "T", Frequency: Monthly}
	p := testPlan(m)
	p.Municipality = "Eksempel"
	p.Indicators = map[string]*Indicator{"T": ind}
	p.AddEntries(figure("R", "2024-02", 47))
	if st, ok := p.StandingAt(m, MustPeriod("2024-02")); ok {
		t.Errorf("ranked %d of %d with no other figure in the table", st.All.Rank, st.All.Of)
	}
	if st, ok := p.LatestStanding(m, MustPeriod("2024-02")); !ok || st.Period != MustPeriod("2024-01") || st.All.Of != 2 {
		t.Errorf("latest standing %+v %v; want January's, 2nd of 2", st, ok)
	}
	p.Groups = []*Group{{Name: "Gruppe", Areas: []string{"Vejle"}}}
	p.Index()
	ind.values[2*2] = math.NaN() // Vejle has no figure for January either
	if st, ok := p.StandingAt(m, MustPeriod("2024-01")); !ok || st.Group != nil {
		t.Errorf("standing %v, group %+v; want a standing without a place in a group no member of which has a figure", ok, st.Group)
	}
}

func TestPeriodsUpToEndByTheAsOfPeriodsEnd(t *testing.T) {
	quarters := []Period{MustPeriod("2024-Q1"), MustPeriod("2024-Q2"), MustPeriod("2024-Q3")}
	for _, c := range []struct {
		asOf string
		want int
	}{{"", 3}, {"2024-06", 2}, {"2024-05", 1}, {"2024", 3}, {"2023-12", 0}} {
		var asOf Period
		if c.asOf != "" {
			asOf = MustPeriod(c.asOf)
		}
		if got := PeriodsUpTo(quarters, asOf); len(got) != c.want {
			t.Errorf("as of %q: %v, want the first %d", c.asOf, got, c.want)
		}
	}
}
