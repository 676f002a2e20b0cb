package data

import (
	"slices"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// zoneSpan is how far apart the same wall clock is in the zones of the
// world (UTC-12 to UTC+14): an `at` without an offset this close to one
// with an offset could be read either side of it.
const zoneSpan = 26 * time.Hour

// zoneWarnings warns of each entry whose `at`, written without an offset,
// is so close to an `at` with an offset for the same measure (or
// initiative) and period that which of the two wins depends on the zone
// it is read in. Sorting bounds the cost by n log n.
func zoneWarnings(file string, entries []model.Entry) Problems {
	type what struct {
		id     string
		period model.Period
	}
	if !anyLocalTime(entries) {
		return nil // nothing to compare: spares a map of every entry
	}
	offset := map[what][]int{} // entries with an offset, by time
	local := false
	for i, e := range entries {
		switch {
		case e.At.IsZero():
		case e.AtLocal:
			local = true
		default:
			k := what{e.Measure + "\x00" + e.Initiative, e.Period}
			offset[k] = append(offset[k], i)
		}
	}
	if !local {
		return nil
	}
	for _, list := range offset {
		slices.SortFunc(list, func(a, b int) int { return entries[a].At.Compare(entries[b].At) })
	}
	var out Problems
	for _, e := range entries {
		if !e.AtLocal || e.At.IsZero() {
			continue
		}
		list := offset[what{e.Measure + "\x00" + e.Initiative, e.Period}]
		i, _ := slices.BinarySearchFunc(list, e.At.Add(-zoneSpan), func(j int, t time.Time) int { return entries[j].At.Compare(t) })
		if i < len(list) && entries[list[i]].At.Before(e.At.Add(zoneSpan)) {
			other := entries[list[i]]
			out = append(out, Problem{File: file, Line: e.Line, Col: 1, Key: lang.OrderByZone, Warning: true,
				Args: []any{e.At.Format("2006-01-02T15:04:05"), e.Measure + e.Initiative, e.Period.String(), other.Line}})
		}
	}
	return out
}

// anyLocalTime reports whether an entry's time was written without an
// offset; by index, not copying each entry (280 bytes) on every load.
func anyLocalTime(entries []model.Entry) bool {
	for i := range entries {
		if entries[i].AtLocal && !entries[i].At.IsZero() {
			return true
		}
	}
	return false
}
