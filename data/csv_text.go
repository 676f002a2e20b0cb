package data

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/beskplan/beskplan/lang"
)

// Encoding is the character encoding an imported file was read in.
type Encoding string

// The encodings spreadsheets save text in: UTF-8 ("CSV UTF-8"), UTF-16
// with a byte order mark ("Unicode-tekst") and Windows-1252 (Danish
// Excel's "CSV (semikolonsepareret)").
const (
	UTF8        Encoding = "UTF-8"
	UTF16LE     Encoding = "UTF-16LE"
	UTF16BE     Encoding = "UTF-16BE"
	Windows1252 Encoding = "Windows-1252"
)

// decodeText reads the bytes of a text file as UTF-8: as they are when they
// are UTF-8 (with or without a BOM), decoded when they start with a UTF-16
// BOM, and otherwise as Windows-1252. A character that cannot be read is a
// problem at its place, never a silent U+FFFD.
func decodeText(name string, content []byte) (string, Encoding, *Problem) {
	problem := func(line, col int, k lang.Key, args ...any) *Problem {
		return &Problem{File: name, Line: line, Col: col, Key: k, Args: args}
	}
	bom := bytes.HasPrefix(content, []byte("\xef\xbb\xbf"))
	switch {
	case bom:
		content = content[3:]
	case bytes.HasPrefix(content, []byte("\xff\xfe")):
		return decodeUTF16(content[2:], false, problem)
	case bytes.HasPrefix(content, []byte("\xfe\xff")):
		return decodeUTF16(content[2:], true, problem)
	case bytes.HasPrefix(content, []byte("PK\x03\x04")), bytes.HasPrefix(content, []byte("\xd0\xcf\x11\xe0")):
		return "", "", problem(1, 1, lang.CSVWorkbook)
	case len(content) >= 2 && (content[0] == 0) != (content[1] == 0):
		return "", "", problem(1, 1, lang.CSVUTF16NoBOM)
	}
	if utf8.Valid(content) {
		return string(content), UTF8, nil
	}
	if line, col, mixed := firstInvalid(content); bom || mixed {
		// UTF-8 with a stray byte: read as Windows-1252, its æ would become Ã¦.
		return "", "", problem(line, col, lang.CSVBadCharacter, UTF8)
	}
	var b strings.Builder
	b.Grow(len(content) + len(content)/8)
	line, col := 1, 1
	for _, c := range content {
		r := rune(c)
		if c >= 0x80 {
			if r = charmap.Windows1252.DecodeByte(c); r == utf8.RuneError {
				return "", "", problem(line, col, lang.CSVByteNotInEncoding, c, Windows1252)
			}
		}
		b.WriteRune(r)
		line, col = advance(r, line, col)
	}
	return b.String(), Windows1252, nil
}

// firstInvalid finds the first byte that is not UTF-8, and whether
// characters of more than one byte came before it: then the file is UTF-8
// with a mistake in it, not Windows-1252.
func firstInvalid(b []byte) (line, col int, mixed bool) {
	line, col = 1, 1
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			return line, col, mixed
		}
		mixed = mixed || size > 1
		line, col = advance(r, line, col)
		b = b[size:]
	}
	return line, col, mixed
}

// decodeUTF16 decodes UTF-16 code units, refusing a lone surrogate or an
// odd byte at the end with its place.
func decodeUTF16(b []byte, bigEndian bool, problem func(int, int, lang.Key, ...any) *Problem) (string, Encoding, *Problem) {
	enc := UTF16LE
	if bigEndian {
		enc = UTF16BE
	}
	unit := func(i int) rune {
		if bigEndian {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	var out strings.Builder
	out.Grow(len(b) / 2)
	line, col := 1, 1
	for i := 0; i < len(b); i += 2 {
		if i+1 == len(b) {
			return "", "", problem(line, col, lang.CSVBadCharacter, enc)
		}
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if i+3 >= len(b) {
				return "", "", problem(line, col, lang.CSVBadCharacter, enc)
			}
			if r = utf16.DecodeRune(r, unit(i+2)); r == unicode.ReplacementChar {
				return "", "", problem(line, col, lang.CSVBadCharacter, enc)
			}
			i += 2
		}
		out.WriteRune(r)
		line, col = advance(r, line, col)
	}
	return out.String(), enc, nil
}

// advance moves a line and column (in characters) past r.
func advance(r rune, line, col int) (int, int) {
	if r == '\n' {
		return line + 1, 1
	}
	return line, col + 1
}

// lineIndex finds the lines of a text, to turn the byte columns of
// encoding/csv into columns in characters, as an editor counts them.
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text, starts}
}

// line is the text of line n (from 1) without its line break.
func (x lineIndex) line(n int) string {
	if n < 1 || n > len(x.starts) {
		return ""
	}
	end := len(x.text)
	if n < len(x.starts) {
		end = x.starts[n] - 1
	}
	return strings.TrimSuffix(x.text[x.starts[n-1]:end], "\r")
}

// col is the column in characters of the byte column (from 1) on line n.
func (x lineIndex) col(n, byteCol int) int {
	l := x.line(n)
	byteCol = min(max(byteCol, 1), len(l)+1)
	return utf8.RuneCountInString(l[:byteCol-1]) + 1
}

// end is the column just after the last character of line n.
func (x lineIndex) end(n int) int { return utf8.RuneCountInString(x.line(n)) + 1 }

// count is the number of lines.
func (x lineIndex) count() int { return len(x.starts) }

// offset is the byte offset in the text of a line and byte column.
func (x lineIndex) offset(line, byteCol int) int {
	if line < 1 || line > len(x.starts) {
		return len(x.text)
	}
	return x.starts[line-1] + byteCol - 1
}
