package report

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
)

// workbookOf writes the report of a plan as a workbook and opens it again.
func workbookOf(t *testing.T, plan string, l lang.Lang) *excelize.File {
	t.Helper()
	s := snapshots(t)[plan]
	o := options(l)
	o.Changes = SinceLastMeeting(s)
	var b bytes.Buffer
	if err := Write(&b, s, XLSXFormat, o); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatalf("%s: the workbook does not open: %v", plan, err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// numFmt is the number format of a cell.
func numFmt(t *testing.T, f *excelize.File, sheet, cell string) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil || st.CustomNumFmt == nil {
		return ""
	}
	return *st.CustomNumFmt
}

// findRow is the row number of the measure in a sheet whose column col holds ids.
func findRow(t *testing.T, f *excelize.File, sheet, col, id string) int {
	t.Helper()
	rows, _ := f.GetRows(sheet)
	for i, r := range rows {
		idx, _ := excelize.ColumnNameToNumber(col)
		if len(r) >= idx && r[idx-1] == id {
			return i + 1
		}
	}
	t.Fatalf("%s has no row for %s", sheet, id)
	return 0
}

func TestWorkbookHasRealNumbersAndItsSheets(t *testing.T) {
	f := workbookOf(t, "example", lang.Da)
	if got := strings.Join(f.GetSheetList(), ","); got != "Status,Ændringer,Initiativer,Indtastning" {
		t.Errorf("sheets: %s", got)
	}
	row := findRow(t, f, "Status", "B", "R1")
	cell := func(col string) string { return col + strconv.Itoa(row) }
	for col, want := range map[string]string{"I": "89.2", "G": "90", "M": "0.9"} {
		raw, _ := f.GetCellValue("Status", cell(col), excelize.Options{RawCellValue: true})
		typ, _ := f.GetCellType("Status", cell(col))
		if !strings.HasPrefix(raw, want) || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
			t.Errorf("Status!%s = %q (type %v), want the number %s", cell(col), raw, typ, want)
		}
	}
	for col, want := range map[string]string{"I": `#,##0.0 "%"`, "G": `#,##0 "%"`, "M": "0 %", "H": "[$-406]d. mmmm yyyy"} {
		if got := numFmt(t, f, "Status", cell(col)); got != want {
			t.Errorf("Status!%s has number format %q, want %q", cell(col), got, want)
		}
	}
	if got, _ := f.GetCellValue("Status", cell("O")); !strings.HasPrefix(got, "i risiko") {
		t.Errorf("the track is a word: %q", got)
	}
	id, _ := f.GetCellStyle("Status", cell("O"))
	if st, _ := f.GetStyle(id); st == nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != "FFEB9C" && st.Fill.Color[0] != "#FFEB9C" {
		t.Errorf("the track has its colour as a fill: %+v", st)
	}
	panes, _ := f.GetPanes("Status")
	if !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("the header row is frozen: %+v", panes)
	}
	if w, _ := f.GetColWidth("Status", "C"); w < 30 {
		t.Errorf("the title column is wide enough to read: %v", w)
	}
	r13 := findRow(t, f, "Status", "B", "R13")
	if v, _ := f.GetCellValue("Status", "I"+strconv.Itoa(r13), excelize.Options{RawCellValue: true}); v != "1958" {
		t.Errorf("R13's latest figure is the number 1958, got %q", v)
	}
}

func TestWorkbookEntrySheetIsReadyToFillIn(t *testing.T) {
	f := workbookOf(t, "example", lang.Da)
	rows, _ := f.GetRows("Indtastning", excelize.Options{RawCellValue: true})
	if got := strings.Join(rows[0], ";"); got != "Id;Titel;Enhed;Periode;Tal;Reference;Note;Brugt i perioden (kr.)" {
		t.Errorf("entry header: %s", got)
	}
	if len(rows) != 1+17+13 {
		t.Errorf("%d rows, want a header, one per measure (17) and one per initiative (13)", len(rows))
	}
	r9 := rows[findRow(t, f, "Indtastning", "A", "R9")-1]
	if len(r9) != 4 || r9[3] != "2026-Q3" {
		t.Errorf("R9 has no figure for 2026-Q3: its value is left empty: %q", r9)
	}
	r6 := rows[findRow(t, f, "Indtastning", "A", "R6")-1]
	if len(r6) < 6 || r6[4] != "47.1" || r6[5] != "43.2" {
		t.Errorf("R6's figure and reference are there as numbers: %q", r6)
	}
	// R17's target is a rank, not a difference: its figure, and no reference to fill in.
	if r17 := rows[findRow(t, f, "Indtastning", "A", "R17")-1]; len(r17) != 5 || r17[4] != "47.1" {
		t.Errorf("R17 has its figure and no reference: %q", r17)
	}
	en := workbookOf(t, "kinds", lang.En)
	if got := strings.Join(en.GetSheetList(), ","); got != "Status,Changes,Entry" {
		t.Errorf("English sheets: %s", got)
	}
	if got := numFmt(t, en, "Status", "H2"); got != "d mmmm yyyy" {
		t.Errorf("English dates: %q", got)
	}
}
