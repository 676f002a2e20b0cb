package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestWorkbookRoundTrip: the secretary makes the workbook, the teams type
// two figures into its entry sheet (one a decimal number as Danish Excel
// stores it, one a count typed as text with a thousands dot), and import
// records exactly those two; the figures already shown are not recorded again.
func TestWorkbookRoundTrip(t *testing.T) {
	dir := initPlan(t)
	book := filepath.Join(dir, "tal.xlsx")
	if _, errOut, code := run(t, "report", "--plan", dir, "--as-of", "2026-Q3", "--format", "xlsx", "-o", book); code != 0 {
		t.Fatalf("report --format xlsx: %d %s", code, errOut)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Indtastning")
	rowOf := func(id string) string {
		for i, r := range rows {
			if len(r) > 0 && r[0] == id {
				return strconv.Itoa(i + 1)
			}
		}
		t.Fatalf("no row for %s", id)
		return ""
	}
	r9, r11 := rowOf("R9"), rowOf("R11")
	f.SetCellFloat("Indtastning", "E"+r9, 76.3, 15, 64) // stored as 76.299999999999997
	if raw, _ := f.GetCellValue("Indtastning", "E"+r9, excelize.Options{RawCellValue: true}); raw != "76.299999999999997" {
		t.Fatalf("the figure must be stored as Excel stores it, not %q", raw)
	}
	f.SetCellStr("Indtastning", "E"+r11, "1.120")
	f.SetCellStr("Indtastning", "G"+r11, "Fra Jobindsats")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := entriesIn(t, dir)
	out, errOut, code := run(t, "import", book, "--plan", dir)
	if code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}
	for _, want := range []string{"R9 2026-Q3 = 76,3", `R11 2026-Q3 = 1.120 – "Fra Jobindsats"`, ": 2 registreringer"} {
		if !strings.Contains(out, want) {
			t.Errorf("import says %q, want %q", out, want)
		}
	}
	if got := entriesIn(t, dir); got != before+2 {
		t.Errorf("%d entries, want exactly the two typed: %d", got, before+2)
	}
}

// TestImportOfOneFigureSaysItInTheSingular: "1 registrering", not "1 registreringer".
func TestImportOfOneFigureSaysItInTheSingular(t *testing.T) {
	dir := initPlan(t)
	path := filepath.Join(dir, "tal.csv")
	os.WriteFile(path, []byte("resultatmål;periode;værdi\nR13;2026-Q4;1.742\n"), 0o644)
	out, errOut, code := run(t, "import", path, "--plan", dir)
	if code != 0 || !strings.Contains(out, ": 1 registrering\n") {
		t.Errorf("import of one figure: %d %q %q", code, out, errOut)
	}
}

// TestImportOfAnUnchangedWorkbookSaysWhy: the report's workbook imported
// as it was made said "filen har ingen rækker med tal", though every row
// had a figure: they are skipped because they are unchanged.
func TestImportOfAnUnchangedWorkbookSaysWhy(t *testing.T) {
	dir := initPlan(t)
	book := filepath.Join(dir, "tal.xlsx")
	if _, errOut, code := run(t, "report", "--plan", dir, "--as-of", "2026-Q3", "--format", "xlsx", "-o", book); code != 0 {
		t.Fatalf("report --format xlsx: %d %s", code, errOut)
	}
	before := entriesIn(t, dir)
	_, errOut, code := run(t, "import", book, "--plan", dir)
	if code != 2 || !strings.Contains(errOut, "uændret") || strings.Contains(errOut, "ingen rækker med tal") {
		t.Errorf("an unchanged workbook: code %d %q, want 2 and that its figures are unchanged", code, errOut)
	}
	if entriesIn(t, dir) != before {
		t.Error("nothing must be written")
	}
}
