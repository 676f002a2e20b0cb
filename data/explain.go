package data

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/beskplan/beskplan/lang"
)

// SaveMessage says in the user's language why a save failed, naming the
// file and the cause, and that nothing was written.
func SaveMessage(l lang.Lang, path string, err error) string {
	var locked *LockedError
	var tail *TailError
	var input *InputError
	var future *FutureError
	var link *LinkError
	var refused *RefusedError
	var large *TooLargeError
	switch {
	case errors.As(err, &large):
		return l.T(lang.ErrSaveTooLarge, large.Path, float64(large.Size)/(1<<20), MaxFileSize>>20)
	case errors.As(err, &input):
		return input.Message(l)
	case errors.As(err, &future):
		return l.T(lang.ErrFutureEntry, future.where(), future.Entry.Measure+future.Entry.Initiative, future.Entry.Period.String(), future.Entry.At.Format(time.RFC3339))
	case errors.As(err, &link):
		return l.T(lang.ErrDanglingLink, link.Path, link.Target)
	case errors.As(err, &refused):
		return FileProblem(refused.Path, refused).Message(l)
	case errors.Is(err, ErrReplaced):
		return l.T(lang.ErrReplaced, path)
	case errors.As(err, &locked) && locked.Holder != "":
		return l.T(lang.ErrLocked, path, locked.Holder)
	case errors.As(err, &locked):
		return l.T(lang.ErrLockedUnknown, path)
	case errors.As(err, &tail) && errors.Is(err, ErrTornTail) && tail.Repairable:
		return l.T(lang.ErrTorn, path, tail.Line)
	case errors.As(err, &tail) && errors.Is(err, ErrTornTail) && tail.Problem.Line > 0:
		return l.T(lang.ErrTornFixFirst, path, tail.Line, tail.Problem.Message(l))
	case errors.As(err, &tail) && errors.Is(err, ErrTornTail):
		return l.T(lang.ErrTornNoRepair, path, tail.Line)
	case errors.As(err, &tail):
		return l.T(lang.ErrBroken, path, tail.Problem.Message(l))
	case noSpace(err):
		return l.T(lang.ErrNoSpace, path)
	case readOnlyFS(err):
		return l.T(lang.ErrReadOnlyFS, path)
	case errors.Is(err, fs.ErrPermission):
		return l.T(lang.ErrNoWrite, path, rootCause(err))
	case errors.Is(err, fs.ErrNotExist): // the status file is made when missing: its folder is not there
		return l.T(lang.ErrNoFolder, path, filepath.Dir(path))
	}
	return l.T(lang.ErrSave, path, rootCause(err))
}

// rootCause is the system's own words for an error, without the wrapping.
func rootCause(err error) string {
	for {
		next := errors.Unwrap(err)
		if next == nil {
			return err.Error()
		}
		err = next
	}
}

// SharingWarnings says what would lock colleagues out of the plan on a
// shared server: files the group cannot write, a folder that is not setgid,
// files of another group than the folder's. Each comes with the command that
// fixes it.
func SharingWarnings(l lang.Lang, src Source) []string {
	if src.Example || !groupShared {
		return nil
	}
	dir := filepath.Dir(src.PlanPath)
	dinfo, err := os.Stat(dir)
	if err != nil {
		return nil
	}
	var out []string
	if dinfo.Mode()&fs.ModeSetgid == 0 {
		out = append(out, l.T(lang.ShareSetgid, dir, "chmod g+s "+shellQuote(dir)))
	}
	dgid := groupOf(dinfo)
	for _, path := range []string{src.PlanPath, src.StatusPath} {
		info, err := os.Stat(path)
		if err != nil {
			continue
		}
		switch {
		case path == src.StatusPath && info.Mode().Perm()&0o060 != 0o060:
			out = append(out, l.T(lang.ShareChmod, path, "chmod g+rw "+shellQuote(path)))
		case path == src.PlanPath && info.Mode().Perm()&0o040 == 0:
			out = append(out, l.T(lang.SharePlanRead, path, "chmod g+r "+shellQuote(path)))
		}
		if g := groupOf(info); g != dgid {
			out = append(out, l.T(lang.ShareGroup, path, groupName(g), groupName(dgid), fmt.Sprintf("chgrp %s %s", groupName(dgid), shellQuote(path))))
		}
	}
	return out
}

func shellQuote(s string) string {
	if strings.ContainsAny(s, " '\"$\\`*?[]#~;&|<>(){}") {
		return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
	}
	return s
}
