package data

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestInitFailingAnyOperationWritesWholeFilesOrNone fails the 1st, 2nd, ...
// file operation of init in turn, with errors and with short writes: the
// folder must then hold both files whole, or nothing at all.
func TestInitFailingAnyOperationWritesWholeFilesOrNone(t *testing.T) {
	for _, short := range []bool{false, true} {
		for n := 1; ; n++ {
			dir := filepath.Join(t.TempDir(), "plan")
			fsys := &faultFS{n: n, short: short, err: syscall.ENOSPC}
			err := initWith(fsys, dir, ExampleFile)
			left, _ := os.ReadDir(dir)
			if err != nil && len(left) > 0 {
				t.Fatalf("short=%v, op %d failing: %v, and %s was left behind", short, n, err, left[0].Name())
			}
			if err == nil {
				for _, name := range []string{"plan.toml", "status.toml"} {
					b, _ := os.ReadFile(filepath.Join(dir, name))
					info, _ := os.Stat(filepath.Join(dir, name))
					if !bytes.Equal(b, ExampleFile(name)) || info.Mode().Perm() != shared {
						t.Fatalf("short=%v, op %d failing: %s is not whole and 0660", short, n, name)
					}
				}
				// .gitattributes is a small extra: whole, or not there.
				attrs, aerr := os.ReadFile(filepath.Join(dir, ".gitattributes"))
				if aerr == nil && string(attrs) != Attributes || len(left) != 2 && (aerr != nil || len(left) != 3) {
					t.Fatalf("short=%v, op %d failing: %d files, want the two and a whole .gitattributes or none", short, n, len(left))
				}
			}
			if fsys.count < n {
				break
			}
		}
	}
}

// TestInitWritesTheExamplesTablesAndNothingElse: init's plan compares with
// tables, so they come along, whole, with no temporary file left beside them.
func TestInitWritesTheExamplesTablesAndNothingElse(t *testing.T) {
	dir := t.TempDir()
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	folder := filepath.Join(dir, DefaultComparison)
	got, err := os.ReadDir(folder)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := fs.ReadDir(example, "example/"+DefaultComparison)
	if len(got) != len(want) {
		t.Errorf("%d files in %s, want the example's %d: %v", len(got), folder, len(want), got)
	}
	for _, e := range got {
		b, _ := os.ReadFile(filepath.Join(folder, e.Name()))
		if w, err := example.ReadFile("example/" + DefaultComparison + "/" + e.Name()); err != nil || !bytes.Equal(b, w) {
			t.Errorf("%s is not the example's", e.Name())
		}
	}
	l, err := Load(Locate(dir))
	if err != nil || len(l.Warnings) > 0 || len(l.Plan.Indicators) != 5 {
		t.Errorf("the new plan: %v, warnings %v, %d tables", err, l.Warnings, len(l.Plan.Indicators))
	}
}
