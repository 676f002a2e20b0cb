package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// pane is a page of text that scrolls with our own keys: up and down, a
// page at a time, to the top and the bottom, and with the mouse wheel. Its
// lines are cut to its width when the text is made, so drawing it only
// picks the lines in view.
type pane struct {
	keys          *keyMap
	lines         []string
	top           int // the first line in view
	width, height int
}

// newPane is an empty pane moved by the keys of the key map.
func newPane(keys *keyMap) *pane { return &pane{keys: keys} }

func (p *pane) setContent(s string) {
	p.lines = strings.Split(strings.TrimRight(s, "\n"), "\n")
	p.scroll(0)
}

func (p *pane) setSize(w, h int) { p.width, p.height = w, h; p.scroll(0) }
func (p *pane) gotoTop()         { p.top = 0 }

// scroll moves the view by n lines, within the text.
func (p *pane) scroll(n int) { p.top = max(0, min(p.top+n, len(p.lines)-p.height)) }

// View is the lines in view.
func (p *pane) View() string {
	end := min(len(p.lines), p.top+p.height)
	return strings.Join(p.lines[min(p.top, end):end], "\n")
}

func (p *pane) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			p.scroll(-3)
		case tea.MouseWheelDown:
			p.scroll(3)
		}
	case tea.KeyPressMsg:
		switch {
		case pressed(msg, p.keys.Up):
			p.scroll(-1)
		case pressed(msg, p.keys.Down):
			p.scroll(1)
		case pressed(msg, p.keys.PageUp):
			p.scroll(-p.height)
		case pressed(msg, p.keys.PageDown):
			p.scroll(p.height)
		case pressed(msg, p.keys.Top):
			p.top = 0
		case pressed(msg, p.keys.Bottom):
			p.scroll(len(p.lines))
		}
	}
	return nil
}
