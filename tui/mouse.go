package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// lister is a screen with a list of rows, and how many of its lines stand
// above the list: what a click lands on.
type lister interface{ rowsAt() (*rowList, int) }

func (s *overviewScreen) rowsAt() (*rowList, int) { return s.list, strings.Count(s.note, "\n") }
func (s *goalScreen) rowsAt() (*rowList, int)     { return s.list, strings.Count(s.head, "\n") }
func (s *missingScreen) rowsAt() (*rowList, int)  { return s.list, 2 }
func (s *changesScreen) rowsAt() (*rowList, int)  { return s.list, 2 }
func (s *searchScreen) rowsAt() (*rowList, int)   { return s.list, 2 }
func (s *strategyScreen) rowsAt() (*rowList, int) {
	if s.reading {
		return nil, 0
	}
	return s.list, strings.Count(s.intro, "\n") + 1
}

// mouse handles the wheel (it scrolls what is under the pointer, a list by
// one row a turn) and clicks (the first selects a row, a click on the
// selected row opens it). Terminals keep text selection with their
// modifier (usually shift) held, so copying still works.
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	if _, isForm := m.top().(form); isForm {
		return nil // the form's fields are not rows
	}
	mouse := msg.Mouse()
	inDetail := m.wide() && mouse.X > m.listWidth()
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		if inDetail {
			return m.detail.update(msg)
		}
		if l, _ := m.listAt(); l != nil {
			switch mouse.Button {
			case tea.MouseWheelUp:
				l.CursorUp()
			case tea.MouseWheelDown:
				l.CursorDown()
			}
			return nil
		}
		return m.top().update(msg) // a page scrolls by itself
	case tea.MouseClickMsg:
		if mouse.Button != tea.MouseLeft || inDetail {
			return nil
		}
		l, top := m.listAt()
		if l == nil {
			return nil
		}
		i := l.itemAt(mouse.Y - 2 - m.troubleHeight() - top)
		switch {
		case i < 0:
		case i == l.Index():
			if _, typing := m.top().(capturer); typing { // search opens with the item's own path, as enter does
				target := m.top().selection()
				return func() tea.Msg { return openMsg{target} }
			}
			m.open()
		default:
			l.Select(i)
		}
	}
	return nil
}

// listAt is the current screen's list and the lines above it, if it has one.
func (m *Model) listAt() (*rowList, int) {
	if l, ok := m.top().(lister); ok {
		return l.rowsAt()
	}
	return nil, 0
}

// itemAt is the index of the row drawn at a line of the list, or -1.
func (l *rowList) itemAt(line int) int {
	if line < 0 || line >= l.Height() {
		return -1
	}
	i := l.Paginator.Page*l.Paginator.PerPage + line/l.height
	if i >= len(l.Items()) || line/l.height >= l.Paginator.ItemsOnPage(len(l.Items())) {
		return -1
	}
	return i
}
