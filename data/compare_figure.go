package data

import (
	"strings"

	"github.com/beskplan/beskplan/model"
)

// noFigure are the marks statistics tables write where they have no
// figure (hidden for discretion, not yet published, not applicable).
var noFigure = []string{"", "..", ".", "-", "–", "—", "*", "x", ":", "n/a", "na", "n.a.", "…"}

// tableFigure reads a figure of a downloaded table by the Danish rules of
// model.ParseNumber, with a space or a dot grouping thousands when a comma
// is the decimal mark ("1 750,5"), and a percent sign allowed ("47,1 %").
// missing is true for a mark of no figure; ok is false for text that is
// neither. The common figures ("47,1", "47.1", "1750") are read without
// an allocation: a table has hundreds of thousands of them.
func tableFigure(text string) (v float64, missing, ok bool) {
	s := strings.TrimSpace(text)
	if s == "" || s[0] < '0' || s[0] > '9' {
		for _, m := range noFigure {
			if strings.EqualFold(s, m) {
				return 0, true, true
			}
		}
	}
	if v, ok := plainFigure(s); ok {
		return v, false, true
	}
	s = strings.TrimSpace(strings.TrimSuffix(s, "%"))
	v, err := model.ParseNumber(model.Ungrouped(s))
	return v, false, err == nil
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// plainFigure reads digits with at most one decimal comma or point and an
// optional sign and percent sign, exactly (a whole number of at most 15
// digits divided by a power of ten is the nearest float64); false for
// anything else, which ParseNumber then reads, such as a dot before exactly
// three digits ("1.750" is 1750).
func plainFigure(s string) (float64, bool) {
	s = strings.TrimRight(strings.TrimSuffix(s, "%"), " ")
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	var mant uint64
	digits, frac, sepAt := 0, -1, -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			mant = mant*10 + uint64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case (c == ',' || c == '.') && frac < 0 && i > 0:
			frac, sepAt = 0, i
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 || frac == 0 {
		return 0, false
	}
	if frac == 3 && s[sepAt] == '.' && sepAt <= 3 && s[0] != '0' {
		return 0, false // "1.750": thousands, by the Danish rules
	}
	v := float64(mant)
	if frac > 0 {
		v /= pow10[frac]
	}
	if neg {
		v = -v
	}
	return v, true
}
