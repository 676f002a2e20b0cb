package tui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// lazy holds a rendered string until what it was made from changes, so a
// frame drawn again without a change costs nothing.
type lazy struct {
	s  string
	ok bool
}

func (c *lazy) get(render func() string) string {
	if !c.ok {
		c.s, c.ok = render(), true
	}
	return c.s
}

func (c *lazy) reset() { c.ok = false }

// rowList is a bubbles list whose view is kept until the list changes.
type rowList struct {
	list.Model
	width int
	view  lazy
}

func newRowList(st *state, keys keyMap) *rowList {
	return &rowList{Model: newList(st, keys, 2)}
}

func (l *rowList) update(msg tea.Msg) tea.Cmd {
	before := l.Index()
	var cmd tea.Cmd
	l.Model, cmd = l.Model.Update(msg)
	if l.Index() != before {
		l.view.reset()
	}
	return cmd
}

func (l *rowList) setSize(width, height int) {
	l.width = width
	l.SetSize(width, height)
	l.view.reset()
}

// setRows replaces the rows, each line padded to the list's width once here
// so frames are laid out without measuring, keeping the cursor on the same item.
func (l *rowList) setRows(rows []row) {
	for i := range rows {
		for j, line := range rows[i].lines {
			rows[i].lines[j] = padRight(line, l.width-2)
		}
	}
	setRows(&l.Model, rows)
	l.view.reset()
}

func (l *rowList) View() string   { return l.view.get(l.Model.View) }
func (l *rowList) selection() any { return selected(l.Model) }

// pane is a scrolling viewport moved by our own keys, whose view is kept
// until its content, size or position changes.
type pane struct {
	vp          viewport.Model
	top, bottom key.Binding
	view        lazy
}

// newPane is a viewport moved by our own keys only: up and down, a page at
// a time, and to the top and the bottom.
func newPane(keys keyMap) *pane {
	vp := viewport.New()
	off := key.NewBinding(key.WithDisabled())
	vp.KeyMap = viewport.KeyMap{Up: keys.Up, Down: keys.Down, PageUp: keys.PageUp, PageDown: keys.PageDown,
		HalfPageUp: off, HalfPageDown: off, Left: off, Right: off}
	return &pane{vp: vp, top: keys.Top, bottom: keys.Bottom}
}

func (p *pane) setContent(s string) { p.vp.SetContent(s); p.view.reset() }
func (p *pane) setSize(w, h int)    { p.vp.SetWidth(w); p.vp.SetHeight(h); p.view.reset() }
func (p *pane) width() int          { return p.vp.Width() }
func (p *pane) gotoTop()            { p.vp.GotoTop(); p.view.reset() }
func (p *pane) View() string        { return p.view.get(p.vp.View) }

func (p *pane) update(msg tea.Msg) tea.Cmd {
	defer p.view.reset()
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case pressed(k, p.top):
			p.vp.GotoTop()
			return nil
		case pressed(k, p.bottom):
			p.vp.GotoBottom()
			return nil
		}
	}
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	return cmd
}
