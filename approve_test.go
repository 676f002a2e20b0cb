package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// approved is the approval that counts for the period in the plan at dir.
func approved(t *testing.T, dir, period string) (*model.Entry, int) {
	t.Helper()
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatalf("the files must load: %v", err)
	}
	return l.Plan.Approval(model.MustPeriod(period)), len(l.Plan.Approvals())
}

func TestApproveWritesThePaperAndRecordsItsSum(t *testing.T) {
	dir := initPlan(t)
	out, errOut, code := run(t, "approve", "2026-Q3", "--plan", dir)
	if code != 0 {
		t.Fatalf("approve: exit %d: %s", code, errOut)
	}
	paper, err := os.ReadFile(filepath.Join(dir, "godkendt-2026-Q3.md"))
	if err != nil {
		t.Fatalf("the paper must be written beside the plan: %v", err)
	}
	sum := sha256.Sum256(paper)
	a, _ := approved(t, dir, "2026-Q3")
	if a == nil || a.Paper != "sha256:"+hex.EncodeToString(sum[:]) || a.By == "" || a.At.IsZero() {
		t.Fatalf("the approval must record the paper's SHA-256, who and when: %+v", a)
	}
	if !strings.Contains(out, a.Paper) || !strings.Contains(string(paper), "3. kvartal 2026") {
		t.Errorf("approve must say where the paper is and its sum:\n%s", out)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".godkendt-*")); len(leftovers) > 0 {
		t.Errorf("no temporary file may be left: %v", leftovers)
	}

	// Made again, byte for byte.
	again, errOut, code := run(t, "report", "--approved", "2026-Q3", "--plan", dir)
	if code != 0 || again != string(paper) || !strings.Contains(errOut, "er det godkendte") {
		t.Fatalf("report --approved must make the same paper and say so: exit %d, same %v: %s", code, again == string(paper), errOut)
	}
	// A figure recorded after it (with its reason) leaves the approved paper as it was.
	if _, errOut, code := run(t, "set", "R1", "2026-Q3", "90", "--revised", "DST rettede tallet", "--plan", dir); code != 0 {
		t.Fatalf("set --revised: exit %d: %s", code, errOut)
	}
	if again, errOut, code := run(t, "report", "--approved", "2026-Q3", "--plan", dir); code != 0 || again != string(paper) {
		t.Fatalf("a later figure must not change the approved paper: exit %d: %s", code, errOut)
	}

	// By hand: the files are not what was approved any more.
	status := filepath.Join(dir, "status.toml")
	text, _ := os.ReadFile(status)
	edited := strings.Replace(string(text), "measure = \"R1\"\nperiod = \"2026-Q3\"\nvalue = 89.2", "measure = \"R1\"\nperiod = \"2026-Q3\"\nvalue = 79.2", 1)
	if edited == string(text) {
		t.Fatal("the example's R1 2026-Q3 figure must be there to edit")
	}
	os.WriteFile(status, []byte(edited), 0o644)
	_, errOut, code = run(t, "report", "--approved", "2026-Q3", "--plan", dir)
	if code != 1 || !strings.Contains(errOut, "ændret i hånden") {
		t.Errorf("a hand edit must be found: exit %d: %s", code, errOut)
	}
	_, errOut, code = run(t, "report", "--approved", "2026-Q3", "--plan", dir, "--lang", "en")
	if code != 1 || !strings.Contains(errOut, "changed by hand since") {
		t.Errorf("and said in English with --lang en: exit %d: %s", code, errOut)
	}
}

func TestApproveRefusesWhatCannotBeApproved(t *testing.T) {
	dir := initPlan(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"approve", "2026-Q9"}, `approve 2026-Q9: perioden "2026-Q9" kan ikke læses`},
		{[]string{"approve", "2026-Q9", "--lang", "en"}, `approve 2026-Q9: the period "2026-Q9" cannot be read`},
		{[]string{"approve", "2031-Q1"}, "uden for planens periode"},
		{[]string{"approve"}, "brug: beskplan approve PERIODE"},
		{[]string{"report", "--approved", "2026-Q3"}, "2026-Q3 er ikke godkendt; ingen periode er godkendt endnu"},
		{[]string{"report", "--approved", "2026-Q3", "--as-of", "2026-Q2"}, "--approved laver det godkendte papir"},
	} {
		_, errOut, code := run(t, append(c.args, "--plan", dir)...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, want 2 and %q: %s", c.args, code, c.want, errOut)
		}
	}
	if _, n := approved(t, dir, "2026-Q3"); n != 0 {
		t.Errorf("nothing may be approved: %d approvals", n)
	}
	if _, errOut, code := run(t, "approve", "2026-Q3", "--plan", dir); code != 0 {
		t.Fatalf("approve: %s", errOut)
	}
	for _, c := range []struct{ period, want string }{
		{"2026-Q3", "2026-Q3 er allerede godkendt (af "},
		{"2026-Q2", "2026-Q2 er lukket af godkendelsen af 2026-Q3"},
	} {
		if _, errOut, code := run(t, "approve", c.period, "--plan", dir); code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("approve %s again: exit %d: %s", c.period, code, errOut)
		}
	}
	if _, n := approved(t, dir, "2026-Q3"); n != 1 {
		t.Errorf("a closed period is approved once: %d approvals", n)
	}
}

func TestClosedPeriodNeedsTheReasonInSetAndImport(t *testing.T) {
	dir := initPlan(t)
	if _, errOut, code := run(t, "approve", "2026-Q3", "--plan", dir); code != 0 {
		t.Fatalf("approve: %s", errOut)
	}
	before := entriesIn(t, dir)
	_, errOut, code := run(t, "set", "R1", "2026-Q3", "88", "--plan", dir)
	if code != 2 || !strings.Contains(errOut, "2026-Q3 er godkendt (af ") || !strings.Contains(errOut, `intet er gemt – giv grunden med --revised "…"`) {
		t.Errorf("set for a closed period must be refused with how to give the reason: exit %d: %s", code, errOut)
	}
	if _, errOut, code := run(t, "set", "R1", "2025-Q4", "88", "--plan", dir, "--lang", "en"); code != 2 || !strings.Contains(errOut, "2025-Q4 is approved (by ") {
		t.Errorf("an earlier period is closed too: exit %d: %s", code, errOut)
	}
	if _, errOut, code := run(t, "set", "R1", "2026-Q3", "88", "--revised", " ", "--plan", dir); code != 2 || !strings.Contains(errOut, "--revised skal sige hvorfor") {
		t.Errorf("an empty reason is none: exit %d: %s", code, errOut)
	}
	csv := filepath.Join(t.TempDir(), "tal.csv")
	os.WriteFile(csv, []byte("resultatmål;periode;værdi\nR2;2026-Q3;83\n"), 0o644)
	if _, errOut, code := run(t, "import", csv, "--plan", dir); code != 2 || !strings.Contains(errOut, "tal.csv:2:4: 2026-Q3 er godkendt") || !strings.Contains(errOut, "kolonnen revideret") {
		t.Errorf("import must refuse the row at its period, saying where the reason goes: exit %d: %s", code, errOut)
	}
	if got := entriesIn(t, dir); got != before {
		t.Fatalf("nothing may be saved: %d entries, want %d", got, before)
	}

	out, errOut, code := run(t, "set", "R1", "2026-Q3", "88", "--revised", "DST rettede tallet", "--plan", dir)
	if code != 0 || !strings.Contains(out, "revideret efter godkendelse: DST rettede tallet") {
		t.Fatalf("set --revised must save and say so: exit %d: %s%s", code, out, errOut)
	}
	os.WriteFile(csv, []byte("resultatmål;periode;værdi;revideret\nR2;2026-Q3;83;genberegnet\n"), 0o644)
	if _, errOut, code := run(t, "import", csv, "--plan", dir); code != 0 {
		t.Fatalf("import with the column revideret must save: exit %d: %s", code, errOut)
	}
	status, _, _ := run(t, "status", "--as-of", "2026-Q3", "--plan", dir)
	paper, _, _ := run(t, "report", "--as-of", "2026-Q3", "--plan", dir)
	for name, text := range map[string]string{"status": status, "report": paper} {
		if !strings.Contains(text, "revideret efter godkendelse: DST rettede tallet") || !strings.Contains(text, "revideret efter godkendelse: genberegnet") {
			t.Errorf("%s must mark the revised figures with their reasons:\n%s", name, text)
		}
	}
	if _, errOut, code := run(t, "check", "--plan", dir); code != 0 {
		t.Errorf("revised figures are no problem for check: %s", errOut)
	}
}

func TestTwoApprovingAtOnceGiveOneApproval(t *testing.T) {
	dir := initPlan(t)
	var wg sync.WaitGroup
	outs := make([]string, 4)
	codes := make([]int, 4)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := program("approve", "2026-Q3", "--plan", dir).CombinedOutput()
			outs[i], codes[i] = string(out), 0
			if err != nil {
				codes[i] = 1
			}
		}()
	}
	wg.Wait()
	ok := 0
	for i, code := range codes {
		switch {
		case code == 0:
			ok++
		case !strings.Contains(outs[i], "er allerede godkendt"):
			t.Errorf("the others must be told it is approved already: %s", outs[i])
		}
	}
	a, n := approved(t, dir, "2026-Q3")
	if ok != 1 || n != 1 {
		t.Fatalf("%d approvals succeeded and %d are in the file, want 1 and 1:\n%s", ok, n, strings.Join(outs, "\n"))
	}
	paper, _ := os.ReadFile(filepath.Join(dir, "godkendt-2026-Q3.md"))
	sum := sha256.Sum256(paper)
	if a.Paper != "sha256:"+hex.EncodeToString(sum[:]) {
		t.Errorf("the paper beside the plan must be the approved one")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".godkendt-*")); len(leftovers) > 0 {
		t.Errorf("no temporary file may be left: %v", leftovers)
	}
}

// TestApproveRefusesAPeriodNotEnded: the committee approves the paper of
// a period that has ended; the quarter we are in is refused, nothing saved.
func TestApproveRefusesAPeriodNotEnded(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", "--example", dir); code != 0 {
		t.Fatal(errOut)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	now := model.Of(model.Quarter, model.DateOf(time.Now()))
	_, errOut, code := run(t, "approve", now.String(), "--plan", dir)
	if code != 2 || !strings.Contains(errOut, "et papir godkendes for en afsluttet periode") {
		t.Errorf("code %d: %s", code, errOut)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "status.toml")); !bytes.Equal(before, after) {
		t.Errorf("something was saved")
	}
}

// An approval whose paper is not beside the plan (approve killed between
// saving the approval and putting the paper in place, or the file deleted
// or edited) is a warning of check's that names the command making it
// again; that command puts it right.
func TestCheckSaysWhereTheApprovedPaperIsMissingOrChanged(t *testing.T) {
	dir := initPlan(t)
	if _, errOut, code := run(t, "approve", "2026-Q3", "--plan", dir); code != 0 {
		t.Fatalf("approve: exit %d: %s", code, errOut)
	}
	paper := filepath.Join(dir, "godkendt-2026-Q3.md")
	remake := "beskplan report --approved 2026-Q3 -o godkendt-2026-Q3.md"

	os.Remove(paper)
	_, errOut, code := run(t, "check", "--plan", dir)
	if code != 0 || !strings.Contains(errOut, "status.toml:") || !strings.Contains(errOut, "mangler") || !strings.Contains(errOut, remake) {
		t.Fatalf("check must warn of the missing paper at the approval and name the command: exit %d: %s", code, errOut)
	}
	os.WriteFile(paper, []byte("# rettet i hånden\n"), 0o644)
	if _, errOut, _ := run(t, "check", "--plan", dir); !strings.Contains(errOut, "ikke det papir, der blev godkendt") || !strings.Contains(errOut, remake) {
		t.Fatalf("check must warn of a paper changed by hand: %s", errOut)
	}
	if _, errOut, code := run(t, "report", "--approved", "2026-Q3", "-o", paper, "--plan", dir); code != 0 {
		t.Fatalf("the named command must make the paper again: exit %d: %s", code, errOut)
	}
	if _, errOut, _ := run(t, "check", "--plan", dir); strings.Contains(errOut, "godkendt-2026-Q3.md") {
		t.Fatalf("once made again, check has nothing to say of the paper: %s", errOut)
	}
}

// A temporary paper a killed approval left is removed by the next approve
// once it is old (one under way is seconds old and is left alone).
func TestApproveRemovesTheTemporaryPapersKilledApprovalsLeft(t *testing.T) {
	dir := initPlan(t)
	old := filepath.Join(dir, ".godkendt-2026-Q2.md.123456.tmp")
	fresh := filepath.Join(dir, ".godkendt-2026-Q2.md.654321.tmp")
	for _, f := range []string{old, fresh} {
		os.WriteFile(f, []byte("halvt"), 0o644)
	}
	long := time.Now().Add(-2 * time.Hour)
	os.Chtimes(old, long, long)
	if _, errOut, code := run(t, "approve", "2026-Q3", "--plan", dir); code != 0 {
		t.Fatalf("approve: exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(old); err == nil {
		t.Errorf("the old temporary paper must be removed")
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a fresh temporary paper (an approval under way) must be left: %v", err)
	}
}

// An approval written by hand may lack by and at: messages say so rather
// than "af ? 1. januar 1".
func TestAnApprovalWithoutByOrAtIsSaidAsSuch(t *testing.T) {
	dir := initPlan(t)
	status := filepath.Join(dir, "status.toml")
	f, _ := os.OpenFile(status, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("\n[[entry]]\napproved = \"2026-Q2\"\npaper = \"sha256:" + strings.Repeat("0", 64) + "\"\n")
	f.Close()
	_, errOut, code := run(t, "set", "R1", "2026-Q2", "1900", "--plan", dir)
	if code != 2 || !strings.Contains(errOut, "godkendt (uden navn og dato)") || strings.Contains(errOut, "januar 1") || strings.Contains(errOut, "?") {
		t.Fatalf("the refusal must say the approval has no name or date: exit %d: %s", code, errOut)
	}
	_, errOut, _ = run(t, "report", "--approved", "2026-Q2", "--plan", dir)
	if !strings.Contains(errOut, "(uden navn og dato)") || strings.Contains(errOut, "januar 1") {
		t.Fatalf("report --approved must say the approval has no name or date: %s", errOut)
	}
}

// A reason (--revised, the column revideret) for a period no approval has
// closed is refused, with nothing saved: it would mark an open period's
// figure "revideret efter godkendelse".
func TestARevisedFigureForAnOpenPeriodIsRefused(t *testing.T) {
	dir := initPlan(t)
	before := entriesIn(t, dir)
	_, errOut, code := run(t, "set", "R1", "2026-Q3", "88", "--revised", "DST rettede tallet", "--plan", dir)
	if code != 2 || !strings.Contains(errOut, "2026-Q3 er ikke godkendt") || !strings.Contains(errOut, "intet er gemt") {
		t.Fatalf("set --revised for an open period must be refused: exit %d: %s", code, errOut)
	}
	csv := filepath.Join(t.TempDir(), "tal.csv")
	os.WriteFile(csv, []byte("resultatmål;periode;værdi;revideret\nR2;2026-Q3;83;genberegnet\n"), 0o644)
	_, errOut, code = run(t, "import", csv, "--plan", dir)
	if code != 2 || !strings.Contains(errOut, csv+":2:") || !strings.Contains(errOut, "ikke godkendt") {
		t.Fatalf("an import's reason for an open period must be refused at its cell: exit %d: %s", code, errOut)
	}
	if after := entriesIn(t, dir); after != before {
		t.Fatalf("nothing may be saved: %d entries, want %d", after, before)
	}
}
