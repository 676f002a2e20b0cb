package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// rowList is a bubbles list (it keeps the cursor, the pages and the keys)
// whose rows we draw ourselves from their ready lines: the list's own view
// measures every line of every frame again.
type rowList struct {
	listModel
	st     *state
	width  int
	height int    // lines a row: two, or three where a screen has more to say of some rows
	view   string // the drawn page; "" until drawn after a change
	// drawn holds each row's lines, padded to the width, once it was in
	// view; nil for a row not drawn yet. Reset with the rows or the width.
	drawn [][]string
}

func newRowList(st *state) *rowList {
	return &rowList{listModel: newList(st, 2), st: st, height: 2}
}

// setRowHeight makes every row that many lines, for the list's pages and
// its clicks; a row with fewer lines is padded with blank ones.
func (l *rowList) setRowHeight(lines int) {
	if lines == l.height {
		return
	}
	l.height = lines
	l.SetDelegate(rowDelegate{height: lines})
	l.fitPages()
}

// fitPages keeps a line for the page number only when the rows need more
// than one page: rows that just fit the list's height are all shown.
func (l *rowList) fitPages() {
	l.SetShowPagination(len(l.Items())*l.height > l.Height())
	l.view = ""
}

func (l *rowList) update(msg tea.Msg) tea.Cmd {
	before, page := l.Index(), l.Paginator.Page
	var cmd tea.Cmd
	l.listModel, cmd = l.listModel.Update(msg)
	if l.Index() != before || l.Paginator.Page != page {
		l.view = ""
	}
	return cmd
}

func (l *rowList) setSize(width, height int) {
	if width != l.width {
		l.drawn = nil
	}
	l.width = width
	l.SetSize(width, height)
	l.fitPages()
}

// setRows replaces the rows, keeping the cursor on the same item. Each
// row's lines are drawn (when lazy) and padded to the list's width the
// first time it is in view, so frames are laid out without measuring.
func (l *rowList) setRows(rows []row) {
	setRows(&l.listModel, rows)
	l.drawn = nil
	l.fitPages()
}

// lines are the i-th row's lines as drawn in the list, padded to its width.
func (l *rowList) lines(i int, r row) []string {
	if len(l.drawn) != len(l.Items()) {
		l.drawn = make([][]string, len(l.Items()))
	}
	if l.drawn[i] == nil {
		lines := r.lines
		if r.draw != nil {
			lines = r.draw()
		}
		padded := make([]string, len(lines))
		for j, line := range lines {
			padded[j] = padRight(line, l.width-2)
		}
		l.drawn[i] = padded
	}
	return l.drawn[i]
}

// Select moves the cursor to the i-th row.
func (l *rowList) Select(i int) {
	l.listModel.Select(i)
	l.view = ""
}

// CursorUp and CursorDown move the cursor one row, as the mouse wheel does.
func (l *rowList) CursorUp() {
	l.listModel.CursorUp()
	l.view = ""
}

func (l *rowList) CursorDown() {
	l.listModel.CursorDown()
	l.view = ""
}

func (l *rowList) selection() any { return selected(l.listModel) }

// View is the current page of rows, blank lines to the list's height, and
// the page number when there is more than one page; every line as wide as
// the list.
func (l *rowList) View() string {
	if l.view != "" {
		return l.view
	}
	items := l.Items()
	height := l.Height()
	paged := l.Paginator.TotalPages > 1
	if paged {
		height -= 2 // a blank line, then "2/5"
	}
	blank := strings.Repeat(" ", max(0, l.width))
	selected, plain := l.st.styles.selected.Render(l.st.glyphs.cursor)+" ", "  "
	var b strings.Builder
	lines := 0
	start, end := l.Paginator.GetSliceBounds(len(items))
	for i := start; i < end && lines < height; i++ {
		r, _ := items[i].(row)
		own := l.lines(i, r)
		for j := range l.height {
			head := plain
			if i == l.Index() && j == 0 {
				head = selected
			}
			if lines > 0 {
				b.WriteByte('\n')
			}
			if j < len(own) {
				b.WriteString(head + own[j])
			} else {
				b.WriteString(blank)
			}
			lines++
		}
	}
	for ; lines < height; lines++ {
		if lines > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(blank)
	}
	if paged {
		b.WriteString("\n" + blank + "\n" + padRight("  "+l.Paginator.View(), l.width))
	}
	l.view = b.String()
	return l.view
}
