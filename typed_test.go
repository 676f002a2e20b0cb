package main

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/typedcases"
	"github.com/beskplan/beskplan/model"
)

// TestTypedTextThroughEveryEntryPath runs the one table of typed text
// (internal/typedcases) through set, import of a CSV file and import of a
// workbook: each gives the same figure, period and state, or the same
// refusal with nothing saved. The view's form runs the same table in
// tui.TestTypedTextInTheForm.
func TestTypedTextThroughEveryEntryPath(t *testing.T) {
	paths := map[string]func(dir string, c typedcases.Case) (string, int){
		"set": func(dir string, c typedcases.Case) (string, int) {
			args := []string{"--plan", dir, "set", c.Measure, c.Period, c.Value}
			if c.Measure == "" {
				args = []string{"--plan", dir, "set", "--initiative", "I1", c.Period, c.Value}
			}
			_, errOut, code := run(t, args...)
			return errOut, code
		},
		"csv": func(dir string, c typedcases.Case) (string, int) {
			file := filepath.Join(dir, "tal.csv")
			row := strings.Join([]string{idOf(c), c.Period, c.Value}, ";")
			if err := os.WriteFile(file, []byte("resultatmål;periode;værdi\n"+row+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			_, errOut, code := run(t, "--plan", dir, "import", file)
			return errOut, code
		},
		"xlsx": func(dir string, c typedcases.Case) (string, int) {
			file := filepath.Join(dir, "tal.xlsx")
			if err := os.WriteFile(file, textWorkbook(t, []string{"Resultatmål", "Periode", "Værdi"}, []string{idOf(c), c.Period, c.Value}), 0o644); err != nil {
				t.Fatal(err)
			}
			_, errOut, code := run(t, "--plan", dir, "import", file)
			return errOut, code
		},
	}
	for name, path := range paths {
		t.Run(name, func(t *testing.T) {
			for _, c := range typedcases.Cases {
				// A plan of its own each: a workbook's figure already saved is skipped as unchanged.
				dir := typedPlan(t)
				before := statusOf(t, dir)
				errOut, code := path(dir, c)
				got := statusOf(t, dir)
				if c.Refused != "" {
					if code != 2 || !strings.Contains(errOut, c.Refused) || got != before {
						t.Errorf("%s %q %q: exit %d, saved %v, %q; want refused with %q", idOf(c), c.Period, c.Value, code, got != before, errOut, c.Refused)
					}
					continue
				}
				if code != 0 {
					t.Errorf("%s %q %q: exit %d: %s", idOf(c), c.Period, c.Value, code, errOut)
					continue
				}
				if problem := savedAsMeant(t, dir, c); problem != "" {
					t.Errorf("%s %q %q: %s", idOf(c), c.Period, c.Value, problem)
				}
			}
		})
	}
}

// idOf is the id a case's row names: its measure, or the initiative I1.
func idOf(c typedcases.Case) string {
	if c.Measure == "" {
		return "I1"
	}
	return c.Measure
}

// typedPlan writes the cases' plan and status into a folder of its own.
func typedPlan(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "plan")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"plan.toml": typedcases.Plan, "status.toml": typedcases.Status} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func statusOf(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "status.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// savedAsMeant says what is wrong with the last entry saved for the case,
// read back from the file, or "".
func savedAsMeant(t *testing.T, dir string, c typedcases.Case) string {
	t.Helper()
	loaded, err := data.Load(data.Locate(dir))
	if err != nil {
		return err.Error()
	}
	e := loaded.Plan.Entries[len(loaded.Plan.Entries)-1]
	switch {
	case e.Period != model.MustPeriod(c.WantPeriod):
		return "saved for " + e.Period.String() + ", want " + c.WantPeriod
	case c.Measure == "" && (e.Initiative != "I1" || string(e.State) != c.WantState):
		return "saved " + e.Initiative + " = " + string(e.State) + ", want " + c.WantState
	case c.Measure != "" && (e.Measure != c.Measure || !e.HasValue || math.Abs(e.Value-c.Want) > 1e-9):
		return "saved " + e.Measure + " = " + strconv.FormatFloat(e.Value, 'g', -1, 64) + ", want " + strconv.FormatFloat(c.Want, 'g', -1, 64)
	}
	return ""
}

// textWorkbook is a workbook whose one sheet has the header and a row of
// text cells, as typed into Excel.
func textWorkbook(t *testing.T, rows ...[]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			f.SetCellStr("Sheet1", cell, v)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCountHintsNameTheReadingMeant (issue 23, item 11): in English
// "1,750" on a count is not saved as 1.75 with "did you mean 2?"; it is
// refused with both readings. "0.125" gets no guess of 0.
func TestCountHintsNameTheReadingMeant(t *testing.T) {
	dir := typedPlan(t)
	_, errOut, code := run(t, "--lang", "en", "--plan", dir, "set", "C1", "2026-Q3", "1,750")
	if code != 2 || !strings.Contains(errOut, "1,750 (in thousands)") || strings.Contains(errOut, "did you mean 2") {
		t.Errorf("exit %d: %q", code, errOut)
	}
	_, errOut, code = run(t, "--plan", dir, "set", "C1", "2026-Q3", "0.125", "--force")
	if code != 0 || strings.Contains(errOut, "mente du 0") || !strings.Contains(errOut, "et antal med decimaler") {
		t.Errorf("exit %d: %q", code, errOut)
	}
}
