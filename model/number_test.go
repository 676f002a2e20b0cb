package model

import "testing"

func TestParseNumberDanishRules(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"47,1", 47.1},
		{"1.750", 1750},
		{"47.1", 47.1},
		{"1.750,5", 1750.5},
		{"1.234.567", 1234567},
		{"12.345,67", 12345.67},
		{"0,5", 0.5},
		{"0.750", 0.75}, // a leading 0 is no thousands group
		{"87.5", 87.5},
		{"-3,2", -3.2},
		{"−3,2", -3.2},
		{"+4", 4},
		{"90", 90},
		{" 47,1 % ", 47.1},
		{"47,1%", 47.1},
		{"1958", 1958},
		{"1.75", 1.75},   // not three digits after the dot: a decimal point
		{"1.7500", 1.75}, // likewise
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseNumberRefusesJunk(t *testing.T) {
	for _, in := range []string{"", " ", "abc", "1,2,3", "NaN", "nan", "Inf", "∞", "1e400", "1..750", "1.750.5", ",5", "5,", "1 750", "1,750.5", "--1", "%", "12a", "0x10", "1_000", "1e3"} {
		if got, err := ParseNumber(in); err == nil {
			t.Errorf("ParseNumber(%q) = %v, want an error", in, got)
		}
	}
}

func TestUngroupedTakesOutTheSpacesBetweenThousandsOnly(t *testing.T) {
	for in, want := range map[string]string{
		"1 750": "1750", "12 500,5": "12500,5", "-1 750": "-1750", "−1 234 567": "−1234567", "1\u00a0750": "1750",
		"1234 567": "1234 567", "1 75": "1 75", "1 750, 5": "1 750, 5", "1,5 750": "1,5 750", "47,1": "47,1", "1 750,": "1 750,",
	} {
		if got := Ungrouped(in); got != want {
			t.Errorf("Ungrouped(%q) = %q, want %q", in, got, want)
		}
	}
}
