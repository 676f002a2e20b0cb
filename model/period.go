package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Span is how long a period lasts: a year, a half, a quarter or a month.
type Span int

// The spans, from the longest to the shortest.
const (
	Year Span = iota + 1
	Half
	Quarter
	Month
)

// months returns the number of months a span covers.
func (s Span) months() int {
	switch s {
	case Year:
		return 12
	case Half:
		return 6
	case Quarter:
		return 3
	}
	return 1
}

// Period is a reporting period: 2024, 2024-H1, 2024-Q3 or 2024-03.
type Period struct {
	Year int
	Span Span
	N    int // which half, quarter or month of the year, from 1; 1 for a year
}

// ErrPeriod is returned for text that is not a period.
var ErrPeriod = errors.New("not a period: expected 2024, 2024-H1, 2024-Q3 or 2024-03")

// ParsePeriod reads a period as written in the files: 2024, 2024-H1,
// 2024-Q3 or 2024-03. Lower-case h and q are accepted too.
func ParsePeriod(s string) (Period, error) {
	s = strings.TrimSpace(s)
	yearText, rest, found := strings.Cut(s, "-")
	if len(yearText) != 4 {
		return Period{}, ErrPeriod
	}
	year, err := strconv.Atoi(yearText)
	if err != nil || year < 1900 || year > 2999 {
		return Period{}, ErrPeriod
	}
	if !found {
		return Period{year, Year, 1}, nil
	}
	span, digits := Month, rest
	switch {
	case len(rest) == 2 && (rest[0] == 'H' || rest[0] == 'h'):
		span, digits = Half, rest[1:]
	case len(rest) == 2 && (rest[0] == 'Q' || rest[0] == 'q'):
		span, digits = Quarter, rest[1:]
	case len(rest) != 2:
		return Period{}, ErrPeriod
	}
	n, err := strconv.Atoi(digits)
	if err != nil || digits[0] == '+' || digits[0] == '-' || n < 1 || n > 12/span.months() {
		return Period{}, ErrPeriod
	}
	return Period{year, span, n}, nil
}

// MustPeriod is ParsePeriod for literals in code and tests; it panics on bad text.
func MustPeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(fmt.Sprintf("MustPeriod(%q): %v", s, err))
	}
	return p
}

// IsZero reports whether p is the zero period (none given).
func (p Period) IsZero() bool { return p == Period{} }

// String formats p as it is written in the files.
func (p Period) String() string {
	switch p.Span {
	case Year:
		return fmt.Sprintf("%04d", p.Year)
	case Half:
		return fmt.Sprintf("%04d-H%d", p.Year, p.N)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", p.Year, p.N)
	case Month:
		return fmt.Sprintf("%04d-%02d", p.Year, p.N)
	}
	return ""
}

// firstMonth is the month p starts in.
func (p Period) firstMonth() time.Month { return time.Month((p.N-1)*p.Span.months() + 1) }

// Start is the first day of p.
func (p Period) Start() Date { return Date{p.Year, p.firstMonth(), 1} }

// End is the last day of p.
func (p Period) End() Date {
	last := p.firstMonth() + time.Month(p.Span.months()-1)
	return Date{p.Year, last, daysIn(p.Year, last)}
}

// Contains reports whether all of q lies inside p (a quarter holds its months).
func (p Period) Contains(q Period) bool {
	return !q.Start().Before(p.Start()) && !q.End().After(p.End())
}

// Compare orders periods by their end, then the later starting (shorter)
// one last: 2024-Q1 < 2024-03 < 2024-H1 < 2024-Q2 ... < 2024 < 2024-H2 < 2024-Q4,
// so of two figures covering up to the same day the most recent reading wins.
func (p Period) Compare(q Period) int {
	if c := p.End().Compare(q.End()); c != 0 {
		return c
	}
	return p.Start().Compare(q.Start())
}

// Of returns the period of span s that holds the date d.
func Of(s Span, d Date) Period {
	return Period{d.Year, s, (int(d.Month)-1)/s.months() + 1}
}

// QuarterOf returns the quarter that holds p's first month.
func (p Period) QuarterOf() Period { return Of(Quarter, p.Start()) }

// Add returns the period n steps of p's own span after p (before, for n < 0).
func (p Period) Add(n int) Period {
	per := 12 / p.Span.months()
	i := p.Year*per + p.N - 1 + n
	return Period{floorDiv(i, per), p.Span, i - floorDiv(i, per)*per + 1}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
