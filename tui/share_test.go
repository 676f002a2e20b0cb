package tui

import (
	"bytes"
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

func TestDemotedEditorLosesTheOpenFormAndTheEditKey(t *testing.T) {
	loaded := onDisk(t)
	before, _ := os.ReadFile(loaded.StatusPath)
	m, save := confirmed(t, loaded) // R1's form, 89,9 typed, the last enter pressed
	_ = save                        // the save never runs: the role changed first
	m, _ = m.Update(AccessChanged{ReadOnly: true, Badge: "kun læseadgang", Why: "Du er nu viewer"})
	s := seen(m)
	if !strings.Contains(s, "Du er nu viewer") || !strings.Contains(s, "kun læseadgang") {
		t.Errorf("the view must say why and show the new role:\n%s", s)
	}
	if strings.Contains(s, "89,9") {
		t.Errorf("the form must be closed:\n%s", s)
	}
	m = press(m, "e", "5", "enter", "enter")
	if _, isForm := m.(Model).top().(form); isForm || strings.Contains(seen(m), "Registrér") {
		t.Errorf("a viewer must get no form:\n%s", seen(m))
	}
	if after, _ := os.ReadFile(loaded.StatusPath); !bytes.Equal(before, after) {
		t.Error("nothing may be saved after the demotion")
	}
}

func TestViewsSharingAStoreShowEachOthersSaves(t *testing.T) {
	pl := app.FromLoaded(onDisk(t))
	store := pl.Store
	o := Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"}
	var anne, bo tea.Model = NewShared(pl, o), NewShared(pl, o)
	bo, _ = bo.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	bo = press(bo, "m")
	if !strings.Contains(seen(bo), "2 resultatmål") {
		t.Fatalf("R9 and R11 are missing at first:\n%s", seen(bo))
	}
	got := make(chan *data.Snapshot, 1)
	store.Subscribe(func(s *data.Snapshot) { got <- s })
	anne, _ = anne.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(anne, "m", "e", "31", "enter", "enter") // saved through the shared store
	bo, _ = bo.Update(StoreChanged{<-got})
	if s := seen(bo); !strings.Contains(s, "1 resultatmål") || strings.Contains(s, "R9 ") {
		t.Errorf("bo's missing list must lose R9 after anne's save:\n%s", s)
	}
}

func TestReportOverSSHSaysHowToFetchItAndWritesNoFile(t *testing.T) {
	loaded := onDisk(t)
	dir, _ := os.ReadDir(strings.TrimSuffix(loaded.PlanPath, "plan.toml"))
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")},
		ReportHint: "ssh -p 2222 host report --format html > rapport.html"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 24})
	m = press(m, "r")
	if !strings.Contains(seen(m), "report --format html") {
		t.Errorf("r must say how to fetch the report:\n%s", seen(m))
	}
	if after, _ := os.ReadDir(strings.TrimSuffix(loaded.PlanPath, "plan.toml")); len(after) != len(dir) {
		t.Error("r over SSH must write no file on the server")
	}
}

func TestAScreenUnderTheTopShowsAChangeWhenShownAgain(t *testing.T) {
	pl := app.FromLoaded(onDisk(t))
	store := pl.Store
	o := Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"}
	var anne, bo tea.Model = NewShared(pl, o), NewShared(pl, o)
	bo, _ = bo.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	bo = press(bo, "m", "enter") // the missing list, and R9 on top of it
	if _, ok := bo.(Model).top().(*measureScreen); !ok || !strings.Contains(seen(bo), "R9") {
		t.Fatalf("R9's screen is on top of the missing list:\n%s", seen(bo))
	}
	got := make(chan *data.Snapshot, 1)
	store.Subscribe(func(s *data.Snapshot) { got <- s })
	anne, _ = anne.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	press(anne, "m", "e", "31", "enter", "enter")
	bo, _ = bo.Update(StoreChanged{<-got})
	if s := seen(bo); !strings.Contains(s, "31") {
		t.Errorf("the screen on top shows anne's figure at once:\n%s", s)
	}
	bo = press(bo, "esc")
	if s := seen(bo); !strings.Contains(s, "1 resultatmål") || strings.Contains(s, "R9 ") {
		t.Errorf("the missing list under it, drawn again when shown, has lost R9:\n%s", s)
	}
}
