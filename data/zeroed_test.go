package data

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

// After a power cut, a file system may keep the new length of a file but
// not the bytes of its last write: the unsynced block reads as NUL bytes,
// from anywhere in it to the end (never a save that was said to be saved:
// that was synced). Such a tail is the program's own unfinished save, like a
// cut block: every place it can begin is found, the writer refuses to add
// after it, and repair moves exactly the NUL bytes and what is left of that
// block aside.
func TestNulTailAfterAPowerCutIsRepairable(t *testing.T) {
	if testing.Short() {
		t.Skip("an exhaustive sweep of every cut; go test without -short runs it")
	}
	block := EncodeEntries([]model.Entry{figureEntry(1750, "Tal fra Jobindsats")})
	for from := 0; from < len(block); from++ {
		zeroed := append([]byte(handWritten), block...)
		copy(zeroed[len(handWritten)+from:], make([]byte, len(block)-from))
		src := statusDir(t, string(zeroed))
		if p := tornProblem(loadErr(src)); p == nil || p.Line != strings.Count(handWritten, "\n")+2 && from > 0 {
			t.Fatalf("NULs from byte %d of the block: not reported as an unfinished save: %v", from, loadErr(src))
		}
		w := NewWriter()
		if _, err := w.Append(src.StatusPath, Known{}, EncodeEntries([]model.Entry{figureEntry(13, "")})); !errors.Is(err, ErrTornTail) {
			t.Fatalf("NULs from byte %d: the writer must refuse as after a cut save, got %v", from, err)
		}
		aside, err := w.Repair(src.StatusPath, time.Date(2026, 11, 25, 13, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatalf("NULs from byte %d: repair: %v", from, err)
		}
		kept, _ := os.ReadFile(src.StatusPath)
		moved, _ := os.ReadFile(aside)
		if !bytes.Equal(append(kept, moved...), zeroed) || !bytes.HasPrefix(kept, []byte(handWritten)) {
			t.Fatalf("NULs from byte %d: repair must move the tail aside:\nkept %q\nmoved %q", from, kept, moved)
		}
		if l, err := Load(src); err != nil || figures(l.Plan) != "2024-Q1=1900.0" {
			t.Fatalf("NULs from byte %d: after repair the file must read as before the save: %v", from, err)
		}
	}
}

func loadErr(src Source) error {
	_, err := Load(src)
	return err
}
