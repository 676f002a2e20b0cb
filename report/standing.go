package report

import (
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// RankText is where a measure's area ranks, in one line every view uses:
// "nr. 12 af 98 · nr. 3 af 9 i Sammenlignelige kommuner".
func RankText(st model.Standing, l lang.Lang) string { return RankTextSep(st, l, " · ") }

// AllRankText is the area's rank among all the table's municipalities,
// for a row: "nr. 12 af 98"; "" when it has none.
func AllRankText(st model.Standing, l lang.Lang) string {
	if st.All.Rank == 0 {
		return ""
	}
	return l.T(lang.RankAmongAll, st.All.Rank, st.All.Of)
}

// RankTextSep is RankText with the ranks parted by sep: a terminal that
// cannot show "·" gets " | ".
func RankTextSep(st model.Standing, l lang.Lang, sep string) string {
	text := AllRankText(st, l)
	if g := st.Group; g != nil && g.Rank > 0 {
		text += sep + l.T(lang.RankInGroup, g.Rank, g.Of, g.Group.Name)
	}
	return text
}

// NationalText is the whole country's figure and where it comes from:
// the table's own row, or the mean of its municipalities with a figure for
// the period (as many as the area is ranked among: a municipality the
// table has no figure of then is in neither).
func NationalText(st model.Standing, unit string, l lang.Lang) string {
	v := l.Value(st.All.Mean, unit)
	if st.All.FromRow {
		return l.T(lang.NationalRow, model.National, v)
	}
	if st.Indicator.HasNational() { // the row is there, but without this period's figure
		return l.T(lang.NationalMeanRowEmpty, model.National, v, st.All.Figures)
	}
	return l.T(lang.NationalMean, model.National, v, st.All.Figures)
}

// GroupText is the measure's group's mean and best figure, or "" when it
// compares with no group or the group has no figures for the period.
func GroupText(st model.Standing, unit string, l lang.Lang) string {
	g := st.Group
	if g == nil || !g.HasFigures {
		return ""
	}
	if g.Rank > 0 && g.Of > g.Figures && !g.FromRow {
		// The group does not list the area itself: its mean and best are
		// the others', which the area's own rank ("nr. 1 af 9") may beat.
		return l.T(lang.GroupMeanBestOthers, g.Group.Name, g.Figures, l.Value(g.Mean, unit), l.Value(g.Best, unit))
	}
	return l.T(lang.GroupMeanBest, g.Group.Name, l.Value(g.Mean, unit), l.Value(g.Best, unit))
}

// comparison is a measure's standing at a snapshot's as-of period as the
// papers say it: Head "Sammenligning (MM3, 3. kvartal 2026)", Rank "46,2 %
// · nr. 12 af 98 · nr. 3 af 9 i Sammenlignelige kommuner", Figures the
// group's mean and best and the whole country. Zero when the measure names
// no table that was read.
type comparison struct {
	Standing      *model.Standing // nil when the table has no figure of the area up to the as-of period
	Unit          string
	Head, Rank    string
	Figures       string
	Group         string // the group's name, "" when the measure compares with no group
	IndicatorID   string
	HasComparison bool
}

// NoStandingText says why the measure has no standing as of the period:
// where a period of its own lacks some of a finer table's periods, which
// ("intet tal for Fredericia i 2. kvartal 2026: tabellen mangler juni
// 2026"); else the text of key with args.
func NoStandingText(p *model.Plan, m *model.Measure, asOf model.Period, l lang.Lang, key lang.Key, args ...any) string {
	q, lacks, ok := p.Lacking(m, asOf)
	if !ok {
		return l.T(key, args...)
	}
	names := make([]string, len(lacks))
	for i, f := range lacks {
		names[i] = l.Period(f)
	}
	return l.T(lang.CompareLacks, p.AreaOf(m), l.Period(q), strings.Join(names, ", "))
}

// comparisonOf is where the measure stands at the snapshot's as-of period.
func comparisonOf(s *model.Snapshot, m *model.Measure, l lang.Lang, sep string) comparison {
	ind := s.Plan.IndicatorOf(m)
	if ind == nil {
		return comparison{}
	}
	c := comparison{Unit: CompareUnit(m, ind), IndicatorID: ind.ID, HasComparison: true}
	if g := s.Plan.ComparedWith(m); g != nil {
		c.Group = g.Name
	}
	st, ok := s.Plan.LatestStanding(m, s.View.AsOf)
	if !ok {
		c.Head = l.T(lang.CompareLabel) + " (" + ind.ID + ")"
		c.Rank = NoStandingText(s.Plan, m, s.View.AsOf, l, lang.CompareNoFigure, s.Plan.AreaOf(m), l.Period(s.View.AsOf))
		return c
	}
	c.Standing = &st
	c.Head = l.T(lang.StandingPeriod, l.T(lang.CompareLabel), ind.ID, l.Period(st.Period))
	c.Rank = l.Value(st.Figure, c.Unit) + sep + RankTextSep(st, l, sep)
	c.Figures = strings.Join(nonEmpty(GroupText(st, c.Unit, l), NationalText(st, c.Unit, l)), sep)
	return c
}

// CompareUnit is the unit a measure's table is in: the measure's own
// figures' unit, else the table's.
func CompareUnit(m *model.Measure, ind *model.Indicator) string {
	if u := m.FigureUnit(); u != "" {
		return u
	}
	return ind.Unit
}

// hasComparison reports whether some measure of the plan names a table, so
// the papers get comparison columns; a plan without one keeps its columns.
func hasComparison(p *model.Plan) bool { return len(p.IndicatorIDs()) > 0 }

// comparisonColumns are the heads of a spreadsheet's comparison columns,
// in the order cells gives their values.
var comparisonColumns = []lang.Key{lang.ColIndicator, lang.ColComparePeriod, lang.ColCompareFigure, lang.ColRank, lang.ColRankOf,
	lang.ColGroup, lang.ColGroupRank, lang.ColGroupOf, lang.ColGroupMean, lang.ColGroupBest, lang.ColNational}

// comparisonHeads are the comparison columns' heads in the language.
func comparisonHeads(l lang.Lang) []string {
	heads := make([]string, len(comparisonColumns))
	for i, k := range comparisonColumns {
		heads[i] = l.T(k)
	}
	return heads
}

// cells are the comparison columns' values, one per head: a string, a
// float64 figure, an int rank, or nil for an empty cell.
func (c comparison) cells() []any {
	out := make([]any, len(comparisonColumns))
	if !c.HasComparison {
		return out
	}
	out[0], out[5] = c.IndicatorID, c.Group
	st := c.Standing
	if st == nil {
		return out
	}
	out[1], out[2] = st.Period.String(), st.Figure
	if st.All.Rank > 0 {
		out[3], out[4] = st.All.Rank, st.All.Of
	}
	if st.All.HasFigures {
		out[10] = st.All.Mean
	}
	if g := st.Group; g != nil {
		if g.Rank > 0 {
			out[6], out[7] = g.Rank, g.Of
		}
		if g.HasFigures {
			out[8], out[9] = g.Mean, g.Best
		}
	}
	return out
}
