package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// hostile is the example with texts a spreadsheet or a terminal would obey:
// formulas, escape sequences, a carriage return that overwrites a line.
func hostile(t *testing.T) *model.Snapshot {
	t.Helper()
	ex, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	p := ex.Plan
	p.Title = "Plan\x1b]0;ejet\x07 2024"
	p.Measure("R13").Title = "@SUM(1+1)"
	p.Measure("R1").Title = "+tal\rfalsk"
	p.AddEntries(
		model.Entry{Measure: "R13", Period: model.MustPeriod("2026-Q3"), Value: -5.5, HasValue: true, Note: "=cmd|'/C calc'!A0"},
		model.Entry{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: 88, HasValue: true, Note: "\x1b[31mrød\x1b[0m\nlinje 2\t-x"},
	)
	return model.Compute(p, model.View{AsOf: model.MustPeriod("2026-Q3")})
}

func TestNoControlCharacterReachesAReport(t *testing.T) {
	s := hostile(t)
	outputs := map[string]func(*bytes.Buffer) error{
		"status": func(b *bytes.Buffer) error { return Status(b, s, options(lang.Da)) },
	}
	for _, f := range []Format{MD, HTMLFormat, CSVFormat} {
		outputs[string(f)] = func(b *bytes.Buffer) error { return Write(b, s, f, options(lang.Da)) }
	}
	for name, write := range outputs {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		for _, c := range b.String() {
			if c < 0x20 && c != '\n' || c >= 0x7f && c < 0xa0 {
				t.Errorf("%s: the control character %U reached the output", name, c)
				break
			}
		}
		if !strings.Contains(b.String(), "falsk") {
			t.Errorf("%s: the title's text must still be shown", name)
		}
	}
}

func TestCSVCellsNeverStartAFormula(t *testing.T) {
	var b bytes.Buffer
	CSV(&b, hostile(t), options(lang.Da))
	r := csv.NewReader(bytes.NewReader(b.Bytes()[3:]))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	numeric := map[int]bool{4: true, 6: true, 9: true, 11: true, 12: true} // baseline, target, latest, reference, progress
	found := map[string]bool{}
	for j, row := range rows {
		for i, cell := range row {
			if _, err := model.ParseNumber(cell); j > 0 && numeric[i] && cell != "" && err != nil {
				t.Errorf("column %d holds a number or nothing, not %q", i, cell)
			}
			if !numeric[i] && cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
				t.Errorf("a cell starts a formula: %q in %v", cell, row)
			}
			found[cell] = true
		}
	}
	for _, want := range []string{"'=cmd|'/C calc'!A0", "'@SUM(1+1)", "'+tal\nfalsk", "-5,5", "rød\nlinje 2 -x"} {
		if !found[want] {
			t.Errorf("no cell %q", want)
		}
	}
}
