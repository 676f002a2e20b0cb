package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// compareRowsOf gathers a comparison table's rows one period at a time.
type compareRowsOf struct {
	p         *model.Plan
	m         *model.Measure
	ind       *model.Indicator
	l         lang.Lang
	ascii     bool
	group     *model.Group // nil when the measure ranks only among all
	self      int          // the area's row in the table, -1 when it has none
	members   []tableRow   // the group's areas but the measure's own, in the group's order
	memberRow []int        // each member's row in the table, -1 when the table lacks it
	selfRow   tableRow
	mean      tableRow
	national  tableRow
	rankAll   tableRow
	rankGroup tableRow
	fromEntry bool // some figure of the area is the status file's
}

// compareRows starts the rows of the measure's table: each row's name,
// without figures; add adds a period's.
func compareRows(p *model.Plan, m *model.Measure, ind *model.Indicator, l lang.Lang, ascii bool) *compareRowsOf {
	area := p.AreaOf(m)
	c := &compareRowsOf{p: p, m: m, ind: ind, l: l, ascii: ascii, self: ind.Area(area)}
	c.selfRow = tableRow{Kind: "self", Cells: []tableCell{{Text: area}}}
	if g := p.ComparedWith(m); g != nil && !g.National {
		c.group = g
		for _, a := range g.Areas {
			if model.AreaKey(a) == model.AreaKey(area) {
				continue
			}
			r, kind, label := ind.Area(a), "member", a
			if r < 0 {
				kind, label = "missing", a+" ("+l.T(lang.CompareNotInTable)+")"
			}
			c.members = append(c.members, tableRow{Kind: kind, Cells: []tableCell{{Text: label}}})
			c.memberRow = append(c.memberRow, r)
		}
		c.mean = tableRow{Kind: "mean", Cells: []tableCell{{Text: l.T(lang.CompareGroupMean, g.Name)}}}
		c.rankGroup = tableRow{Kind: "rank", Cells: []tableCell{{Text: l.T(lang.CompareRankGroup)}}}
	}
	national := lang.CompareNationalMean
	if ind.HasNational() {
		national = lang.CompareNationalRow
	}
	c.national = tableRow{Kind: "national", Cells: []tableCell{{Text: l.T(national, model.National)}}}
	c.rankAll = tableRow{Kind: "rank", Cells: []tableCell{{Text: l.T(lang.CompareRankAll)}}}
	return c
}

// add adds the period's column: the figures, the means and the ranks.
func (c *compareRowsOf) add(q model.Period) {
	st, ok := c.p.StandingAt(c.m, q)
	cell := c.figure(st.Figure, ok)
	if ok && st.FromEntry {
		cell.Text += "*"
		c.fromEntry = true
	}
	c.selfRow.Cells = append(c.selfRow.Cells, cell)
	for i, r := range c.memberRow {
		c.members[i].Cells = append(c.members[i].Cells, c.figure(c.ind.Value(r, q)))
	}
	all := st.All
	if !ok { // no figure of the area: the means still stand
		all = c.ind.PlaceIn(&model.Group{Name: model.National, National: true}, c.self, 0, false, q, c.m.Better)
	}
	c.national.Cells = append(c.national.Cells, c.figure(all.Mean, all.HasFigures))
	c.rankAll.Cells = append(c.rankAll.Cells, c.rank(all))
	if c.group == nil {
		return
	}
	var in model.Place
	if ok && st.Group != nil {
		in = *st.Group
	} else {
		in = c.ind.PlaceIn(c.group, c.self, 0, false, q, c.m.Better)
	}
	c.mean.Cells = append(c.mean.Cells, c.figure(in.Mean, in.HasFigures))
	c.rankGroup.Cells = append(c.rankGroup.Cells, c.rank(in))
}

// figure is a figure's cell, a dash where there is none.
func (c *compareRowsOf) figure(v float64, ok bool) tableCell {
	if !ok {
		return tableCell{Text: dash(c.ascii)}
	}
	return tableCell{Text: c.l.Number(v), Value: v, Num: true}
}

// rank is a rank's cell, "3/9", a dash where the area was not ranked.
func (c *compareRowsOf) rank(pl model.Place) tableCell {
	if pl.Rank == 0 {
		return tableCell{Text: dash(c.ascii)}
	}
	return tableCell{Text: fmt.Sprintf("%d/%d", pl.Rank, pl.Of), Value: float64(pl.Rank), Num: true, Of: pl.Of}
}

// rows are the table's rows in the order a reader reads them, the
// figures each with as many decimals as the table's own have (at most 2;
// a mean at least one), so a column's figures line up.
func (c *compareRowsOf) rows() []tableRow {
	rows := append([]tableRow{c.selfRow}, c.members...)
	if c.group != nil {
		rows = append(rows, c.mean)
	}
	rows = append(rows, c.national)
	decimals := 0
	for _, r := range rows {
		for _, cell := range r.Cells[1:] {
			if own := r.Kind == "self" || r.Kind == "member" || r.Kind == "national" && c.ind.HasNational(); cell.Num && own {
				decimals = max(decimals, decimalsOf(cell.Value))
			}
		}
	}
	for _, r := range rows {
		d := decimals
		if r.Kind == "mean" || r.Kind == "national" && !c.ind.HasNational() {
			d = max(d, 1) // a mean of whole numbers is not one
		}
		for i, cell := range r.Cells[1:] {
			if cell.Num {
				r.Cells[i+1].Text = fixed(c.l, cell.Value, d) + strings.TrimLeft(cell.Text, "-0123456789.,")
			}
		}
	}
	rows = append(rows, c.rankAll)
	if c.group != nil {
		rows = append(rows, c.rankGroup)
	}
	return rows
}

// decimalsOf is how many decimals v has, at most 2.
func decimalsOf(v float64) int {
	d := 0
	for scaled := v; d < 2 && math.Abs(scaled-math.Round(scaled)) > 1e-9; d++ {
		scaled *= 10
	}
	return d
}

// fixed is v with exactly the decimals, in the language's way: 44,50.
func fixed(l lang.Lang, v float64, decimals int) string {
	p := math.Pow(10, float64(decimals))
	text := l.Number(math.Round(v*p) / p)
	if decimals == 0 {
		return text
	}
	point := l.Number(0.5)[1:2] // the language's decimal sign
	whole, frac, _ := strings.Cut(text, point)
	return whole + point + frac + strings.Repeat("0", decimals-len(frac))
}
