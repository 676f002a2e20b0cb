package model

import "testing"

func TestParseTablePeriodEveryExportForm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024M03", "2024-03"}, {"2024M3", "2024-03"}, {"2024m12", "2024-12"}, {" 2024M01 ", "2024-01"},
		{"2024K1", "2024-Q1"}, {"2024k4", "2024-Q4"}, {"2024Q1", "2024-Q1"}, {"2024-Q1", "2024-Q1"}, {"2024-K2", "2024-Q2"},
		{"2024H1", "2024-H1"}, {"2024-H2", "2024-H2"},
		{"2024", "2024"}, {"2024-03", "2024-03"}, {"2024-M03", "2024-03"},
		{"marts 2024", "2024-03"}, {"Marts 2024", "2024-03"}, {"MARTS 2024", "2024-03"}, {"mar 2024", "2024-03"},
		{"mar. 2024", "2024-03"}, {"2024 marts", "2024-03"}, {"januar 2021", "2021-01"}, {"maj 2024", "2024-05"},
		{"okt 2024", "2024-10"}, {"december 2026", "2026-12"}, {"sep 2024", "2024-09"}, {"March 2024", "2024-03"},
		{"1. kvt. 2024", "2024-Q1"}, {"2024 1. kvt.", "2024-Q1"}, {"1. kvartal 2024", "2024-Q1"}, {"4. Kvartal 2024", "2024-Q4"},
		{"2. halvår 2024", "2024-H2"}, {"Q3 2024", "2024-Q3"}, {"K2 2024", "2024-Q2"}, {"1.kvt. 2024", "2024-Q1"},
	}
	for _, tt := range tests {
		p, err := ParseTablePeriod(tt.in)
		if err != nil {
			t.Errorf("ParseTablePeriod(%q): %v", tt.in, err)
			continue
		}
		if p.String() != tt.want {
			t.Errorf("ParseTablePeriod(%q) = %s, want %s", tt.in, p, tt.want)
		}
	}
}

func TestParseTablePeriodRefusesWhatIsNoPeriod(t *testing.T) {
	for _, in := range []string{
		"", "Område", "Hele landet", "2024M13", "2024M0", "2024K5", "2024Q0", "2024H3", "24M03", "2024M003",
		"marts", "marts 2024 2025", "5. kvt. 2024", "3. halvår 2024", "mart 2024", "2024-13", "1899", "3000",
		"1. kvt.", "kvt. 2024", "Andel i pct.", "2024X1", "Fredericia",
	} {
		if p, err := ParseTablePeriod(in); err == nil {
			t.Errorf("ParseTablePeriod(%q) = %s, want an error", in, p)
		}
	}
}

func TestParseTablePeriodCompactFormsDoNotAllocate(t *testing.T) {
	for _, in := range []string{"2024M03", "2024K1", "2024", "2024-03"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseTablePeriod(in) }); n != 0 {
			t.Errorf("ParseTablePeriod(%q) allocates %.0f times", in, n)
		}
	}
}

// FuzzParseTablePeriod: any text is a period a table can hold (a year this
// program counts, a month, quarter or half within it) or an error, and a
// period read back from its own text is the same period.
func FuzzParseTablePeriod(f *testing.F) {
	for _, s := range []string{"2024M03", "2024K1", "1. kvt. 2024", "marts 2024", "2024-H1", "2024", "Q1 2024", "2024 1. halvår"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParseTablePeriod(s)
		if err != nil {
			return
		}
		if p.Year < 1900 || p.Year > 2999 || p.N < 1 || p.N > 12/p.Span.months() {
			t.Fatalf("%q read as %+v", s, p)
		}
		if q, err := ParseTablePeriod(p.String()); err != nil || q != p {
			t.Fatalf("%q read as %v, which reads back as %v (%v)", s, p, q, err)
		}
	})
}
