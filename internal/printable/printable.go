// Package printable makes text from files and people safe to show. A
// terminal obeys control characters: ESC starts sequences that colour the
// screen, move the cursor or set the window title, and a carriage return
// lets a line be overwritten. A document shows them as garbage. Every text
// a terminal or a document shows passes through Text or Line.
package printable

import "strings"

// Control reports whether r is a control character: C0 (U+0000 to U+001F),
// DEL, C1 (U+0080 to U+009F), or a bidirectional override or isolate
// (U+202A to U+202E, U+2066 to U+2069), which reorders what is shown
// after it, so a note could make a figure read backwards.
func Control(r rune) bool {
	return r < 0x20 || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// Text removes control characters, and the escape sequences ESC and the C1
// introducers start, from s. Line breaks stay (a CR LF or a lone CR becomes
// a line feed); a tab becomes a space.
func Text(s string) string { return clean(s, true) }

// Line is Text for a single line: a line break becomes a space too.
func Line(s string) string { return clean(s, false) }

func clean(s string, keepBreaks bool) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return Control(r) && (r != '\n' || !keepBreaks) }) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(rs); i++ {
		switch r := rs[i]; {
		case r == '\r' && i+1 < len(rs) && rs[i+1] == '\n':
		case r == '\n' || r == '\r':
			if keepBreaks {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		case r == '\t':
			b.WriteByte(' ')
		case r == 0x1b:
			i = skipEscape(rs, i+1) - 1
		case r == 0x9b: // CSI
			i = skipCSI(rs, i+1) - 1
		case r == 0x90 || r == 0x98 || r >= 0x9d && r <= 0x9f: // DCS, SOS, OSC, PM, APC
			i = skipString(rs, i+1) - 1
		case Control(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// skipEscape returns the index just after the sequence that follows an ESC at i-1.
func skipEscape(rs []rune, i int) int {
	if i >= len(rs) {
		return i
	}
	switch rs[i] {
	case '[':
		return skipCSI(rs, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(rs, i+1)
	}
	for i < len(rs) && rs[i] >= 0x20 && rs[i] <= 0x2f { // intermediate bytes
		i++
	}
	if i < len(rs) && rs[i] >= 0x30 && rs[i] <= 0x7e { // the final byte
		i++
	}
	return i
}

// skipCSI skips a control sequence's parameters and its final byte.
func skipCSI(rs []rune, i int) int {
	for i < len(rs) && rs[i] >= 0x20 && rs[i] <= 0x3f {
		i++
	}
	if i < len(rs) && rs[i] >= 0x40 && rs[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string (a window title, say) up to its end:
// BEL, ST (ESC \ or U+009C), or the end of the line, so a stray introducer
// never eats the rest of a text.
func skipString(rs []rune, i int) int {
	for ; i < len(rs); i++ {
		switch rs[i] {
		case 0x07, 0x9c:
			return i + 1
		case '\n':
			return i
		case 0x1b:
			if i+1 < len(rs) && rs[i+1] == '\\' {
				return i + 2
			}
			return i
		}
	}
	return i
}
