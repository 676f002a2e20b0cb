package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// click is a left click at a cell of the window.
func click(m tea.Model, x, y int) tea.Model {
	m, cmd := m.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	return follow(m, cmd)
}

func TestMouseClickSelectsAndSecondClickOpens(t *testing.T) {
	m := sized(t, options(), 80, 24)
	// Rows start under the two header lines, the plan's two-line note and
	// its money; each goal is two lines (seven goals leave no room at 80x24
	// for a third with ranks): M2 is on lines 7 and 8.
	m = click(m, 10, 8)
	if s := seen(m); !strings.Contains(s, "▌ M2") {
		t.Fatalf("a click selects the row under it:\n%s", s)
	}
	if s := seen(click(m, 10, 7)); !strings.Contains(s, "Overblik › M2") {
		t.Errorf("a second click on the selected row opens it:\n%s", s)
	}
}

func TestMouseWheelScrolls(t *testing.T) {
	m := sized(t, options(), 80, 24)
	for range 3 {
		m, _ = m.Update(tea.MouseWheelMsg{X: 10, Y: 8, Button: tea.MouseWheelDown})
	}
	if s := seen(m); !strings.Contains(s, "▌ M4") {
		t.Errorf("the wheel moves down the list:\n%s", s)
	}
	m = press(sized(t, options(), 80, 14), "j", "j", "j", "j", "j", "enter", "j", "j", "enter")
	for range 10 {
		m, _ = m.Update(tea.MouseWheelMsg{X: 10, Y: 8, Button: tea.MouseWheelDown})
	}
	if s := seen(m); !strings.Contains(s, "2025-Q4") {
		t.Errorf("the wheel scrolls a measure:\n%s", s)
	}
}

func TestMouseModeOnUnlessNoMouse(t *testing.T) {
	if v := sized(t, options(), 80, 24).View(); v.MouseMode != tea.MouseModeCellMotion {
		t.Errorf("the mouse is on by default: %v", v.MouseMode)
	}
	o := options()
	o.NoMouse = true
	m := sized(t, o, 80, 24)
	if v := m.View(); v.MouseMode != tea.MouseModeNone {
		t.Errorf("--no-mouse turns it off: %v", v.MouseMode)
	}
	if s := seen(click(m, 10, 7)); !strings.Contains(s, "▌ M1") {
		t.Errorf("with the mouse off a click does nothing:\n%s", s)
	}
}

func TestMouseClickOnAGoalsRowsAndWideWindows(t *testing.T) {
	m := press(sized(t, options(), 160, 48), "enter")
	// The goal's own three lines (its bar, then its initiatives' money),
	// then S1 (lines 5-6) and R1 (lines 7-8).
	m = click(m, 10, 7)
	if s := seen(m); !strings.Contains(s, "▌   R1") {
		t.Fatalf("a click on a goal's screen selects the row under it:\n%s", s)
	}
	if s := seen(click(m, 120, 7)); !strings.Contains(s, "▌   R1") || strings.Contains(s, "› R1") {
		t.Errorf("a click in the detail pane neither moves nor opens:\n%s", s)
	}
	if s := seen(click(m, 10, 8)); !strings.Contains(s, "Overblik › M1 › R1") {
		t.Errorf("a second click opens the row:\n%s", s)
	}
}
