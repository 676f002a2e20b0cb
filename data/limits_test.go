package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// loadWithin loads src, failing the test instead of hanging when Load does not return.
func loadWithin(t *testing.T, src Source) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Load(src)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Load did not return within 10 s")
		return nil
	}
}

func TestDeepNestingIsRefusedCheaply(t *testing.T) {
	dotted := func(n int) string { return strings.TrimSuffix(strings.Repeat("a.", n), ".") }
	tests := []struct{ name, status, want string }{
		{"lists 20,000 deep", "x = " + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "\n", "1:36: for dybt indlejret"},
		{"inline tables", "x = " + strings.Repeat("{a=", 2000) + "1" + strings.Repeat("}", 2000) + "\n", "1:51: for dybt indlejret"},
		{"dotted key", dotted(2000) + " = 1\n", "1:65: for dybt indlejret"},
		{"table header", "[" + dotted(2000) + "]\n", "1:66: for dybt indlejret"},
		{"after a good entry", "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.0\n\n[[entry]]\nnote = " +
			strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n", "7:38: for dybt indlejret"},
		{"key too long", "[entry." + strings.Repeat("k", 300) + "]\n", "1:8: nøglen er længere end"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := writePlan(t, minimalPlan, tt.status)
			var got []string
			n := allocated(func() { got = messages(t, src) })
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("problems = %q, want one starting %q", got, tt.want)
			}
			if n > 8<<20 { // the plain decoder takes 3 MB for the 20,000 lists
				t.Errorf("loading took %d MB, want at most 8 MB", n>>20)
			}
		})
	}
}

func TestNotARegularFileIsRefused(t *testing.T) {
	fifo := func(t *testing.T, path string) {
		if err := mkfifo(path); err != nil {
			t.Skip("no named pipes here:", err)
		}
	}
	link := func(target string) func(*testing.T, string) {
		return func(t *testing.T, path string) {
			if _, err := os.Stat(target); err != nil {
				t.Skip(target, "is not here")
			}
			if err := os.Symlink(target, path); err != nil {
				t.Skip("no symlinks here:", err)
			}
		}
	}
	tests := []struct {
		name string
		make func(*testing.T, string)
		want string
	}{
		{"a named pipe", fifo, "er ikke en almindelig fil, men et navngivet rør (FIFO)"},
		{"a link to /dev/zero", link("/dev/zero"), "er ikke en almindelig fil, men en enhed"},
		{"a folder", func(t *testing.T, path string) { os.Mkdir(path, 0o755) }, "er ikke en almindelig fil, men en mappe"},
	}
	for _, tt := range tests {
		for _, which := range []string{"plan.toml", "status.toml"} {
			t.Run(tt.name+" as "+which, func(t *testing.T) {
				dir := t.TempDir()
				other := map[string]string{"plan.toml": minimalPlan, "status.toml": ""}
				for name, text := range other {
					if name != which {
						os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
					}
				}
				path := filepath.Join(dir, which)
				tt.make(t, path)
				err := loadWithin(t, Source{PlanPath: filepath.Join(dir, "plan.toml")})
				if err == nil || !strings.Contains(err.Error(), path+": "+tt.want) {
					t.Errorf("Load = %v, want %q", err, path+": "+tt.want)
				}
			})
		}
	}
}

func TestTooLargeFileIsRefusedUnread(t *testing.T) {
	src := writePlan(t, minimalPlan, "")
	status := filepath.Join(filepath.Dir(src.PlanPath), "status.toml")
	if err := os.WriteFile(status, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(status, MaxFileSize+1); err != nil { // sparse: no disk is used
		t.Fatal(err)
	}
	var err error
	n := allocated(func() { err = loadWithin(t, src) })
	if err == nil || !strings.Contains(err.Error(), status+": filen er større end grænsen på 256 MiB") {
		t.Errorf("Load = %v, want the size limit named", err)
	}
	if n > 8<<20 {
		t.Errorf("refusing took %d MB, want at most 8 MB: the file must not be read", n>>20)
	}
	if en := (Problem{File: status, Key: lang.FileTooLarge, Args: []any{MaxFileSize >> 20}}).Message(lang.En); !strings.Contains(en, "256 MiB") {
		t.Errorf("English: %q", en)
	}
}

// TestPlacingOneProblemCostsLittle: finding the line of one problem in a
// large status file walks the file but keeps nothing of it.
func TestPlacingOneProblemCostsLittle(t *testing.T) {
	plan, status := gen.Plan(gen.Large), gen.Status(gen.Large)
	status = append(status, "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalu = 1.0\n"...)
	src := writePlan(t, string(plan), string(status))
	got := messages(t, src)
	want := fmt.Sprintf("%d:1: ukendt nøgle \"valu\"", strings.Count(string(status), "\n"))
	if !slices.ContainsFunc(got, func(m string) bool { return strings.HasPrefix(m, want) }) {
		t.Errorf("problems = %q, want one starting %q", got, want)
	}
	d := &doc{file: "status.toml", problems: Problems{{Key: lang.UnknownKey, path: "entry[100000].valu"}}}
	if n := allocated(func() { d.place(status) }); n > 1<<20 {
		t.Errorf("placing one problem took %d MB in a %d MB file, want at most 1 MB", n>>20, len(status)>>20)
	}
}

// TestSaveAfterDeepNestingIsRefused: a save checks what others added since
// the file was read with the same limits as a load.
func TestSaveAfterDeepNestingIsRefused(t *testing.T) {
	src := writePlan(t, minimalPlan, "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.0\n")
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := os.OpenFile(l.StatusPath, os.O_WRONLY|os.O_APPEND, 0)
	f.WriteString("\n[[entry]]\nnote = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n")
	f.Close()
	q2, _ := model.ParsePeriod("2024-Q2")
	_, err = NewWriter().Append(l.StatusPath, l.Known, EncodeEntries([]model.Entry{{Measure: "R1", Period: q2, Value: 2, HasValue: true}}))
	if err == nil {
		t.Fatal("saved after a part nested too deep to read")
	}
	if msg := SaveMessage(lang.Da, l.StatusPath, err); !errors.Is(err, ErrBroken) || !strings.Contains(msg, "7:38: for dybt indlejret") {
		t.Errorf("save: %v\n%s", err, msg)
	}
}

// TestWriterRefusesWhatIsNotARegularFile: the writer opens the status file
// itself, so a pipe or a device put there after the load must not make a
// save wait for ever or write into the device.
func TestWriterRefusesWhatIsNotARegularFile(t *testing.T) {
	for _, tt := range []struct {
		name string
		make func(path string) error
	}{
		{"a named pipe", mkfifo},
		{"a link to /dev/null", func(path string) error { return os.Symlink("/dev/null", path) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "status.toml")
			if err := tt.make(path); err != nil {
				t.Skip("cannot make it here:", err)
			}
			done := make(chan error, 1)
			go func() {
				_, err := NewWriter().Append(path, Known{}, []byte("\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.0\n"))
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, ErrNotRegular) {
					t.Errorf("Append = %v, want ErrNotRegular", err)
				}
			case <-time.After(10 * time.Second):
				t.Fatal("Append did not return within 10 s")
			}
		})
	}
}
