package tui

import (
	"strconv"
	"strings"
	"testing"
)

func TestAListDrawsOnlyTheRowsOnItsPage(t *testing.T) {
	st := New(example(t), options()).st
	l := newRowList(st)
	l.setSize(60, 10) // five rows of two lines a page
	drawn := map[int]int{}
	rows := make([]row, 2000)
	for i := range rows {
		id := "R" + strconv.Itoa(i)
		rows[i] = lazyRow(nil, id, func() row {
			drawn[i]++
			return row{lines: []string{id, "  line two of " + id}}
		})
	}
	l.setRows(rows)
	first := l.View()
	if len(drawn) == 0 || len(drawn) > 5 || !strings.Contains(first, "line two of R0") {
		t.Fatalf("the first page drew %d rows:\n%s", len(drawn), first)
	}
	l.View()
	l.CursorDown()
	if l.View(); drawn[0] != 1 || drawn[1] != 1 {
		t.Errorf("a row in view is drawn once, not every frame: %v", drawn)
	}
	l.Select(1500)
	if s := l.View(); !strings.Contains(s, "R1500") || len(drawn) > 10 {
		t.Errorf("another page draws its own rows only (%d drawn):\n%s", len(drawn), s)
	}
	l.setSize(80, 10)
	if l.View(); drawn[1500] != 2 {
		t.Errorf("a new width draws the rows in view again: %v", drawn[1500])
	}
}
