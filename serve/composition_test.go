package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/gittest"
	"github.com/beskplan/beskplan/model"
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
}
