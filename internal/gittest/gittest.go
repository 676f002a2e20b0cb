// Package gittest makes real git repositories in temporary folders for
// tests of plans kept in git. Tests that need git skip, saying why, where
// it is not installed; CI has git.
package gittest

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Need skips the test where git is not installed.
func Need(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed: plans kept in git cannot be tested here")
	}
}

// Isolate keeps the user's and the system's git configuration out of the
// test, and gives commits an author.
func Isolate(t testing.TB) {
	t.Helper()
	Need(t)
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_AUTHOR_NAME", "Anne")
	t.Setenv("GIT_AUTHOR_EMAIL", "anne@example.dk")
	t.Setenv("GIT_COMMITTER_NAME", "Anne")
	t.Setenv("GIT_COMMITTER_EMAIL", "anne@example.dk")
}

// Repo is a new repository (branch main) in a new folder.
func Repo(t testing.TB) string {
	t.Helper()
	Isolate(t)
	dir := t.TempDir()
	Git(t, dir, "", "init", "-q", "-b", "main")
	return dir
}

// Git runs git in dir and returns what it said; when, if not empty, is the
// date of a commit it makes (author and committer).
func Git(t testing.TB, dir, when string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = os.Environ()
	if when != "" {
		cmd.Env = append(cmd.Env, "GIT_AUTHOR_DATE="+when, "GIT_COMMITTER_DATE="+when)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return string(out)
}
