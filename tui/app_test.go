package tui

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// example loads the built-in example plan.
func example(t testing.TB) *data.Loaded {
	t.Helper()
	l, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// today is the tests' clock: before the example's meeting of 12 November
// 2026 on 2026-Q3, so the overview says what that meeting lacks.
var today = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

func options() Options {
	return Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, Now: func() time.Time { return today }}
}

// sized is the example's view at a window size.
func sized(t testing.TB, o Options, w, h int) tea.Model {
	var m tea.Model = New(example(t), o)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// press sends keys one by one: "enter", "esc", "tab", or text typed a character at a time.
func press(m tea.Model, keys ...string) tea.Model {
	for _, k := range keys {
		for _, msg := range keyMsgs(k) {
			var cmd tea.Cmd
			m, cmd = m.Update(msg)
			m = follow(m, cmd)
		}
	}
	return m
}

// follow runs the program's own commands (open, save) as the runtime would,
// and feeds their messages back; timers and terminal queries are left out.
func follow(m tea.Model, cmd tea.Cmd) tea.Model {
	for cmd != nil {
		done := make(chan tea.Msg, 1)
		go func(cmd tea.Cmd) { done <- cmd() }(cmd)
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(200 * time.Millisecond): // a timer, such as the cursor's blink
			return m
		}
		switch msg := msg.(type) {
		case openMsg, entrySavedMsg, saveFailedMsg, reportMsg, repairedMsg:
			m, cmd = m.Update(msg)
		default:
			return m
		}
	}
	return m
}

func keyMsgs(k string) []tea.Msg {
	special := map[string]rune{"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "down": tea.KeyDown, "up": tea.KeyUp, "backspace": tea.KeyBackspace}
	if code, ok := special[k]; ok {
		return []tea.Msg{tea.KeyPressMsg{Code: code}}
	}
	if k == "space" {
		return []tea.Msg{tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}}
	}
	var msgs []tea.Msg
	for _, r := range k {
		msgs = append(msgs, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return msgs
}

// seen is the plain text the user sees.
func seen(m tea.Model) string { return ansi.Strip(m.View().Content) }

// fits checks no line is wider than the window, nor more lines than it has.
func fits(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		t.Errorf("%d lines in a window of %d", len(lines), h)
	}
	for i, line := range lines {
		if got := ansi.StringWidth(line); got > w {
			t.Errorf("line %d is %d wide in a window of %d: %q", i+1, got, w, line)
		}
	}
}

func TestScreens(t *testing.T) {
	flows := map[string][]string{
		"overview": nil,
		"goal":     {"enter"},
		"strategy": {"enter", "enter"},
		"measure":  {"j", "j", "j", "enter", "j", "j", "enter"},
		"missing":  {"m"},
		"search":   {"/", "unge"},
		"help":     {"?"},
		"earlier":  {"[", "[", "[", "j", "j", "j", "j", "j", "enter", "j", "j", "enter"},
	}
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 48}} {
		for name, keys := range flows {
			t.Run(name+"_"+itoa(size.w)+"x"+itoa(size.h), func(t *testing.T) {
				s := seen(press(sized(t, options(), size.w, size.h), keys...))
				fits(t, s, size.w, size.h)
				golden.RequireEqual(t, s)
			})
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestOverviewShowsGoalsWithTracksInWords(t *testing.T) {
	s := seen(sized(t, options(), 80, 24))
	for _, want := range []string{"M1  Alle ledige skal have en værdig sagsbehandling", "81 %", "2 i risiko · 1 afventer måling", "L1  Færre unge", "Lokalt mål", "pr. 2026-Q3", "eksempel – ændringer gemmes ikke"} {
		if !strings.Contains(s, want) {
			t.Errorf("overview lacks %q:\n%s", want, s)
		}
	}
	if strings.Index(s, "M5") > strings.Index(s, "L1") {
		t.Error("ministermål must come before local goals")
	}
}

func TestDrillInToAMeasureAndBack(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "j", "j", "j", "j", "j", "enter", "j", "j", "enter")
	s := seen(m)
	for _, want := range []string{"R13", "Unge under 30 år på offentlig forsørgelse", "1.958 (3. kvartal 2026), revideret", "højst 1.750 senest 31. december 2026", "bagud", "Historik", "2026-Q3 (erstattet)", "1.964", "Revideret af Jobindsats"} {
		if !strings.Contains(s, want) {
			t.Errorf("measure screen lacks %q:\n%s", want, s)
		}
	}
	s = seen(press(m, "esc", "esc"))
	if !strings.Contains(s, "M1  Alle ledige") || strings.Contains(s, "Historik") {
		t.Errorf("esc twice must return to the overview:\n%s", s)
	}
}

func TestMissingListOpensTheMeasure(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "m")
	s := seen(m)
	// R5 is yearly: its 2025 figure is the one due, so only R9 and R11 are missing.
	if !strings.Contains(s, "Mangler tal for 2026-Q3: 2 resultatmål") || !strings.Contains(s, "R9   Borgere på ledighedsydelse") {
		t.Fatalf("missing list:\n%s", s)
	}
	s = seen(press(m, "j", "enter"))
	if !strings.Contains(s, "Jobåbninger fundet gennem virksomhedskontakten") || !strings.Contains(s, "118 (tal fra 2. kvartal 2026)") {
		t.Errorf("enter on R11 must open it:\n%s", s)
	}
}

func TestAsOfChangeShowsThePlanAsItStoodThen(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "[")
	s := seen(m)
	if !strings.Contains(s, "pr. 2026-Q2") {
		t.Fatalf("header must show the new as-of period:\n%s", s)
	}
	s = seen(press(m, "m"))
	if !strings.Contains(s, "Alle resultatmål har tal for 2026-Q2.") {
		t.Errorf("every measure had a figure for 2026-Q2:\n%s", s)
	}
	s = seen(press(sized(t, options(), 80, 24), "[", "j", "j", "j", "j", "j", "enter", "j", "j", "enter"))
	if !strings.Contains(s, "1.971 (2. kvartal 2026)") || strings.Contains(s, "1.958") {
		t.Errorf("as of 2026-Q2 the later figures must not show:\n%s", s)
	}
	if s := seen(press(sized(t, options(), 80, 24), "]")); !strings.Contains(s, "pr. 2026-Q4") {
		t.Errorf("] moves forward:\n%s", s)
	}
}

func TestSearchMatchesDanishLettersInAnyCase(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "/", "FORSØRG")
	s := seen(m)
	for _, want := range []string{"M3   Flere flygtninge og familiesammenførte skal være selvforsørgende", "L1   Færre unge på offentlig forsørgelse", "R7   Flygtninge og familiesammenførte på offentlig forsørgelse", "R13  Unge under 30 år"} {
		if !strings.Contains(s, want) {
			t.Errorf("search lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "R1 ") {
		t.Errorf("search shows what does not match:\n%s", s)
	}
	s = seen(press(m, "down", "down", "enter"))
	if !strings.Contains(s, "Overblik › M3 › R7") {
		t.Errorf("enter opens the found measure:\n%s", s)
	}
	if s := seen(press(sized(t, options(), 80, 24), "/", "xyzzy")); !strings.Contains(s, `Ingen træf for "xyzzy"`) {
		t.Errorf("no matches must say so:\n%s", s)
	}
	if s := seen(press(sized(t, options(), 80, 24), "/", "quit")); !strings.Contains(s, "Søg: quit") {
		t.Errorf("q is a letter while typing:\n%s", s)
	}
}

func TestHelpShowsEveryKeyAndFooterOnlyWorkingOnes(t *testing.T) {
	s := seen(sized(t, options(), 80, 24))
	if strings.Contains(s, "esc tilbage") {
		t.Errorf("esc does nothing on the overview and must not be offered:\n%s", s)
	}
	s = seen(press(sized(t, options(), 80, 24), "?"))
	for _, want := range []string{"side op", "først", "sidst", "mangler", "forrige", "afslut"} {
		if !strings.Contains(s, want) {
			t.Errorf("full help lacks %q:\n%s", want, s)
		}
	}
}

func TestEnglishAndASCII(t *testing.T) {
	o := options()
	o.Lang, o.ASCII = lang.En, true
	s := seen(sized(t, o, 80, 24))
	for _, want := range []string{"as of 2026-Q3", "2 at risk | 1 awaiting measurement", "####", "81%"} {
		if !strings.Contains(s, want) {
			t.Errorf("English ASCII overview lacks %q:\n%s", want, s)
		}
	}
	for _, r := range []string{"█", "░", "▌", "·", "…"} {
		if strings.Contains(s, r) {
			t.Errorf("ASCII mode draws %q:\n%s", r, s)
		}
	}
}

func TestTinyWindowSaysSo(t *testing.T) {
	s := seen(sized(t, options(), 30, 8))
	if !strings.Contains(s, "for lille") {
		t.Errorf("a tiny window must say it is too small: %q", s)
	}
}

func TestProgramRunsAndQuits(t *testing.T) {
	tm := teatest.NewTestModel(t, New(example(t), options()), teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Overblik"))
	}, teatest.WithDuration(3*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second))
	if s := seen(final); !strings.Contains(s, "Overblik › M1") {
		t.Errorf("the last frame must be goal M1:\n%s", s)
	}
}

func TestTopAndBottomScrollTheMeasure(t *testing.T) {
	m := press(sized(t, options(), 80, 14), "j", "j", "j", "j", "j", "enter", "j", "j", "enter")
	if s := seen(m); strings.Contains(s, "2025-Q4") {
		t.Fatalf("the oldest figure should be below the fold at 80x14:\n%s", s)
	}
	if s := seen(press(m, "G")); !strings.Contains(s, "2025-Q4") {
		t.Errorf("G must show the end of the history:\n%s", s)
	}
	if s := seen(press(m, "G", "g")); !strings.Contains(s, "R13 · Resultatmål") {
		t.Errorf("g must go back to the top:\n%s", s)
	}
}

// TestStrategyRowCountsOneMeasure: S6 of goal L1 has one measure; its row
// said "1 measures" in English.
func TestStrategyRowCountsOneMeasure(t *testing.T) {
	o := options()
	o.Lang = lang.En
	s := seen(press(sized(t, o, 80, 24), "down", "down", "down", "down", "down", "enter"))
	if !strings.Contains(s, "1 measure") || strings.Contains(s, "1 measures") {
		t.Errorf("goal L1's strategy S6 has one measure:\n%s", s)
	}
}

// TestMissingListShowsTheLatestFigure: the figure a measure does have is
// what the secretary needs on the to-do list; it came after the goal's
// title and was cut off at 80 and at 200 columns ("Seneste: 7…").
func TestMissingListShowsTheLatestFigure(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		s := seen(press(sized(t, options(), size[0], size[1]), "m"))
		for _, want := range []string{"Seneste: 78 (tal fra 2. kvartal 2026)", "Seneste: 118 (tal fra 2. kvartal 2026)"} {
			if !strings.Contains(s, want) {
				t.Errorf("%dx%d: the missing list lacks %q:\n%s", size[0], size[1], want, s)
			}
		}
	}
}

// TestFooterKeepsHelpAndQuitAt80Columns: on every screen below the
// overview the footer was cut at 80 columns before "? hjælp" or "q afslut"
// ("… / søg · ? hjælp · [ forrig…"), so a new user saw no way out.
func TestFooterKeepsHelpAndQuitAt80Columns(t *testing.T) {
	ascii := options()
	ascii.ASCII = true // its ellipsis, "...", is wider
	for i, keys := range [][]string{{}, {"enter"}, {"enter", "enter"}, {"enter", "down", "enter"}, {"m"}, {"c"}, {"/"}, {"enter", "enter"}, {"enter", "down", "enter"}, {"m"}} {
		o := options()
		if i > 6 {
			o = ascii
		}
		s := seen(press(sized(t, o, 80, 24), keys...))
		lines := strings.Split(s, "\n")
		footer := lines[len(lines)-1]
		want := []string{"? hjælp", "q afslut"}
		if len(keys) == 1 && keys[0] == "/" { // typing: q is a letter, and ? too
			want = []string{"esc tilbage"}
		}
		for _, w := range want {
			if !strings.Contains(footer, w) {
				t.Errorf("after %v the footer lacks %q: %q", keys, w, footer)
			}
		}
	}
}

// TestCrumbsAreScreenNames: the path named the screens "Overblik ›
// mangler › Søg" and "› ændringer", half in lower case.
func TestCrumbsAreScreenNames(t *testing.T) {
	for keys, want := range map[string]string{"m": "Overblik › Mangler", "c": "Overblik › Ændringer"} {
		if s := seen(press(sized(t, options(), 80, 24), keys)); !strings.Contains(s, want) {
			t.Errorf("%s: want %q:\n%s", keys, want, s)
		}
	}
}
