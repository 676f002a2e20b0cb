package app

import (
	"errors"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

func example(t *testing.T) *data.Source {
	t.Helper()
	return &data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true}
}

func TestOpenComposesTheExampleAndRefusesToWriteIt(t *testing.T) {
	o, err := Open(Request{Source: example(t), AsOf: "3. kvartal 2026", Lang: lang.Da})
	if err != nil {
		t.Fatal(err)
	}
	if o.View.AsOf != model.MustPeriod("2026-Q3") || len(o.Notices) != 1 || o.Store == nil {
		t.Errorf("view %v, notices %q", o.View, o.Notices)
	}
	var refused *Refused
	if _, err := Open(Request{Source: example(t), Writing: true, Lang: lang.Da}); !errors.As(err, &refused) {
		t.Errorf("the example must be refused for writing: %v", err)
	}
	if _, err := Open(Request{Source: example(t), AsOf: "Q9", Lang: lang.Da}); !errors.As(err, &refused) {
		t.Errorf("a bad as-of is refused: %v", err)
	}
}

func TestShownIsWorkedOutOncePerSnapshotAndView(t *testing.T) {
	o, err := Open(Request{Source: example(t), Lang: lang.Da})
	if err != nil {
		t.Fatal(err)
	}
	p := o.Store.Snapshot().Plan
	a, b := o.Shown(p, o.View, lang.Da), o.Shown(p, o.View, lang.Da)
	if a != b || a.Snap == nil || len(a.Verdicts) != len(p.Measures) {
		t.Error("two views of the same snapshot share one Shown")
	}
	if o.Shown(p, o.View, lang.En) == a {
		t.Error("another language is another Shown")
	}
	other := FromLoaded(o.Loaded)
	if other.Shown(p, o.View, lang.Da) == a {
		t.Error("another opened plan keeps its own views")
	}
}

func TestRecordReadsAndSavesThroughTheStore(t *testing.T) {
	o, err := Open(Request{Source: example(t), Lang: lang.Da})
	if err != nil {
		t.Fatal(err)
	}
	snap, saved, err := o.Record("anne", data.Typed{Measure: "R13", Period: "K3 2026", Value: "1 900"})
	if err != nil || len(saved) != 1 || saved[0].Value != 1900 || saved[0].Period != model.MustPeriod("2026-Q3") || saved[0].By != "anne" {
		t.Fatalf("%v %+v", err, saved)
	}
	if snap != o.Store.Snapshot() {
		t.Error("the store hands out the snapshot with the entry")
	}
	if _, _, err := o.Record("anne", data.Typed{Measure: "R13", Period: "2026-Q3", Value: "1,012"}); err == nil {
		t.Error("a figure with two readings is refused")
	}
}

func TestShownOfAPlanTheStoreMovedOnFromIsLetGo(t *testing.T) {
	o, err := Open(Request{Source: example(t), Lang: lang.Da})
	if err != nil {
		t.Fatal(err)
	}
	old := o.Store.Snapshot().Plan
	o.Shown(old, o.View, lang.Da)
	o.Shown(old, o.View, lang.En)
	snap, _, err := o.Record("anne", data.Typed{Measure: "R13", Period: "K3 2026", Value: "1 900"})
	if err != nil {
		t.Fatal(err)
	}
	o.Shown(snap.Plan, o.View, lang.Da)
	for _, s := range o.shown.items {
		if s.plan != snap.Plan {
			t.Error("a Shown of the plan before the save is kept after one of the plan after it was made")
		}
	}
	if late := o.Shown(old, o.View, lang.Da); late.Snap == nil || late.plan != old {
		t.Error("a session still on the older plan gets its Shown worked out again")
	}
	if len(o.shown.items) != 2 {
		t.Errorf("%d kept, want the current plan's and the late session's", len(o.shown.items))
	}
}
