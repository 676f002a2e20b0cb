package data

import (
	"slices"
	"strconv"
	"strings"

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

// pos is a place in a file: line and column, both from 1, the column
// counted in characters (not bytes), as editors show it.
type pos struct{ line, col int }

// place is where a key and its value stand, as byte offsets; for a [table]
// header both are the header.
type place struct{ key, value int }

// spot says which part of a place a problem points at.
type spot int

const (
	atKey spot = iota
	atValue
)

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func indexed(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// node is a key, table or list element that a problem names, and where the
// scanner found it. Only the paths of problems are made into nodes, so
// placing them costs one pass over the file and nothing per key in it.
type node struct {
	at    place
	found bool
	keys  map[string]*node
	elems map[int]*node
	count int // [[tables]] of this name seen so far
}

// key is the child of that name, nil when no problem is under it.
func (n *node) key(k []byte) *node {
	if n == nil {
		return nil
	}
	return n.keys[string(k)]
}

func (n *node) elem(i int) *node {
	if n == nil {
		return nil
	}
	return n.elems[i]
}

func (n *node) set(p place) {
	if n != nil {
		n.at, n.found = p, true
	}
}

// walk follows a path such as "measure[2].target.value" from n and returns
// the nodes on the way, making them when grow is true.
func (n *node) walk(path string, grow bool) []*node {
	chain := []*node{n}
	for path != "" && n != nil {
		name := path[:min(len(path), indexOrEnd(path, '.'), indexOrEnd(path, '['))]
		path = path[len(name):]
		n = n.child(name, -1, grow)
		for n != nil && strings.HasPrefix(path, "[") {
			end := indexOrEnd(path, ']')
			i, err := strconv.Atoi(path[1:end])
			if err != nil {
				return chain
			}
			chain = append(chain, n)
			n = n.child("", i, grow)
			path = path[min(len(path), end+1):]
		}
		path = strings.TrimPrefix(path, ".")
		if n != nil {
			chain = append(chain, n)
		}
	}
	return chain
}

func indexOrEnd(s string, c byte) int {
	if i := strings.IndexByte(s, c); i >= 0 {
		return i
	}
	return len(s)
}

// child is the node of a key, or of an element when i >= 0.
func (n *node) child(name string, i int, grow bool) *node {
	if i >= 0 {
		if n.elems[i] == nil && grow {
			if n.elems == nil {
				n.elems = map[int]*node{}
			}
			n.elems[i] = &node{}
		}
		return n.elems[i]
	}
	if n.keys[name] == nil && grow {
		if n.keys == nil {
			n.keys = map[string]*node{}
		}
		n.keys[name] = &node{}
	}
	return n.keys[name]
}

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

// placeAll finds the places of the paths in src, in one pass. The document
// may be broken: the scan then still ends, with what it could find.
func placeAll(src []byte, paths []string) []place {
	root := &node{}
	for _, p := range paths {
		root.walk(p, true)
	}
	s := &scanner{src: src}
	s.run(root)
	out := make([]place, len(paths))
	for i, p := range paths {
		chain := root.walk(p, false)
		for _, n := range slices.Backward(chain) {
			if n.found {
				out[i] = n.at
				break
			}
		}
	}
	return out
}

// positionsOf turns byte offsets into lines and columns in one pass over src.
func positionsOf(src []byte, offsets []int) []pos {
	order := make([]int, len(offsets))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	out := make([]pos, len(offsets))
	line, col, i := 1, 1, 0
	for _, k := range order {
		for end := min(max(offsets[k], 0), len(src)); i < end; i++ {
			switch {
			case src[i] == '\n':
				line, col = line+1, 1
			case src[i]&0xC0 != 0x80:
				col++
			}
		}
		out[k] = pos{line, col}
	}
	return out
}

// scanner walks the structure of a TOML document: tables, keys, values. It
// checks the limits on nesting and key length as it goes, and records the
// places of the nodes it is given.
type scanner struct {
	src   []byte
	i     int
	parts [][]byte // the parts of the key being read
	err   *nestingError
}

// level is how deep a value sits, and the length of its key with the tables it is in.
type level struct{ depth, keyLen int }

// within checks a level against the limits; past them the scan stops.
func (s *scanner) within(lv level, at int) bool {
	switch {
	case s.err != nil:
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

// resolve follows dotted keys from n, into the latest of every [[table]] on the way.
func (n *node) resolve(keys [][]byte) *node {
	for _, k := range keys {
		n = n.key(k)
		if n != nil && n.count > 0 {
			n = n.elem(n.count - 1)
		}
	}
	return n
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
