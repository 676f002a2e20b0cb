package main

import (
	"os"
	"path/filepath"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// notOverThePlan refuses an output file (-o) that is the plan file or the
// status file: a report written over them would lose the plan or the log
// of every figure. The same file by another name counts too.
func notOverThePlan(output string, loaded *data.Loaded, l lang.Lang) error {
	if output == "" || output == "-" || loaded == nil || loaded.Example {
		return nil
	}
	for _, own := range []string{loaded.PlanPath, loaded.StatusPath} {
		if own != "" && sameFile(output, own) {
			return exitError{2, l.T(lang.OutputIsThePlan, output, own)}
		}
	}
	return nil
}

// sameFile reports whether two paths name one file: the same path, or
// (where both exist) the same file on disk.
func sameFile(a, b string) bool {
	if absA, errA := filepath.Abs(a); errA == nil {
		if absB, errB := filepath.Abs(b); errB == nil && filepath.Clean(absA) == filepath.Clean(absB) {
			return true
		}
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}
