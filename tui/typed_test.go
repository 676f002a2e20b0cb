package tui

import (
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/typedcases"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// TestTypedTextInTheForm runs the one table of typed text
// (internal/typedcases), which set and both imports run in the main
// package's TestTypedTextThroughEveryEntryPath, through the view's form:
// the period and the figure typed into their fields, enter, and enter
// again to save. A refusal is shown with the same words and nothing is
// written. Initiative states are not typed in the view (the form lists
// them to pick from), so those rows are the commands' alone.
func TestTypedTextInTheForm(t *testing.T) {
	measures := []string{"C1", "S1", "P1"} // in the order the goal's screen lists them
	for _, c := range typedcases.Cases {
		if c.Measure == "" {
			continue
		}
		dir := filepath.Join(t.TempDir(), "plan")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(typedcases.Plan), 0o644)
		os.WriteFile(filepath.Join(dir, "status.toml"), []byte(typedcases.Status), 0o644)
		loaded, err := data.Load(data.Locate(dir))
		if err != nil {
			t.Fatal(err)
		}
		var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		keys := []string{"enter"}
		for range slices.Index(measures, c.Measure) + 1 {
			keys = append(keys, "j")
		}
		keys = append(keys, "enter", "e", "tab", "tab", "tab", "tab") // from the figure round to the period
		keys = append(keys, slices.Repeat([]string{"backspace"}, 12)...)
		m = press(m, append(keys, c.Period, "tab", c.Value, "enter")...)
		before, _ := os.ReadFile(loaded.StatusPath)
		shown := strings.Join(strings.Fields(seen(m)), " ")
		if c.Refused != "" {
			after, _ := os.ReadFile(loaded.StatusPath)
			if !strings.Contains(shown, c.Refused) || string(after) != typedcases.Status {
				t.Errorf("%s %q %q: want %q shown and nothing saved:\n%s", c.Measure, c.Period, c.Value, c.Refused, seen(m))
			}
			continue
		}
		if !strings.Contains(shown, "Gem "+c.Measure+" "+c.WantPeriod+" = ") {
			t.Errorf("%s %q %q: enter must ask to save:\n%s", c.Measure, c.Period, c.Value, seen(m))
			continue
		}
		m = press(m, "enter")
		after, _ := data.Load(data.Locate(dir))
		if after == nil || len(after.Plan.Entries) != len(loaded.Plan.Entries)+1 {
			t.Errorf("%s %q %q: not saved (%d bytes before):\n%s", c.Measure, c.Period, c.Value, len(before), seen(m))
			continue
		}
		e := after.Plan.Entries[len(after.Plan.Entries)-1]
		if e.Measure != c.Measure || e.Period != model.MustPeriod(c.WantPeriod) || !e.HasValue || math.Abs(e.Value-c.Want) > 1e-9 {
			t.Errorf("%s %q %q: saved %s %s = %v, want %s = %v", c.Measure, c.Period, c.Value, e.Measure, e.Period, e.Value, c.WantPeriod, c.Want)
		}
	}
}
