// Package report turns a computed snapshot of a plan into text for people:
// the status overview now, and the committee's report formats.
package report

import "strings"

// Bar draws a progress bar of the given width in cells: full blocks and
// light shade, or # and - when the terminal cannot show block characters.
func Bar(fraction float64, width int, ascii bool) string {
	if width <= 0 {
		return ""
	}
	full := int(fraction*float64(width) + 0.5)
	full = min(max(full, 0), width)
	on, off := "█", "░"
	if ascii {
		on, off = "#", "-"
	}
	return strings.Repeat(on, full) + strings.Repeat(off, width-full)
}
