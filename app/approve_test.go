package app

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// twoOffices opens the same plan on disk twice, as two processes would:
// each its own store, each with what it read.
func twoOffices(t *testing.T) (*Plan, *Plan, string) {
	t.Helper()
	dir := t.TempDir()
	if err := data.Init(dir); err != nil {
		t.Fatal(err)
	}
	open := func() *Plan {
		l, err := data.Load(data.Locate(dir))
		if err != nil {
			t.Fatal(err)
		}
		return FromLoaded(l)
	}
	return open(), open(), dir
}

func TestAFigureRacingAnApprovalIsRefusedUnderTheLock(t *testing.T) {
	a, b, dir := twoOffices(t)
	if _, err := a.Approve("leder", "2026-Q3"); err != nil {
		t.Fatal(err)
	}
	status := filepath.Join(dir, "status.toml")
	before, _ := os.ReadFile(status)
	// b read the files before the approval: its reading lets the figure
	// through, the writer's lock must not.
	_, _, err := b.Record("anne", data.Typed{Measure: "R1", Period: "2026-Q3", Value: "88"})
	var ie *data.InputError
	if !errors.As(err, &ie) || ie.Closed == nil || ie.Message(lang.Da) == "" {
		t.Fatalf("a figure for a period approved meanwhile must be refused: %v", err)
	}
	if want := "2026-Q3 er godkendt (af leder "; ie.Message(lang.Da)[:len(want)] != want {
		t.Errorf("the refusal says who approved it: %s", ie.Message(lang.Da))
	}
	if now, _ := os.ReadFile(status); string(now) != string(before) {
		t.Error("nothing may be written")
	}
	// With its reason it is saved, and marked.
	_, saved, err := b.Record("anne", data.Typed{Measure: "R1", Period: "2026-Q3", Value: "88", Revised: "DST rettede"})
	if err != nil || saved[0].Revised != "DST rettede" {
		t.Fatalf("with the reason the figure is saved: %v %+v", err, saved)
	}
	// And the stale store's approval of the same period is one too many.
	if _, err := b.Approve("chef", "2026-Q3"); !errors.As(err, &ie) || ie.Key != lang.ApproveAgain {
		t.Errorf("a second approval must be refused as approved already: %v", err)
	}
}

func TestApprovingAtOnceFromTwoStoresGivesOne(t *testing.T) {
	a, b, dir := twoOffices(t)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, pl := range []*Plan{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = pl.Approve("leder", "2026-Q3")
		}()
	}
	wg.Wait()
	if (errs[0] == nil) == (errs[1] == nil) {
		t.Fatalf("exactly one approval must succeed: %v, %v", errs[0], errs[1])
	}
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(l.Plan.Approvals()); n != 1 {
		t.Fatalf("%d approvals in the file, want 1", n)
	}
	r := Remake(l.Plan, model.MustPeriod("2026-Q3"))
	kept, _ := os.ReadFile(filepath.Join(dir, PaperName(model.MustPeriod("2026-Q3"))))
	if !r.Matches || string(kept) != string(r.Paper) {
		t.Errorf("the paper beside the plan is the one approved, made again byte for byte")
	}
}

func TestAnApprovalThatCannotWriteItsPaperSavesNothing(t *testing.T) {
	if os.Getuid() == 0 {
		t.Skip("root writes into a read-only folder")
	}
	a, _, dir := twoOffices(t)
	status := filepath.Join(dir, "status.toml")
	before, _ := os.ReadFile(status)
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	_, err := a.Approve("leder", "2026-Q3")
	var pe *PaperError
	if !errors.As(err, &pe) {
		t.Fatalf("a paper that cannot be written must refuse the approval: %v", err)
	}
	if now, _ := os.ReadFile(status); string(now) != string(before) {
		t.Error("nothing may be saved")
	}
}
