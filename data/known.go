package data

import "hash/crc32"

// castagnoli is CRC-32C, which the processor computes at several GB/s: the
// known part of a large status file is checked in a few milliseconds.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Known is a status file's content as last read and checked: its length and
// the running CRC-32C of those bytes. A writer or a reload that finds the
// same first Size bytes needs to look only at what was added after them. It
// guards against edits and mistakes, not against an adversary.
type Known struct {
	Size int64
	Sum  uint32
}

// knownOf is the Known of content read whole.
func knownOf(content []byte) Known { return Known{}.extend(content) }

// extend is the Known after more bytes are added at the end.
func (k Known) extend(more []byte) Known {
	return Known{Size: k.Size + int64(len(more)), Sum: crc32.Update(k.Sum, castagnoli, more)}
}
