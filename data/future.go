package data

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// futureOf takes the entries recorded later than the moment of reading out
// of a status file's problems. They are for check to report and for a save
// they would hide to name; they do not stop the plan from being read.
func futureOf(problems Problems) (future, rest Problems) {
	for _, p := range problems {
		if p.Key == lang.FutureAt {
			future = append(future, p)
		} else {
			rest = append(rest, p)
		}
	}
	return future, rest
}

// FutureError refuses a save whose figure would not become the current one:
// an entry for the same measure (or initiative) and period is recorded
// later than the new one, so it would go on being shown instead.
type FutureError struct {
	Entry   model.Entry // the entry recorded in the future
	Problem Problem     // where it is in the status file
}

func (e *FutureError) Error() string {
	return fmt.Sprintf("%s: %s %s is recorded at %s, later than the new entry", e.where(), e.Entry.Measure+e.Entry.Initiative, e.Entry.Period, e.Entry.At.Format(time.RFC3339))
}

// where is the entry's FILE:LINE, or the file alone when the line is not known.
func (e *FutureError) where() string {
	if e.Problem.Line == 0 {
		return e.Problem.File
	}
	return fmt.Sprintf("%s:%d", e.Problem.File, e.Problem.Line)
}

// Hiding finds an entry of the plan that would keep one of the new entries
// (signed, with their `at`) from becoming the current one: an entry for the
// same measure or initiative and period with a later `at`. It only reads
// the plan in memory.
func Hiding(p *model.Plan, entries []model.Entry) (model.Entry, bool) {
	for _, e := range entries {
		if e.At.IsZero() {
			continue
		}
		for _, old := range p.Entries {
			if old.Period == e.Period && old.Measure == e.Measure && old.Initiative == e.Initiative && old.At.After(e.At) {
				return old, true
			}
		}
	}
	return model.Entry{}, false
}

// CheckShown refuses new entries that would not be shown once saved, with
// a *FutureError naming the entry in the way.
func (l *Loaded) CheckShown(entries []model.Entry) error {
	if old, found := Hiding(l.Plan, entries); found {
		return l.Refusal(old)
	}
	return nil
}

// Refusal is the *FutureError for an entry in the way of a save, with its
// place: as found when the file was loaded, or else (an entry read since)
// by reading the status file again.
func (l *Loaded) Refusal(old model.Entry) error {
	err := &FutureError{Entry: old, Problem: Problem{File: l.StatusPath}}
	if p, ok := futureAt(l.Future, old); ok {
		err.Problem = p
		return err
	}
	if src, rerr := os.ReadFile(l.StatusPath); rerr == nil {
		_, problems := readStatus(l.StatusPath, src, l.Plan, old.At.Add(-time.Second))
		if p, ok := futureAt(problems, old); ok {
			err.Problem = p
		}
	}
	return err
}

// Placed gives a *FutureError from the writer the place of its entry.
func (l *Loaded) Placed(err error) error {
	var future *FutureError
	if errors.As(err, &future) && future.Problem.Line == 0 {
		return l.Refusal(future.Entry)
	}
	return err
}

// futureAt finds the FutureAt problem of an entry among problems.
func futureAt(problems Problems, e model.Entry) (Problem, bool) {
	at := e.At.Format(time.RFC3339)
	for _, p := range problems {
		if p.Key == lang.FutureAt && len(p.Args) == 3 && p.Args[0] == at && p.Args[1] == e.Measure+e.Initiative && p.Args[2] == e.Period.String() {
			return p, true
		}
	}
	return Problem{}, false
}
