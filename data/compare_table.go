package data

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// tableRows is a downloaded table's rows as its file holds them, one at a
// time: a CSV file's lines or a sheet's rows.
type tableRows interface {
	// next is the next row's cells, the slice reused; false at the end.
	next() ([]string, bool)
	// mark is where cell i of the current row is, to place a problem later.
	mark(i int) cellMark
	// problem places a problem at a cell.
	problem(at cellMark, k lang.Key, args ...any) Problem
	// figure reads cell i of the current row, its text as read: the
	// figure, or missing for a marker of no figure; false when it is neither.
	figure(i int, text string) (v float64, missing, ok bool)
	// period reads a period cell.
	period(text string) (model.Period, error)
}

// cellMark is where a cell is: a CSV file's line and byte column, a
// sheet's row and column index.
type cellMark struct{ line, col int32 }

// grid is a table read from its file: areas as rows, periods (sorted, one
// span) as columns, NaN where it has no figure.
type grid struct {
	title   string
	areas   []string
	periods []model.Period
	values  []float64
}

// maxTitleRows bounds the rows looked through for the header row.
const maxTitleRows = 50

// maxTableFigures bounds the figures of one table (areas × periods): 98
// municipalities by ten years of months are 11,760, every parish by fifty
// years of months 1.3 million. A file past it, such as a long table of a
// few thousand rows each naming a new area and a new month, is not used
// rather than laid out in gigabytes: at most 32 MB of figures (and 96 MB
// of a long table's rows) beside the file. A variable only so tests can
// lower it.
var maxTableFigures = 4_000_000

// maxFigure bounds a table's figures: no count or share comes near it, and
// a mean of figures below it cannot overflow.
const maxFigure = 1e15

// readTableContent reads a table file's content: a workbook by its
// content, else CSV text. False when it cannot be used as a table.
func readTableContent(file string, content []byte, sheet string, log *tableLog) (grid, bool) {
	switch {
	case IsWorkbook(content):
		return readTableXLSX(file, content, sheet, log)
	case bytes.HasPrefix(content, []byte("\xd0\xcf\x11\xe0")):
		log.add(Problem{File: file, Key: lang.CmpOldWorkbook})
		return grid{}, false
	}
	rows, ok := newCSVTable(file, content, log)
	if !ok {
		return grid{}, false
	}
	return readGrid(rows, log)
}

// readGrid finds the header row past any title lines and reads the table
// in its layout.
func readGrid(rows tableRows, log *tableLog) (grid, bool) {
	bad := func(at cellMark, k lang.Key, args ...any) {
		if log.room() { // placing it costs a pass over its line
			for i, a := range args {
				if text, ok := a.(string); ok {
					args[i] = cellExcerpt(text, maxQuoted)
				}
			}
			log.add(rows.problem(at, k, args...))
		}
	}
	var g grid
	var first *cellMark
	for n := 0; n < maxTitleRows; n++ {
		row, ok := rows.next()
		if !ok {
			break
		}
		filled := filledCells(row)
		if filled == 0 {
			continue
		}
		if first == nil {
			m := rows.mark(0)
			first = &m
		}
		if filled >= 2 {
			if cols, ok := longColumns(row); ok {
				return readLong(rows, cols, g.title, bad)
			}
			if hasPeriod(rows, row[1:]) {
				return readWide(rows, slices.Clone(row), g.title, bad)
			}
		}
		if g.title == "" {
			g.title = cellExcerpt(strings.Join(strings.Fields(strings.Join(row, " ")), " "), maxTitle)
		}
	}
	if first == nil {
		bad(cellMark{1, 1}, lang.CmpEmpty)
	} else {
		bad(*first, lang.CmpNoHeader)
	}
	return grid{}, false
}

// maxQuoted bounds the characters of a cell a message quotes: the cell's
// place says where the rest is. maxTitle bounds a title line's.
const maxQuoted, maxTitle = 40, 200

// cellExcerpt is a cell's text as a message or a title shows it: its
// first limit characters when it is long.
func cellExcerpt(text string, limit int) string {
	n := 0
	for i := range text {
		if n == limit {
			return text[:i] + "…"
		}
		n++
	}
	return text
}

func filledCells(row []string) int {
	n := 0
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

func hasPeriod(rows tableRows, cells []string) bool {
	for _, c := range cells {
		if _, err := rows.period(c); err == nil {
			return true
		}
	}
	return false
}

// longNames are the header names of a long table's columns.
var longNames = map[string]string{
	"område": "area", "omraade": "area", "kommune": "area", "kommuner": "area", "area": "area", "municipality": "area",
	"periode": "period", "tid": "period", "period": "period", "time": "period", "måned": "period", "kvartal": "period", "år": "period",
	"værdi": "value", "vaerdi": "value", "andel": "value", "antal": "value", "value": "value", "indhold": "value",
	"procent": "value", "pct": "value", "pct.": "value", "tal": "value",
}

// longColumns finds a long table's area, period and value columns by
// their names, or their names' first words; with area and period named
// and one other column, that is the value.
func longColumns(row []string) ([3]int, bool) {
	cols := [3]int{-1, -1, -1}
	other, others := -1, 0
	for i, c := range row {
		c = strings.ToLower(strings.TrimSpace(c))
		name, ok := longNames[c]
		if first, _, more := strings.Cut(c, " "); !ok && more { // "Andel i pct.", "Område (kommune)"
			name = longNames[first]
		}
		k := slices.Index([]string{"area", "period", "value"}, name)
		switch {
		case k >= 0 && cols[k] < 0:
			cols[k] = i
		case c != "":
			other, others = i, others+1
		}
	}
	if cols[2] < 0 && others == 1 {
		cols[2] = other
	}
	return cols, cols[0] >= 0 && cols[1] >= 0 && cols[2] >= 0
}

// areaRows keeps the areas of a table in file order, each once: names
// that differ only by "Kommune", case or the genitive's s are the same area.
type areaRows struct {
	names []string
	byKey map[string]int
}

func (a *areaRows) index(name string) (int, bool) {
	k := model.AreaKey(name)
	if i, ok := model.AreaRow(a.byKey, k); ok { // "Københavns Kommune" below "København": one area
		return i, false
	}
	if a.byKey == nil {
		a.byKey = map[string]int{}
	}
	a.byKey[k] = len(a.names)
	a.names = append(a.names, strings.Clone(name)) // not the file's text, which the table outlives
	return len(a.names) - 1, true
}

// maxAreaName bounds an area's name: the longest municipality's is 17
// characters, a landsdel's 25; names are matched against the plan's by
// edit distance, which costs their lengths multiplied.
const maxAreaName = 100

// areaName is the area a row is of, from cell i; false, reported, when
// the cell is empty or too long to be a name.
func areaName(rows tableRows, i int, text string, bad func(cellMark, lang.Key, ...any)) (string, bool) {
	name := strings.TrimSpace(text)
	switch {
	case name == "":
		bad(rows.mark(i), lang.CmpNoArea)
	case len(name) > maxAreaName && utf8.RuneCountInString(name) > maxAreaName:
		bad(rows.mark(i), lang.CmpLongArea, name, maxAreaName)
	default:
		return name, true
	}
	return "", false
}

// cellFigure reads a figure cell; a bad one is reported and read as no figure.
func cellFigure(rows tableRows, i int, text string, bad func(cellMark, lang.Key, ...any)) float64 {
	v, missing, ok := rows.figure(i, text)
	switch {
	case !ok:
		bad(rows.mark(i), lang.CmpBadFigure, strings.TrimSpace(text))
	case missing:
	case math.IsNaN(v) || math.Abs(v) >= maxFigure:
		bad(rows.mark(i), lang.CmpHugeFigure, strings.TrimSpace(text))
	default:
		return v
	}
	return math.NaN()
}

// spanCheck keeps a table to the span of its first period.
type spanCheck struct {
	first model.Period
	text  string
}

func (s *spanCheck) fits(p model.Period, text string) bool {
	if s.first.IsZero() {
		s.first, s.text = p, strings.TrimSpace(text)
	}
	return p.Span == s.first.Span
}

// pastLimit reports, at the current row, a table of more figures than
// maxTableFigures; its reading stops there.
func pastLimit(rows tableRows, figures int, bad func(cellMark, lang.Key, ...any)) bool {
	if figures <= maxTableFigures {
		return false
	}
	bad(rows.mark(0), lang.CmpTooLarge, maxTableFigures)
	return true
}

func (g grid) usable(bad func(cellMark, lang.Key, ...any), header cellMark) (grid, bool) {
	switch {
	case len(g.periods) == 0:
		bad(header, lang.CmpNoPeriods)
	case len(g.areas) == 0:
		bad(header, lang.CmpNoFigures)
	default:
		return g, true
	}
	return grid{}, false
}
