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

// TestWrapKeepsAMinusWithItsNumber: a line wrapped after a minus sign
// left "-" at its end and the number on the next ("Udgangspunkt -" / "0,5 pp").
func TestWrapKeepsAMinusWithItsNumber(t *testing.T) {
	for _, text := range []string{"Udgangspunkt: -0,5 procentpoint", "mindst (-12,5 %) i alt", "højst -1.750 antal"} {
		for width := 4; width < len(text); width++ {
			for _, line := range strings.Split(wrap(text, width), "\n") {
				if strings.HasSuffix(strings.TrimRight(line, " "), "-") {
					t.Errorf("%q at width %d: a line ends in its minus sign: %q", text, width, wrap(text, width))
				}
			}
		}
	}
}
