package data

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/beskplan/beskplan/lang"
)

// Problem is one thing wrong in a file, with where it is. The message is a
// catalogue key, rendered in the user's language at the edge.
type Problem struct {
	File      string
	Line, Col int // from 1; 0 when the problem has no place in the file
	Key       lang.Key
	Args      []any
	Warning   bool   // reported, but blocks nothing
	path      string // where in the document, until resolved to Line and Col
	at        spot
	syntax    bool // the file's TOML, not its content
}

// Message renders the problem in the language as FILE:LINE:COLUMN: message.
func (p Problem) Message(l lang.Lang) string {
	text := l.T(p.Key, p.Args...)
	if n, ok := p.More(); ok { // a count, in the language's digits
		text = l.T(p.Key, l.Number(float64(n)))
	}
	if p.Warning {
		text = l.T(lang.WarningPrefix) + text
	}
	return p.Where() + ": " + text
}

// Where is the problem's place: FILE:LINE:COLUMN, or FILE.
func (p Problem) Where() string {
	if p.Line == 0 || p.Line == math.MaxInt32 { // none, or after the rest (see doc.more)
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Error renders the problem in Danish.
func (p Problem) Error() string { return p.Message(lang.Da) }

// Problems is every problem found in a plan and its status file.
type Problems []Problem

// Error renders every problem in Danish, one a line.
func (ps Problems) Error() string { return ps.Message(lang.Da) }

// Message renders every problem in the language, one a line.
func (ps Problems) Message(l lang.Lang) string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Message(l)
	}
	return strings.Join(lines, "\n")
}

// Count is how many problems there are, those only counted included (see doc.more).
func (ps Problems) Count() int {
	n := 0
	for _, p := range ps {
		if m, ok := p.More(); ok {
			n += m
		} else {
			n++
		}
	}
	return n
}

// More is the count of a problem that stands for more of a kind.
func (p Problem) More() (int, bool) {
	if p.Key != lang.ProblemsMore || len(p.Args) == 0 {
		return 0, false
	}
	n, ok := p.Args[0].(int)
	return n, ok
}

// split parts the problems that block from the warnings.
func (ps Problems) split() (errs, warnings Problems) {
	for _, p := range ps {
		if p.Warning {
			warnings = append(warnings, p)
		} else {
			errs = append(errs, p)
		}
	}
	return errs, warnings
}

// sortProblems orders problems by file and place, as an editor lists them.
func sortProblems(ps Problems) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}
