package data

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// An `at` without an offset was read in the reader's zone: the same two
// entries showed one figure under UTC and another under Europe/Copenhagen,
// and check was clean (issue 23, item 13). It is read in the plan's zone
// on every machine, and check warns where the order depends on it.
func TestAtWithoutOffsetInThePlansZone(t *testing.T) {
	defer func(was *time.Location) { time.Local = was }(time.Local)
	status := handWritten +
		"\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 60\nat = 2024-10-05T10:30:00Z\n" +
		"\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 65\nat = 2024-10-05T12:00:00\n"
	for _, zone := range []string{"UTC", "America/New_York", "Europe/Copenhagen"} {
		time.Local, _ = time.LoadLocation(zone)
		l, err := Load(statusDir(t, status))
		if err != nil {
			t.Fatal(err)
		}
		// 12:00 in Copenhagen (summer time) is 10:00 UTC, before 10:30 UTC.
		if got := shownFigure(l.Plan, "R1", model.MustPeriod("2024-Q2")); got != 60 {
			t.Errorf("machine in %s: shown %v, want 60", zone, got)
		}
		var warned bool
		for _, w := range l.Warnings {
			warned = warned || strings.Contains(w.Message(lang.Da), "uden tidszone")
		}
		if !warned {
			t.Errorf("machine in %s: check must warn that the order depends on the zone: %v", zone, l.Warnings)
		}
	}
}

// shownFigure is the figure the plan shows for a measure and period, by the format's rule.
func shownFigure(p *model.Plan, measure string, period model.Period) float64 {
	var w *model.Entry
	for i := range p.Entries {
		e := &p.Entries[i]
		if e.Measure == measure && e.Period == period && (w == nil || model.Supersedes(e, w)) {
			w = e
		}
	}
	if w == nil {
		return -1
	}
	return w.Value
}

// An editor that saves by copy-and-rename drops what others appended
// meanwhile. The store, which had read those entries, names them on the
// next read (issue 23, the note on hand editing).
func TestStoreNamesEntriesGoneFromTheFile(t *testing.T) {
	s := storeOnDisk(t)
	path := s.Snapshot().StatusPath
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	other := []model.Entry{{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: 77, HasValue: true}}
	Sign(other, "bo", time.Now())
	addTo(t, path, string(EncodeEntries(other)))
	if snap := s.Refresh(); countOf(snap, "R1", 77) != 1 || len(snap.Gone) > 0 {
		t.Fatalf("bo's entry must be read, nothing gone: %d, %v", countOf(snap, "R1", 77), snap.Gone)
	}
	replaceWith(t, path, append(before, "# rettet i en editor\n"...))
	snap := s.Refresh()
	if len(snap.Gone) != 1 || snap.Gone[0].By != "bo" || snap.Gone[0].Value != 77 {
		t.Errorf("want bo's entry named as gone, got %v", snap.Gone)
	}
	if next := s.Refresh(); len(next.Gone) > 0 && next != snap {
		t.Errorf("named once: %v", next.Gone)
	}
}
