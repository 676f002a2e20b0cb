package data

import (
	"bytes"
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// ReadFigures reads an import file: an Excel workbook (.xlsx) by its
// content, else CSV (see ReadCSV).
// With force, implausible figures are recorded anyway (see ReadTyped).
func ReadFigures(name string, content []byte, p *model.Plan, force bool) ([]model.Entry, Encoding, Problems) {
	if IsWorkbook(content) {
		entries, problems := readXLSX(name, content, p, force)
		return entries, "", problems
	}
	return readCSV(name, content, p, force)
}

// IsWorkbook reports whether a file to import is a workbook (a zip), not a CSV file.
func IsWorkbook(content []byte) bool { return bytes.HasPrefix(content, []byte("PK\x03\x04")) }

// entrySheets are the names of the entry sheet a report's workbook has, in
// each language; another workbook is read from its first sheet with the
// import's columns.
var entrySheets = []string{lang.Da.T(lang.SheetEntry), lang.En.T(lang.SheetEntry)}

// maxSheetRows bounds the rows read from a sheet: a plan has tens of
// measures, and a workbook claiming a million rows is not an entry sheet.
const maxSheetRows = MaxImportRows

// ReadXLSX reads figures from a workbook's entry sheet ("Indtastning"), or
// from the first sheet whose first row has the CSV import's columns
// (measure, period, value; reference, note). A row without a value is
// skipped, as is a row that repeats the figure already recorded for its
// measure and period (the entry sheet shows those); every other row must
// be a good figure, and the entries are only good when none is bad. A
// problem is placed as FILE:SHEET!CELL.
func ReadXLSX(name string, content []byte, p *model.Plan) ([]model.Entry, Problems) {
	return readXLSX(name, content, p, false)
}

// readXLSX is ReadXLSX; force records implausible figures anyway.
func readXLSX(name string, content []byte, p *model.Plan, force bool) ([]model.Entry, Problems) {
	f, err := openWorkbook(content)
	if err != nil {
		return nil, Problems{{File: name, Key: lang.XLSXUnreadable, Args: []any{err.Error()}}}
	}
	defer f.Close()
	sheet, rows, cols := findEntrySheet(f)
	if sheet == "" {
		return nil, Problems{{File: name, Key: lang.XLSXNoSheet, Args: []any{entrySheets[0]}}}
	}
	r := sheetRows{name: name, sheet: sheet, f: f, cols: cols, plan: p, force: force}
	var entries []model.Entry
	var seen importRows
	for i, record := range rows[1:] {
		if e, ok := r.entry(i+2, record); ok {
			at := sheetProblem(name, sheet, cellMark{int32(i + 2), int32(cols["measure"] + 1)}, "")
			if bad, contradicts := seen.add(entries, e, at); contradicts {
				r.problems = append(r.problems, bad)
				continue
			}
			entries = append(entries, e)
		}
	}
	if len(r.problems) > 0 {
		return nil, r.problems
	}
	return entries, nil
}

// sheetProblem places a problem at a sheet's cell: FILE:SHEET!CELL.
func sheetProblem(file, sheet string, at cellMark, k lang.Key, args ...any) Problem {
	cell, _ := excelize.CoordinatesToCellName(max(int(at.col), 1), max(int(at.line), 1))
	return Problem{File: file + ":" + sheet + "!" + cell, Key: k, Args: args}
}

// maxUnzipped bounds what a workbook may unpack to, maxUnzippedPart one
// of its parts: a workbook is a zip, and a small file must not make a
// reader use gigabytes.
const maxUnzipped, maxUnzippedPart = 64 << 20, 16 << 20

// openWorkbook opens a workbook through excelize within maxUnzipped.
func openWorkbook(content []byte) (*excelize.File, error) {
	return excelize.OpenReader(bytes.NewReader(content), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxUnzippedPart})
}

// findEntrySheet is the sheet to read, its rows (raw values, not as
// formatted) and where its columns are.
func findEntrySheet(f *excelize.File) (string, [][]string, map[string]int) {
	list := f.GetSheetList()
	var ordered []string
	for _, want := range entrySheets {
		for _, s := range list {
			if strings.EqualFold(s, want) {
				ordered = append(ordered, s)
			}
		}
	}
	ordered = append(ordered, list...)
	for _, s := range ordered {
		rows, err := f.GetRows(s, excelize.Options{RawCellValue: true})
		if err != nil || len(rows) == 0 || len(rows) > maxSheetRows {
			continue
		}
		cols := map[string]int{}
		for i, h := range rows[0] {
			if c, ok := csvColumns[strings.ToLower(strings.TrimSpace(h))]; ok {
				if _, seen := cols[c]; !seen {
					cols[c] = i
				}
			}
		}
		if _, ok := cols["measure"]; ok {
			if _, ok := cols["period"]; ok {
				if _, ok := cols["value"]; ok {
					return s, rows, cols
				}
			}
		}
	}
	return "", nil, nil
}

// sheetRows reads the rows of an entry sheet and collects their problems.
type sheetRows struct {
	name, sheet string
	f           *excelize.File
	cols        map[string]int
	plan        *model.Plan
	problems    Problems
	force       bool // record implausible figures anyway
}

func (r *sheetRows) bad(col string, row int, k lang.Key, args ...any) {
	r.problems = append(r.problems, sheetProblem(r.name, r.sheet, cellMark{int32(row), int32(r.cols[col] + 1)}, k, args...))
}

// entry reads one row; ok is false for a row skipped or bad.
func (r *sheetRows) entry(row int, record []string) (model.Entry, bool) {
	field := rowField(record, r.cols)
	if field("value") == "" && field("spent") == "" {
		if field("reference") != "" || field("note") != "" {
			r.bad("value", row, lang.XLSXNeedValue)
		}
		return model.Entry{}, false // an empty row: nothing was typed
	}
	typed := rowTyped(field, r.force)
	typed.Number = func(col string) (float64, bool) { return r.number(col, row, field(col)) }
	e, err := ReadTyped(r.plan, typed)
	var ie *InputError
	if err == nil || errors.As(err, &ie) && (ie.Reason != nil || ie.Closed != nil) {
		// The sheet shows the reference in use, typed or the table's: a row as
		// it was made is unchanged whichever it was.
		if old := r.plan.Current(r.plan.Measure(e.Measure), e.Period); old != nil && field("note") == "" && old.HasValue {
			if old.Value == e.Value && old.HasRef == e.HasRef && sameStored(old.Reference, e.Reference) {
				return e, false // the figure the sheet was made with, unchanged
			}
		}
	}
	if err != nil {
		c, k, args := rowProblem(err)
		r.bad(c, row, k, args...)
		return e, false
	}
	leaveToTable(r.plan, &e)
	return e, true
}

// number reads a figure cell that Excel stores as a number
// (47.100000000000001 is 47.1; "1.125" there is one and an eighth); ok is
// false for a text cell, which is read as a person types it.
func (r *sheetRows) number(col string, row int, raw string) (float64, bool) {
	cell, _ := excelize.CoordinatesToCellName(r.cols[col]+1, row)
	switch t, _ := r.f.GetCellType(r.sheet, cell); t {
	case excelize.CellTypeSharedString, excelize.CellTypeInlineString:
		return 0, false
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false // read as typed text, which says what is wrong
	}
	return roundStored(v), true
}

// roundStored undoes the binary noise of a stored decimal: Excel keeps 17
// significant digits, the figures people type have far fewer.
func roundStored(v float64) float64 {
	if v == 0 {
		return 0
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// sameStored reports whether a figure read back from a cell is the one
// written there: a table's reference is a mean (11,2333…), which a cell
// keeps to 15 digits.
func sameStored(written, read float64) bool {
	return math.Abs(written-read) <= 1e-9*math.Max(1, math.Abs(written))
}
