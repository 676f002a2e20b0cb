package lang

import (
	"strings"
	"time"
)

// Day says a day the way people write it: "15. januar 2023", "15 January 2023".
func (l Lang) Day(t time.Time) string {
	months := strings.Fields(l.T(MonthNames))
	month := t.Month().String()
	if len(months) == 12 {
		month = months[t.Month()-1]
	}
	return l.T(LongDate, t.Day(), month, t.Year())
}
