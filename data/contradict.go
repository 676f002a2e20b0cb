package data

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// MaxImportRows is the most rows one import takes: a plan records a few
// hundred figures a year, and a file of millions is a mistake that would
// take the status file towards the readers' limit (MaxFileSize).
const MaxImportRows = 100_000

// importRows checks the rows of one import against each other: two rows
// that give the same measure and period different figures contradict
// each other, and saving both would let the later win without a word.
type importRows struct {
	seen map[rowKey]int // the latest row kept of each measure and period
	list []Problem      // the place of each row kept, as the entries are
}

type rowKey struct {
	measure string
	period  model.Period
}

// add notes the entry of a row at place; it returns the problem when an
// earlier row of the same import contradicts it.
func (r *importRows) add(entries []model.Entry, e model.Entry, place Problem) (Problem, bool) {
	if r.seen == nil {
		r.seen = map[rowKey]int{}
	}
	k := rowKey{e.Measure, e.Period}
	if i, ok := r.seen[k]; ok && !sameFigure(&entries[i], &e) {
		place.Key = lang.ImportContradicts
		place.Args = []any{e.Measure, e.Period.String(), r.list[i].Where(), entries[i].Value, e.Value}
		return place, true
	}
	r.seen[k] = len(r.list)
	r.list = append(r.list, place)
	return Problem{}, false
}
