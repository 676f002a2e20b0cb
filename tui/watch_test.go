package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// onDisk is the example written to a temp folder and loaded from there.
func onDisk(t *testing.T) *data.Loaded {
	t.Helper()
	dir := t.TempDir()
	if err := data.Init(dir); err != nil {
		t.Fatal(err)
	}
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// look runs one look at the files, and the reload it asks for, as the program would.
func look(t *testing.T, m tea.Model) tea.Model {
	t.Helper()
	mm := m.(Model)
	m, cmd := m.Update(watchMsg{data.StampOf(mm.st.loaded.Source, mm.stamp, false, time.Now())})
	if cmd == nil {
		return m
	}
	if msg := cmd(); msg != nil {
		m, _ = m.Update(msg)
	}
	return m
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

func TestChangeOnDiskIsPickedUpKeepingTheCursor(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "j", "j") // M3
	if before := seen(look(t, m)); strings.Contains(before, "opdateret fra disk") {
		t.Fatal("nothing changed, yet it reloaded")
	}
	appendTo(t, loaded.StatusPath, "\n[[entry]]\nmeasure = \"R7\"\nperiod = \"2026-Q3\"\nvalue = 240.0\n")
	m = look(t, m)
	s := seen(m)
	if !strings.Contains(s, "opdateret fra disk") || !strings.Contains(s, "1 på sporet") && !strings.Contains(s, "2 nået") {
		t.Fatalf("the appended figure must show, and say so:\n%s", s)
	}
	if got := m.(Model).top().selection(); got == nil || got.(*model.Goal).ID != "M3" {
		t.Errorf("the cursor must stay on M3, is on %v", got)
	}
	if !strings.Contains(s, "2 nået") {
		t.Errorf("R7 at 240 meets its target of at most 250:\n%s", s)
	}
}

func TestInvalidFileOnDiskShowsProblemsAndKeepsLastGoodData(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{View: model.View{AsOf: model.MustPeriod("2026-Q3")}})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	appendTo(t, loaded.StatusPath, "\n[[entry]]\nmeasure = \"R7\"\nperiod = \"2026-Q5\"\nvalue = 1\n")
	m = look(t, m)
	s := seen(m)
	name := filepath.Base(loaded.StatusPath)
	if !strings.Contains(s, "Filen på disken har fejl") || !strings.Contains(s, name+":") || !strings.Contains(s, `perioden "2026-Q5"`) {
		t.Errorf("the problem must show with its position:\n%s", s)
	}
	if !strings.Contains(s, "M1  Alle ledige") || !strings.Contains(s, "81 %") {
		t.Errorf("the last good data must still show:\n%s", s)
	}
	fits(t, s, 80, 24)
}
