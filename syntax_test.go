package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckExplainShowsTheLineWithACaret: check --explain shows each
// problem's line with a caret under the column, as compilers do.
func TestCheckExplainShowsTheLineWithACaret(t *testing.T) {
	dir := t.TempDir()
	plan := "format = 1\n[plan]\nmunicipality = \"Prøve Kommune\"\ntitle = \"Plan\"\nstart = 2024-01-01\nend = 2026-12-31\ncadence = \"quarterly\"\n\n" +
		"[[goal]]\nid = \"M1\"\nkind = \"minister\"\ntitle = \"Mål for \"unge\"\"\n\n" +
		"[[measure]]\nid = \"R1\"\ngoal = \"M1\"\ntitle = \"Tal\"\nunit = \"antal\"\n\ttarget = { value = 1750,0, date = 2026-12-31 }\n"
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan), 0o644)
	_, errOut, code := run(t, "check", "--explain", "--plan", dir)
	want := "" +
		"   12 | title = \"Mål for \"unge\"\"\n" +
		"      |                  ^\n" +
		filepath.Join(dir, "plan.toml") + ":19:21: skriv 1750.0 – i filen bruges punktum som decimaltegn; 1750,0 er kun for indtastning\n" +
		"   19 | \ttarget = { value = 1750,0, date = 2026-12-31 }\n" +
		"      | \t                   ^\n" +
		"2 problemer fundet"
	if code != 1 || !strings.HasSuffix(errOut, want) {
		t.Errorf("code %d, got:\n%s\nwant it to end:\n%s", code, errOut, want)
	}
}

// TestInitBlankWritesAPlanToFillIn: init --blank writes a plan with one
// goal, one strategy and a measure of each kind of target, which checks
// clean, and a status file without figures.
func TestInitBlankWritesAPlanToFillIn(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", "--blank", dir); code != 0 {
		t.Fatalf("init --blank: code %d: %s", code, errOut)
	}
	out, errOut, code := run(t, "check", "--plan", dir)
	if code != 0 || !strings.Contains(out, "2 mål, 2 strategier, 6 resultatmål, 0 registreringer") {
		t.Errorf("the blank plan must check clean: code %d\n%s%s", code, out, errOut)
	}
	plan, _ := os.ReadFile(filepath.Join(dir, "plan.toml"))
	for _, kind := range []string{"value = 1750.0", "reference =", "always = true", "change = ", "change_percent = ", "direction = "} {
		if !strings.Contains(string(plan), kind) {
			t.Errorf("the blank plan has no measure with %q", kind)
		}
	}
	if _, _, code := run(t, "init", "--blank", dir); code != 2 {
		t.Errorf("init --blank over a plan: code %d, want 2 (never overwrites)", code)
	}
}

// TestReadmeShowsTheSyntaxMessages: the user guide's example of a plan with
// TOML mistakes is what check --explain prints for it.
func TestReadmeShowsTheSyntaxMessages(t *testing.T) {
	readme, err := os.ReadFile("docs/vejledning.md")
	if err != nil {
		t.Fatal(err)
	}
	const cmd = "$ beskplan check --explain --plan data/testdata/typos\n"
	_, block, found := strings.Cut(string(readme), cmd)
	block, _, _ = strings.Cut(block, "```")
	_, errOut, code := run(t, "check", "--explain", "--plan", "data/testdata/typos")
	if !found || code != 1 || errOut != strings.TrimSuffix(block, "\n") {
		t.Errorf("the guide (found %v) shows:\n%s\ncheck prints (code %d):\n%s", found, block, code, errOut)
	}
}

// TestMisspeltTableKeepsItsEntries: with [[mesure]] for [[measure]], the
// entries of that measure were each warned about as if the plan had no
// such measure any more ("planen har ikke længere noget med det id"),
// before the one problem that matters.
func TestMisspeltTableKeepsItsEntries(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", "--example", dir); code != 0 {
		t.Fatalf("init: code %d: %s", code, errOut)
	}
	path := filepath.Join(dir, "plan.toml")
	plan, _ := os.ReadFile(path)
	fixed := strings.Replace(string(plan), "[[measure]]\nid = \"R2\"", "[[mesure]]\nid = \"R2\"", 1)
	if fixed == string(plan) {
		t.Fatal("the example has no [[measure]] R2 to misspell")
	}
	os.WriteFile(path, []byte(fixed), 0o644)
	_, errOut, code := run(t, "check", "--plan", dir)
	if code != 1 || !strings.Contains(errOut, "ukendt tabel [[mesure]] – mente du [[measure]]?") || strings.Contains(errOut, `measure = "R2"`) {
		t.Errorf("want the misspelt table alone, not R2's entries: code %d\n%s", code, errOut)
	}
}
