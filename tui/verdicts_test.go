package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
)

// TestOneWarningIsSingular: the missing list said "1 advarsler".
func TestOneWarningIsSingular(t *testing.T) {
	l := example(t)
	l.Warnings = append(data.Problems(nil), l.Warnings...)[:0]
	l.Warnings = append(l.Warnings, data.Problem{File: "plan.toml", Line: 1, Col: 1, Warning: true})
	var m tea.Model = New(l, options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	screen := seen(press(m, "m"))
	if !strings.Contains(screen, "1 advarsel (også i beskplan check)") {
		t.Errorf("one warning must be singular:\n%s", screen)
	}
}
