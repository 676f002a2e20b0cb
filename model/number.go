package model

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// ErrNumber is returned for text that is not a number by the Danish rules.
var ErrNumber = errors.New("not a number: expected a figure such as 1.750 or 47,1")

// ParseNumber reads a figure as people type it: "47,1" is 47.1, "1.750" is
// 1750 (a dot before exactly three digits groups thousands), "1.750,5" is
// 1750.5, and "47.1" is 47.1. A trailing "%" and surrounding spaces are
// allowed. Anything else, and anything not finite, is refused.
func ParseNumber(s string) (float64, error) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	sign := ""
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "−"):
		sign = "-"
		s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "−")
	case strings.HasPrefix(s, "+"):
		s = s[1:]
	}
	whole, frac, hasComma := strings.Cut(s, ",")
	if hasComma && (frac == "" || !digitsOnly(frac)) {
		return 0, ErrNumber
	}
	if strings.Contains(whole, ".") {
		groups := strings.Split(whole, ".")
		switch {
		case thousands(groups):
			whole = strings.Join(groups, "")
		case !hasComma && len(groups) == 2 && groups[0] != "" && digitsOnly(groups[0]) && groups[1] != "" && digitsOnly(groups[1]):
			whole, frac, hasComma = groups[0], groups[1], true // "47.1": a decimal point
		default:
			return 0, ErrNumber
		}
	}
	if whole == "" || !digitsOnly(whole) {
		return 0, ErrNumber
	}
	text := sign + whole
	if hasComma {
		text += "." + frac
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, ErrNumber
	}
	return v, nil
}

// thousands reports whether groups split at dots are thousands groups:
// 1 to 3 digits not starting with 0, then groups of exactly three.
func thousands(groups []string) bool {
	first := groups[0]
	if first == "" || len(first) > 3 || !digitsOnly(first) || first[0] == '0' {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !digitsOnly(g) {
			return false
		}
	}
	return true
}

func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Ungrouped is a figure written with spaces between thousands ("1 750",
// "-12 500,5", non-breaking spaces too) without them, for ParseNumber; any
// other text is returned as it is ("1234 567" is no figure).
func Ungrouped(s string) string {
	groups := strings.Fields(strings.ReplaceAll(s, "\u00a0", " "))
	if len(groups) < 2 {
		return s
	}
	first := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(groups[0], "-"), "+"), "−")
	if first == "" || len(first) > 3 || !digitsOnly(first) {
		return s
	}
	for i, g := range groups[1:] {
		whole, frac, hasComma := strings.Cut(g, ",")
		if len(whole) != 3 || !digitsOnly(whole) || hasComma && (i < len(groups)-2 || frac == "") {
			return s
		}
	}
	return strings.Join(groups, "")
}
