package tui

import (
	"io"

	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/paginator"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// row is one item of a list screen: what it stands for (a goal, strategy,
// initiative or measure) and its lines, rendered when the data, the
// as-of period or the width changes, never per frame.
type row struct {
	target any
	id     string
	lines  []string
	// draw, when set, makes the lines the first time the row is in view:
	// a list of 2,000 measures draws the page it shows, not every row.
	draw func() []string
}

// lazyRow is a row whose lines are drawn only once it is in view.
func lazyRow(target any, id string, draw func() row) row {
	return row{target: target, id: id, draw: func() []string { return draw().lines }}
}

// FilterValue satisfies list.Item; our lists do not use the list's filter.
func (r row) FilterValue() string { return r.id }

// listModel is the bubbles list under a rowList.
type listModel = list.Model

// rowDelegate tells the list how tall a row is, for its pages.
type rowDelegate struct{ height int }

func (d rowDelegate) Height() int                         { return d.height }
func (d rowDelegate) Spacing() int                        { return 0 }
func (d rowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render draws nothing: rowList draws its rows itself, from their ready lines.
func (d rowDelegate) Render(io.Writer, list.Model, int, list.Item) {}

// newList makes a bubbles list that shows rows only: no title, filter,
// status bar or help of its own (the root shows one help for everything).
func newList(st *state, height int) list.Model {
	l := list.New(nil, rowDelegate{height: height}, 0, 0)
	l.SetShowTitle(false)
	l.SetShowFilter(false)
	l.SetFilteringEnabled(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.KeyMap = st.keys.listKeys()
	l.Paginator.Type = paginator.Arabic // "2/5": readable without Unicode dots
	l.Paginator.ArabicFormat = "%d/%d"
	return l
}

// setRows replaces a list's rows, keeping the cursor on the same item when it is still there.
func setRows(l *list.Model, rows []row) {
	keep := ""
	if r, ok := l.SelectedItem().(row); ok {
		keep = r.id
	}
	items := make([]list.Item, len(rows))
	at := 0
	for i, r := range rows {
		items[i] = r
		if r.id == keep {
			at = i
		}
	}
	l.SetItems(items)
	l.Select(at)
}

// fit cuts a line to the width, by display width, with an ellipsis.
func (s *state) fit(line string, width int) string {
	if width <= 0 {
		return ""
	}
	return ansi.Truncate(line, width, s.glyphs.ellipsis)
}

// selected is the target of the row under a list's cursor, or nil.
func selected(l list.Model) any {
	if r, ok := l.SelectedItem().(row); ok {
		return r.target
	}
	return nil
}
