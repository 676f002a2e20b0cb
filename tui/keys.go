package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
)

// keyMap is every key of the program, declared once. A key that does
// nothing on the current screen is disabled there, so the help never lies.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom  key.Binding
	Open, Back, Pane                         key.Binding
	Missing, Search, PrevPeriod, NextPeriod  key.Binding
	Edit, NextField, PrevField, Save, Toggle key.Binding
	SaveAgain, Report, Repair                key.Binding
	Changes                                  key.Binding
	Help, Quit                               key.Binding
}

func newKeyMap(l lang.Lang, g glyphs) keyMap {
	t := l.T
	return keyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp(g.up+"/k", t(lang.KeyUp))),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp(g.down+"/j", t(lang.KeyDown))),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "ctrl+b"), key.WithHelp("pgup", t(lang.KeyPageUp))),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "ctrl+f", "space"), key.WithHelp("pgdn", t(lang.KeyPageDown))),
		Top:        key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", t(lang.KeyTop))),
		Bottom:     key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", t(lang.KeyBottom))),
		Open:       key.NewBinding(key.WithKeys("enter", "right", "l"), key.WithHelp("enter", t(lang.KeyOpen))),
		Back:       key.NewBinding(key.WithKeys("esc", "backspace", "left", "h"), key.WithHelp("esc", t(lang.KeyBack))),
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
		Repair:     key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", t(lang.KeyRepair))),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t(lang.KeyHelp))),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", t(lang.KeyQuit))),
	}
}

// ShortHelp is the footer: the keys people need most.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Repair, k.SaveAgain, k.Save, k.NextField, k.Toggle, k.Open, k.Edit, k.Back, k.Missing, k.Search, k.Help, k.PrevPeriod, k.NextPeriod, k.Pane, k.Quit}
}

// FullHelp is what ? shows.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.Pane, k.Edit, k.SaveAgain, k.Repair},
		{k.Missing, k.Changes, k.Search, k.PrevPeriod, k.NextPeriod, k.Report},
		{k.Save, k.NextField, k.PrevField, k.Toggle},
		{k.Help, k.Quit},
	}
}

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
