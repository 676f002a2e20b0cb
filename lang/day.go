package lang

import "time"

// Day is a day as people say it: "21. okt 2026", "21 Oct 2026". The month is
// the first three letters of its name in MonthNames.
func (l Lang) Day(t time.Time) string {
	name := []rune(l.month(int(t.Month())))
	return l.T(DateLong, t.Day(), string(name[:min(3, len(name))]), t.Year())
}
