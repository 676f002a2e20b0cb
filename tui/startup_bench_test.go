package tui

import (
	"os"
	"path/filepath"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// startupDir writes the example plan on disk beside a generated comparison
// folder of the scale (20 indicators × 120 months × 98
// municipalities); withTables false leaves the folder out (the plan is
// read all the same, with a warning), so the two benchmarks below differ
// only by the tables read.
func startupDir(b *testing.B, withTables bool) string {
	dir := b.TempDir()
	for _, name := range []string{"plan.toml", "status.toml"} {
		if err := os.WriteFile(filepath.Join(dir, name), data.ExampleFile(name), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if !withTables {
		return dir
	}
	size := gen.CompareLarge
	size.Home = "Eksempel"
	if err := gen.WriteComparison(filepath.Join(dir, data.DefaultComparison), size); err != nil {
		b.Fatal(err)
	}
	return dir
}

func benchStartupAt(b *testing.B, dir string, tables int) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := data.Load(data.Locate(dir))
		if err != nil {
			b.Fatal(err)
		}
		if len(l.Plan.Indicators) != tables {
			b.Fatalf("%d tables read, want %d", len(l.Plan.Indicators), tables)
		}
		var m tea.Model = New(l, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = m.View()
	}
}

// BenchmarkStartupWithTables is `beskplan` starting on the example plan
// with a folder of 20 generated tables beside it, of which its measures
// name five: load, read those tables, first frame (the overview, whose
// goals show their measures' ranks). Budget: at most 100 ms more than
// BenchmarkStartupWithoutTables.
func BenchmarkStartupWithTables(b *testing.B) { benchStartupAt(b, startupDir(b, true), 5) }

// BenchmarkStartupWithoutTables is the same plan without its folder.
func BenchmarkStartupWithoutTables(b *testing.B) { benchStartupAt(b, startupDir(b, false), 0) }
