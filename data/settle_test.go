package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

// TestSaveSeenHalfWrittenIsNoTornBlock: a reader takes no lock, so it may
// read a colleague's save while it is being written. That half block is
// not torn: the load waits for it to settle (two processes saving 100
// figures each saw "ufærdig" now and then, and one save was refused).
func TestSaveSeenHalfWrittenIsNoTornBlock(t *testing.T) {
	dir := t.TempDir()
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	status := filepath.Join(dir, "status.toml")
	block := EncodeEntries([]model.Entry{{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: 88, HasValue: true,
		By: "anne", At: time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)}})
	f, err := os.OpenFile(status, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	half := len(block) / 2
	if _, err := f.Write(block[:half]); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(time.Millisecond)
		f.Write(block[half:])
	}()
	l, err := Load(Locate(dir))
	if err != nil {
		t.Fatalf("a save being written is no problem: %v", err)
	}
	if got := l.Plan.Entries[len(l.Plan.Entries)-1]; got.Measure != "R1" || got.Value != 88 {
		t.Errorf("the save, once written, is read: %+v", got)
	}
}

// TestTornTailStaysTorn: a tail that stays damaged is reported all the same.
func TestTornTailStaysTorn(t *testing.T) {
	dir := t.TempDir()
	if err := Init(dir); err != nil {
		t.Fatal(err)
	}
	block := EncodeEntries([]model.Entry{{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: 88, HasValue: true,
		By: "anne", At: time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)}})
	f, err := os.OpenFile(filepath.Join(dir, "status.toml"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(block[:len(block)-10])
	f.Close()
	if _, err := Load(Locate(dir)); err == nil {
		t.Error("a torn tail must be reported")
	}
}
