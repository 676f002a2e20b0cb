package tui

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

func TestFormEchoesDanishNumberAndSavesToDisk(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "j", "j", "j", "j", "enter", "j", "j", "enter") // M5 > R11
	before, _ := os.ReadFile(loaded.StatusPath)
	m = press(m, "e", "1.150")
	s := seen(m)
	if !strings.Contains(s, "= 1.150") {
		t.Fatalf("the parsed value must be shown back:\n%s", s)
	}
	m = press(m, "enter")
	if s := seen(m); !strings.Contains(s, "Gem R11 2026-Q3 = 1.150?") {
		t.Fatalf("enter must ask to confirm:\n%s", s)
	}
	if now, _ := os.ReadFile(loaded.StatusPath); string(now) != string(before) {
		t.Fatal("nothing may be written before the user confirms")
	}
	m = press(m, "enter")
	s = seen(m)
	if !strings.Contains(s, "Gemt i") || !strings.Contains(s, "1.150 (3. kvartal 2026)") || !strings.Contains(s, "nået") {
		t.Errorf("after saving the measure must show the new figure and track at once:\n%s", s)
	}
	after, _ := os.ReadFile(loaded.StatusPath)
	if !strings.HasPrefix(string(after), string(before)) || !strings.Contains(string(after[len(before):]), "measure = \"R11\"\nperiod = \"2026-Q3\"  # ") ||
		!strings.Contains(string(after[len(before):]), "\nvalue = 1150.0\nby = \"anne\"  # ") {
		t.Errorf("the entry must be appended after what was there:\n%s", after[len(before):])
	}
	l, err := data.Load(loaded.Source)
	if err != nil || len(l.Plan.Entries) != len(loaded.Plan.Entries)+1 { // the plan handed to New stays as it was
		t.Errorf("the saved file must load with the new entry: %v", err)
	}
}

func TestFormRefusesJunkInline(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "enter", "j", "enter", "e", "abc")
	s := seen(m)
	if !strings.Contains(s, `"abc" er ikke et tal: skriv fx 1.750, 47,1 eller 47.1`) {
		t.Errorf("junk must be refused as it is typed:\n%s", s)
	}
	m = press(m, "enter")
	if s := seen(m); strings.Contains(s, "Gem ") || !strings.Contains(s, "Registrér") {
		t.Errorf("enter on junk must not offer to save:\n%s", s)
	}
}

func TestFormInExampleKeepsFigureInMemory(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "enter", "j", "enter", "e", "89,9", "enter", "enter")
	s := seen(m)
	if !strings.Contains(s, "Gemt i hukommelsen") || !strings.Contains(s, "89,9 % (3. kvartal 2026)") {
		t.Errorf("the example keeps the figure in memory and says so:\n%s", s)
	}
	if s := seen(press(m, "esc", "esc")); !strings.Contains(s, "1 nået") && !strings.Contains(s, "nået") {
		t.Errorf("the overview must show the new track at once:\n%s", s)
	}
}

// toR6Form opens the form of R6, the example's relative measure in M3.
var toR6Form = []string{"j", "j", "enter", "j", "j", "enter", "e"}

// TestFormRelativeAsksForReference: R6 without its table (compare struck
// out) must have its reference typed.
func TestFormRelativeAsksForReference(t *testing.T) {
	l := example(t)
	l.Plan.Measure("R6").Compare = ""
	var m tea.Model = New(l, options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, toR6Form...)
	s := seen(m)
	if !strings.Contains(s, "Reference") {
		t.Fatalf("a relative measure's form has a reference field:\n%s", s)
	}
	s = seen(press(m, "47,5", "enter"))
	if !strings.Contains(s, "angiv også reference") {
		t.Errorf("a relative figure without reference must be refused:\n%s", s)
	}
	s = seen(press(m, "tab", "43,1", "enter"))
	if !strings.Contains(s, "Gem R6 2026-Q3 = 47,5 % (Landsgennemsnit 43,1 %)?") {
		t.Errorf("with the reference it may be saved:\n%s", s)
	}
}

// TestFormRelativeTakesTheReferenceFromTheTable: R6 names MM3, whose
// national row gives the reference, so its figure may be saved without
// one; the status file gets the figure only, and the view the table's
// reference.
func TestFormRelativeTakesTheReferenceFromTheTable(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	before, _ := os.ReadFile(loaded.StatusPath)
	m = press(m, toR6Form...)
	s := seen(press(m, "47,5", "enter"))
	if strings.Contains(s, "angiv også reference") || !strings.Contains(s, "Gem R6 2026-Q3 = 47,5 %") {
		t.Fatalf("with a table the figure may be saved without a reference:\n%s", s)
	}
	s = seen(press(m, "enter"))
	if !strings.Contains(s, "Gemt i") {
		t.Fatalf("the figure must be saved:\n%s", s)
	}
	// The national row's months of 2026-Q3 (MM3.csv) average 43,23.
	after, _ := os.ReadFile(loaded.StatusPath)
	added := string(after[len(before):])
	if !strings.Contains(added, "measure = \"R6\"") || !strings.Contains(added, "\nvalue = 47.5\n") || strings.Contains(added, "reference") {
		t.Errorf("the saved entry has the figure and no reference line (the table gives it):\n%s", added)
	}
	if !strings.Contains(s, "Landsgennemsnit 43,23 % (fra tabellen MM3)") {
		t.Errorf("the view shows the table's reference (MM3's national row in 2026-Q3) and says where it came from:\n%s", s)
	}
}

func TestPendingToggle(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "enter", "j", "enter", "e", "tab", "tab", "space", "enter")
	if s := seen(m); !strings.Contains(s, "Gem R1 2026-Q3 = afventer måling?") {
		t.Errorf("afventer måling must be recordable without a figure:\n%s", s)
	}
}

func TestInitiativeStateIsSet(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "enter", "enter", "e")
	s := seen(m)
	if !strings.Contains(s, "tilstand for 2026-Q3") || !strings.Contains(s, "i gang") {
		t.Fatalf("the state picker must open on the initiative:\n%s", s)
	}
	m = press(m, "down", "enter", "enter")
	if s := seen(m); !strings.Contains(s, "afsluttet (2026-Q3)") {
		t.Errorf("the initiative must show its new state:\n%s", s)
	}
}

func TestReadOnlyOffersNoEdit(t *testing.T) {
	o := options()
	o.ReadOnly = true
	loaded := onDisk(t)
	var m tea.Model = New(loaded, o)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "enter", "j", "enter", "e")
	s := seen(m)
	if strings.Contains(s, "registrér") || strings.Contains(s, "Reference") || !strings.Contains(s, "skrivebeskyttet") {
		t.Errorf("read-only must neither offer nor open the form:\n%s", s)
	}
}

func TestEntriesDroppedByAnEditorCanBeSavedAgain(t *testing.T) {
	loaded := onDisk(t)
	original, _ := os.ReadFile(loaded.StatusPath)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "enter", "j", "enter", "e", "89,9", "enter", "enter", "esc", "esc")
	// An editor that had the file open writes its old copy back over it.
	tmp := loaded.StatusPath + ".tmp"
	os.WriteFile(tmp, original, 0o660)
	os.Rename(tmp, loaded.StatusPath)
	m = look(t, m)
	if s := seen(m); !strings.Contains(s, "1 gemt registrering mangler nu i filen") || !strings.Contains(s, "a gem igen") {
		t.Fatalf("the lost entry must be pointed out, with the key to save it again:\n%s", s)
	}
	if s := seen(press(m, "a")); !strings.Contains(s, "Gemt i") {
		t.Errorf("saving again must say where:\n%s", s)
	}
	now, _ := os.ReadFile(loaded.StatusPath)
	if !strings.HasPrefix(string(now), string(original)) || !strings.Contains(string(now[len(original):]), "value = 89.9") {
		t.Errorf("a must append the lost entry again:\n%s", now[len(original):])
	}
}

func TestReportKeyWritesNextToThePlan(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q2")}})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "r")
	want := filepath.Join(filepath.Dir(loaded.PlanPath), "rapport-2026-Q2.html")
	if s := seen(m); !strings.Contains(s, "Rapporten er skrevet") {
		t.Fatalf("the view must say where the report went:\n%s", s)
	}
	page, err := os.ReadFile(want)
	if err != nil || !strings.Contains(string(page), "Status pr. 2. kvartal 2026") {
		t.Errorf("the report for the as-of period must be at %s: %v", want, err)
	}
}

func TestTornTailIsOfferedForRepairInTheForm(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	// A save that crashed halfway left half a block at the end.
	appendTo(t, loaded.StatusPath, "\n# beskplan: 95 bytes, crc32 3f6cf556\n[[entry]]\nmeasure = \"R5\"\nperiod = \"2026-Q3\"\nvalue = 3")
	m = press(m, "enter", "j", "enter", "e", "89,9", "enter", "enter")
	s := seen(m)
	if !strings.Contains(s, "ufærdig registrering") || !strings.Contains(s, "ctrl+r") {
		t.Fatalf("the torn tail must be explained and repair offered:\n%s", s)
	}
	m = follow(m.Update(tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}))
	if s := seen(m); !strings.Contains(s, "Den ufærdige del af") || !strings.Contains(s, "filen kan bruges igen") {
		t.Fatalf("repair must say where the bytes went:\n%s", s)
	}
	if s := seen(press(m, "enter", "enter")); !strings.Contains(s, "Gemt i") {
		t.Errorf("after the repair the form saves and says where:\n%s", s)
	}
	if now, _ := os.ReadFile(loaded.StatusPath); !strings.Contains(string(now), "value = 89.9") {
		t.Error("after the repair the figure saves")
	}
	if matches, _ := filepath.Glob(loaded.StatusPath + ".torn-*"); len(matches) != 1 {
		t.Errorf("the torn bytes must be kept beside the file: %v", matches)
	}
}

// TestFormRefusesAFigureAnEntryInTheFutureWouldHide: an entry typed with at
// in 2204 would beat the figure being saved, so the form refuses it and
// names the entry's FILE:LINE instead of saying "Gemt".
func TestFormRefusesAFigureAnEntryInTheFutureWouldHide(t *testing.T) {
	dir := filepath.Dir(onDisk(t).PlanPath)
	status := filepath.Join(dir, "status.toml")
	before, _ := os.ReadFile(status)
	line := strings.Count(string(before), "\n") + 6
	appendTo(t, status, "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2026-Q3\"\nvalue = 90\nat = 2204-07-01T09:30:00+02:00\n")
	loaded, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	written, _ := os.ReadFile(status)
	s := unwrapped(seen(press(m, "enter", "j", "enter", "e", "89,9", "enter", "enter")))
	if strings.Contains(s, "Gemt i") || !strings.Contains(s, "status.toml:"+strconv.Itoa(line)+":") {
		t.Fatalf("the save must be refused, naming the entry at line %d:\n%s", line, s)
	}
	if now, _ := os.ReadFile(status); string(now) != string(written) {
		t.Error("a refused save writes nothing")
	}
}

// TestFormRefusesAfterACutBlockInTheMiddle: a save cut short, then another
// save after it. The form says where and how to repair; ctrl+r moves only
// the cut block aside, and saving works again.
func TestFormRefusesAfterACutBlockInTheMiddle(t *testing.T) {
	loaded := onDisk(t)
	var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	before, _ := os.ReadFile(loaded.StatusPath)
	line := strings.Count(string(before), "\n") + 2 // after the blank line the block starts with
	later := model.Entry{Measure: "R5", Period: model.MustPeriod("2026-Q2"), Value: 88, HasValue: true, By: "bo", At: time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)}
	appendTo(t, loaded.StatusPath, "\n# beskplan: 95 bytes, crc32 3f6cf556\n[[entry]]\nmeasure = \"R5\"\nperiod = \"2026-Q3\"\nvalue = 3"+string(data.EncodeEntries([]model.Entry{later})))
	m = press(m, "enter", "j", "enter", "e", "89,9", "enter", "enter")
	if s := unwrapped(seen(m)); !strings.Contains(s, "beskplan repair") || !strings.Contains(s, "ctrl+r") || !strings.Contains(s, "status.toml:"+strconv.Itoa(line)+":") {
		t.Fatalf("the refusal must say where and how to repair:\n%s", s)
	}
	m = follow(m.Update(tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}))
	press(m, "enter", "enter")
	now, _ := os.ReadFile(loaded.StatusPath)
	if !strings.Contains(string(now), "value = 89.9") || !strings.Contains(string(now), "value = 88.0") || strings.Contains(string(now), "value = 3\n") {
		t.Errorf("repair keeps the later save and moves only the cut block; then the figure saves:\n%s", now)
	}
}

// unwrapped joins the lines of a screen, so a long path wrapped at the
// window's edge can be found whole.
func unwrapped(s string) string { return regexp.MustCompile(` *\n`).ReplaceAllString(s, "") }
