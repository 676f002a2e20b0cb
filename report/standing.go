package report

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// RankText is where a measure's area ranks, in one line every view uses:
// "nr. 12 af 98 · nr. 3 af 9 i Sammenlignelige kommuner".
func RankText(st model.Standing, l lang.Lang) string { return RankTextSep(st, l, " · ") }

// RankTextSep is RankText with the ranks parted by sep: a terminal that
// cannot show "·" gets " | ".
func RankTextSep(st model.Standing, l lang.Lang, sep string) string {
	text := l.T(lang.RankAmongAll, st.All.Rank, st.All.Of)
	if g := st.Group; g != nil && g.Rank > 0 {
		text += sep + l.T(lang.RankInGroup, g.Rank, g.Of, g.Group.Name)
	}
	return text
}

// NationalText is the whole country's figure and where it comes from:
// the table's own row, or the mean of its municipalities.
func NationalText(st model.Standing, unit string, l lang.Lang) string {
	v := l.Value(st.All.Mean, unit)
	if st.All.FromRow {
		return l.T(lang.NationalRow, model.National, v)
	}
	return l.T(lang.NationalMean, model.National, v, st.Indicator.Municipalities())
}

// GroupText is the measure's group's mean and best figure, or "" when it
// compares with no group or the group has no figures for the period.
func GroupText(st model.Standing, unit string, l lang.Lang) string {
	g := st.Group
	if g == nil || !g.HasFigures {
		return ""
	}
	return l.T(lang.GroupMeanBest, g.Group.Name, l.Value(g.Mean, unit), l.Value(g.Best, unit))
}
