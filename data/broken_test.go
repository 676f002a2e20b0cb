package data

import (
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
)

// TestBrokenPartSaidAsWhole: a syntax mistake in one part of a large status
// file, read in parts, is said exactly as the whole file read by the
// decoder says it, wherever it is: the first part, the middle, the last
// line, a part's first line, two in one part, one in each of two parts.
func TestBrokenPartSaidAsWhole(t *testing.T) {
	size := gen.Size{Measures: 40, Entries: 3000}
	p, problems := readPlan("plan.toml", gen.Plan(size))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	status := string(gen.Status(size))
	parts := splitEntries([]byte(status), 64<<10)
	if len(parts) < 3 {
		t.Fatalf("only %d parts", len(parts))
	}
	second := parts[1][0] // a part's first line: its [[entry]]
	seed := func(s string, at int, old, new string) string {
		i := at + strings.Index(s[at:], old)
		return s[:i] + new + s[i+len(old):]
	}
	tests := map[string]string{
		"decimal comma, first part":  seed(status, 100, "value = 1", "value = 1,"),
		"decimal comma, middle":      seed(status, len(status)/2, "value = 1", "value = 1,"),
		"text without quotes":        seed(status, len(status)/3, `by = "`, `by = `),
		"unclosed quote":             seed(status, len(status)/4, `period = "2024-Q1"`, `period = "2024-Q1`),
		"broken header, part start":  status[:second] + "[[entry]\n" + status[second+len("[[entry]]\n"):],
		"last line":                  status + "at = \n",
		"bad date":                   seed(status, len(status)*2/3, "at = 20", "at = 1-"),
		"preamble":                   "x = \n" + status,
		"two in one part":            seed(seed(status, 5000, "value = 1", "value = 1,"), 9000, `by = "`, `by = `),
		"one in each of two parts":   seed(seed(status, 5000, "value = 1", "value = 1,"), len(status)-5000, `by = "`, `by = `),
		"key twice in a table":       seed(status, len(status)/2, "\nby = ", "\nby = \"x\"\nby = "),
		"table written twice":        seed(status, len(status)/2, "\n[[entry]]\n", "\n[entry]\n"),
		"measure misspelt and comma": seed(seed(status, 2000, `measure = "R`, `measure = "X`), 4000, "value = 1", "value = 1,"),
	}
	for name, broken := range tests {
		t.Run(name, func(t *testing.T) {
			ok, diff := sameAsWhole(t, p, []byte(broken), 64<<10)
			if diff != "" {
				t.Error(diff)
			}
			if !ok && name != "table written twice" && name != "key twice in a table" {
				t.Errorf("read whole, not in parts")
			}
			_, problems := readWhole("status.toml", []byte(broken), p, idsOf(p), time.Time{})
			if len(problems) == 0 || !strings.Contains(problems.Message(lang.Da), "status.toml:") {
				t.Fatalf("no problem said: %v", problems)
			}
		})
	}
}
