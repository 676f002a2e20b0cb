package data

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
)

// pos is a place in a file: line and column, both from 1, the column
// counted in characters (not bytes), as editors show it.
type pos struct{ line, col int }

// place is where a key and its value stand, as byte offsets; for a [table]
// header both are the header.
type place struct{ key, value int }

// spot says which part of a place a problem points at.
type spot int

const (
	atKey spot = iota
	atValue
)

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func indexed(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// node is a key, table or list element that a problem names, and where the
// scanner found it. Only the paths of problems are made into nodes, so
// placing them costs one pass over the file and nothing per key in it.
type node struct {
	at    place
	found bool
	keys  map[string]*node
	elems map[int]*node
	count int // [[tables]] of this name seen so far
}

// key is the child of that name, nil when no problem is under it.
func (n *node) key(k []byte) *node {
	if n == nil {
		return nil
	}
	return n.keys[string(k)]
}

func (n *node) elem(i int) *node {
	if n == nil {
		return nil
	}
	return n.elems[i]
}

func (n *node) set(p place) {
	if n != nil {
		n.at, n.found = p, true
	}
}

// walk follows a path such as "measure[2].target.value" from n and returns
// the nodes on the way, making them when grow is true.
func (n *node) walk(path string, grow bool) []*node {
	chain := []*node{n}
	for path != "" && n != nil {
		name := path[:min(len(path), indexOrEnd(path, '.'), indexOrEnd(path, '['))]
		path = path[len(name):]
		n = n.child(name, -1, grow)
		for n != nil && strings.HasPrefix(path, "[") {
			end := indexOrEnd(path, ']')
			i, err := strconv.Atoi(path[1:end])
			if err != nil {
				return chain
			}
			chain = append(chain, n)
			n = n.child("", i, grow)
			path = path[min(len(path), end+1):]
		}
		path = strings.TrimPrefix(path, ".")
		if n != nil {
			chain = append(chain, n)
		}
	}
	return chain
}

func indexOrEnd(s string, c byte) int {
	if i := strings.IndexByte(s, c); i >= 0 {
		return i
	}
	return len(s)
}

// child is the node of a key, or of an element when i >= 0.
func (n *node) child(name string, i int, grow bool) *node {
	if i >= 0 {
		if n.elems[i] == nil && grow {
			if n.elems == nil {
				n.elems = map[int]*node{}
			}
			n.elems[i] = &node{}
		}
		return n.elems[i]
	}
	if n.keys[name] == nil && grow {
		if n.keys == nil {
			n.keys = map[string]*node{}
		}
		n.keys[name] = &node{}
	}
	return n.keys[name]
}

// placeAll finds the places of the paths in src, in one pass. The document
// may be broken: the scan then still ends, with what it could find.
func placeAll(src []byte, paths []string) []place {
	root := &node{}
	for _, p := range paths {
		root.walk(p, true)
	}
	s := &scanner{src: src}
	s.run(root)
	out := make([]place, len(paths))
	for i, p := range paths {
		chain := root.walk(p, false)
		for _, n := range slices.Backward(chain) {
			if n.found {
				out[i] = n.at
				break
			}
		}
	}
	return out
}

// positionsOf turns byte offsets into lines and columns in one pass over src.
func positionsOf(src []byte, offsets []int) []pos {
	order := make([]int, len(offsets))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return offsets[a] - offsets[b] })
	out := make([]pos, len(offsets))
	line, col, i := 1, 1, 0
	for _, k := range order {
		// Lines are counted at once and characters only on the last line:
		// a mistake far into a large file is placed in a few milliseconds.
		if end := min(max(offsets[k], 0), len(src)); i < end {
			seg := src[i:end]
			if n := bytes.Count(seg, []byte("\n")); n > 0 {
				line, col = line+n, 1
				seg = seg[bytes.LastIndexByte(seg, '\n')+1:]
			}
			for _, c := range seg {
				if c&0xC0 != 0x80 {
					col++
				}
			}
			i = end
		}
		out[k] = pos{line, col}
	}
	return out
}

// resolve follows dotted keys from n, into the latest of every [[table]] on the way.
func (n *node) resolve(keys [][]byte) *node {
	for _, k := range keys {
		n = n.key(k)
		if n != nil && n.count > 0 {
			n = n.elem(n.count - 1)
		}
	}
	return n
}
