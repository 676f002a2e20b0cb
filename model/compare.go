package model

import (
	"math"
	"slices"
	"strings"
)

// Indicator is one table of the comparison folder: the figures of one
// indicator (the ministry's MM13, say) for every area and period, as
// downloaded. It is read once and never changed, so views share it.
type Indicator struct {
	ID, Title, Unit string
	File            string   // where it was read, for messages
	Invented        bool     // the built-in example's invented figures, marked as such in every view
	Areas           []string // as the file writes them: municipalities and aggregates
	Periods         []Period // in order, one span
	values          []float64
	byArea          map[string]int
	byPeriod        map[Period]int
	national        int   // the file's own row for the whole country; -1: none
	municipal       []int // the areas that are municipalities (ranked), in file order
}

// NewIndicator makes an indicator of values (row by row: area by area, one
// value per period, NaN where the table has none). Periods must be sorted.
func NewIndicator(id, title, unit, file string, areas []string, periods []Period, values []float64) *Indicator {
	ind := &Indicator{ID: id, Title: title, Unit: unit, File: file, Areas: areas, Periods: periods,
		values: values, byArea: make(map[string]int, len(areas)), byPeriod: make(map[Period]int, len(periods)), national: -1}
	for i, a := range areas {
		k := AreaKey(a)
		if _, dup := ind.byArea[k]; !dup {
			ind.byArea[k] = i
		}
		switch {
		case IsNationalName(a):
			if ind.national < 0 {
				ind.national = i
			}
		case !IsAggregateName(a) && IsMunicipalityName(a): // a cluster ("Klyngen") is never ranked as one
			ind.municipal = append(ind.municipal, i)
		}
	}
	for i, p := range periods {
		ind.byPeriod[p] = i
	}
	return ind
}

// Area is the row of the area by name ("Fredericia Kommune" finds
// "Fredericia"), or -1.
func (ind *Indicator) Area(name string) int {
	if i, ok := AreaRow(ind.byArea, AreaKey(name)); ok {
		return i
	}
	return -1
}

// AreaRow is the row an index of areas by their AreaKey holds for the key
// k: k's own, else k's with or without a genitive s, so "Københavns
// Kommune" and "København" are one area whichever of them is written.
func AreaRow(byKey map[string]int, k string) (int, bool) {
	if i, ok := byKey[k]; ok {
		return i, true
	}
	if s, ok := strings.CutSuffix(k, "s"); ok {
		if i, ok := byKey[s]; ok {
			return i, true
		}
	}
	i, ok := byKey[k+"s"]
	return i, ok
}

// HasNational reports whether the file has its own row for the whole country.
func (ind *Indicator) HasNational() bool { return ind.national >= 0 }

// Municipalities is the number of areas that are municipalities.
func (ind *Indicator) Municipalities() int { return len(ind.municipal) }

// Span is the length of the table's periods.
func (ind *Indicator) Span() Span {
	if len(ind.Periods) == 0 {
		return 0
	}
	return ind.Periods[0].Span
}

// Value is the area's figure for the period: the table's own where it
// has the period, else the mean of the table's shorter periods within it
// when the table has every one of them (a quarter from three months).
func (ind *Indicator) Value(area int, p Period) (float64, bool) {
	if area < 0 || area >= len(ind.Areas) {
		return 0, false
	}
	row := ind.values[area*len(ind.Periods) : (area+1)*len(ind.Periods)]
	if i, ok := ind.byPeriod[p]; ok {
		return row[i], !math.IsNaN(row[i])
	}
	s := ind.Span()
	if s <= p.Span || s == 0 {
		return 0, false
	}
	n := p.Span.months() / s.months()
	first := Of(s, p.Start())
	sum := 0.0
	for k := range n {
		i, ok := ind.byPeriod[first.Add(k)]
		if !ok || math.IsNaN(row[i]) {
			return 0, false
		}
		sum += row[i]
	}
	return sum / float64(n), true
}

// Group is a set of areas to compare with: the plan's [[group]], a region,
// or the whole country.
type Group struct {
	Name  string
	Areas []string // as written; empty for the whole country
	// National: every municipality of the table, with the file's own row
	// for its figure where it has one.
	National bool
	Region   bool
}

// GroupNamed finds a group by name: the plan's own, a region or "Hele
// landet" (also "Landsgennemsnit"); nil when there is none by that name.
func (p *Plan) GroupNamed(name string) *Group {
	k := AreaKey(name)
	for _, g := range p.Groups {
		if AreaKey(g.Name) == k {
			return g
		}
	}
	if k == "" || IsNationalName(name) {
		return &Group{Name: National, National: true}
	}
	if n, areas, ok := RegionOf(name); ok {
		return &Group{Name: n, Areas: areas, Region: true}
	}
	return nil
}

// ComparedWith is the group a measure ranks itself in beside the whole
// country: its own `group`, else the plan's first [[group]]; nil when
// there is none.
func (p *Plan) ComparedWith(m *Measure) *Group {
	if m.Group != "" {
		return p.GroupNamed(m.Group)
	}
	if len(p.Groups) > 0 {
		return p.Groups[0]
	}
	return nil
}

// AreaOf is the name the measure's own area goes by in its table: its
// `area`, else the plan's municipality.
func (p *Plan) AreaOf(m *Measure) string {
	if m.Area != "" {
		return m.Area
	}
	return p.Municipality
}

// IndicatorOf is the table a measure compares itself with, or nil.
func (p *Plan) IndicatorOf(m *Measure) *Indicator {
	if m.Compare == "" {
		return nil
	}
	return p.Indicators[m.Compare]
}

// Place is where an area stands in a set of areas for one period.
type Place struct {
	Group      *Group
	Rank, Of   int     // 1 is best; ties share the better rank; 0 when not ranked
	Behind     int     // the areas ranked with a worse figure than the area's
	Mean, Best float64 // of the group's areas that have a figure
	FromRow    bool    // Mean is the file's own row, not a computed mean
	HasFigures bool    // some area of the group has a figure
	Figures    int     // how many of the group's areas have a figure: the mean's and the best's
}

// Standing is where the measure's area stands in its indicator's table for
// one period: its figure, its rank among all municipalities and in its
// group, beside the group's mean and best.
type Standing struct {
	Indicator *Indicator
	Period    Period
	Figure    float64
	HasFigure bool
	FromEntry bool // the figure is the status file's, not the table's
	All       Place
	Group     *Place // nil when the measure compares with no group
}

// members are the rows of a group, each once ("København" and
// "Københavns Kommune" are one). A region or the whole country named among
// a group's areas is no member: aggregates are never ranked. An area the
// table lacks is no member either; reading the plan warns of it once
// (data's groupAreas), not each time a period is ranked.
func (ind *Indicator) members(g *Group) (rows []int) {
	if g.National {
		return ind.municipal
	}
	var seen []bool // for a long list; a short one is looked through
	if len(g.Areas) > 32 {
		seen = make([]bool, len(ind.Areas))
	}
	for _, a := range g.Areas {
		i := ind.Area(a)
		switch {
		case i < 0 || IsAggregateName(ind.Areas[i]) || !IsMunicipalityName(ind.Areas[i]):
		case seen != nil && seen[i], seen == nil && slices.Contains(rows, i):
		default:
			rows = append(rows, i)
			if seen != nil {
				seen[i] = true
			}
		}
	}
	return rows
}

// PlaceIn ranks the figure f of the area self (a row, or -1 when the table
// lacks it) among the group's rows for the period; better says which way
// ranks first.
func (ind *Indicator) PlaceIn(g *Group, self int, f float64, hasF bool, p Period, b Better) Place {
	rows := ind.members(g)
	if g.National {
		rows = ind.allWith(self)
	}
	return ind.placeAmong(rows, g, self, f, hasF, p, b)
}

// allWith is every municipality's row and the area's own: a plan may call
// its municipality by a name of its own ("Eksempel Kommune"), and its row
// is a municipality's all the same, where other rows by names that are no
// municipality's ("Klyngen") never are.
func (ind *Indicator) allWith(self int) []int {
	if self < 0 || slices.Contains(ind.municipal, self) || IsAggregateName(ind.Areas[self]) {
		return ind.municipal
	}
	return append(slices.Clip(ind.municipal), self)
}

// placeAmong is PlaceIn among the group's rows, found once (members) for
// all the periods a measure is ranked in.
func (ind *Indicator) placeAmong(rows []int, g *Group, self int, f float64, hasF bool, p Period, b Better) Place {
	pl := Place{Group: g}
	sum, n, first := 0.0, 0, true
	ahead, counted, selfIn := 0, 0, false
	col, own := ind.byPeriod[p] // the table's own period: one look-up for every row
	for _, r := range rows {
		var v float64
		var ok bool
		if own {
			v = ind.values[r*len(ind.Periods)+col]
			ok = !math.IsNaN(v)
		} else {
			v, ok = ind.Value(r, p)
		}
		if r == self && hasF {
			v, ok, selfIn = f, true, true
		}
		if !ok {
			continue
		}
		sum += v
		n++
		if first || aheadOf(v, pl.Best, b) {
			pl.Best, first = v, false
		}
		counted++
		if hasF && aheadOf(v, f, b) {
			ahead++
		}
		if hasF && aheadOf(f, v, b) {
			pl.Behind++
		}
	}
	pl.HasFigures, pl.Figures = n > 0, n
	if n > 0 {
		pl.Mean = sum / float64(n)
	}
	if g.National && ind.national >= 0 {
		if v, ok := ind.Value(ind.national, p); ok {
			pl.Mean, pl.FromRow, pl.HasFigures = v, true, true
		}
	}
	if hasF {
		if !selfIn {
			counted++ // the area ranks among the group even when the group does not list it
		}
		pl.Rank, pl.Of = ahead+1, counted
	}
	return pl
}

// aheadOf reports whether v is strictly better than w.
func aheadOf(v, w float64, b Better) bool {
	if b == Lower {
		return v < w-eps
	}
	return v > w+eps
}

// ranking is what ranking a measure's figures takes, found once for all
// the periods it is ranked in: its table, its area's row, its direction,
// and the rows of the whole country and of its group.
type ranking struct {
	ind        *Indicator
	self       int
	better     Better
	all, group []int
	groupOf    *Group // nil when the measure compares with no group
}

// rankingOf is the measure's ranking; false when it has no table or the
// table no row of its area.
func (p *Plan) rankingOf(m *Measure) (ranking, bool) {
	ind := p.IndicatorOf(m)
	if ind == nil {
		return ranking{}, false
	}
	r := ranking{ind: ind, self: ind.Area(p.AreaOf(m)), better: better(m), groupOf: p.ComparedWith(m)}
	r.all = ind.allWith(r.self)
	if r.groupOf != nil {
		r.group = ind.members(r.groupOf)
	}
	return r, r.self >= 0
}

// StandingAt is where the measure stands for the period; false when the
// measure has no table, the table has no row of the area, or no figure of
// it for the period. An entry's own figure for the period is used before
// the table's; it is not ranked among a table that lacks the area (it would
// count one municipality more than the table has, and hide a misspelt area).
func (p *Plan) StandingAt(m *Measure, period Period) (Standing, bool) {
	r, ok := p.rankingOf(m)
	if !ok {
		return Standing{Indicator: r.ind, Period: period}, false
	}
	return p.standingAt(m, r, period)
}

func (p *Plan) standingAt(m *Measure, r ranking, period Period) (Standing, bool) {
	ind := r.ind
	st := Standing{Indicator: ind, Period: period}
	if e := p.Current(m, period); e != nil && e.HasValue && e.Period == period {
		st.Figure, st.HasFigure, st.FromEntry = e.Value, true, true
	} else {
		st.Figure, st.HasFigure = ind.Value(r.self, period)
	}
	if !st.HasFigure {
		return st, false
	}
	st.All = ind.placeAmong(r.all, &Group{Name: National, National: true}, r.self, st.Figure, true, period, r.better)
	if st.All.Of < 2 && !st.All.FromRow {
		return st, false // an entry's own figure where the table has none: "nr. 1 af 1" says nothing
	}
	if r.groupOf != nil {
		if pl := ind.placeAmong(r.group, r.groupOf, r.self, st.Figure, true, period, r.better); pl.Of >= 2 {
			st.Group = &pl // else no member has a figure: the area alone is no place
		}
	}
	return st, true
}

// periodsOf are the periods a measure is compared in: the table's, or the
// measure's own where they are longer (a quarterly measure against a
// monthly table stands by quarter, so its own figure for the quarter is
// the one ranked, as its verdict ranks it).
func periodsOf(m *Measure, ind *Indicator) []Period {
	s := m.Span()
	if len(ind.Periods) == 0 || s == 0 || s >= ind.Span() {
		return ind.Periods
	}
	first, last := Of(s, ind.Periods[0].Start()), Of(s, ind.Periods[len(ind.Periods)-1].Start())
	var out []Period
	for q := first; q.Compare(last) <= 0; q = q.Add(1) {
		out = append(out, q)
	}
	return out
}

// Lacking is the latest of the measure's periods up to asOf for which a
// table of finer periods has some of the area's figures but not all (March
// without June for the second quarter), with the finer periods it lacks:
// why a quarter has no figure although the table has months of it. False
// where the table's periods are the measure's own, or none is partial.
func (p *Plan) Lacking(m *Measure, asOf Period) (Period, []Period, bool) {
	r, ok := p.rankingOf(m)
	if !ok || m.Span() == 0 || m.Span() >= r.ind.Span() {
		return Period{}, nil, false
	}
	periods := PeriodsUpTo(periodsOf(m, r.ind), asOf)
	fine := r.ind.Span()
	for i := len(periods) - 1; i >= 0; i-- {
		q := periods[i]
		var lacks []Period
		have := 0
		for k, first := 0, Of(fine, q.Start()); k < q.Span.months()/fine.months(); k++ {
			if _, ok := r.ind.Value(r.self, first.Add(k)); ok {
				have++
			} else {
				lacks = append(lacks, first.Add(k))
			}
		}
		switch {
		case have > 0 && len(lacks) > 0:
			return q, lacks, true
		case have > 0: // a whole period: its figure is there
			return Period{}, nil, false
		}
	}
	return Period{}, nil, false
}

// LatestStanding is where the measure stands in the latest of its periods
// (periodsOf) that ends by asOf's end and has the area's figure.
func (p *Plan) LatestStanding(m *Measure, asOf Period) (Standing, bool) {
	r, ok := p.rankingOf(m)
	if !ok {
		return Standing{}, false
	}
	periods := PeriodsUpTo(periodsOf(m, r.ind), asOf)
	for i := len(periods) - 1; i >= 0; i-- {
		if st, ok := p.standingAt(m, r, periods[i]); ok {
			return st, true
		}
	}
	return Standing{}, false
}

// Standings is where the measure stood in each of its periods (periodsOf)
// up to asOf, oldest first: its figure against its group over time.
func (p *Plan) Standings(m *Measure, asOf Period) []Standing {
	r, ok := p.rankingOf(m)
	if !ok {
		return nil
	}
	var out []Standing
	for _, q := range PeriodsUpTo(periodsOf(m, r.ind), asOf) {
		if st, ok := p.standingAt(m, r, q); ok {
			out = append(out, st)
		}
	}
	return out
}

// PeriodsUpTo are the first of the periods (in time order) that end by
// asOf's end; all of them when asOf is zero.
func PeriodsUpTo(periods []Period, asOf Period) []Period {
	n := 0
	for n < len(periods) && (asOf.IsZero() || !periods[n].End().After(asOf.End())) {
		n++
	}
	return periods[:n]
}

// IndicatorIDs lists the indicators the plan's measures name, sorted, once each.
func (p *Plan) IndicatorIDs() []string {
	var ids []string
	for _, m := range p.Measures {
		if m.Compare != "" && !slices.Contains(ids, m.Compare) {
			ids = append(ids, m.Compare)
		}
	}
	slices.Sort(ids)
	return ids
}
