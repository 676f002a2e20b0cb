package data

import (
	"bytes"
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/beskplan/beskplan/model"
)

//go:embed example/plan.toml example/status.toml example/sammenligning
var example embed.FS

// ExampleFile returns a file of the built-in example: "plan.toml" or "status.toml".
func ExampleFile(name string) []byte {
	b, err := example.ReadFile("example/" + name)
	if err != nil {
		panic("built-in example is missing " + name) // a build without the embed is a bug
	}
	return b
}

// Source says where a plan is: its plan file and status file, or the built-in example.
type Source struct {
	PlanPath   string
	StatusPath string // known once the plan file is read
	// TablesPath is the comparison folder, known once the plan file is
	// read; empty when no measure names a table (nothing to watch).
	TablesPath string
	Example    bool
	// PlanText, when set, is read instead of the plan file: the plan as it
	// was committed at an earlier date (see data/history). Problems in it
	// are still placed at PlanPath.
	PlanText []byte
}

// Locate finds the plan: the flag (a file, or a folder holding plan.toml),
// else $BESKPLAN_PLAN, else ./plan.toml, else the built-in example.
func Locate(flag string) Source {
	for _, path := range []string{flag, os.Getenv("BESKPLAN_PLAN")} {
		if path == "" {
			continue
		}
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			path = filepath.Join(path, "plan.toml")
		}
		return Source{PlanPath: path}
	}
	if _, err := os.Stat("plan.toml"); err == nil {
		return Source{PlanPath: "plan.toml"}
	}
	return Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true}
}

// Loaded is a plan read from its files.
type Loaded struct {
	Source
	Plan         *model.Plan
	StatusExists bool
	Known        Known    // the status file as read, for the writer's checks
	Future       Problems // entries recorded later than the moment of reading, for check to report
	// Warnings are things in the files worth a look that block nothing (a
	// target dated after the plan's end, 1.275 meant as 1275, an entry for a
	// measure the plan no longer has): `check` lists them.
	Warnings Problems
}

// Load reads and checks the plan file and its status file. On problems it
// returns them all as Problems, with whatever could be read.
func Load(src Source) (*Loaded, error) {
	planBytes, err := src.read(src.PlanPath, "plan.toml")
	if err != nil {
		return nil, Problems{FileProblem(src.PlanPath, err)}
	}
	p, problems, warnings, left := readPlanLeft(src.PlanPath, planBytes)
	if p == nil {
		return nil, problems
	}
	if !src.Example {
		src.StatusPath = filepath.FromSlash(p.StatusFile)
		if !filepath.IsAbs(src.StatusPath) { // a full path means that file, not one in the plan's folder
			src.StatusPath = filepath.Join(filepath.Dir(src.PlanPath), src.StatusPath)
		}
	}
	l := &Loaded{Source: src, Plan: p, Warnings: warnings}
	// The tables come before the entries: an entry's missing reference is
	// filled in from them as it is added.
	l.Warnings = append(l.Warnings, readComparison(src, planBytes, p)...)
	l.TablesPath = ""
	if !src.Example && len(p.IndicatorIDs()) > 0 {
		l.TablesPath, _ = comparisonFolder(src, p)
	}
	statusBytes, err := src.read(src.StatusPath, "status.toml")
	var damaged []damage
	if err == nil {
		statusBytes, damaged = src.settled(statusBytes)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist): // no figures recorded yet
	case err != nil:
		problems = append(problems, FileProblem(src.StatusPath, err))
	default:
		l.StatusExists = true
		l.Known = knownOf(statusBytes)
		entries, more := readStatus(src.StatusPath, statusBytes, p, time.Now())
		l.Future, more = futureOf(left.orphansKept(more))
		p.AddEntries(settle(statusBytes, entries)...)
		more = append(more, closedEntries(src.StatusPath, p.Entries)...)
		more = append(more, overspent(src.StatusPath, p)...)
		l.Warnings = append(l.Warnings, zoneWarnings(src.StatusPath, p.Entries)...)
		if len(damaged) > 0 {
			more = append(outsideTorn(more, statusBytes, damaged), tornFrom(src.StatusPath, statusBytes, damaged)...)
			sortProblems(more)
		}
		problems = append(problems, more...)
	}
	problems, more := problems.split()
	l.Warnings = append(l.Warnings, more...)
	if len(problems) > 0 {
		// The plan cannot be used as it is: list an entry in the future
		// with the rest, so one round of corrections is enough.
		if len(l.Future) > 0 {
			problems = append(problems, l.Future...)
			sortProblems(problems)
		}
		return l, problems
	}
	return l, nil
}

// settled reads the status file again while it ends in a damaged block
// and keeps changing: a reader takes no lock, so it may see a colleague's
// save half written, which is not a torn block. Only a tail that stays
// damaged is reported. It returns the bytes it settled on with their
// damaged blocks, so they are found once per read; a clean file costs
// nothing more.
func (src Source) settled(b []byte) ([]byte, []damage) {
	d := damagedBlocks(b)
	for unchanged, reads := 0, 0; !src.Example && unchanged < settleReads && reads < maxSettleReads; reads++ {
		if len(d) == 0 || d[len(d)-1].end < len(b)-1 {
			break
		}
		time.Sleep(settlePause << unchanged) // 5, 10, 20 ms while nothing changes
		next, err := ReadFile(src.StatusPath)
		switch {
		case err != nil:
			return b, d
		case bytes.Equal(next, b):
			unchanged++
		default:
			b, unchanged = next, 0
			d = damagedBlocks(b)
		}
	}
	return b, d
}

// How long a damaged tail is watched before it is called torn: a save is
// one write, so a few milliseconds see it finished.
const (
	settleReads    = 3
	maxSettleReads = 40 // a file that never stops changing is read as it is then
	settlePause    = 5 * time.Millisecond
)

func (src Source) read(path, exampleName string) ([]byte, error) {
	if src.Example {
		return ExampleFile(exampleName), nil
	}
	if src.PlanText != nil && path == src.PlanPath {
		return src.PlanText, nil
	}
	return ReadFile(path)
}
