package tui

import (
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
	vp   viewport.Model
	view lazy
}

func newPane(keys keyMap) *pane { return &pane{vp: newPage(keys)} }

func (p *pane) setContent(s string) { p.vp.SetContent(s); p.view.reset() }
func (p *pane) setSize(w, h int)    { p.vp.SetWidth(w); p.vp.SetHeight(h); p.view.reset() }
func (p *pane) width() int          { return p.vp.Width() }
func (p *pane) top()                { p.vp.GotoTop(); p.view.reset() }
func (p *pane) bottom()             { p.vp.GotoBottom(); p.view.reset() }
func (p *pane) View() string        { return p.view.get(p.vp.View) }

func (p *pane) update(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.vp, cmd = p.vp.Update(msg)
	p.view.reset()
	return cmd
}
