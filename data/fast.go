package data

import (
	"bytes"
	"math/bits"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/beskplan/beskplan/model"
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
	kinds := map[string]int{"value": fastNumber, "reference": fastNumber, "spent": fastNumber, "pending": fastTrue, "at": fastMoment}
	for _, k := range entryKeys {
		if _, ok := kinds[k]; !ok {
			kinds[k] = fastText
		}
	}
	return kinds
}()

// fastKey is a key line's key: its index in entryKeys and its kind.
func fastKey(b []byte) (int, int, bool) {
	i, ok := keyIndex[string(b)] // a map lookup of a []byte key does not allocate
	if !ok {
		return 0, 0, false
	}
	return i, fastKinds[i], true
}

var keyIndex, fastKinds = func() (map[string]int, []int) {
	index, kinds := map[string]int{}, make([]int, len(entryKeys))
	for i, k := range entryKeys {
		index[k], kinds[i] = i, fastKeys[k]
	}
	return index, kinds
}()

// The keys a fastTable holds, by their index in entryKeys.
var (
	keyMeasure, keyPeriod, keyValue, keyReference = fastKeyIndex("measure"), fastKeyIndex("period"), fastKeyIndex("value"), fastKeyIndex("reference")
	keyPending, keyNote, keyBy, keyAt             = fastKeyIndex("pending"), fastKeyIndex("note"), fastKeyIndex("by"), fastKeyIndex("at")
	keySpent                                      = fastKeyIndex("spent")
)

// rareKeys is room for every entry key in a fastTable's rare texts, with
// some to spare for keys to come (init says when there is not).
const rareKeys = 24

func init() {
	if len(entryKeys) > len((*[rareKeys]string)(nil)) {
		panic("fastTable.rare has no room for every entry key")
	}
}

func fastKeyIndex(key string) int {
	for i, k := range entryKeys {
		if k == key {
			return i
		}
	}
	panic("not an entry key: " + key)
}

// fastTable is one [[entry]] table read by the fast path: what the decoder
// would put in its map, without the map.
type fastTable struct {
	has      uint32 // the keys it has, a bit for each by its index in entryKeys
	decimals uint32 // the figures written with three decimals (see settleCounts)
	measure  string
	period   string
	note     string
	by       string
	rare     *[rareKeys]string // the other texts, by index, when it has any: a table stays 120 bytes
	value    float64
	ref      float64
	spent    float64 // money spent on an initiative
	at       time.Time
}

// text is the text of a key the table has.
func (t *fastTable) text(key int) string {
	switch key {
	case keyMeasure:
		return t.measure
	case keyPeriod:
		return t.period
	case keyNote:
		return t.note
	case keyBy:
		return t.by
	}
	if t.rare == nil {
		return ""
	}
	return t.rare[key]
}

func (t *fastTable) setText(key int, s string) {
	switch key {
	case keyMeasure:
		t.measure = s
	case keyPeriod:
		t.period = s
	case keyNote:
		t.note = s
	case keyBy:
		t.by = s
	default:
		if t.rare == nil {
			t.rare = new([rareKeys]string)
		}
		t.rare[key] = s
	}
}

func (t *fastTable) holds(key int) bool { return t.has&(1<<key) != 0 }

// fastItems is how many items the scanner counts in tables (see
// scanner.within): a header and a key each.
func fastItems(tables []fastTable) int {
	n := len(tables)
	for i := range tables {
		n += bits.OnesCount32(tables[i].has)
	}
	return n
}

// fastDecode decodes src as the decoder does when src holds only [[entry]]
// tables as EncodeEntries writes them; ok is false for anything else.
func fastDecode(src []byte) (map[string]any, bool) {
	tables, ok := fastTables(src)
	if !ok {
		return nil, false
	}
	root := map[string]any{}
	if len(tables) > 0 {
		list := make([]map[string]any, len(tables))
		for i := range tables {
			list[i] = tables[i].toMap()
		}
		root["entry"] = list
	}
	return root, true
}

// toMap is the table as the decoder gives it.
func (t *fastTable) toMap() map[string]any {
	m := make(map[string]any, 8)
	for i, k := range entryKeys {
		if !t.holds(i) {
			continue
		}
		switch i {
		case keyValue:
			m[k] = t.value
		case keyReference:
			m[k] = t.ref
		case keySpent:
			m[k] = t.spent
		case keyPending:
			m[k] = true
		case keyAt:
			m[k] = t.at
		default:
			m[k] = t.text(i)
		}
	}
	return m
}

// fastTables reads src as a list of [[entry]] tables as EncodeEntries
// writes them; ok is false, and nothing is said, for anything else.
func fastTables(src []byte) ([]fastTable, bool) { return fastTablesInto(src, nil) }

// fastTablesInto is fastTables reusing the array of list, so that a
// worker reading part after part does not make a new one each time.
func fastTablesInto(src []byte, list []fastTable) ([]fastTable, bool) {
	if !utf8.Valid(src) {
		return nil, false
	}
	list = list[:0]
	var cur *fastTable
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
				return nil, false
			}
			continue
		case string(line) == "[[entry]]":
			if cap(list) == 0 { // one allocation for the part's tables
				list = make([]fastTable, 0, bytes.Count(src, []byte("[[entry]]")))
			}
			list = append(list, fastTable{})
			cur = &list[len(list)-1]
			items++
			continue
		case cur == nil:
			return nil, false
		}
		eq := 0 // keys are lower-case letters: the " = " after them is found at once
		for eq < len(line) && line[eq] >= 'a' && line[eq] <= 'z' {
			eq++
		}
		if eq == 0 || !bytes.HasPrefix(line[eq:], []byte(" = ")) {
			return nil, false
		}
		key, kind, ok := fastKey(line[:eq])
		if !ok || cur.holds(key) {
			return nil, false
		}
		cur.has |= 1 << key
		items++
		v, n := lineAt+eq+3, -1
		switch kind {
		case fastText:
			var str string
			str, n = fastString(text, v, end)
			cur.setText(key, str)
		case fastNumber:
			var f float64
			switch f, n = fastNumberAt(text, v, end); key {
			case keyValue:
				cur.value = f
			case keySpent:
				cur.spent = f
			default:
				cur.ref = f
			}
			if n >= 0 && threeDecimals(text[v:n]) {
				cur.decimals |= 1 << key
			}
		case fastTrue:
			if strings.HasPrefix(text[v:end], "true") {
				n = v + 4
			}
		default:
			cur.at, n = fastTime(text, v, end)
		}
		if n < 0 || !fastTail(line[n-lineAt:]) {
			return nil, false
		}
	}
	// The decoder is not reached past the shape limits (see scanner.within),
	// which a file of tiny entries could pass.
	if items > freeItems+len(src)/bytesPerItem {
		return nil, false
	}
	return list, true
}

// threeDecimals reports whether a figure is written as settleCounts warns
// of: at most three digits, a dot and three decimals ("1.650").
func threeDecimals(v string) bool {
	whole, frac, _ := strings.Cut(strings.TrimPrefix(v, "-"), ".")
	return len(frac) == 3 && len(whole) <= 3
}

// readFast turns tables read by the fast path into entries, as
// readEntries turns the decoder's maps. A plain figure for a measure of
// the plan, which is most of a large file, is made at once; every other
// table is made into the decoder's map and read by readEntry, so its
// checks and messages are the same.
//
// decoded holds, by index, the maps of tables the decoder read instead
// (see readBlocks), which are read by readEntry as they are.
func readFast(d *doc, tables []fastTable, decoded map[int]map[string]any, into []model.Entry, p *model.Plan, ids planIDs) []model.Entry {
	entries := into
	if cap(entries) < len(tables) {
		entries = make([]model.Entry, 0, len(tables))
	}
	var decimals map[string]bool
	var periods periodCache
	for i := range tables {
		t := &tables[i]
		if _, ok := decoded[i]; !ok && len(entries) < cap(entries) {
			// Made where it is kept: an entry is 280 bytes, copied once less.
			entries = entries[:len(entries)+1]
			if t.figure(&entries[len(entries)-1], &periods, p, d.now) {
				continue
			}
			entries = entries[:len(entries)-1]
		}
		path := indexed("entry", i)
		if m, ok := decoded[i]; ok {
			if e, ok := readEntry(table{d, path, m}, p, ids.measures, ids.initiatives); ok {
				entries = append(entries, e)
			}
			continue
		}
		for _, k := range []int{keyValue, keyReference} {
			if t.decimals&(1<<k) != 0 {
				if decimals == nil {
					decimals = map[string]bool{}
				}
				decimals[join(path, entryKeys[k])] = true
			}
		}
		counts := len(d.counts)
		if e, ok := readEntry(table{d, path, t.toMap()}, p, ids.measures, ids.initiatives); ok {
			entries = append(entries, e)
		}
		// Only a figure written with three decimals may be warned of as
		// a count: the rest need not be looked up in the file again.
		kept := d.counts[:counts]
		for _, c := range d.counts[counts:] {
			if decimals[c] {
				kept = append(kept, c)
			}
		}
		d.counts = kept
	}
	return entries
}

// figureKeys are the keys a figure readFast makes at once may have.
var figureKeys = uint32(1)<<keyMeasure | 1<<keyPeriod | 1<<keyValue | 1<<keyReference | 1<<keyPending | 1<<keyNote | 1<<keyBy | 1<<keyAt

// figure makes in e the entry readEntry makes of a plain figure for a
// measure of the plan that has nothing to report; false, with e left
// zero, for any other table.
func (t *fastTable) figure(e *model.Entry, c *periodCache, p *model.Plan, now time.Time) bool {
	if t.has&^figureKeys != 0 || !t.holds(keyMeasure) || !t.holds(keyPeriod) || t.decimals != 0 {
		return false
	}
	pending, hasValue, hasRef := t.holds(keyPending), t.holds(keyValue), t.holds(keyReference)
	m := p.Measure(t.measure)
	if m == nil || pending == hasValue || m.Relative() && hasValue && !hasRef || model.PlaceUnit(m.Unit) {
		return false // each a problem or a warning readEntry says (a place outside 1-98 is one)
	}
	period, ok := c.read(t.period, p)
	if !ok {
		return false
	}
	if !now.IsZero() && t.at.After(now) {
		return false // in the future: said
	}
	*e = model.Entry{
		Measure: t.measure, Note: t.note, By: t.by, At: t.at, Pending: pending,
		Period: period, Value: t.value, HasValue: hasValue, Reference: t.ref, HasRef: hasRef,
	}
	showEntry(e)
	return true
}

// periodCache keeps the last period text read and what it was: entries
// come in runs of one period, and reading one costs more than the rest of
// a figure's checks.
type periodCache struct {
	text string
	last model.Period
	ok   bool
}

// read reads a figure's period as planPeriod does; ok is false where
// planPeriod says a problem.
func (c *periodCache) read(text string, p *model.Plan) (model.Period, bool) {
	if text == c.text && c.text != "" {
		return c.last, c.ok
	}
	period, err := model.ParsePeriod(text)
	ok := strings.TrimSpace(text) != "" && err == nil && !p.Outside(period)
	c.text, c.last, c.ok = text, period, ok
	return period, ok
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

// fastNumberAt reads a figure as number writes it, starting at i in the
// line ending at end; n is where it ends, -1 when it is not one.
func fastNumberAt(src string, i, end int) (f float64, n int) {
	if n = numberEnd(src, i, end); n < 0 {
		return 0, -1
	}
	f, err := strconv.ParseFloat(src[i:n], 64)
	if err != nil { // out of range: the decoder says so
		return 0, -1
	}
	return f, n
}

// fastTime reads a date-time as EncodeEntries writes it.
func fastTime(src string, i, end int) (time.Time, int) {
	n := momentEnd(src, i, end)
	if n < 0 {
		return time.Time{}, -1
	}
	// The decoder's own first reading of a date-time, so the time and its
	// zone are the same.
	t, err := time.ParseInLocation(time.RFC3339Nano, src[i:n], time.Local)
	if err != nil {
		return time.Time{}, -1
	}
	return t, n
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
func fastString(src string, i, end int) (string, int) {
	if i >= end || src[i] != '"' {
		return "", -1
	}
	i++
	start := i
	var b []byte // the text so far, once an escape is met
	for i < end {
		c := src[i]
		switch {
		case c == '"':
			if b == nil {
				return src[start:i], i + 1
			}
			return string(b), i + 1
		case c < 0x20 || c == 0x7f:
			return "", -1
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
			return "", -1
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
				return "", -1
			}
			r, err := strconv.ParseUint(src[i+2:i+6], 16, 16)
			if err != nil || r >= 0x20 && r != 0x7f {
				return "", -1
			}
			b = append(b, byte(r))
			i += 6
		default:
			return "", -1
		}
	}
	return "", -1
}
