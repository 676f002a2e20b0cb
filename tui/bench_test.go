package tui

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

var (
	largeOnce sync.Once
	largePlan *data.Loaded
)

// large is the generated plan of 2,000 measures and 100,000 entries, loaded once.
func large(b *testing.B) *data.Loaded {
	largeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "beskplan-bench")
		if err != nil {
			b.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "plan.toml"), gen.Plan(gen.Large), 0o644)
		os.WriteFile(filepath.Join(dir, "status.toml"), gen.Status(gen.Large), 0o644)
		largePlan, err = data.Load(data.Locate(dir))
		if err != nil {
			b.Fatal(err)
		}
		os.RemoveAll(dir)
	})
	return largePlan
}

// largeModel is the view of the large plan at 200x60, after the keys.
func largeModel(b *testing.B, keys ...string) tea.Model {
	var m tea.Model = New(large(b), Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	return press(m, keys...)
}

// BenchmarkView renders one frame of each main screen at 200x60 with the large plan.
func BenchmarkView(b *testing.B) {
	screens := map[string][]string{
		"overview": nil,
		"goal":     {"enter"},
		"measure":  {"enter", "j", "enter"},
		"missing":  {"m"},
		"search":   {"/", "unge"},
	}
	for name, keys := range screens {
		b.Run(name, func(b *testing.B) {
			m := largeModel(b, keys...)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				_ = m.View()
			}
		})
	}
}

// upDown is down on even presses and up on odd ones, so the cursor moves every time.
func upDown(i int) tea.KeyPressMsg {
	if i%2 == 0 {
		return tea.KeyPressMsg{Code: 'j', Text: "j"}
	}
	return tea.KeyPressMsg{Code: 'k', Text: "k"}
}

// BenchmarkUpdateKey is one key press (down, then up) on the overview of the large plan.
func BenchmarkUpdateKey(b *testing.B) {
	m := largeModel(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		m, _ = m.Update(upDown(i))
	}
}

// BenchmarkStartup is New and the first frame with the example plan, as `beskplan` starts.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
		if err != nil {
			b.Fatal(err)
		}
		var m tea.Model = New(l, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		_ = m.View()
	}
}

// BenchmarkFrameAfterKey is what a key press costs the user on each
// screen: the Update and the frame drawn after it, as Bubble Tea calls View
// once after each Update. Budget: 1 ms a frame at 200x60 on the large plan.
func BenchmarkFrameAfterKey(b *testing.B) {
	down, up := tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyUp}
	digit, erase := tea.KeyPressMsg{Code: '1', Text: "1"}, tea.KeyPressMsg{Code: tea.KeyBackspace}
	screens := []struct {
		name string
		keys []string
		a, b tea.KeyPressMsg // pressed in turn, so every press changes something
	}{
		{"overview", nil, down, up},
		{"goal", []string{"enter"}, down, up},
		{"strategy", []string{"enter", "enter"}, down, up},
		{"measure", []string{"enter", "j", "enter"}, down, up},
		{"missing", []string{"m"}, down, up},
		{"search", []string{"/", "unge"}, down, up},
		{"form", []string{"enter", "j", "e"}, digit, erase},
		{"goal-walk", []string{"enter"}, down, down}, // a new row, and a new detail, on every press
	}
	for _, sc := range screens {
		b.Run(sc.name, func(b *testing.B) {
			m := largeModel(b, sc.keys...)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				key := sc.a
				if i%2 == 1 {
					key = sc.b
				}
				m, _ = m.Update(key)
				_ = m.View()
			}
		})
	}
}

var (
	comparedOnce  sync.Once
	comparedLarge *data.Loaded
)

// largeCompared is the large plan with a comparison table for every
// measure: 20 tables of the 98 municipalities and 120 months (235,200
// figures, as the folder), one group of 8, loaded once.
func largeCompared(b *testing.B) *data.Loaded {
	comparedOnce.Do(func() {
		dir := b.TempDir()
		os.WriteFile(filepath.Join(dir, "plan.toml"), gen.Plan(gen.Large), 0o644)
		os.WriteFile(filepath.Join(dir, "status.toml"), gen.Status(gen.Large), 0o644)
		l, err := data.Load(data.Locate(dir))
		if err != nil {
			b.Fatal(err)
		}
		p := l.Plan
		p.Groups = []*model.Group{{Name: "Sammenlignelige kommuner", Areas: []string{"Horsens", "Kolding", "Vejle", "Randers", "Holbæk", "Næstved", "Slagelse", "Svendborg"}}}
		p.Indicators = map[string]*model.Indicator{}
		for i := range 20 {
			id := "MM" + itoa(i+1)
			p.Indicators[id] = table(id, model.MustPeriod("2017-01"), 120, 20+float64(i), 25, 0.01, i%2 == 0)
		}
		for i, m := range p.Measures {
			m.Compare, m.Area = "MM"+itoa(i%20+1), "Eksempel"
		}
		comparedLarge = l
	})
	return comparedLarge
}

// BenchmarkCompare is what the comparison costs the view of the large plan
// with a table for every measure, at 200x60: a key press and its frame on
// a measure's screen; opening a measure (its detail drawn anew, from the
// standings worked out once per snapshot); and the first time after the
// data changed, when nothing is worked out: the overview's ranks of all
// 2,000 measures, and a measure's 120 months against its group.
func BenchmarkCompare(b *testing.B) {
	at := func(b *testing.B, keys ...string) Model {
		var m tea.Model = New(largeCompared(b), Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
		m, _ = m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
		return press(m, keys...).(Model)
	}
	toMeasure := []string{"enter", "j", "enter"}
	b.Run("measure-frame", func(b *testing.B) {
		var m tea.Model = at(b, toMeasure...)
		if !strings.Contains(seen(m), "Placering") {
			b.Fatalf("no rank on the measure screen:\n%s", seen(m))
		}
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			m, _ = m.Update(upDown(i))
			_ = m.View()
		}
	})
	b.Run("measure-open", func(b *testing.B) {
		var m tea.Model = at(b, "enter", "j")
		b.ReportAllocs()
		for b.Loop() {
			m = press(m, "enter", "esc")
			_ = m.View()
		}
	})
	b.Run("overview-cold", func(b *testing.B) {
		m := at(b)
		b.ReportAllocs()
		for b.Loop() {
			m.st.shown = m.st.shown.Cold() // as after the data changed
			m.top().refresh()
			_ = m.View()
		}
	})
	b.Run("measure-cold", func(b *testing.B) {
		m := at(b, toMeasure...)
		b.ReportAllocs()
		for b.Loop() {
			m.st.shown = m.st.shown.Cold()
			m.top().refresh()
			_ = m.View()
		}
	})
}
