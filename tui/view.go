package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/lang"
)

// The smallest window the view lays out in; below it, it says so.
const minWidth, minHeight = 40, 10

// View lays out the header, the screen (with a detail pane when wide), any
// problems in the file on disk, a line for messages, and the help.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if m.mouseOn {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "beskplan " + m.st.plan().Municipality
	return v
}

func (m Model) render() string {
	if m.width == 0 {
		return ""
	}
	if m.width < minWidth || m.height < minHeight {
		return wrap(m.st.lang.T(lang.TooSmall, minWidth, minHeight), m.width)
	}
	parts := []string{m.header()}
	if m.trouble != "" {
		parts = append(parts, m.troubleView())
	}
	parts = append(parts, m.body(), m.flashLine(), m.footer())
	return clip(strings.Join(parts, "\n"), m.height)
}

// flashLine says what a key just did; when it has nothing to say, what is
// next in the committee's cycle: "Næste møde 12. november 2026 (3. kvartal
// 2026): 3 tal mangler, frist 5. november 2026".
func (m Model) flashLine() string {
	if m.flash != "" {
		return m.st.fit(m.flash, m.width)
	}
	return m.st.styles.notice.Render(m.st.fit(m.st.nextMeeting, m.width))
}

// header is two lines: the plan and the as-of period; where we are and the file's state.
func (m Model) header() string {
	st, l, p := m.st, m.st.lang, m.st.plan()
	right := l.T(lang.AsOfShort, st.view.AsOf)
	if !st.view.AsRecorded.IsZero() {
		right += ", " + l.T(lang.AsRecorded, st.view.AsRecorded)
	}
	left := p.Municipality + st.glyphs.sep + p.Title
	if period := st.glyphs.sep + l.T(lang.PlanPeriod, p.Start, p.End); ansi.StringWidth(left+period+right) < m.width-2 {
		left += period
	}
	line1 := spread(st.styles.header.Render(st.fit(left, m.width-ansi.StringWidth(right)-2)), st.styles.header.Render(right), m.width)

	crumbs := make([]string, len(m.stack))
	for i, s := range m.stack {
		crumbs[i] = s.crumb()
	}
	state := st.loaded.StatusPath
	switch {
	case st.badge != "":
		state = st.badge
	case st.loaded.Example:
		state = l.T(lang.ExampleState)
	case st.readOnly:
		state = l.T(lang.ReadOnlyState) + st.glyphs.sep + state
	}
	state = st.fit(state, m.width/2)
	line2 := spread(st.styles.crumb.Render(st.fit(strings.Join(crumbs, st.glyphs.crumb), m.width-ansi.StringWidth(state)-2)), st.styles.dim.Render(state), m.width)
	return line1 + "\n" + line2
}

// spread puts left and right on one line of the given width.
func spread(left, right string, width int) string {
	gap := width - ansi.StringWidth(left) - ansi.StringWidth(right)
	if gap < 1 {
		return ansi.Truncate(left, width, "")
	}
	return left + strings.Repeat(" ", gap) + right
}

// body is the current screen, with the detail pane beside it when wide.
// Screens draw every line to their full width, so the panes are joined
// line by line without measuring anything.
func (m Model) body() string {
	w, h := m.bodySize()
	if !m.wide() {
		return strings.Join(exactly(m.top().view(), h, ""), "\n")
	}
	divider := m.st.styles.dim.Render(m.st.glyphs.divider) + " "
	if m.focus {
		divider = m.st.styles.selected.Render(m.st.glyphs.divider) + " "
	}
	left := exactly(m.top().view(), h, strings.Repeat(" ", m.listWidth()))
	right := exactly(m.detail.View(), h, "")
	var b strings.Builder
	b.Grow(h * (w + 32))
	for i := range h {
		b.WriteString(left[i])
		b.WriteString(divider)
		b.WriteString(right[i])
		if i < h-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// exactly is the text as n lines: cut, or filled with blank lines.
func exactly(text string, n int, blank string) []string {
	lines := strings.SplitN(text, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, blank)
	}
	for i, line := range lines {
		if line == "" {
			lines[i] = blank
		}
	}
	return lines
}

func (m Model) troubleView() string {
	lines := strings.Split(m.trouble, "\n")
	if len(lines) > 4 {
		lines = append(lines[:3], m.st.glyphs.ellipsis)
	}
	for i := range lines {
		lines[i] = m.st.fit(lines[i], m.width)
	}
	return m.st.styles.problem.Render(m.st.fit(m.st.lang.T(lang.FileInvalid), m.width)) + "\n" + strings.Join(lines, "\n")
}

// footer is the help for the keys that work here. A footer too wide for
// the window keeps the keys that fit whole, with an ellipsis when there is
// room for it: the help's own cut lets an item through cut in the middle
// ("q afsl...") when its ellipsis would not fit.
func (m Model) footer() string {
	if !m.help.ShowAll {
		return m.shortFooter()
	}
	lines := strings.Split(m.help.View(m.footerKeys()), "\n")
	for i, line := range lines {
		lines[i] = ansi.Truncate(line, m.width, m.st.glyphs.ellipsis)
	}
	return strings.Join(lines, "\n")
}

func (m Model) shortFooter() string {
	var keys []key.Binding
	for _, k := range m.footerKeys().ShortHelp() {
		if k.Enabled() {
			keys = append(keys, k)
		}
	}
	h := m.help
	h.SetWidth(0) // cut here, by whole keys
	tail := " " + h.Styles.Ellipsis.Inline(true).Render(h.Ellipsis)
	for n := len(keys); n > 0; n-- {
		line := h.ShortHelpView(keys[:n])
		if w := ansi.StringWidth(line); w <= m.width {
			if n < len(keys) && w+ansi.StringWidth(tail) <= m.width {
				line += tail
			}
			return line
		}
	}
	return ansi.Truncate(h.ShortHelpView(keys), m.width, m.st.glyphs.ellipsis)
}

// clip keeps the frame within the window's height. Widths are kept by
// construction (every line is cut when its content is made), and tests
// check every screen at two sizes.
func clip(frame string, height int) string {
	lines := strings.SplitN(frame, "\n", height+1)
	if len(lines) > height {
		lines = lines[:height]
	}
	return strings.Join(lines, "\n")
}
