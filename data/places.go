package data

import "strconv"

// pos is a place in a file: line and column, both from 1, the column
// counted in characters (not bytes), as editors show it.
type pos struct{ line, col int }

// place is where a key and its value stand; for a [table] header both are the header.
type place struct{ key, value pos }

// spot says which part of a place a problem points at.
type spot int

const (
	atKey spot = iota
	atValue
)

// placesOf finds the place of every key, table header and array element of
// a document that has already parsed, named by paths such as
// "measure[2].target.value" or "strategy[0].initiative[1]". It is only run
// when there is a problem to place, so a valid file never pays for it.
func placesOf(src []byte) map[string]place {
	s := &scanner{src: src, line: 1, col: 1, places: map[string]place{}, current: map[string]int{}}
	s.run()
	return s.places
}

type scanner struct {
	src       []byte
	i         int
	line, col int
	places    map[string]place
	current   map[string]int // array-table path -> index of its latest element
}

func (s *scanner) pos() pos { return pos{s.line, s.col} }

func (s *scanner) peek() byte {
	if s.i < len(s.src) {
		return s.src[s.i]
	}
	return 0
}

func (s *scanner) at(prefix string) bool {
	return len(s.src)-s.i >= len(prefix) && string(s.src[s.i:s.i+len(prefix)]) == prefix
}

// next steps over one byte, counting lines and characters.
func (s *scanner) next() {
	b := s.src[s.i]
	s.i++
	if b == '\n' {
		s.line, s.col = s.line+1, 1
		return
	}
	if s.i >= len(s.src) || s.src[s.i]&0xC0 != 0x80 {
		s.col++
	}
}

func (s *scanner) skip(n int) {
	for ; n > 0 && s.i < len(s.src); n-- {
		s.next()
	}
}

// blank skips spaces and tabs, and with lines also newlines and comments.
func (s *scanner) blank(lines bool) {
	for s.i < len(s.src) {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.next()
		case lines && c == '\n':
			s.next()
		case lines && c == '#':
			s.restOfLine()
		default:
			return
		}
	}
}

func (s *scanner) restOfLine() {
	for s.i < len(s.src) && s.peek() != '\n' {
		s.next()
	}
}

func (s *scanner) run() {
	table := ""
	for {
		s.blank(true)
		if s.i >= len(s.src) {
			return
		}
		if s.peek() == '[' {
			table = s.header()
		} else {
			s.keyValue(table)
		}
		s.restOfLine()
	}
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func indexed(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// resolve turns dotted keys into a path, with the current index of every array table on the way.
func (s *scanner) resolve(keys []string) string {
	path := ""
	for _, k := range keys {
		path = join(path, k)
		if i, ok := s.current[path]; ok {
			path = indexed(path, i)
		}
	}
	return path
}

func (s *scanner) header() string {
	at := s.pos()
	array := s.at("[[")
	s.skip(1)
	if array {
		s.skip(1)
	}
	keys, _ := s.keys()
	s.skip(1)
	if array {
		s.skip(1)
	}
	if !array || len(keys) == 0 {
		path := s.resolve(keys)
		s.places[path] = place{at, at}
		return path
	}
	base := join(s.resolve(keys[:len(keys)-1]), keys[len(keys)-1])
	i := 0
	if last, ok := s.current[base]; ok {
		i = last + 1
	}
	s.current[base] = i
	path := indexed(base, i)
	s.places[path] = place{at, at}
	if i == 0 {
		s.places[base] = place{at, at} // the array as a whole stands where it starts
	}
	return path
}

func (s *scanner) keyValue(table string) {
	keys, at := s.keys()
	path := table
	for _, k := range keys {
		path = join(path, k)
	}
	s.blank(false)
	if s.peek() == '=' {
		s.next()
	}
	s.blank(false)
	v := s.pos()
	s.value(path)
	s.places[path] = place{at, v}
}

// keys reads a dotted key: bare, "basic" or 'literal' parts.
func (s *scanner) keys() ([]string, pos) {
	s.blank(false)
	at := s.pos()
	var keys []string
	for s.i < len(s.src) {
		s.blank(false)
		switch s.peek() {
		case '"', '\'':
			keys = append(keys, s.quoted())
		default:
			start := s.i
			for s.i < len(s.src) && bare(s.peek()) {
				s.next()
			}
			keys = append(keys, string(s.src[start:s.i]))
		}
		s.blank(false)
		if s.peek() != '.' {
			break
		}
		s.next()
	}
	return keys, at
}

func bare(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// quoted reads a one-line quoted key and returns its text (escapes kept as written).
func (s *scanner) quoted() string {
	q := s.peek()
	s.next()
	start := s.i
	for s.i < len(s.src) && s.peek() != q && s.peek() != '\n' {
		if q == '"' && s.peek() == '\\' {
			s.next()
		}
		s.next()
	}
	text := string(s.src[start:s.i])
	s.skip(1)
	return text
}

func (s *scanner) value(path string) {
	switch c := s.peek(); {
	case c == '"' || c == '\'':
		s.str()
	case c == '[':
		s.next()
		for i := 0; s.i < len(s.src); i++ {
			s.blank(true)
			if s.peek() == ']' {
				break
			}
			at := s.pos()
			s.value(indexed(path, i))
			s.places[indexed(path, i)] = place{at, at}
			s.blank(true)
			if s.peek() == ',' {
				s.next()
			}
		}
		s.skip(1)
	case c == '{':
		s.next()
		for s.i < len(s.src) {
			s.blank(true)
			if s.peek() == '}' {
				break
			}
			s.keyValue(path)
			s.blank(true)
			if s.peek() == ',' {
				s.next()
			}
		}
		s.skip(1)
	default:
		for s.i < len(s.src) {
			switch s.peek() {
			case ',', ']', '}', '#', '\n', '\r':
				return
			}
			s.next()
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
			if q == '"' && s.peek() == '\\' {
				s.next()
			}
			s.next()
		}
		s.skip(3)
		for n := 0; n < 2 && s.peek() == q; n++ { // """a"""" ends with quotes in the text
			s.next()
		}
		return
	}
	s.quoted()
}
