package data

import "github.com/beskplan/beskplan/lang"

// Fields reads a TOML file of a front end's own (serve's access file) the
// way data reads plan.toml: key by key, every problem placed at
// FILE:LINE:COLUMN. It is the one reader with positions; no second one.
type Fields struct {
	d   *doc
	src []byte
}

// FieldTable is one table of a Fields file.
type FieldTable struct{ t table }

// ReadFields parses src, read from path. A file that is not TOML gives its
// problems, placed.
func ReadFields(path string, src []byte) (*Fields, FieldTable, error) {
	d := &doc{file: path}
	root, ok := d.parse(src)
	if !ok {
		return nil, FieldTable{}, d.problems
	}
	return &Fields{d, src}, FieldTable{table{d, "", root}}, nil
}

// Add reports a problem at the value of path (see Join and Indexed).
func (f *Fields) Add(path string, k lang.Key, args ...any) { f.d.add(path, atValue, k, args...) }

// Problems are the problems found so far, placed; nil if none.
func (f *Fields) Problems() error {
	f.d.place(f.src)
	if len(f.d.problems) == 0 {
		return nil
	}
	return f.d.problems
}

// Join and Indexed name a key's path for Add: a table's key, a list's item.
func Join(path, key string) string      { return join(path, key) }
func Indexed(path string, i int) string { return indexed(path, i) }

// Path is the table's own path, for Join.
func (t FieldTable) Path() string { return t.t.path }

// Has tells whether the table has the key.
func (t FieldTable) Has(key string) bool { _, ok := t.t.m[key]; return ok }

// Known reports every key not among the allowed ones.
func (t FieldTable) Known(allowed ...string) { t.t.known(allowed...) }

// Text reads a text; required reports it missing or empty.
func (t FieldTable) Text(key string, required bool) string { return t.t.text(key, required) }

// OneOf reads a text that must be one of the allowed words.
func (t FieldTable) OneOf(key string, required bool, allowed ...string) string {
	return t.t.oneOf(key, required, allowed...)
}

// TextList reads a list of texts.
func (t FieldTable) TextList(key string) []string { return t.t.textList(key) }

// List reads an array of tables.
func (t FieldTable) List(key string) []FieldTable {
	var out []FieldTable
	for _, s := range t.t.list(key) {
		out = append(out, FieldTable{s})
	}
	return out
}
