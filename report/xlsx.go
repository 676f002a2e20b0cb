package report

import (
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// XLSX writes the report as an Excel workbook: a status sheet with a
// column per attribute and a row per measure (real numbers, formats that
// Danish Excel shows with decimal commas, a frozen header, the track as a
// word on its colour), the changes since the last meeting, and an entry
// sheet ("Indtastning") with a row per measure for the period its figure
// is due, which `beskplan import` reads back.
func XLSX(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	props := &excelize.DocProperties{Title: s.Plan.Municipality + " – " + s.Plan.Title, Language: l.Code(),
		Description: l.T(lang.AsOf, l.Period(s.View.AsOf))}
	return writeWorkbook(w, l, l.T(lang.SheetStatus), props, func(x *workbook, status string) {
		x.statusSheet(status, s, o)
		if written := writtenIn(s, o.Lang); len(written) > 0 {
			x.writtenSheet(written)
		}
		if o.Changes != nil {
			x.changesSheet(s, o.Changes)
		}
		if len(s.Plan.Initiatives()) > 0 {
			x.initiativesSheet(s)
		}
		x.entrySheet(s)
	})
}

// writeWorkbook writes a workbook whose first sheet is named first, filled
// by fill, with the document's properties.
func writeWorkbook(w io.Writer, l lang.Lang, first string, props *excelize.DocProperties, fill func(x *workbook, first string)) error {
	f := excelize.NewFile()
	defer f.Close()
	x := &workbook{f: f, l: l, styles: map[string]int{}}
	x.keep(f.SetSheetName("Sheet1", first))
	fill(x, first)
	x.keep(f.SetDocProps(props))
	if x.err != nil {
		return x.err
	}
	return f.Write(w)
}

// workbook writes cells and keeps the first error, so writing reads as a list.
type workbook struct {
	f      *excelize.File
	l      lang.Lang
	styles map[string]int
	err    error
}

func (x *workbook) keep(err error) {
	if x.err == nil {
		x.err = err
	}
}

// set writes a value at column col (from 1) and row, with a style from
// style(); text is made printable and never a formula. nil leaves the cell empty.
func (x *workbook) set(sheet string, col, row int, v any, style string) {
	cell, err := excelize.CoordinatesToCellName(col, row)
	x.keep(err)
	switch t := v.(type) {
	case nil:
		return
	case string:
		if t == "" {
			return
		}
		x.keep(x.f.SetCellStr(sheet, cell, printable.Text(t)))
	default:
		x.keep(x.f.SetCellValue(sheet, cell, v))
	}
	if style != "" {
		x.keep(x.f.SetCellStyle(sheet, cell, cell, x.style(style)))
	}
}

// trackFills are the fill colours of the track words, light enough to read
// black text on, the same families as the HTML report's.
var trackFills = map[model.Track]string{
	model.Met: "C6EFCE", model.OnTrack: "C6EFCE", model.Held: "C6EFCE",
	model.AtRisk: "FFEB9C", model.OffTrack: "FFC7CE", model.Missed: "FFC7CE", model.Breached: "FFC7CE",
	model.Pending: "EDEDED", model.NoData: "EDEDED", model.NoTarget: "EDEDED",
	model.Followed: "EDEDED", model.Awaiting: "EDEDED", model.AssessedMetTrack: "C6EFCE",
	model.AssessedPartlyTrack: "FFEB9C", model.AssessedMissedTrack: "FFC7CE",
}

// style returns the id of a named style, made once: "header", "text",
// "date", "percent", "number:N" (N decimals), "unit%:N", "fill:RRGGBB".
func (x *workbook) style(name string) int {
	if id, ok := x.styles[name]; ok {
		return id
	}
	st := &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}
	kind, arg, _ := strings.Cut(name, ":")
	format := func(f string) { st.CustomNumFmt = &f }
	switch kind {
	case "header":
		st.Font = &excelize.Font{Bold: true}
		st.Alignment.WrapText = true
		st.Border = []excelize.Border{{Type: "bottom", Color: "555555", Style: 1}}
	case "text":
		st.Alignment.WrapText = true
	case "date":
		format("[$-406]d. mmmm yyyy")
		if x.l == lang.En {
			format("d mmmm yyyy")
		}
	case "percent":
		format("0 %")
	case "number":
		format(numberFormat(arg, ""))
	case "unit%":
		format(numberFormat(arg, ` "%"`))
	case "fill":
		st.Font = &excelize.Font{Bold: true}
		st.Alignment.WrapText = true
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#" + arg}}
	}
	id, err := x.f.NewStyle(st)
	x.keep(err)
	x.styles[name] = id
	return id
}

// numberFormat is a number format with thousands grouping and the given
// decimals; Excel shows it in the reader's locale: 1.750,5 in Danish.
func numberFormat(decimals, suffix string) string {
	f := "#,##0"
	if n, _ := strconv.Atoi(decimals); n > 0 {
		f += "." + strings.Repeat("0", n)
	}
	return f + suffix
}

// numberStyle is the style of a figure: its unit's suffix where Danish
// writes one ("47,1 %"), and the decimals it needs (at most 2).
func numberStyle(unit string, v float64) string {
	decimals := 0
	for scaled := v; decimals < 2 && math.Abs(scaled-math.Round(scaled)) > 1e-9; decimals++ {
		scaled *= 10
	}
	if unit == "%" {
		return "unit%:" + strconv.Itoa(decimals)
	}
	return "number:" + strconv.Itoa(decimals)
}

// columns sets the header row, the column widths, freezes the header and
// turns on the filter.
func (x *workbook) columns(sheet string, heads []string, widths []float64) {
	for i, h := range heads {
		x.set(sheet, i+1, 1, h, "header")
		name, err := excelize.ColumnNumberToName(i + 1)
		x.keep(err)
		x.keep(x.f.SetColWidth(sheet, name, name, widths[i]))
	}
	x.keep(x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}))
	last, err := excelize.CoordinatesToCellName(len(heads), 1)
	x.keep(err)
	x.keep(x.f.AutoFilter(sheet, "A1:"+last, nil))
}
