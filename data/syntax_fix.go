package data

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/beskplan/beskplan/lang"
)

// fix is what a syntax error says: where, and the message with its fix.
type fix struct {
	at   int
	key  lang.Key
	args []any
}

// The values people write the Danish way, each anchored at the value's start.
var (
	danishDate   = regexp.MustCompile(`^(\d{1,2})[-./](\d{1,2})[-./](\d{4})\b`)
	percentValue = regexp.MustCompile(`^[+-]?\d[\d.,]*\s*%`)
	decimalComma = regexp.MustCompile(`^[+-]?\d[\d.]*,\d+`)
	grouped      = regexp.MustCompile(`^[+-]?\d{1,3}((\.\d{3}){2,}|( \d{3})+)\b`)
	periodLike   = regexp.MustCompile(`^\d{4}-([QqHh]\d|\d{1,2})\b`)
	definedTwice = regexp.MustCompile(`^Key '([^']*)' has already been defined`)
)

// tableNames are the tables of the files, for a header that cannot be read.
const tableNames = "[plan], [[group]], [[goal]], [[strategy]], [[strategy.initiative]], [[measure]], [[entry]]"

// allKeys are the keys of the files, for suggesting one in place of a key
// written with æøå or spaces.
var allKeys = []string{"format", "plan", "goal", "strategy", "measure", "municipality", "title", "start", "end",
	"committee", "cadence", "status", "note", "id", "kind", "owner", "summary", "means", "initiative", "due",
	"unit", "better", "baseline", "target", "milestones", "source", "reference", "frequency", "lag", "value",
	"date", "change", "change_percent", "direction", "strict", "always", "period", "pending", "state", "by", "at",
	"user", "name", "role", "keys", "comparison", "group", "areas", "compare", "area", "ratio", "rank", "better_than", "among"}

// explainSyntax says what is wrong at byte offset at of src, which the
// parser reported with msg, in the user's words with what to write instead.
// It looks only at the line the error is on.
func explainSyntax(src []byte, at int, msg string) fix {
	at = min(max(at, 0), len(src))
	ls := bytes.LastIndexByte(src[:at], '\n') + 1
	if at == len(src) && at > 0 && src[at-1] == '\n' { // an error at the end points at the last line
		ls = bytes.LastIndexByte(src[:at-1], '\n') + 1
	}
	le := len(src)
	if i := bytes.IndexByte(src[ls:], '\n'); i >= 0 {
		le = ls + i
	}
	line := string(bytes.TrimSuffix(src[ls:le], []byte("\r")))
	rel := min(at-ls, len(line))
	generic := fix{at, lang.BadTOML, []any{msg}}
	if m := definedTwice.FindStringSubmatch(msg); m != nil {
		key := m[1][strings.LastIndexByte(m[1], '.')+1:]
		return fix{at, lang.SyntaxTwice, []any{key}}
	}
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	eqs := equalsSigns(line)
	if strings.HasPrefix(line[indent:], "[") && len(eqs) == 0 {
		return headerFix(ls+indent, line[indent:])
	}
	eq := -1 // the = of the key-value the error is in
	for _, i := range eqs {
		if i < rel {
			eq = i
		}
	}
	if eq < 0 {
		return keyFix(line, ls, rel, eqs, generic)
	}
	key := strings.TrimSpace(line[keyStart(line, eq):eq])
	vs := eq + 1
	for vs < len(line) && (line[vs] == ' ' || line[vs] == '\t') {
		vs++
	}
	v := line[vs:]
	inline := strings.Count(line[:eq], "{") > strings.Count(line[:eq], "}")
	switch {
	case v == "":
		return fix{at, lang.SyntaxNoValue, []any{key}}
	case v[0] == '"' || v[0] == '\'':
		return quoteFix(key, v, ls+vs, inline, generic)
	}
	if m := periodLike.FindString(v); m != "" && !strings.HasPrefix(v[len(m):], "-") { // 2024-Q3, 2024-03: a period is text
		return fix{ls + vs, lang.SyntaxUnquoted, []any{key, strconv.Quote(m)}}
	}
	if m := danishDate.FindStringSubmatch(v); m != nil {
		iso := m[3] + "-" + pad2(m[2]) + "-" + pad2(m[1])
		return fix{ls + vs, lang.SyntaxDanishDate, []any{m[0], iso}}
	}
	if m := percentValue.FindString(v); m != "" {
		return fix{ls + vs, lang.SyntaxPercent, []any{key, plainNumber(strings.TrimSpace(strings.TrimSuffix(m, "%")))}}
	}
	if m := decimalComma.FindString(v); m != "" {
		return fix{ls + vs, lang.SyntaxDecimalComma, []any{plainNumber(m), m}}
	}
	if m := grouped.FindString(v); m != "" {
		return fix{ls + vs, lang.SyntaxGrouped, []any{plainNumber(m)}}
	}
	if r, _ := utf8.DecodeRuneInString(v); unquotedText(r) && !isWord(v) {
		return fix{ls + vs, lang.SyntaxUnquoted, []any{key, strconv.Quote(bareText(v, inline))}}
	}
	return generic
}

// equalsSigns are the offsets of the = signs in line outside quotes and comments.
func equalsSigns(line string) []int {
	var out []int
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0 && c == '\\' && quote == '"':
			i++
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
		case c == '"' || c == '\'':
			quote = c
		case c == '#':
			return out
		case c == '=':
			out = append(out, i)
		}
	}
	return out
}

// keyStart is where the key before the = at eq starts: after the line's
// indent, or after the { or , before it in an inline table.
func keyStart(line string, eq int) int {
	i := strings.LastIndexAny(line[:eq], "{,")
	if i < 0 {
		return len(line) - len(strings.TrimLeft(line, " \t"))
	}
	return i + 1
}

// headerFix explains a table header that cannot be read.
func headerFix(at int, text string) fix {
	if i := strings.IndexByte(text, '#'); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimSpace(text)
	open := len(text) - len(strings.TrimLeft(text, "["))
	name := strings.TrimSpace(strings.Trim(text, "[]"))
	if !strings.HasSuffix(text, strings.Repeat("]", open)) && validKey(name) {
		want := strings.Repeat("[", open) + name + strings.Repeat("]", open)
		return fix{at, lang.SyntaxHeaderOpen, []any{text, want}}
	}
	return fix{at, lang.SyntaxHeaderName, []any{text, tableNames}}
}

// keyFix explains an error in the key of a line: characters a key cannot
// have, or a missing =.
func keyFix(line string, ls, rel int, eqs []int, generic fix) fix {
	start := keyStart(line, rel)
	if len(eqs) > 0 { // the = is there, after a key that cannot be read
		key := strings.TrimSpace(line[start:eqs[0]])
		at := rel
		for at > start && (line[at-1] == ' ' || line[at-1] == '\t') {
			at-- // at the space, not at the word after it
		}
		if near := Closest(asciiKey(key), allKeys); near != "" {
			return fix{ls + at, lang.SyntaxBadKeyNear, []any{key, near}}
		}
		return fix{ls + at, lang.SyntaxBadKey, []any{key}}
	}
	for start < len(line) && (line[start] == ' ' || line[start] == '\t') {
		start++
	}
	end := start
	for end < len(line) && (bare(line[end]) || line[end] == '.') { // a dotted key too
		end++
	}
	rest := strings.TrimSpace(line[end:])
	if end == start {
		return generic
	}
	if rest == "" || rest[0] == '#' {
		return fix{ls + start, lang.SyntaxKeyAlone, []any{line[start:end]}}
	}
	if i := strings.Index(rest, " #"); i >= 0 {
		rest = strings.TrimSpace(rest[:i])
	}
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) && !isWord(rest) {
		rest = strconv.Quote(rest)
	}
	return fix{ls + end, lang.SyntaxMissingEquals, []any{line[start:end], rest}}
}

// quoteFix explains a text whose quotes do not work: one that is not
// closed on its line, or one with a quote inside that ends it early.
func quoteFix(key, v string, at int, inline bool, generic fix) fix {
	q := v[0]
	end := -1
	for i := 1; i < len(v); i++ {
		if q == '"' && v[i] == '\\' {
			i++
			continue
		}
		if v[i] == q {
			end = i
			break
		}
	}
	if end < 0 {
		text := strings.TrimRight(v[1:], " \t")
		return fix{at, lang.SyntaxUnclosed, []any{key, string(q) + text + string(q)}}
	}
	after := strings.TrimLeft(v[end+1:], " \t")
	if after == "" || after[0] == '#' || inline && (after[0] == ',' || after[0] == '}') {
		return generic
	}
	last := strings.LastIndexByte(v, q)
	if inline {
		if i := strings.IndexAny(after, ",}"); i >= 0 {
			last = len(v) - len(after) + i
			last = strings.LastIndexByte(v[:last], q)
		}
	}
	if last <= end {
		return generic
	}
	text := v[1:last]
	written := "'" + text + "'"
	if strings.ContainsRune(text, '\'') || q == '\'' {
		written = strconv.Quote(text)
	}
	return fix{at + end, lang.SyntaxQuoteInText, []any{key, written}}
}

// unquotedText reports whether a value starting with r can only be text
// written without quotes: not a number, date, list, table or text.
func unquotedText(r rune) bool {
	return unicode.IsLetter(r) || !strings.ContainsRune("0123456789+-.[{\"'#", r) && unicode.IsPrint(r) && r != ' '
}

// bareText is an unquoted text value: to the end of the line (before a
// comment), or in an inline table to the next , or }.
func bareText(v string, inline bool) string {
	if inline {
		if i := strings.IndexAny(v, ",}"); i >= 0 {
			v = v[:i]
		}
	}
	if i := strings.Index(v, " #"); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(v)
}

// isWord reports whether v starts with a TOML word value (true, false, inf, nan).
func isWord(v string) bool {
	for _, w := range []string{"true", "false", "inf", "nan"} {
		if rest, ok := strings.CutPrefix(v, w); ok && (rest == "" || !bare(rest[0])) {
			return true
		}
	}
	return false
}

// plainNumber is a number as the file must have it: "1.750,5" becomes
// "1750.5", "82,0" "82.0", "1.750.000" and "1 750" "1750000" and "1750".
func plainNumber(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	if strings.Contains(s, ",") {
		return strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), ",", ".")
	}
	if strings.Count(s, ".") > 1 {
		return strings.ReplaceAll(s, ".", "")
	}
	return s
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func validKey(s string) bool {
	for _, part := range strings.Split(s, ".") {
		if part == "" {
			return false
		}
		for i := 0; i < len(part); i++ {
			if !bare(part[i]) {
				return false
			}
		}
	}
	return true
}

// asciiKey is a key as it might have been meant without æøå and spaces.
func asciiKey(key string) string {
	return strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa", "Æ", "Ae", "Ø", "Oe", "Å", "Aa", " ", "_").Replace(key)
}
