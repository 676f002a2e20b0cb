package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/gittest"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/tui"
)

// TestSessionShowsWhatTheTerminalShows: serve opens the plan as the
// terminal does (app.Open), so over SSH a plan kept in git has its target
// history and the figures recorded in another clone, as `beskplan` shows
// them in a terminal (tui.TestMeasureShowsTargetHistoryAndFigureFromElsewhere).
// Before the one road, serve made its view without either.
func TestSessionShowsWhatTheTerminalShows(t *testing.T) {
	repo := gittest.Repo(t)
	if err := data.Init(repo); err != nil {
		t.Fatal(err)
	}
	gittest.Git(t, repo, "", "add", ".")
	gittest.Git(t, repo, "", "commit", "-q", "-m", "Planen")
	// The committee moves R13's deadline: the plan's history says so.
	planFile := filepath.Join(repo, "plan.toml")
	text, _ := os.ReadFile(planFile)
	moved := strings.Replace(string(text), "target = { value = 1750.0, date = 2026-12-31 }", "target = { value = 1750.0, date = 2026-09-30 }", 1)
	if moved == string(text) {
		t.Fatal("the example's R13 target is not where the test expects it")
	}
	os.WriteFile(planFile, []byte(moved), 0o644)
	gittest.Git(t, repo, "", "commit", "-q", "-am", "Nyt mål")
	// Two clones record R12 differently, and one merges the other.
	gittest.Git(t, repo, "", "branch", "laptop")
	record := func(by string, value float64, at time.Time) {
		l, err := data.Load(data.Locate(repo))
		if err != nil {
			t.Fatal(err)
		}
		e := []model.Entry{{Measure: "R12", Period: model.MustPeriod("2026-Q3"), Value: value, HasValue: true}}
		data.Sign(e, by, at)
		if _, err := data.NewWriter().Append(l.StatusPath, l.Known, data.EncodeEntries(e)); err != nil {
			t.Fatal(err)
		}
		gittest.Git(t, repo, "", "commit", "-q", "-am", by)
	}
	now := time.Now().Add(-time.Hour).Truncate(time.Second)
	gittest.Git(t, repo, "", "checkout", "-q", "laptop")
	record("bo", 6, now.Add(time.Minute))
	gittest.Git(t, repo, "", "checkout", "-q", "main")
	record("anne", 5, now)
	gittest.Git(t, repo, "", "merge", "-q", "-m", "Flet", "laptop")

	// The terminal's composition of the plan.
	opened, err := app.Open(app.Request{Plan: repo})
	if err != nil {
		t.Fatal(err)
	}
	if len(opened.Targets["R13"]) == 0 || len(opened.Elsewhere) == 0 {
		t.Fatalf("the terminal must see the target's history and the rival figure: %v %v", opened.Targets, opened.Elsewhere)
	}

	f := start(t, func(c *Config) { c.Plan = data.Locate(repo) })
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	anne.typeKeys("/", "R", "1", "3", "\r")
	anne.waitFor(t, "mål ændret")
	anne.typeKeys("\x1b", "\x1b", "/", "R", "1", "2", "\r")
	anne.waitFor(t, "også registreret andetsteds: 5 % (anne")

	// The same screens drawn through both: the terminal's model from
	// app.Open and a session's from the server, after the same keys.
	terminal := tui.NewShared(opened.Plan, tui.Options{Lang: lang.Da, View: opened.View})
	session := tui.NewShared(f.srv.plan, f.srv.options(AccessUser{Name: "anne", Role: Editor}, false, func(model.Period) string { return "" }))
	for _, c := range []struct {
		keys []string
		want string
	}{
		{nil, "Overblik"},
		{[]string{"/", "R", "1", "3", "\r", "\r"}, "mål ændret"},
		{[]string{"/", "R", "1", "2", "\r", "\r"}, "også registreret andetsteds: 5 % (anne"},
	} {
		a, b := screen(terminal, c.keys), screen(session, c.keys)
		if !strings.Contains(a, c.want) {
			t.Errorf("after %q the terminal does not show %q:\n%s", c.keys, c.want, a)
		}
		if a != b {
			t.Errorf("after %q the terminal and a session differ:\n--- terminal\n%s\n--- session\n%s", c.keys, a, b)
		}
	}
}

// screen is what a model shows at 100x30 after the keys.
func screen(m tui.Model, keys []string) string {
	var model tea.Model = m
	model, _ = model.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, k := range keys {
		msg := tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
		if k == "\r" {
			msg = tea.KeyPressMsg{Code: tea.KeyEnter}
		}
		var cmd tea.Cmd
		model, cmd = model.Update(msg)
		model = settle(model, cmd, 4)
	}
	return ansi.Strip(model.View().Content)
}

// settle runs what a key started (opening a measure, say) as the program
// would, leaving out what does not end at once, such as a cursor's blink.
func settle(m tea.Model, cmd tea.Cmd, depth int) tea.Model {
	if cmd == nil || depth == 0 {
		return m
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(100 * time.Millisecond):
		return m
	}
	if batch, ok := msg.(tea.BatchMsg); ok {
		for _, c := range batch {
			m = settle(m, c, depth-1)
		}
		return m
	}
	if msg == nil {
		return m
	}
	m, cmd = m.Update(msg)
	return settle(m, cmd, depth-1)
}
