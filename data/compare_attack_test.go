package data

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Tables as a clumsy or hostile user leaves them in the comparison folder.

// smallerTables lowers the limit of a table's figures for one test.
func smallerTables(t *testing.T, n int) {
	old := maxTableFigures
	maxTableFigures = n
	t.Cleanup(func() { maxTableFigures = old })
}

func TestComparisonSparseLongTableIsRefusedNotAllocated(t *testing.T) {
	// Rows each of a new area and a new month: a file of n rows lays out
	// n×n figures (3,000 rows in 100 kB, 9,000,000 figures).
	smallerTables(t, 10000)
	var b strings.Builder
	b.WriteString("Område;Periode;Værdi\nFredericia;1900M01;1\n")
	first := model.MustPeriod("1900-02")
	for i := range 3000 {
		fmt.Fprintf(&b, "A%d;%s;1\n", i, first.Add(i).String())
	}
	plan := tablesIn(t, map[string]string{"X.csv": b.String()})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	if p.Indicators["X"] != nil {
		t.Fatal("a table of 3001 areas by 3001 periods is used")
	}
	wantProblem(t, ps, "X.csv", 102, 1, lang.CmpTooLarge) // 101 areas by 101 periods: 10,201 figures
}

func TestComparisonWideTableTooLargeIsRefused(t *testing.T) {
	smallerTables(t, 10000)
	var b strings.Builder
	b.WriteString("Område")
	first := model.MustPeriod("1900-01")
	for i := range 100 {
		b.WriteString(";" + first.Add(i).String())
	}
	row := strings.Repeat(";1", 100) + "\n"
	for i := range 101 {
		fmt.Fprintf(&b, "\nA%d%s", i, strings.TrimSuffix(row, "\n"))
	}
	plan := tablesIn(t, map[string]string{"X.csv": b.String()})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	if p.Indicators["X"] != nil {
		t.Fatal("a table past the limit is used")
	}
	wantProblem(t, ps, "X.csv", 102, 1, lang.CmpTooLarge)
	if !strings.Contains(ps.Message(lang.En), "with this row the table has more than 10000 figures") {
		t.Errorf("the message says how large: %s", ps.Message(lang.En))
	}
}

func TestComparisonRepeatedLongRowsAreBounded(t *testing.T) {
	// The same area and period over and over: the rows kept until the
	// end are bounded too.
	smallerTables(t, 10000)
	var b strings.Builder
	b.WriteString("Område;Periode;Værdi\n")
	for range maxTableFigures + 1 {
		b.WriteString("Fredericia;2024M01;1\n")
	}
	plan := tablesIn(t, map[string]string{"X.csv": b.String()})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	if p.Indicators["X"] != nil {
		t.Fatal("a table past the limit is used")
	}
	wantProblem(t, ps, "X.csv", maxTableFigures+2, 1, lang.CmpTooLarge)
}

func TestComparisonHugeFigureIsNoFigure(t *testing.T) {
	huge := "17" + strings.Repeat("0", 307) // 1.7e308: two of them add up to +Inf
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024;2025\nFredericia;" + huge + ";-" + huge + "\nVejle;1;1e15\n"})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "X.csv", 2, 12, lang.CmpHugeFigure)
	ind := p.Indicators["X"]
	if ind == nil {
		t.Fatal("the table is not used")
	}
	wantFigure(t, ind, "Fredericia", "2024", math.NaN())
	wantFigure(t, ind, "Fredericia", "2025", math.NaN())
	wantFigure(t, ind, "Vejle", "2024", 1)
	for _, s := range []string{"1e308", "1E+300", "-1.7976931348623157E+308", "1000000000000000"} {
		if v, missing, ok := storedFigure(s); ok && !missing {
			var log tableLog
			rows := &plainSheet{file: "T.xlsx", sheet: "Ark1"}
			if got := cellFigure(rows, 0, s, func(cellMark, lang.Key, ...any) { log.more++ }); !math.IsNaN(got) || log.more != 1 {
				t.Errorf("the stored number %s (%v) is read as %v", s, v, got)
			}
		}
	}
}

func TestComparisonMixedLineEndingsAreLines(t *testing.T) {
	// Excel on a Mac, a Windows editor and a Unix one, all in one file.
	plan := tablesIn(t, map[string]string{"X.csv": "Titel\r\rOmråde;2024;2025\rFredericia;1;2\r\nVejle;abc;3\nKolding;4;5\r"})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "X.csv", 5, 7, lang.CmpBadFigure)
	if len(ps) != 1 {
		t.Errorf("want one problem, got:\n%s", ps.Message(lang.Da))
	}
	ind := p.Indicators["X"]
	if ind == nil || len(ind.Areas) != 3 || len(ind.Periods) != 2 {
		t.Fatalf("want 3 areas by 2 periods, got %+v", ind)
	}
	wantFigure(t, ind, "Fredericia", "2025", 2)
	wantFigure(t, ind, "Kolding", "2025", 5)
}

func TestComparisonHeaderIndicatorIsTrimmed(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"Flygtninge.csv":  "Område;2024\nFredericia;1\n",
		"Flygtninge.toml": "indicator = \" MM3 \"\n",
	})
	p := comparisonPlan("MM3")
	ps := readTablesOf(plan, p)
	wantNoProblems(t, ps)
	if p.Indicators["MM3"] == nil {
		t.Error(`indicator = " MM3 " is not the table of compare = "MM3"`)
	}
}

func TestComparisonFolderThatIsAFile(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.toml")
	if err := os.WriteFile(filepath.Join(dir, DefaultComparison), []byte("tal\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ps := readTablesOf(plan, comparisonPlan("X"))
	if len(ps) == 0 || ps[0].Key != lang.CmpFolderNotFolder || !ps[0].Warning {
		t.Errorf("want a warning that the folder is a file, got:\n%s", ps.Message(lang.Da))
	}
}

func TestComparisonGroupAreasTheTableLacksAreCapped(t *testing.T) {
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nFredericia;1\nRegion Syddanmark;2\n"})
	p := comparisonPlan("X")
	g := &model.Group{Name: "G", Areas: []string{"Region Syddanmark", "Region Hovedstaden"}}
	g.Areas = append(g.Areas, model.Regions[0].Areas[:25]...) // municipalities the table has no row for
	p.Groups = []*model.Group{g}
	src := "[[group]]\nname = \"G\"\nareas = [\"" + strings.Join(g.Areas, "\", \"") + "\"]\n[[measure]]\ncompare = \"X\"\n"
	ps := readComparison(Source{PlanPath: plan}, []byte(src), p)
	if len(ps) != maxTableProblems+1 {
		t.Fatalf("want %d warnings and a count of the rest, got %d:\n%s", maxTableProblems, len(ps), ps.Message(lang.Da))
	}
	if first := ps[0]; first.Key != lang.CmpGroupArea && first.Key != lang.CmpGroupAreaNear || first.Args[1] != "Albertslund" {
		t.Errorf("the regions are warned about by the plan's reading, not as missing rows: %s", first.Message(lang.Da))
	}
	if last := ps[len(ps)-1]; last.Key != lang.CmpMoreProblems || last.Args[0] != 5 || last.Line != 3 {
		t.Errorf("want the count of 5 more at line 3, got %s", last.Message(lang.Da))
	}
}

func TestComparisonLongCellIsQuotedShort(t *testing.T) {
	long := strings.Repeat("ø", 100000)
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024;" + long + "\nFredericia;1;\nVejle;" + long + ";\n"})
	ps := readTablesOf(plan, comparisonPlan("X"))
	if len(ps) != 2 {
		t.Fatalf("want a bad period and a bad figure, got %d problems", len(ps))
	}
	for _, p := range ps {
		if m := p.Message(lang.Da); len(m) > 500 || !strings.Contains(m, strings.Repeat("ø", maxQuoted)+"…") {
			t.Errorf("%d bytes: %.200s", len(m), m)
		}
	}
}

func TestComparisonLargeHeaderFileIsNotParsed(t *testing.T) {
	// Every header is read to know its indicator, named or not: a large
	// one took a minute and gigabytes to parse.
	var b strings.Builder
	b.WriteString("indicator = \"MM3\"\n")
	for i := 0; b.Len() <= maxHeaderBytes; i++ {
		fmt.Fprintf(&b, "k%d = \"%s\"\n", i, strings.Repeat("x", 40))
	}
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nFredericia;1\n", "X.toml": b.String(), "MM3.csv": "Område;2024\nFredericia;2\n"})
	p := comparisonPlan("MM3", "X")
	ps := readTablesOf(plan, p)
	if len(ps) != 1 || ps[0].Key != lang.CmpHeaderTooLarge || !strings.HasSuffix(ps[0].File, "X.toml") {
		t.Fatalf("want one warning of a large header file, got:\n%s", ps.Message(lang.Da))
	}
	wantFigure(t, p.Indicators["X"], "Fredericia", "2024", 1)
	wantFigure(t, p.Indicators["MM3"], "Fredericia", "2024", 2)
}

func TestComparisonMissingTableListsSomeOfMany(t *testing.T) {
	files := map[string]string{}
	for i := range 500 {
		files[fmt.Sprintf("T%03d.csv", i)] = ""
	}
	plan := tablesIn(t, files)
	ps := readComparison(Source{PlanPath: plan}, []byte("[[measure]]\ncompare = \"Q\"\n"), comparisonPlan("Q"))
	if len(ps) != 1 || ps[0].Key != lang.CmpNoTable {
		t.Fatalf("want one warning of no table, got:\n%.2000s", ps.Message(lang.En))
	}
	if m := ps[0].Message(lang.En); len(m) > 600 || !strings.HasSuffix(m, "T018, T019, …") {
		t.Errorf("%d bytes: %.1000s", len(m), m)
	}
}

func TestComparisonLongTitleLineIsCut(t *testing.T) {
	plan := tablesIn(t, map[string]string{"X.csv": strings.Repeat("Titel ", 100000) + "\nOmråde;2024\nFredericia;1\n"})
	p := comparisonPlan("X")
	wantNoProblems(t, readTablesOf(plan, p))
	if ind := p.Indicators["X"]; ind == nil || len([]rune(ind.Title)) != maxTitle+1 || !strings.HasSuffix(ind.Title, "…") {
		t.Errorf("title of %d characters", len([]rune(p.Indicators["X"].Title)))
	}
}

func TestComparisonLongAreaNameIsNoArea(t *testing.T) {
	// Names are matched by edit distance: 40 names of a million characters
	// took 16 seconds at every start.
	long := strings.Repeat("x", maxAreaName+1)
	plan := tablesIn(t, map[string]string{
		"W.csv": "Område;2024\nFredericia;1\n" + long + ";2\n",
		"L.csv": "Område;Periode;Værdi\nFredericia;2024;1\n" + long + ";2024;2\n",
	})
	p := comparisonPlan("W", "L")
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "W.csv", 3, 1, lang.CmpLongArea)
	wantProblem(t, ps, "L.csv", 3, 1, lang.CmpLongArea)
	for _, id := range []string{"W", "L"} {
		if ind := p.Indicators[id]; ind == nil || len(ind.Areas) != 1 {
			t.Errorf("%s: want Fredericia alone, got %+v", id, ind)
		}
	}
	if len(ps) != 2 {
		t.Errorf("want 2 problems, got:\n%s", ps.Message(lang.Da))
	}
}

func TestComparisonLongNamesInThePlanAreNotSearched(t *testing.T) {
	long := strings.Repeat("Vejle", 1000)
	if got := closestName(long, []string{long + "x", "Vejle"}); got != "" {
		t.Errorf("a name of %d characters is compared: %q", len(long), got)
	}
	if got := closestName("Vejel", []string{"Vejle"}); got != "Vejle" {
		t.Errorf("a short name finds %q", got)
	}
}

func TestComparisonLongGroupAreaIsQuotedShort(t *testing.T) {
	long := strings.Repeat("y", 10000)
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nFredericia;1\n"})
	p := comparisonPlan("X")
	p.Groups = []*model.Group{{Name: "G", Areas: []string{long}}}
	ps := readComparison(Source{PlanPath: plan}, []byte("[[group]]\nname = \"G\"\nareas = [\""+long+"\"]\n[[measure]]\ncompare = \"X\"\n"), p)
	if len(ps) != 0 {
		t.Errorf("a name that is no municipality is warned about once, by the plan's reading (quoted short: TestGroupsAreChecked), not again for each table: %d bytes", len(ps.Message(lang.Da)))
	}
}

func TestComparisonHeaderOfMillionsOfColumnsIsCut(t *testing.T) {
	header := "Område;2024M01" + strings.Repeat(";2024M02", maxHeaderColumns+10)
	plan := tablesIn(t, map[string]string{"X.csv": header + "\nFredericia;1;2\n"})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "X.csv", 1, 8*maxHeaderColumns, lang.CmpTooManyColumns)
	// Of the columns read, 2024M02 is repeated 19,997 times: 19 listed.
	if last := ps[len(ps)-1]; last.Key != lang.CmpMoreProblems || last.Args[0] != maxHeaderColumns-3-(maxTableProblems-1) {
		t.Errorf("want the repeats of the columns read counted, got %s", last.Message(lang.En))
	}
	wantFigure(t, p.Indicators["X"], "Fredericia", "2024-02", 2)
}

func TestComparisonLineOfMillionsOfFieldsIsRefused(t *testing.T) {
	for name, content := range map[string]string{
		"last": "Titel\nOmråde;2024\nFredericia;1" + strings.Repeat(";1", maxLineBytes/2),
		"mid":  "Titel\nOmråde;2024\nFredericia;1" + strings.Repeat(";1", maxLineBytes/2) + "\nVejle;2\n",
	} {
		plan := tablesIn(t, map[string]string{"X.csv": content})
		p := comparisonPlan("X")
		ps := readTablesOf(plan, p)
		wantProblem(t, ps, "X.csv", 3, 1, lang.CmpLineTooLong)
		if p.Indicators["X"] != nil || len(ps) != 1 {
			t.Errorf("%s: the table is used, or more problems:\n%s", name, ps.Message(lang.Da))
		}
	}
}

func TestComparisonCopenhagenTwiceIsOneArea(t *testing.T) {
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nKøbenhavn;1\nFredericia;2\nKøbenhavns Kommune;3\n"})
	p := comparisonPlan("X")
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "X.csv", 4, 1, lang.CmpDuplicateArea)
	if ind := p.Indicators["X"]; ind == nil || ind.Municipalities() != 2 {
		t.Fatalf("want 2 municipalities, got %+v", ind)
	}
	wantFigure(t, p.Indicators["X"], "Københavns Kommune", "2024", 1)
}

func TestComparisonFolderWithoutAccess(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any folder")
	}
	plan := tablesIn(t, map[string]string{"X.csv": "Område;2024\nFredericia;1\n"})
	folder := filepath.Join(filepath.Dir(plan), DefaultComparison)
	if err := os.Chmod(folder, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(folder, 0o755) })
	ps := readTablesOf(plan, comparisonPlan("X"))
	if len(ps) == 0 || ps[0].Key != lang.CmpFolderNoAccess || !ps[0].Warning {
		t.Errorf("want a warning of no access to the folder, got:\n%s", ps.Message(lang.Da))
	}
}

func TestComparisonQuoteNeverClosedLosesOnlyItsRow(t *testing.T) {
	plan := tablesIn(t, map[string]string{
		"E.csv": "Område;2024;2025\nVejle;1;2\nKolding;\"3;4\nFredericia;5;6\nHorsens;7;8x\n",    // to the end of the file
		"L.csv": "Område;2024;2025\nVejle;1;2\nKolding;\"3;4\nFredericia;5;6\nHorsens;7;\"8\"\n", // to a quote below
	})
	p := comparisonPlan("E", "L")
	ps := readTablesOf(plan, p)
	wantProblem(t, ps, "E.csv", 3, 9, lang.CSVQuoteNotClosed)
	wantProblem(t, ps, "E.csv", 5, 11, lang.CmpBadFigure) // placed after the quote too
	wantProblem(t, ps, "L.csv", 5, 11, lang.CSVQuoteExtra)
	for _, id := range []string{"E", "L"} {
		ind := p.Indicators[id]
		if ind == nil || len(ind.Areas) != 4 {
			t.Fatalf("%s: want the rows after the quote read, got %+v\n%s", id, ind, ps.Message(lang.Da))
		}
		wantFigure(t, ind, "Fredericia", "2025", 6)
		wantFigure(t, ind, "Kolding", "2025", 4)
		wantFigure(t, ind, "Kolding", "2024", math.NaN()) // '3 is no figure
	}
	wantFigure(t, p.Indicators["L"], "Horsens", "2025", 8)
	if len(ps) != 5 {
		t.Errorf("want 5 problems, got:\n%s", ps.Message(lang.Da))
	}
}
