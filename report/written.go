package report

import (
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// written is a written assessment as the papers show it: who wrote it
// when, and its text in paragraphs (a blank line parts them).
type written struct {
	ID, Title   string // the goal or measure it is of; "" for the paper's own
	Head        string // "Vurdering (anne, 3. nov 2026)"
	Paragraphs  []string
	Indstilling []string // the paper's own recommendation, in paragraphs
	Entry       *model.Entry
}

// writtenOf is the written assessment that counts for the goal or
// measure (id "" for the paper's own) in the snapshot's as-of period, or
// nil.
func writtenOf(s *model.Snapshot, id string, l lang.Lang) *written {
	e := s.Plan.Written(id, s.View.AsOf)
	if e == nil {
		return nil
	}
	w := &written{ID: id, Head: WrittenHead(e, l), Paragraphs: paragraphs(e.Vurdering), Indstilling: paragraphs(e.Indstilling), Entry: e}
	if g := s.Plan.Goal(id); g != nil {
		w.Title = g.Title
	} else if m := s.Plan.Measure(id); m != nil {
		w.Title = m.Title
	}
	return w
}

// WrittenHead says whose assessment it is and from when: "Vurdering
// (anne, 3. nov 2026)"; without a name or a time, what there is.
func WrittenHead(e *model.Entry, l lang.Lang) string {
	var who []string
	if e.By != "" {
		who = append(who, e.By)
	}
	if !e.At.IsZero() {
		who = append(who, l.Day(e.At))
	}
	head := l.T(lang.VurderingHead)
	if len(who) > 0 {
		head += " (" + strings.Join(who, ", ") + ")"
	}
	return head
}

// paragraphs splits a text at its blank lines; the lines of a paragraph
// are joined with spaces, as a paper sets them.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(printable.Text(text), "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// writtenIn lists the written assessments that count in the as-of period:
// the paper's own first, then the goals' and their measures' in plan
// order. Empty when nobody wrote one.
func writtenIn(s *model.Snapshot, l lang.Lang) []*written {
	var all []*written
	seen := map[string]bool{}
	if w := writtenOf(s, "", l); w != nil {
		all = append(all, w)
	}
	for _, g := range s.Goals {
		if w := writtenOf(s, g.Goal.ID, l); w != nil {
			all = append(all, w)
		}
		for _, ms := range g.Measures {
			if w := writtenOf(s, ms.Measure.ID, l); w != nil && !seen[w.ID] {
				seen[w.ID] = true
				all = append(all, w)
			}
		}
	}
	return all
}

// text is the vurdering in one line, for a spreadsheet's cell.
func (w *written) text() string {
	if w == nil || len(w.Paragraphs) == 0 {
		return ""
	}
	return w.Head + ": " + w.Joined()
}

// markdownWritten writes a vurdering under its goal: its head in bold,
// then its paragraphs.
func markdownWritten(b *strings.Builder, w *written) {
	if w == nil || len(w.Paragraphs) == 0 {
		return
	}
	for i, p := range w.Paragraphs {
		if i == 0 {
			b.WriteString("\n**" + md(w.Head) + ":** " + md(p) + "\n")
		} else {
			b.WriteString("\n" + md(p) + "\n")
		}
	}
}

// Joined is the vurdering's paragraphs in one line, for a table's cell.
func (w *written) Joined() string { return strings.Join(w.Paragraphs, " ") }

// markdownOwn writes the paper's own assessment and its indstilling, each
// under a heading of the level, where they were written.
func markdownOwn(b *strings.Builder, w *written, level string, l lang.Lang) {
	if w == nil {
		return
	}
	if len(w.Paragraphs) > 0 {
		b.WriteString(level + " " + l.T(lang.AgendaOwnVurdering) + "\n\n")
		b.WriteString("*" + md(w.Head) + "*\n\n")
		for _, p := range w.Paragraphs {
			b.WriteString(md(p) + "\n\n")
		}
	}
	if len(w.Indstilling) > 0 {
		b.WriteString(level + " " + l.T(lang.IndstillingHead) + "\n\n")
		for _, p := range w.Indstilling {
			b.WriteString(md(p) + "\n\n")
		}
	}
}

// writtenSheet lists the written assessments of the period, the paper's
// own first, one a row, and the paper's indstilling.
func (x *workbook) writtenSheet(all []*written) {
	l := x.l
	sheet := l.T(lang.SheetWritten)
	_, err := x.f.NewSheet(sheet)
	x.keep(err)
	x.columns(sheet, []string{l.T(lang.WrittenOfColumn), l.T(lang.Title), l.T(lang.VurderingHead), l.T(lang.IndstillingHead)}, []float64{12, 40, 80, 60})
	for i, w := range all {
		row := i + 2
		x.set(sheet, 1, row, w.ID, "")
		title := w.Title
		if w.ID == "" {
			title = l.T(lang.AgendaOwnVurdering)
		}
		x.set(sheet, 2, row, title, "text")
		if len(w.Paragraphs) > 0 {
			x.set(sheet, 3, row, w.text(), "text")
		}
		x.set(sheet, 4, row, strings.Join(w.Indstilling, "\n\n"), "text")
	}
}
