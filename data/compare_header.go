package data

import (
	"io/fs"
	"strings"

	"github.com/beskplan/beskplan/lang"
)

// maxTableProblems bounds the problems listed for one table file: a table
// downloaded wrong would otherwise list every one of its cells.
const maxTableProblems = 20

// tableLog collects one table file's problems, all of them warnings.
type tableLog struct {
	problems Problems
	more     int
}

func (l *tableLog) add(p Problem) {
	if l.room() {
		p.Warning = true
		l.problems = append(l.problems, p)
	}
}

// room reports whether one more problem is listed, counting it when not:
// a problem not listed need not be placed.
func (l *tableLog) room() bool {
	if len(l.problems) == maxTableProblems {
		l.more++
		return false
	}
	return true
}

// absorb takes the problems of another log, as if added here.
func (l *tableLog) absorb(o *tableLog) {
	for _, p := range o.problems {
		l.add(p)
	}
	l.more += o.more
}

// done is the problems, in their order in the file, with a last line
// counting those left out.
func (l *tableLog) done(file string) Problems {
	sortProblems(l.problems)
	if l.more > 0 {
		l.problems = append(l.problems, Problem{File: file, Key: lang.CmpMoreProblems, Args: []any{l.more}, Warning: true})
	}
	return l.problems
}

// maxHeaderBytes bounds a header file: every table's header is read to
// know its indicator, and a large TOML file takes long to read.
const maxHeaderBytes = 64 << 10

// tableHeader is the header file beside a table: which indicator it is,
// its title and unit, and which sheet of a workbook to read.
type tableHeader struct {
	Indicator, Title, Unit, Sheet string
}

// readTableHeader reads a header file (MM13.toml beside MM13.csv). Its
// problems are placed like the plan's; a header that cannot be read leaves
// the table read by its file name.
func readTableHeader(fsys fs.FS, file, name, stem string, log *tableLog) tableHeader {
	h := tableHeader{Indicator: stem}
	if info, err := fs.Stat(fsys, name); err == nil && info.Mode().IsRegular() && info.Size() > maxHeaderBytes {
		log.add(Problem{File: file, Key: lang.CmpHeaderTooLarge, Args: []any{info.Size() >> 10, maxHeaderBytes >> 10}})
		return h
	}
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		log.add(FileProblem(file, err))
		return h
	}
	if len(src) > maxHeaderBytes { // it grew since
		log.add(Problem{File: file, Key: lang.CmpHeaderTooLarge, Args: []any{len(src) >> 10, maxHeaderBytes >> 10}})
		return h
	}
	d := &doc{file: file}
	if root, ok := d.parse(src); ok {
		t := table{d, "", root}
		t.known("indicator", "title", "unit", "sheet")
		if id := strings.TrimSpace(t.text("indicator", false)); id != "" { // as the plan's compare is read
			h.Indicator = id
		}
		h.Title = t.text("title", false)
		h.Unit = t.text("unit", false)
		h.Sheet = t.text("sheet", false)
		d.place(src)
	}
	for _, p := range d.problems {
		log.add(p)
	}
	return h
}
