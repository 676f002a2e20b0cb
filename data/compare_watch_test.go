package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestANewDownloadIsReadIn: a table saved into the comparison folder while
// the view is open is read in on the next look at the files, as a changed
// plan is, and a table taken away is gone from the view.
func TestANewDownloadIsReadIn(t *testing.T) {
	dir := t.TempDir()
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	l, err := Load(Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	if l.Plan.Indicators["MM3"] == nil || l.TablesPath != filepath.Join(dir, DefaultComparison) {
		t.Fatalf("the example's tables must be read from %s: %v", l.TablesPath, l.Plan.IndicatorIDs())
	}
	s := NewStore(l)
	if s.Refresh() != s.Snapshot() || s.Snapshot().Loaded != l {
		t.Fatal("nothing changed: the same snapshot")
	}
	folder := filepath.Join(dir, DefaultComparison)
	mm3, err := os.ReadFile(filepath.Join(folder, "MM3.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(folder, "MM3.csv")); err != nil {
		t.Fatal(err)
	}
	if snap := s.Refresh(); snap.Plan.Indicators["MM3"] != nil {
		t.Fatal("a table taken out of the folder must be gone from the view")
	}
	later := time.Now().Add(time.Second)
	if err := os.WriteFile(filepath.Join(folder, "MM3.csv"), mm3, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(filepath.Join(folder, "MM3.csv"), later, later)
	if snap := s.Refresh(); snap.Plan.Indicators["MM3"] == nil {
		t.Fatal("a table saved into the folder must be read in")
	}
}
