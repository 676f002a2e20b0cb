package history

import (
	"bytes"
	"strconv"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// maxVersions is how many commits of the plan file are looked at: a plan
// is changed a few times a year, so this is decades of history.
const maxVersions = 100

// Change is a measure's target changed by a commit: the measure as the
// plan had it before and after (its unit and direction say the target in
// words), and when.
type Change struct {
	Commit
	Before, After *model.Measure
}

// Targets is how each measure's target changed over the plan file's
// commits, oldest change first, by measure id. ok is false when there is
// no history to tell (no git, no repository, fewer than two commits). A
// version that does not read as a plan is passed over.
func Targets(planPath string) (map[string][]Change, bool) {
	dir, name, ok := tracked(planPath)
	if !ok {
		return nil, false
	}
	commits, err := commitsOf(dir, name, maxVersions, "")
	if err != nil || len(commits) < 2 {
		return nil, false
	}
	texts, ok := contents(dir, name, commits)
	if !ok {
		return nil, false
	}
	changes := map[string][]Change{}
	var prev *model.Plan
	for i := len(commits) - 1; i >= 0; i-- { // oldest first
		p, err := data.ParsePlan(planPath, texts[i])
		if err != nil && p == nil {
			continue
		}
		if prev != nil {
			for _, m := range p.Measures {
				if was := prev.Measure(m.ID); was != nil && !sameTarget(was.Target, m.Target) {
					changes[m.ID] = append(changes[m.ID], Change{Commit: commits[i], Before: was, After: m})
				}
			}
		}
		prev = p
	}
	return changes, true
}

func sameTarget(a, b *model.Target) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// contents reads the file as it was at each commit, with one git process
// (cat-file --batch) however many commits there are.
func contents(dir, name string, commits []Commit) ([][]byte, bool) {
	var in bytes.Buffer
	for _, c := range commits {
		in.WriteString(c.Rev + ":./" + name + "\n")
	}
	out, err := git(dir, in.Bytes(), len(commits)*(1<<20), "cat-file", "--batch")
	if err != nil {
		return nil, false
	}
	texts := make([][]byte, 0, len(commits))
	for range commits {
		// "<rev> blob <size>\n<content>\n", or "<what> missing\n".
		header, rest, found := bytes.Cut(out, []byte("\n"))
		if !found {
			return nil, false
		}
		fields := bytes.Fields(header)
		if len(fields) != 3 || string(fields[1]) != "blob" {
			texts = append(texts, nil)
			out = rest
			continue
		}
		size, err := strconv.Atoi(string(fields[2]))
		if err != nil || size < 0 || size+1 > len(rest) {
			return nil, false
		}
		texts = append(texts, rest[:size])
		out = rest[size+1:]
	}
	return texts, true
}
