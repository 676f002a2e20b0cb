package main

import (
	"bytes"
	"errors"
	"github.com/beskplan/beskplan/internal/testplan"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs the program's commands in-process and returns stdout, stderr and the exit code.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := newRoot(&out, &errOut)
	err := execute(root, args)
	code := 0
	var ee exitError
	switch {
	case errors.As(err, &ee):
		code = ee.code
		errOut.WriteString(ee.msg)
	case err != nil:
		code = 2
		errOut.WriteString(err.Error())
	}
	return out.String(), errOut.String(), code
}

func TestCheckExamplePrintsSummary(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	out, errOut, code := run(t, "check")
	if code != 0 || !strings.Contains(out, "7 mål, 8 strategier, 17 resultatmål") {
		t.Errorf("code %d, out %q", code, out)
	}
	if !strings.Contains(errOut, "indbyggede eksempel") {
		t.Errorf("check must say it is the built-in example: %q", errOut)
	}
}

func TestCheckMistakesExitsOneWithEveryProblem(t *testing.T) {
	_, errOut, code := run(t, "check", "--plan", "data/testdata/mistakes")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	if n := strings.Count(errOut, "data/testdata/mistakes/"); n != 5 || !strings.Contains(errOut, "5 problemer fundet") {
		t.Errorf("want five positioned problems, got:\n%s", errOut)
	}
}

func TestCheckWarnsWithoutFailing(t *testing.T) {
	dir := t.TempDir()
	plan := testplan.Header("2024-01-01", "2026-12-31", "Mål") + `[[measure]]
id = "R1"
goal = "M1"
title = "Helårspersoner"
unit = "fuldtidspersoner"
better = "lower"
target = { value = 1.275, date = 2027-12-31 }
`
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan), 0o644)
	out, errOut, code := run(t, "check", "--plan", dir)
	if code != 0 || !strings.Contains(out, "ingen fejl") {
		t.Errorf("warnings are not errors: code %d, out %q", code, out)
	}
	for _, want := range []string{"plan.toml:18:20: advarsel: 1.275 har tre decimaler", "mente du 1275?", "plan.toml:18:34: advarsel: datoen 2027-12-31 ligger efter planens slutning"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("check's warnings lack %q:\n%s", want, errOut)
		}
	}
}

func TestInitWritesFilesThatCheckAndNeverOverwrites(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	out, _, code := run(t, "init", dir)
	if code != 0 || !strings.Contains(out, "plan.toml") {
		t.Fatalf("init: code %d, %q", code, out)
	}
	info, err := os.Stat(filepath.Join(dir, "status.toml"))
	if err != nil || info.Mode().Perm() != 0o660 {
		t.Errorf("status.toml must be 0660 so the group can record figures: %v %v", info.Mode(), err)
	}
	if out, _, code := run(t, "check", "--plan", dir); code != 0 || !strings.Contains(out, "ingen fejl") {
		t.Errorf("the written plan must check clean: %d %q", code, out)
	}
	os.WriteFile(filepath.Join(dir, "status.toml"), []byte("# mine tal\n"), 0o660)
	os.Remove(filepath.Join(dir, "plan.toml"))
	_, errOut, code := run(t, "init", dir)
	if code != 2 || !strings.Contains(errOut, "findes allerede") {
		t.Errorf("init over an existing file: code %d, %q", code, errOut)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "status.toml")); string(b) != "# mine tal\n" {
		t.Error("init overwrote status.toml")
	}
	if _, err := os.Stat(filepath.Join(dir, "plan.toml")); err == nil {
		t.Error("init wrote plan.toml although status.toml was there")
	}
}

func TestStatusShowsGoalsAndTracksInEachLanguage(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	out, _, code := run(t, "status", "--as-of", "2026-Q3")
	for _, want := range []string{"Status pr. 3. kvartal 2026", "Ministermål", "1.958 (3. kvartal 2026)", "bagud (31 %)", "Mangler tal for 3. kvartal 2026", "47,1 %"} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q (code %d):\n%s", want, code, out)
		}
	}
	out, _, _ = run(t, "status", "--as-of", "2026-Q3", "--lang", "en", "--ascii")
	for _, want := range []string{"Status as of Q3 2026", "1,958 (Q3 2026)", "off track (31%)", "####"} {
		if !strings.Contains(out, want) {
			t.Errorf("English status lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "█") {
		t.Error("--ascii must not draw block characters")
	}
	if strings.Contains(out, "·") { // the initiatives' money and states said it with the middle dot
		t.Errorf("--ascii separates with |, not ·:\n%s", out)
	}
}

func TestAsOfShowsThePlanAsItStoodThen(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	out, _, _ := run(t, "status", "--as-of", "2026-Q1")
	if !strings.Contains(out, "1.990 (1. kvartal 2026)") || strings.Contains(out, "1.958") {
		t.Errorf("as of 2026-Q1 the later figures must not show:\n%s", out)
	}
}

func TestBadInputExitsTwo(t *testing.T) {
	for _, args := range [][]string{
		{"status", "--as-of", "2024-Q5"},
		{"status", "--as-recorded", "igår"},
		{"check", "--lang", "fr"},
		{"check", "extra"},
		{"serve", "--idle", "-5m"},
	} {
		if _, errOut, code := run(t, args...); code != 2 || errOut == "" {
			t.Errorf("%v: code %d, %q; want 2 and a message", args, code, errOut)
		}
	}
}

func TestEveryCommandHasHelpAndVersion(t *testing.T) {
	for _, cmd := range []string{"check", "status", "init"} {
		if out, _, code := run(t, cmd, "--version"); code != 0 || !strings.Contains(out, version) {
			t.Errorf("%s --version: %d %q", cmd, code, out)
		}
		if out, _, code := run(t, cmd, "--help"); code != 0 || !strings.Contains(out, "--plan") {
			t.Errorf("%s --help: %d %q", cmd, code, out)
		}
	}
}

// Removing a measure from the plan leaves its entries in the status file:
// check warns with their lines, and status and set go on working.
func TestRemovedMeasureWarnsAndBlocksNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	if _, errOut, code := run(t, "init", "--example", dir); code != 0 {
		t.Fatal(errOut)
	}
	planPath := filepath.Join(dir, "plan.toml")
	plan, _ := os.ReadFile(planPath)
	i := bytes.LastIndex(plan, []byte("[[measure]]\nid = \"R14\""))
	next := i + 1 + bytes.Index(plan[i+1:], []byte("[[measure]]")) // R14 is not the last measure
	if err := os.WriteFile(planPath, append(plan[:i:i], plan[next:]...), 0o660); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "check", "--plan", dir)
	if code != 0 || !strings.Contains(out, "16 resultatmål") {
		t.Errorf("check: code %d, %q %q", code, out, errOut)
	}
	if n := strings.Count(errOut, `advarsel: measure = "R14": planen har ikke længere noget med det id`); n != 4 {
		t.Errorf("check warned %d times for R14's 4 entries:\n%s", n, errOut)
	}
	if _, errOut, code := run(t, "status", "--plan", dir); code != 0 {
		t.Errorf("status: code %d, %s", code, errOut)
	}
	if _, errOut, code := run(t, "set", "--plan", dir, "R13", "2026-Q1", "1800"); code != 0 {
		t.Errorf("set: code %d, %s", code, errOut)
	}
}

func TestReportOpensWithChangesSinceTheLastMeeting(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	out, _, code := run(t, "report", "--as-of", "2026-Q3")
	if code != 0 || !strings.Contains(out, "## Ændringer siden sidste møde (status pr. 2. kvartal 2026)") {
		t.Errorf("by default the papers open with the changes since the period before (code %d):\n%s", code, out)
	}
	out, _, _ = run(t, "report", "--as-of", "2026-Q3", "--since", "2026-Q1")
	if !strings.Contains(out, "(status pr. 1. kvartal 2026)") {
		t.Errorf("--since 2026-Q1 compares with that meeting:\n%s", out)
	}
	if _, errOut, code := run(t, "report", "--since", "2026-Q5"); code != 2 || !strings.Contains(errOut, "--since \"2026-Q5\"") {
		t.Errorf("a bad --since is refused with exit 2: %d %s", code, errOut)
	}
	// A meeting after the as-of period listed every measure as changed from
	// "ikke nået", the verdict of a plan ended; it is refused.
	if out, errOut, code := run(t, "report", "--as-of", "2026-Q3", "--since", "2027-Q1"); code != 2 || !strings.Contains(errOut, "--since \"2027-Q1\"") || !strings.Contains(errOut, "3. kvartal 2026") {
		t.Errorf("a --since after the as-of period is refused with exit 2: %d %s%s", code, errOut, out[:min(len(out), 400)])
	}
}

// TestCheckSummaryCountsInTheSingular: the blank plan has one goal and one
// strategy; the summary said "1 strategier" ("1 strategies" in English).
func TestCheckSummaryCountsInTheSingular(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", "--blank", dir); code != 0 {
		t.Fatalf("init --blank: code %d: %s", code, errOut)
	}
	for _, tt := range []struct{ lang, want string }{
		{"da", "2 mål, 2 strategier, 6 resultatmål, 0 registreringer"},
		{"en", "2 goals, 2 strategies, 6 measures, 0 entries"},
	} {
		out, errOut, code := run(t, "check", "--lang", tt.lang, "--plan", dir)
		if code != 0 || !strings.Contains(out, tt.want) {
			t.Errorf("--lang %s: code %d, want %q in:\n%s%s", tt.lang, code, tt.want, out, errOut)
		}
	}
}

// TestInitiativesInThePapersInWords: the papers say periods and dates in
// words, but the initiatives' table said "2026-Q1" and "2026-12-31".
func TestInitiativesInThePapersInWords(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	out, _, _ := run(t, "report", "--as-of", "2026-Q3")
	if want := "| S1 | i gang | 1. kvartal 2026 | 31. december 2026 |"; !strings.Contains(out, want) {
		t.Errorf("want %q in the initiatives:\n%s", want, out[strings.LastIndex(out, "## "):])
	}
}

// TestInitThenCheckIsQuiet: following the README, "beskplan init plan"
// then "beskplan check" warned at once that the new folder was not setgid.
func TestInitThenCheckIsQuiet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	if _, errOut, code := run(t, "init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	if _, errOut, code := run(t, "check", "--plan", dir); code != 0 || strings.Contains(errOut, "setgid") {
		t.Errorf("a plan just made must check without warnings: %d %q", code, errOut)
	}
}

// TestInitBesideAnotherGitattributesSaysWhatToAdd: the folder already has
// a .gitattributes (another program's rules). init leaves it as it is and
// says which line to add, so git's merges keep both places' figures (it
// said nothing, and the status file was merged with conflict markers).
func TestInitBesideAnotherGitattributesSaysWhatToAdd(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	os.MkdirAll(dir, 0o775)
	attributes := filepath.Join(dir, ".gitattributes")
	os.WriteFile(attributes, []byte("*.png binary\n"), 0o664)
	_, errOut, code := run(t, "init", dir)
	if code != 0 || !strings.Contains(errOut, attributes) || !strings.Contains(errOut, "status.toml merge=union") {
		t.Errorf("init must say to add the line: %d %q", code, errOut)
	}
	if b, _ := os.ReadFile(attributes); string(b) != "*.png binary\n" {
		t.Errorf("init changed the .gitattributes: %q", b)
	}
	os.Remove(filepath.Join(dir, "plan.toml"))
	os.Remove(filepath.Join(dir, "status.toml"))
	os.WriteFile(attributes, []byte("*.png binary\nstatus.toml  merge=union\n"), 0o664)
	if _, errOut, code := run(t, "init", dir); code != 0 || strings.Contains(errOut, "merge=union") {
		t.Errorf("with the line there, nothing to say: %d %q", code, errOut)
	}
}
