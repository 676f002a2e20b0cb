package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"

	"github.com/beskplan/beskplan/lang"
)

// keyMap is every key of the program, declared once. A key that does
// nothing on the current screen is disabled there, so the help never lies.
type keyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	Open, Back, Pane                        key.Binding
	Missing, Search, PrevPeriod, NextPeriod key.Binding
	Help, Quit                              key.Binding
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
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", t(lang.KeySearch))),
		PrevPeriod: key.NewBinding(key.WithKeys("[", "<"), key.WithHelp("[", t(lang.KeyPrevPeriod))),
		NextPeriod: key.NewBinding(key.WithKeys("]", ">"), key.WithHelp("]", t(lang.KeyNextPeriod))),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", t(lang.KeyHelp))),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", t(lang.KeyQuit))),
	}
}

// ShortHelp is the footer: the keys people need most.
func (k keyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Back, k.Missing, k.Search, k.Help, k.PrevPeriod, k.NextPeriod, k.Pane, k.Quit}
}

// FullHelp is what ? shows.
func (k keyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Open, k.Back, k.Pane},
		{k.Missing, k.Search, k.PrevPeriod, k.NextPeriod},
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
