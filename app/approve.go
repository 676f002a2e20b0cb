package app

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// Approval closes a period (issue 25 item 5): the paper for the period as
// it stands is written beside the plan, and an approval with its SHA-256
// is appended; the paper can be made again byte for byte from the files.

// PaperName is the approved paper's file name: godkendt-2026-Q3.md.
func PaperName(period model.Period) string { return "godkendt-" + period.String() + ".md" }

// Paper is the committee's paper for the period as an approval records it:
// Markdown, in Danish (the committee's language, whatever the person's),
// of the plan p, with the changes since the last meeting, made on the
// approval's day (made, in the plan's time zone): nothing of the moment
// it is made again, so the same files give the same bytes.
func Paper(p *model.Plan, period model.Period, made time.Time) []byte {
	snap := model.Compute(p, model.View{AsOf: period})
	var b bytes.Buffer
	report.Markdown(&b, snap, report.Options{Lang: lang.Da, Made: made.In(data.PlanZone), Changes: report.SinceLastMeeting(snap)})
	return b.Bytes()
}

// PaperSum is a paper's SHA-256 as an approval writes it: "sha256:<hex>".
func PaperSum(paper []byte) string {
	sum := sha256.Sum256(paper)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Approved is an approval as saved, and where its paper is.
type Approved struct {
	Entry model.Entry // as saved, signed
	Path  string      // the paper beside the plan
}

// PaperError is a paper that could not be written: nothing was saved.
type PaperError struct{ Err error }

func (e *PaperError) Error() string { return "write the paper: " + e.Err.Error() }
func (e *PaperError) Unwrap() error { return e.Err }

// NotPlacedError is an approval saved whose paper could not be put in
// place: `report --approved` makes it again.
type NotPlacedError struct {
	Approved
	Err error
}

func (e *NotPlacedError) Error() string { return "put the paper in place: " + e.Err.Error() }
func (e *NotPlacedError) Unwrap() error { return e.Err }

// ErrKeptChanging is an approval given up because others saved in the
// status file during every attempt: nothing was saved.
var ErrKeptChanging = errors.New("the status file changed during every attempt to approve")

// Approve approves the paper for the period (as typed) by the user: it
// writes the paper of the plan as it stands to a temporary file beside the
// plan, appends the approval with the paper's sum onto exactly the entries
// the paper was made of (data.Store.SaveOnto: when others saved meanwhile,
// it is made again), and only then renames the paper into place. A failure
// before the approval is saved leaves nothing behind; two people approving
// at once give one approval, the other refused as approved already. A
// period that cannot be approved is a *data.InputError.
func (pl *Plan) Approve(user, period string) (*Approved, error) {
	snap := pl.Store.Snapshot()
	if snap.Example { // nothing of the built-in example is written
		return nil, &data.InputError{Key: lang.ExampleReadOnly, Field: "period"}
	}
	removeStale(filepath.Dir(snap.PlanPath), time.Now())
	for range 5 {
		read, err := Read(snap.Plan, data.Typed{Approve: true, Period: period})
		if err != nil {
			return nil, err
		}
		e := read[0]
		at := time.Now().Truncate(time.Microsecond)
		if end := e.Period.End(); !end.Before(model.DateOf(at)) { // the committee reviews a period that has ended
			return nil, &data.InputError{Key: lang.ApproveNotEnded, Args: []any{e.Period.String(), end.String()}, Field: "period"}
		}
		paper := Paper(snap.Plan, e.Period, at)
		e.Paper = PaperSum(paper)
		final := filepath.Join(filepath.Dir(snap.PlanPath), PaperName(e.Period))
		tmp, err := writeTemp(final, paper)
		if err != nil {
			return nil, &PaperError{err}
		}
		now, saved, err := pl.Store.SaveOnto(snap, user, at, e)
		if errors.Is(err, data.ErrChanged) { // made again of what the others saved
			os.Remove(tmp)
			snap = now
			continue
		}
		if err != nil {
			os.Remove(tmp)
			return nil, err
		}
		done := &Approved{Entry: saved[0], Path: final}
		if err := os.Rename(tmp, final); err != nil {
			os.Remove(tmp)
			return nil, &NotPlacedError{*done, err}
		}
		syncDir(filepath.Dir(final))
		return done, nil
	}
	return nil, ErrKeptChanging
}

// writeTemp writes the paper to a new temporary file beside path, synced.
func writeTemp(path string, paper []byte) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(paper)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync() // not every system can sync a folder; the rename is done either way
		d.Close()
	}
}

// Remade is an approved paper made again from the files.
type Remade struct {
	Approval *model.Entry // the approval that counts for the period
	Paper    []byte
	Sum      string // the paper's sum now; Matches when it is the approval's
	Matches  bool
}

// Remake makes the approved paper for the period again: of the entries
// before its approval (in file order), on the approval's day, and says
// whether it is the paper approved. nil when the period has no approval.
func Remake(p *model.Plan, period model.Period) *Remade {
	a := p.Approval(period)
	if a == nil {
		return nil
	}
	paper := Paper(p.Before(p.IndexOf(a)), period, a.At)
	sum := PaperSum(paper)
	return &Remade{Approval: a, Paper: paper, Sum: sum, Matches: sum == a.Paper}
}

// ApproveMessage says in l why an approval failed, and whether it was the
// input (exit code 2: nothing could be approved) rather than the files.
func ApproveMessage(l lang.Lang, statusPath string, err error) (text string, input bool) {
	var ie *data.InputError
	var pe *PaperError
	var np *NotPlacedError
	switch {
	case errors.As(err, &ie):
		return ie.Message(l), true
	case errors.As(err, &pe):
		return l.T(lang.ApprovePaperFailed, pe.Err), false
	case errors.As(err, &np):
		return l.T(lang.ApprovePaperNotPlaced, np.Err, np.Entry.Period.String(), np.Path), false
	case errors.Is(err, ErrKeptChanging):
		return l.T(lang.ApproveKeptChanging, statusPath), false
	}
	return data.SaveMessage(l, statusPath, err), false
}

// PaperProblems are check's warnings about the approved papers beside the
// plan: for each period's approval, its paper must be there and be the
// paper approved (the SHA-256 recorded). An approval whose paper is
// missing (a kill between the save and the rename, a file deleted) or
// changed names the command that makes it again.
func PaperProblems(loaded *data.Loaded) data.Problems {
	if loaded == nil || loaded.Example || loaded.Plan == nil {
		return nil
	}
	p := loaded.Plan
	var out data.Problems
	for _, a := range p.Approvals() {
		if p.Approval(a.Period) != a { // superseded: the later one's paper counts
			continue
		}
		name := PaperName(a.Period)
		path := filepath.Join(filepath.Dir(loaded.PlanPath), name)
		remake := "beskplan report --approved " + a.Period.String() + " -o " + name
		paper, err := os.ReadFile(path)
		switch {
		case errors.Is(err, os.ErrNotExist):
			out = append(out, data.Problem{File: loaded.StatusPath, Line: a.Line, Col: 1, Warning: true,
				Key: lang.ApprovedPaperMissing, Args: []any{a.Period.String(), path, remake}})
		case err != nil:
			out = append(out, data.Problem{File: loaded.StatusPath, Line: a.Line, Col: 1, Warning: true,
				Key: lang.ApprovedPaperUnreadable, Args: []any{a.Period.String(), path, err}})
		case PaperSum(paper) != a.Paper:
			out = append(out, data.Problem{File: loaded.StatusPath, Line: a.Line, Col: 1, Warning: true,
				Key: lang.ApprovedPaperChanged, Args: []any{path, a.Period.String(), remake}})
		}
	}
	return out
}

// staleAfter is how old a paper's temporary file must be before approve
// takes it for one a killed approval left: an approval under way renames
// its own within seconds.
const staleAfter = time.Hour

// removeStale removes the temporary papers that killed approvals left in
// dir (".godkendt-2026-Q3.md.123.tmp"), older than staleAfter.
func removeStale(dir string, now time.Time) {
	temps, _ := filepath.Glob(filepath.Join(dir, ".godkendt-*.md.*.tmp"))
	for _, t := range temps {
		if info, err := os.Lstat(t); err == nil && info.Mode().IsRegular() && now.Sub(info.ModTime()) > staleAfter {
			os.Remove(t)
		}
	}
}
