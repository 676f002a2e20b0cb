package tui

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
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

// TestFormRecordsAnAssessment: the form records a verdict people gave,
// with its required note, instead of a figure.
func TestFormRecordsAnAssessment(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 30})
	m = press(m, "j", "j", "j", "j", "enter", "j", "j", "enter") // M5 > R11
	m = press(m, "e", "tab", "tab", "tab", "space")              // note, pending, the assessment: met
	if s := seen(m); !strings.Contains(s, "Vurdering    vurderet: opfyldt") {
		t.Fatalf("the assessment row must show the choice:\n%s", s)
	}
	m = press(m, "enter")
	if s := seen(m); !strings.Contains(s, "skal have en note") {
		t.Fatalf("an assessment without a note must be refused:\n%s", s)
	}
	m = press(m, "up", "up")
	m = press(m, "Målet er opfyldt (opfølgning 16. november 2026)", "enter")
	if s := seen(m); !strings.Contains(s, "Gem R11 2026-Q3 = vurderet: opfyldt?") {
		t.Fatalf("enter must ask to confirm the assessment:\n%s", s)
	}
	m = press(m, "enter")
	if s := seen(m); !strings.Contains(s, "Gemt i") || !strings.Contains(s, "vurderet: opfyldt") {
		t.Errorf("after saving, the measure must show people's verdict:\n%s", s)
	}
	after, _ := os.ReadFile(loaded.StatusPath)
	if !strings.Contains(string(after), "assessed = \"met\"\nnote = \"Målet er opfyldt (opfølgning 16. november 2026)\"") {
		t.Errorf("the assessment must be appended:\n%s", after[max(0, len(after)-400):])
	}
}
