package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestCutSaveIsFoundBySetCheckAndRepair is the walk-through: a save
// cut so its figure reads 1 instead of 1750,0. check reports it with its
// line, set refuses with how to repair, repair moves only the cut block.
func TestCutSaveIsFoundBySetCheckAndRepair(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	if _, errOut, code := run(t, "set", "R13", "2026-Q3", "1.750", "--plan", dir); code != 0 {
		t.Fatal(errOut)
	}
	content, _ := os.ReadFile(status)
	mark := bytes.LastIndex(content, []byte("# beskplan:"))
	line := bytes.Count(content[:mark], []byte("\n")) + 1
	cut := content[:bytes.LastIndex(content, []byte("value = 1750.0"))+len("value = 1")]
	os.WriteFile(status, cut, 0o660)
	where := status + ":" + strconv.Itoa(line)

	if _, errOut, code := run(t, "check", "--plan", dir); code != 1 || !strings.Contains(errOut, where+":1:") || !strings.Contains(errOut, "beskplan repair") {
		t.Errorf("check must report the cut block at %s: %d\n%s", where, code, errOut)
	}
	if _, errOut, code := run(t, "set", "R13", "2026-Q4", "1.700", "--plan", dir); code == 0 || !strings.Contains(errOut, "beskplan repair") {
		t.Errorf("set must refuse and say how to repair: %d\n%s", code, errOut)
	}
	if now, _ := os.ReadFile(status); !bytes.Equal(now, cut) {
		t.Fatal("nothing may be written after the cut block")
	}
	if out, errOut, code := run(t, "repair", "--plan", dir); code != 0 || !strings.Contains(out, ".torn-") {
		t.Fatalf("repair: %d %q %q", code, out, errOut)
	}
	if _, errOut, code := run(t, "check", "--plan", dir); code != 0 {
		t.Errorf("after repair the file is clean: %s", errOut)
	}
	if out, _, _ := run(t, "repair", "--plan", dir); !strings.Contains(out, "intet at reparere") {
		t.Errorf("a second repair has nothing to do: %q", out)
	}
}

// TestEntryInTheFutureIsCheckedAndRefusesTheSaveItHides: an entry typed
// with at in 2204 would win over every later save of its figure. check
// reports it; set refuses such a save, naming the entry; other saves work.
func TestEntryInTheFutureIsCheckedAndRefusesTheSaveItHides(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	content, _ := os.ReadFile(status)
	line := bytes.Count(content, []byte("\n")) + 6
	f, _ := os.OpenFile(status, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("\n[[entry]]\nmeasure = \"R13\"\nperiod = \"2026-Q3\"\nvalue = 1800\nat = 2204-07-01T09:30:00+02:00\n")
	f.Close()
	where := status + ":" + strconv.Itoa(line)
	if _, errOut, code := run(t, "check", "--plan", dir); code != 1 || !strings.Contains(errOut, where+":6:") || !strings.Contains(errOut, "2204-07-01T09:30:00+02:00") {
		t.Errorf("check must report the entry at %s: %d\n%s", where, code, errOut)
	}
	before, _ := os.ReadFile(status)
	out, errOut, code := run(t, "set", "R13", "2026-Q3", "1.700", "--plan", dir)
	if code != 1 || strings.Contains(out, "Gemt") || !strings.Contains(errOut, where) {
		t.Errorf("set must refuse a figure that would not be shown, naming %s: %d %q %q", where, code, out, errOut)
	}
	if now, _ := os.ReadFile(status); !bytes.Equal(now, before) {
		t.Error("a refused save writes nothing")
	}
	if _, errOut, code := run(t, "set", "R13", "2026-Q2", "1.700", "--plan", dir); code != 0 {
		t.Errorf("another period saves as usual: %s", errOut)
	}
}

// TestDanglingLinkAsStatusFileSaysSo: the status file is a link to a file
// that is gone. The message says so, with the path, in the user's language.
func TestDanglingLinkAsStatusFileSaysSo(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	os.Remove(status)
	gone := filepath.Join(t.TempDir(), "flyttet.toml")
	if err := os.Symlink(gone, status); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	for lg, want := range map[string]string{"da": "symbolsk link til " + gone + ", som ikke findes", "en": "symbolic link to " + gone + ", which does not exist"} {
		_, errOut, code := run(t, "set", "R13", "2026-Q3", "1.700", "--plan", dir, "--lang", lg)
		if code == 0 || !strings.Contains(errOut, status) || !strings.Contains(errOut, want) {
			t.Errorf("%s: %d %q", lg, code, errOut)
		}
	}
}

// TestStatusInAFolderThatIsNotThereSaysSo: the plan names a status file in
// a folder nobody made; a save says which folder, in the user's language.
func TestStatusInAFolderThatIsNotThereSaysSo(t *testing.T) {
	dir := initPlan(t)
	planPath := filepath.Join(dir, "plan.toml")
	plan, _ := os.ReadFile(planPath)
	plan = regexp.MustCompile(`(?m)^status = .*$`).ReplaceAll(plan, []byte(`status = "mangler/status.toml"`))
	if err := os.WriteFile(planPath, plan, 0o660); err != nil {
		t.Fatal(err)
	}
	for lg, want := range map[string]string{"da": "mappen " + filepath.Join(dir, "mangler") + " findes ikke", "en": "the folder " + filepath.Join(dir, "mangler") + " does not exist"} {
		_, errOut, code := run(t, "set", "R13", "2026-Q3", "1.700", "--plan", dir, "--lang", lg)
		if code != 1 || !strings.Contains(errOut, want) {
			t.Errorf("%s: %d %q", lg, code, errOut)
		}
	}
}

// TestCheckListsAFutureEntryBesideOtherProblems: a status file with a
// syntax mistake in one entry and an at in the future in another. check
// lists every problem, the future at included (it was left out whenever
// the file had another problem).
func TestCheckListsAFutureEntryBesideOtherProblems(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	content, _ := os.ReadFile(status)
	line := bytes.Count(content, []byte("\n")) + 1
	f, _ := os.OpenFile(status, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("\n[[entry]]\nmeasure = \"R2\"\nperiod = \"2026-Q2\"\nvalue = 12,5\n")
	f.WriteString("\n[[entry]]\nmeasure = \"R13\"\nperiod = \"2026-Q3\"\nvalue = 1800\nat = 2204-07-01T09:30:00+02:00\n")
	f.Close()
	_, errOut, code := run(t, "check", "--plan", dir)
	for _, where := range []string{status + ":" + strconv.Itoa(line+4) + ":9:", status + ":" + strconv.Itoa(line+10) + ":6:"} {
		if code != 1 || !strings.Contains(errOut, where) {
			t.Errorf("check must report %s: %d\n%s", where, code, errOut)
		}
	}
	if !strings.Contains(errOut, "2 problemer") {
		t.Errorf("both problems are counted:\n%s", errOut)
	}
}

// TestRepairThatCannotSaysWhatToFixFirst: a cut save, and a syntax mistake
// typed into another entry. repair cannot move the block aside while the
// rest does not parse: it says so, naming the mistake's FILE:LINE:COLUMN,
// so it can be fixed and repair run again (it said only "fix the file by
// hand").
func TestRepairThatCannotSaysWhatToFixFirst(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	if _, errOut, code := run(t, "set", "R13", "2026-Q3", "1.750", "--plan", dir); code != 0 {
		t.Fatal(errOut)
	}
	content, _ := os.ReadFile(status)
	content = bytes.Replace(content, []byte("value = 1750.0"), []byte("value = 1"), 1)
	line := bytes.Count(content, []byte("\n")) + 5
	content = append(content, "\n[[entry]]\nmeasure = \"R2\"\nperiod = \"2026-Q2\"\nvalue = 12,5\n"...)
	os.WriteFile(status, content, 0o660)
	where := status + ":" + strconv.Itoa(line) + ":9:"
	for lg, again := range map[string]string{"da": "beskplan repair igen", "en": "beskplan repair again"} {
		_, errOut, code := run(t, "repair", "--plan", dir, "--lang", lg)
		if code != 1 || !strings.Contains(errOut, where) || !strings.Contains(errOut, again) {
			t.Errorf("%s: repair must name %s and say to run it again: %d\n%s", lg, where, code, errOut)
		}
	}
	fixed := bytes.Replace(content, []byte("12,5"), []byte("12.5"), 1)
	os.WriteFile(status, fixed, 0o660)
	if out, errOut, code := run(t, "repair", "--plan", dir); code != 0 || !strings.Contains(out, ".torn-") {
		t.Errorf("once the mistake is fixed, repair works: %d %q %q", code, out, errOut)
	}
}

// TestImportDryRunSaysWhatTheImportWouldRefuse: an entry with an at in the
// future stands in the way of one of the imported figures. --dry-run must
// refuse as the import itself does, naming the entry (it listed the
// figures as what would be saved, and the import then refused them).
func TestImportDryRunSaysWhatTheImportWouldRefuse(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	content, _ := os.ReadFile(status)
	line := bytes.Count(content, []byte("\n")) + 6
	f, _ := os.OpenFile(status, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("\n[[entry]]\nmeasure = \"R13\"\nperiod = \"2026-Q3\"\nvalue = 1800\nat = 2204-07-01T09:30:00+02:00\n")
	f.Close()
	csv := filepath.Join(t.TempDir(), "tal.csv")
	os.WriteFile(csv, []byte("measure;period;value\nR13;2026-Q3;1.700\n"), 0o600)
	where := status + ":" + strconv.Itoa(line)
	for _, args := range [][]string{{"import", csv, "--plan", dir}, {"import", csv, "--dry-run", "--plan", dir}} {
		out, errOut, code := run(t, args...)
		if code != 1 || !strings.Contains(errOut, where) || strings.Contains(out, "R13") {
			t.Errorf("%v must refuse, naming %s: %d %q %q", args[2:], where, code, out, errOut)
		}
	}
}
