package tui

import (
	"strings"
	"testing"
)

// TestChangesScreenSaysWhatChangedSinceTheLastMeeting: c lists the same
// changes that open the papers, and Enter opens the measure.
func TestChangesScreenSaysWhatChangedSinceTheLastMeeting(t *testing.T) {
	m := press(sized(t, options(), 100, 40), "c")
	s := seen(m)
	for _, want := range []string{"Ændringer siden sidste møde (status pr. 2. kvartal 2026)", "R10", "1.012 for 3. kvartal 2026"} {
		if !strings.Contains(s, want) {
			t.Errorf("the changes screen lacks %q:\n%s", want, s)
		}
	}
	if s := seen(press(m, "enter")); !strings.Contains(s, "R1 · Resultatmål") {
		t.Errorf("enter opens the changed measure:\n%s", s)
	}
}

// TestChangesScreenRowsAnswerTheMouse: the changes list is a list like the
// others, so a click selects a row and a second click opens it.
func TestChangesScreenRowsAnswerTheMouse(t *testing.T) {
	m := press(sized(t, options(), 100, 40), "c")
	// The title and a blank line under the two header lines: the first row
	// is on lines 4 and 5, the second on lines 6 and 7.
	m = click(m, 10, 7)
	if s := seen(m); !strings.Contains(s, "▌ R2 ") {
		t.Fatalf("a click selects the row under it:\n%s", s)
	}
	if s := seen(click(m, 10, 6)); !strings.Contains(s, "Overblik › Ændringer › R2") {
		t.Errorf("a second click opens the row:\n%s", s)
	}
}
