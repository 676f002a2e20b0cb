package data

import (
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// readTableXLSX reads a downloaded table from a workbook: from the sheet
// its header file names, else from the first sheet that holds a table.
// A plain workbook is read straight from its XML (see plainWorkbook),
// any other through excelize's row iterator; neither loads a sheet
// whole into cells. Problems are placed as FILE:SHEET!CELL.
func readTableXLSX(file string, content []byte, sheet string, log *tableLog) (grid, bool) {
	if wb, err := openPlainWorkbook(content); err == nil {
		if g, ok, plain := firstSheetTable(file, wb.names, sheet, log, func(s string, l *tableLog) (grid, bool, bool) {
			rows, err := wb.rows(file, s)
			if err != nil {
				return grid{}, false, false
			}
			g, ok := readGrid(rows, l)
			return g, ok, true
		}); plain {
			return g, ok
		}
	}
	return readTableExcelize(file, content, sheet, log)
}

// readTableExcelize reads a table from a workbook through excelize.
func readTableExcelize(file string, content []byte, sheet string, log *tableLog) (grid, bool) {
	f, err := openWorkbook(content)
	if err != nil {
		log.add(Problem{File: file, Key: lang.XLSXUnreadable, Args: []any{err.Error()}})
		return grid{}, false
	}
	defer f.Close()
	g, ok, _ := firstSheetTable(file, f.GetSheetList(), sheet, log, func(s string, l *tableLog) (grid, bool, bool) {
		g, ok := readSheetTable(f, file, s, l)
		return g, ok, true
	})
	return g, ok
}

// firstSheetTable reads the sheet named, or else the first sheet that
// holds a table, with read; plain is false when read could not read a
// sheet its way.
func firstSheetTable(file string, sheets []string, named string, log *tableLog, read func(string, *tableLog) (g grid, ok, plain bool)) (grid, bool, bool) {
	if named != "" {
		found := ""
		for _, s := range sheets {
			if strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(named)) {
				found = s
			}
		}
		if found == "" {
			log.add(Problem{File: file, Key: lang.CmpNoSheet, Args: []any{named, someOf(sheets)}})
			return grid{}, false, true
		}
		sheets = []string{found}
	}
	var firstTried *tableLog
	for _, s := range sheets {
		sheetLog := &tableLog{}
		g, ok, plain := read(s, sheetLog)
		if !plain {
			return grid{}, false, false
		}
		if ok {
			log.absorb(sheetLog)
			return g, true, true
		}
		if firstTried == nil {
			firstTried = sheetLog
		}
	}
	if firstTried != nil { // no sheet holds a table: say why not of the first
		log.absorb(firstTried)
	}
	return grid{}, false, true
}

// readSheetTable reads one sheet as a table through excelize.
func readSheetTable(f *excelize.File, file, sheet string, log *tableLog) (grid, bool) {
	rows, err := f.Rows(sheet)
	if err != nil {
		log.add(Problem{File: file, Key: lang.XLSXUnreadable, Args: []any{err.Error()}})
		return grid{}, false
	}
	defer rows.Close()
	t := &sheetTable{f: f, file: file, sheet: sheet, rows: rows, log: log}
	return readGrid(t, log)
}

// sheetTable is a sheet's rows, streamed by excelize.
type sheetTable struct {
	f           *excelize.File
	file, sheet string
	rows        *excelize.Rows
	row         int // the current row's number, from 1
	log         *tableLog
}

func (t *sheetTable) next() ([]string, bool) {
	if !t.rows.Next() {
		if err := t.rows.Error(); err != nil {
			t.log.add(Problem{File: t.file, Key: lang.XLSXUnreadable, Args: []any{err.Error()}})
		}
		return nil, false
	}
	t.row++
	cells, err := t.rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		t.log.add(Problem{File: t.file, Key: lang.XLSXUnreadable, Args: []any{err.Error()}})
		return nil, false
	}
	return cells, true
}

func (t *sheetTable) mark(i int) cellMark { return cellMark{int32(t.row), int32(i + 1)} }

func (t *sheetTable) problem(at cellMark, k lang.Key, args ...any) Problem {
	return sheetProblem(t.file, t.sheet, at, k, args...)
}

// figure reads a cell as storedFigure does; excelize's rows do not say
// which cells are text, so only a stored form that reads otherwise by the
// Danish rules ("1.125": one and an eighth, or 1125 typed as text) makes
// it look up the cell's type.
func (t *sheetTable) figure(i int, text string) (float64, bool, bool) {
	if storedNumber(text) && thousandsShape(text) {
		cell, _ := excelize.CoordinatesToCellName(i+1, t.row)
		if typ, err := t.f.GetCellType(t.sheet, cell); err == nil && (typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString) {
			return tableFigure(text)
		}
	}
	return storedFigure(text)
}

func (t *sheetTable) period(text string) (model.Period, error) { return sheetPeriod(text) }

// storedFigure reads a number cell as Excel stores it (47.100000000000001
// is 47.1), and anything else as people type it ("47,1", "..").
func storedFigure(text string) (float64, bool, bool) {
	if !storedNumber(text) {
		return tableFigure(text)
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(v, 0) {
		return tableFigure(text)
	}
	if len(text) > 15 {
		v = roundStored(v)
	}
	return v, false, true
}

// thousandsShape reports whether a number is written as the Danish rules
// read thousands: "1.125", "-12.500".
func thousandsShape(text string) bool {
	whole, frac, ok := strings.Cut(strings.TrimPrefix(text, "-"), ".")
	return ok && len(frac) == 3 && allDigits(frac) && len(whole) <= 3 && allDigits(whole) && whole[0] != '0'
}

// storedNumber reports whether text has the form Excel stores a number
// cell's value in: digits, a point, an exponent.
func storedNumber(text string) bool {
	if text == "" || (text[0] < '0' || text[0] > '9') && text[0] != '-' {
		return false
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9', c == '.', c == 'e', c == 'E', c == '-', c == '+':
		default:
			return false
		}
	}
	return true
}

// sheetPeriod reads a period cell; a whole number that is a date in
// Excel's count of days (Excel makes "mar 2024" typed into a cell a date)
// is the month of that date.
func sheetPeriod(text string) (model.Period, error) {
	p, err := model.ParseTablePeriod(text)
	if err == nil {
		return p, nil
	}
	if n, e := strconv.Atoi(strings.TrimSpace(text)); e == nil && n >= 18264 && n < 73051 { // 1950 to 2099
		if d, e := excelize.ExcelDateToTime(float64(n), false); e == nil {
			return model.Period{Year: d.Year(), Span: model.Month, N: int(d.Month())}, nil
		}
	}
	return model.Period{}, err
}
