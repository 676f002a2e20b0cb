package data

import (
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

// Two saves in the same second are told apart: `at` is written and read
// back to the microsecond (issue 23, item 2).
func TestAtKeepsSubSeconds(t *testing.T) {
	entries := []model.Entry{figureEntry(1750, "")}
	Sign(entries, "anne", time.Date(2026, 10, 5, 9, 12, 0, 123456789, time.UTC))
	src := statusDir(t, handWritten+string(EncodeEntries(entries)))
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	got := l.Plan.Entries[len(l.Plan.Entries)-1].At
	if want := time.Date(2026, 10, 5, 9, 12, 0, 123456000, time.UTC); !got.Equal(want) {
		t.Errorf("at read back as %s, want %s", got.Format(time.RFC3339Nano), want.Format(time.RFC3339Nano))
	}
}
