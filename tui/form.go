package tui

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// formScreen records a figure for a measure: period, value, reference (for
// relative targets), note, and "afventer måling". The parsed value is shown
// back as it is typed; nothing is written until the user confirms.
type formScreen struct {
	st        *state
	measure   *model.Measure
	fields    []textinput.Model
	pending   bool
	assessed  model.Assessment // a verdict people gave instead of a figure; "" for a figure
	focus     int              // index into fields; len(fields) is the pending toggle, the next the assessment
	confirm   bool             // the entry is checked and waits for a last enter
	saving    bool             // a save is under way
	problem   string           // why the entry cannot be saved, in the user's words
	entry     model.Entry
	width     int
	hasRef    bool
	fieldHead []string
	askedQuit bool   // ctrl+c was pressed once with input in the form
	ask       string // why the figure may not be what was meant, asked before the last enter
	// reason is why a figure for a period an approval closed is changed
	// (data.Typed.Revised): a row of its own after the assessment's, only
	// while the typed period is closed.
	reason textinput.Model
}

// The fields of the form, in order.
const (
	fieldPeriod = iota
	fieldValue
	fieldReference
	fieldNote
)

func newFormScreen(st *state, m *model.Measure) *formScreen {
	l := st.lang
	f := &formScreen{st: st, measure: m, hasRef: m.Relative()}
	heads := []lang.Key{lang.Period, lang.Value, lang.Reference, lang.Note}
	for i, h := range heads {
		in := newInput()
		in.Prompt = ""
		in.CharLimit = 200
		if i == fieldReference && !f.hasRef {
			continue
		}
		f.fieldHead = append(f.fieldHead, l.T(h))
		f.fields = append(f.fields, in)
	}
	f.fields[fieldPeriod].SetValue(st.view.AsOf.String())
	f.fields[fieldValue].Placeholder = l.T(lang.ValueHint)
	f.fields[f.noteIndex()].Placeholder = l.T(lang.NoteHint)
	if f.hasRef && st.plan().IndicatorOf(m) != nil { // left empty, the table gives it
		f.fields[fieldReference].Placeholder = l.T(lang.ReferenceHintTable, m.Compare)
	}
	f.reason = newInput()
	f.reason.Prompt, f.reason.CharLimit = "", 200
	f.reason.Placeholder = l.T(lang.FormReasonHint)
	f.reason.SetWidth(40)
	f.focus = fieldValue
	f.fields[f.focus].Focus()
	return f
}

// closedBy is the approval that closed the typed period, or nil.
func (f *formScreen) closedBy() *model.Entry {
	period, err := model.ParseTablePeriod(f.fields[fieldPeriod].Value())
	if err != nil {
		return nil
	}
	return f.st.plan().ClosedBy(period)
}

// reasonRow is the focus of the reason's row (shown for a closed period).
func (f *formScreen) reasonRow() int { return len(f.fields) + 2 }

// rows is how many rows the focus moves among.
func (f *formScreen) rows() int {
	if f.closedBy() != nil {
		return len(f.fields) + 3
	}
	return len(f.fields) + 2
}

func (f *formScreen) noteIndex() int {
	if f.hasRef {
		return fieldNote
	}
	return fieldNote - 1
}

func (f *formScreen) crumb() string   { return f.st.lang.T(lang.FormTitle) }
func (f *formScreen) capturing() bool { return true }
func (f *formScreen) selection() any  { return nil }
func (f *formScreen) refresh()        {}

func (f *formScreen) resize(width, height int) {
	f.width = width
	for i := range f.fields {
		f.fields[i].SetWidth(max(10, width-18))
	}
	f.reason.SetWidth(max(10, width-18))
}

// update handles typing and moving between fields; enter checks the entry
// and asks to confirm, and enter again saves.
func (f *formScreen) update(msg tea.Msg) tea.Cmd {
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey || f.saving {
		return nil
	}
	f.askedQuit = false
	if f.focus >= f.rows() { // the period typed is open again: no reason's row
		f.reason.Blur()
		f.focus = f.assessedRow()
	}
	switch {
	case f.confirm && pressed(k, f.st.keys.Save):
		f.saving = true
		return f.save()
	case pressed(k, f.st.keys.NextField):
		f.move(1)
		return nil
	case pressed(k, f.st.keys.PrevField):
		f.move(-1)
		return nil
	case pressed(k, f.st.keys.Save):
		f.check()
		return nil
	case f.focus == len(f.fields) && pressed(k, f.st.keys.Toggle):
		f.pending = !f.pending
		f.confirm = false
		return nil
	case f.focus == f.assessedRow() && pressed(k, f.st.keys.Toggle):
		f.assessed = nextAssessment(f.assessed)
		f.confirm = false
		return nil
	}
	if f.focus == f.reasonRow() {
		f.confirm = false
		var cmd tea.Cmd
		f.reason, cmd = f.reason.Update(msg)
		return cmd
	}
	if f.focus >= len(f.fields) {
		return nil
	}
	f.confirm = false
	var cmd tea.Cmd
	f.fields[f.focus], cmd = f.fields[f.focus].Update(msg)
	return cmd
}

func (f *formScreen) move(step int) {
	f.focusOn((f.focus + step + f.rows()) % f.rows()) // the fields, pending, the assessment, the reason
}

// focusOn moves the focus to a row.
func (f *formScreen) focusOn(row int) {
	if f.focus < len(f.fields) {
		f.fields[f.focus].Blur()
	}
	f.reason.Blur()
	f.focus = row
	switch {
	case f.focus < len(f.fields):
		f.fields[f.focus].Focus()
	case f.focus == f.reasonRow():
		f.reason.Focus()
	}
	f.confirm = false
}

// assessedRow is the focus of the assessment's row.
func (f *formScreen) assessedRow() int { return len(f.fields) + 1 }

// nextAssessment is the next choice of the assessment's row: none, then
// met, partly, missed, and none again.
func nextAssessment(a model.Assessment) model.Assessment {
	for i, w := range model.Assessments {
		if w == a && i+1 < len(model.Assessments) {
			return model.Assessments[i+1]
		} else if w == a {
			return ""
		}
	}
	return model.Assessments[0]
}

// parse reads the form into an entry as every entry path does
// (data.ReadTyped), or says what is wrong; force records an implausible
// figure anyway. reason is set when the figure's plausibility is all that
// is wrong.
func (f *formScreen) parse(force bool) (e model.Entry, problem, reason string) {
	l := f.st.lang
	typed := data.Typed{Measure: f.measure.ID, Period: f.fields[fieldPeriod].Value(), Pending: f.pending,
		Value: f.fields[fieldValue].Value(), Note: strings.TrimSpace(f.fields[f.noteIndex()].Value()), Force: force,
		Assessed: string(f.assessed)}
	if f.closedBy() != nil { // the reason's row is shown
		typed.Revised = f.reason.Value()
	}
	if f.hasRef {
		typed.Reference = f.fields[fieldReference].Value()
	}
	e, err := data.ReadTyped(f.st.plan(), typed)
	var ie *data.InputError
	switch {
	case errors.As(err, &ie) && ie.Closed != nil && ie.Key == lang.ApproveClosed: // the reason goes in its field
		return e, l.T(lang.ApproveClosedForm, ie.Args...), ""
	case errors.As(err, &ie) && ie.Reason != nil:
		return e, ie.Message(l), l.T(lang.FormForceAsk, *ie.Reason)
	case errors.As(err, &ie):
		return e, ie.Message(l), ""
	case err != nil:
		return e, err.Error(), ""
	}
	return e, "", ""
}

// check moves to the confirmation when the entry is good; an implausible
// figure is asked about, and a second enter records it with a note that says so.
func (f *formScreen) check() {
	e, problem, reason := f.parse(false)
	f.ask = ""
	if reason != "" {
		e, problem, _ = f.parse(true)
		f.ask = reason
	}
	f.problem, f.confirm, f.entry = problem, problem == "", e
	if problem != "" && f.closedBy() != nil && strings.TrimSpace(f.reason.Value()) == "" {
		f.focusOn(f.reasonRow()) // where the reason is typed
		f.problem = problem
	}
}

// echo is the value as it will be saved, with its plain digits so there is
// no doubt how it was read: "= 1.750 (1750)", "= 47,1 % (47.1)"; or what is wrong with it.
func (f *formScreen) echo() string {
	l := f.st.lang
	text := strings.TrimSpace(f.fields[fieldValue].Value())
	if f.pending && text == "" {
		return "= " + l.T(lang.Pending)
	}
	if text == "" {
		return ""
	}
	fig := readFigure(l, text, f.measure.FigureUnit())
	if fig.problem != "" {
		return f.st.styles.problem.Render(fig.problem)
	}
	echo := "= " + l.Value(fig.value, f.measure.FigureUnit()) + " (" + plain(fig.value) + ")"
	if fig.warning != "" {
		echo += " " + f.st.styles.problem.Render(fig.warning)
	}
	return echo
}

// saved is the entry already recorded for the typed period, which a save
// would replace, or nil.
func (f *formScreen) saved() *model.Entry {
	period, err := model.ParseTablePeriod(f.fields[fieldPeriod].Value()) // the one reader of typed periods
	if err != nil {
		return nil
	}
	return f.st.plan().Current(f.measure, period)
}

// dirty reports whether anything was typed that a quit would lose.
func (f *formScreen) dirty() bool {
	for i, in := range f.fields {
		if i != fieldPeriod && strings.TrimSpace(in.Value()) != "" {
			return true
		}
	}
	return f.pending || f.assessed != "" || strings.TrimSpace(f.reason.Value()) != "" || f.fields[fieldPeriod].Value() != f.st.view.AsOf.String()
}

// askQuit reports whether a quit should ask first, and asks: the first
// ctrl+c in a form with input asks, the second quits.
func (f *formScreen) askQuit() bool {
	if !f.dirty() || f.askedQuit {
		return false
	}
	f.askedQuit, f.confirm, f.problem = true, false, f.st.lang.T(lang.FormQuitAsk)
	return true
}

func (f *formScreen) view() string {
	st, l := f.st, f.st.lang
	saved := f.saved()
	var b strings.Builder
	b.WriteString(st.styles.title.Render(st.fit(f.measure.ID+"  "+f.measure.Title, f.width)) + "\n\n")
	for i, in := range f.fields {
		mark := "  "
		if i == f.focus {
			mark = st.styles.selected.Render(st.glyphs.cursor) + " "
		}
		b.WriteString(mark + st.styles.label.Render(padRight(f.fieldHead[i], 12)) + " " + in.View() + "\n")
		if i == fieldPeriod && saved != nil {
			b.WriteString(strings.Repeat(" ", 15) + st.styles.dim.Render(st.fit(l.T(lang.FormSaved, saved.Period, st.savedText(f.measure, saved)), f.width-15)) + "\n")
		}
		if i == fieldValue {
			b.WriteString(strings.Repeat(" ", 15) + st.fit(f.echo(), f.width-15) + "\n")
		}
	}
	box := "[ ]"
	if f.pending {
		box = "[x]"
	}
	mark := "  "
	if f.focus == len(f.fields) {
		mark = st.styles.selected.Render(st.glyphs.cursor) + " "
	}
	b.WriteString(mark + st.styles.label.Render(padRight(l.T(lang.Pending), 12)) + " " + box + "\n")
	mark, choice := "  ", l.T(lang.FormAssessedNone)
	if f.focus == f.assessedRow() {
		mark = st.styles.selected.Render(st.glyphs.cursor) + " "
	}
	if f.assessed != "" {
		choice = l.Track(f.assessed.Track())
	}
	b.WriteString(mark + st.styles.label.Render(padRight(l.T(lang.FormAssessed), 12)) + " " + st.fit(choice, f.width-15) + "\n")
	if f.closedBy() != nil {
		mark = "  "
		if f.focus == f.reasonRow() {
			mark = st.styles.selected.Render(st.glyphs.cursor) + " "
		}
		b.WriteString(mark + st.styles.label.Render(padRight(l.T(lang.FormReason), 12)) + " " + f.reason.View() + "\n")
	}
	b.WriteString("\n")
	if f.confirm && f.ask != "" && !f.saving {
		b.WriteString(st.styles.problem.Render(wrap(f.ask, f.width)) + "\n")
	}
	b.WriteString(st.formStatus(f.saving, f.problem, f.confirm, f.entry, f.width))
	if f.confirm && saved != nil {
		b.WriteString("\n" + st.styles.notice.Render(wrap(l.T(lang.FormReplaces, st.savedText(f.measure, saved)), f.width)))
	}
	return padLines(b.String(), f.width)
}

// savedText says a recorded entry with who recorded it when: "1.958
// fra 21. okt 2026 af bo".
func (s *state) savedText(m *model.Measure, e *model.Entry) string {
	text := s.lang.T(lang.Pending)
	if e.HasValue {
		text = s.lang.Value(e.Value, m.FigureUnit())
	}
	if !e.At.IsZero() {
		text += " " + s.lang.T(lang.FormFrom, s.lang.Day(e.At))
	}
	if e.By != "" {
		text += " " + s.lang.T(lang.FormBy, e.By)
	}
	return text
}

// entrySavedMsg says entries are in the status file (or, for the example,
// in memory), with the plan as the store knows it after the save.
type entrySavedMsg struct {
	entries []model.Entry
	snap    *data.Snapshot
}

// saveFailedMsg says why a save failed; the form keeps what was typed.
type saveFailedMsg struct{ err error }

func (f *formScreen) save() tea.Cmd { return saveEntries(f.st, []model.Entry{f.entry}) }

// failed shows why the save failed and lets the user try again.
func (f *formScreen) failed(msg string) {
	f.saving, f.confirm, f.problem = false, false, msg
}

// saveEntries has the opened plan save the entries, as every front end
// saves (app.Plan.Save), off the UI's goroutine.
func saveEntries(st *state, entries []model.Entry) tea.Cmd {
	pl, user := st.app, st.user
	return func() tea.Msg { return savedOrFailed(pl.Save(user, entries...)) }
}

// saveLost has the store save again what an editor dropped from the file.
func saveLost(st *state) tea.Cmd {
	store, user := st.store, st.user
	return func() tea.Msg { return savedOrFailed(store.SaveLost(user)) }
}

func savedOrFailed(snap *data.Snapshot, entries []model.Entry, err error) tea.Msg {
	if err != nil {
		return saveFailedMsg{err}
	}
	return entrySavedMsg{entries, snap}
}

// formStatus is the last line of a form: saving, why it cannot be saved, or
// what will be saved when the user confirms.
func (s *state) formStatus(saving bool, problem string, confirm bool, e model.Entry, width int) string {
	switch {
	case saving:
		return s.styles.notice.Render(s.lang.T(lang.Saving))
	case problem != "":
		return s.styles.problem.Render(wrap(problem, width))
	case confirm:
		return s.styles.title.Render(wrap(s.lang.T(lang.ConfirmSave, s.lang.Entry(s.plan(), e)), width))
	}
	return ""
}

// repairedMsg says the unfinished end of the status file was moved aside.
type repairedMsg struct {
	aside string
	snap  *data.Snapshot
	err   error
}

// repairFile moves a torn tail aside (never deleting a byte), so saving works again.
func repairFile(st *state) tea.Cmd {
	store := st.store
	return func() tea.Msg {
		aside, snap, err := store.Repair(time.Now())
		return repairedMsg{aside, snap, err}
	}
}
