package data

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/beskplan/beskplan/lang"
)

// Explained renders every problem in the language, each followed by the
// line it is on with a caret under its column, as compilers show it:
//
//	plan.toml:20:20: skriv 1750.0 – …
//	   20 | target = { value = 1750,0, date = 2026-12-31 }
//	      |                    ^
//
// The files are read from src (the built-in example's from the program).
func Explained(l lang.Lang, src Source, ps Problems) string {
	texts := map[string][]byte{}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p.Message(l))
		if p.Line == 0 {
			continue
		}
		text, read := texts[p.File]
		if !read {
			text, _ = src.read(p.File, filepath.Base(p.File))
			texts[p.File] = text
		}
		if ex := excerpt(text, p.Line, p.Col); ex != "" {
			b.WriteString("\n" + ex)
		}
	}
	return b.String()
}

// excerpt is line n of src with a caret under column col (in characters),
// "" when the file has no such line.
func excerpt(src []byte, n, col int) string {
	at := lineStart(src, n)
	if at >= len(src) || bytes.Count(src[:at], []byte("\n")) != n-1 {
		return ""
	}
	end := len(src)
	if i := bytes.IndexByte(src[at:], '\n'); i >= 0 {
		end = at + i
	}
	line := strings.TrimSuffix(string(src[at:end]), "\r")
	var pad strings.Builder
	k := 1
	for _, r := range line { // keep tabs, so the caret lines up in any terminal
		if k >= col {
			break
		}
		if r == '\t' {
			pad.WriteByte('\t')
		} else {
			pad.WriteByte(' ')
		}
		k++
	}
	for ; k < col; k++ { // past the end of the line: where something is missing
		pad.WriteByte(' ')
	}
	gutter := fmt.Sprintf("%5d", n)
	return fmt.Sprintf("%s | %s\n%s | %s^", gutter, line, strings.Repeat(" ", len(gutter)), pad.String())
}
