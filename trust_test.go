package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// With one entry dated in the future, check said "– ingen fejl" on
// standard output, listed the problem on standard error and ended with
// exit code 1; status and report showed its figure without a word
// (issue 23, item 8). One summary line agrees with the exit code, and the
// views mark the figure.
func TestCheckSummaryAgreesWithExitCode(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	f, err := os.OpenFile(filepath.Join(dir, "status.toml"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2026-Q3\"\nvalue = 99.9\nat = 2099-01-01T10:00:00+01:00\n")
	f.Close()
	out, errOut, code := run(t, "check", "--plan", dir)
	if code != 1 || strings.Contains(out, "ingen fejl") || !strings.Contains(out, "1 problem fundet") || !strings.Contains(errOut, "2099") {
		t.Errorf("check: code %d, stdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if n := strings.Count(out, "\n"); n != 1 {
		t.Errorf("one summary line, got %d:\n%s", n, out)
	}
	for _, cmd := range []string{"status", "report"} {
		out, errOut, _ := run(t, cmd, "--plan", dir, "--as-of", "2026-Q3")
		if !strings.Contains(out, "dateret 2099-01-01") {
			t.Errorf("%s must mark the figure dated in the future:\n%s%s", cmd, out, errOut)
		}
	}
}
