package model

import (
	"testing"
	"time"
)

func TestParsePeriodRoundTrips(t *testing.T) {
	tests := []struct {
		in, out    string
		start, end Date
	}{
		{"2024", "2024", Date{2024, 1, 1}, Date{2024, 12, 31}},
		{"2024-H1", "2024-H1", Date{2024, 1, 1}, Date{2024, 6, 30}},
		{"2024-H2", "2024-H2", Date{2024, 7, 1}, Date{2024, 12, 31}},
		{"2024-Q3", "2024-Q3", Date{2024, 7, 1}, Date{2024, 9, 30}},
		{"2024-q1", "2024-Q1", Date{2024, 1, 1}, Date{2024, 3, 31}},
		{"2024-03", "2024-03", Date{2024, 3, 1}, Date{2024, 3, 31}},
		{"2024-02", "2024-02", Date{2024, 2, 1}, Date{2024, 2, 29}},
		{"2023-02", "2023-02", Date{2023, 2, 1}, Date{2023, 2, 28}},
		{"2024-12", "2024-12", Date{2024, 12, 1}, Date{2024, 12, 31}},
		{" 2024-Q4 ", "2024-Q4", Date{2024, 10, 1}, Date{2024, 12, 31}},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tt.in, err)
		}
		if p.String() != tt.out || p.Start() != tt.start || p.End() != tt.end {
			t.Errorf("ParsePeriod(%q) = %s %s..%s, want %s %s..%s", tt.in, p, p.Start(), p.End(), tt.out, tt.start, tt.end)
		}
	}
}

func TestParsePeriodRefusesJunk(t *testing.T) {
	for _, in := range []string{"", "24", "2024-Q5", "2024-Q0", "2024-H3", "2024-13", "2024-00", "2024-1", "2024-Q", "Q1-2024", "2024/03", "2024-+1", "abcd", "2024-Q1x", "20245"} {
		if p, err := ParsePeriod(in); err == nil {
			t.Errorf("ParsePeriod(%q) = %s, want an error", in, p)
		}
	}
}

func TestPeriodOrderAndContainment(t *testing.T) {
	order := []string{"2023", "2024-Q1", "2024-03", "2024-H1", "2024-Q2", "2024-07", "2024-Q3", "2024", "2024-H2", "2024-Q4"}
	for i := 1; i < len(order); i++ {
		a, b := MustPeriod(order[i-1]), MustPeriod(order[i])
		if a.Compare(b) >= 0 || b.Compare(a) <= 0 {
			t.Errorf("%s should come before %s", a, b)
		}
	}
	if !MustPeriod("2024-Q1").Contains(MustPeriod("2024-03")) || MustPeriod("2024-Q1").Contains(MustPeriod("2024-04")) {
		t.Error("a quarter holds its own months only")
	}
	if !MustPeriod("2024").Contains(MustPeriod("2024-H2")) || !MustPeriod("2024-Q2").Contains(MustPeriod("2024-Q2")) {
		t.Error("a year holds its halves, and a period holds itself")
	}
	if got := MustPeriod("2024-08").QuarterOf(); got.String() != "2024-Q3" {
		t.Errorf("quarter of 2024-08 = %s, want 2024-Q3", got)
	}
}

func TestPeriodAddCrossesYears(t *testing.T) {
	tests := []struct {
		from string
		n    int
		want string
	}{
		{"2024-Q4", 1, "2025-Q1"},
		{"2024-Q1", -1, "2023-Q4"},
		{"2024-01", -13, "2022-12"},
		{"2024-H2", 3, "2026-H1"},
		{"2024", -2, "2022"},
	}
	for _, tt := range tests {
		if got := MustPeriod(tt.from).Add(tt.n).String(); got != tt.want {
			t.Errorf("%s + %d = %s, want %s", tt.from, tt.n, got, tt.want)
		}
	}
}

func TestDefaultAsOfIsLastEndedPeriodWithinPlan(t *testing.T) {
	start, end := Date{2024, 1, 1}, Date{2026, 12, 31}
	tests := []struct {
		cadence Cadence
		today   Date
		want    string
	}{
		{Quarterly, Date{2026, 11, 25}, "2026-Q3"},
		{Quarterly, Date{2026, 10, 1}, "2026-Q3"},
		{Quarterly, Date{2026, 9, 30}, "2026-Q2"}, // Q3 has not ended on its last day
		{Monthly, Date{2026, 11, 25}, "2026-10"},
		{HalfYearly, Date{2026, 11, 25}, "2026-H1"},
		{Yearly, Date{2026, 11, 25}, "2025"},
		{Quarterly, Date{2023, 5, 1}, "2024-Q1"}, // before the plan: its first period
		{Quarterly, Date{2030, 5, 1}, "2026-Q4"}, // after the plan: its last period
		{Cadence("weekly"), Date{2026, 11, 25}, "2026-Q3"},
	}
	for _, tt := range tests {
		if got := DefaultAsOf(tt.cadence, tt.today, start, end).String(); got != tt.want {
			t.Errorf("DefaultAsOf(%s, %s) = %s, want %s", tt.cadence, tt.today, got, tt.want)
		}
	}
}

func TestDateOfKeepsCalendarDateInAnyZone(t *testing.T) {
	zone := time.FixedZone("far east", 14*3600)
	if got := DateOf(time.Date(2024, 1, 1, 0, 30, 0, 0, zone)); got != (Date{2024, 1, 1}) {
		t.Errorf("DateOf = %s, want 2024-01-01", got)
	}
}
