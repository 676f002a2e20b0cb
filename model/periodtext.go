package model

import (
	"errors"
	"strings"
)

// ErrTablePeriod is returned for a table's period text that is none of the
// forms statistics exports write.
var ErrTablePeriod = errors.New("not a period: expected e.g. 2024M03, 2024K1, 2024Q1, 2024H1, 2024, 2024-03 or marts 2024")

// ParseTablePeriod reads a period as statistics exports write it: "2024M03",
// "2024K1", "2024Q1", "2024H1", "2024", the files' own "2024-03", "2024-Q1"
// and "2024-H1", a month by its Danish (or English) name, full or in three
// letters ("marts 2024", "mar. 2024", "2024 marts"), and quarters and halves
// in words ("1. kvt. 2024", "2024 1. kvt.", "1. kvartal 2024", "2. halvår
// 2024"). Case and spaces do not matter. The compact forms cost no
// allocation: a long table repeats them on every row.
func ParseTablePeriod(s string) (Period, error) {
	s = strings.TrimSpace(s)
	if p, ok := compactPeriod(s); ok {
		return p, nil
	}
	if p, err := ParsePeriod(s); err == nil {
		return p, nil
	}
	return periodInWords(s)
}

// compactPeriod reads a year followed by nothing or by M, K, Q or H and
// its number, with or without a dash: "2024", "2024M3", "2024-K1".
func compactPeriod(s string) (Period, bool) {
	if len(s) < 4 {
		return Period{}, false
	}
	year, ok := yearOf(s[:4])
	if !ok {
		return Period{}, false
	}
	rest := s[4:]
	if rest == "" {
		return Period{year, Year, 1}, true
	}
	if rest[0] == '-' {
		rest = rest[1:]
	}
	if len(rest) < 2 || len(rest) > 3 {
		return Period{}, false
	}
	var span Span
	switch rest[0] {
	case 'M', 'm':
		span = Month
	case 'K', 'k', 'Q', 'q':
		span = Quarter
	case 'H', 'h':
		span = Half
	default:
		return Period{}, false
	}
	n, ok := smallNumber(rest[1:])
	if !ok || n < 1 || n > 12/span.months() {
		return Period{}, false
	}
	return Period{year, span, n}, true
}

// yearOf reads four digits as a year this program can hold.
func yearOf(s string) (int, bool) {
	n, ok := smallNumber(s)
	if !ok || len(s) != 4 || n < 1900 || n > 2999 {
		return 0, false
	}
	return n, true
}

// smallNumber reads one to four digits, nothing else.
func smallNumber(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// monthNames are the months as tables write them, Danish first; the
// first three letters of a name are a name too ("mar", "maj", "okt").
var monthNames = [12][]string{
	{"januar", "january"}, {"februar", "february"}, {"marts", "march"}, {"april"}, {"maj", "may"},
	{"juni", "june"}, {"juli", "july"}, {"august"}, {"september", "sept"}, {"oktober", "october"},
	{"november"}, {"december"},
}

// spanWords are the words that say a period is a quarter or a half.
var spanWords = map[string]Span{
	"kvt": Quarter, "kvartal": Quarter, "kv": Quarter, "quarter": Quarter, "qtr": Quarter,
	"halvår": Half, "halvaar": Half, "half": Half, "halvårs": Half,
}

// periodInWords reads a period written with words: a month by name, or
// "1. kvt." and "1. kvartal" beside the year, in either order.
func periodInWords(s string) (Period, error) {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '.' || r == ',' || r == '\u00a0' })
	year, yearAt := 0, -1
	for i, w := range words {
		if y, ok := yearOf(w); ok {
			if yearAt >= 0 {
				return Period{}, ErrTablePeriod
			}
			year, yearAt = y, i
		}
	}
	if yearAt < 0 {
		return Period{}, ErrTablePeriod
	}
	rest := append(words[:yearAt:yearAt], words[yearAt+1:]...)
	switch len(rest) {
	case 1:
		if m, ok := monthByName(rest[0]); ok {
			return Period{year, Month, m}, nil
		}
		if p, ok := compactPeriod("2000" + rest[0]); ok { // "Q1 2024", "K1 2024"
			return Period{year, p.Span, p.N}, nil
		}
	case 2:
		n, ok := smallNumber(rest[0])
		span, named := spanWords[rest[1]]
		if ok && named && n >= 1 && n <= 12/span.months() {
			return Period{year, span, n}, nil
		}
	}
	return Period{}, ErrTablePeriod
}

// monthByName is the month (1 to 12) of a name, full or its first three letters.
func monthByName(w string) (int, bool) {
	for i, names := range monthNames {
		for _, name := range names {
			if w == name || len(w) == 3 && strings.HasPrefix(name, w) {
				return i + 1, true
			}
		}
	}
	return 0, false
}
