package data

import (
	"crypto/sha256"
	"encoding"
	"hash"
)

// Known is a status file's content as last read and checked: its length
// and the running SHA-256 of those bytes. A writer that finds the same
// first Size bytes needs to check only what was added after them, and the
// sum is carried forward over new bytes without reading the file again.
type Known struct {
	Size  int64
	state []byte // the SHA-256 state after Size bytes
}

// knownOf is the Known of content read whole.
func knownOf(content []byte) Known {
	var k Known
	return k.extend(content)
}

// extend is the Known after more bytes are added at the end.
func (k Known) extend(more []byte) Known {
	h := k.hash()
	h.Write(more)
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic(err) // sha256 always marshals
	}
	return Known{Size: k.Size + int64(len(more)), state: state}
}

func (k Known) hash() hash.Hash {
	h := sha256.New()
	if k.state != nil {
		if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(k.state); err != nil {
			panic(err)
		}
	}
	return h
}

// Sum is the SHA-256 of the known bytes.
func (k Known) Sum() [sha256.Size]byte {
	var s [sha256.Size]byte
	copy(s[:], k.hash().Sum(nil))
	return s
}
