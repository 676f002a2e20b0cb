package data

import (
	"math"
	"regexp"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Checks of a figure as a person typed it, shared by set, import and the
// view's form.

// shortThousands is what a count typed with a dot and too few digits after
// it looks like: "1.75", meant as 1.750.
var shortThousands = regexp.MustCompile(`^\d{1,3}\.\d{1,2}$`)

// CountMeant is what a count typed with decimals (v, read from text) was
// most likely meant to be: "1.75" is 1.750 (1,750 in English), "12,5" is 13; ok is false for
// a whole count or another unit.
func CountMeant(l lang.Lang, text, unit string, v float64) (string, bool) {
	if unit != "antal" || v == math.Trunc(v) {
		return "", false
	}
	if shortThousands.MatchString(text) { // in the language's digits: 1,750 in English
		return l.Number(math.Round(v * 1000)), true
	}
	return l.Number(math.Round(v)), true
}

// PercentFits reports whether a typed figure's percent sign, if it has
// one, fits the measure, whose figures are in unit: "12 %" on a count is a
// mistake, not 12 (the view's form refuses it too).
func PercentFits(m *model.Measure, typed string) (unit string, ok bool) {
	if m == nil {
		return "", true
	}
	unit = m.FigureUnit()
	return unit, !strings.HasSuffix(strings.TrimSpace(typed), "%") || PercentAllowed(unit)
}

// PercentAllowed reports whether a figure in unit may be typed with a
// percent sign: a share in % or a difference in procentpoint.
func PercentAllowed(unit string) bool { return unit == "%" || unit == "pp" }
