package lang

import (
	"fmt"
	"strings"

	"github.com/beskplan/beskplan/model"
)

// Period says a period as a paper writes it: "3. kvartal 2021", "1. halvår
// 2024", "maj 2021", "2024"; in English "Q3 2021", "H1 2024", "May 2021".
// Files and typed input keep the short form (model.Period.String).
func (l Lang) Period(p model.Period) string {
	switch p.Span {
	case model.Year:
		return fmt.Sprint(p.Year)
	case model.Half:
		return l.T(PeriodHalf, p.N, p.Year)
	case model.Quarter:
		return l.T(PeriodQuarter, p.N, p.Year)
	case model.Month:
		return l.month(p.N) + " " + fmt.Sprint(p.Year)
	}
	return p.String()
}

// Date says a date as a paper writes it: "31. december 2022", "31 December 2022".
func (l Lang) Date(d model.Date) string {
	if d.IsZero() {
		return ""
	}
	return l.T(DateLong, d.Day, l.month(int(d.Month)), d.Year)
}

func (l Lang) month(n int) string {
	names := strings.Fields(l.T(MonthNames))
	if n < 1 || n > len(names) {
		return fmt.Sprint(n)
	}
	return names[n-1]
}

// N says a count with the noun in singular or plural: "1 initiativ", "2 initiativer".
func (l Lang) N(n int, one, many Key) string {
	if n == 1 || n == -1 {
		return l.T(one, n)
	}
	return l.T(many, n)
}

// UnitName is a unit as a column header or a legend names it: "procentpoint" for "pp".
func (l Lang) UnitName(unit string) string {
	if unit == "pp" {
		return l.T(UnitPP)
	}
	return unit
}
