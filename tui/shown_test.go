package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// TestEscapeSequencesInThePlanNeverReachTheScreen: a title in the plan file
// with ESC sequences in it (TOML writes them as "\u001b") must not colour
// the view, blink or set the window's title; its words are still shown.
func TestEscapeSequencesInThePlanNeverReachTheScreen(t *testing.T) {
	dir := t.TempDir()
	if err := data.Init(dir); err != nil {
		t.Fatal(err)
	}
	plan, _ := os.ReadFile(filepath.Join(dir, "plan.toml"))
	hostile := strings.Replace(string(plan), `municipality = "Eksempel Kommune"`, `municipality = "Eksempel\u001b]0;ejet\u0007 Kommune"`, 1)
	hostile = strings.Replace(hostile, `title = "`, `title = "\u001b[5m\u001b[38;5;201mBlink `, 2)
	if hostile == string(plan) {
		t.Fatal("the example plan changed; this test must find its title")
	}
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(hostile), 0o660)
	loaded, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	screen := m.View().Content
	for _, bad := range []string{"\x1b]0;", "\x1b[5m", "38;5;201", "\a"} {
		if strings.Contains(screen, bad) {
			t.Errorf("the screen holds %q from the plan file", bad)
		}
	}
	if !strings.Contains(screen, "Blink") || !strings.Contains(screen, "Eksempel Kommune") {
		t.Errorf("the words must still be shown:\n%s", screen)
	}
}
