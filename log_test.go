package main

import (
	"bytes"
	"os"
	"path/filepath"
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
