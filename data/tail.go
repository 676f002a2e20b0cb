package data

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
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
	z := len(bytes.TrimRight(src, "\x00")) // the file without a NUL tail (see withNulTail)
	var out []damage
	for i := nextMark(src, 0); i >= 0; {
		n, sum, body, ok := readMark(src, i)
		if ok && body+n <= len(src) && crc32.ChecksumIEEE(src[body:body+n]) == sum {
			i = nextMark(src, body+n)
			continue
		}
		// Whole but for the newline ending the file, which some editors drop.
		if ok && body+n == len(src)+1 && crc32.Update(crc32.ChecksumIEEE(src[body:]), crc32.IEEETable, []byte("\n")) == sum {
			break
		}
		next := nextMark(src, max(body, i+1))
		limit := len(src)
		if next >= 0 {
			limit = next
		}
		if !ok {
			n = 0 // a broken mark: only its own line is sure to be the program's
		}
		out = append(out, damage{start: max(i-1, 0), end: ownEnd(src[:z], body, min(limit, z), n), mark: i})
		i = next
	}
	// A cut inside the mark's first bytes leaves "# besk" as the file's last,
	// unfinished line, after the blank line the program writes before a block.
	if ls := bytes.LastIndexByte(src[:z], '\n') + 1; ls > 0 && ls < z && z-ls < len(markPrefix) &&
		(ls == 1 || src[ls-2] == '\n') && bytes.HasPrefix([]byte(markPrefix), src[ls:z]) &&
		(len(out) == 0 || out[len(out)-1].end < ls) {
		out = append(out, damage{start: ls - 1, end: z, mark: ls})
	}
	return withNulTail(src, z, out)
}

// withNulTail adds a run of NUL bytes ending the file to the damaged
// blocks: after a power cut a file system may keep a file's new length but
// not the bytes of its last, unsynced write, which then read as NULs, mark
// and all. It joins the damaged block it continues, if any.
func withNulTail(src []byte, z int, out []damage) []damage {
	if z == len(src) {
		return out
	}
	// The newline before the NULs ends the block's last line: it goes too.
	if n := len(out); n > 0 && (out[n-1].end >= z || out[n-1].end == z-1 && src[z-1] == '\n') {
		out[n-1].end = len(src)
		return out
	}
	return append(out, damage{start: z, end: len(src), mark: z})
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
	// From the newline before from: a mark may start right at from, after
	// the newline ending the block before it, where git's union merge took
	// out the blank line between them (or an editor dropped the newline
	// ending the file before the next save).
	from = max(from-1, 0)
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
	entry := 0 // where the block's latest entry after its first starts
	for at := body; at < limit; {
		next := lineEnd(src, at, limit)
		line := bytes.TrimSuffix(src[at:next], []byte("\n"))
		if at < body+n && lines.own(line, at == body) {
			if at > body && bytes.Equal(line, []byte("[[entry]]")) {
				entry = at
			}
			at = next
			continue
		}
		// An entry going on with a key line the program cannot have written
		// is someone's, added after a block cut between two entries (a blank
		// line, a comment or a table after whole lines is a cut between lines).
		if t := bytes.TrimLeft(line, " \t"); entry > 0 && (!lines.cut || lines.untagged) && len(t) > 0 && t[0] != '#' && t[0] != '[' {
			return entry - 1
		}
		return tableEnd(src, at, limit)
	}
	return blockEnd(src, limit)
}

// tableEnd is where a damaged block ends whose own lines stop at at: there,
// when what follows (after blank lines and comments) is a table or nothing;
// otherwise before the next table, since keys left behind (a block's by and
// at after a comment put inside it) would belong to the entry above it.
func tableEnd(src []byte, at, limit int) int {
	keys := false
	for i := at; i < limit; i = lineEnd(src, i, limit) {
		line := bytes.TrimLeft(src[i:lineEnd(src, i, limit)], " \t")
		switch {
		case bytes.HasPrefix(line, []byte("[")):
			if keys {
				return i - 1
			}
			return at - 1
		case len(bytes.TrimSpace(line)) > 0 && line[0] != '#':
			keys = true
		}
	}
	if keys {
		return blockEnd(src, limit)
	}
	return at - 1
}

// blockEnd is where a damaged block that runs to limit ends.
func blockEnd(src []byte, limit int) int {
	if limit < len(src) {
		return limit - 1 // the newline before the next block's mark is that block's
	}
	return limit
}

// lineEnd is where the line starting at at ends, its newline included.
func lineEnd(src []byte, at, limit int) int {
	if j := bytes.IndexByte(src[at:limit], '\n'); j >= 0 {
		return at + j + 1
	}
	return limit
}

// blockLines follows the lines of a block as the program writes them: one
// [[entry]] table after another, each ending with its `at` and followed by
// one blank line, with the keys as EncodeEntries writes them.
type blockLines struct {
	signed      bool // the last line was a whole `at`: the entry is finished
	blank       bool // and the blank line after it has been seen
	cut         bool // a line was cut short: nothing after it is the block's
	tagged      bool // the entry's period line ends with a tag, so its `at` must too
	taggedBlock bool // the first entry's period line has a tag: every entry's has
	untagged    bool // a later entry's period line lacks it
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
	case b.signed && b.blank && bytes.HasPrefix(header, line) && len(line) > 0:
		b.cut = true // the next entry's header, cut short
		return true
	case len(line) == 0:
		ok := b.signed && !b.blank
		b.blank = true
		return ok
	case b.blank:
		return false
	case programKey(line):
		if bytes.HasPrefix(line, []byte("period = ")) {
			_, b.tagged = tagOf(line)
			value := line[len("period = "):]
			if b.taggedBlock && !b.tagged && quoteEnd(value) == len(value)-1 {
				// Without the tag its first entry has: cut where the tag
				// starts, or typed by someone after a cut, which a key
				// line after it tells.
				b.cut, b.untagged = true, true
				return true
			}
			b.taggedBlock = b.taggedBlock || b.tagged
		}
		b.signed = signedAt(line, b.tagged)
		b.cut = !wholeValue(line, b.tagged) // what is left of a line cut short
		return true
	case partKey(line):
		b.cut = true
		return true
	}
	return false
}

// programKey reports whether line starts as EncodeEntries writes a key,
// and where its value is a text, ends as it does: at the closing quote, or
// in (the start of) the tag EncodeEntries puts after it.
func programKey(line []byte) bool {
	for _, k := range entryKeys {
		if v, ok := bytes.CutPrefix(line, []byte(k+" = ")); ok {
			end := quoteEnd(v)
			return !bytes.HasPrefix(v, []byte(`"`)) || end < 0 || end == len(v)-1 || tagStart(v[end+1:])
		}
	}
	return false
}

// tagIntro and tagDigits are the tag EncodeEntries ends a line with:
// "  # " and the checksum in 8 lower-case hex digits ("  # 1a2b3c4d").
const (
	tagIntro  = "  # "
	tagDigits = 8
)

// tagStart reports whether rest is a tag, or its start.
func tagStart(rest []byte) bool {
	if len(rest) <= len(tagIntro) {
		return strings.HasPrefix(tagIntro, string(rest))
	}
	tag, ok := bytes.CutPrefix(rest, []byte(tagIntro))
	return ok && len(tag) <= tagDigits && hexDigits(tag)
}

// tagOf cuts the tag off the end of line; ok is false when the line has
// no whole tag.
func tagOf(line []byte) (before []byte, ok bool) {
	before, tag, found := bytes.Cut(line, []byte(tagIntro))
	return before, found && len(tag) == tagDigits && hexDigits(tag)
}

// hexDigits reports whether b holds only the hex digits a tag is written in.
func hexDigits(b []byte) bool { return len(bytes.Trim(b, "0123456789abcdef")) == 0 }

// wholeValue reports whether a key line as the program writes it holds a
// whole value: a text with its closing quote, a figure with its decimals,
// true, or a whole time. A line cut short holds only the first part of one.
func wholeValue(line []byte, tagged bool) bool {
	key, v, _ := bytes.Cut(line, []byte(" = "))
	if tagged && (string(key) == "period" || string(key) == "by") {
		var whole bool
		if v, whole = tagOf(v); !whole {
			return false // the tag is the line's last part: cut short
		}
	}
	switch {
	case bytes.HasPrefix(v, []byte(`"`)):
		return quoteEnd(v) == len(v)-1
	case bytes.HasPrefix(line, []byte("at = ")):
		return signedAt(line, tagged)
	case bytes.Equal(v, []byte("true")):
		return true
	}
	_, err := strconv.ParseFloat(string(v), 64)
	return err == nil && bytes.ContainsAny(v, ".e") && v[len(v)-1] >= '0' && v[len(v)-1] <= '9'
}

// quoteEnd is where the TOML basic string that v starts with ends; -1 when
// it does not end (cut short).
func quoteEnd(v []byte) int {
	for i := 1; i < len(v); i++ {
		switch v[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
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

// checkFile checks a status file before anything is added to it: that
// every block the program wrote is as it was written, and that the part
// from offset from on (what was added since the caller last read it) holds
// no NUL and parses.
func checkFile(path string, all []byte, from int64) error {
	size := int64(len(all))
	if damaged := damagedBlocks(all); len(damaged) > 0 {
		d := damaged[0]
		line := bytes.Count(all[:d.mark], []byte("\n")) + 1
		err := &TailError{Path: path, Offset: int64(d.start), Line: line, Size: size,
			Repairable: parses(withoutDamaged(all, damaged)), err: ErrTornTail}
		if !err.Repairable { // the mistake to fix first, so repair can work
			err.Problem = firstMistake(path, all, damaged)
		}
		return err
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

// firstMistake is the first syntax mistake outside the damaged blocks;
// no problem (Line 0) when there is none.
func firstMistake(path string, all []byte, damaged []damage) Problem {
	d := &doc{file: path}
	d.parse(all)
	for _, p := range outsideTorn(d.problems, all, damaged) {
		if p.syntax {
			return p
		}
	}
	return Problem{}
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

// tornFrom is the damaged blocks of a status file as problems, each at its
// mark's line.
func tornFrom(path string, src []byte, damaged []damage) Problems {
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
