package data

import (
	"os"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// FuzzLoad feeds the loader arbitrary plan and status bytes: it must never
// panic, and every problem must carry a line and a column.
func FuzzLoad(f *testing.F) {
	mistakesPlan, _ := os.ReadFile("testdata/mistakes/plan.toml")
	mistakesStatus, _ := os.ReadFile("testdata/mistakes/status.toml")
	f.Add(ExampleFile("plan.toml"), ExampleFile("status.toml"))
	f.Add(mistakesPlan, mistakesStatus)
	f.Add([]byte(minimalPlan), []byte("[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.5\n"))
	f.Add([]byte(planWith(`title = "T"
unit = "antal"
baseline = { value = 1.200, date = 2023-12-31 }
target = { change = -74.0, date = 2027-12-31 }
milestones = [{ change = -30.0, date = 2025-12-31 }, { value = 1150.0, date = 2024-12-31, strict = true }]
frequency = "yearly"
lag = 1
[[measure]]
id = "R2"
goal = "M1"
title = "D"
unit = "%"
target = { direction = "not-up", always = true }
`)), []byte("[[entry]]\nmeasure = \"R1\"\nperiod = \"2024\"\nvalue = 1190\n[[entry]]\nmeasure = \"R2\"\nperiod = \"2024-Q1\"\npending = true\n"))
	f.Add([]byte(minimalPlan), []byte("x = [[{a = [{b.c = 1}]}], ]\n[[entry]]\nnote = {n = [[[[1]]]]}\n"))
	f.Fuzz(func(t *testing.T, plan, status []byte) {
		p, problems := readPlan("plan.toml", plan)
		if p != nil {
			entries, more := readStatus("status.toml", status, p, time.Time{})
			problems = append(problems, more...)
			p.AddEntries(entries...) // and every verdict is worked out without a panic
			model.Compute(p, model.View{AsOf: model.DefaultAsOf(p.Cadence, p.End, p.Start, p.End)})
		}
		for _, pr := range problems {
			if pr.Line < 1 || pr.Col < 1 {
				t.Fatalf("problem without a position: %q", pr.Message(lang.Da))
			}
		}
	})
}

// FuzzMarks feeds the mark check arbitrary status bytes: it must never
// panic, and the damaged blocks it finds must lie in order within the file,
// so repair keeps or moves every byte exactly once.
func FuzzMarks(f *testing.F) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "Tal fra Jobindsats")})
	f.Add([]byte(handWritten + string(block)))
	f.Add([]byte(handWritten + string(block[:90]) + "\n" + byHand))
	f.Add([]byte(handWritten + string(block[:50]) + string(block)))
	f.Add([]byte("0\x00"))                     // a NUL tail after a line without its newline
	f.Add([]byte("# beskplan: \n\n0\n0\n\n#")) // keys after a broken mark, then a cut mark
	f.Fuzz(func(t *testing.T, status []byte) {
		at := 0
		for _, d := range damagedBlocks(status) {
			if d.start < at || d.end < d.start || d.end > len(status) || d.mark < d.start || d.mark > d.end+1 {
				t.Fatalf("damage %+v out of order or out of the file (after %d, size %d)", d, at, len(status))
			}
			at = d.end
		}
		tornFrom("status.toml", status, damagedBlocks(status))
	})
}
