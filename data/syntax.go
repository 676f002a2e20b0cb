package data

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"

	"github.com/BurntSushi/toml"

	"github.com/beskplan/beskplan/lang"
)

// A file that is not valid TOML is read block by block: it is cut at its
// table-header lines, each block is decoded on its own, and a block that does
// not decode is reported and left out (blanked, so every other line keeps
// its place). Three broken blocks give three problems, and the blocks between
// them are still read and checked.

// maxRetries bounds the whole-file decodes after the blocks have been decoded
// one by one: a mistake across blocks (a table written twice) is found one
// decode at a time.
const maxRetries = 20

// block is a table-header line and the lines up to the next one (or, first,
// the lines before any header).
type block struct{ start, end int }

// leftOut is what the blocks left out held, so that what names them is not
// reported as wrong too: their headers ("" for the lines before any) and ids.
type leftOut struct {
	tables map[string]bool
	ids    map[string]bool
}

// parse decodes TOML into plain maps, which keep every key as written. A
// file with syntax errors is read without its broken blocks, each of which
// is a problem; ok is false only when nothing could be read.
func (d *doc) parse(src []byte) (map[string]any, bool) {
	root, err := decode(src)
	if err == nil {
		return root, true
	}
	if _, deep := errorAt(src, err); deep != nil && deep.key == lang.TooManyItems {
		// Its blocks one by one would cost what the limit saves.
		d.problems = append(d.problems, syntaxProblem(d.file, src, 0, src, err))
		return nil, false
	}
	blocks := blocksOf(src)
	repaired := bytes.Clone(src)
	left := make([]bool, len(blocks))
	for i, b := range blocks {
		if _, err := decode(src[b.start:b.end]); err != nil {
			d.blockMistakes(src, b, err)
			d.leaveOut(repaired, b)
			left[i] = true
		}
	}
	for range maxRetries {
		if root, err = decode(repaired); err == nil {
			d.placed = repaired
			return root, true
		}
		at, _ := errorAt(repaired, err)
		i := blockAt(blocks, at)
		if i < 0 || left[i] {
			break
		}
		d.problems = append(d.problems, syntaxProblem(d.file, src, 0, repaired, err))
		d.leaveOut(repaired, blocks[i])
		left[i] = true
	}
	if len(d.problems) == 0 {
		d.problems = append(d.problems, syntaxProblem(d.file, src, 0, src, err))
	}
	return nil, false
}

// maxPerBlock bounds the mistakes reported in one block.
const maxPerBlock = 8

// blockMistakes reports the mistakes in a block that does not decode: the
// first, and then, with the line of each blanked and the block decoded
// again, those on other lines that are said with their fix (one the
// reading cannot explain may be an echo of the one before it).
func (d *doc) blockMistakes(src []byte, b block, err error) {
	part := bytes.Clone(src[b.start:b.end])
	last := -1
	for k := 0; err != nil && k < maxPerBlock; k++ {
		p := syntaxProblem(d.file, src, b.start, part, err)
		if k > 0 && (p.Key == lang.BadTOML || p.Line <= last) {
			return
		}
		d.problems = append(d.problems, p)
		last = p.Line
		at, _ := errorAt(part, err)
		ls := bytes.LastIndexByte(part[:at], '\n') + 1
		for i := ls; i < len(part) && part[i] != '\n'; i++ {
			part[i] = ' '
		}
		_, err = decode(part)
	}
}

// syntaxProblem is the problem of a decode error in part, which starts at
// base in src.
func syntaxProblem(file string, src []byte, base int, part []byte, err error) Problem {
	at, deep := errorAt(part, err)
	at += base
	line, col := lineCol(src, at)
	var pe toml.ParseError
	switch {
	case deep != nil:
		return Problem{File: file, Line: line, Col: col, Key: deep.key, Args: []any{deep.limit}, syntax: true}
	case errors.As(err, &pe):
		f := explainSyntax(src, at, pe.Message)
		line, col = lineCol(src, f.at)
		return Problem{File: file, Line: line, Col: col, Key: f.key, Args: f.args, syntax: true}
	}
	return Problem{File: file, Line: line, Col: col, Key: lang.BadTOML, Args: []any{err.Error()}, syntax: true}
}

// errorAt is the byte offset in src where a decode error points.
func errorAt(src []byte, err error) (int, *nestingError) {
	var deep *nestingError
	var pe toml.ParseError
	switch {
	case errors.As(err, &deep):
		return min(max(deep.offset, 0), len(src)), deep
	case errors.As(err, &pe):
		start := pe.Position.Start
		if start == 0 && pe.Position.Line > 1 { // no offset: the start of the line
			start = lineStart(src, pe.Position.Line)
		}
		// The reported span may begin with the blanks before the offending character.
		for start < len(src)-1 && start < pe.Position.Start+pe.Position.Len-1 && (src[start] == ' ' || src[start] == '\t') {
			start++
		}
		return min(max(start, 0), len(src)), nil
	}
	return 0, nil
}

// lineStart is the offset where line n (from 1) starts.
func lineStart(src []byte, n int) int {
	at := 0
	for ; n > 1; n-- {
		i := bytes.IndexByte(src[at:], '\n')
		if i < 0 {
			return at
		}
		at += i + 1
	}
	return at
}

func blockAt(blocks []block, at int) int {
	for i, b := range blocks {
		if at >= b.start && at < b.end || at == b.end && i == len(blocks)-1 {
			return i
		}
	}
	return -1
}

// leaveOut blanks a block in repaired, keeping its newlines so every other
// line keeps its number, and notes its header and ids.
func (d *doc) leaveOut(repaired []byte, b block) {
	text := repaired[b.start:b.end]
	if d.left.tables == nil {
		d.left = leftOut{tables: map[string]bool{}, ids: map[string]bool{}}
	}
	d.left.tables[headerName(text)] = true
	for _, m := range idLine.FindAllSubmatch(text, -1) {
		d.left.ids[string(m[1])] = true
	}
	for i, c := range text {
		if c != '\n' {
			text[i] = ' '
		}
	}
}

var idLine = regexp.MustCompile(`(?m)^[ \t]*id[ \t]*=[ \t]*"([^"\n]*)"`)

// blocksOf cuts src at its table-header lines, never inside a multi-line string.
func blocksOf(src []byte) []block {
	var out []block
	start, open := 0, ""
	for at := 0; at < len(src); {
		end := len(src)
		if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
			end = at + i + 1
		}
		line := src[at:end]
		if open == "" && at > start && isHeader(line) {
			out = append(out, block{start, at})
			start = at
		}
		for _, q := range []string{`"""`, `'''`} {
			if (open == "" || open == q) && bytes.Count(line, []byte(q))%2 == 1 {
				if open == "" {
					open = q
				} else {
					open = ""
				}
			}
		}
		at = end
	}
	return append(out, block{start, len(src)})
}

// isHeader reports whether a line looks like a table header, also a broken
// one ("[[measure]", "[[mål]]"), and not like a line of a multi-line list.
func isHeader(line []byte) bool {
	if i := bytes.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	t := bytes.TrimSpace(line)
	if len(t) < 2 || t[0] != '[' || bytes.ContainsAny(t, `,={}"'`) {
		return false
	}
	r := bytes.TrimLeft(t, "[ \t")
	return len(r) > 0 && (r[0] == '_' || r[0] >= 0x80 || r[0]|0x20 >= 'a' && r[0]|0x20 <= 'z')
}

// headerName is the name in a block's header line, "" for a block without one.
func headerName(text []byte) string {
	line := text
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	if !isHeader(line) {
		return ""
	}
	if i := bytes.IndexByte(line, '#'); i >= 0 {
		line = line[:i]
	}
	return string(bytes.Trim(line, "[] \t\r"))
}

// outsideTorn drops the syntax problems inside damaged blocks: those are
// reported as torn, with repair as their fix.
func outsideTorn(ps Problems, src []byte, damaged []damage) Problems {
	offsets := make([]int, 0, 2*len(damaged))
	for _, d := range damaged {
		offsets = append(offsets, d.start, d.end)
	}
	at := positionsOf(src, offsets)
	sortProblems(ps) // both in file order: one pass over each
	kept, i := ps[:0:0], 0
	for _, p := range ps {
		for i < len(damaged) && at[2*i+1].line < p.Line {
			i++
		}
		if !p.syntax || i == len(damaged) || p.Line < at[2*i].line {
			kept = append(kept, p)
		}
	}
	return kept
}

// noteMisspelt notes the ids in lists of tables under a header the plan
// does not know ([[mesure]] for [[measure]]) as left out: the plan has
// them, and the problem naming the header is the one to fix, not each of
// their entries.
func (d *doc) noteMisspelt(root map[string]any, known ...string) {
	for k, v := range root {
		tables, ok := v.([]map[string]any)
		if !ok || slices.Contains(known, k) {
			continue
		}
		for _, t := range tables {
			if id, ok := t["id"].(string); ok {
				if d.left.ids == nil {
					d.left.ids = map[string]bool{}
				}
				d.left.ids[id] = true
			}
		}
	}
}

// orphansKept drops the warnings of entries for a measure or initiative
// whose block of the plan was left out for a syntax error: the plan has it.
func (left leftOut) orphansKept(ps Problems) Problems {
	if len(left.ids) == 0 {
		return ps
	}
	kept := ps[:0:0]
	for _, p := range ps {
		if (p.Key == lang.OrphanEntry || p.Key == lang.OrphanEntryNear) && len(p.Args) > 1 && left.ids[fmt.Sprint(p.Args[1])] {
			continue
		}
		kept = append(kept, p)
	}
	return kept
}
