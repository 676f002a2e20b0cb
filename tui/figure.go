package tui

import (
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// figure is a typed figure as the form read it: its value, a warning when
// it may not be what was meant, or why it cannot be saved.
type figure struct {
	value   float64
	warning string
	problem string
}

// readFigure reads a typed figure in the measure's figure unit the Danish
// way (model.ParseNumber), also with spaces between thousands; a percent
// sign on a figure that is not in % or pp is refused, and a count with
// decimals is read but warned about.
func readFigure(l lang.Lang, text, unit string) figure {
	text = strings.Join(strings.Fields(strings.ReplaceAll(text, "\u00a0", " ")), " ")
	if body, ok := strings.CutSuffix(text, "%"); ok {
		if !data.PercentAllowed(unit) {
			return figure{problem: l.T(lang.FormUnitMismatch, "%", unit)}
		}
		text = strings.TrimSpace(body)
	}
	v, err := model.ParseNumber(model.Ungrouped(text))
	if err != nil {
		return figure{problem: l.T(lang.BadNumber, text)}
	}
	f := figure{value: v}
	if meant, ok := data.CountMeant(l, text, unit, v); ok {
		f.warning = l.T(lang.FormCountDecimal, meant)
	}
	return f
}

// plain is a figure in plain digits with a decimal point, so there is no
// doubt how "1.750" was read.
func plain(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
