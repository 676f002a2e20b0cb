package tui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// keyMap is every key of the program, declared once. A key that does
// nothing on the current screen is disabled there, so the help never lies.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom  key.Binding
	Open, Back, Home, Pane                   key.Binding
	Missing, Search, PrevPeriod, NextPeriod  key.Binding
	Edit, NextField, PrevField, Save, Toggle key.Binding
	SaveAgain, Report, Repair                key.Binding
	Changes                                  key.Binding
	Assess, SaveText                         key.Binding // a goal's vurdering: open the editor, and save what it holds
	Help, Quit                               key.Binding
	ForceQuit, Cancel                        key.Binding // while typing: quit, and leave the form or search
	Pick, Browse                             key.Binding // while searching: open the found item, and move among them
}

func newKeyMap(l lang.Lang, g glyphs) *keyMap {
	t := l.T
	return &keyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp(g.up+"/k", t(lang.KeyUp))),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp(g.down+"/j", t(lang.KeyDown))),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", t(lang.KeyPageUp))),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdn", t(lang.KeyPageDown))),
		Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", t(lang.KeyTop))),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", t(lang.KeyBottom))),
		Open:       key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", t(lang.KeyOpen))),
		Back:       key.NewBinding(key.WithKeys("esc", "backspace", "left", "h"), key.WithHelp("esc", t(lang.KeyBack))),
		Home:       key.NewBinding(key.WithKeys("o"), key.WithHelp("o", t(lang.KeyHome))),
		Pane:       key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", t(lang.KeyPane))),
		Missing:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", t(lang.KeyMissing))),
		Changes:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", t(lang.KeyChanges))),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", t(lang.KeySearch))),
		PrevPeriod: key.NewBinding(key.WithKeys("[", "<"), key.WithHelp("[", t(lang.KeyPrevPeriod))),
		NextPeriod: key.NewBinding(key.WithKeys("]", ">"), key.WithHelp("]", t(lang.KeyNextPeriod))),
		Edit:       key.NewBinding(key.WithKeys("e"), key.WithHelp("e", t(lang.KeyEdit))),
		NextField:  key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab", t(lang.KeyNextField))),
		PrevField:  key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab", t(lang.KeyPrevField))),
		Save:       key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", t(lang.KeySave))),
		Toggle:     key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", t(lang.KeyToggle))),
		SaveAgain:  key.NewBinding(key.WithKeys("a"), key.WithHelp("a", t(lang.KeySaveAgain))),
		Report:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", t(lang.KeyReport))),
		Assess:     key.NewBinding(key.WithKeys("v"), key.WithHelp("v", t(lang.KeyAssess))),
		SaveText:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t(lang.KeySaveText))),
		Repair:     key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", t(lang.KeyRepair))),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t(lang.KeyHelp))),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", t(lang.KeyQuit))),
		ForceQuit:  key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t(lang.KeyQuit))),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t(lang.KeyBack))),
		Pick:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t(lang.KeyOpen))),
		Browse:     key.NewBinding(key.WithKeys("up", "down", "pgup", "pgdown"), key.WithHelp(g.up+"/"+g.down, t(lang.KeyDown))),
	}
}

// footerKeys are the keys the footer and the full help show: the current
// screen's own, then the keys every screen has.
type footerKeys struct {
	screen help.KeyMap
	k      *keyMap
}

// ShortHelp is the footer: the keys people need most, help and quit before
// the periods, since a narrow window cuts the footer at its end.
func (f footerKeys) ShortHelp() []key.Binding {
	k := f.k
	keys := append([]key.Binding{k.Repair, k.SaveAgain}, f.screen.ShortHelp()...)
	// v, only on a goal's screen, after quit: where the window has room.
	return append(keys, k.Back, k.Home, k.Missing, k.Search, k.Help, k.Quit, k.Assess, k.PrevPeriod, k.NextPeriod, k.Pane)
}

// FullHelp is what ? shows.
func (f footerKeys) FullHelp() [][]key.Binding {
	k := f.k
	return append(f.screen.FullHelp(),
		[]key.Binding{k.Back, k.Home, k.Pane, k.SaveAgain, k.Repair},
		[]key.Binding{k.Missing, k.Changes, k.Search, k.PrevPeriod, k.NextPeriod, k.Report},
		[]key.Binding{k.Help, k.Quit})
}

// The keys of the screens: each offers its own (help.KeyMap), from the one map.
func (k *keyMap) moving() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

func (k *keyMap) listShort() []key.Binding  { return []key.Binding{k.Open, k.Edit} }
func (k *keyMap) listFull() [][]key.Binding { return [][]key.Binding{k.moving(), k.listShort()} }

func (s *overviewScreen) ShortHelp() []key.Binding  { return s.st.keys.listShort() }
func (s *overviewScreen) FullHelp() [][]key.Binding { return s.st.keys.listFull() }
func (s *goalScreen) ShortHelp() []key.Binding      { return s.st.keys.listShort() }
func (s *goalScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{s.st.keys.moving(), append(s.ShortHelp(), s.st.keys.Assess)}
}
func (s *assessScreen) ShortHelp() []key.Binding {
	return []key.Binding{s.st.keys.SaveText} // esc is the root's, in every footer
}
func (s *assessScreen) FullHelp() [][]key.Binding   { return [][]key.Binding{s.ShortHelp()} }
func (s *strategyScreen) ShortHelp() []key.Binding  { return s.st.keys.listShort() }
func (s *strategyScreen) FullHelp() [][]key.Binding { return s.st.keys.listFull() }
func (s *missingScreen) ShortHelp() []key.Binding   { return s.st.keys.listShort() }
func (s *missingScreen) FullHelp() [][]key.Binding  { return s.st.keys.listFull() }
func (s *changesScreen) ShortHelp() []key.Binding   { return []key.Binding{s.st.keys.Open} }
func (s *changesScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{s.st.keys.moving(), {s.st.keys.Open}}
}
func (s *measureScreen) ShortHelp() []key.Binding { return []key.Binding{s.st.keys.Edit} }
func (s *measureScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{s.st.keys.moving(), {s.st.keys.Edit}}
}
func (s *searchScreen) ShortHelp() []key.Binding { return []key.Binding{s.st.keys.Pick} }
func (s *searchScreen) FullHelp() [][]key.Binding {
	return [][]key.Binding{{s.st.keys.Pick, s.st.keys.Browse}}
}
func (f *formScreen) ShortHelp() []key.Binding {
	k := f.st.keys
	if f.focus == len(f.fields) || f.focus == f.assessedRow() { // pending, or the assessment
		return []key.Binding{k.Save, k.NextField, k.Toggle}
	}
	return []key.Binding{k.Save, k.NextField}
}
func (f *formScreen) FullHelp() [][]key.Binding {
	k := f.st.keys
	return [][]key.Binding{{k.Save, k.NextField, k.PrevField, k.Toggle}}
}
func (f *stateForm) ShortHelp() []key.Binding {
	return []key.Binding{f.st.keys.Save, f.st.keys.NextField}
}
func (f *stateForm) FullHelp() [][]key.Binding {
	k := f.st.keys
	return [][]key.Binding{{k.Save, k.NextField, k.PrevField}}
}

// editor is a screen about one item that e edits (a measure's page).
type editor interface{ editTarget() any }

func (s *measureScreen) editTarget() any { return s.measure }

// editTarget is what e edits on a screen: its item, or the one under the cursor.
func editTarget(s screen) any {
	if e, ok := s.(editor); ok {
		return e.editTarget()
	}
	return s.selection()
}

// updateKeys enables the keys that do something here, so the help is true.
func (m *Model) updateKeys() {
	k := m.keys
	p := m.st.plan()
	asOf := m.st.view.AsOf
	top := m.top()
	_, typing := top.(capturer)
	_, isForm := top.(form)
	selection := top.selection()
	k.Back.SetEnabled(len(m.stack) > 1)
	k.Home.SetEnabled(len(m.stack) > 1 && !typing)
	switch selection.(type) {
	case *model.Goal, *model.Strategy, *model.Measure:
		k.Open.SetEnabled(!m.focus && !isForm)
	default:
		k.Open.SetEnabled(false)
	}
	k.Pick.SetEnabled(selection != nil)
	switch editTarget(top).(type) {
	case *model.Measure, *model.Initiative:
		k.Edit.SetEnabled(m.canRecord() && !typing)
	default:
		k.Edit.SetEnabled(false)
	}
	_, isGoal := top.(*goalScreen)
	k.Assess.SetEnabled(isGoal && m.canRecord() && !typing)
	_, isMissing := top.(*missingScreen) // m and c have nothing more to show on their own lists
	k.Missing.SetEnabled(!isMissing && !typing)
	_, isChanges := top.(*changesScreen)
	k.Changes.SetEnabled(!isChanges && !typing)
	k.Search.SetEnabled(!typing)
	p2, hasOwn := top.(paner)
	k.Pane.SetEnabled(!typing && (m.wide() || hasOwn && p2.hasPanes()))
	k.PrevPeriod.SetEnabled(!typing && model.Clamp(asOf.Add(-1), p.Start, p.End) != asOf)
	k.NextPeriod.SetEnabled(!typing && model.Clamp(asOf.Add(1), p.Start, p.End) != asOf)
	k.Help.SetEnabled(!typing)
	k.Quit.SetEnabled(!typing) // q is a letter while typing; ctrl+c still quits
	k.SaveAgain.SetEnabled(!typing && !m.st.readOnly && len(m.st.loaded.Lost) > 0)
	k.Report.SetEnabled(!typing)
	k.Repair.SetEnabled(m.canRepair)
}

// help is the keys of the current screen and of every screen.
func (m Model) footerKeys() footerKeys { return footerKeys{screen: m.top(), k: m.keys} }

// listKeys gives a bubbles list our own bindings for moving, and none of
// its own for filtering, help or quitting: the root handles those.
func (k keyMap) listKeys() list.KeyMap {
	off := key.NewBinding(key.WithDisabled())
	return list.KeyMap{
		CursorUp: k.Up, CursorDown: k.Down, PrevPage: k.PageUp, NextPage: k.PageDown,
		GoToStart: k.Top, GoToEnd: k.Bottom,
		Filter: off, ClearFilter: off, CancelWhileFiltering: off, AcceptWhileFiltering: off,
		ShowFullHelp: off, CloseFullHelp: off, Quit: off, ForceQuit: off,
	}
}

// pressed reports whether msg is one of the binding's keys, whether or not
// the binding is enabled in this copy of the key map: screens keep a copy,
// and the root decides what is enabled.
func pressed(msg tea.KeyPressMsg, b key.Binding) bool {
	for _, k := range b.Keys() {
		if msg.String() == k {
			return true
		}
	}
	return false
}
