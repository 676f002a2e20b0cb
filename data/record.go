package data

import (
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// InputError is a figure or state that cannot be recorded, said in the
// user's words with what was expected.
type InputError struct {
	Key  lang.Key
	Args []any
	// Field is the field the problem is about: "measure", "period",
	// "value", "reference", "state" or "note" (see ReadTyped).
	Field string
	// Reason, when not empty, is why the figure is implausible: the only
	// problem, which --force or the form's confirmation overrides.
	Reason *lang.Said
	// Closed, when not nil, is the approval that closed the entry's period:
	// the entry needs its reason (Typed.Revised), or, for an approval, the
	// period is approved already.
	Closed *model.Entry
}

func (e *InputError) Error() string { return lang.Da.T(e.Key, e.Args...) }

// Message renders the error in the language.
func (e *InputError) Message(l lang.Lang) string { return l.T(e.Key, e.Args...) }

func inputErr(k lang.Key, args ...any) error { return &InputError{Key: k, Args: args} }

// CheckEntry checks a new entry against the plan before it is written:
// the measure or initiative exists (else the closest id is suggested), the
// period lies within the plan, a relative measure has its reference, a
// figure is a figure, a state is a state, and a note is text that can be
// shown (valid UTF-8, no control characters but line breaks and tabs).
func CheckEntry(p *model.Plan, e model.Entry) error {
	if err := checkNote(e.Note); err != nil {
		return err
	}
	if e.Assessed != "" {
		if err := checkAssessment(p, e); err != nil {
			return err
		}
	} else if e.Measure != "" {
		m := p.Measure(e.Measure)
		if m == nil {
			return unknownID(e.Measure, measureIDs(p))
		}
		switch {
		case e.Pending && e.HasValue:
			return inputErr(lang.PendingWithValue)
		case !e.Pending && !e.HasValue:
			return inputErr(lang.NeedValue)
		case m.Relative() && e.HasValue && !e.HasRef && !fromTable(p, m, e.Period):
			return inputErr(lang.NeedReference, m.ID, m.Reference)
		case model.PlaceUnit(m.Unit) && e.HasValue && !model.ValidPlace(e.Value):
			return inputErr(lang.PlaceOutside, lang.Figure{Value: e.Value, Exact: true}, model.Municipalities)
		}
	} else {
		if p.Initiative(e.Initiative) == nil {
			var ids []string
			for _, in := range p.Initiatives() {
				ids = append(ids, in.ID)
			}
			return unknownID(e.Initiative, ids)
		}
		if !e.State.Valid() && !(e.State == "" && e.HasSpent) {
			return inputErr(lang.BadState, string(e.State), stateList())
		}
		if fault := amountFault("spent", e.Spent); e.HasSpent && fault != nil {
			return fault
		}
	}
	if e.Period.IsZero() {
		return inputErr(lang.BadPeriod, "")
	}
	if p.Outside(e.Period) {
		return inputErr(lang.PeriodOutsidePlan, e.Period, p.Start, p.End)
	}
	return nil
}

// checkAssessment checks a verdict people give (`assessed`): a word of the
// format, for a measure or a goal of the plan, with its note.
func checkAssessment(p *model.Plan, e model.Entry) error {
	valid := false
	words := make([]string, len(model.Assessments))
	for i, a := range model.Assessments {
		valid, words[i] = valid || a == e.Assessed, string(a)
	}
	switch {
	case !valid:
		return inputErr(lang.BadAssessed, string(e.Assessed), strings.Join(words, ", "))
	case e.Goal != "" && p.Goal(e.Goal) == nil:
		return unknownID(e.Goal, model.GoalIDs(p.Goals))
	case e.Goal == "" && p.Measure(e.Measure) == nil:
		return unknownID(e.Measure, measureIDs(p))
	case strings.TrimSpace(e.Note) == "":
		return inputErr(lang.AssessedNeedsNote)
	}
	return nil
}

// fromTable reports whether the comparison table gives the measure's
// reference figure for the period, so an entry may leave it out.
func fromTable(p *model.Plan, m *model.Measure, period model.Period) bool {
	_, ok := p.TableReference(m, period)
	return ok
}

// checkNote refuses a note that would reach a terminal or a report as
// something other than text: bytes that are not UTF-8, or a control
// character such as ESC, which a terminal obeys.
func checkNote(note string) error {
	if !utf8.ValidString(note) {
		return inputErr(lang.NoteNotUTF8)
	}
	for _, r := range note {
		if r != '\n' && r != '\t' && printable.Control(r) {
			return inputErr(lang.NoteControl, r)
		}
	}
	return nil
}

func measureIDs(p *model.Plan) []string {
	ids := make([]string, len(p.Measures))
	for i, m := range p.Measures {
		ids[i] = m.ID
	}
	return ids
}

func unknownID(id string, ids []string) error {
	if near := Closest(id, ids); near != "" {
		return inputErr(lang.NoSuchIDNear, id, near)
	}
	return inputErr(lang.NoSuchID, id)
}

func stateList() string {
	s := ""
	for i, st := range model.States {
		if i > 0 {
			s += ", "
		}
		s += string(st)
	}
	return s
}

// Sign fills in who recorded the entries and when, to the microsecond the
// file keeps: two saves in the same second are still told apart.
func Sign(entries []model.Entry, by string, now time.Time) {
	for i := range entries {
		entries[i].By, entries[i].At = by, now.Truncate(time.Microsecond)
	}
}

// UserName is who records a figure: $USER, else the account's name. It
// is shown beside every figure, so it holds no control characters.
func UserName() string {
	if u := printable.Line(os.Getenv("USER")); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "ukendt"
}

// Writable reports whether this user may append to the plan's status file
// (or create it, when it does not exist yet).
func (l *Loaded) Writable() bool {
	if l.Example {
		return false
	}
	if _, err := os.Stat(l.StatusPath); os.IsNotExist(err) {
		return mayWrite(filepath.Dir(l.StatusPath), true)
	}
	return mayWrite(l.StatusPath, false)
}
