package report

import (
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
)

// html writes the table as one self-contained HTML page in the report's style.
func (t *Table) html(w io.Writer) error {
	l := t.Lang
	page := map[string]any{
		"Lang": l.Code(), "Table": t, "AsOfLine": t.AsOfLine, "PageWord": l.T(lang.Page),
		"Plan": map[string]string{"Municipality": t.Municipality, "Title": l.T(lang.CompareLabel)},
	}
	return writeHTML(w, l, "compare", page)
}

// sheetRows are the rows as a spreadsheet holds them: a rank row ("3/9")
// becomes two rows of numbers, the rank and how many it is among, so no
// spreadsheet takes 3/9 for a date.
func (t *Table) sheetRows() []tableRow {
	var out []tableRow
	for _, r := range t.Rows {
		out = append(out, r)
		if r.Kind != "rank" {
			continue
		}
		of := tableRow{Kind: "of", Cells: []tableCell{{Text: r.Cells[0].Text + " (" + strings.ToLower(t.Lang.T(lang.ColRankOf)) + ")"}}}
		for _, c := range r.Cells[1:] {
			of.Cells = append(of.Cells, tableCell{Text: c.Text, Value: float64(c.Of), Num: c.Of > 0})
		}
		out = append(out, of)
	}
	return out
}

// csv writes the table as the report's CSV does: the header, then a row
// per row, figures as numbers; the title and notes are left out.
func (t *Table) csv(w io.Writer) error {
	cw, num, err := csvWriter(w, t.Lang)
	if err != nil {
		return err
	}
	head := make([]string, len(t.Head))
	for i, h := range t.Head {
		head[i] = cell(h)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range t.sheetRows() {
		row := make([]string, len(r.Cells))
		for i, c := range r.Cells {
			if i < t.Fixed {
				row[i] = cell(c.Text)
			} else {
				row[i] = num(c.Value, c.Num)
			}
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// xlsx writes the table as a workbook of one sheet: figures as numbers in
// the unit's format, the title and notes under the table.
func (t *Table) xlsx(w io.Writer) error {
	l := t.Lang
	props := &excelize.DocProperties{Title: t.Title, Description: t.Subtitle, Language: l.Code()}
	return writeWorkbook(w, l, l.T(lang.CompareLabel), props, func(x *workbook, sheet string) {
		widths := make([]float64, len(t.Head))
		for i, n := range t.widths() {
			widths[i] = float64(min(max(n+2, 9), 50))
		}
		x.columns(sheet, t.Head, widths)
		rows := t.sheetRows()
		for i, r := range rows {
			for j, c := range r.Cells {
				switch {
				case j < t.Fixed:
					x.set(sheet, j+1, i+2, c.Text, "")
				case !c.Num: // no figure: an empty cell, as a spreadsheet has it
				case r.Kind == "rank" || r.Kind == "of":
					x.set(sheet, j+1, i+2, c.Value, "number:0")
				default:
					x.set(sheet, j+1, i+2, c.Value, numberStyle(t.Unit, c.Value))
				}
			}
		}
		for i, n := range append([]string{t.Title, t.Subtitle}, t.Notes...) {
			x.set(sheet, 1, len(rows)+3+i, n, "")
		}
	})
}
