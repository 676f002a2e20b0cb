package data

import (
	"cmp"
	"encoding/csv"
	"errors"
	"io"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// csvColumns maps the header names a spreadsheet may use, in English or
// Danish, to the columns of an import.
var csvColumns = map[string]string{
	"measure": "measure", "resultatmål": "measure", "maal": "measure", "id": "measure",
	"initiative": "measure", "initiativ": "measure", // a row names a measure or an initiative by its id
	"period": "period", "periode": "period",
	"value": "value", "værdi": "value", "tal": "value",
	"reference": "reference", "landsgennemsnit": "reference",
	"note": "note", "bemærkning": "note", "kommentar": "note",
	"revised": "revised", "revideret": "revised", // why a figure for an approved period is changed
	"spent": "spent", "brugt": "spent", "brugt (kr.)": "spent", "spent (dkk)": "spent",
	"brugt i perioden (kr.)": "spent", "spent in the period (dkk)": "spent", // money spent on an initiative
}

// separators are the characters spreadsheets separate fields with, and
// their names in the catalogue.
var separators = map[rune]lang.Key{';': lang.SepSemicolon, ',': lang.SepComma, '\t': lang.SepTab}

// ReadCSV reads figures copied from a spreadsheet or a statistics site: a
// header row, then one row per figure with measure, period and value, and
// optionally reference and note. Semicolons (Danish Excel), commas or tabs;
// UTF-8, UTF-16 with a BOM, or Windows-1252 (the encoding it was read in is
// returned); numbers by the Danish rules. Every bad row is reported with
// its line and column; the entries are only good when there are none.
func ReadCSV(name string, content []byte, p *model.Plan) ([]model.Entry, Encoding, Problems) {
	return readCSV(name, content, p, false)
}

// readCSV is ReadCSV; force records implausible figures anyway (see ReadTyped).
func readCSV(name string, content []byte, p *model.Plan, force bool) ([]model.Entry, Encoding, Problems) {
	text, enc, problem := decodeText(name, content)
	if problem != nil {
		return nil, "", Problems{*problem}
	}
	if !strings.Contains(text, "\n") {
		text = strings.ReplaceAll(text, "\r", "\n") // old Mac line endings
	}
	if strings.Count(text, "\n") > MaxImportRows+1 { // the header, and a last line's end
		return nil, enc, Problems{{File: name, Key: lang.ImportTooManyRows, Args: []any{MaxImportRows}}}
	}
	lines := newLineIndex(text)
	r := csv.NewReader(strings.NewReader(text))
	first := lines.line(1)
	r.Comma = separatorOf(lines, 1) // the header row: a plan's CSV has no title lines
	sep, named := excelSeparator(first)
	if named {
		r.Comma = sep
	}
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = r.Comma != '\t'
	rows := csvRows{name: name, lines: lines, r: r, force: force}
	if named {
		r.Read() // the "sep=;" line names the separator; the header comes next
	}
	header, err := r.Read()
	if err != nil {
		if !rows.parseError(err) {
			rows.bad(1, 1, lang.CSVNoHeader)
		}
		return nil, enc, rows.problems
	}
	rows.header = header
	cols := map[string]int{}
	for i, h := range header {
		if c, ok := csvColumns[strings.ToLower(strings.TrimSpace(h))]; ok {
			cols[c] = i
		}
	}
	for _, need := range [][2]string{{"measure", "resultatmål"}, {"period", "periode"}, {"value", "værdi"}} {
		if _, money := cols["spent"]; need[0] == "value" && money { // a file of money spent needs no figures
			continue
		}
		if _, ok := cols[need[0]]; !ok {
			rows.bad(1, 1, lang.CSVMissingColumn, need[0], need[1])
		}
	}
	if len(rows.problems) > 0 {
		return nil, enc, rows.problems
	}
	rows.required = 1 + max(cols["measure"], cols["period"], cols["value"])
	var entries []model.Entry
	var seen importRows
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if !rows.parseError(err) {
				rows.bad(lines.count(), 1, lang.CSVBadRow, err.Error())
			}
			continue
		}
		if strings.TrimSpace(strings.Join(record, "")) == "" {
			continue // an empty row, as spreadsheets leave at the end
		}
		if !rows.shapeOK(record) {
			continue
		}
		if e, ok := rows.entry(record, cols, p); ok {
			line, col := rows.at(cols["measure"])
			if bad, contradicts := seen.add(entries, e, Problem{File: name, Line: line, Col: col}); contradicts {
				rows.problems = append(rows.problems, bad)
				continue
			}
			entries = append(entries, e)
		}
	}
	if len(rows.problems) > 0 {
		return nil, enc, rows.problems
	}
	return entries, enc, nil
}

// excelSeparator reads the line Excel may write first to name the
// separator: "sep=;".
func excelSeparator(line string) (rune, bool) {
	rest, ok := strings.CutPrefix(strings.ToLower(strings.TrimSpace(line)), "sep=")
	if r := []rune(rest); ok && len(r) == 1 && strings.ContainsRune(";,\t", r[0]) {
		return r[0], true
	}
	return 0, false
}

// separatorOf is the separator that splits the most of the first rows
// lines into the same number of fields: the rows of a table agree, a title
// line does not, however many commas it has. Of equal counts, ";" wins
// (Danish decimal commas can be as many as the semicolons between the
// figures), then tab. Of one line, it is the separator used most.
func separatorOf(lines lineIndex, rows int) rune {
	best, bestLines, bestCount := ',', 0, 0
	for _, c := range []rune{';', '\t', ','} {
		same := map[int]int{} // fields on a line: lines with that many
		for n := 1; n <= min(lines.count(), rows); n++ {
			if k := strings.Count(lines.line(n), string(c)); k > 0 {
				same[k]++
			}
		}
		for k, m := range same {
			if m > bestLines || m == bestLines && k > bestCount {
				best, bestLines, bestCount = c, m, k
			}
		}
	}
	return best
}

// csvRows reads the rows after the header and collects their problems.
type csvRows struct {
	name     string
	lines    lineIndex
	r        *csv.Reader
	header   []string
	required int // fields a row needs: up to the last of measure, period and value
	problems Problems
	force    bool // record implausible figures anyway
}

func (rs *csvRows) bad(line, col int, k lang.Key, args ...any) {
	rs.problems = append(rs.problems, Problem{File: rs.name, Line: line, Col: col, Key: k, Args: args})
}

// at is the line and column in characters where field i of the current row starts.
func (rs *csvRows) at(i int) (int, int) {
	line, col := rs.r.FieldPos(i)
	return line, rs.lines.col(line, col)
}

// parseError reports a quoting mistake where encoding/csv found it, saying
// how to quote; false when err is not one.
func (rs *csvRows) parseError(err error) bool {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return false
	}
	col := rs.lines.col(pe.Line, pe.Column)
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		rs.bad(pe.Line, col, lang.CSVBareQuote)
	case errors.Is(pe.Err, csv.ErrQuote) && rs.lines.offset(pe.Line, pe.Column) >= len(rs.lines.text)-1:
		// A quote never closed runs to the end of the file: say where it opened.
		rs.bad(pe.StartLine, rs.openingQuote(pe.StartLine), lang.CSVQuoteNotClosed, separators[rs.r.Comma])
	case errors.Is(pe.Err, csv.ErrQuote):
		rs.bad(pe.Line, col, lang.CSVQuoteExtra, separators[rs.r.Comma])
	default:
		rs.bad(pe.Line, col, lang.CSVBadRow, pe.Err.Error())
	}
	return true
}

// openingQuote is the column of the last quote that opens a field on the
// line: where a field never closed begins.
func (rs *csvRows) openingQuote(line int) int {
	at := openingQuoteAt(rs.lines.line(line), rs.r.Comma)
	if at < 0 {
		return 1
	}
	return rs.lines.col(line, at+1)
}

// openingQuoteAt is the byte of the last quote that opens a field on the
// line, or -1.
func openingQuoteAt(line string, sep rune) int {
	at, start := -1, true
	for i, c := range line {
		switch {
		case c == '"' && start:
			at = i
		case c == sep:
			start = true
			continue
		case c == ' ' && start:
			continue
		}
		start = false
	}
	return at
}

// shapeOK checks the row has a field for each column of the header (the
// optional columns after the required ones may be left off, as files typed
// by hand do), and says when it was written with another separator than
// the file's.
func (rs *csvRows) shapeOK(record []string) bool {
	want := len(rs.header)
	if len(record) == want {
		return true
	}
	line, _ := rs.r.FieldPos(0)
	sep := string(rs.r.Comma)
	joined := strings.Join(record, sep)
	for other, name := range separators {
		if n := strings.Count(joined, string(other)) + 1; other != rs.r.Comma && n > len(record) && n >= rs.required && n <= want {
			raw := rs.lines.line(line)
			col := len([]rune(raw[:max(strings.IndexRune(raw, other), 0)])) + 1
			rs.bad(line, col, lang.CSVWrongSeparator, name, separators[rs.r.Comma])
			return false
		}
	}
	if len(record) >= rs.required && len(record) < want {
		return true
	}
	headerText := strings.Join(rs.header, sep)
	if rs.r.Comma == '\t' {
		headerText = strings.Join(rs.header, ", ")
	}
	if len(record) < want {
		last, _ := rs.r.FieldPos(len(record) - 1)
		rs.bad(last, rs.lines.end(last), lang.CSVFieldCount, len(record), want, headerText)
	} else {
		l, c := rs.at(want)
		rs.bad(l, c, lang.CSVFieldCount, len(record), want, headerText)
	}
	return false
}

// entry reads one row into an entry and checks it against the plan, each
// problem at the column of the field it is about.
func (rs *csvRows) entry(record []string, cols map[string]int, p *model.Plan) (model.Entry, bool) {
	field := rowField(record, cols)
	at := func(c string) (int, int) {
		if i, ok := cols[c]; ok && i < len(record) {
			return rs.at(i)
		}
		return rs.at(0)
	}
	fail := func(c string, k lang.Key, args ...any) (model.Entry, bool) {
		line, col := at(c)
		rs.bad(line, col, k, args...)
		return model.Entry{}, false
	}
	e, err := ReadTyped(p, rowTyped(field, rs.force))
	if err != nil {
		c, k, args := rowProblem(err)
		return fail(c, k, args...)
	}
	leaveToTable(p, &e)
	return e, true
}

// rowField gives an import row's text by column name, trimmed; empty for a
// column the file does not have.
func rowField(record []string, cols map[string]int) func(col string) string {
	return func(c string) string {
		if i, ok := cols[c]; ok && i < len(record) {
			return strings.TrimSpace(record[i])
		}
		return ""
	}
}

// rowTyped is an import row (CSV or sheet) as typed, for ReadTyped.
func rowTyped(field func(col string) string, force bool) Typed {
	return Typed{Measure: field("measure"), Period: field("period"), Value: field("value"),
		Reference: field("reference"), Note: field("note"), Revised: field("revised"), Spent: field("spent"), Force: force}
}

// rowProblem is the column a problem found by ReadTyped is about, and its
// key and arguments.
func rowProblem(err error) (string, lang.Key, []any) {
	var ie *InputError
	if !errors.As(err, &ie) {
		return "measure", lang.CSVBadRow, []any{err.Error()}
	}
	if ie.Key == lang.ApproveClosed { // a file gives the reason in a column, not a flag
		return ie.Field, lang.ApproveClosedColumn, ie.Args
	}
	return cmp.Or(ie.Field, "measure"), ie.Key, ie.Args
}

// fieldOf is the column a problem found by CheckEntry is about.
func fieldOf(k lang.Key) string {
	switch k {
	case lang.PeriodOutsidePlan:
		return "period"
	case lang.NeedReference:
		return "reference"
	case lang.NoteNotUTF8, lang.NoteControl:
		return "note"
	}
	return "measure"
}
