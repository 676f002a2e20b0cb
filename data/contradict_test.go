package data

import (
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
)

// Two rows of one import that give a measure's period different figures
// are refused, naming both rows' places (issue 23, item 9); the same row
// twice is no contradiction.
func TestImportRowsContradicting(t *testing.T) {
	p := minimal(t)
	entries, _, problems := ReadFigures("tal.csv", []byte("measure;period;value\nR1;2026-Q3;10\nR1;2026-Q2;5\nR1;2026-Q3;90\n"), p, false)
	if len(entries) > 0 || len(problems) != 1 {
		t.Fatalf("want one problem and no entries, got %d entries, %v", len(entries), problems)
	}
	msg := problems[0].Message(lang.Da)
	if !strings.HasPrefix(msg, "tal.csv:4:1: ") || !strings.Contains(msg, "tal.csv:2:1") || !strings.Contains(msg, "10") || !strings.Contains(msg, "90") {
		t.Errorf("the message must name both rows and both figures: %s", msg)
	}
	if entries, _, problems := ReadFigures("tal.csv", []byte("measure;period;value\nR1;2026-Q3;10\nR1;2026-Q3;10\n"), p, false); len(problems) > 0 || len(entries) != 2 {
		t.Errorf("the same row twice: %v", problems)
	}
}

// A million rows are refused up front, saying the most one import takes
// (issue 23, item 6).
func TestImportMillionRowsRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("measure;period;value\n")
	for range 1_000_000 {
		b.WriteString("R1;2026-Q3;10\n")
	}
	entries, _, problems := ReadFigures("tal.csv", []byte(b.String()), minimal(t), false)
	if len(entries) > 0 || len(problems) != 1 || problems[0].Key != lang.ImportTooManyRows {
		t.Fatalf("want the import refused for its size, got %d entries, %d problems", len(entries), len(problems))
	}
	if msg := problems[0].Message(lang.Da); !strings.Contains(msg, "100000") {
		t.Errorf("the message must say the limit: %s", msg)
	}
}
