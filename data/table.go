package data

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	_ "time/tzdata" // PlanZone on machines without a zone database

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// doc collects the problems of one file while its tables are read.
type doc struct {
	file     string
	problems Problems
	now      time.Time // an entry's `at` later than this is reported (FutureAt); zero: not looked at
	errs     int       // the problems that are not warnings
	counts   []string  // numbers of count units to look at as written (see settleCounts)
	placed   []byte    // the file without its broken blocks, when it has any (see parse)
	left     leftOut   // what the broken blocks held
	kept     map[lang.Key]int
	omitted  map[omitKey]int // problems past maxSameProblems of a kind: counted, not kept
}

// maxSameProblems is how many problems of one kind a file's reading keeps;
// the rest are counted (ProblemsMore), so a file of a million mistakes
// costs no more than a good file of its size.
const maxSameProblems = 100

type omitKey struct {
	key     lang.Key
	warning bool
}

// keep reports whether a problem of kind k is kept, and counts it if not.
func (d *doc) keep(k lang.Key, warning bool) bool {
	if d.kept == nil {
		d.kept, d.omitted = map[lang.Key]int{}, map[omitKey]int{}
	}
	if d.kept[k] >= maxSameProblems {
		d.omitted[omitKey{k, warning}]++
		return false
	}
	d.kept[k]++
	return true
}

// full reports whether the problems of the kinds kept reach maxSameProblems.
func (d *doc) full(kinds ...lang.Key) bool {
	n := 0
	for _, k := range kinds {
		n += d.kept[k]
	}
	return n >= maxSameProblems
}

func (d *doc) add(path string, at spot, k lang.Key, args ...any) {
	d.errs++
	if d.keep(k, false) {
		d.problems = append(d.problems, Problem{File: d.file, Key: k, Args: args, path: path, at: at})
	}
}

// warn adds a problem that is reported but blocks nothing.
func (d *doc) warn(path string, at spot, k lang.Key, args ...any) {
	if d.keep(k, true) {
		d.problems = append(d.problems, Problem{File: d.file, Key: k, Args: args, Warning: true, path: path, at: at})
	}
}

// more is a problem for each kind past maxSameProblems, saying how many
// more there are; it sorts after the rest of its file.
func (d *doc) more() Problems {
	var out Problems
	for k, n := range d.omitted {
		out = append(out, Problem{File: d.file, Line: math.MaxInt32, Key: lang.ProblemsMore, Args: []any{n, k.key}, Warning: k.warning})
	}
	slices.SortFunc(out, func(a, b Problem) int {
		return strings.Compare(string(a.Args[1].(lang.Key)), string(b.Args[1].(lang.Key)))
	})
	return out
}

// table is one TOML table of a document, read key by key. Keys are matched
// exactly as written (TOML keys are case-sensitive; the struct decoder is not).
type table struct {
	d    *doc
	path string
	m    map[string]any
}

// known reports every key of the table that is not among the allowed ones,
// suggesting the closest allowed key.
func (t table) known(allowed ...string) {
	unknown := false
	for k := range t.m {
		if !slices.Contains(allowed, k) {
			unknown = true
			break
		}
	}
	if !unknown { // the usual table: nothing to say, nothing to sort
		return
	}
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if slices.Contains(allowed, k) {
			continue
		}
		if t.d.full(lang.UnknownTableNear, lang.UnknownKeyNear, lang.UnknownKey) {
			t.d.add(join(t.path, k), atKey, lang.UnknownKey) // counted only: no suggestion to look for
			continue
		}
		near := Closest(k, allowed)
		if header, ok := t.header(k, near); ok {
			t.d.add(join(t.path, k), atKey, lang.UnknownTableNear, header, t.headerOf(near))
			continue
		}
		if near != "" {
			t.d.add(join(t.path, k), atKey, lang.UnknownKeyNear, k, near)
		} else {
			t.d.add(join(t.path, k), atKey, lang.UnknownKey, k, strings.Join(allowed, ", "))
		}
	}
}

// header is how the key k of the table is written as a [table] or
// [[list]] header, when it is a table the file has under a header of its
// own that looks like the table near: [[mesure]] for [[measure]].
func (t table) header(k, near string) (string, bool) {
	if near == "" {
		return "", false
	}
	switch t.m[k].(type) {
	case []map[string]any:
		return "[[" + join(unindexed(t.path), k) + "]]", t.path == "" || near == "initiative"
	case map[string]any:
		return "[" + k + "]", t.path == ""
	}
	return "", false
}

// headerOf is how the known table near is written as a header.
func (t table) headerOf(near string) string {
	if t.path == "" && near == "plan" {
		return "[plan]"
	}
	return "[[" + join(unindexed(t.path), near) + "]]"
}

// unindexed is a path without its list indices: "strategy[2]" is "strategy".
func unindexed(path string) string {
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		if path[i] == '[' {
			for i < len(path) && path[i] != ']' {
				i++
			}
			continue
		}
		b.WriteByte(path[i])
	}
	return b.String()
}

// get returns the value of a key, reporting it as missing when required.
func (t table) get(key string, required bool) (any, bool) {
	v, ok := t.m[key]
	if !ok && required {
		t.d.add(t.path, atValue, lang.MissingKey, key)
	}
	return v, ok
}

// typeOf names the TOML type of a decoded value, for messages. The name is a
// catalogue key so it is translated with the rest of the message.
func typeOf(v any) lang.Key {
	switch v := v.(type) {
	case string:
		return lang.TypeText
	case int64, float64:
		return lang.TypeNumber
	case bool:
		return lang.TypeBool
	case time.Time:
		if v.Location().String() == "date-local" {
			return lang.TypeDate
		}
		return lang.TypeDateTime
	case []map[string]any, []any:
		return lang.TypeList
	case map[string]any:
		return lang.TypeTable
	}
	return lang.TypeUnknown
}

func (t table) text(key string, required bool) string {
	v, ok := t.get(key, required)
	if !ok {
		return ""
	}
	s, isText := v.(string)
	if !isText {
		t.wrongType(key, lang.TypeText, v)
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		t.d.add(join(t.path, key), atValue, lang.EmptyText, key)
	}
	return s
}

// wrongType reports a value of the wrong type, naming both types in the user's language.
func (t table) wrongType(key string, want lang.Key, got any) {
	t.d.add(join(t.path, key), atValue, lang.WrongType, key, want, typeOf(got))
}

func (t table) number(key string, required bool) (float64, bool) {
	v, ok := t.get(key, required)
	if !ok {
		return 0, false
	}
	var f float64
	switch n := v.(type) {
	case int64:
		f = float64(n)
	case float64:
		f = n
	default:
		t.wrongType(key, lang.TypeNumber, v)
		return 0, false
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		t.d.add(join(t.path, key), atValue, lang.NotFinite, key)
		return 0, false
	}
	return f, true
}

func (t table) boolean(key string) bool {
	v, ok := t.get(key, false)
	if !ok {
		return false
	}
	b, isBool := v.(bool)
	if !isBool {
		t.wrongType(key, lang.TypeBool, v)
	}
	return b
}

// date reads a TOML local date as a calendar date, whatever the process's time zone.
func (t table) date(key string, required bool) (model.Date, bool) {
	v, ok := t.get(key, required)
	if !ok {
		return model.Date{}, false
	}
	tm, isTime := v.(time.Time)
	if !isTime || tm.Location().String() != "date-local" {
		t.wrongType(key, lang.TypeDate, v)
		return model.Date{}, false
	}
	return model.DateOf(tm), true
}

// moment reads when something was recorded: an offset date-time as written;
// a local date-time or date is taken as UTC, since it names no zone.
func (t table) moment(key string) time.Time {
	v, ok := t.get(key, false)
	if !ok {
		return time.Time{}
	}
	tm, isTime := v.(time.Time)
	if !isTime {
		t.wrongType(key, lang.TypeDateTime, v)
		return time.Time{}
	}
	if tm.Location().String() == "time-local" {
		t.wrongType(key, lang.TypeDateTime, v)
		return time.Time{}
	}
	return planTime(tm)
}

// PlanZone is the time zone of the plans' own clock, in which a time
// written without an offset is read: every plan is a Danish
// municipality's. The zone's rules are built in (time/tzdata), so it is
// read alike on every machine, whatever its own zone.
var PlanZone = mustZone("Europe/Copenhagen")

// SignedBy says who recorded an entry and the day, in the plan's zone, as
// every message about an approval names it: "af leder 9. februar 2027".
func SignedBy(e *model.Entry) lang.Said { return lang.Signed(e.By, e.At.In(PlanZone)) }

func mustZone(name string) *time.Location {
	z, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // time/tzdata is built in: cannot happen
	}
	return z
}

// planTime is a time as read from TOML; one written by hand without an
// offset is the clock on the wall in PlanZone (read as UTC, a Danish
// entry would lie an hour or two ahead, in the future and beating later
// saves; read in the machine's zone, two machines would disagree).
func planTime(tm time.Time) time.Time {
	switch tm.Location().String() {
	case "date-local", "datetime-local":
		y, mo, d := tm.Date()
		h, mi, s := tm.Clock()
		return time.Date(y, mo, d, h, mi, s, tm.Nanosecond(), PlanZone)
	}
	return tm
}

// LocalTime reports whether a TOML time was written without an offset.
func localTime(tm time.Time) bool {
	switch tm.Location().String() {
	case "date-local", "datetime-local":
		return true
	}
	return false
}

func (t table) textList(key string) []string {
	v, ok := t.get(key, false)
	if !ok {
		return nil
	}
	items, isList := v.([]any)
	if !isList {
		t.wrongType(key, lang.TypeTextList, v)
		return nil
	}
	out := make([]string, 0, len(items))
	for i, item := range items {
		s, isText := item.(string)
		if !isText {
			t.d.add(indexed(join(t.path, key), i), atValue, lang.WrongType, key, lang.TypeTextList, typeOf(item))
			continue
		}
		out = append(out, s)
	}
	return out
}

// sub reads an inline or nested table.
func (t table) sub(key string) (table, bool) {
	v, ok := t.get(key, false)
	if !ok {
		return table{}, false
	}
	m, isTable := v.(map[string]any)
	if !isTable {
		t.wrongType(key, lang.TypeTable, v)
		return table{}, false
	}
	return table{t.d, join(t.path, key), m}, true
}

// list reads an array of tables: [[key]] sections or an array of inline tables.
func (t table) list(key string) []table {
	v, ok := t.get(key, false)
	if !ok {
		return nil
	}
	var maps []map[string]any
	switch l := v.(type) {
	case []map[string]any:
		maps = l
	case []any:
		for i, item := range l {
			m, isTable := item.(map[string]any)
			if !isTable {
				t.d.add(indexed(join(t.path, key), i), atValue, lang.WrongType, key, lang.TypeTableList, typeOf(item))
				continue
			}
			for len(maps) < i {
				maps = append(maps, nil)
			}
			maps = append(maps, m)
		}
	default:
		t.wrongType(key, lang.TypeTableList, v)
		return nil
	}
	out := make([]table, 0, len(maps))
	for i, m := range maps {
		if m != nil {
			out = append(out, table{t.d, indexed(join(t.path, key), i), m})
		}
	}
	return out
}

// oneOf reads a text that must be one of the allowed words.
func (t table) oneOf(key string, required bool, allowed ...string) string {
	s := t.text(key, required)
	if s == "" || slices.Contains(allowed, s) {
		return s
	}
	t.d.add(join(t.path, key), atValue, lang.NotOneOf, key, strings.Join(allowed, ", "), s)
	return ""
}
