package data

import (
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	pelletier "github.com/pelletier/go-toml/v2"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/model"
)

// sizes are the two sizes every benchmark runs at.
var sizes = map[string]gen.Size{"typical": gen.Typical, "large": gen.Large}

var (
	filesOnce sync.Map // size name -> Source
)

// benchFiles writes the generated plan of a size to a folder once per run.
func benchFiles(b *testing.B, name string) Source {
	if src, ok := filesOnce.Load(name); ok {
		return src.(Source)
	}
	dir, err := os.MkdirTemp("", "beskplan-bench-"+name)
	if err != nil {
		b.Fatal(err)
	}
	size := sizes[name]
	os.WriteFile(filepath.Join(dir, "plan.toml"), gen.Plan(size), 0o644)
	os.WriteFile(filepath.Join(dir, "status.toml"), gen.Status(size), 0o644)
	src := Locate(dir)
	src.StatusPath = filepath.Join(dir, "status.toml")
	filesOnce.Store(name, src)
	return src
}

// peak runs f while sampling the heap, and returns the highest heap in use, in MiB.
func peak(f func()) float64 {
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	done := make(chan struct{})
	var high uint64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			high = max(high, m.HeapInuse)
			select {
			case <-done:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return float64(high-min(high, base.HeapInuse)) / (1 << 20)
}

// BenchmarkLoad is what check does: read, decode, validate and index the
// plan and its status file.
func BenchmarkLoad(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			src := benchFiles(b, name)
			load := func() {
				if _, err := Load(src); err != nil {
					b.Fatal(err)
				}
			}
			mib := peak(load) // once, outside the timing: sampling the heap stops the world
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				load()
			}
			b.ReportMetric(mib, "peak-MiB")
		})
	}
}

// markedFiles writes the large plan with its status file as the program
// writes it: every entry in a block of its own, with its mark.
func markedFiles(b *testing.B) (Source, []byte) {
	marked := gen.Marked(gen.Status(gen.Large))
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "plan.toml"), gen.Plan(gen.Large), 0o644)
	os.WriteFile(filepath.Join(dir, "status.toml"), marked, 0o644)
	return Locate(dir), marked
}

// BenchmarkLoadMarked is Load of the large file as the program writes it,
// every block checked against its mark.
func BenchmarkLoadMarked(b *testing.B) {
	src, _ := markedFiles(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarks is the part of that Load which checks the marks.
func BenchmarkMarks(b *testing.B) {
	_, status := markedFiles(b)
	b.SetBytes(int64(len(status)))
	for b.Loop() {
		if damaged := damagedBlocks(status); len(damaged) > 0 {
			b.Fatal(damaged)
		}
	}
}

// BenchmarkFloor is the floor of the parser choice: BurntSushi/toml decoding
// the same two files into plain maps, nothing else. Load is measured against it.
func BenchmarkFloor(b *testing.B) {
	benchFloor(b, func(content []byte, m *map[string]any) error {
		_, err := toml.Decode(string(content), m)
		return err
	})
}

// BenchmarkFloorPelletier is the lower floor: pelletier/go-toml/v2, a
// faster general decoder, decoding the same two files into plain maps.
func BenchmarkFloorPelletier(b *testing.B) {
	benchFloor(b, func(content []byte, m *map[string]any) error { return pelletier.Unmarshal(content, m) })
}

// benchFloor times a decoder reading both files of each size into maps.
func benchFloor(b *testing.B, unmarshal func([]byte, *map[string]any) error) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			src := benchFiles(b, name)
			decode := func() {
				for _, path := range []string{src.PlanPath, src.StatusPath} {
					content, _ := os.ReadFile(path)
					var m map[string]any
					if err := unmarshal(content, &m); err != nil {
						b.Fatal(err)
					}
				}
			}
			mib := peak(decode)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				decode()
			}
			b.ReportMetric(mib, "peak-MiB")
		})
	}
}

// BenchmarkProgress computes every measure and goal for one as-of period.
func BenchmarkProgress(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			l, err := Load(benchFiles(b, name))
			if err != nil {
				b.Fatal(err)
			}
			v := model.View{AsOf: model.MustPeriod("2026-Q3")}
			b.ReportAllocs()
			for b.Loop() {
				model.Compute(l.Plan, v)
			}
		})
	}
}

// BenchmarkAppend is one `set` against the file: load, check the entry, append.
func BenchmarkAppend(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			src := benchFiles(b, name)
			w := NewWriter()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				l, err := Load(src)
				if err != nil {
					b.Fatal(err)
				}
				e := model.Entry{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: float64(i), HasValue: true, By: "bench", At: time.Now()}
				if err := CheckEntry(l.Plan, e); err != nil {
					b.Fatal(err)
				}
				if _, err := w.Append(l.StatusPath, l.Known, EncodeEntries([]model.Entry{e})); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadAdded is the reload after someone else appends one entry:
// check the known part, decode only the new one.
func BenchmarkReadAdded(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			l, err := Load(benchFiles(b, name))
			if err != nil {
				b.Fatal(err)
			}
			w := NewWriter()
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				e := model.Entry{Measure: "R2", Period: model.MustPeriod("2026-Q3"), Value: float64(i), HasValue: true, By: "kollega", At: time.Now()}
				if _, err := w.Append(l.StatusPath, l.Known, EncodeEntries([]model.Entry{e})); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				added, problems, ok := l.ReadAdded()
				if !ok || len(problems) > 0 || len(added.Entries) != 1 {
					b.Fatalf("ok=%v problems=%v entries=%d", ok, problems, len(added.Entries))
				}
				l.Known = added.Known
			}
		})
	}
}

// BenchmarkSet is one `set` as the command does it, against the check of
// the same files in the same iteration: load, check the entry, and save
// it through a store. set/check is the ratio of
// their times, measured alternately so a busy machine slows both.
func BenchmarkSet(b *testing.B) {
	for _, name := range []string{"typical", "large"} {
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			size := sizes[name]
			os.WriteFile(filepath.Join(dir, "plan.toml"), gen.Plan(size), 0o644)
			os.WriteFile(filepath.Join(dir, "status.toml"), gen.Status(size), 0o644)
			src := Locate(dir)
			set := func(i int) {
				l, err := Load(src)
				if err != nil {
					b.Fatal(err)
				}
				e := model.Entry{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: float64(i), HasValue: true}
				if err := CheckEntry(l.Plan, e); err != nil {
					b.Fatal(err)
				}
				if _, _, err := NewStore(l).Save("bench", e); err != nil {
					b.Fatal(err)
				}
			}
			var setTime, checkTime time.Duration
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				runtime.GC()
				start := time.Now()
				if _, err := Load(src); err != nil {
					b.Fatal(err)
				}
				checkTime += time.Since(start)
				runtime.GC()
				start = time.Now()
				set(i)
				setTime += time.Since(start)
			}
			b.ReportMetric(float64(setTime.Microseconds())/1000/float64(b.N), "set-ms")
			b.ReportMetric(float64(checkTime.Microseconds())/1000/float64(b.N), "check-ms")
			b.ReportMetric(float64(setTime)/float64(checkTime), "set/check")
		})
	}
}
