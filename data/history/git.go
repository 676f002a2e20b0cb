// Package history reads a plan's own history from git, when the plan's
// folder is a git repository: the plan as committed at a past date, and
// how each measure's target changed from commit to commit. It runs the
// `git` command, as lazygit and others do, with a timeout and bounded
// output. Without git, outside a repository, or for a plan file never
// committed, every function says so with ok = false and nothing else.
package history

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/beskplan/beskplan/data"
)

// timeout bounds every git command: a plan's history takes milliseconds,
// and a hung network file system must not hang the program.
const timeout = 10 * time.Second

// errTooLong is returned when git says more than the caller allowed.
var errTooLong = errors.New("git said more than expected")

// capped keeps at most limit bytes and fails the command past them, so a
// damaged repository cannot fill the memory.
type capped struct {
	bytes.Buffer
	limit int
}

func (c *capped) Write(p []byte) (int, error) {
	if c.Len()+len(p) > c.limit {
		return 0, errTooLong
	}
	return c.Buffer.Write(p)
}

// git runs git in dir with stdin (may be nil) and returns its standard
// output, at most limit bytes.
func git(dir string, stdin []byte, limit int, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	// A repository's own configuration cannot start a program for these
	// reading commands (core.fsmonitor would, when git looks at the index).
	cmd := exec.CommandContext(ctx, "git", append([]string{"-c", "core.fsmonitor=false"}, args...)...)
	cmd.Dir = dir
	// No pager, no prompt for a password, no lock taken on the index, and
	// messages in one language whatever the user's locale.
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0", "GIT_PAGER=cat", "LC_ALL=C")
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out := &capped{limit: limit}
	cmd.Stdout = out
	if err := cmd.Run(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// tracked is where the plan file is for git: its folder and its name there.
// ok is false when git is missing or the folder is not in a repository.
func tracked(planPath string) (dir, name string, ok bool) {
	abs, err := filepath.Abs(planPath)
	if err != nil {
		return "", "", false
	}
	dir, name = filepath.Dir(abs), filepath.Base(abs)
	out, err := git(dir, nil, 64, "rev-parse", "--is-inside-work-tree")
	return dir, name, err == nil && strings.TrimSpace(string(out)) == "true"
}

// Kept reports whether the file is in a git repository's working tree (and
// git is there to ask), so its history can be looked at.
func Kept(path string) bool {
	_, _, ok := tracked(path)
	return ok
}

// commitsOf lists the commits that changed the file, newest first, at most
// max of them; with before set, only those made by then.
func commitsOf(dir, name string, max int, before string) ([]Commit, error) {
	args := []string{"log", "-n", strconv.Itoa(max), "--format=%H %cI"}
	if before != "" {
		args = append(args, "--before="+before)
	}
	out, err := git(dir, nil, max*128, append(args, "HEAD", "--", name)...)
	if err != nil {
		return nil, err
	}
	var commits []Commit
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		rev, when, found := strings.Cut(line, " ")
		t, err := time.Parse(time.RFC3339, when)
		if !found || err != nil {
			continue
		}
		commits = append(commits, Commit{Rev: rev, When: t})
	}
	return commits, nil
}

// Commit is one commit of the plan file.
type Commit struct {
	Rev  string
	When time.Time // the commit's date
}

// PlanAt is the plan file as committed at the end of day (local time):
// the text of the last commit by then that changed it. ok is false, and
// the plan file as it is now should be read, when the folder is no git
// repository, the file was never committed by then, or no commit since
// has changed it (then the file as it is now is the plan in force).
func PlanAt(planPath string, day time.Time) (text []byte, at Commit, ok bool) {
	dir, name, ok := tracked(planPath)
	if !ok {
		return nil, Commit{}, false
	}
	end := time.Date(day.Year(), day.Month(), day.Day(), 23, 59, 59, 0, time.Local)
	then, err := commitsOf(dir, name, 1, end.Format("2006-01-02 15:04:05 -0700"))
	if err != nil || len(then) == 0 {
		return nil, Commit{}, false
	}
	latest, err := commitsOf(dir, name, 1, "")
	if err != nil || len(latest) == 0 || latest[0].Rev == then[0].Rev {
		return nil, Commit{}, false
	}
	text, err = git(dir, nil, data.MaxFileSize, "show", then[0].Rev+":./"+name)
	if err != nil {
		return nil, Commit{}, false
	}
	return text, then[0], true
}
