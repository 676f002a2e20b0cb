//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
)

// asNobody runs beskplan as the user nobody, so permissions hold for root too.
func asNobody(t *testing.T, args ...string) (string, int) {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "beskplan.test")
	self, _ := os.ReadFile(os.Args[0])
	os.WriteFile(bin, self, 0o755)
	os.Chmod(filepath.Dir(bin), 0o755)
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "BESKPLAN_TEST_MAIN=1", "BESKPLAN_LANG=da", "USER=nobody")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return string(out), ee.ExitCode()
	}
	if err != nil {
		t.Skipf("cannot run as nobody: %v", err)
	}
	return string(out), 0
}
