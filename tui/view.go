package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
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
	parts = append(parts, m.body(), m.st.fit(m.flash, m.width), m.help.View(m.keys))
	return clip(strings.Join(parts, "\n"), m.width, m.height)
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
	if st.loaded.Example {
		state = l.T(lang.ExampleState)
	}
	state = st.fit(state, m.width/2)
	crumbSep := " › "
	if st.glyphs.barFull == "#" {
		crumbSep = " > "
	}
	line2 := spread(st.styles.crumb.Render(st.fit(strings.Join(crumbs, crumbSep), m.width-ansi.StringWidth(state)-2)), st.styles.dim.Render(state), m.width)
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
func (m Model) body() string {
	_, h := m.bodySize()
	screen := lipgloss.NewStyle().Height(h).MaxHeight(h).Render(m.top().view())
	if !m.wide() {
		return screen
	}
	sepStyle := m.st.styles.dim
	if m.focus {
		sepStyle = m.st.styles.selected
	}
	bar := "│"
	if m.st.glyphs.barFull == "#" {
		bar = "|"
	}
	divider := sepStyle.Render(strings.TrimRight(strings.Repeat(bar+"\n", h), "\n"))
	left := lipgloss.NewStyle().Width(m.listWidth()).Height(h).MaxHeight(h).Render(m.top().view())
	return lipgloss.JoinHorizontal(lipgloss.Top, left, divider, " ", m.detail.View())
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

// clip keeps the frame within the window: no line wider, no more lines than it has.
func clip(frame string, width, height int) string {
	lines := strings.Split(frame, "\n")
	if len(lines) > height {
		lines = lines[:height]
	}
	for i, line := range lines {
		if ansi.StringWidth(line) > width {
			lines[i] = ansi.Truncate(line, width, "")
		}
	}
	return strings.Join(lines, "\n")
}
