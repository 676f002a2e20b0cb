package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestInitWritesNoInventedTables (issue 24, seen 2): a plan made by init
// has no comparison tables of the example's, so a real measure is never
// ranked against invented figures; the example comes only with --example,
// and then its figures are marked invented.
func TestInitWritesNoInventedTables(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	if _, errOut, code := run(t, "init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(dir, "sammenligning")); err == nil {
		t.Error("init wrote the example's invented comparison tables into a new plan")
	}
	example := filepath.Join(t.TempDir(), "eksempel")
	if _, errOut, code := run(t, "init", "--example", example); code != 0 {
		t.Fatalf("init --example: %d %s", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(example, "sammenligning")); err != nil {
		t.Errorf("init --example wrote no tables: %v", err)
	}
	out, errOut, code := run(t, "status", "--plan", example)
	if code != 0 || !strings.Contains(out, "opdigtede tal fra eksemplet") {
		t.Errorf("status of the example must mark its tables' figures invented: %d %s\n%s", code, errOut, out)
	}
}

// TestSetRecordsAnAssessment: set records a verdict people gave, for a
// measure or a goal, and refuses one without its note.
func TestSetRecordsAnAssessment(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	if _, errOut, code := run(t, "init", "--example", dir); code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	if _, errOut, code := run(t, "set", "R1", "2026-Q3", "--assessed", "met", "--plan", dir); code != 2 || !strings.Contains(errOut, "skal have en note") {
		t.Errorf("an assessment without a note: %d %q", code, errOut)
	}
	if out, errOut, code := run(t, "set", "R1", "2026-Q3", "--assessed", "met", "--note", "Målet er opfyldt (opfølgning 16. november 2026)", "--plan", dir); code != 0 || !strings.Contains(out, "vurderet: opfyldt") {
		t.Fatalf("set --assessed: %d %s %s", code, out, errOut)
	}
	if _, errOut, code := run(t, "set", "M1", "2026-Q3", "--assessed", "partly", "--note", "Delvist opfyldt", "--plan", dir); code != 0 {
		t.Fatalf("a goal's assessment: %d %s", code, errOut)
	}
	out, errOut, code := run(t, "status", "--plan", dir)
	if code != 0 || !strings.Contains(out, "beregnet: i risiko · vurderet: opfyldt") || !strings.Contains(out, "Målet er opfyldt (opfølgning 16. november 2026)") ||
		!strings.Contains(out, "vurderet: delvist – Delvist opfyldt") {
		t.Errorf("status after the assessments: %d %s\n%s", code, errOut, out)
	}
	if out, _, code := run(t, "check", "--plan", dir); code != 0 || !strings.Contains(out, "ingen fejl") {
		t.Errorf("check after the assessments: %d %s", code, out)
	}
}
