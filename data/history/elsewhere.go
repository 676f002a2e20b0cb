package history

import (
	"bytes"
	"errors"
	"os/exec"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/data"
)

// maxRivals bounds the git work check does for rival figures: each costs
// a look at two commits.
const maxRivals = 100

// entrySpan is how many lines after its [[entry]] header an entry's `at`
// can be: the program writes at most ten keys.
const entrySpan = 12

// uncommitted is how git blame names a line not committed yet.
const uncommitted = "0000000000000000000000000000000000000000"

// Elsewhere keeps the rivals (see data.Rival) that were recorded in two
// places: neither of the commits that brought in the two figures is an
// ancestor of the other, so neither place could have seen the other's
// figure when recording its own, as happens when git merges two logs. A
// figure corrected in the same place, later, is no such rival. Without
// git, outside a repository, or for lines not committed yet, none is kept.
func Elsewhere(statusPath string, rivals []data.Rival) []data.Rival {
	if len(rivals) == 0 {
		return nil
	}
	rivals = rivals[:min(len(rivals), maxRivals)]
	dir, name, ok := tracked(statusPath)
	if !ok {
		return nil
	}
	commits, ok := atCommits(dir, name, statusPath, rivals)
	if !ok {
		return nil
	}
	var out []data.Rival
	for _, r := range rivals {
		a, b := commits[r.Shown.Line], commits[r.Other.Line]
		if a == "" || b == "" || a == uncommitted || b == uncommitted || a == b {
			continue
		}
		if apart(dir, a, b) {
			out = append(out, r)
		}
	}
	return out
}

// apart reports whether neither commit is an ancestor of the other. When
// git cannot tell, they are not said to be apart.
func apart(dir, a, b string) bool {
	for _, pair := range [][2]string{{a, b}, {b, a}} {
		_, err := git(dir, nil, 1<<10, "merge-base", "--is-ancestor", pair[0], pair[1])
		var exit *exec.ExitError
		switch {
		case err == nil:
			return false
		case !errors.As(err, &exit) || exit.ExitCode() != 1: // not "no", but a failure
			return false
		}
	}
	return true
}

// atCommits blames the rivals' entries in one git call and gives, by the
// line of each entry's header, the commit that brought in its `at` line:
// unlike "[[entry]]", that line is the entry's own.
func atCommits(dir, name, statusPath string, rivals []data.Rival) (map[int]string, bool) {
	text, err := data.ReadFile(statusPath)
	if err != nil {
		return nil, false
	}
	total := bytes.Count(text, []byte("\n"))
	if len(text) > 0 && text[len(text)-1] != '\n' {
		total++
	}
	args := []string{"blame", "--porcelain"}
	var starts []int
	for _, r := range rivals {
		for _, line := range []int{r.Shown.Line, r.Other.Line} {
			if line > 0 && line <= total {
				args = append(args, "-L", strconv.Itoa(line)+","+strconv.Itoa(min(line+entrySpan, total)))
				starts = append(starts, line)
			}
		}
	}
	if len(starts) == 0 {
		return nil, false
	}
	out, err := git(dir, nil, len(starts)*entrySpan*4096, append(args, "--", name)...)
	if err != nil {
		return nil, false
	}
	atLines := blamedAt(out)
	commits := make(map[int]string, len(starts))
	for _, start := range starts {
		for line := start; line <= start+entrySpan; line++ {
			if c, ok := atLines[line]; ok {
				commits[start] = c
				break
			}
		}
	}
	return commits, true
}

// blamedAt reads git blame's porcelain output: the commit of each line
// that holds an `at`, by its line in the file.
func blamedAt(out []byte) map[int]string {
	at := map[int]string{}
	commit, line := "", 0
	for _, l := range strings.Split(string(out), "\n") {
		if content, ok := strings.CutPrefix(l, "\t"); ok {
			if strings.HasPrefix(content, "at = ") {
				at[line] = commit
			}
			continue
		}
		fields := strings.Fields(l)
		if len(fields) >= 3 && len(fields[0]) == 40 {
			if n, err := strconv.Atoi(fields[2]); err == nil {
				commit, line = fields[0], n
			}
		}
	}
	return at
}
