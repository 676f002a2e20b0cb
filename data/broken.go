package data

import (
	"bytes"
	"errors"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
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

// readBlocks reads a part that the fast path declined block by block, as
// parse reads a file: a block the fast path takes as it is, any other
// decoded on its own, and one that does not decode reported and blanked.
// The part's tables are then the blocks' tables in order, as the decoder
// reading the part would give them, so long as every block is a single
// [[entry]] table (or, first, lines without a table). ok is false for
// any other part, which the caller decodes whole.
func (d *doc) readBlocks(src []byte, span [2]int, into []model.Entry, p *model.Plan, ids planIDs) (partResult, bool) {
	if bytes.Contains(src, []byte(`"""`)) || bytes.Contains(src, []byte("'''")) {
		return partResult{}, false // the blocks might cut one
	}
	part := src[span[0]:span[1]]
	var tables []fastTable
	decoded := map[int]map[string]any{}
	var repaired []byte
	items := 0
	for _, b := range blocksOf(part) {
		block := part[b.start:b.end]
		header := bytes.HasPrefix(block, []byte("[[entry]]\n")) || string(block) == "[[entry]]"
		if ft, ok := fastTables(block); ok && len(ft) == 1 && header || ok && len(ft) == 0 && !header {
			tables = append(tables, ft...)
			if items >= 0 {
				items += fastItems(ft)
			}
			continue
		}
		if s := (&scanner{src: block}); items >= 0 {
			if s.run(nil); s.err != nil {
				items = -1 // the count stops there: not known
			} else {
				items += s.items
			}
		}
		root, err := decode(block)
		switch {
		case err != nil:
			if repaired == nil {
				repaired = bytes.Clone(part)
			}
			d.blockMistakes(src, shifted(b, span[0]), err)
			d.leaveOut(repaired, b)
			continue
		case !header && len(root) == 0:
			continue
		}
		list, isList := root["entry"].([]map[string]any)
		if !header || len(root) != 1 || !isList || len(list) != 1 {
			return partResult{}, false
		}
		decoded[len(tables)] = list[0]
		tables = append(tables, fastTable{})
	}
	if len(tables) == 0 {
		return partResult{}, false
	}
	entries := readFast(d, tables, decoded, into, p, ids)
	return partResult{entries: entries, problems: d.problems, counts: d.counts, omitted: d.omitted, count: len(tables),
		repaired: repaired, items: items, blocks: true, ok: true}, true
}

// shifted is a block of a part as a block of the whole file.
func shifted(b block, base int) block { return block{b.start + base, b.end + base} }

// tooManyItems reports whether the decoder, reading src whole, would first
// stop at the limit on items (see parse). The parts' counts, when all are
// known and within the limit, spare scanning the file again.
func tooManyItems(src []byte, parts []partResult) bool {
	items := 0
	for _, r := range parts {
		if r.items < 0 {
			items = -1
			break
		}
		items += r.items
	}
	if items >= 0 && items <= freeItems+len(src)/bytesPerItem {
		return false
	}
	s := &scanner{src: src}
	s.run(nil)
	return s.err != nil && s.err.key == lang.TooManyItems
}
