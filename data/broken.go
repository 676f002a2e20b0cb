package data

import (
	"bytes"
	"errors"

	"github.com/beskplan/beskplan/lang"
)

// brokenPart reads a part of a status file that does not decode as parse
// reads a whole file: each of its blocks on its own, the broken ones
// reported and blanked, then the rest decoded. The problems are placed in
// the whole file src, which parse would have read, so the message is the
// same. It returns a nil root whenever the part alone might read other
// than the whole file: a mistake the limits name for the file (the decoder
// names the first one found in the whole file), a multi-line string the
// part boundaries may cut, or a part that still does not decode once its
// broken blocks are blanked (a mistake across blocks, which parse finds
// decoding the whole file again). The caller then reads the file whole.
func (d *doc) brokenPart(src []byte, span [2]int, err error) (map[string]any, []byte) {
	var deep *nestingError
	if errors.As(err, &deep) && deep.key == lang.TooManyItems ||
		bytes.Contains(src, []byte(`"""`)) || bytes.Contains(src, []byte("'''")) {
		return nil, nil
	}
	part := src[span[0]:span[1]]
	repaired := bytes.Clone(part)
	for _, b := range blocksOf(part) {
		block := part[b.start:b.end]
		if _, ok := fastTables(block); ok {
			continue // the decoder reads it alike (FuzzFastDecode)
		}
		if _, err := decode(block); err != nil {
			d.blockMistakes(src, shifted(b, span[0]), err)
			d.leaveOut(repaired, b)
		}
	}
	root, ok := fastDecode(repaired)
	if !ok {
		if root, err = decode(repaired); err != nil {
			return nil, nil
		}
	}
	return root, repaired
}

// shifted is a block of a part as a block of the whole file.
func shifted(b block, base int) block { return block{b.start + base, b.end + base} }

// tooManyItems reports whether the decoder, reading src whole, would first
// stop at the limit on items (see parse).
func tooManyItems(src []byte) bool {
	s := &scanner{src: src}
	s.run(nil)
	return s.err != nil && s.err.key == lang.TooManyItems
}
