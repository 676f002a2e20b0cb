package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// stateForm sets an initiative's state for the as-of period: pick a state,
// enter to check, enter again to save.
type stateForm struct {
	st         *state
	initiative *model.Initiative
	cursor     int
	confirm    bool
	saving     bool
	problem    string
	width      int
}

func newStateForm(st *state, in *model.Initiative) *stateForm {
	f := &stateForm{st: st, initiative: in}
	if current := st.snap.Initiative(in).State; current != "" {
		for i, s := range model.States {
			if s == current {
				f.cursor = i
			}
		}
	}
	return f
}

func (f *stateForm) crumb() string            { return f.st.lang.T(lang.FormTitle) }
func (f *stateForm) capturing() bool          { return true }
func (f *stateForm) selection() any           { return nil }
func (f *stateForm) refresh()                 {}
func (f *stateForm) resize(width, height int) { f.width = width }

func (f *stateForm) entry() model.Entry {
	return model.Entry{Initiative: f.initiative.ID, Period: f.st.view.AsOf, State: model.States[f.cursor]}
}

func (f *stateForm) update(msg tea.Msg) tea.Cmd {
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey || f.saving {
		return nil
	}
	switch {
	case pressed(k, f.st.keys.Save) && f.confirm:
		f.saving = true
		return saveEntries(f.st, []model.Entry{f.entry()})
	case pressed(k, f.st.keys.Save):
		f.confirm, f.problem = true, ""
	case pressed(k, f.st.keys.NextField), pressed(k, f.st.keys.Down):
		f.cursor, f.confirm = (f.cursor+1)%len(model.States), false
	case pressed(k, f.st.keys.PrevField), pressed(k, f.st.keys.Up):
		f.cursor, f.confirm = (f.cursor+len(model.States)-1)%len(model.States), false
	}
	return nil
}

func (f *stateForm) failed(msg string) { f.saving, f.confirm, f.problem = false, false, msg }

func (f *stateForm) view() string {
	st, l := f.st, f.st.lang
	var b strings.Builder
	b.WriteString(st.styles.title.Render(st.fit(f.initiative.ID+"  "+f.initiative.Title, f.width)) + "\n")
	b.WriteString(st.styles.dim.Render(st.fit(l.T(lang.StateFor, st.view.AsOf), f.width)) + "\n\n")
	for i, s := range model.States {
		mark := "  "
		if i == f.cursor {
			mark = st.styles.selected.Render(st.glyphs.cursor) + " "
		}
		b.WriteString(mark + l.State(s) + "\n")
	}
	b.WriteString("\n")
	b.WriteString(st.formStatus(f.saving, f.problem, f.confirm, f.entry(), f.width))
	return padLines(b.String(), f.width)
}
