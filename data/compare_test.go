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
		"Note: a line under the table,,\n" +
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

func TestComparisonTabsExcelSeparatorLineAndLongHeaders(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"A.csv": "Område\t2023\t2024\nFredericia\t10,5\t11\n",
		"B.csv": "sep=;\nOmråde;2024-03;2024-04\nFredericia;1,5;2,5\n",
		"C.csv": "Område (kommune);Ydelse;Periode;Andel i pct.\nFredericia;Alle;2024M01;3,5\n",
		"D.csv": "Ledige, fuldtid, pct., 2024, alle kommuner\nOmråde;Periode;Værdi\nFredericia;2024M01;47,1\nVejle;2024M01;40,0\n",
	})
	p := comparisonPlan("A", "B", "C", "D")
	wantNoProblems(t, readTablesOf(plan, p))
	wantFigure(t, p.Indicators["A"], "Fredericia", "2024", 11)
	wantFigure(t, p.Indicators["B"], "Fredericia", "2024-04", 2.5)
	wantFigure(t, p.Indicators["C"], "Fredericia", "2024-01", 3.5)  // a long table with a column more, named by first words
	wantFigure(t, p.Indicators["D"], "Fredericia", "2024-01", 47.1) // a title's commas do not make it a comma file
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
	p.Groups = []*model.Group{{Name: "Trekant", Areas: []string{"Vejle", "Kolding", "Fredericia", "Middelfart", "Koldnig"}}}
	planText := "[[group]]\nname = \"Trekant\"\nareas = [\"Vejle\", \"Kolding\", \"Fredericia\", \"Middelfart\", \"Koldnig\"]\n"
	ps := readComparison(Source{PlanPath: plan}, []byte(planText), p)
	// Middelfart is a municipality the table lacks; Koldnig is a typo, which
	// the plan's reading warns about once ("mente du Kolding?"), not again
	// for each table.
	wantProblem(t, ps, "plan.toml", 3, 44, lang.CmpGroupArea)
	if len(ps) != 1 {
		t.Errorf("want the group's one municipality the table lacks, got:\n%s", ps.Message(lang.Da))
	}
	st, ok := p.StandingAt(p.Measures[0], model.MustPeriod("2024"))
	if !ok {
		t.Fatal("no standing")
	}
	if st.Figure != 9 || st.All.Rank != 2 || st.All.Of != 4 || !st.All.FromRow || st.All.Mean != 10 {
		t.Errorf("all: figure %v rank %d of %d mean %v (row %v); want 9, 2 of 4, the file's 10", st.Figure, st.All.Rank, st.All.Of, st.All.Mean, st.All.FromRow)
	}
	if st.Group == nil || st.Group.Rank != 2 || st.Group.Of != 3 || st.Group.Best != 8 {
		t.Errorf("group: %+v; want 2 of 3 (Middelfart and Koldnig are not in the table), best 8", st.Group)
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

func TestComparisonProblemsArePlacedAndTheRestIsUsed(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		// line 2: a bad period (col 15), a month among quarters (col 22), a repeat (col 30)
		"P.csv": "Titel\nOmråde;2024K1;2024K9;2024M03;2024K1;2024K2\n" +
			"Ærø;1;2;3;4;5\n" +
			"Ærø;1;2;3;4;5\n" + // a repeated area
			"Tårnby;abc;;;;2\n" + // a bad figure at col 8 (characters, not bytes)
			";7;;;;8\n" + // figures without an area
			"Vejle;1;;;;2;99\n", // a figure past the header's columns
		"E.csv":   "",
		"N.csv":   "Ledighed\nkun tekst her\n",
		"S.csv":   "Område;foo;bar\nVejle;1;2\n",
		"L.csv":   "Område;Periode;Værdi\nVejle;2024M01;1\nVejle;2024M01;2\nVejle;2024;3\nVejle;januar;4\nVejle;2024M02;5\n",
		"H.csv":   "Område;2024\n\n",
		"Q.csv":   "Område;Periode;Værdi\nVejle;x;1\n",
		"MM.csv":  "Område;2024\nVejle;1\n",
		"MM.toml": "indikator = \"MM\"\n",
	})
	p := comparisonPlan("P", "E", "N", "S", "L", "MM", "H", "Q")
	p.Municipality = "Vejle"
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "P.csv", 2, 15, lang.CmpBadPeriodColumn)
	wantProblem(t, ps, "P.csv", 2, 22, lang.CmpMixedSpan)
	wantProblem(t, ps, "P.csv", 2, 30, lang.CmpDuplicatePeriod)
	wantProblem(t, ps, "P.csv", 4, 1, lang.CmpDuplicateArea)
	wantProblem(t, ps, "P.csv", 5, 8, lang.CmpBadFigure)
	wantProblem(t, ps, "P.csv", 6, 1, lang.CmpNoArea)
	wantProblem(t, ps, "P.csv", 7, 14, lang.CmpOutsideColumns)
	wantProblem(t, ps, "E.csv", 1, 1, lang.CmpEmpty)
	wantProblem(t, ps, "N.csv", 1, 1, lang.CmpNoHeader)
	wantProblem(t, ps, "S.csv", 1, 1, lang.CmpNoHeader)
	wantProblem(t, ps, "L.csv", 3, 7, lang.CmpDuplicateFigure)
	wantProblem(t, ps, "L.csv", 4, 7, lang.CmpMixedSpan)
	wantProblem(t, ps, "L.csv", 5, 7, lang.CmpBadPeriodRow)
	wantProblem(t, ps, "MM.toml", 1, 1, lang.UnknownKeyNear)
	wantProblem(t, ps, "H.csv", 1, 1, lang.CmpNoFigures)
	wantProblem(t, ps, "Q.csv", 2, 7, lang.CmpBadPeriodRow)
	wantProblem(t, ps, "Q.csv", 1, 1, lang.CmpNoPeriods)
	if len(ps) != 17 {
		t.Errorf("want 17 problems, got:\n%s", ps.Message(lang.Da))
	}
	ind := p.Indicators["P"]
	if ind == nil || len(ind.Periods) != 2 || len(ind.Areas) != 3 {
		t.Fatalf("P: the good columns and rows are used: %+v", ind)
	}
	wantFigure(t, ind, "Tårnby", "2024-Q1", math.NaN())
	wantFigure(t, ind, "Tårnby", "2024-Q2", 2)
	wantFigure(t, ind, "Vejle", "2024-Q2", 2)
	wantFigure(t, p.Indicators["L"], "Vejle", "2024-01", 1)
	wantFigure(t, p.Indicators["L"], "Vejle", "2024-02", 5)
	for _, id := range []string{"E", "N", "S", "H", "Q"} {
		if p.Indicators[id] != nil {
			t.Errorf("%s is used, though it is no table", id)
		}
	}
	if p.Indicators["MM"] == nil {
		t.Error("a header file with a mistake leaves the table read by its file name")
	}
	en := ps.Message(lang.En)
	if !strings.Contains(en, `"2024K9" is not a period`) || !strings.Contains(en, "warning: ") {
		t.Errorf("the English messages: %s", en)
	}
}

func TestComparisonCapsTheProblemsOfOneFile(t *testing.T) {
	var b strings.Builder
	b.WriteString("Område;2024\n")
	for i := range 100 {
		b.WriteString("A" + strings.Repeat("x", i) + ";abc\n")
	}
	b.WriteString("Fredericia;1\n")
	plan := tablesIn(t, map[string]string{"X.csv": b.String()})
	ps := readTablesOf(plan, comparisonPlan("X"))
	if len(ps) != maxTableProblems+1 || ps[len(ps)-1].Key != lang.CmpMoreProblems || ps[len(ps)-1].Args[0] != 100-maxTableProblems {
		t.Errorf("want %d problems and a count of the rest, got %d:\n%s", maxTableProblems, len(ps), ps.Message(lang.Da))
	}
}

func TestComparisonReadsOnlyTheTablesMeasuresName(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"A.csv":       "Område;2024\nFredericia;1\n",
		"broken.csv":  "nothing here",
		"README.txt":  "not a table",
		"~$A.xlsx":    "an Excel lock file",
		".hidden.csv": "x",
	})
	p := comparisonPlan("A")
	wantNoProblems(t, readTablesOf(plan, p))
	if len(p.Indicators) != 1 || p.Indicators["A"] == nil {
		t.Errorf("indicators %v", p.Indicators)
	}
	if ps := readTablesOf(plan, comparisonPlan()); ps != nil {
		t.Errorf("a plan naming no table reads none: %v", ps)
	}
}

func TestComparisonPipeInTheFolderDoesNotHang(t *testing.T) {
	plan := tablesIn(t, map[string]string{"B.csv": "Område;2024\nFredericia;1\n"})
	if err := mkfifo(filepath.Join(filepath.Dir(plan), DefaultComparison, "A.csv")); err != nil {
		t.Skip(err)
	}
	p := comparisonPlan("A", "B")
	ps := readTablesOf(plan, p)
	if len(ps) != 1 || ps[0].Key != lang.FileNotRegular || !ps[0].Warning || p.Indicators["B"] == nil {
		t.Errorf("want the pipe refused with a warning and B read, got:\n%s", ps.Message(lang.Da))
	}
}

func TestComparisonMissingTableIsPlacedAtCompare(t *testing.T) {
	planText := "[plan]\nmunicipality = \"Fredericia\"\n\n[[measure]]\nid = \"R1\"\ncompare = \"MM1\"\n\n" +
		"[[measure]]\nid = \"R2\"\ncompare = \"MM3\"\n\n[[measure]]\nid = \"R3\"\ncompare   = \"Ledighed\"\n\n" +
		"[[measure]]\nid = \"R4\"\ncompare = \"MM2\"\narea = \"Fredricia\"\n"
	plan := tablesIn(t, map[string]string{"MM1.csv": "Område;2024\nFredericia;1\n", "MM2.csv": "Område;2024\nFredericia;1\n"})
	p := comparisonPlan("MM1", "MM3", "Ledighed", "MM2")
	p.Measures[3].Area = "Fredricia"
	ps := readComparison(Source{PlanPath: plan}, []byte(planText), p)
	wantProblem(t, ps, "plan.toml", 10, 11, lang.CmpNoTableNear)
	wantProblem(t, ps, "plan.toml", 14, 13, lang.CmpNoTable)
	wantProblem(t, ps, "plan.toml", 19, 8, lang.CmpNoOwnAreaNear)
	if len(ps) != 3 || !strings.Contains(ps[0].Message(lang.Da), `mente du "MM1"? Den har: MM1, MM2`) {
		t.Errorf("want two warnings naming the tables there and one of the area, got:\n%s", ps.Message(lang.Da))
	}
	if p.Indicators["MM1"] == nil {
		t.Error("MM1 not read")
	}
}

func TestComparisonFolderNotThere(t *testing.T) {
	plan := filepath.Join(t.TempDir(), "plan.toml")
	if ps := readTablesOf(plan, comparisonPlan()); ps != nil {
		t.Errorf("no measure names a table: no problem, got %v", ps)
	}
	ps := readComparison(Source{PlanPath: plan}, []byte("[[measure]]\ncompare = \"MM1\"\n"), comparisonPlan("MM1"))
	wantProblem(t, ps, "plan.toml", 2, 11, lang.CmpFolderMissing)
}

func TestComparisonFolderNamedByThePlan(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "tal", "andre"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "tal", "andre", "X.csv"), []byte("Område;2024\nFredericia;1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := comparisonPlan("X")
	p.Comparison = "tal/andre"
	wantNoProblems(t, readTablesOf(filepath.Join(dir, "plan.toml"), p))
	p = comparisonPlan("X")
	p.Comparison = filepath.Join(dir, "tal", "andre")
	wantNoProblems(t, readTablesOf(filepath.Join(t.TempDir(), "plan.toml"), p))
	if p.Indicators["X"] == nil {
		t.Error("an absolute folder is read as it is")
	}
}

func TestComparisonSameIndicatorTwice(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"MM1.csv":    "Område;2024\nFredericia;1\n",
		"mm1.xlsx":   "PK\x03\x04",
		"other.csv":  "Område;2024\nFredericia;2\n",
		"other.toml": "indicator = \"mm1\"\n",
	})
	p := comparisonPlan("MM1")
	ps := readTablesOf(plan, p)
	wantFigure(t, p.Indicators["MM1"], "Fredericia", "2024", 1)
	if len(ps) != 2 || ps[0].Key != lang.CmpSameIndicator || !strings.HasSuffix(ps[0].File, "mm1.xlsx") || !strings.HasSuffix(ps[1].File, "other.csv") {
		t.Errorf("want mm1.xlsx and other.csv named as second tables of MM1, and not read, got:\n%s", ps.Message(lang.Da))
	}
}

func TestComparisonOfTheBuiltInExample(t *testing.T) {
	entries, err := example.ReadDir("example/" + DefaultComparison)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		if ext := filepath.Ext(e.Name()); ext == ".csv" || ext == ".xlsx" {
			ids = append(ids, strings.TrimSuffix(e.Name(), ext))
		}
	}
	if len(ids) == 0 { // the folder holds no tables yet: a measure naming one is told so
		ps := readComparison(Source{PlanPath: "plan.toml", Example: true}, nil, comparisonPlan("MM3"))
		if len(ps) != 1 || ps[0].Key != lang.CmpNoTables || ps[0].File != "plan.toml" {
			t.Errorf("got:\n%s", ps.Message(lang.Da))
		}
		return
	}
	p := comparisonPlan(ids...)
	wantNoProblems(t, readComparison(Source{PlanPath: "plan.toml", Example: true}, nil, p))
	for _, id := range ids {
		if ind := p.Indicators[id]; ind == nil || ind.Area("Eksempel Kommune") < 0 {
			t.Errorf("the example's table %s is not read with a row for Eksempel", id)
		}
	}
}

func TestComparisonWorkbookReadersAgree(t *testing.T) {
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"Tabel: ledige & <andre>"},
		nil,
		{nil, "1. kvt. 2024", "2024K2", "2024K3"},
		{"Fredericia", 1.5, "2,5", nil},
		{"Høje-Taastrup", 12.000000000000002, "..", 7},
		{"Vejle", "x y", 3, 4},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := sw.SetRow(cell, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	var plainLog, excelizeLog tableLog
	plain, ok1 := readTableXLSX("T.xlsx", buf.Bytes(), "", &plainLog)
	other, ok2 := readTableExcelize("T.xlsx", buf.Bytes(), "", &excelizeLog)
	if !ok1 || !ok2 {
		t.Fatalf("read %v %v: %v %v", ok1, ok2, plainLog.problems, excelizeLog.problems)
	}
	same := func(a, b []float64) bool {
		return slices.EqualFunc(a, b, func(x, y float64) bool { return x == y || math.IsNaN(x) && math.IsNaN(y) })
	}
	if plain.title != "Tabel: ledige & <andre>" || plain.title != other.title || !slices.Equal(plain.areas, other.areas) ||
		!slices.Equal(plain.periods, other.periods) || !same(plain.values, other.values) {
		t.Errorf("the readers differ:\n%+v\n%+v", plain, other)
	}
	if want := []float64{1.5, 2.5, math.NaN(), 12, math.NaN(), 7, math.NaN(), 3, 4}; !same(plain.values, want) {
		t.Errorf("values %v, want %v", plain.values, want)
	}
	p1, p2 := plainLog.done("T.xlsx"), excelizeLog.done("T.xlsx")
	if len(p1) != 1 || p1[0].File != "T.xlsx:Sheet1!B6" || p1[0].Key != lang.CmpBadFigure || len(p2) != 1 || p2[0].File != p1[0].File {
		t.Errorf("want the bad figure at T.xlsx:Sheet1!B6 from both, got:\n%s\n%s", p1.Message(lang.Da), p2.Message(lang.Da))
	}
}

func TestComparisonBrokenWorkbookIsAWarning(t *testing.T) {
	plan := tablesIn(t, map[string]string{"A.xlsx": "PK\x03\x04 not really", "B.xls": "\xd0\xcf\x11\xe0 old"})
	p := comparisonPlan("A", "B")
	ps := readTablesOf(plan, p)
	if len(ps) != 2 || ps[0].Key != lang.XLSXUnreadable || ps[1].Key != lang.CmpOldWorkbook || len(p.Indicators) != 0 {
		t.Errorf("got:\n%s", ps.Message(lang.Da))
	}
}

func TestTableFigureAsExportsWriteThem(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		missing bool
	}{
		{"47,1", 47.1, false}, {"47.1", 47.1, false}, {" 47,1 % ", 47.1, false}, {"47,1%", 47.1, false}, {"-3,5", -3.5, false},
		{"1750", 1750, false}, {"1.750", 1750, false}, {"1.750,5", 1750.5, false}, {"1 750,5", 1750.5, false},
		{"12 500", 12500, false}, {"1\u00a0750", 1750, false}, {"0.125", 0.125, false}, {"0,125", 0.125, false},
		{"123456789012345", 123456789012345, false}, {"1.234.567", 1234567, false},
		{"", 0, true}, {"..", 0, true}, {".", 0, true}, {"-", 0, true}, {"–", 0, true}, {"*", 0, true},
		{"x", 0, true}, {"X", 0, true}, {"n/a", 0, true}, {"N/A", 0, true}, {":", 0, true},
	}
	for _, tt := range tests {
		v, missing, ok := tableFigure(tt.in)
		if !ok || missing != tt.missing || !missing && v != tt.want {
			t.Errorf("tableFigure(%q) = %v, %v, %v; want %v, missing %v", tt.in, v, missing, ok, tt.want, tt.missing)
		}
	}
	for _, bad := range []string{"abc", "47,", "4,7,1", "1 75", "12 500 000,5,1", "1e5", "0x10", "NaN", "Inf", "47,1 pct", "--1", "1234 567", "+-12 500"} {
		if v, missing, ok := tableFigure(bad); ok {
			t.Errorf("tableFigure(%q) = %v (missing %v), want it refused", bad, v, missing)
		}
	}
	if n := testing.AllocsPerRun(100, func() { tableFigure("47,1"); tableFigure("1750"); tableFigure("..") }); n != 0 {
		t.Errorf("the common figures allocate %.0f times", n)
	}
}

// FuzzComparisonTable reads any bytes as a table: it never panics or
// hangs, a table it reads is whole (a figure for every area and period),
// and every problem is a warning with a place.
func FuzzComparisonTable(f *testing.F) {
	for _, seed := range []string{
		"Område;2024M01;2024M02\nFredericia;47,1;..\n",
		"sep=,\nKommune,Tid,Andel\nVejle,2024K1,\"1.750,5\"\n",
		"Titel\n\n\tmarts 2024\t1. kvt. 2024\nA\t1\t2\n",
		"Område;Periode;Værdi\n\"Vejle;2024;1\n",
		"\xefOmr\xe5de;2024\nT\xf8nder;1\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, content []byte) {
		var log tableLog
		g, ok := readTableContent("T.csv", content, "", &log)
		if ok && (len(g.values) != len(g.areas)*len(g.periods) || len(g.periods) == 0 || len(g.areas) == 0) {
			t.Fatalf("%d values for %d areas and %d periods", len(g.values), len(g.areas), len(g.periods))
		}
		if ok && !slices.IsSortedFunc(g.periods, func(a, b model.Period) int { return a.Compare(b) }) {
			t.Fatalf("periods out of order: %v", g.periods)
		}
		for _, p := range log.done("T.csv") {
			if !p.Warning || p.Key == "" {
				t.Fatalf("not a warning: %v", p)
			}
		}
	})
}

func TestComparisonTableWithoutTheMunicipalityIsPlacedAtCompare(t *testing.T) {
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nVejle;1\n"})
	p := comparisonPlan("X")
	ps := readComparison(Source{PlanPath: plan}, []byte("[[measure]]\ncompare = \"X\"\n"), p)
	wantProblem(t, ps, "plan.toml", 2, 11, lang.CmpNoOwnArea)
	if len(ps) != 1 || p.Indicators["X"] == nil || !strings.Contains(ps[0].Message(lang.En), `no row for "Fredericia Kommune"`) {
		t.Errorf("want the table read and its lack of the plan's municipality said, got:\n%s", ps.Message(lang.En))
	}
}

// FuzzPlainSheet reads any bytes as a sheet's XML: the hand-written reader
// never panics or hangs, whatever the tags.
func FuzzPlainSheet(f *testing.F) {
	for _, seed := range []string{
		`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>2024M01</t></is></c></row>` +
			`<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><v>47.100000000000001</v></c><c r="C3" s="1"/></row></sheetData>`,
		`<sheetData><row/><row r="2" spans="1:2"><c t="str"><v>a &amp; b</v></c><c><f>1+1</f><v>2</v></c></row>`,
		`<sheetData><row r="x"><c r="ZZZZZZ1"><v>1</v><c t="s"><v>99</v></c></row>`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := &plainSheet{file: "T.xlsx", sheet: "Ark1", xml: b, strings: []string{"Område", "Fredericia"}}
		var log tableLog
		readGrid(s, &log)
	})
}

func TestPlainSheetCellFarRightDoesNotWidenTheRow(t *testing.T) {
	s := &plainSheet{xml: []byte(`<sheetData><row r="4"><c r="B4"><v>1</v></c><c r="XFD4"><v>2</v></c></row></sheetData>`)}
	row, ok := s.next()
	if !ok || len(row) != 2 || row[1] != "1" || s.row != 4 {
		t.Errorf("row %d: %q, want row 4 with its two first cells only", s.row, row)
	}
}

// TestGroupAreasLeftUnlistedAreCountedAsListed: past the first 20 of a
// group's municipalities a table lacks, the line "and N more" counts only
// what would have been listed: a typo is warned about by the plan's
// reading, not counted again here.
func TestGroupAreasLeftUnlistedAreCountedAsListed(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"LU1.csv": "Område;2024\nHele landet;10\nVejle;8\nFredericia;9\nKolding;9\nHorsens;12\n",
	})
	p := comparisonPlan("LU1")
	areas := append(slices.Clone(model.Regions[0].Areas[:22]), "Koldnig")
	p.Groups = []*model.Group{{Name: "Mange", Areas: areas}}
	planText := "[[group]]\nname = \"Mange\"\nareas = [\"" + strings.Join(areas, "\", \"") + "\"]\n"
	ps := readComparison(Source{PlanPath: plan}, []byte(planText), p)
	more := slices.IndexFunc(ps, func(pr Problem) bool { return pr.Key == lang.CmpMoreProblems })
	if more < 0 || len(ps[more].Args) != 1 || ps[more].Args[0] != 2 {
		t.Errorf("want 20 areas and \"2 more\" (the municipalities left of 22, not the typo):\n%s", ps.Message(lang.Da))
	}
}
