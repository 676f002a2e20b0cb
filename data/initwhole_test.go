package data

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// init on a nearly full disk said "Oprettede" with one of the example's
// comparison tables written (issue 23, item 12). Failing the 1st, 2nd, ...
// file operation in turn: either init fails and leaves nothing, or every
// file is there whole.
func TestInitWithTablesWholeOrNothing(t *testing.T) {
	tables, err := exampleTables(t.TempDir())
	if err != nil || len(tables) == 0 {
		t.Fatalf("the example has tables: %v", err)
	}
	for n := 1; ; n++ {
		dir := filepath.Join(t.TempDir(), "plan")
		fsys := &faultFS{n: n, err: syscall.ENOSPC}
		err := initAll(fsys, dir)
		left, _ := os.ReadDir(dir)
		if err != nil && len(left) > 0 {
			t.Fatalf("op %d failing: %v, and %s was left behind", n, err, left[0].Name())
		}
		if err == nil {
			for _, f := range tables {
				if b, _ := os.ReadFile(filepath.Join(dir, f.name)); string(b) != string(f.content) {
					t.Fatalf("op %d failing: init succeeded but %s is not whole", n, f.name)
				}
			}
		}
		if fsys.count < n {
			break
		}
	}
}
