package data

import (
	"bytes"
	"io"
	"time"

	"github.com/beskplan/beskplan/model"
)

// Added is what was appended to a status file since it was loaded.
type Added struct {
	Entries  []model.Entry
	Known    Known    // the status file as now known
	Warnings Problems // entries in the new part that the plan has nothing for
}

// ReadAdded reads only what was appended to the status file since it was
// loaded: the known part is checked by its checksum (milliseconds, even for
// a large file) and only the new bytes are decoded. ok is false when the
// file changed in any other way, or the new part does not start a new
// [[entry]], or holds a block that does not match its mark: then it must
// be loaded whole. Problems in the new part carry their true line in the
// whole file.
func (l *Loaded) ReadAdded() (Added, Problems, bool) {
	f, err := OpenRegular(l.StatusPath)
	if err != nil {
		return Added{}, nil, false
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.Size() < l.Known.Size || info.Size() > MaxFileSize || !prefixIs(f, l.Known) {
		return Added{}, nil, false
	}
	more := make([]byte, info.Size()-l.Known.Size)
	if _, err := f.ReadAt(more, l.Known.Size); err != nil && err != io.EOF {
		return Added{}, nil, false
	}
	// A block of the new part that does not match its mark is for Load to
	// report, like any other damaged block.
	if l.Known.Size > 0 && !endsLine(f, l.Known.Size) || !startsEntry(more) || len(damagedBlocks(more)) > 0 {
		return Added{}, nil, false
	}
	entries, problems := readOne(l.StatusPath, more, l.Plan, idsOf(l.Plan), time.Time{})
	// An entry the plan has already (brought in again by a merge) counts
	// once, and which one counts is for Load to settle.
	if copies(l.Plan, entries) {
		return Added{}, nil, false
	}
	// Lines cost a second read of the known part: only problems, and a
	// figure that may be another's rival (for git to tell), need them.
	if len(problems) > 0 || rivalsAmong(l.Plan, entries) {
		before := linesBefore(f, l.Known.Size)
		if found := entryLines(more); len(found) == len(entries) {
			for i := range entries {
				entries[i].Line = found[i] + before
			}
		}
		for i := range problems {
			problems[i].Line += before
		}
	}
	entries = withoutCopies(entries)
	problems, warnings := problems.split()
	return Added{Entries: entries, Known: l.Known.extend(more), Warnings: warnings}, problems, true
}

// endsLine reports whether the byte before offset is a newline, so the new
// part starts a line of its own.
func endsLine(f io.ReaderAt, offset int64) bool {
	b := make([]byte, 1)
	_, err := f.ReadAt(b, offset-1)
	return err == nil && b[0] == '\n'
}

// startsEntry reports whether text begins, after blank and comment lines,
// with a table header (or is only blank and comments): a key alone would
// belong to the last table of the known part.
func startsEntry(text []byte) bool {
	for len(text) > 0 {
		line, rest, _ := bytes.Cut(text, []byte("\n"))
		line = bytes.TrimSpace(line)
		switch {
		case len(line) == 0 || line[0] == '#':
			text = rest
		default:
			return line[0] == '['
		}
	}
	return true
}

func linesBefore(f io.ReaderAt, offset int64) int {
	n := 0
	buf := make([]byte, 1<<20)
	for at := int64(0); at < offset; {
		k, err := f.ReadAt(buf[:min(int64(len(buf)), offset-at)], at)
		n += bytes.Count(buf[:k], []byte("\n"))
		at += int64(k)
		if err != nil {
			break
		}
	}
	return n
}
