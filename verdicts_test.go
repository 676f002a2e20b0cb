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
