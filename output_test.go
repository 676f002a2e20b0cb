package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// A report, a comparison table or an approved paper written with -o over
// the plan file or the status file is refused, and both stay as they were.
func TestOutputIsNeverThePlanOrTheStatusFile(t *testing.T) {
	dir := initPlan(t)
	plan, status := filepath.Join(dir, "plan.toml"), filepath.Join(dir, "status.toml")
	beforePlan, _ := os.ReadFile(plan)
	beforeStatus, _ := os.ReadFile(status)
	for _, args := range [][]string{
		{"report", "--format", "csv", "-o", plan},
		{"report", "--format", "md", "-o", status},
		{"report", "--format", "xlsx", "-o", filepath.Join(dir, ".", "status.toml")},
	} {
		_, errOut, code := run(t, append(args, "--plan", dir)...)
		if code != 2 || !bytes.Contains([]byte(errOut), []byte("planens egen fil")) {
			t.Errorf("%v: exit %d %q, want 2 and the reason", args, code, errOut)
		}
	}
	nowPlan, _ := os.ReadFile(plan)
	nowStatus, _ := os.ReadFile(status)
	if !bytes.Equal(nowPlan, beforePlan) || !bytes.Equal(nowStatus, beforeStatus) {
		t.Error("the plan or the status file was written over")
	}
}
