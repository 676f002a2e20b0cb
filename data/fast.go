package data

import (
	"bytes"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// The fast path reads a status file made of [[entry]] tables exactly as
// EncodeEntries writes them, without a general TOML decoder: at 100,000
// entries the decoder's lexer and parser were most of what check costs. It
// builds the same maps the decoder builds, so every check after it is the
// one a file read by the decoder gets, and it declines, leaving the bytes to
// the decoder, on anything it is not sure of: a key or value not written as
// the encoder writes it (an integer, an unusual escape, a blank line with
// spaces, a carriage return), a key twice, any table but [[entry]], a key
// outside one. Only whole lines of comments, the marks among them, and the
// encoder's tag after a value are let through. FuzzFastDecode checks that
// for every input it accepts, the decoder gives the same maps.

// Every key the encoder writes, with the kind of value it writes for it.
const (
	fastText = iota
	fastNumber
	fastTrue
	fastMoment
)

var fastKeys = func() map[string]int {
	kinds := map[string]int{"value": fastNumber, "reference": fastNumber, "pending": fastTrue, "at": fastMoment}
	for _, k := range entryKeys {
		if _, ok := kinds[k]; !ok {
			kinds[k] = fastText
		}
	}
	return kinds
}()

// fastKey is a key line's key, the same string each time (the maps share it).
func fastKey(b []byte) (string, int, bool) {
	for _, k := range entryKeys {
		if string(b) == k {
			return k, fastKeys[k], true
		}
	}
	return "", 0, false
}

// fastDecode decodes src as the decoder does when src holds only [[entry]]
// tables as EncodeEntries writes them; ok is false, and nothing is said,
// for anything else. decimals holds the paths of the figures written with
// three decimals, which alone may be warned of as counts (see
// settleCounts): the rest need not be looked up in the file again.
func fastDecode(src []byte) (root map[string]any, decimals map[string]bool, ok bool) {
	if !utf8.Valid(src) {
		return nil, nil, false
	}
	var list []map[string]any
	var cur map[string]any
	var seen uint32 // keys of the current entry, by their index in entryKeys
	items := 0
	text := unsafeString(src)
	for at := 0; at < len(src); {
		end := bytes.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += at
		}
		line := src[at:end]
		lineAt := at
		at = end + 1
		switch {
		case len(line) == 0:
			continue
		case line[0] == '#':
			if !commentText(line) {
				return nil, nil, false
			}
			continue
		case string(line) == "[[entry]]":
			if list == nil {
				list = make([]map[string]any, 0, len(src)/150+1)
			}
			cur = make(map[string]any, 8)
			list = append(list, cur)
			seen = 0
			items++
			continue
		case cur == nil:
			return nil, nil, false
		}
		eq := bytes.Index(line, []byte(" = "))
		if eq <= 0 {
			return nil, nil, false
		}
		key, kind, ok := fastKey(line[:eq])
		if !ok {
			return nil, nil, false
		}
		bit := uint32(1) << fastKeyIndex(key)
		if seen&bit != 0 {
			return nil, nil, false
		}
		seen |= bit
		items++
		v, n, ok := fastValue(text, lineAt+eq+3, end, kind)
		if !ok || !fastTail(line[n-lineAt:]) {
			return nil, nil, false
		}
		cur[key] = v
		if kind == fastNumber && threeDecimals(text[lineAt+eq+3:n]) {
			if decimals == nil {
				decimals = map[string]bool{}
			}
			decimals[join(indexed("entry", len(list)-1), key)] = true
		}
	}
	// The decoder is not reached past the shape limits (see scanner.within),
	// which a file of tiny entries could pass.
	if items > freeItems+len(src)/bytesPerItem {
		return nil, nil, false
	}
	root = map[string]any{}
	if list != nil {
		root["entry"] = list
	}
	return root, decimals, true
}

// threeDecimals reports whether a figure is written as settleCounts warns
// of: at most three digits, a dot and three decimals ("1.650").
func threeDecimals(v string) bool {
	whole, frac, _ := strings.Cut(strings.TrimPrefix(v, "-"), ".")
	return len(frac) == 3 && len(whole) <= 3
}

// fastCounts keeps of the count figures noted in a part read by the fast
// path those that may be warned of, so a clean file is not searched for
// the rest.
func fastCounts(counts []string, decimals map[string]bool) []string {
	kept := counts[:0]
	for _, c := range counts {
		if decimals[c] {
			kept = append(kept, c)
		}
	}
	return kept
}

func fastKeyIndex(key string) int {
	for i, k := range entryKeys {
		if k == key {
			return i
		}
	}
	return -1
}

// commentText reports whether a comment line holds only what the decoder
// lets stand in a comment: no control character but a tab.
func commentText(line []byte) bool {
	for _, c := range line {
		if c < 0x20 && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// fastTail reports whether what follows a value is nothing, or the tag
// EncodeEntries writes ("  # 1a2b3c4d").
func fastTail(rest []byte) bool {
	if len(rest) == 0 {
		return true
	}
	tag, ok := bytes.CutPrefix(rest, []byte(tagIntro))
	return ok && len(tag) == tagDigits && hexDigits(tag)
}

// fastValue reads the value of a kind starting at i in the line ending at
// end, and returns where it ends.
func fastValue(src string, i, end, kind int) (any, int, bool) {
	switch kind {
	case fastText:
		s, n, ok := fastString(src, i, end)
		return s, n, ok
	case fastTrue:
		if strings.HasPrefix(src[i:end], "true") {
			return true, i + 4, true
		}
		return nil, 0, false
	case fastNumber:
		n := numberEnd(src, i, end)
		if n < 0 {
			return nil, 0, false
		}
		f, err := strconv.ParseFloat(src[i:n], 64)
		if err != nil { // out of range: the decoder says so
			return nil, 0, false
		}
		return f, n, true
	default:
		n := momentEnd(src, i, end)
		if n < 0 {
			return nil, 0, false
		}
		// The decoder's own first reading of a date-time, so the time and
		// its zone are the same.
		t, err := time.ParseInLocation(time.RFC3339Nano, src[i:n], time.Local)
		if err != nil {
			return nil, 0, false
		}
		return t, n, true
	}
}

// numberEnd is where a figure written as number writes it ends: an
// optional minus, the whole part without leading zeros, a dot and
// decimals; -1 when it is not one.
func numberEnd(s string, i, end int) int {
	if i < end && s[i] == '-' {
		i++
	}
	start := i
	for i < end && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start || s[start] == '0' && i-start > 1 || i >= end || s[i] != '.' {
		return -1
	}
	i++
	frac := i
	for i < end && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == frac {
		return -1
	}
	return i
}

// momentEnd is where an offset date-time as RFC 3339 writes it ends:
// 2026-04-10T09:00:00, optional decimals, then Z or an offset like +02:00;
// -1 when it is not one.
func momentEnd(s string, i, end int) int {
	const shape = "dddd-dd-ddTdd:dd:dd"
	if end-i < len(shape)+1 {
		return -1
	}
	for k := 0; k < len(shape); k++ {
		c := s[i+k]
		if shape[k] == 'd' && (c < '0' || c > '9') || shape[k] != 'd' && c != shape[k] {
			return -1
		}
	}
	i += len(shape)
	if s[i] == '.' {
		i++
		frac := i
		for i < end && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == frac || i-frac > 9 {
			return -1
		}
	}
	switch {
	case i < end && s[i] == 'Z':
		return i + 1
	case end-i >= 6 && (s[i] == '+' || s[i] == '-'):
		for k, c := range []byte(s[i+1 : i+6]) {
			if k == 2 && c != ':' || k != 2 && (c < '0' || c > '9') {
				return -1
			}
		}
		return i + 6
	}
	return -1
}

// fastString reads a TOML basic string as quote writes it: any character
// but a control character, with \" \\ \n \t and \u00XX for the control
// characters as its only escapes. Text without escapes is shared with src,
// as the decoder shares it.
func fastString(src string, i, end int) (string, int, bool) {
	if i >= end || src[i] != '"' {
		return "", 0, false
	}
	i++
	start := i
	var b []byte // the text so far, once an escape is met
	for i < end {
		c := src[i]
		switch {
		case c == '"':
			if b == nil {
				return src[start:i], i + 1, true
			}
			return string(b), i + 1, true
		case c < 0x20 || c == 0x7f:
			return "", 0, false
		case c != '\\':
			if b != nil {
				b = append(b, c)
			}
			i++
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, end-start), src[start:i]...)
		}
		if i+1 >= end {
			return "", 0, false
		}
		switch src[i+1] {
		case '"', '\\':
			b = append(b, src[i+1])
			i += 2
		case 'n':
			b = append(b, '\n')
			i += 2
		case 't':
			b = append(b, '\t')
			i += 2
		case 'u':
			if i+6 > end {
				return "", 0, false
			}
			r, err := strconv.ParseUint(src[i+2:i+6], 16, 16)
			if err != nil || r >= 0x20 && r != 0x7f {
				return "", 0, false
			}
			b = append(b, byte(r))
			i += 6
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}
