package printable

import (
	"strings"
	"testing"
)

func TestTextRemovesWhatATerminalWouldObey(t *testing.T) {
	cases := []struct{ in, text, line string }{
		{"Svar fra 243 borgere", "Svar fra 243 borgere", "Svar fra 243 borgere"},
		{"\x1b[31mrød\x1b[0m tekst", "rød tekst", "rød tekst"},
		{"titel\x1b]0;ejet\x07 her", "titel her", "titel her"},
		{"titel\x1b]2;ejet\x1b\\ her", "titel her", "titel her"},
		{"C1\u009b2Jskærm", "C1skærm", "C1skærm"},
		{"linje 1\r\nlinje 2", "linje 1\nlinje 2", "linje 1 linje 2"},
		{"overskrevet\rfalsk", "overskrevet\nfalsk", "overskrevet falsk"},
		{"a\tb\x00c\x7fd\u0085e", "a bcde", "a bcde"},
		{"slut\x1b", "slut", "slut"},
		{"løs \x1b]titel uden ende\nnæste linje", "løs \nnæste linje", "løs  næste linje"},
		{"Ærø – 10 € ✓", "Ærø – 10 € ✓", "Ærø – 10 € ✓"},
		{"tal \u202e057.1\u202c og \u2067isoleret\u2069", "tal 057.1 og isoleret", "tal 057.1 og isoleret"}, // bidi overrides reorder what follows
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.text {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.text)
		}
		if got := Line(c.in); got != c.line {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
		}
	}
}

func TestTextLeavesNoControlCharacter(t *testing.T) {
	var all strings.Builder
	for r := rune(0); r < 0xa0; r++ {
		all.WriteString("x" + string(r))
	}
	for _, r := range Text(all.String()) {
		if Control(r) && r != '\n' {
			t.Fatalf("%U left in the text", r)
		}
	}
}
