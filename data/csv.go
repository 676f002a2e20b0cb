package data

import (
	"bytes"
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
	"period": "period", "periode": "period",
	"value": "value", "værdi": "value", "tal": "value",
	"reference": "reference", "landsgennemsnit": "reference",
	"note": "note", "bemærkning": "note", "kommentar": "note",
}

// ReadCSV reads figures copied from a spreadsheet or a statistics site: a
// header row, then one row per figure with measure, period and value, and
// optionally reference and note. Semicolons (Danish Excel) or commas, UTF-8
// with or without a BOM; numbers by the Danish rules. Every bad row is
// reported with its line; the entries are only good when there are none.
func ReadCSV(name string, content []byte, p *model.Plan) ([]model.Entry, Problems) {
	content = bytes.TrimPrefix(content, []byte("\xef\xbb\xbf"))
	r := csv.NewReader(bytes.NewReader(content))
	firstLine, _, _ := bytes.Cut(content, []byte("\n"))
	if bytes.Count(firstLine, []byte(";")) > bytes.Count(firstLine, []byte(",")) {
		r.Comma = ';'
	}
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	var problems Problems
	bad := func(line, col int, k lang.Key, args ...any) {
		problems = append(problems, Problem{File: name, Line: line, Col: col, Key: k, Args: args})
	}
	header, err := r.Read()
	if err != nil {
		bad(1, 1, lang.CSVNoHeader)
		return nil, problems
	}
	cols := map[string]int{}
	for i, h := range header {
		if c, ok := csvColumns[strings.ToLower(strings.TrimSpace(h))]; ok {
			cols[c] = i
		}
	}
	for _, need := range []string{"measure", "period", "value"} {
		if _, ok := cols[need]; !ok {
			bad(1, 1, lang.CSVMissingColumn, need)
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	var entries []model.Entry
	for {
		record, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		line, _ := r.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				bad(pe.Line, pe.Column, lang.CSVBadRow, pe.Err.Error())
				continue
			}
			bad(line, 1, lang.CSVBadRow, err.Error())
			continue
		}
		field := func(c string) string {
			if i, ok := cols[c]; ok && i < len(record) {
				return strings.TrimSpace(record[i])
			}
			return ""
		}
		if strings.Join(record, "") == "" {
			continue // an empty row, as spreadsheets leave at the end
		}
		e := model.Entry{Measure: field("measure"), Note: field("note")}
		period, err := model.ParsePeriod(field("period"))
		if err != nil {
			bad(line, colOf(r, cols["period"]), lang.BadPeriod, field("period"))
			continue
		}
		e.Period = period
		v, err := model.ParseNumber(field("value"))
		if err != nil {
			bad(line, colOf(r, cols["value"]), lang.BadNumber, field("value"))
			continue
		}
		e.Value, e.HasValue = v, true
		if ref := field("reference"); ref != "" {
			v, err := model.ParseNumber(ref)
			if err != nil {
				bad(line, colOf(r, cols["reference"]), lang.BadNumber, ref)
				continue
			}
			e.Reference, e.HasRef = v, true
		}
		if err := CheckEntry(p, e); err != nil {
			var ie *InputError
			if errors.As(err, &ie) {
				bad(line, 1, ie.Key, ie.Args...)
			}
			continue
		}
		entries = append(entries, e)
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return entries, nil
}

// colOf is the column (from 1) where a field of the current record starts.
func colOf(r *csv.Reader, field int) int {
	_, col := r.FieldPos(field)
	return col
}
