package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/beskplan/beskplan/data"
)

func TestGeneratedFilesLoadCleanAndAreDeterministic(t *testing.T) {
	size := Size{Measures: 60, Entries: 2000}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "plan.toml"), Plan(size), 0o644)
	os.WriteFile(filepath.Join(dir, "status.toml"), Status(size), 0o644)
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatalf("generated files have problems: %v", err)
	}
	if len(l.Plan.Measures) != 60 || len(l.Plan.Entries) != 2000 {
		t.Errorf("got %d measures, %d entries", len(l.Plan.Measures), len(l.Plan.Entries))
	}
	if !bytes.Equal(Status(size), Status(size)) {
		t.Error("the same size must give the same bytes")
	}
}
