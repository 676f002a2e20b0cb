package data

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// workbook makes an .xlsx with one sheet of the given name and rows; a
// float64 is a number cell, a string a text cell, nil an empty one.
func workbook(t *testing.T, sheet string, rows ...[]any) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetSheetName("Sheet1", sheet)
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			switch v := v.(type) {
			case float64:
				f.SetCellFloat(sheet, cell, v, 15, 64) // as Excel stores it: 47.100000000000001
			case string:
				f.SetCellStr(sheet, cell, v)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWorkbookRowsAreReadAndEmptyOnesSkipped(t *testing.T) {
	content := workbook(t, "Ark1",
		[]any{"Resultatmål", "Periode", "Værdi", "Note"},
		[]any{"R1", "2024-Q1", 1.125, nil}, // a number cell: one and an eighth, not 1125
		[]any{nil, nil, nil, nil},
		[]any{"R1", "2024-Q2", nil, nil}, // left empty by the team
		[]any{"R1", "2024-Q3", "1.750", "tastet som tekst"},
	)
	entries, enc, problems := ReadFigures("tal.xlsx", content, minimal(t), false)
	if len(problems) > 0 || enc != "" {
		t.Fatalf("problems: %v", problems)
	}
	if len(entries) != 2 || entries[0].Value != 1.125 || entries[1].Value != 1750 || entries[1].Note != "tastet som tekst" {
		t.Errorf("got %+v", entries)
	}
}

func TestWorkbookProblemsArePositionedBySheetAndCell(t *testing.T) {
	content := workbook(t, "Indtastning",
		[]any{"Id", "Titel", "Periode", "Tal", "Note"},
		[]any{"R1", "Ledige", "2024-Q5", 3.0, nil},
		[]any{"R1", "Ledige", "2024-Q1", "abc", nil},
		[]any{"R9", "Ukendt", "2024-Q1", 2.0, nil},
		[]any{"R1", "Ledige", "2024-Q2", nil, "en note uden tal"},
		[]any{"R1", "Ledige", "2024-Q3", 4.0, nil},
	)
	entries, _, problems := ReadFigures("tal.xlsx", content, minimal(t), false)
	if entries != nil {
		t.Errorf("all or nothing: %v", entries)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Message(lang.Da))
	}
	for i, want := range []string{"tal.xlsx:Indtastning!C2: perioden", "tal.xlsx:Indtastning!D3: \"abc\" er ikke et tal", "tal.xlsx:Indtastning!A4:", "tal.xlsx:Indtastning!D5: rækken har en note eller en reference, men intet tal"} {
		if i >= len(got) || !strings.HasPrefix(got[i], want) {
			t.Errorf("problem %d: got %q, want it to start %q (all: %q)", i+1, nth(got, i), want, got)
		}
	}
}

func TestWorkbookWithoutFiguresSaysWhatItNeeds(t *testing.T) {
	content := workbook(t, "Ark1", []any{"Navn", "Adresse"}, []any{"x", "y"})
	_, _, problems := ReadFigures("liste.xlsx", content, minimal(t), false)
	if len(problems) != 1 || !strings.Contains(problems[0].Message(lang.Da), `"Indtastning"`) {
		t.Errorf("got %v", problems)
	}
	_, _, problems = ReadFigures("ødelagt.xlsx", []byte("PK\x03\x04 not a zip"), minimal(t), false)
	if len(problems) != 1 || !strings.HasPrefix(problems[0].Message(lang.Da), "ødelagt.xlsx: regnearket kan ikke læses") {
		t.Errorf("got %v", problems)
	}
}

func nth(s []string, i int) string {
	if i < len(s) {
		return s[i]
	}
	return ""
}

// FuzzReadXLSX: no workbook, however damaged, crashes the import or yields
// both entries and problems.
func FuzzReadXLSX(f *testing.F) {
	t := &testing.T{}
	f.Add(workbook(t, "Indtastning", []any{"Id", "Periode", "Tal"}, []any{"R1", "2024-Q1", 47.1}))
	f.Add(workbook(t, "Ark1", []any{"measure", "period", "value", "reference"}, []any{"R1", "2024", "1.750", "x"}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, content []byte) {
		entries, _, problems := ReadFigures("tal.xlsx", content, minimal(t), false)
		if entries != nil && problems != nil {
			t.Errorf("entries and problems at once: %v %v", entries, problems)
		}
	})
}

// The figure a sheet row repeats is the one that counts: an entry without a
// time, later in the file, replaces an earlier timed one (as everywhere
// else), so typing the earlier figure again is a change, not a repeat.
func TestWorkbookRowRepeatingAReplacedFigureIsImported(t *testing.T) {
	p := minimal(t)
	q1 := model.MustPeriod("2024-Q1")
	p.AddEntries(
		model.Entry{Measure: "R1", Period: q1, Value: 5, HasValue: true, At: time.Date(2024, 4, 2, 9, 0, 0, 0, time.UTC)},
		model.Entry{Measure: "R1", Period: q1, Value: 6, HasValue: true},
	)
	content := workbook(t, "Ark1",
		[]any{"Resultatmål", "Periode", "Værdi"},
		[]any{"R1", "2024-Q1", 5.0}, // back to 5: the current figure is 6
	)
	entries, _, problems := ReadFigures("tal.xlsx", content, p, false)
	if len(problems) > 0 {
		t.Fatalf("problems: %v", problems)
	}
	if len(entries) != 1 || entries[0].Value != 5 {
		t.Errorf("got %+v, want the 5 typed over the current 6", entries)
	}
}

// A percent sign typed on a count is a mistake in a sheet as in a CSV file
// and in the form, not the count 12.
func TestWorkbookPercentOnACountIsRefused(t *testing.T) {
	content := workbook(t, "Ark1",
		[]any{"Resultatmål", "Periode", "Værdi"},
		[]any{"R1", "2024-Q1", "12 %"},
	)
	entries, _, problems := ReadFigures("tal.xlsx", content, minimal(t), false)
	if entries != nil || len(problems) != 1 || !strings.HasPrefix(problems[0].Message(lang.Da), `tal.xlsx:Ark1!C2: enheden "%" passer ikke`) {
		t.Errorf("got %v %v", entries, problems)
	}
}
