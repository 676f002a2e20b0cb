// Package lang holds every text a user reads, one catalogue per language,
// and the number formats of each language. A translation is a new file here.
package lang

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/model"
)

// Lang is a language the program speaks.
type Lang int

// The languages: Danish first, as the users are Danish.
const (
	Da Lang = iota
	En
)

// Key names one text in the catalogues.
type Key string

var catalogues = map[Lang]map[Key]string{Da: da, En: en}

// Parse reads a language code such as "da", "en" or "en_GB.UTF-8".
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case s == "da" || strings.HasPrefix(s, "da_") || strings.HasPrefix(s, "da-"):
		return Da, true
	case s == "en" || strings.HasPrefix(s, "en_") || strings.HasPrefix(s, "en-"):
		return En, true
	}
	return Da, false
}

// Choose picks the language from the --lang flag, else BESKPLAN_LANG, else Danish.
func Choose(flag string) (Lang, error) {
	for _, s := range []string{flag, os.Getenv("BESKPLAN_LANG")} {
		if s == "" {
			continue
		}
		l, ok := Parse(s)
		if !ok {
			return Da, fmt.Errorf("%s", Da.T(UnknownLang, s))
		}
		return l, nil
	}
	return Da, nil
}

// Code is the language's two-letter code.
func (l Lang) Code() string {
	if l == En {
		return "en"
	}
	return "da"
}

// T returns the text for key in the language, filled in with args as fmt does.
func (l Lang) T(k Key, args ...any) string {
	s, ok := catalogues[l][k]
	if !ok {
		s, ok = da[k]
	}
	if !ok {
		s = string(k)
	}
	if len(args) == 0 {
		return s
	}
	args = slices.Clone(args)
	for i, a := range args { // a word that is itself a key is said in the same language
		switch a := a.(type) {
		case Key:
			args[i] = l.T(a)
		case Said:
			args[i] = l.T(a.Key, a.Args...)
		case Figure:
			args[i] = l.figure(a)
		case Day:
			args[i] = l.Date(model.Date(a))
		case Amount:
			args[i] = l.Kroner(float64(a))
		}
	}
	return fmt.Sprintf(s, args...)
}

// Said is a text with its arguments, said in the language of the text it
// is an argument of: a problem found before the language is known.
type Said struct {
	Key  Key
	Args []any
}

// Figure is a figure in its unit, said as Value says it; Exact keeps all
// its decimals, in the language's digits ("1,012", where Number says 1,01).
type Figure struct {
	Value float64
	Unit  string
	Exact bool
}

func (l Lang) figure(f Figure) string {
	if !f.Exact {
		return l.Value(f.Value, f.Unit)
	}
	s := strconv.FormatFloat(f.Value, 'f', -1, 64)
	if l != En {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// Number formats a figure the way the language writes it, with at most two
// decimals: 1.750 and 47,1 in Danish; 1,750 and 47.1 in English.
func (l Lang) Number(v float64) string {
	v = math.Round(v*100) / 100
	if v == 0 {
		v = 0 // no "-0"
	}
	text := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	whole, frac, _ := strings.Cut(text, ".")
	group, decimal := ".", ","
	if l == En {
		group, decimal = ",", "."
	}
	var b strings.Builder
	if v < 0 {
		b.WriteString("-")
	}
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(decimal + frac)
	}
	return b.String()
}

// Percent formats a fraction as a whole percentage: "47 %" in Danish, "47%" in English.
func (l Lang) Percent(fraction float64) string {
	n := l.Number(math.Round(fraction * 100))
	if l == En {
		return n + "%"
	}
	return n + " %"
}

// Value formats a figure with its unit as a sentence says it: "47,1 %",
// "3,9 procentpoint", "131.500 kr", "74 helårspersoner". A bare count
// ("antal") is the number alone: "1.958 antal" is not Danish, and the
// measure's title says what is counted.
func (l Lang) Value(v float64, unit string) string {
	if model.PlaceUnit(unit) { // a place reads "nr. 94 af 98", never "94 placering"
		return l.T(RankOf, l.Number(v), model.Municipalities)
	}
	switch unit {
	case "", "antal":
		return l.Number(v)
	case "%":
		if l == En {
			return l.Number(v) + "%"
		}
	case "pp":
		if l == Da {
			return l.Number(v) + " " + l.T(UnitPP)
		}
	}
	return l.Number(v) + " " + unit
}

// UTF8 reports whether a locale (LC_ALL, else LC_CTYPE, else LANG, looked up
// with getenv) is UTF-8. With none set, the answer is none: the caller knows
// whether "C" (a local process) or UTF-8 (nearly every SSH client) is likelier.
func UTF8(getenv func(string) string) (utf8, known bool) {
	for _, name := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if v := strings.ToLower(getenv(name)); v != "" {
			return strings.Contains(v, "utf-8") || strings.Contains(v, "utf8"), true
		}
	}
	return false, false
}
