package data

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// comparisonPlan is a plan of the municipality Fredericia whose measures
// R1, R2 ... compare with the indicators named.
func comparisonPlan(ids ...string) *model.Plan {
	p := &model.Plan{Municipality: "Fredericia Kommune", Cadence: model.Quarterly}
	for i, id := range ids {
		p.Measures = append(p.Measures, &model.Measure{ID: "R" + string(rune('1'+i)), Title: id, Unit: "%", Better: model.Higher, Compare: id})
	}
	p.Index()
	return p
}

// tablesIn writes files into the comparison folder beside plan.toml in a
// new folder, and returns the plan file's path.
func tablesIn(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	folder := filepath.Join(dir, DefaultComparison)
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(folder, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "plan.toml")
}

// readTablesOf reads the plan's tables from beside planPath.
func readTablesOf(planPath string, p *model.Plan) Problems {
	return readComparison(Source{PlanPath: planPath}, nil, p)
}

func cp1252(t *testing.T, s string) string {
	t.Helper()
	out, err := charmap.Windows1252.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// figure is an area's figure for a period, NaN when the table has none.
func figure(ind *model.Indicator, area, period string) float64 {
	v, ok := ind.Value(ind.Area(area), model.MustPeriod(period))
	if !ok {
		return math.NaN()
	}
	return v
}

func wantFigure(t *testing.T, ind *model.Indicator, area, period string, want float64) {
	t.Helper()
	got := figure(ind, area, period)
	if math.IsNaN(want) != math.IsNaN(got) || !math.IsNaN(want) && math.Abs(got-want) > 1e-9 {
		t.Errorf("%s %s %s = %v, want %v", ind.ID, area, period, got, want)
	}
}

func wantNoProblems(t *testing.T, ps Problems) {
	t.Helper()
	if len(ps) > 0 {
		t.Fatalf("unexpected problems:\n%s", ps.Message(lang.Da))
	}
}

// wantProblem checks one problem is at the place, with the key, and a warning.
func wantProblem(t *testing.T, ps Problems, file string, line, col int, k lang.Key) {
	t.Helper()
	for _, p := range ps {
		if strings.HasSuffix(p.File, file) && p.Line == line && p.Col == col && p.Key == k {
			if !p.Warning {
				t.Errorf("%s is not a warning", p.Message(lang.Da))
			}
			return
		}
	}
	t.Errorf("no %s at %s:%d:%d in:\n%s", k, file, line, col, ps.Message(lang.Da))
}

func TestComparisonWideSemicolonWindows1252WithTitleLines(t *testing.T) {
	text := "Andel flygtninge i beskæftigelse, pct.\r\n\r\n" +
		"Område;2024M01;2024M02;2024M03\r\n" +
		"Hele landet;43,0;43,5;44,1\r\n" +
		"Region Syddanmark;44,0;44,0;44,0\r\n" +
		"Fredericia;47,1;47,5;48,2\r\n" +
		"Københavns Kommune;40,1;..;41,0\r\n" +
		"Tønder;1.750,5;-;38 %\r\n"
	plan := tablesIn(t, map[string]string{"MM3.csv": cp1252(t, text)})
	p := comparisonPlan("MM3")
	wantNoProblems(t, readTablesOf(plan, p))
	ind := p.Indicators["MM3"]
	if ind == nil {
		t.Fatal("MM3 not read")
	}
	if ind.Title != "Andel flygtninge i beskæftigelse, pct." || len(ind.Areas) != 5 || len(ind.Periods) != 3 || ind.Span() != model.Month {
		t.Fatalf("read %q with %d areas, %d periods", ind.Title, len(ind.Areas), len(ind.Periods))
	}
	if !ind.HasNational() || ind.Municipalities() != 3 {
		t.Errorf("national row %v, %d municipalities; want the file's row and 3", ind.HasNational(), ind.Municipalities())
	}
	wantFigure(t, ind, "Fredericia Kommune", "2024-02", 47.5)
	wantFigure(t, ind, "København", "2024-01", 40.1)
	wantFigure(t, ind, "København", "2024-02", math.NaN())
	wantFigure(t, ind, "Tønder", "2024-01", 1750.5)
	wantFigure(t, ind, "Tønder", "2024-02", math.NaN())
	wantFigure(t, ind, "Tønder", "2024-03", 38)
	wantFigure(t, ind, "Fredericia", "2024-Q1", (47.1+47.5+48.2)/3)
}

func TestComparisonLongCommaUTF8WithBOM(t *testing.T) {
	text := "\uFEFFKommune,Tid,Andel\n" +
		"Fredericia,2024K2,\"47,1\"\n" +
		"Fredericia,2024K1,46.0\n" +
		"Vejle,2024K1,50.5\n" +
		"Vejle,2024K2,..\n" +
		"Århus,2024K2,39.9\n"
	plan := tablesIn(t, map[string]string{"MM1.csv": text})
	p := comparisonPlan("MM1")
	wantNoProblems(t, readTablesOf(plan, p))
	ind := p.Indicators["MM1"]
	if ind == nil {
		t.Fatal("MM1 not read")
	}
	if got := strings.Join(ind.Areas, ","); got != "Fredericia,Vejle,Århus" {
		t.Errorf("areas %s", got)
	}
	if len(ind.Periods) != 2 || ind.Periods[0] != model.MustPeriod("2024-Q1") || ind.HasNational() {
		t.Errorf("periods %v, national %v: want 2024-Q1 first and no national row", ind.Periods, ind.HasNational())
	}
	wantFigure(t, ind, "Fredericia", "2024-Q2", 47.1)
	wantFigure(t, ind, "Fredericia", "2024-Q1", 46)
	wantFigure(t, ind, "Vejle", "2024-Q2", math.NaN())
	wantFigure(t, ind, "Århus", "2024-Q1", math.NaN())
}

func TestComparisonTabsAndExcelSeparatorLine(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"A.csv": "Område\t2023\t2024\nFredericia\t10,5\t11\n",
		"B.csv": "sep=;\nOmråde;2024-03;2024-04\nFredericia;1,5;2,5\n",
	})
	p := comparisonPlan("A", "B")
	wantNoProblems(t, readTablesOf(plan, p))
	wantFigure(t, p.Indicators["A"], "Fredericia", "2024", 11)
	wantFigure(t, p.Indicators["B"], "Fredericia", "2024-04", 2.5)
}

func TestComparisonEveryPeriodFormInHeaders(t *testing.T) {
	tests := []struct{ header, want string }{
		{"2024M03", "2024-03"}, {"2024K1", "2024-Q1"}, {"2024Q1", "2024-Q1"}, {"2024", "2024"}, {"2024-03", "2024-03"},
		{"2024-Q1", "2024-Q1"}, {"2024H1", "2024-H1"}, {"marts 2024", "2024-03"}, {"mar 2024", "2024-03"},
		{"Marts 2024", "2024-03"}, {"1. kvt. 2024", "2024-Q1"}, {"2024 1. kvt.", "2024-Q1"}, {"1. kvartal 2024", "2024-Q1"},
	}
	for _, tt := range tests {
		plan := tablesIn(t, map[string]string{"X.csv": "Område;" + tt.header + "\nFredericia;5\n"})
		p := comparisonPlan("X")
		wantNoProblems(t, readTablesOf(plan, p))
		if ind := p.Indicators["X"]; ind == nil || len(ind.Periods) != 1 || ind.Periods[0].String() != tt.want {
			t.Errorf("header %q: read %v, want %s", tt.header, ind, tt.want)
		}
	}
}

func TestComparisonMissingMarksAreNoProblem(t *testing.T) {
	marks := []string{"", "..", ".", "-", "–", "*", "x", "n/a", "N/A"}
	var b strings.Builder
	b.WriteString("Område;2024\n")
	for i, m := range marks {
		b.WriteString("Kommune" + string(rune('A'+i)) + ";" + m + "\n")
	}
	b.WriteString("Fredericia;1\n")
	plan := tablesIn(t, map[string]string{"X.csv": b.String()})
	p := comparisonPlan("X")
	wantNoProblems(t, readTablesOf(plan, p))
	ind := p.Indicators["X"]
	// A row with no figure at all is a note or a blank, not an area; a
	// row with a mark of no figure is an area without one.
	if len(ind.Areas) != len(marks) {
		t.Errorf("areas %v", ind.Areas)
	}
	for _, a := range ind.Areas[:len(ind.Areas)-1] {
		wantFigure(t, ind, a, "2024", math.NaN())
	}
}

func TestComparisonWorkbookWithHeaderFile(t *testing.T) {
	f := excelize.NewFile()
	f.NewSheet("Tabel")
	rows := [][]any{
		{"Langtidsledige i pct. af alle ledige"},
		{},
		{"Område", "2024K1", "2024K2"},
		{"Hele landet", 20.5, 21},
		{"Fredericia", 47.100000000000001, "47,3"},
		{"Vejle", "..", 1.125},
		{"Kolding", "abc", 12},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Tabel", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	f.SetCellStr("Sheet1", "A1", "noter")
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	plan := tablesIn(t, map[string]string{
		"ledige.xlsx": buf.String(),
		"ledige.toml": "indicator = \"MM1\"\ntitle = \"Langtidsledige\"\nunit = \"%\"\nsheet = \"tabel\"\n",
	})
	p := comparisonPlan("MM1")
	ps := readTablesOf(plan, p)
	ind := p.Indicators["MM1"]
	if ind == nil {
		t.Fatalf("MM1 not read: %s", ps.Message(lang.Da))
	}
	if ind.Title != "Langtidsledige" || ind.Unit != "%" || ind.Span() != model.Quarter {
		t.Errorf("title %q unit %q span %v", ind.Title, ind.Unit, ind.Span())
	}
	wantFigure(t, ind, "Fredericia", "2024-Q1", 47.1)
	wantFigure(t, ind, "Fredericia", "2024-Q2", 47.3)
	wantFigure(t, ind, "Vejle", "2024-Q2", 1.125) // a number cell, not 1125
	wantFigure(t, ind, "Vejle", "2024-Q1", math.NaN())
	wantFigure(t, ind, "Kolding", "2024-Q1", math.NaN())
	wantFigure(t, ind, "Kolding", "2024-Q2", 12)
	if len(ps) != 1 || ps[0].File != filepath.Join(filepath.Dir(plan), DefaultComparison, "ledige.xlsx")+":Tabel!B7" || ps[0].Key != lang.CmpBadFigure {
		t.Errorf("want the bad figure at ledige.xlsx:Tabel!B7, got:\n%s", ps.Message(lang.Da))
	}
}

func TestComparisonTiesAreKeptAndRanked(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"LU1.csv": "Område;2024\nHele landet;10\nVejle;8\nFredericia;9\nKolding;9\nHorsens;12\n",
	})
	p := comparisonPlan("LU1")
	p.Measures[0].Better = model.Lower
	p.Groups = []*model.Group{{Name: "Trekant", Areas: []string{"Vejle", "Kolding", "Fredericia", "Middelfart"}}}
	wantNoProblems(t, readTablesOf(plan, p))
	st, ok := p.StandingAt(p.Measures[0], model.MustPeriod("2024"))
	if !ok {
		t.Fatal("no standing")
	}
	if st.Figure != 9 || st.All.Rank != 2 || st.All.Of != 4 || !st.All.FromRow || st.All.Mean != 10 {
		t.Errorf("all: figure %v rank %d of %d mean %v (row %v); want 9, 2 of 4, the file's 10", st.Figure, st.All.Rank, st.All.Of, st.All.Mean, st.All.FromRow)
	}
	if st.Group == nil || st.Group.Rank != 2 || st.Group.Of != 3 || st.Group.Best != 8 || !slices.Equal(st.Group.Missing, []string{"Middelfart"}) {
		t.Errorf("group: %+v; want 2 of 3, best 8, Middelfart missing", st.Group)
	}
	p.Measures[0].Better = model.Higher
	if st, _ := p.StandingAt(p.Measures[0], model.MustPeriod("2024")); st.All.Rank != 2 || st.Group.Rank != 1 {
		t.Errorf("higher is better: rank %d of all, %d in the group; want 2 (Horsens first) and 1 (tied with Kolding)", st.All.Rank, st.Group.Rank)
	}
}

func TestComparisonWithoutNationalRowMeansAllAreas(t *testing.T) {
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nVejle;8\nFredericia;10\nRegion Syddanmark;9\n"})
	p := comparisonPlan("X")
	wantNoProblems(t, readTablesOf(plan, p))
	st, _ := p.StandingAt(p.Measures[0], model.MustPeriod("2024"))
	if st.All.FromRow || st.All.Mean != 9 || st.All.Of != 2 {
		t.Errorf("mean %v (row %v) of %d; want the mean 9 of 2 municipalities, the region not counted", st.All.Mean, st.All.FromRow, st.All.Of)
	}
}
