package tui

import (
	"errors"
	"strconv"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// figure is a typed figure as the form reads it: its value, a warning when
// it may not be what was meant, or why it cannot be saved.
type figure struct {
	value   float64
	warning string
	problem string
}

// readFigure reads a typed figure in the measure's figure unit as every
// entry path does (data.ReadValue), for the echo under the field.
func readFigure(l lang.Lang, text, unit string) figure {
	v, err := data.ReadValue(text, unit)
	var ie *data.InputError
	switch {
	case errors.As(err, &ie):
		return figure{problem: ie.Message(l)}
	case err != nil:
		return figure{problem: err.Error()}
	}
	return figure{value: v, warning: data.CountHint(l, text, unit, v)}
}

// plain is a figure in plain digits with a decimal point, so there is no
// doubt how "1.750" was read.
func plain(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
