package data

import (
	"os"
	"testing"

	"github.com/beskplan/beskplan/lang"
)

// FuzzLoad feeds the loader arbitrary plan and status bytes: it must never
// panic, and every problem must carry a line and a column.
func FuzzLoad(f *testing.F) {
	mistakesPlan, _ := os.ReadFile("testdata/mistakes/plan.toml")
	mistakesStatus, _ := os.ReadFile("testdata/mistakes/status.toml")
	f.Add(ExampleFile("plan.toml"), ExampleFile("status.toml"))
	f.Add(mistakesPlan, mistakesStatus)
	f.Add([]byte(minimalPlan), []byte("[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.5\n"))
	f.Add([]byte(minimalPlan), []byte("x = [[{a = [{b.c = 1}]}], ]\n[[entry]]\nnote = {n = [[[[1]]]]}\n"))
	f.Fuzz(func(t *testing.T, plan, status []byte) {
		p, problems := readPlan("plan.toml", plan)
		if p != nil {
			_, more := readStatus("status.toml", status, p)
			problems = append(problems, more...)
		}
		for _, pr := range problems {
			if pr.Line < 1 || pr.Col < 1 {
				t.Fatalf("problem without a position: %q", pr.Message(lang.Da))
			}
		}
	})
}
