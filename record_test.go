package main

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// TestMain lets the tests run this program as separate processes: the test
// binary runs main() when BESKPLAN_TEST_MAIN is set, or a writer that
// appends until it is killed when BESKPLAN_TEST_WRITER names a status file.
func TestMain(m *testing.M) {
	switch {
	case os.Getenv("BESKPLAN_TEST_MAIN") == "1":
		main()
		os.Exit(0)
	case os.Getenv("BESKPLAN_TEST_WRITER") != "":
		writeForever(os.Getenv("BESKPLAN_TEST_WRITER"))
	}
	os.Exit(m.Run())
}

func writeForever(path string) {
	w := data.NewWriter()
	for i := 0; ; i++ {
		e := model.Entry{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: float64(i) + 0.5, HasValue: true,
			Note: strings.Repeat("lang note ", 200), By: "killer", At: time.Now()}
		if _, err := w.Append(path, data.Known{}, data.EncodeEntries([]model.Entry{e})); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
	}
}

// program runs beskplan as its own process.
func program(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "BESKPLAN_TEST_MAIN=1", "BESKPLAN_LANG=da")
	return cmd
}

func initPlan(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "plan")
	if err := data.Init(dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func entriesIn(t *testing.T, dir string) int {
	t.Helper()
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatalf("the status file must load: %v", err)
	}
	return len(l.Plan.Entries)
}

func TestSetRecordsAndRefusesBadInput(t *testing.T) {
	dir := initPlan(t)
	before := entriesIn(t, dir)
	out, errOut, code := run(t, "set", "R13", "2026-Q4", "1.750", "--note", "Foreløbigt", "--plan", dir)
	if code != 0 || !strings.Contains(out, "R13 2026-Q4 = 1.750") {
		t.Fatalf("set: %d %q %q", code, out, errOut)
	}
	status, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	for _, bad := range [][]string{
		{"set", "R31", "2026-Q4", "1"},
		{"set", "R1", "2026-Q5", "1"},
		{"set", "R1", "2027-Q1", "1"},
		{"set", "R1", "2026-Q4", "1,2,3"},
		{"set", "R13", "2026-Q4", "12 %"}, // a count: the form refuses the % too
		{"set", "--initiative", "S1-I1", "2026-Q4", "færdig"},
	} {
		_, errOut, code := run(t, append(bad, "--plan", dir)...)
		if code != 2 || errOut == "" {
			t.Errorf("%v: exit %d %q, want 2 and a message", bad, code, errOut)
		}
	}
	if _, errOut, _ := run(t, "set", "R133", "2026-Q4", "1", "--plan", dir); !strings.Contains(errOut, `mente du "R13"`) {
		t.Errorf("an unknown measure must suggest the closest: %q", errOut)
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "status.toml")); !bytes.Equal(now, status) {
		t.Error("bad input must write nothing")
	}
	if got := entriesIn(t, dir); got != before+1 {
		t.Errorf("%d entries, want %d", got, before+1)
	}
}

func TestImportChecksEveryRowFirst(t *testing.T) {
	dir := initPlan(t)
	csvPath := filepath.Join(dir, "tal.csv")
	good := "\xef\xbb\xbfresultatmål;periode;værdi;reference;note\nR13;2026-Q4;1.742;;Fra Jobindsats\nR6;2026-Q4;47,3;43,4;\n"
	os.WriteFile(csvPath, []byte(good), 0o644)
	out, errOut, code := run(t, "import", csvPath, "--dry-run", "--plan", dir)
	if code != 0 || !strings.Contains(out, "Intet er gemt") || !strings.Contains(out, "R13 2026-Q4 = 1.742") || !strings.Contains(out, "R6 2026-Q4 = 47,3 % (Landsgennemsnit 43,4 %)") {
		t.Fatalf("dry run: %d %q %q", code, out, errOut)
	}
	before := entriesIn(t, dir)
	bad := "measure,period,value\nR13,2026-Q4,1742\nR99,2026-Q4,1\nR1,2026-Q9,2\nR1,2026-Q4,abc\n"
	os.WriteFile(csvPath, []byte(bad), 0o644)
	_, errOut, code = run(t, "import", csvPath, "--plan", dir)
	if code != 2 || strings.Count(errOut, "tal.csv:") != 3 || !strings.Contains(errOut, "tal.csv:3:1:") || !strings.Contains(errOut, "tal.csv:5:") {
		t.Errorf("every bad row must be listed with its line: %d\n%s", code, errOut)
	}
	if got := entriesIn(t, dir); got != before {
		t.Error("one bad row means nothing is written")
	}
	os.WriteFile(csvPath, []byte(good), 0o644)
	if _, _, code := run(t, "import", csvPath, "--plan", dir); code != 0 || entriesIn(t, dir) != before+2 {
		t.Errorf("import: code %d, entries %d", code, entriesIn(t, dir))
	}
}

func TestExampleCannotBeWritten(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	if _, errOut, code := run(t, "set", "R1", "2026-Q3", "1"); code != 2 || !strings.Contains(errOut, "beskplan init") {
		t.Errorf("set on the example: %d %q", code, errOut)
	}
}

func TestTwoProcessesSavingAtOnceBothLand(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 200 processes")
	}
	dir := initPlan(t)
	before := entriesIn(t, dir)
	var wg sync.WaitGroup
	errs := make(chan error, 200)
	for p := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				// Each figure its own: two saves alike in the same second are one entry.
				out, err := program("set", "R1", "2026-Q4", strconv.Itoa(p*1000+i), "--force", "--plan", dir).CombinedOutput()
				if err != nil {
					errs <- fmt.Errorf("%v: %s", err, out)
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := entriesIn(t, dir); got != before+200 {
		t.Errorf("%d new entries, want exactly 200", got-before)
	}
}

func TestWriterKilledAtRandomLosesNothingEarlier(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes")
	}
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	seen := entriesIn(t, dir)
	for round := range 15 {
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "BESKPLAN_TEST_WRITER="+status)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(5+rand.IntN(40)) * time.Millisecond)
		cmd.Process.Kill() // SIGKILL where there are signals
		cmd.Wait()
		l, err := data.Load(data.Locate(dir))
		if err != nil {
			// Only a torn tail may be left, and repairing it must keep all before it.
			if _, rerr := data.NewWriter().Repair(status, time.Now().Add(time.Duration(round)*time.Second)); rerr != nil {
				t.Fatalf("round %d: the file neither loads (%v) nor is a repairable torn tail (%v)", round, err, rerr)
			}
			if l, err = data.Load(data.Locate(dir)); err != nil {
				t.Fatalf("round %d: after repair: %v", round, err)
			}
		}
		if n := len(l.Plan.Entries); n < seen {
			t.Fatalf("round %d: %d entries, had %d: earlier entries were lost", round, n, seen)
		} else {
			seen = n
		}
	}
}

func TestNoWritePermissionSaysSoAndChangesNothing(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("runs the program as the user nobody, which needs root; as another user, the TUI and set are tested against files that user cannot write by the read-only test in tui")
	}
	dir := initPlan(t)
	for _, d := range []string{filepath.Dir(dir), filepath.Dir(filepath.Dir(dir)), dir} {
		os.Chmod(d, 0o755)
	}
	status := filepath.Join(dir, "status.toml")
	os.Chmod(status, 0o644)
	os.Chmod(filepath.Join(dir, "plan.toml"), 0o644)
	before, _ := os.ReadFile(status)
	out, code := asNobody(t, "set", "R1", "2026-Q4", "90", "--plan", dir)
	if code != 1 || !strings.Contains(out, "du har ikke skriveadgang til "+status) || !strings.Contains(out, "intet er skrevet") {
		t.Errorf("a file nobody may not write: exit %d\n%s", code, out)
	}
	if now, _ := os.ReadFile(status); !bytes.Equal(now, before) {
		t.Error("the file changed")
	}
	// A read-only folder with no status file yet: it cannot be created.
	os.Remove(status)
	out, code = asNobody(t, "set", "R1", "2026-Q4", "90", "--plan", dir)
	if code != 1 || !strings.Contains(out, "skriveadgang") {
		t.Errorf("a folder nobody may not write: exit %d\n%s", code, out)
	}
	if _, err := os.Stat(status); err == nil {
		t.Error("a status file appeared")
	}
}

func TestFullDiskOnTinyTmpfs(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tiny tmpfs needs root; the writer's full-disk path is tested with a failing file system in data")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s); the full-disk path is tested with a failing file system in data", err, out)
	}
	defer exec.Command("umount", dir).Run()
	plan := filepath.Join(dir, "plan")
	if err := data.Init(plan); err != nil {
		t.Fatal(err)
	}
	status := filepath.Join(plan, "status.toml")
	filler, _ := os.Create(filepath.Join(dir, "fyld"))
	filler.Write(make([]byte, 1<<20)) // fills the rest of the disk (beside the example's tables); the error is expected
	filler.Close()
	before, _ := os.ReadFile(status)
	_, errOut, code := run(t, "set", "R1", "2026-Q4", "90", "--note", strings.Repeat("x", 8000), "--plan", plan)
	if code != 1 || !strings.Contains(errOut, "ikke plads på disken") {
		t.Errorf("full disk: exit %d %q", code, errOut)
	}
	if now, _ := os.ReadFile(status); !bytes.Equal(now, before) {
		t.Error("the file changed on a full disk")
	}
}

func TestImportMalformedRowsArePositionedNotAPanic(t *testing.T) {
	dir := initPlan(t)
	csvPath := filepath.Join(dir, "tal.csv")
	before := entriesIn(t, dir)
	for name, c := range map[string]struct{ csv, want string }{
		"too few fields":        {"measure;period;value\nR13;2026-Q3;1\nR5;2026-Q3\n", "tal.csv:3:11: rækken har 2 felter, men overskriftsrækken har 3"},
		"comma row, semicolons": {"measure;period;value\nR13;2026-Q3;1\nR5,2026-Q3,5\n", "tal.csv:3:3: rækken er adskilt med komma, men filen bruger semikolon"},
	} {
		os.WriteFile(csvPath, []byte(c.csv), 0o644)
		_, errOut, code := run(t, "import", csvPath, "--plan", dir)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%s: exit %d\n%s\nwant %q", name, code, errOut, c.want)
		}
	}
	if got := entriesIn(t, dir); got != before {
		t.Error("one bad row means nothing is written")
	}
}

func TestImportWindows1252SaysSoAndKeepsLetters(t *testing.T) {
	dir := initPlan(t)
	csvPath := filepath.Join(dir, "tal.csv")
	// Danish Excel's "CSV (semikolonsepareret)": Windows-1252, æ = 0xE6, Æ = 0xC6, ø = 0xF8.
	os.WriteFile(csvPath, []byte("resultatm\xe5l;periode;v\xe6rdi;note\nR13;2026-Q3;1.742;\xc6r\xf8\n"), 0o644)
	out, errOut, code := run(t, "import", csvPath, "--plan", dir)
	if code != 0 || !strings.Contains(out, "læst som Windows-1252") || !strings.Contains(out, `"Ærø"`) {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	l, _ := data.Load(data.Locate(dir))
	if last := l.Plan.Entries[len(l.Plan.Entries)-1]; last.Note != "Ærø" {
		t.Errorf("the note saved is %q", last.Note)
	}
}

func TestSetRefusesANoteThatIsNotText(t *testing.T) {
	dir := initPlan(t)
	status, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	for note, want := range map[string]string{
		"\xc6r\xf8":             "ikke gyldig UTF-8",
		"\x1b[31mrød\x1b[0m":    "styretegn (U+001B)",
		"tal\rfalsk overskrift": "styretegn (U+000D)",
	} {
		_, errOut, code := run(t, "set", "R13", "2026-Q4", "1.750", "--note", note, "--plan", dir)
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("--note %q: exit %d %q, want 2 and %q", note, code, errOut, want)
		}
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "status.toml")); !bytes.Equal(now, status) {
		t.Error("a refused note must write nothing")
	}
	if _, errOut, code := run(t, "set", "R13", "2026-Q4", "1.750", "--note", "linje 1\nlinje 2\tmed tab", "--plan", dir); code != 0 {
		t.Errorf("a note with a line break and a tab is text: %d %q", code, errOut)
	}
}

func TestSetTakesNegativeFigures(t *testing.T) {
	dir := initPlan(t)
	plan := []string{"--plan", dir}
	for _, c := range []struct {
		args []string
		want string
	}{
		{append([]string{"set", "R13", "2026-Q3", "-5", "--force"}, plan...), "R13 2026-Q3 = -5"},
		{append([]string{"set", "R13", "2026-Q3", "-5,5", "--force", "--note", "-3 fra sidst"}, plan...), `R13 2026-Q3 = -5,5 – "-3 fra sidst (gemt trods advarsel`},
		{append([]string{"set", "--force", "--note", "ændring", "R13", "2026-Q3", "-1.750"}, plan...), "R13 2026-Q3 = -1.750"},
		{append([]string{"set", "R6", "2026-Q3", "-0,4", "--force", "--reference", "-1,2"}, plan...), "R6 2026-Q3 = -0,4 % (Landsgennemsnit -1,2 %)"},
		{append(append([]string{"set", "--force"}, plan...), "--", "R13", "2026-Q3", "-7"), "R13 2026-Q3 = -7"},
		{append(plan, "set", "R13", "2026-Q3", "-8", "--force"), "R13 2026-Q3 = -8"},
	} {
		out, errOut, code := run(t, c.args...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%v: exit %d %q %q, want %q", c.args, code, out, errOut, c.want)
		}
	}
	// A negative count of people is asked about: refused without --force.
	if _, errOut, code := run(t, "set", "R13", "2026-Q3", "-9", "--plan", dir); code != 2 || !strings.Contains(errOut, "--force") {
		t.Errorf("a negative count needs --force: %d %q", code, errOut)
	}
	if _, errOut, code := run(t, "set", "R13", "2026-Q3", "-x", "--plan", dir); code != 2 || errOut == "" {
		t.Errorf("an unknown flag is still refused: %d %q", code, errOut)
	}
}

func TestInitOnFullDiskWritesWholeFilesOrNone(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tiny tmpfs needs root; data's init test fails each write instead")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=48k", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here (%v: %s)", err, out)
	}
	defer exec.Command("umount", disk).Run()
	for _, free := range []int{4, 8, 12, 16, 20} { // KiB left; the two files need 12 and 8
		dir := filepath.Join(disk, "plan")
		os.RemoveAll(dir)
		filler := filepath.Join(disk, "fyld")
		os.WriteFile(filler, make([]byte, (48-free)<<10), 0o600)
		_, errOut, code := run(t, "init", "--example", dir)
		if code == 0 && free >= 20 {
			for _, name := range []string{"plan.toml", "status.toml"} {
				if b, _ := os.ReadFile(filepath.Join(dir, name)); !bytes.Equal(b, data.ExampleFile(name)) {
					t.Errorf("%d KiB free: %s is not whole", free, name)
				}
			}
			continue
		}
		if code != 1 || !strings.Contains(errOut, "ikke plads på disken") || !strings.Contains(errOut, "intet er skrevet") {
			t.Errorf("%d KiB free: exit %d %q, want 1 and a full disk", free, code, errOut)
		}
		left, _ := os.ReadDir(dir)
		for _, f := range left {
			t.Errorf("%d KiB free: %s was left behind", free, f.Name())
		}
		os.Remove(filler)
	}
}

// TestImportRefusesAPercentOnACount: "12 %" for a count was imported as 12;
// the view's form and set refuse it.
func TestImportRefusesAPercentOnACount(t *testing.T) {
	dir := initPlan(t)
	csvPath := filepath.Join(dir, "tal.csv")
	os.WriteFile(csvPath, []byte("measure;period;value;reference\nR13;2026-Q4;12 %;\nR6;2026-Q4;47,3 %;43,4 %\n"), 0o644)
	_, errOut, code := run(t, "import", csvPath, "--dry-run", "--plan", dir)
	if code != 2 || !strings.Contains(errOut, `tal.csv:2:13: enheden "%" passer ikke til resultatmålets enhed "antal"`) || strings.Contains(errOut, "tal.csv:3:") {
		t.Errorf("a %% on a count must be refused at its cell, on a %% measure taken: code %d\n%s", code, errOut)
	}
}

// TestSetWarnsOfACountWithDecimals: "1.75" for a count was saved as 1,75
// without a word; the form asks "mente du 1.750?", set now says so too.
func TestSetWarnsOfACountWithDecimals(t *testing.T) {
	dir := initPlan(t)
	out, errOut, code := run(t, "set", "R13", "2026-Q4", "1.75", "--plan", dir)
	if code != 0 || !strings.Contains(out, "R13 2026-Q4 = 1,75") || !strings.Contains(errOut, "advarsel: R13: et antal med decimaler: mente du 1.750?") {
		t.Errorf("code %d, out %q, stderr %q", code, out, errOut)
	}
	// In English the thousands are grouped with a comma: 1.750 reads as 1.75.
	if _, errOut, _ := run(t, "set", "R13", "2026-Q4", "12.5", "--lang", "en", "--plan", dir); !strings.Contains(errOut, "did you mean 12,500?") {
		t.Errorf("English: %q", errOut)
	}
	if _, errOut, _ := run(t, "set", "R13", "2026-Q4", "1.750", "--plan", dir); strings.Contains(errOut, "advarsel") {
		t.Errorf("a whole count is not warned about: %q", errOut)
	}
}

// TestImportNamesAMissingColumnInBothLanguages: a Danish header without
// its figure column was told 'mangler kolonnen "value"', though "værdi"
// is what a Danish sheet would have.
func TestImportNamesAMissingColumnInBothLanguages(t *testing.T) {
	dir := initPlan(t)
	csvPath := filepath.Join(dir, "tal.csv")
	os.WriteFile(csvPath, []byte("resultatmål;periode;seneste\nR13;2026-Q4;12\n"), 0o644)
	_, errOut, code := run(t, "import", csvPath, "--plan", dir)
	if code != 2 || !strings.Contains(errOut, `tal.csv:1:1: overskriftsrækken mangler kolonnen "værdi" (eller "value")`) {
		t.Errorf("code %d:\n%s", code, errOut)
	}
}

// A relative measure compared with a table takes its reference from the
// table: set needs none, and none is written; without the table it is
// asked for, as before.
func TestSetTakesTheReferenceFromTheTable(t *testing.T) {
	dir := initPlan(t)
	out, errOut, code := run(t, "set", "R6", "2026-Q4", "47,3", "--plan", dir)
	if code != 0 {
		t.Fatalf("set with the table: %d %q %q", code, out, errOut)
	}
	status, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	if last := status[bytes.LastIndex(status, []byte("[[entry]]")):]; bytes.Contains(last, []byte("reference")) {
		t.Errorf("the table's reference must not be written:\n%s", last)
	}
	if err := os.RemoveAll(filepath.Join(dir, "sammenligning")); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := run(t, "set", "R6", "2026-Q3", "47,2", "--plan", dir); code != 2 || !strings.Contains(errOut, "reference") {
		t.Errorf("without the table: exit %d %q, want 2 and a word about the reference", code, errOut)
	}
}
