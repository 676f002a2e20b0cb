package data

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// byHand is an entry added in an editor after whatever the file ended in.
const byHand = "\n[[entry]]\nmeasure = \"R1\"   # rettet i hånden\nperiod = \"2024-Q3\"\nvalue = 1800\n"

// figures is every figure the plan holds, as "period=value", in file order.
func figures(p *model.Plan) string {
	var s []string
	for _, e := range p.Entries {
		s = append(s, e.Period.String()+"="+number(e.Value))
	}
	return strings.Join(s, " ")
}

// tornProblem is the problem Load reports for a damaged block, or nil.
func tornProblem(err error) *Problem {
	var problems Problems
	errors.As(err, &problems)
	for i := range problems {
		if problems[i].Key == lang.TornBlock {
			return &problems[i]
		}
	}
	return nil
}

// TestEveryCutOfTheLastBlockIsHarmlessOrDetected cuts the block a save
// appends at every byte, alone at the end and with an entry added by hand
// after it. Each cut must either read exactly as the file without the block
// (or with the whole block), or be found by Load and by the writer, which
// then writes nothing; repair then moves exactly the cut block aside.
func TestEveryCutOfTheLastBlockIsHarmlessOrDetected(t *testing.T) {
	if testing.Short() {
		t.Skip("an exhaustive sweep of every cut; go test without -short runs it")
	}
	block := EncodeEntries([]model.Entry{figureEntry(1750, "Tal fra Jobindsats")})
	markLine := strings.Count(handWritten, "\n") + 2
	for _, after := range []string{"", byHand} {
		for cut := 0; cut <= len(block); cut++ {
			torn := handWritten + string(block[:cut])
			if after != "" && !strings.HasSuffix(torn, "\n") {
				torn += "\n" // an editor ends the last line before adding its own
			}
			torn += after
			src := statusDir(t, torn)
			l, err := Load(src)
			want := "2024-Q1=1900.0" // the file as it was, and what came after the block
			if after != "" {
				want += " 2024-Q3=1800.0"
			}
			// Harmless: nothing of the block, or a blank line, or all of it; or
			// a cut inside "# beskplan: " that an edit after it made a comment.
			// The last cut leaves the whole block but for the newline ending
			// the file, which some editors drop (or end its line themselves).
			harmless := cut <= 1 || cut >= len(block)-1 || after != "" && cut < 1+len(markPrefix)
			if harmless {
				if err != nil || figures(l.Plan) != want && !strings.Contains(figures(l.Plan), "2024-Q2=1750.0") {
					t.Errorf("after=%v cut %d: must read as before or with the whole block: %q %v", after != "", cut, figures(l.Plan), err)
				}
				continue
			}
			if p := tornProblem(err); p == nil || p.Line != markLine || p.File != src.StatusPath {
				t.Errorf("after=%v cut %d: not reported at line %d: figures %q, err %v", after != "", cut, markLine, figures(l.Plan), err)
				continue
			}
			w := NewWriter()
			_, err = w.Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(13, "")}))
			if !errors.Is(err, ErrTornTail) {
				t.Fatalf("after=%v cut %d: the writer must refuse, got %v", after != "", cut, err)
			}
			if now, _ := os.ReadFile(src.StatusPath); string(now) != torn {
				t.Fatalf("after=%v cut %d: nothing may be written after a damaged block", after != "", cut)
			}
			aside, err := w.Repair(src.StatusPath, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
			if err != nil {
				t.Fatalf("after=%v cut %d: repair: %v", after != "", cut, err)
			}
			kept, _ := os.ReadFile(src.StatusPath)
			moved, _ := os.ReadFile(aside)
			if after == "" && (string(kept) != handWritten || string(kept)+string(moved) != torn) {
				t.Fatalf("cut %d: repair must move exactly the cut block aside:\nkept %q\nmoved %q", cut, kept, moved)
			}
			if !bytes.Contains([]byte(torn), moved) || len(kept)+len(moved) != len(torn) {
				t.Fatalf("after=%v cut %d: every byte must be kept or moved, once:\nkept %q\nmoved %q", after != "", cut, kept, moved)
			}
			l, err = Load(src)
			if err != nil || figures(l.Plan) != want {
				t.Fatalf("after=%v cut %d: after repair the file must read as before the block, with what came after it: %q %v\n%s", after != "", cut, figures(l.Plan), err, kept)
			}
		}
	}
}

// TestSetAfterTornMiddleBlockIsRefusedWithRepairHint: a save was cut short,
// and a later save (by an older version) appended after it. Saving now is
// refused with where the cut block is and how to repair it; repair moves
// only that block aside and keeps the later save.
func TestSetAfterTornMiddleBlockIsRefusedWithRepairHint(t *testing.T) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	cut := bytes.Index(block, []byte("1750.0")) + 1 // "value = 1"
	later := EncodeEntries([]model.Entry{{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Value: 1700, HasValue: true, By: "bo", At: time.Date(2024, 10, 2, 8, 0, 0, 0, time.UTC)}})
	src := statusDir(t, handWritten+string(block[:cut])+string(later))
	l, err := Load(src)
	markLine := strings.Count(handWritten, "\n") + 2
	if p := tornProblem(err); p == nil || p.Line != markLine {
		t.Fatalf("load must report the cut block at line %d: %v", markLine, err)
	}
	before, _ := os.ReadFile(src.StatusPath)
	w := NewWriter()
	_, err = w.Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(13, "")}))
	for _, lg := range []lang.Lang{lang.Da, lang.En} {
		msg := SaveMessage(lg, src.StatusPath, err)
		for _, want := range []string{"beskplan repair", "ctrl+r", src.StatusPath + ":" + strconv.Itoa(markLine)} {
			if !strings.Contains(msg, want) {
				t.Errorf("the refusal must say %q: %s", want, msg)
			}
		}
	}
	if now, _ := os.ReadFile(src.StatusPath); !bytes.Equal(now, before) {
		t.Fatal("nothing may be written after a damaged block")
	}
	if _, err := w.Repair(src.StatusPath, time.Now()); err != nil {
		t.Fatal(err)
	}
	l, err = Load(src)
	if err != nil || figures(l.Plan) != "2024-Q1=1900.0 2024-Q3=1700.0" {
		t.Fatalf("repair keeps the later save: %q %v", figures(l.Plan), err)
	}
	if _, err := w.Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(13, "")})); err != nil {
		t.Errorf("after repair saving works again: %v", err)
	}
}

// TestChangedBlockIsReportedWhereverItIs: a block changed in place in the
// middle of the file is found by Load and check, not only at the end.
func TestChangedBlockIsReportedWhereverItIs(t *testing.T) {
	block := string(EncodeEntries([]model.Entry{figureEntry(1750, "")}))
	changed := strings.Replace(block, "1750.0", "1760.0", 1)
	src := statusDir(t, handWritten+changed+byHand)
	_, err := Load(src)
	if p := tornProblem(err); p == nil || p.Line != strings.Count(handWritten, "\n")+2 {
		t.Fatalf("a changed block must be reported at its mark: %v", err)
	}
}

// TestReadAddedLeavesACutBlockToLoad: a reload that reads only what was
// added does not take in a cut block; the whole load reports it.
func TestReadAddedLeavesACutBlockToLoad(t *testing.T) {
	src := statusDir(t, handWritten)
	l, err := Load(src)
	if err != nil {
		t.Fatal(err)
	}
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	f, _ := os.OpenFile(src.StatusPath, os.O_WRONLY|os.O_APPEND, 0)
	f.Write(block[:bytes.Index(block, []byte("1750.0"))+1])
	f.Close()
	if added, problems, ok := l.ReadAdded(); ok {
		t.Fatalf("a cut block must not be read as added: %+v %v", added.Entries, problems)
	}
}

// TestEveryFailingOperationOfRepairLosesNothing fails the 1st, 2nd, ...
// operation of a repair in turn, for a cut block at the end and one in the
// middle: the status file must afterwards be as before or as repaired, with
// the cut bytes in the torn file, and no half-written file left beside it.
func TestEveryFailingOperationOfRepairLosesNothing(t *testing.T) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	cut := string(block[:bytes.Index(block, []byte("1750.0"))+1])
	later := string(EncodeEntries([]model.Entry{figureEntry(1700, "senere")}))
	for name, files := range map[string][2]string{
		"at the end":    {handWritten + cut, handWritten},
		"in the middle": {handWritten + cut + later, handWritten + later},
	} {
		for n := 1; ; n++ {
			src := statusDir(t, files[0])
			fsys := &faultFS{n: n, err: syscall.EIO}
			w := &Writer{FS: fsys, LockTimeout: time.Second}
			_, err := w.Repair(src.StatusPath, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
			now, _ := os.ReadFile(src.StatusPath)
			leftover, _ := filepath.Glob(filepath.Join(filepath.Dir(src.StatusPath), ".*repair*"))
			switch {
			case len(leftover) > 0:
				t.Fatalf("%s, op %d failing: a half-written file is left: %v", name, n, leftover)
			case string(now) == files[0] && err != nil:
			case string(now) == files[1]: // done, if perhaps not yet synced: err says so
				moved, _ := os.ReadFile(src.StatusPath + ".torn-20261125T130000")
				if string(moved) != cut {
					t.Fatalf("%s, op %d failing: the torn file holds %q", name, n, moved)
				}
			default:
				t.Fatalf("%s, op %d failing: err=%v, and the file is neither as before nor as repaired:\n%s", name, n, err, now)
			}
			if fsys.count < n {
				break
			}
		}
	}
}

// TestRepairMovesEveryDamagedBlockAndNothingElse: two cut saves, one in the
// middle and one at the end, go aside together; the save between them stays.
func TestRepairMovesEveryDamagedBlockAndNothingElse(t *testing.T) {
	block := EncodeEntries([]model.Entry{figureEntry(1750, "")})
	first := string(block[:bytes.Index(block, []byte("1750.0"))+1])
	second := string(block[:bytes.Index(block, []byte("by = "))])
	later := string(EncodeEntries([]model.Entry{{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Value: 1700, HasValue: true, At: time.Date(2024, 10, 2, 8, 0, 0, 0, time.UTC)}}))
	src := statusDir(t, handWritten+first+later+second)
	_, err := Load(src)
	var problems Problems
	if !errors.As(err, &problems) || len(problems) != 2 || problems[0].Key != lang.TornBlock || problems[1].Key != lang.TornBlock {
		t.Fatalf("both cut blocks must be reported: %v", err)
	}
	aside, err := NewWriter().Repair(src.StatusPath, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	kept, _ := os.ReadFile(src.StatusPath)
	moved, _ := os.ReadFile(aside)
	if string(kept) != handWritten+later || string(moved) != first+second {
		t.Errorf("repair must move exactly the two cut blocks:\nkept %q\nmoved %q", kept, moved)
	}
}

// TestEntryTypedAfterACutBetweenTwoEntriesStays: a save of two entries
// (an import) was cut, and someone then typed an entry of their own after
// it, with no comment on any line. However the block was cut, repair moves
// the block aside and leaves the typed entry in the status file: in a block
// whose first entry is tagged, an untagged whole period line is no line of
// the program's (it was moved aside with the block when the cut fell
// between the two entries).
func TestEntryTypedAfterACutBetweenTwoEntriesStays(t *testing.T) {
	if testing.Short() {
		t.Skip("an exhaustive sweep of every cut; go test without -short runs it")
	}
	second := figureEntry(1750, "")
	second.Period = model.MustPeriod("2024-Q4")
	block := EncodeEntries([]model.Entry{figureEntry(1700, "Tal fra Jobindsats"), second})
	const typed = "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q3\"\nvalue = 1800\n"
	for cut := 1 + len(markPrefix); cut < len(block)-1; cut++ {
		torn := handWritten + string(block[:cut])
		if !strings.HasSuffix(torn, "\n") {
			torn += "\n" // an editor ends the last line before adding its own
		}
		torn += typed
		src := statusDir(t, torn)
		if _, err := Load(src); tornProblem(err) == nil {
			t.Errorf("cut %d: not reported: %v", cut, err)
			continue
		}
		aside, err := NewWriter().Repair(src.StatusPath, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatalf("cut %d: repair: %v", cut, err)
		}
		kept, _ := os.ReadFile(src.StatusPath)
		moved, _ := os.ReadFile(aside)
		if !strings.HasSuffix(string(kept), typed) || strings.Contains(string(moved), "2024-Q3") {
			t.Errorf("cut %d: the typed entry must stay in the status file:\nkept %q\nmoved %q", cut, kept, moved)
		}
	}
}

// TestBlockRightAfterAnotherIsChecked: git's union merge takes out the
// blank line between two places' blocks (it is alike on both sides), and
// an editor may drop the newline ending the file before the next save. A
// block whose mark follows the block before it with no blank line between
// is checked like any other: a figure changed in it is found, and the
// writer refuses (it was never checked, and 31.0 changed to 3 counted).
func TestBlockRightAfterAnotherIsChecked(t *testing.T) {
	first := EncodeEntries([]model.Entry{figureEntry(1700, "")})
	second := EncodeEntries([]model.Entry{figureEntry(31, "")})
	status := handWritten + string(first) + strings.TrimPrefix(string(second), "\n")
	markLine := strings.Count(handWritten+string(first), "\n") + 1
	if l, err := Load(statusDir(t, status)); err != nil || !strings.Contains(figures(l.Plan), "2024-Q2=31.0") {
		t.Fatalf("the blocks are whole: %v", err)
	}
	changed := strings.Replace(status, "value = 31.0", "value = 3", 1)
	src := statusDir(t, changed)
	l, err := Load(src)
	if p := tornProblem(err); p == nil || p.Line != markLine {
		t.Fatalf("the changed block must be reported at line %d: %v", markLine, err)
	}
	if _, err := NewWriter().Append(src.StatusPath, l.Known, EncodeEntries([]model.Entry{figureEntry(13, "")})); !errors.Is(err, ErrTornTail) {
		t.Errorf("the writer must refuse, got %v", err)
	}
	aside, err := NewWriter().Repair(src.StatusPath, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	moved, _ := os.ReadFile(aside)
	if l, err := Load(src); err != nil || !strings.Contains(string(moved), "value = 3\n") || strings.Contains(figures(l.Plan), "=3.0") {
		t.Errorf("repair moves the changed block aside: %v\nmoved %q", err, moved)
	}
}
