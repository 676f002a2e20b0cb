package lang

import (
	"strconv"
	"time"
)

var monthsDa = [...]string{"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}

// Day is a day as people say it: "21. okt 2026", "21 Oct 2026".
func (l Lang) Day(t time.Time) string {
	if l == En {
		return t.Format("2 Jan 2006")
	}
	return strconv.Itoa(t.Day()) + ". " + monthsDa[t.Month()-1] + " " + strconv.Itoa(t.Year())
}
