package history

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/internal/gittest"
	"github.com/beskplan/beskplan/internal/testplan"
)

// planWith is a small plan whose measure R1 has the target given.
func planWith(target string) string {
	return testplan.Header("2021-01-01", "2026-12-31", "Flere i beskæftigelse") + `[[measure]]
id = "R1"
goal = "M1"
title = "Beskæftigelsesfrekvens"
unit = "%"
better = "higher"
target = ` + target + "\n"
}

const (
	before = "{ value = 75.3, date = 2022-12-31 }"
	after  = "{ value = 75.3, date = 2025-12-31 }"
)

// moved is a repository whose plan's target moved from 2022 to 2025 in a
// commit on 15 January 2023, after the plan was committed in 2021.
func moved(t *testing.T) string {
	dir := gittest.Repo(t)
	path := filepath.Join(dir, "plan.toml")
	os.WriteFile(path, []byte(planWith(before)), 0o644)
	gittest.Git(t, dir, "", "add", "plan.toml")
	gittest.Git(t, dir, "2021-03-01T10:00:00+01:00", "commit", "-q", "-m", "Planen vedtaget")
	os.WriteFile(path, []byte(planWith(after)), 0o644)
	gittest.Git(t, dir, "2023-01-15T14:00:00+01:00", "commit", "-q", "-am", "Udvalget flytter målet til 2025")
	return path
}

func day(s string) time.Time {
	t, _ := time.ParseInLocation(time.DateOnly, s, time.Local)
	return t
}

func TestPlanAtReadsThePlanInForceThatDay(t *testing.T) {
	path := moved(t)
	text, commit, ok := PlanAt(path, day("2022-11-30"))
	if !ok || !strings.Contains(string(text), before) || commit.When.Year() != 2021 {
		t.Fatalf("a meeting in 2022 is scored against the 2022 target: ok=%v, commit %v, text:\n%s", ok, commit, text)
	}
	// After the move, and before the plan was ever committed, the plan
	// file as it is now is the one to read.
	for _, d := range []string{"2023-01-15", "2024-06-01", "2020-01-01"} {
		if text, _, ok := PlanAt(path, day(d)); ok {
			t.Errorf("%s: want the file as it is, got a committed plan:\n%s", d, text)
		}
	}
}

func TestTargetsTellWhenATargetMoved(t *testing.T) {
	path := moved(t)
	changes, ok := Targets(path)
	if !ok || len(changes["R1"]) != 1 {
		t.Fatalf("want one change of R1, got %v (ok=%v)", changes, ok)
	}
	c := changes["R1"][0]
	if c.Before.Target.Date.Year != 2022 || c.After.Target.Date.Year != 2025 || c.When.Format(time.DateOnly) != "2023-01-15" {
		t.Errorf("the move from 2022 to 2025 on 2023-01-15, got %v → %v on %v", c.Before.Target.Date, c.After.Target.Date, c.When)
	}
}

func TestOutsideARepositoryThereIsNoHistory(t *testing.T) {
	gittest.Need(t)
	t.Setenv("GIT_CEILING_DIRECTORIES", os.TempDir())
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.toml")
	os.WriteFile(path, []byte(planWith(before)), 0o644)
	if _, _, ok := PlanAt(path, day("2022-01-01")); ok {
		t.Error("no repository: PlanAt must say so")
	}
	if _, ok := Targets(path); ok {
		t.Error("no repository: Targets must say so")
	}
}

func TestWithoutGitThereIsNoHistory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.toml")
	os.WriteFile(path, []byte(planWith(before)), 0o644)
	t.Setenv("PATH", t.TempDir()) // no git to be found
	if _, _, ok := PlanAt(path, day("2022-01-01")); ok {
		t.Error("no git: PlanAt must say so")
	}
	if _, ok := Targets(path); ok {
		t.Error("no git: Targets must say so")
	}
}

func TestAPlanCommittedOnceHasNoChanges(t *testing.T) {
	dir := gittest.Repo(t)
	path := filepath.Join(dir, "plan.toml")
	os.WriteFile(path, []byte(planWith(before)), 0o644)
	gittest.Git(t, dir, "", "add", "plan.toml")
	gittest.Git(t, dir, "2021-03-01T10:00:00+01:00", "commit", "-q", "-m", "Planen vedtaget")
	if changes, _ := Targets(path); len(changes) != 0 {
		t.Errorf("one commit, nothing changed: got %v", changes)
	}
}
