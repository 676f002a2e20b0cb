package data

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"regexp"
	"strconv"

	"github.com/beskplan/beskplan/lang"
)

// ErrTornTail is returned when the status file ends in part of a block that
// was never finished (a crash or a full disk mid-append). Writing after it
// would bury the half entry in the middle of the file, so nothing is written
// until it is repaired.
var ErrTornTail = errors.New("the status file ends in an unfinished entry")

// ErrBroken is returned when the status file no longer parses for another
// reason (someone's edit): it must be fixed by hand before anything is added.
var ErrBroken = errors.New("the status file does not parse")

// TailError says where a status file went wrong.
type TailError struct {
	Path       string
	Offset     int64 // where the unfinished block (or the broken part) starts
	Size       int64 // the file's size when checked
	Repairable bool  // the part before Offset parses, so the rest can be moved aside
	Problem    Problem
	err        error
}

func (e *TailError) Error() string {
	return fmt.Sprintf("%s: %v at byte %d", e.Path, e.err, e.Offset)
}

func (e *TailError) Unwrap() error { return e.err }

var markLine = regexp.MustCompile(`^# beskplan: (\d+) bytes, crc32 ([0-9a-f]{8})\n`)

// lastMark finds the last whole mark line, searching from the end, and
// returns its submatch indices within region; nil when there is none.
func lastMark(region []byte) []int {
	for end := len(region); end > 0; {
		i := bytes.LastIndex(region[:end], []byte(markPrefix))
		if i < 0 {
			return nil
		}
		if i == 0 || region[i-1] == '\n' {
			if m := markLine.FindSubmatchIndex(region[i:]); m != nil {
				for j := range m {
					m[j] += i
				}
				return m
			}
		}
		end = i
	}
	return nil
}

// checkTail checks the bytes of a status file from offset base on: that a
// block the program wrote is whole and matches its checksum, that nothing
// was cut mid-line or holds a NUL, and that it all parses.
func checkTail(path string, region []byte, base int64, whole func() []byte) error {
	torn := int64(-1)
	if last := lastMark(region); last != nil {
		n, _ := strconv.Atoi(string(region[last[2]:last[3]]))
		sum, _ := strconv.ParseUint(string(region[last[4]:last[5]]), 16, 32)
		start, end := last[1], last[1]+n
		if end > len(region) || uint64(crc32.ChecksumIEEE(region[start:end])) != sum {
			torn = int64(last[0])
		}
	}
	if torn < 0 {
		cut := len(region) > 0 && region[len(region)-1] != '\n'
		lastLine := region[bytes.LastIndexByte(region[:max(0, len(region)-1)], '\n')+1:]
		ours := bytes.HasPrefix(lastLine, []byte(markPrefix)) || len(lastLine) > 0 && bytes.HasPrefix([]byte(markPrefix), lastLine)
		if cut && ours {
			torn = int64(len(region) - len(lastLine)) // cut inside the mark itself
		}
	}
	if torn >= 0 {
		if torn > 0 && region[torn-1] == '\n' {
			torn-- // the block's leading blank line goes with it
		}
		before := append(whole()[:base:base], region[:torn]...)
		return &TailError{Path: path, Offset: base + torn, Size: base + int64(len(region)), Repairable: parses(before), err: ErrTornTail}
	}
	if i := bytes.IndexByte(region, 0); i >= 0 {
		line, col := lineCol(whole(), int(base)+i)
		return &TailError{Path: path, Offset: base + int64(i), Size: base + int64(len(region)), err: ErrBroken,
			Problem: Problem{File: path, Line: line, Col: col, Key: lang.NulByte}}
	}
	if !parses(region) {
		all := whole()
		d := &doc{file: path}
		d.parse(all)
		var p Problem
		if len(d.problems) > 0 {
			p = d.problems[0]
		}
		return &TailError{Path: path, Offset: base, Size: base + int64(len(region)), err: ErrBroken, Problem: p}
	}
	return nil
}

func parses(b []byte) bool {
	_, err := decode(b)
	return err == nil
}
