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

// ctrlS is the editor's save key.
func ctrlS(m tea.Model) tea.Model {
	m, cmd := m.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	return follow(m, cmd)
}

func TestVurderingIsWrittenFromTheGoalAndShownUnderIt(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "enter", "v") // M1, then its vurdering
	s := seen(m)
	if !strings.Contains(s, "Vurdering af M1 for 3. kvartal 2026") || !strings.Contains(s, "Der er ingen vurdering for 3. kvartal 2026 endnu.") {
		t.Fatalf("v must open the editor for M1's vurdering:\n%s", s)
	}
	m = press(m, "Flere ledige er i gang med uddannelse.", "enter", "Sagsbehandlingen er værdig; q og ? er bogstaver her.")
	if s := seen(m); !strings.Contains(s, "q og ? er bogstaver her.") {
		t.Fatalf("the typed text must be in the editor:\n%s", s)
	}
	m = ctrlS(m)
	s = seen(m)
	fits(t, s, 80, 24)
	if !strings.Contains(s, "Gemt i") { // the path is long; what was saved is cut off at 80 columns

		t.Errorf("the save must be said:\n%s", s)
	}
	if !strings.Contains(s, "Vurdering (anne, ") || !strings.Contains(s, "Flere ledige er i gang med") {
		t.Errorf("the goal's screen must show its vurdering under the goal:\n%s", s)
	}
	l, err := data.Load(loaded.Source)
	if err != nil {
		t.Fatal(err)
	}
	e := l.Plan.Written("M1", model.MustPeriod("2026-Q3"))
	if e == nil || e.Vurdering != "Flere ledige er i gang med uddannelse.\nSagsbehandlingen er værdig; q og ? er bogstaver her." || e.By != "anne" || e.At.IsZero() {
		t.Fatalf("the vurdering read back: %+v", e)
	}
	m = press(m, "v") // opened again: the one that counts, and who wrote it
	if s := seen(m); !strings.Contains(s, "Den gældende er skrevet af anne") || !strings.Contains(s, "Flere ledige er i gang med uddannelse.") {
		t.Errorf("the editor must open with the current vurdering:\n%s", s)
	}
}

func TestVurderingEscAsksBeforeDroppingText(t *testing.T) {
	loaded := onDisk(t)
	before, _ := os.ReadFile(loaded.StatusPath)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "enter", "v", "Et udkast", "esc")
	if s := seen(m); !strings.Contains(s, "Teksten er ikke gemt") || !strings.Contains(s, "Et udkast") {
		t.Fatalf("esc with typed text must ask first:\n%s", s)
	}
	m = press(m, "esc")
	if s := seen(m); strings.Contains(s, "Vurdering af M1") || !strings.Contains(s, "Overblik › M1") {
		t.Fatalf("a second esc must drop the text and go back:\n%s", s)
	}
	if after, _ := os.ReadFile(loaded.StatusPath); string(after) != string(before) {
		t.Error("dropping the text must write nothing")
	}
	m = press(m, "v", "esc") // nothing typed: esc goes straight back
	if s := seen(m); strings.Contains(s, "Vurdering af M1") {
		t.Errorf("esc on an untouched editor must go back:\n%s", s)
	}
}

func TestVurderingEmptyIsRefusedInline(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "enter", "v", "   ")
	m = ctrlS(m)
	if s := seen(m); !strings.Contains(s, "teksten er tom") || !strings.Contains(s, "Vurdering af M1") {
		t.Errorf("an empty vurdering must be refused in the editor:\n%s", s)
	}
}

func TestReadOnlyOffersNoVurdering(t *testing.T) {
	o := options()
	o.ReadOnly = true
	m := press(sized(t, o, 160, 48), "enter")
	if s := seen(m); strings.Contains(s, "v vurdering") {
		t.Errorf("a read-only session must not offer v:\n%s", s)
	}
	if s := seen(press(m, "v")); strings.Contains(s, "Vurdering af M1") {
		t.Errorf("v must not open the editor in a read-only session:\n%s", s)
	}
}
