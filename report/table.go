package report

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
)

// TextFormat is plain text for a terminal, 80 columns wide: compare's
// own format besides the report's.
const TextFormat Format = "text"

// Table is a titled table that compare writes in every format: a few
// fixed columns of text, then a column per period (the latest kept when
// not all fit), and notes under it.
type Table struct {
	Title, Subtitle string
	Municipality    string // for an HTML page's margins
	AsOfLine        string // "Status pr. 3. kvartal 2026", for an HTML page's margins
	Head            []string
	Rows            []tableRow
	Notes           []string
	Fixed           int    // the columns that are always shown; the rest are periods
	Unit            string // the figures' unit, for a spreadsheet's number format
	Lang            lang.Lang
	ASCII           bool
}

// tableRow is a row of a table; Kind says what it is ("self", "member",
// "missing", "mean", "national", "rank") for the HTML's classes.
type tableRow struct {
	Kind  string
	Cells []tableCell
}

// tableCell is a cell as a paper shows it, and as a number for a spreadsheet.
type tableCell struct {
	Text  string
	Value float64
	Num   bool
	Of    int // a rank's count: "3/9" is rank 3 of 9
}

// textWidth is the width of the plain text a terminal shows.
const textWidth = 80

// defaultPeriods is how many periods a paper shows when not told.
const defaultPeriods = 12

// Write writes the table in the format, with the latest periods: as many
// as asked for, else as many as fit 80 columns in text, 12 in Markdown and
// HTML and all in a spreadsheet.
func (t *Table) Write(w io.Writer, f Format, periods int) error {
	shown := t.latest(t.keep(f, periods))
	switch f {
	case TextFormat:
		return shown.text(w)
	case MD:
		return shown.markdown(w)
	case HTMLFormat:
		return shown.html(w)
	case CSVFormat:
		return shown.csv(w)
	case XLSXFormat:
		return shown.xlsx(w)
	}
	return fmt.Errorf("unknown format %q", f)
}

// WriteFile writes the table to a file as Write does; a failed write
// leaves no half file behind.
func (t *Table) WriteFile(path string, f Format, periods int) error {
	return writeFile(path, func(w io.Writer) error { return t.Write(w, f, periods) })
}

// keep is how many period columns the format shows.
func (t *Table) keep(f Format, periods int) int {
	all := len(t.Head) - t.Fixed
	switch {
	case periods > 0:
		return min(periods, all)
	case f == TextFormat:
		return t.fitting()
	case f == MD || f == HTMLFormat:
		return min(defaultPeriods, all)
	}
	return all
}

// fitting is how many of the latest period columns fit 80 columns of text
// beside the fixed ones; at least one.
func (t *Table) fitting() int {
	widths := t.widths()
	used := 0
	for _, w := range widths[:t.Fixed] {
		used += w + 2
	}
	n := 0
	for i := len(widths) - 1; i >= t.Fixed && used+widths[i] <= textWidth; i-- {
		used += widths[i] + 2
		n++
	}
	return max(n, min(1, len(widths)-t.Fixed))
}

// latest is the table with its fixed columns and the last n period
// columns, saying how many earlier ones were left out.
func (t *Table) latest(n int) *Table {
	all := len(t.Head) - t.Fixed
	if n >= all {
		return t
	}
	cut := func(cells []string) []string { return append(cells[:t.Fixed:t.Fixed], cells[len(cells)-n:]...) }
	out := *t
	out.Head = cut(t.Head)
	out.Rows = make([]tableRow, len(t.Rows))
	for i, r := range t.Rows {
		out.Rows[i] = tableRow{Kind: r.Kind, Cells: append(r.Cells[:t.Fixed:t.Fixed], r.Cells[len(r.Cells)-n:]...)}
	}
	more := lang.CompareMore
	if all-n == 1 {
		more = lang.CompareMoreOne
	}
	out.Notes = append(slices.Clone(t.Notes), t.Lang.T(more, all-n, all))
	return &out
}

// widths are the columns' widths in characters on a terminal.
func (t *Table) widths() []int {
	widths := make([]int, len(t.Head))
	for i, h := range t.Head {
		widths[i] = ansi.StringWidth(h)
	}
	for _, r := range t.Rows {
		for i, c := range r.Cells {
			widths[i] = max(widths[i], ansi.StringWidth(c.Text))
		}
	}
	return widths
}

// text writes the table as plain text: text columns to the left, figures
// to the right, two spaces between.
func (t *Table) text(w io.Writer) error {
	var b strings.Builder
	b.WriteString(t.Title + "\n")
	if t.Subtitle != "" {
		b.WriteString(t.Subtitle + "\n")
	}
	b.WriteString("\n")
	widths := t.widths()
	line := func(cells []string) {
		var parts []string
		for i, c := range cells {
			pad := strings.Repeat(" ", widths[i]-ansi.StringWidth(c))
			if i < t.Fixed {
				parts = append(parts, c+pad)
			} else {
				parts = append(parts, pad+c)
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(parts, "  "), " ") + "\n")
	}
	line(t.Head)
	for _, r := range t.Rows {
		line(r.texts())
	}
	for _, n := range t.Notes {
		b.WriteString(n + "\n")
	}
	_, err := io.WriteString(w, printable.Text(b.String()))
	return err
}

func (r tableRow) texts() []string {
	out := make([]string, len(r.Cells))
	for i, c := range r.Cells {
		out[i] = c.Text
	}
	return out
}

// markdown writes the table as GitHub-flavoured Markdown.
func (t *Table) markdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", md(t.Title))
	if t.Subtitle != "" {
		fmt.Fprintf(&b, "%s\n\n", md(t.Subtitle))
	}
	row := func(cells []string) {
		for i := range cells {
			cells[i] = md(cells[i])
		}
		fmt.Fprintf(&b, "| %s |\n", strings.Join(cells, " | "))
	}
	row(slices.Clone(t.Head))
	rule := make([]string, len(t.Head))
	for i := range rule {
		rule[i] = "---:"
		if i < t.Fixed {
			rule[i] = "---"
		}
	}
	fmt.Fprintf(&b, "| %s |\n", strings.Join(rule, " | "))
	for _, r := range t.Rows {
		row(r.texts())
	}
	for _, n := range t.Notes {
		fmt.Fprintf(&b, "\n%s\n", md(n))
	}
	_, err := io.WriteString(w, printable.Text(b.String()))
	return err
}
