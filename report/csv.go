package report

import (
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// CSV writes one row per measure for the as-of period, with the report's
// columns; no text cell starts a formula. In Danish it is what Danish Excel opens as it is: UTF-8 with a
// BOM, semicolons and decimal commas; in English, plain comma CSV. Numbers
// carry no thousands separators, so a spreadsheet reads them as numbers.
func CSV(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	cw := csv.NewWriter(w)
	decimal := "."
	if l == lang.Da {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return err
		}
		cw.Comma, decimal = ';', ","
	}
	num := func(v float64, ok bool) string {
		if !ok {
			return ""
		}
		return strings.Replace(strconv.FormatFloat(roundTo(v, 4), 'f', -1, 64), ".", decimal, 1)
	}
	header := []string{cell(l.T(lang.GoalLabel)), cell(l.T(lang.MeasureLabel)), cell(l.T(lang.Title)), cell(l.T(lang.Unit)),
		cell(l.T(lang.Baseline)), cell(l.T(lang.BaselineDate)), cell(l.T(lang.Target)), cell(l.T(lang.TargetDate)),
		cell(l.T(lang.AsOfColumn)), cell(l.T(lang.Latest)), cell(l.T(lang.Period)), cell(l.T(lang.Reference)),
		cell(l.T(lang.Progress) + " %"), cell(l.T(lang.Track)), cell(l.T(lang.Note))}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, g := range s.Goals {
		for _, ms := range g.Measures {
			m := ms.Measure
			row := []string{cell(g.Goal.ID), cell(m.ID), cell(m.Title), cell(m.Unit), "", "", "", "", cell(s.View.AsOf.String()),
				"", "", "", "", cell(l.Track(ms.Track)), ""}
			if m.Baseline != nil || ms.Latest != nil {
				row[4], row[5] = num(ms.Baseline.Value, true), cell(ms.Baseline.Date.String())
			}
			if m.Target != nil {
				row[6], row[7] = num(m.Target.Value, true), cell(m.Target.Date.String())
			}
			if e := ms.Latest; e != nil {
				row[9], row[10], row[11], row[14] = num(e.Value, true), cell(e.Period.String()), num(e.Reference, e.HasRef), cell(e.Note)
			}
			if ms.Track.Scored() {
				row[12] = num(100*ms.Progress, true)
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell is a text as a spreadsheet cell: shown, never obeyed. Control
// characters go, and a text that a spreadsheet would take for a formula
// (= + - @ first, as in "=cmd|'/C calc'!A0") gets the apostrophe that makes
// it text. Numbers are not cells of this kind: -5,5 stays a number.
func cell(s string) string {
	s = printable.Text(s)
	if first := strings.TrimLeft(s, " \n"); first != "" && strings.ContainsRune("=+-@", rune(first[0])) {
		return "'" + s
	}
	return s
}

func roundTo(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p) / p
}
