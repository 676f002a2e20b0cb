package data

import (
	"bytes"
	"slices"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A status file kept in git in several places is joined by git's union
// merge (see Attributes): the lines of both sides are kept. Two things
// follow that this file takes care of. An entry brought in by two merges
// appears twice, and counts once. And two places may have recorded
// different figures for the same measure and period: the later `at` wins,
// as the format says, and check names both so someone can look.

// settle gives each entry its line in the file and keeps one of each set of
// identical entries (the last, so which entry wins a period is unchanged).
func settle(src []byte, entries []model.Entry) []model.Entry {
	if lines := entryLines(src); len(lines) == len(entries) { // else a table did not read: no lines
		for i := range entries {
			entries[i].Line = lines[i]
		}
	}
	return withoutCopies(entries)
}

// entryLines is the line of each [[entry]] header, in file order. The
// headers are found by search and the lines between counted at once,
// not line by line: a large file has a million lines.
func entryLines(src []byte) []int {
	header := []byte("[[entry]]")
	var lines []int
	line, counted := 1, 0
	for at := 0; at < len(src); {
		i := bytes.Index(src[at:], header)
		if i < 0 {
			break
		}
		at += i
		if (at == 0 || src[at-1] == '\n') && headerLine(src, at+len(header)) {
			line += bytes.Count(src[counted:at], []byte("\n"))
			counted = at
			lines = append(lines, line)
		}
		at += len(header)
	}
	return lines
}

// sameEntry is what makes two entries copies of one: everything the file
// has but the line.
type sameEntry struct {
	e  model.Entry
	at int64
}

func copyKey(e model.Entry) sameEntry {
	at := int64(0)
	if !e.At.IsZero() {
		at = e.At.UnixNano()
	}
	e = e.AsWritten()
	e.Line, e.At = 0, time.Time{}
	return sameEntry{e, at}
}

// withoutCopies keeps the last of each set of identical signed entries, in
// place. Only an entry with its `at` is told apart from every other: two
// alike written by hand without one may well be meant twice.
func withoutCopies(entries []model.Entry) []model.Entry {
	// Copies share their `at`: only entries whose `at` another has are
	// keyed whole, which spares hashing 100,000 entries' texts. The times
	// are sorted rather than counted in a map: several times cheaper.
	ats := make([]int64, 0, len(entries))
	for _, e := range entries {
		if !e.At.IsZero() {
			ats = append(ats, e.At.UnixNano())
		}
	}
	slices.Sort(ats)
	var twice map[int64]bool
	for i := 1; i < len(ats); i++ {
		if ats[i] == ats[i-1] {
			if twice == nil {
				twice = map[int64]bool{}
			}
			twice[ats[i]] = true
		}
	}
	if twice == nil {
		return entries
	}
	shared := func(e model.Entry) bool { return !e.At.IsZero() && twice[e.At.UnixNano()] }
	last := make(map[sameEntry]int)
	signed := 0
	for i, e := range entries {
		if shared(e) {
			last[copyKey(e)] = i
			signed++
		}
	}
	if len(last) == signed {
		return entries
	}
	kept := entries[:0]
	for i, e := range entries {
		if !shared(e) || last[copyKey(e)] == i {
			kept = append(kept, e)
		}
	}
	return kept
}

// copies reports whether any of the signed entries is already in the plan.
func copies(p *model.Plan, entries []model.Entry) bool {
	for _, e := range entries {
		if e.At.IsZero() {
			continue
		}
		key := copyKey(e)
		var olds []*model.Entry
		if m := p.Measure(e.Measure); m != nil && e.Measure != "" {
			olds = p.EntriesOf(m) // a measure's own entries: a few dozen
		} else {
			for i := range p.Entries { // an initiative's state, or an entry for nothing in the plan
				olds = append(olds, &p.Entries[i])
			}
		}
		for _, old := range olds {
			if copyKey(*old) == key {
				return true
			}
		}
	}
	return false
}

// rivalsAmong reports whether any of the entries differs from a signed
// figure the plan has for the same measure and period.
func rivalsAmong(p *model.Plan, entries []model.Entry) bool {
	for _, e := range entries {
		m := p.Measure(e.Measure)
		if m == nil || e.Measure == "" || e.At.IsZero() {
			continue
		}
		for _, old := range p.EntriesOf(m) {
			if old.Period == e.Period && !old.At.IsZero() && !sameFigure(old, &e) {
				return true
			}
		}
	}
	return false
}

// Rival is a figure recorded for the same measure and period as the one
// shown, and different from it: the later `at` (Shown) wins. Whether the
// two were recorded in two places (neither could have seen the other, as
// when git merges two logs) is for history.Elsewhere to say: in one place
// a rival is simply a corrected figure.
type Rival struct {
	Shown, Other *model.Entry
}

// Key names the rival figure: its measure, period, who and when.
func (r Rival) Key() string {
	return r.Other.Measure + " " + r.Other.Period.String() + " " + r.Other.By + " " + r.Other.At.Format(time.RFC3339)
}

// RivalsOf are the measure's signed figures that differ from the one shown
// for their period.
func RivalsOf(p *model.Plan, m *model.Measure) []Rival {
	entries := p.EntriesOf(m)
	shown := map[model.Period]*model.Entry{}
	for _, e := range entries {
		if w, ok := shown[e.Period]; !ok || model.Supersedes(e, w) {
			shown[e.Period] = e
		}
	}
	var out []Rival
	for _, e := range entries {
		if w := shown[e.Period]; w != e && !e.At.IsZero() && !w.At.IsZero() && !sameFigure(e, w) {
			out = append(out, Rival{Shown: w, Other: e})
		}
	}
	return out
}

// Rivals are the rivals of every measure of the plan.
func Rivals(p *model.Plan) []Rival {
	var out []Rival
	for _, m := range p.Measures {
		out = append(out, RivalsOf(p, m)...)
	}
	return out
}

// sameFigure reports whether two entries record the same figure, as their
// files have them.
func sameFigure(a, b *model.Entry) bool {
	ra, hasA := writtenRef(a)
	rb, hasB := writtenRef(b)
	return a.HasValue == b.HasValue && a.Value == b.Value && hasA == hasB && ra == rb && a.Pending == b.Pending
}

// writtenRef is an entry's reference as AsWritten has it, without copying
// the entry: none when the comparison table filled it in.
func writtenRef(e *model.Entry) (float64, bool) {
	if e.RefFromTable {
		return 0, false
	}
	return e.Reference, e.HasRef
}

// RivalWarnings are rivals as warnings for check, each at the line of the
// figure that is not shown, naming both figures, who and when.
func RivalWarnings(file string, rivals []Rival) Problems {
	var out Problems
	for _, r := range rivals {
		out = append(out, Problem{File: file, Line: r.Other.Line, Col: 1, Key: lang.RivalFigures, Warning: true,
			Args: []any{r.Other.Measure, r.Other.Period.String(), figureText(r.Shown), r.Shown.By, stamp(r.Shown), r.Shown.Line,
				figureText(r.Other), r.Other.By, stamp(r.Other), r.Other.Line}})
	}
	return out
}

// figureText is an entry's figure as the file has it: "31.0", "47.1 (43.2)", "pending = true".
func figureText(e *model.Entry) string {
	w := e.AsWritten()
	e = &w
	if !e.HasValue {
		return "pending = true"
	}
	text := number(e.Value)
	if e.HasRef {
		text += " (" + number(e.Reference) + ")"
	}
	return text
}

func stamp(e *model.Entry) string { return e.At.Format("2006-01-02 15:04:05") }
