package data

import (
	"bytes"
	"cmp"
	"errors"
	"strings"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Approval closes a period (issue 25 item 5): an entry for a period an
// approval closed needs its reason (revised), and a closed period is not
// approved again. ReadTyped refuses such an entry as it is typed; the
// writer refuses it again under its lock, where it sees what others
// appended meanwhile, so two people approving at once give one approval
// and a figure racing an approval is refused.

// ErrChanged is returned by a save onto the file as known (SaveOnto) when
// something was appended since: nothing was written.
var ErrChanged = errors.New("the status file changed since it was read")

// closedError is the refusal of an entry for a period the approval a
// closes (an approval of a closed period with again).
func closedError(e model.Entry, a *model.Entry) *InputError {
	key := lang.ApproveClosed
	args := []any{e.Period.String(), SignedBy(a)}
	if e.Approval {
		key = lang.ApproveAgain
		if a.Period != e.Period {
			key = lang.ApproveClosedByLater
			args = []any{e.Period.String(), a.Period.String(), SignedBy(a)}
		}
	}
	return &InputError{Key: key, Args: args, Field: "period", Closed: a}
}

// closed refuses an entry for a closed period without its reason, and
// gives one for a closed period its reason. A reason for an open period is
// refused (as the writer refuses it again under its lock): the form offers
// the reason only for a period its snapshot shows closed, and approvals
// are never taken back, so that is no race.
func (t Typed) closed(p *model.Plan, e *model.Entry) error {
	why := strings.Join(strings.Fields(t.Revised), " ")
	if err := checkNote(why); err != nil {
		return placedAt(err, "revised")
	}
	e.Revised = why
	a := p.ClosedBy(e.Period)
	switch {
	case a != nil && why == "":
		return closedError(*e, a)
	case a == nil && why != "": // would mark an open period's figure "revideret efter godkendelse"
		return &InputError{Key: lang.RevisedOpen, Args: []any{e.Period.String()}, Field: "revised"}
	}
	return nil
}

func placedAt(err error, field string) error {
	var ie *InputError
	if errors.As(err, &ie) {
		ie.Field = field
	}
	return err
}

// readTypedApproval reads an approval of the paper for a period of the
// plan that no approval has closed yet. The paper's sum is the caller's.
func readTypedApproval(p *model.Plan, t Typed) (model.Entry, error) {
	period, err := model.ParseTablePeriod(t.Period)
	if err != nil {
		return model.Entry{}, &InputError{Key: lang.BadPeriod, Args: []any{t.Period}, Field: "period"}
	}
	e := model.Entry{Approval: true, Period: period}
	if p.Outside(period) {
		return e, &InputError{Key: lang.PeriodOutsidePlan, Args: []any{period, p.Start, p.End}, Field: "period"}
	}
	if a := cmp.Or(p.Approval(period), p.ClosedBy(period)); a != nil {
		return e, closedError(e, a)
	}
	return e, nil
}

// closedUnder refuses, under the writer's lock, a new entry for a period
// that an approval closes, among the known plan's entries (earlier) and
// those appended since (added, status file text): a figure without its
// reason, or an approval of a closed period.
func closedUnder(entries, earlier []model.Entry, added []byte) error {
	var approvals []model.Entry
	for i := range earlier { // by index: not a copy of every entry on every save
		if earlier[i].Approval {
			approvals = append(approvals, earlier[i])
		}
	}
	approvals = append(approvals, approvalsOf(added)...)
	for _, e := range entries {
		if e.Written() || e.Period.IsZero() {
			continue
		}
		var by *model.Entry
		for i := range approvals {
			a := &approvals[i]
			switch { // its own period's approval, else the first to close it
			case e.Period.End().After(a.Period.End()):
			case a.Period == e.Period:
				by = a
			case by == nil || by.Period != e.Period && a.Period.End().Before(by.Period.End()):
				by = a
			}
		}
		revised := !e.Approval && strings.TrimSpace(e.Revised) != ""
		switch {
		case revised && by == nil: // a reason for a period nobody closed says something false
			return &InputError{Key: lang.RevisedOpen, Args: []any{e.Period.String()}, Field: "revised"}
		case !revised && by != nil:
			return closedError(e, by)
		}
	}
	return nil
}

// approvalsOf reads the approvals of status file text (checked to
// parse): the period, who and when; nothing else.
func approvalsOf(src []byte) []model.Entry {
	if !bytes.Contains(src, []byte("approved")) {
		return nil
	}
	root, err := decode(src)
	if err != nil {
		return nil
	}
	list, _ := root["entry"].([]map[string]any)
	var out []model.Entry
	for _, m := range list {
		text, ok := m["approved"].(string)
		if !ok {
			continue
		}
		period, err := model.ParsePeriod(text)
		if err != nil {
			continue
		}
		at, _ := m["at"].(time.Time)
		by, _ := m["by"].(string)
		out = append(out, model.Entry{Approval: true, Period: period, By: by, At: planTime(at)})
	}
	return out
}
