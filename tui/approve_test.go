package tui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// TestFormForAClosedPeriodAsksWhyAndMarksTheFigure: once 2026-Q3 is
// approved the form will not save R11's figure without a reason, offers
// the field for it, and saves with it; the figure is then marked.
func TestFormForAClosedPeriodAsksWhyAndMarksTheFigure(t *testing.T) {
	loaded := onDisk(t)
	pl := app.FromLoaded(loaded)
	if _, err := pl.Approve("leder", "2026-Q3"); err != nil {
		t.Fatal(err)
	}
	var m tea.Model = NewShared(pl, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m = press(m, "j", "j", "j", "j", "enter", "j", "j", "enter") // M5 > R11
	m = press(m, "e", "1.150")
	if s := seen(m); !strings.Contains(s, "Grund") {
		t.Fatalf("a closed period's form must offer the reason's field:\n%s", s)
	}
	before, _ := os.ReadFile(loaded.StatusPath)
	m = press(m, "enter")
	if s := seen(m); !strings.Contains(s, "2026-Q3 er godkendt (af leder") || !strings.Contains(s, "feltet Grund") || strings.Contains(s, "Gem R11") {
		t.Fatalf("enter without a reason must say why it cannot save:\n%s", s)
	}
	m = press(m, "rettet", "enter") // the focus is on the reason now
	if s := seen(m); !strings.Contains(s, "Gem R11 2026-Q3 = 1.150?") {
		t.Fatalf("with a reason the form must offer to save:\n%s", s)
	}
	m = press(m, "enter")
	s := seen(m)
	if !strings.Contains(s, "Gemt i") || !strings.Contains(s, "revideret efter godkendelse: rettet") {
		t.Errorf("the saved figure must be marked with its reason:\n%s", s)
	}
	l, err := data.Load(loaded.Source)
	if err != nil {
		t.Fatal(err)
	}
	if e := l.Plan.Current(l.Plan.Measure("R11"), model.MustPeriod("2026-Q3")); e == nil || e.Revised != "rettet" || e.Value != 1150 {
		t.Errorf("the file must have the figure with its reason: %+v", e)
	}
	after, _ := os.ReadFile(loaded.StatusPath)
	if !strings.HasPrefix(string(after), string(before)) {
		t.Error("the save must only append")
	}
}

// TestStateFormForAClosedPeriodAsksWhy: the initiative's form, as the
// figure's, will not save a state for an approved period without a reason,
// offers the field for it, and saves with it.
func TestStateFormForAClosedPeriodAsksWhy(t *testing.T) {
	loaded := onDisk(t)
	pl := app.FromLoaded(loaded)
	if _, err := pl.Approve("leder", "2026-Q3"); err != nil {
		t.Fatal(err)
	}
	var m tea.Model = NewShared(pl, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m = press(m, toS1Form...)
	if s := seen(m); !strings.Contains(s, "Grund") {
		t.Fatalf("a closed period's state form must offer the reason's field:\n%s", s)
	}
	before, _ := os.ReadFile(loaded.StatusPath)
	m = press(m, "down", "enter")
	if s := seen(m); !strings.Contains(s, "feltet Grund") {
		t.Fatalf("enter without a reason must say why it cannot save:\n%s", s)
	}
	if now, _ := os.ReadFile(loaded.StatusPath); string(now) != string(before) {
		t.Fatal("nothing may be saved without the reason")
	}
	m = press(m, "afsluttet i september", "enter", "enter") // the focus is on the reason now
	if s := seen(m); !strings.Contains(s, "Gemt i") {
		t.Fatalf("with a reason the form must save:\n%s", s)
	}
	after, _ := os.ReadFile(loaded.StatusPath)
	if added := string(after[len(before):]); !strings.Contains(added, `state = "done"`) || !strings.Contains(added, `revised = "afsluttet i september"`) {
		t.Errorf("the saved state lacks its reason:\n%s", added)
	}
}

// TestStateFormEchoesAnAmountInAClosedPeriod: the line under the amount
// says how it was read, "= 90.000 kr.", also for an approved period; it
// said the command line's "giv grunden med --revised" instead.
func TestStateFormEchoesAnAmountInAClosedPeriod(t *testing.T) {
	loaded := onDisk(t)
	pl := app.FromLoaded(loaded)
	if _, err := pl.Approve("leder", "2026-Q3"); err != nil {
		t.Fatal(err)
	}
	var m tea.Model = NewShared(pl, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m = press(m, append(append([]string{}, toS1Form...), "tab", "90.000")...)
	if s := seen(m); !strings.Contains(s, "= 90.000 kr.") || strings.Contains(s, "--revised") {
		t.Errorf("the amount must be echoed as read, not refused with a flag:\n%s", s)
	}
}
