package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

// A command that reads the files once and ends runs on one core; serve and
// the interactive view keep them all (see useOneCore).
func TestOneShotCommandsRunOnOneCore(t *testing.T) {
	calls := 0
	defer func(was func()) { oneCore = was }(oneCore)
	oneCore = func() { calls++ }
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	for _, args := range [][]string{{"check"}, {"status"}, {"report"}, {"--lang", "en", "status"}} {
		calls = 0
		run(t, args...)
		if calls != 1 {
			t.Errorf("%v: oneCore called %d times, want once", args, calls)
		}
	}
	calls = 0
	run(t, "serve", "--help")
	if calls != 0 {
		t.Errorf("serve: oneCore called %d times, want never", calls)
	}
}

// GOMAXPROCS set by the person running the program is kept; without it a
// one-shot command gets one core.
func TestUseOneCoreKeepsGOMAXPROCS(t *testing.T) {
	if os.Getenv("BESKPLAN_CORES_CHILD") == "1" {
		useOneCore()
		fmt.Printf("cores=%d\n", runtime.GOMAXPROCS(0))
		return
	}
	for set, want := range map[string]string{"GOMAXPROCS=2": "cores=2", "": "cores=1"} {
		cmd := exec.Command(os.Args[0], "-test.run", "^TestUseOneCoreKeepsGOMAXPROCS$")
		cmd.Env = append(os.Environ(), "BESKPLAN_CORES_CHILD=1", "GOMAXPROCS=")
		if set != "" {
			cmd.Env = append(cmd.Env, set)
		}
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), want) {
			t.Errorf("%q: %v: %s, want %s", set, err, out, want)
		}
	}
}
