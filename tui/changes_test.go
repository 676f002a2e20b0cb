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
