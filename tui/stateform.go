package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// stateForm sets an initiative's state for the as-of period, the money
// spent on it in the period, or both: pick a state (or none), tab to the
// amount, enter to check, enter again to save.
type stateForm struct {
	st         *state
	initiative *model.Initiative
	cursor     int // into choices(): a state, or none (only the amount)
	spent      textinput.Model
	onSpent    bool // the focus is on the amount, not the states
	// reason is why a state or amount for a period an approval closed is
	// recorded (data.Typed.Revised): a row of its own, shown only then.
	reason    textinput.Model
	onReason  bool
	closed    bool   // an approval closed the as-of period: a reason is asked for, as `set --revised` asks
	echo      string // the amount as it will be saved, or what is wrong with it (see readEcho)
	confirm   bool
	saving    bool
	problem   string
	entry     model.Entry
	width     int
	askedQuit bool // ctrl+c was pressed once with an amount typed
}

func newStateForm(st *state, in *model.Initiative) *stateForm {
	f := &stateForm{st: st, initiative: in, spent: newInput(), reason: newInput()}
	f.cursor = len(choices()) - 1 // no state yet: none is chosen until one is
	f.reason.Prompt, f.reason.CharLimit = "", 200
	f.reason.Placeholder = st.lang.T(lang.FormReasonHint)
	if current := st.snap.Initiative(in).State; current != "" {
		for i, s := range model.States {
			if s == current {
				f.cursor = i
			}
		}
	}
	f.spent.Prompt, f.spent.CharLimit = "", 40
	f.spent.Placeholder = st.lang.T(lang.FormSpentHint)
	f.refresh()
	return f
}

// choices are the states to pick from, and last "" for none: only the
// amount is recorded, and the state stays as it was.
func choices() []model.State { return append(model.States[:len(model.States):len(model.States)], "") }

func (f *stateForm) crumb() string   { return f.st.lang.T(lang.FormTitle) }
func (f *stateForm) capturing() bool { return true }
func (f *stateForm) selection() any  { return nil }

// refresh looks again at what the plan says: an approval may have closed
// the period since the form opened.
func (f *stateForm) refresh() { f.closed = f.st.plan().ClosedBy(f.st.view.AsOf) != nil }

func (f *stateForm) resize(width, height int) {
	f.width = width
	f.spent.SetWidth(max(10, width-f.labelWidth()-4))
	f.reason.SetWidth(max(10, width-f.labelWidth()-4))
}

// labelWidth is the column of the amount's label, "Brugt i perioden (kr.)", and a gap.
func (f *stateForm) labelWidth() int { return ansi.StringWidth(f.st.lang.T(lang.FormSpent)) + 2 }

// typed is the form as typed, read by the one reader of typed entries
// (data.ReadTyped), as `set --initiative ID PERIOD [STATE] --spent` is.
func (f *stateForm) typed() data.Typed {
	t := data.Typed{Initiative: f.initiative.ID, Period: f.st.view.AsOf.String(),
		State: string(choices()[f.cursor]), Spent: strings.TrimSpace(f.spent.Value())}
	if t.Spent != "" && model.State(t.State) == f.st.snap.Initiative(f.initiative).State {
		t.State = "" // an amount with the state left as it is: the state keeps its own period ("i gang (2025-Q4)")
	}
	if f.closed {
		t.Revised = strings.TrimSpace(f.reason.Value())
	}
	return t
}

// check reads the entry and asks to confirm it, or says what is wrong.
func (f *stateForm) check() {
	t := f.typed()
	if t.State == "" && t.Spent == "" {
		f.problem, f.confirm = f.st.lang.T(lang.FormSpentOrState), false
		return
	}
	e, err := data.ReadTyped(f.st.plan(), t)
	f.problem, f.confirm, f.entry = inputProblem(f.st.lang, err), err == nil, e
	var ie *data.InputError
	if errors.As(err, &ie) && ie.Closed != nil && ie.Key == lang.ApproveClosed { // the reason goes in its field
		f.problem = f.st.lang.T(lang.ApproveClosedForm, ie.Args...)
		f.onSpent, f.onReason = false, true
		f.spent.Blur()
		f.reason.Focus()
	}
}

// inputProblem is why a typed entry cannot be saved, in the user's words; "" for none.
func inputProblem(l lang.Lang, err error) string {
	var ie *data.InputError
	switch {
	case errors.As(err, &ie):
		return ie.Message(l)
	case err != nil:
		return err.Error()
	}
	return ""
}

func (f *stateForm) update(msg tea.Msg) tea.Cmd {
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey || f.saving {
		return nil
	}
	f.askedQuit = false
	n := len(choices())
	switch {
	case pressed(k, f.st.keys.Save) && f.confirm:
		f.saving = true
		return saveEntries(f.st, []model.Entry{f.entry})
	case pressed(k, f.st.keys.Save):
		f.check()
	case f.onReason && (pressed(k, f.st.keys.NextField) || pressed(k, f.st.keys.PrevField)):
		f.onReason, f.confirm = false, false
		f.reason.Blur()
	case f.onReason:
		f.confirm = false
		var cmd tea.Cmd
		f.reason, cmd = f.reason.Update(msg)
		return cmd
	case f.onSpent && (pressed(k, f.st.keys.NextField) || pressed(k, f.st.keys.PrevField)):
		f.onSpent, f.confirm = false, false
		f.spent.Blur()
		if f.closed { // on to the reason's row
			f.onReason = true
			return f.reason.Focus()
		}
	case f.onSpent:
		f.confirm = false
		var cmd tea.Cmd
		f.spent, cmd = f.spent.Update(msg)
		f.readEcho()
		return cmd
	case pressed(k, f.st.keys.Down): // before NextField, whose tab goes to the amount
		f.cursor, f.confirm = (f.cursor+1)%n, false
	case pressed(k, f.st.keys.Up):
		f.cursor, f.confirm = (f.cursor+n-1)%n, false
	case pressed(k, f.st.keys.NextField), pressed(k, f.st.keys.PrevField):
		f.onSpent, f.confirm = true, false
		return f.spent.Focus()
	}
	return nil
}

func (f *stateForm) failed(msg string) { f.saving, f.confirm, f.problem = false, false, msg }

// askQuit reports whether a quit should ask first, and asks: the first
// ctrl+c with an amount typed asks, the second quits.
func (f *stateForm) askQuit() bool {
	if strings.TrimSpace(f.spent.Value()) == "" && strings.TrimSpace(f.reason.Value()) == "" || f.askedQuit {
		return false
	}
	f.askedQuit, f.confirm, f.problem = true, false, f.st.lang.T(lang.FormQuitAsk)
	return true
}

func (f *stateForm) view() string {
	st, l := f.st, f.st.lang
	labelWidth := f.labelWidth()
	var b strings.Builder
	b.WriteString(st.styles.title.Render(st.fit(f.initiative.ID+"  "+f.initiative.Title, f.width)) + "\n")
	b.WriteString(st.styles.dim.Render(st.fit(l.T(lang.StateFor, st.view.AsOf), f.width)) + "\n\n")
	for i, s := range choices() {
		mark, name := "  ", l.State(s)
		if s == "" {
			name = st.styles.dim.Render(l.T(lang.FormStateKeep))
		}
		if i == f.cursor {
			mark = st.styles.selected.Render(st.glyphs.cursor) + " "
		}
		b.WriteString(mark + name + "\n")
	}
	b.WriteString("\n")
	mark := "  "
	if f.onSpent {
		mark = st.styles.selected.Render(st.glyphs.cursor) + " "
	}
	b.WriteString(mark + st.styles.label.Render(padRight(l.T(lang.FormSpent), labelWidth)) + f.spent.View() + "\n")
	if f.echo != "" {
		b.WriteString(strings.Repeat(" ", labelWidth+2) + st.fit(f.echo, f.width-labelWidth-2) + "\n")
	}
	if f.closed {
		mark := "  "
		if f.onReason {
			mark = st.styles.selected.Render(st.glyphs.cursor) + " "
		}
		b.WriteString(mark + st.styles.label.Render(padRight(l.T(lang.FormReason), labelWidth)) + f.reason.View() + "\n")
	}
	if money := l.Money(st.snap.Initiative(f.initiative).Money(), st.glyphs.sep); money != "" { // what a new amount adds to
		for _, line := range strings.Split(wrap(l.T(lang.FormSpentSoFar, st.view.AsOf, money), max(1, f.width-labelWidth-2)), "\n") {
			b.WriteString(strings.Repeat(" ", labelWidth+2) + st.styles.dim.Render(strings.TrimRight(line, " ")) + "\n")
		}
	}
	b.WriteString("\n")
	b.WriteString(st.formStatus(f.saving, f.problem, f.confirm, f.entry, f.width))
	return padLines(b.String(), f.width)
}

// readEcho reads the amount as typed, for the line under it: "= 120.000
// kr.", or what is wrong with it. Only the amount is read: whether the
// period is closed is the reason's row to say.
func (f *stateForm) readEcho() {
	f.echo = ""
	if text := strings.TrimSpace(f.spent.Value()); text != "" {
		v, err := data.ReadAmount(text)
		if problem := inputProblem(f.st.lang, err); problem != "" {
			f.echo = f.st.styles.problem.Render(problem)
		} else {
			f.echo = "= " + f.st.lang.KronerExact(v)
		}
	}
}
