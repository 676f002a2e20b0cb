package data

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A save that would take the status file past the readers' limit is
// refused before a byte is written, saying how large it would become
// (issue 23, item 6). The file is sparse: it takes no room on the disk.
func TestSavePastReadLimitRefused(t *testing.T) {
	path := t.TempDir() + "/status.toml"
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize - 100); err != nil {
		t.Fatal(err)
	}
	f.Close()
	entries := []model.Entry{{Measure: "R1", Period: model.MustPeriod("2026-Q3"), Value: 1, HasValue: true}}
	Sign(entries, "anne", time.Now())
	_, err = NewWriter().Append(path, Known{}, EncodeEntries(entries))
	if err == nil {
		t.Fatal("saved past the limit")
	}
	if info, _ := os.Stat(path); info.Size() != MaxFileSize-100 {
		t.Errorf("the file changed: %d bytes", info.Size())
	}
	if msg := SaveMessage(lang.Da, path, err); !strings.Contains(msg, "256,0 MiB") && !strings.Contains(msg, "256.0 MiB") {
		t.Errorf("the message must say how large: %s", msg)
	}
}
