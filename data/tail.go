package data

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"time"

	"github.com/beskplan/beskplan/lang"
)

// ErrTornTail is returned when a block the program wrote is no longer as it
// was written: cut short by a crash or a full disk mid-append (at the end of
// the file, or with more added after it since), or changed by hand. What is
// left of it may still parse (value = 1 cut from 1750.0), so nothing is
// written until it is moved aside with Repair.
var ErrTornTail = errors.New("the status file holds an unfinished or changed entry")

// ErrBroken is returned when the status file no longer parses for another
// reason (someone's edit): it must be fixed by hand before anything is added.
var ErrBroken = errors.New("the status file does not parse")

// TailError says where a status file went wrong.
type TailError struct {
	Path       string
	Offset     int64 // where the first damaged block (or the broken part) starts
	Line       int   // the line of the damaged block's mark; 0 for a broken file
	Size       int64 // the file's size when checked
	Repairable bool  // the file without its damaged blocks parses, so they can be moved aside
	Problem    Problem
	err        error
}

func (e *TailError) Error() string {
	return fmt.Sprintf("%s: %v at byte %d", e.Path, e.err, e.Offset)
}

func (e *TailError) Unwrap() error { return e.err }

// damage is a block the program wrote that no longer matches its mark.
type damage struct {
	start, end int // its bytes: from the newline the program writes before the mark
	mark       int // where its mark line starts
}

// damagedBlocks checks every block the program wrote against the length
// and checksum in its mark, and returns those that do not match, in file
// order. A block that matches is skipped whole, so this costs one checksum
// pass over the file.
func damagedBlocks(src []byte) []damage {
	var out []damage
	for i := nextMark(src, 0); i >= 0; {
		n, sum, body, ok := readMark(src, i)
		if ok && body+n <= len(src) && crc32.ChecksumIEEE(src[body:body+n]) == sum {
			i = nextMark(src, body+n)
			continue
		}
		next := nextMark(src, max(body, i+1))
		limit := len(src)
		if next >= 0 {
			limit = next
		}
		if !ok {
			n = 0 // a broken mark: only its own line is sure to be the program's
		}
		out = append(out, damage{start: max(i-1, 0), end: ownEnd(src, body, limit, n), mark: i})
		i = next
	}
	// A cut inside the mark's first bytes leaves "# besk" as the file's last,
	// unfinished line, after the blank line the program writes before a block.
	if ls := bytes.LastIndexByte(src, '\n') + 1; ls > 0 && ls < len(src) && len(src)-ls < len(markPrefix) &&
		(ls == 1 || src[ls-2] == '\n') && bytes.HasPrefix([]byte(markPrefix), src[ls:]) {
		out = append(out, damage{start: ls - 1, end: len(src), mark: ls})
	}
	return out
}

// nextMark is where the next line starting with the mark begins, from
// offset from on; -1 when there is none.
func nextMark(src []byte, from int) int {
	if from == 0 && bytes.HasPrefix(src, []byte(markPrefix)) {
		return 0
	}
	if from >= len(src) {
		return -1
	}
	i := bytes.Index(src[from:], []byte("\n"+markPrefix))
	if i < 0 {
		return -1
	}
	return from + i + 1
}

// readMark reads the mark line at i: "# beskplan: 142 bytes, crc32 1a2b3c4d".
// body is where the line after it starts; ok is false when the line is not
// a whole mark.
func readMark(src []byte, i int) (n int, sum uint32, body int, ok bool) {
	end := bytes.IndexByte(src[i:], '\n')
	if end < 0 {
		return 0, 0, len(src), false
	}
	body = i + end + 1
	count, hex, found := bytes.Cut(src[i+len(markPrefix):i+end], []byte(" bytes, crc32 "))
	if !found || len(hex) != 8 || len(count) == 0 || len(count) > 9 {
		return 0, 0, body, false
	}
	// By hand rather than strconv: a large file has a hundred thousand marks.
	for _, c := range count {
		if c < '0' || c > '9' {
			return 0, 0, body, false
		}
		n = n*10 + int(c-'0')
	}
	for _, c := range hex {
		switch {
		case c >= '0' && c <= '9':
			sum = sum<<4 | uint32(c-'0')
		case c >= 'a' && c <= 'f':
			sum = sum<<4 | uint32(c-'a'+10)
		default:
			return 0, 0, body, false
		}
	}
	return n, sum, body, true
}

// ownEnd is where a damaged block's own bytes end, given where its body
// starts, where the next block starts (or the file ends) and its length:
// before the first line that the program cannot have written as part of it,
// so an entry someone added after a cut block stays where it is. The
// newline before that line stays too, ending the line before it.
func ownEnd(src []byte, body, limit, n int) int {
	var lines blockLines
	for at := body; at < limit; {
		next := limit
		if j := bytes.IndexByte(src[at:limit], '\n'); j >= 0 {
			next = at + j + 1
		}
		if at >= body+n || !lines.own(bytes.TrimSuffix(src[at:next], []byte("\n")), at == body) {
			return at - 1
		}
		at = next
	}
	if limit < len(src) {
		return limit - 1 // the newline before the next block's mark is that block's
	}
	return limit
}

// blockLines follows the lines of a block as the program writes them: one
// [[entry]] table after another, each ending with its `at` and followed by
// one blank line, with the keys as EncodeEntries writes them.
type blockLines struct {
	signed bool // the last line was a whole `at`: the entry is finished
	blank  bool // and the blank line after it has been seen
	cut    bool // a line was cut short: nothing after it is the block's
	tagged bool // the entry's period line ends with a tag, so its `at` must too
}

// own reports whether line can be the block's next line.
func (b *blockLines) own(line []byte, first bool) bool {
	header := []byte("[[entry]]")
	switch {
	case b.cut:
		return false
	case first:
		b.cut = !bytes.Equal(line, header)
		return len(line) > 0 && bytes.HasPrefix(header, line)
	case bytes.Equal(line, header):
		ok := b.signed && b.blank
		b.signed, b.blank = false, false
		return ok
	case len(line) == 0:
		ok := b.signed && !b.blank
		b.blank = true
		return ok
	case b.blank:
		return false
	case programKey(line):
		if bytes.HasPrefix(line, []byte("period = ")) {
			_, b.tagged = tagOf(line)
		}
		b.signed = signedAt(line, b.tagged)
		return true
	case partKey(line):
		b.cut = true
		return true
	}
	return false
}

// programKey reports whether line starts as EncodeEntries writes a key.
func programKey(line []byte) bool {
	for _, k := range entryKeys {
		if bytes.HasPrefix(line, []byte(k+" = ")) {
			return true
		}
	}
	return false
}

// partKey reports whether line is the first bytes of a key line, cut short.
func partKey(line []byte) bool {
	for _, k := range entryKeys {
		if bytes.HasPrefix([]byte(k+" = "), line) {
			return true
		}
	}
	return false
}

// signedAt reports whether line is a whole `at` as the program writes it,
// which ends every entry it writes: with its whole tag where the entry's
// period line has one (see EncodeEntries), else without.
func signedAt(line []byte, tagged bool) bool {
	v, ok := bytes.CutPrefix(line, []byte("at = "))
	if !ok {
		return false
	}
	if tagged {
		if v, ok = tagOf(v); !ok {
			return false
		}
	}
	_, err := time.Parse(time.RFC3339, string(v))
	return err == nil
}

// tagOf cuts the tag EncodeEntries ends a line with ("  # 1a2b3c4d") off
// the line; ok is false when the line has no whole tag.
func tagOf(line []byte) (before []byte, ok bool) {
	before, tag, found := bytes.Cut(line, []byte("  # "))
	return before, found && len(tag) == 8 && len(bytes.Trim(tag, "0123456789abcdef")) == 0
}

// checkFile checks a status file before anything is added to it: that
// every block the program wrote is as it was written, and that the part
// from offset from on (what was added since the caller last read it) holds
// no NUL and parses.
func checkFile(path string, all []byte, from int64) error {
	size := int64(len(all))
	if damaged := damagedBlocks(all); len(damaged) > 0 {
		d := damaged[0]
		line := bytes.Count(all[:d.mark], []byte("\n")) + 1
		return &TailError{Path: path, Offset: int64(d.start), Line: line, Size: size,
			Repairable: parses(withoutDamaged(all, damaged)), err: ErrTornTail}
	}
	region := all[from:]
	if i := bytes.IndexByte(region, 0); i >= 0 {
		line, col := lineCol(all, int(from)+i)
		return &TailError{Path: path, Offset: from + int64(i), Size: size, err: ErrBroken,
			Problem: Problem{File: path, Line: line, Col: col, Key: lang.NulByte}}
	}
	if !parses(region) {
		d := &doc{file: path}
		d.parse(all)
		var p Problem
		if len(d.problems) > 0 {
			p = d.problems[0]
		}
		return &TailError{Path: path, Offset: from, Size: size, err: ErrBroken, Problem: p}
	}
	return nil
}

// withoutDamaged is the file with its damaged blocks taken out.
func withoutDamaged(all []byte, damaged []damage) []byte {
	kept := make([]byte, 0, len(all))
	at := 0
	for _, d := range damaged {
		kept = append(kept, all[at:d.start]...)
		at = d.end
	}
	return append(kept, all[at:]...)
}

// tornProblems are the damaged blocks of a status file as problems, each
// at its mark's line.
func tornProblems(path string, src []byte) Problems {
	damaged := damagedBlocks(src)
	var out Problems
	line, at := 1, 0
	for _, d := range damaged {
		line += bytes.Count(src[at:d.mark], []byte("\n"))
		at = d.mark
		out = append(out, Problem{File: path, Line: line, Col: 1, Key: lang.TornBlock})
	}
	return out
}

func parses(b []byte) bool {
	_, err := decode(b)
	return err == nil
}
