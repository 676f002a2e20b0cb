package serve

import (
	"runtime"
	"testing"
	"time"
	"unsafe"
	"weak"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// The server lets go of the plan as it was first loaded once the saves
// have outgrown its entries' array: it kept it through its Config, which
// on a large plan held 28 MB for good.
func TestServerLetsGoOfTheFirstLoad(t *testing.T) {
	var first weak.Pointer[model.Entry]
	f := start(t, func(cfg *Config) {
		loaded, err := data.Load(cfg.Plan)
		if err != nil {
			t.Fatal(err)
		}
		first = weak.Make(unsafe.SliceData(loaded.Plan.Entries))
		cfg.Loaded = loaded
	})
	store := f.srv.Store()
	p := store.Snapshot().Plan
	asOf := model.DefaultAsOf(p.Cadence, model.DateOf(time.Now()), p.Start, p.End)
	measure := ""
	for _, m := range p.Measures {
		if _, _, err := store.Save("anne", model.Entry{Measure: m.ID, Period: asOf, Value: 1, HasValue: true}); err == nil {
			measure = m.ID
			break
		}
	}
	if measure == "" {
		t.Fatal("no measure takes a figure")
	}
	for i := range 100 { // past the room the load left (data.saveRoom)
		if _, _, err := store.Save("anne", model.Entry{Measure: measure, Period: asOf, Value: float64(i + 2), HasValue: true}); err != nil {
			t.Fatal(err)
		}
	}
	for range 3 {
		runtime.GC()
	}
	if first.Value() != nil {
		t.Error("the entries as first loaded are still held after 100 saves")
	}
}
