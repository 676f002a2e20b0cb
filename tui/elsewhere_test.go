package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/data/history"
	"github.com/beskplan/beskplan/internal/gittest"
	"github.com/beskplan/beskplan/model"
)

// TestMeasureShowsTargetHistoryAndFigureFromElsewhere: with the plan kept
// in git, the measure screen says when its target moved, and marks a
// figure that another place recorded differently; without, it says neither.
func TestMeasureShowsTargetHistoryAndFigureFromElsewhere(t *testing.T) {
	l := example(t)
	r13 := l.Plan.Measure("R13")
	rivals := data.RivalsOf(l.Plan, r13)
	if len(rivals) != 1 {
		t.Fatalf("the example's R13 has a corrected figure: %d rivals", len(rivals))
	}
	was := *r13
	target := *r13.Target
	target.Date = model.Date{Year: 2022, Month: 12, Day: 31}
	was.Target = &target
	inGit := &app.Plan{Store: data.NewStore(l), Targets: map[string][]history.Change{"R13": {{
		Commit: history.Commit{Rev: "abc", When: time.Date(2023, 1, 15, 14, 0, 0, 0, time.UTC)},
		Before: &was, After: r13,
	}}}, Elsewhere: map[string]bool{rivals[0].Key(): true}}

	plain := ansi.Strip(New(l, options()).st.measureDetail(r13, 120, 0))
	marked := ansi.Strip(NewShared(inGit, options()).st.measureDetail(r13, 120, 0))
	for _, want := range []string{"mål ændret 15. januar 2023: ", "senest 31. december 2022 → ", "også registreret andetsteds: 1.964 (anne, 2026-10-07 08:45)"} {
		if !strings.Contains(marked, want) {
			t.Errorf("want %q on the measure screen:\n%s", want, marked)
		}
		if strings.Contains(plain, want) {
			t.Errorf("without git, %q must not be there", want)
		}
	}
}

// TestViewOpenDuringAMergeMarksTheFigureFromElsewhere: a view open on a
// plan kept in git, when a merge brings in another place's different
// figure, marks it once it has read the merged file.
func TestViewOpenDuringAMergeMarksTheFigureFromElsewhere(t *testing.T) {
	dir := gittest.Repo(t)
	if err := data.Init(dir); err != nil {
		t.Fatal(err)
	}
	gittest.Git(t, dir, "", "add", ".")
	gittest.Git(t, dir, "", "commit", "-q", "-m", "Planen")
	gittest.Git(t, dir, "", "branch", "laptop")
	record := func(by string, value float64, at time.Time) {
		l, err := data.Load(data.Locate(dir))
		if err != nil {
			t.Fatal(err)
		}
		e := []model.Entry{{Measure: "R12", Period: model.MustPeriod("2026-Q3"), Value: value, HasValue: true}}
		data.Sign(e, by, at)
		if _, err := data.NewWriter().Append(l.StatusPath, l.Known, data.EncodeEntries(e)); err != nil {
			t.Fatal(err)
		}
		gittest.Git(t, dir, "", "commit", "-q", "-am", by)
	}
	now := time.Now().Add(-time.Hour).Truncate(time.Second)
	gittest.Git(t, dir, "", "checkout", "-q", "laptop")
	record("bo", 6, now.Add(time.Minute))
	gittest.Git(t, dir, "", "checkout", "-q", "main")
	record("anne", 5, now)

	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	m := New(l, options()) // kept in git: the plan is opened with its rivals elsewhere
	gittest.Git(t, dir, "", "merge", "-q", "-m", "Flet", "laptop")
	next, _ := m.Update(alsoElsewhere(refresh(m.st.store), m.st.loaded.Gen)())
	st := next.(Model).st
	detail := ansi.Strip(st.measureDetail(st.plan().Measure("R12"), 120, 0))
	if !strings.Contains(detail, "6 % (3. kvartal 2026)") || !strings.Contains(detail, "også registreret andetsteds: 5 % (anne") {
		t.Errorf("the merged figure and its rival from elsewhere:\n%s", detail)
	}
}
