package tui

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// capital is a key's help word as a screen's name in the path: "mangler" is "Mangler".
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-ansi.StringWidth(s)))
}

// padLines pads every line of a text to the width, so a pane beside it
// keeps its column.
func padLines(text string, width int) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		lines[i] = padRight(line, width)
	}
	return strings.Join(lines, "\n")
}

func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-ansi.StringWidth(s))) + s
}

// numberSpace is the space after a figure ("8,6 %", "1.120
// helårspersoner"); numberDash the hyphen inside a date or period
// ("2024-12-31"); minus a figure's minus sign ("-0,5 pp"), never left at
// a line's end.
var numberSpace, numberDash = regexp.MustCompile(`(\d) `), regexp.MustCompile(`(\d)-([\dQH])`)
var minus = regexp.MustCompile(`(^|[\s(])-(\d)`)

// unglue turns the no-break space and hyphen wrap kept together back into plain ones.
var unglue = strings.NewReplacer("\u00a0", " ", "\u2011", "-")

// wrap breaks text into lines of at most width cells, at spaces, by display
// width; never between a figure and its unit, nor inside a date.
func wrap(text string, width int) string {
	if width < 1 {
		return ""
	}
	text = minus.ReplaceAllString(text, "$1\u2011$2")
	text = numberSpace.ReplaceAllString(text, "$1\u00a0")
	text = numberDash.ReplaceAllString(numberDash.ReplaceAllString(text, "$1\u2011$2"), "$1\u2011$2") // twice: "1-2-3" overlaps
	return unglue.Replace(lipgloss.NewStyle().Width(width).Render(text))
}

// labelled lays out "Label   value" with the labels in one column.
func (s *state) labelled(label, value string, labelWidth, width int) string {
	value = wrap(value, max(1, width-labelWidth))
	lines := strings.Split(value, "\n")
	for i := range lines {
		head := strings.Repeat(" ", labelWidth)
		if i == 0 {
			head = s.styles.label.Render(padRight(label, labelWidth))
		}
		lines[i] = head + strings.TrimRight(lines[i], " ")
	}
	return strings.Join(lines, "\n")
}

// newInput is a text field with a steady cursor: a blinking one redraws the
// screen twice a second, which is noise over a slow SSH line.
func newInput() textinput.Model {
	in := textinput.New()
	styles := in.Styles()
	styles.Cursor.Blink = false
	in.SetStyles(styles)
	return in
}
