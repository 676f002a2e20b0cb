package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/gittest"
	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/model"
)

// clones is a plan made with init in folder a, pushed to a bare repository,
// and cloned into folder b: two places that record figures.
func clones(t *testing.T) (a, b string) {
	t.Helper()
	gittest.Isolate(t)
	root := t.TempDir()
	bare, a, b := filepath.Join(root, "plan.git"), filepath.Join(root, "a"), filepath.Join(root, "b")
	gittest.Git(t, root, "", "init", "-q", "--bare", "-b", "main", bare)
	if _, errOut, code := run(t, "init", "--example", a); code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	gittest.Git(t, a, "", "init", "-q", "-b", "main")
	gittest.Git(t, a, "", "add", ".")
	gittest.Git(t, a, "", "commit", "-q", "-m", "Planen")
	gittest.Git(t, a, "", "remote", "add", "origin", bare)
	gittest.Git(t, a, "", "push", "-q", "-u", "origin", "main")
	gittest.Git(t, root, "", "clone", "-q", bare, b)
	return a, b
}

// byHand appends an entry to the status file as someone in an editor would.
func byHand(t *testing.T, dir, measure, period, value, by string, at time.Time) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, "status.toml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fmt.Fprintf(f, "\n[[entry]]\nmeasure = %q\nperiod = %q\nvalue = %s\nby = %q\nat = %s\n", measure, period, value, by, at.Format(time.RFC3339))
}

// setAs records a figure with `beskplan set` as the user.
func setAs(t *testing.T, user, dir string, args ...string) {
	t.Helper()
	t.Setenv("USER", user)
	if out, errOut, code := run(t, append([]string{"set", "--plan", dir}, args...)...); code != 0 {
		t.Fatalf("set %v: %d %s %s", args, code, out, errOut)
	}
}

// placed are check's lines about a place in the files (not the advice on
// the folder's permissions, which a test's temporary folder draws).
func placed(errOut string) []string {
	var out []string
	for _, line := range strings.Split(errOut, "\n") {
		if strings.Contains(line, ".toml:") {
			out = append(out, line)
		}
	}
	return out
}

func commitAll(t *testing.T, dir, message string) {
	t.Helper()
	gittest.Git(t, dir, "", "commit", "-q", "-am", message)
}

func TestInitWritesGitAttributesForUnionMerge(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plan")
	if _, errOut, code := run(t, "init", dir); code != 0 {
		t.Fatal(errOut)
	}
	b, err := os.ReadFile(filepath.Join(dir, ".gitattributes"))
	if err != nil || !strings.Contains(string(b), "status.toml merge=union\n") {
		t.Errorf("want status.toml merge=union in .gitattributes, got %q (%v)", b, err)
	}
}

// TestTwoClonesMergeTheirFigures: a figure saved through the writer in
// one place and one written by hand in another, merged by git's union
// driver, load, check, show and take the next save; a view open in the
// first place sees the file change in the middle and reads it whole.
func TestTwoClonesMergeTheirFigures(t *testing.T) {
	a, b := clones(t)
	setAs(t, "anne", a, "R1", "2026-Q3", "88,5")
	commitAll(t, a, "R1 2026-Q3")
	gittest.Git(t, a, "", "push", "-q")

	byHand(t, b, "R5", "2026-Q3", "31.0", "bo", time.Now().Add(-time.Hour).Truncate(time.Second))
	commitAll(t, b, "R5 2026-Q3")
	gittest.Git(t, b, "", "pull", "-q", "--no-rebase")

	merged, _ := os.ReadFile(filepath.Join(b, "status.toml"))
	if strings.Contains(string(merged), "<<<<<<<") {
		t.Fatalf("the union driver must not leave conflict markers:\n%s", merged)
	}
	out, errOut, code := run(t, "check", "--plan", b)
	if code != 0 || len(placed(errOut)) > 0 {
		t.Fatalf("check after the merge: code %d\n%s%s", code, out, errOut)
	}
	status, _, code := run(t, "status", "--plan", b, "--as-of", "2026-Q3")
	if code != 0 || !strings.Contains(status, "88,5") || !strings.Contains(status, "31") {
		t.Errorf("status after the merge must show both figures:\n%s", status)
	}
	setAs(t, "bo", b, "R2", "2026-Q3", "40")
	commitAll(t, b, "R2 2026-Q3")
	gittest.Git(t, b, "", "push", "-q")

	// Place a, with two views open: the pull puts bo's entry before anne's
	// block, so the file changed in the middle, not only at its end.
	before, err := data.Load(data.Locate(a))
	if err != nil {
		t.Fatal(err)
	}
	again, _ := data.Load(data.Locate(a))
	viewer, saver := data.NewStore(before), data.NewStore(again)
	gittest.Git(t, a, "", "pull", "-q", "--no-rebase")
	want := len(before.Plan.Entries) + 2
	if snap := viewer.Refresh(); snap.Problems != nil || len(snap.Plan.Entries) != want {
		t.Fatalf("the view reads the merged file whole: %d entries, want %d; problems %v", len(snap.Plan.Entries), want, snap.Problems)
	}
	// The other saves at once, knowing only the file before the pull.
	snap, _, err := saver.Save("anne", model.Entry{Measure: "R3", Period: model.MustPeriod("2026-Q3"), Value: 12, HasValue: true})
	if err != nil || len(snap.Plan.Entries) != want+1 {
		t.Fatalf("the next save after the merge: %v; %d entries, want %d", err, len(snap.Plan.Entries), want+1)
	}
	if _, errOut, code := run(t, "check", "--plan", a); code != 0 || len(placed(errOut)) > 0 {
		t.Errorf("check after the save: code %d, %s", code, errOut)
	}
}

// TestTwoPlacesSamePeriodCheckNamesBoth: two figures for one measure and
// period, recorded in two places: the later counts, and check warns with
// both lines, who and when, without failing.
func TestTwoPlacesSamePeriodCheckNamesBoth(t *testing.T) {
	a, b := clones(t)
	byHand(t, a, "R1", "2026-Q3", "88.0", "anne", time.Now().Add(-time.Hour).Truncate(time.Second))
	commitAll(t, a, "R1 88")
	gittest.Git(t, a, "", "push", "-q")
	setAs(t, "bo", b, "R1", "2026-Q3", "89")
	commitAll(t, b, "R1 89")
	gittest.Git(t, b, "", "pull", "-q", "--no-rebase")

	_, errOut, code := run(t, "check", "--plan", b)
	if code != 0 || len(placed(errOut)) != 1 {
		t.Fatalf("one warning, exit 0: code %d\n%s", code, errOut)
	}
	for _, want := range []string{"R1 i 2026-Q3", ": 89.0 (bo, ", "gælder, ikke 88.0 (anne, "} {
		if !strings.Contains(errOut, want) {
			t.Errorf("the warning must say %q:\n%s", want, errOut)
		}
	}
	status, _, _ := run(t, "status", "--plan", b, "--as-of", "2026-Q3")
	if !strings.Contains(status, "89") {
		t.Errorf("the later figure counts:\n%s", status)
	}
}

// movedPlan is a plan folder kept in git whose target for R1 moved from
// 2022 to 2025 in a commit of 15 January 2023; it has a figure for 2022-Q4.
func movedPlan(t *testing.T, committed bool) string {
	t.Helper()
	plan := func(year string) string {
		return testplan.Header("2021-01-01", "2026-12-31", "Flere i beskæftigelse") + `[[measure]]
id = "R1"
goal = "M1"
title = "Beskæftigelsesfrekvens"
unit = "%"
better = "higher"
baseline = { value = 72.0, date = 2020-12-31 }
target = { value = 75.3, date = ` + year + `-12-31 }
`
	}
	dir := t.TempDir()
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2022-Q4\"\nvalue = 74.0\nby = \"anne\"\nat = 2022-12-10T10:00:00+01:00\n"
	os.WriteFile(filepath.Join(dir, "status.toml"), []byte(status), 0o660)
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan("2022")), 0o660)
	if committed {
		gittest.Isolate(t)
		gittest.Git(t, dir, "", "init", "-q", "-b", "main")
		gittest.Git(t, dir, "", "add", ".")
		gittest.Git(t, dir, "2021-03-01T10:00:00+01:00", "commit", "-q", "-m", "Planen vedtaget")
	}
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan("2025")), 0o660)
	if committed {
		gittest.Git(t, dir, "2023-01-15T14:00:00+01:00", "commit", "-q", "-am", "Udvalget flytter målet til 2025")
	}
	return dir
}

// TestAsRecordedUsesThePlanCommittedThen: a meeting in December 2022 is
// shown against the target in force then (2022), and one after the move
// against the moved target, with a word on stderr when the plan is not
// the file as it is.
func TestAsRecordedUsesThePlanCommittedThen(t *testing.T) {
	dir := movedPlan(t, true)
	cases := []struct {
		asRecorded, target string
		said               bool
	}{
		{"2022-12-20", "senest 31. december 2022", true},
		{"2023-02-01", "senest 31. december 2025", false},
		{"", "senest 31. december 2025", false},
	}
	for _, c := range cases {
		args := []string{"status", "--plan", dir, "--as-of", "2022-Q4"}
		if c.asRecorded != "" {
			args = append(args, "--as-recorded", c.asRecorded)
		}
		out, errOut, code := run(t, args...)
		if code != 0 || !strings.Contains(out, c.target) {
			t.Errorf("as recorded %q: want %q, code %d:\n%s%s", c.asRecorded, c.target, code, out, errOut)
		}
		if said := strings.Contains(errOut, "15. januar 2023") || strings.Contains(errOut, "1. marts 2021"); said != c.said {
			t.Errorf("as recorded %q: said which plan %v, want %v: %q", c.asRecorded, said, c.said, errOut)
		}
	}
}

// TestReportForAPastMeetingUsesThePlanCommittedThen: the committee's
// report made again for the meeting of December 2022 has the 2022 target.
func TestReportForAPastMeetingUsesThePlanCommittedThen(t *testing.T) {
	dir := movedPlan(t, true)
	out, errOut, code := run(t, "report", "--plan", dir, "--as-of", "2022-Q4", "--as-recorded", "2022-12-20")
	if code != 0 || !strings.Contains(out, "31. december 2022") || strings.Contains(out, "31. december 2025") {
		t.Errorf("code %d:\n%s%s", code, out, errOut)
	}
}

// TestAsRecordedWithoutGitReadsThePlanFile: outside a repository
// --as-recorded works as it always did, and says nothing of git.
func TestAsRecordedWithoutGitReadsThePlanFile(t *testing.T) {
	gittest.Need(t)
	t.Setenv("GIT_CEILING_DIRECTORIES", os.TempDir())
	dir := movedPlan(t, false)
	out, errOut, code := run(t, "status", "--plan", dir, "--as-of", "2022-Q4", "--as-recorded", "2022-12-20")
	if code != 0 || !strings.Contains(out, "senest 31. december 2025") || strings.Contains(errOut, "commit") {
		t.Errorf("code %d:\n%s%s", code, out, errOut)
	}
}

// TestTwoPlacesSameFigureStayWhole: both places record the same figure
// (typed from the same statistics) as the same or another user. Their
// blocks then share most lines, which git's union merge would interleave
// if a block had four alike lines in a row; each keeps its mark.
func TestTwoPlacesSameFigureStayWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("clones, pushes and merges four times over git; go test without -short runs it")
	}
	for _, users := range [][2]string{{"anne", "bo"}, {"anne", "anne"}} {
		a, b := clones(t)
		setAs(t, users[0], a, "R10", "2026-Q3", "12")
		setAs(t, users[0], a, "R11", "2026-Q3", "7") // a second block: more alike lines
		commitAll(t, a, "R10")
		gittest.Git(t, a, "", "push", "-q")
		time.Sleep(1100 * time.Millisecond) // another second: another `at`
		setAs(t, users[1], b, "R10", "2026-Q3", "12")
		setAs(t, users[1], b, "R11", "2026-Q3", "7")
		commitAll(t, b, "R10")
		gittest.Git(t, b, "", "pull", "-q", "--no-rebase")
		_, errOut, code := run(t, "check", "--plan", b)
		if code != 0 || len(placed(errOut)) > 0 {
			merged, _ := os.ReadFile(filepath.Join(b, "status.toml"))
			t.Errorf("%v: check after the merge: code %d\n%s\n%s", users, code, errOut, merged[max(0, len(merged)-700):])
		}
	}
}

// TestTwoPlacesSameSecondStayWhole: both places save the same figure in
// the same second, so even their `at` lines would be alike.
func TestTwoPlacesSameSecondStayWhole(t *testing.T) {
	a, b := clones(t)
	at := time.Now().Add(-time.Minute).Truncate(time.Second)
	for _, place := range []struct{ dir, by string }{{a, "anne"}, {b, "bo"}} {
		entries := []model.Entry{
			{Measure: "R10", Period: model.MustPeriod("2026-Q3"), Value: 12, HasValue: true},
			{Measure: "R11", Period: model.MustPeriod("2026-Q3"), Value: 7, HasValue: true},
		}
		data.Sign(entries, place.by, at)
		l, err := data.Load(data.Locate(place.dir))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := data.NewWriter().Append(l.StatusPath, l.Known, data.EncodeEntries(entries)); err != nil {
			t.Fatal(err)
		}
	}
	commitAll(t, a, "anne")
	gittest.Git(t, a, "", "push", "-q")
	commitAll(t, b, "bo")
	gittest.Git(t, b, "", "pull", "-q", "--no-rebase")
	out, errOut, code := run(t, "check", "--plan", b)
	if code != 0 || len(placed(errOut)) > 0 || !strings.Contains(out, "80 registreringer") {
		merged, _ := os.ReadFile(filepath.Join(b, "status.toml"))
		t.Errorf("check after the merge: code %d\n%s%s\n%s", code, out, errOut, merged[max(0, len(merged)-600):])
	}
}
