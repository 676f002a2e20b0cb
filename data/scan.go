package data

import (
	"github.com/BurntSushi/toml"

	"github.com/beskplan/beskplan/lang"
)

// Limits on the shape of a TOML file, far above any real plan (a plan nests
// 3 levels deep and its longest key, tables included, is about 25
// characters) and low enough that the decoder, whose time and memory grow
// with the square of both, stays within a small multiple of the file's size.
const (
	MaxNesting   = 32  // levels of tables, dotted keys, lists and inline tables
	MaxKeyLength = 256 // bytes of a key with the names of the tables it is in
)

// The decoder spends about 800 bytes on every key, table and list item:
// a file may have one for every bytesPerItem bytes (a plan has one for
// every 40, a status file one for every 20), beyond freeItems, so that
// reading it costs a small multiple of its size whatever its shape
// (1,200,000 lines "aN.b.c.d = 1" took 180 times the file's size).
const (
	bytesPerItem = 12
	freeItems    = 4096
)

// nestingError says where a file goes past MaxNesting or MaxKeyLength.
type nestingError struct {
	offset int
	key    lang.Key
	limit  int
}

func (e *nestingError) Error() string { return lang.Da.T(e.key, e.limit) }

// decode decodes TOML into plain maps, which keep every key as written,
// after checking the file's shape against the limits.
func decode(src []byte) (map[string]any, error) {
	s := &scanner{src: src}
	s.run(nil)
	if s.err != nil {
		return nil, s.err
	}
	var root map[string]any
	_, err := toml.Decode(unsafeString(src), &root)
	return root, err
}

// scanner walks the structure of a TOML document: tables, keys, values. It
// checks the limits on nesting and key length as it goes, and records the
// places of the nodes it is given.
type scanner struct {
	src   []byte
	i     int
	items int      // keys, table headers and list items seen
	parts [][]byte // the parts of the key being read
	err   *nestingError
}

// level is how deep a value sits, and the length of its key with the tables it is in.
type level struct{ depth, keyLen int }

// within checks a level against the limits; past them the scan stops.
func (s *scanner) within(lv level, at int) bool {
	s.items++
	switch {
	case s.err != nil:
	case s.items > freeItems+len(s.src)/bytesPerItem:
		s.err = &nestingError{at, lang.TooManyItems, bytesPerItem}
	case lv.depth > MaxNesting:
		s.err = &nestingError{at, lang.TooDeep, MaxNesting}
	case lv.keyLen > MaxKeyLength:
		s.err = &nestingError{at, lang.KeyTooLong, MaxKeyLength}
	}
	return s.err == nil
}

func (s *scanner) more() bool { return s.i < len(s.src) && s.err == nil }

func (s *scanner) peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

func (s *scanner) at(prefix string) bool {
	return len(s.src)-s.i >= len(prefix) && string(s.src[s.i:s.i+len(prefix)]) == prefix
}

func (s *scanner) skip(n int) { s.i = min(s.i+n, len(s.src)) }

// blank skips spaces and tabs, and with lines also newlines and comments.
func (s *scanner) blank(lines bool) {
	for s.i < len(s.src) {
		switch c := s.src[s.i]; {
		case c == ' ' || c == '\t' || c == '\r', lines && c == '\n':
			s.i++
		case lines && c == '#':
			s.restOfLine()
		default:
			return
		}
	}
}

func (s *scanner) restOfLine() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.i++
	}
}

func (s *scanner) run(root *node) {
	table, lv := root, level{}
	for s.more() {
		s.blank(true)
		if s.i >= len(s.src) {
			return
		}
		if s.peek() == '[' {
			table, lv = s.header(root)
		} else {
			s.keyValue(table, lv)
		}
		s.restOfLine()
	}
}

func (s *scanner) header(root *node) (*node, level) {
	at := s.i
	array := s.at("[[")
	s.skip(1)
	if array {
		s.skip(1)
	}
	keys, lv, _ := s.keys(level{})
	if !array || len(keys) == 0 {
		n := root.resolve(keys)
		n.set(place{at, at})
		return n, lv
	}
	base := root.resolve(keys[:len(keys)-1]).key(keys[len(keys)-1])
	if base == nil {
		return nil, lv
	}
	base.count++
	n := base.elem(base.count - 1)
	n.set(place{at, at})
	if base.count == 1 {
		base.set(place{at, at}) // the list as a whole stands where it starts
	}
	return n, lv
}

func (s *scanner) keyValue(table *node, lv level) {
	keys, lv, at := s.keys(lv)
	n := table
	for _, k := range keys {
		n = n.key(k)
	}
	s.blank(false)
	if s.peek() == '=' {
		s.i++
	}
	s.blank(false)
	v := s.i
	s.value(n, lv)
	n.set(place{at, v})
}

// keys reads a dotted key, bare, "basic" or 'literal' parts, adding each
// to the level. The parts are valid until the next call.
func (s *scanner) keys(lv level) ([][]byte, level, int) {
	s.blank(false)
	at := s.i
	s.parts = s.parts[:0]
	for s.more() {
		s.blank(false)
		partAt := s.i
		var part []byte
		switch s.peek() {
		case '"', '\'':
			part = s.quoted()
		default:
			for s.i < len(s.src) && bare(s.src[s.i]) {
				s.i++
			}
			part = s.src[partAt:s.i]
		}
		s.parts = append(s.parts, part)
		if !s.within(level{lv.depth + 1, lv.keyLen + len(part)}, partAt) {
			break
		}
		lv = level{lv.depth + 1, lv.keyLen + len(part)}
		s.blank(false)
		if s.peek() != '.' {
			break
		}
		s.i++
	}
	return s.parts, lv, at
}

func bare(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// quoted reads a one-line quoted key and returns its text (escapes kept as written).
func (s *scanner) quoted() []byte {
	q := s.src[s.i]
	s.i++
	start := s.i
	for s.i < len(s.src) && s.src[s.i] != q && s.src[s.i] != '\n' {
		if q == '"' && s.src[s.i] == '\\' {
			s.i++
		}
		s.i++
	}
	text := s.src[start:min(s.i, len(s.src))]
	s.skip(1)
	return text
}

func (s *scanner) value(n *node, lv level) {
	switch c := s.peek(); c {
	case '"', '\'':
		s.str()
	case '[', '{':
		lv.depth++
		if !s.within(lv, s.i) {
			return
		}
		end := byte(']')
		if c == '{' {
			end = '}'
		}
		s.i++
		for i := 0; s.more(); i++ {
			s.blank(true)
			if s.peek() == end {
				break
			}
			start := s.i
			if c == '[' {
				e := n.elem(i)
				s.value(e, lv)
				e.set(place{start, start})
			} else {
				s.keyValue(n, lv)
			}
			s.blank(true)
			if s.peek() == ',' {
				s.i++
			}
			if s.i == start { // not TOML: step over it, so the scan ends
				s.i++
			}
		}
		s.skip(1)
	default:
		for s.i < len(s.src) {
			switch s.src[s.i] {
			case ',', ']', '}', '#', '\n', '\r':
				return
			}
			s.i++
		}
	}
}

// str steps over a basic, literal or multi-line string.
func (s *scanner) str() {
	q := s.peek()
	if s.at(`"""`) || s.at("'''") {
		end := string([]byte{q, q, q})
		s.skip(3)
		for s.i < len(s.src) && !s.at(end) {
			if q == '"' && s.src[s.i] == '\\' {
				s.i++
			}
			s.i++
		}
		s.skip(3)
		for n := 0; n < 2 && s.peek() == q; n++ { // """a"""" ends with quotes in the text
			s.i++
		}
		return
	}
	s.quoted()
}
