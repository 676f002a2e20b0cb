package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Money spent on an initiative is recorded with set --spent, beside a
// state or alone, in kr. as people type them; bad amounts are refused
// and write nothing.
func TestSetRecordsMoneySpent(t *testing.T) {
	dir := initPlan(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"set", "--initiative", "S1-I1", "2026-Q3", "--spent", "120.000"}, "S1-I1 2026-Q3 = 120.000 kr. brugt"},
		{[]string{"set", "--initiative", "S1-I1", "2026-Q4", "i gang", "--spent", "1 750 kr."}, "S1-I1 2026-Q4 = i gang, 1.750 kr. brugt"},
		{[]string{"set", "--initiative", "S1-I1", "2026-Q2", "--spent", "1,2 mio."}, "S1-I1 2026-Q2 = 1,2 mio. kr. brugt"},
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
