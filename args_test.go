package main

import (
	"strings"
	"testing"
)

// A negative figure mistyped (-5. for -5, -,5 for -0,5, -5e3) is a figure
// that does not read, said in the user's words like 5. is; not the flag
// parser's English "unknown shorthand flag".
func TestMistypedNegativeFigureIsRefusedAsAFigure(t *testing.T) {
	dir := initPlan(t)
	for _, figure := range []string{"-5.", "-,5", "-5e3", "-1,2,3"} {
		_, errOut, code := run(t, "set", "R13", "2026-Q3", figure, "--plan", dir)
		if code != 2 || !strings.Contains(errOut, `"`+figure+`" er ikke et tal`) {
			t.Errorf("%s: exit %d %q, want 2 and that it is not a number", figure, code, errOut)
		}
	}
}
