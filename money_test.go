package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Money spent on an initiative is recorded with set --spent, beside a
// state or alone, in kr. as people type them; bad amounts are refused
// and write nothing.
func TestSetRecordsMoneySpent(t *testing.T) {
	dir := initPlan(t)
	plan := filepath.Join(dir, "plan.toml")
	text, _ := os.ReadFile(plan)
	os.WriteFile(plan, append(text, []byte("\n[[measure]]\nid = \"B1\"\ngoal = \"M1\"\ntitle = \"Placering\"\nunit = \"placering\"\nbetter = \"lower\"\n")...), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"set", "--initiative", "S1-I1", "2026-Q3", "--spent", "120.000"}, "S1-I1 2026-Q3 = 120.000 kr. brugt"},
		{[]string{"set", "--initiative", "S1-I1", "2026-Q4", "i gang", "--spent", "1 750 kr."}, "S1-I1 2026-Q4 = i gang, 1.750 kr. brugt"},
		{[]string{"set", "--initiative", "S1-I1", "2026-Q2", "--spent", "1,2 mio."}, "S1-I1 2026-Q2 = 1.200.000 kr. brugt"},
	} {
		out, errOut, code := run(t, append(c.args, "--plan", dir)...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("%v: %d %q %q, want %q", c.args, code, out, errOut, c.want)
		}
	}
	status, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	if !strings.Contains(string(status), "spent = 120000.0") || !strings.Contains(string(status), "spent = 1200000.0") {
		t.Errorf("the amounts were not written as the contract has them:\n%s", status)
	}
	for _, bad := range [][]string{
		{"set", "--initiative", "S1-I1", "2026-Q4", "--spent", "-5"},
		{"set", "--initiative", "S1-I1", "2026-Q4", "--spent", "1,012"},
		{"set", "--initiative", "S1-I1", "2026-Q4", "--spent", "mange"},
		{"set", "--initiative", "S9-I9", "2026-Q4", "--spent", "5"},
		{"set", "R1", "2026-Q4", "5", "--spent", "5"},
		{"set", "--initiative", "S1-I1", "2026-Q4", "--spent", "5", "--pending"},
		{"set", "--initiative", "S1-I1", "2026-Q4", "done", "--reference", "5"},
		{"set", "B1", "2026-Q4", "99"}, // no place among the 98 municipalities
		{"set", "B1", "2026-Q4", "0"},
	} {
		_, errOut, code := run(t, append(bad, "--plan", dir)...)
		if code != 2 || errOut == "" {
			t.Errorf("%v: exit %d %q, want 2 and a message", bad, code, errOut)
		}
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "status.toml")); !bytes.Equal(now, status) {
		t.Error("bad amounts must write nothing")
	}
}

// The money spent on an initiative is typed into the workbook's entry
// sheet beside its state, and import records it: a number cell as Excel
// stores it, or a text with a thousands dot.
func TestWorkbookTakesMoneySpent(t *testing.T) {
	dir := initPlan(t)
	book := filepath.Join(dir, "tal.xlsx")
	if _, errOut, code := run(t, "report", "--plan", dir, "--as-of", "2026-Q3", "--format", "xlsx", "-o", book); code != 0 {
		t.Fatalf("report --format xlsx: %d %s", code, errOut)
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Indtastning")
	if got := strings.Join(rows[0], ";"); !strings.HasSuffix(got, ";Brugt i perioden (kr.)") {
		t.Fatalf("the entry sheet has no column for money spent: %s", got)
	}
	row := ""
	for i, r := range rows {
		if len(r) > 0 && r[0] == "S1-I1" {
			row = strconv.Itoa(i + 1)
		}
	}
	if row == "" {
		t.Fatal("the entry sheet has no row for the initiative S1-I1")
	}
	f.SetCellStr("Indtastning", "H"+row, "45.000")
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, errOut, code := run(t, "import", book, "--plan", dir)
	if code != 0 || !strings.Contains(out, "S1-I1 2026-Q3 = 45.000 kr. brugt") {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	status, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	if !strings.Contains(string(status), "spent = 45000.0") {
		t.Errorf("the amount was not saved:\n%s", status)
	}
}

// An import of money alone: a column of ids (measure, initiative or
// initiativ), the period and brugt; money on a measure's row is refused at
// its cell.
func TestImportOfMoneySpent(t *testing.T) {
	dir := initPlan(t)
	money := filepath.Join(dir, "penge.csv")
	os.WriteFile(money, []byte("initiativ;periode;brugt\nS1-I1;2026-Q3;45.000\nS2-I1;2026-Q3;1,2 mio.\n"), 0o644)
	out, errOut, code := run(t, "import", money, "--plan", dir)
	if code != 0 || !strings.Contains(out, "S1-I1 2026-Q3 = 45.000 kr. brugt") || !strings.Contains(out, "S2-I1 2026-Q3 = 1.200.000 kr. brugt") {
		t.Fatalf("import of money: %d %q %q", code, out, errOut)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	bad := filepath.Join(dir, "forkert.csv")
	os.WriteFile(bad, []byte("measure;period;value;spent\nR1;2026-Q3;88;5000\n"), 0o644)
	if _, errOut, code := run(t, "import", bad, "--plan", dir); code != 2 || !strings.Contains(errOut, "forkert.csv:2:15: et beløb brugt hører til et initiativ") {
		t.Errorf("money on a measure's row: %d %q", code, errOut)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "status.toml")); !bytes.Equal(after, before) {
		t.Error("a refused import wrote something")
	}
}

// A state or an amount recorded for an approved period with its reason is
// marked as a revised figure is, in status and the paper.
func TestMoneyAndStatesRevisedAfterApprovalAreMarked(t *testing.T) {
	dir := initPlan(t)
	if _, errOut, code := run(t, "approve", "2026-Q3", "--plan", dir); code != 0 {
		t.Fatalf("approve: %s", errOut)
	}
	for _, args := range [][]string{
		{"set", "--initiative", "S1-I1", "2026-Q3", "--spent", "1.000", "--revised", "faktura kom sent"},
		{"set", "--initiative", "S2-I1", "2026-Q3", "done", "--revised", "afsluttet i september"},
	} {
		if _, errOut, code := run(t, append(args, "--plan", dir)...); code != 0 {
			t.Fatalf("%v: %s", args, errOut)
		}
	}
	for _, args := range [][]string{{"status"}, {"report", "--format", "md"}} {
		out, _, _ := run(t, append(args, "--plan", dir, "--as-of", "2026-Q3")...)
		for _, want := range []string{"revideret efter godkendelse: faktura kom sent", "revideret efter godkendelse: afsluttet i september"} {
			if !strings.Contains(out, want) {
				t.Errorf("%v lacks %q", args, want)
			}
		}
	}
}
