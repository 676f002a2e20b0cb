package report

import plot "github.com/beskplan/beskplan/internal/chart"

// Bar draws a progress bar of the given width in cells, as the interactive
// view does: full blocks and light shade, or # and - when the terminal
// cannot show block characters.
func Bar(fraction float64, width int, ascii bool) string {
	return plot.Of(ascii).Bar(fraction, width)
}
