package data

import (
	"strings"
	"testing"

	"github.com/beskplan/beskplan/internal/printable"
)

// TestTextsFromFilesHoldNoControlCharacters: TOML can carry ESC in a
// string ("\u001b"), and a terminal obeys it; what the files say is shown,
// what would command the terminal is not.
func TestTextsFromFilesHoldNoControlCharacters(t *testing.T) {
	plan := strings.Replace(minimalPlan, `title = "Mål"`, `title = "Mål\u001b[5m blinker"`, 1) +
		"owner = \"Team\\u001b]0;ejet\\u0007 Ydelse\"\n"
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1\nnote = \"\\u001b[31mrød\\u001b[0m\\r\\nlinje 2\"\nby = \"an\\u0008ne\"\n"
	l, err := Load(writePlan(t, plan, status))
	if err != nil {
		t.Fatal(err)
	}
	g, e := l.Plan.Goals[0], l.Plan.Entries[0]
	for _, got := range []struct{ text, want string }{
		{g.Title, "Mål blinker"}, {e.Note, "rød\nlinje 2"}, {e.By, "anne"},
	} {
		if got.text != got.want {
			t.Errorf("shown %q, want %q", got.text, got.want)
		}
	}
	if printable.Text(l.Plan.Measures[0].Owner) != l.Plan.Measures[0].Owner {
		t.Errorf("owner %q", l.Plan.Measures[0].Owner)
	}
}
