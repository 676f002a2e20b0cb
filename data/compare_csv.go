package data

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// csvTable is a downloaded CSV table's rows, read with the import's
// machinery for encodings, separators and quoting mistakes.
type csvTable struct {
	rows       csvRows
	log        *tableLog
	fields     int // of the current row
	lineOffset int // lines before the one the reader started on
	repairs    int // quotes read past
}

// newCSVTable decodes a table's text (UTF-8 with or without a BOM, or
// Windows-1252) and finds its separator: the one a `sep=` first line
// names, else the one its first lines use most (title lines come before
// the header row, and their commas must not decide).
func newCSVTable(file string, content []byte, log *tableLog) (*csvTable, bool) {
	text, _, problem := decodeText(file, content)
	if problem != nil {
		log.add(*problem)
		return nil, false
	}
	if strings.Count(text, "\r") > strings.Count(text, "\r\n") {
		// Old Mac line endings, alone or mixed with others (a file pasted
		// together from several editors): each lone \r ends a line.
		text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	}
	lines := newLineIndex(text)
	if n := longLine(lines); n > 0 {
		log.add(Problem{File: file, Line: n, Col: 1, Key: lang.CmpLineTooLong, Args: []any{maxLineBytes >> 20}})
		return nil, false
	}
	sep, named := excelSeparator(lines.line(1))
	if !named {
		sep = separatorOf(lines, maxTitleRows)
	}
	t := &csvTable{rows: csvRows{name: file, lines: lines, r: tableReader(strings.NewReader(text), sep)}, log: log}
	if named {
		t.next() // the "sep=;" line
	}
	return t, true
}

// maxLineBytes bounds a line of a table: 20,000 columns of 400 bytes. A
// longer one is no row, and its millions of fields would take gigabytes.
const maxLineBytes = 8 << 20

// longLine is the first line longer than maxLineBytes, or 0.
func longLine(lines lineIndex) int {
	for n := 1; n < len(lines.starts); n++ {
		if lines.starts[n]-lines.starts[n-1] > maxLineBytes {
			return n
		}
	}
	if len(lines.text)-lines.starts[len(lines.starts)-1] > maxLineBytes {
		return len(lines.starts)
	}
	return 0
}

// tableReader reads a table's text with its separator.
func tableReader(text io.Reader, sep rune) *csv.Reader {
	r := csv.NewReader(text)
	r.Comma = sep
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	r.TrimLeadingSpace = sep != '\t'
	return r
}

// maxQuoteRepairs bounds the quotes read past in one file.
const maxQuoteRepairs = 100

func (t *csvTable) next() ([]string, bool) {
	for {
		record, err := t.rows.r.Read()
		if err == nil {
			t.fields = len(record)
			return record, true
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) { // the reader counts from the line it started on
			pe.StartLine += t.lineOffset
			pe.Line += t.lineOffset
		}
		if errors.Is(err, io.EOF) || !t.rows.parseError(err) {
			return nil, false
		}
		for _, p := range t.rows.problems {
			t.log.add(p)
		}
		t.rows.problems = t.rows.problems[:0]
		if pe != nil {
			t.readPastQuote(pe)
		}
	}
}

// readPastQuote reads on after a quote that opens a field running over the
// line's end, to the end of the file or to a quote lines below: the rows
// from its line on are read as if it were an apostrophe (the problem says
// where it is), rather than lost.
func (t *csvTable) readPastQuote(pe *csv.ParseError) {
	lines := t.rows.lines
	if !errors.Is(pe.Err, csv.ErrQuote) || pe.StartLine == pe.Line && lines.offset(pe.Line, pe.Column) < len(lines.text)-1 ||
		t.repairs == maxQuoteRepairs || pe.StartLine < 1 || pe.StartLine > len(lines.starts) {
		return
	}
	at := openingQuoteAt(lines.line(pe.StartLine), t.rows.r.Comma)
	if at < 0 {
		return
	}
	t.repairs++
	from := lines.starts[pe.StartLine-1]
	at += from
	text := io.MultiReader(strings.NewReader(lines.text[from:at]), strings.NewReader("'"), strings.NewReader(lines.text[at+1:]))
	t.rows.r = tableReader(text, t.rows.r.Comma)
	t.lineOffset = pe.StartLine - 1
}

func (t *csvTable) mark(i int) cellMark {
	line, col := t.rows.r.FieldPos(max(min(i, t.fields-1), 0))
	return cellMark{int32(line + t.lineOffset), int32(col)}
}

func (t *csvTable) problem(at cellMark, k lang.Key, args ...any) Problem {
	line := int(at.line)
	return Problem{File: t.rows.name, Line: line, Col: t.rows.lines.col(line, int(at.col)), Key: k, Args: args}
}

func (t *csvTable) figure(_ int, text string) (float64, bool, bool) { return tableFigure(text) }

func (t *csvTable) period(text string) (model.Period, error) { return model.ParseTablePeriod(text) }
