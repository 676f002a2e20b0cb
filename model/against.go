package model

import "math"

// A target against other areas judges each figure in its own terms: a
// ratio to the reference group's figure, a rank, or the share of a group
// it beats. The figure those terms come from is the status file's; the
// other areas' are the comparison table's for the same period.

// TableReference is the reference figure of a measure with `reference`
// and `compare` for the period, from the table: the mean of the group its
// reference names (the whole country: the table's own row, else the mean of
// its municipalities). False when the measure has no table, its reference
// names no group, or the table has no figures for the period.
func (p *Plan) TableReference(m *Measure, period Period) (float64, bool) {
	return p.tableReference(m, period, 0, false)
}

// TableReferenceWith is TableReference for the area's own figure f: the
// group's mean with f in place of the area's table row, as the standing
// beside it on the same screen counts the group (one mean of a region on
// a screen, not two). Whether the period is there is still the table's
// to say: a figure of the area's own never makes a missing period present.
func (p *Plan) TableReferenceWith(m *Measure, period Period, f float64) (float64, bool) {
	return p.tableReference(m, period, f, true)
}

func (p *Plan) tableReference(m *Measure, period Period, f float64, hasF bool) (float64, bool) {
	ind := p.IndicatorOf(m)
	if ind == nil || !m.Relative() {
		return 0, false
	}
	g := p.GroupNamed(m.Reference)
	if g == nil {
		return 0, false
	}
	self := ind.Area(p.AreaOf(m))
	pl := ind.PlaceIn(g, self, 0, false, period, better(m))
	if !pl.HasFigures || !hasF || self < 0 {
		return pl.Mean, pl.HasFigures
	}
	pl = ind.PlaceIn(g, self, f, true, period, better(m))
	return pl.Mean, true
}

// fillReference gives a figure of a measure with a table its reference
// figure from the table, where the entry has none of its own.
func (p *Plan) fillReference(e *Entry, m *Measure) {
	if !e.HasValue || e.HasRef {
		return
	}
	if v, ok := p.TableReferenceWith(m, e.Period, e.Value); ok {
		e.Reference, e.HasRef, e.RefFromTable = v, true, true
	}
}

// AsWritten is the entry as its file has it: without a reference filled in
// from the comparison table. Whatever writes or compares entries as files
// hold them uses it, so a table's figure is never written back.
func (e Entry) AsWritten() Entry {
	if e.RefFromTable {
		e.Reference, e.HasRef, e.RefFromTable = 0, false, false
	}
	return e
}

// termsBetter is the direction of good compared figures: a lower rank and
// a larger share beaten are better whichever way the figure itself is.
func termsBetter(m *Measure) Better {
	if m.Target != nil {
		switch m.Target.Kind {
		case RankTarget:
			return Lower
		case BetterThanTarget:
			return Higher
		}
	}
	return better(m)
}

// AmongOf is the group a rank or better_than target ranks in: its
// `among`, else every municipality; nil when `among` names no group.
func (p *Plan) AmongOf(t *Target) *Group {
	if t.Among != "" {
		return p.GroupNamed(t.Among)
	}
	return &Group{Name: National, National: true}
}

// Ranked is where a figure of a measure with a rank or better_than target
// stands among its target's group: the place, and the share of the group's
// other areas it beats.
type Ranked struct {
	Period Period
	Place  Place
	Beats  float64 // per cent of the group's other areas with a worse figure
}

// placeOf is where the entry's figure stands among the target's group for
// its period; false when the table cannot rank it (no table, no row of the
// measure's area, no such group, no other area with a figure that period).
// A table without the area's row is no set to rank it in (as StandingAt):
// among all municipalities it would count one more than there are, and
// the area's row under another spelling twice.
func (p *Plan) placeOf(m *Measure, e *Entry) (Ranked, bool) {
	ind := p.IndicatorOf(m)
	if ind == nil || m.Target == nil {
		return Ranked{}, false
	}
	g, self := p.AmongOf(m.Target), ind.Area(p.AreaOf(m))
	if g == nil || self < 0 {
		return Ranked{}, false
	}
	pl := ind.PlaceIn(g, self, e.Value, true, e.Period, better(m))
	if pl.Of < 2 { // the area alone: nothing to rank it against
		return Ranked{}, false
	}
	return Ranked{Period: e.Period, Place: pl, Beats: 100 * float64(pl.Behind) / float64(pl.Of-1)}, true
}

// TableGap is what a comparison table lacks for a rank or better_than to
// be scored in a period: among all municipalities, figures for at least
// 90 % of the 98; among a group, every member's figure.
type TableGap struct {
	Period  Period
	Have    int      // among all: the municipalities with a figure
	Group   string   // among a group: its name
	Missing []string // among a group: the members without a figure, as the plan writes them
	Alone   bool     // among a group: no member but the area itself
	Area    string   // the area's row, as the table names it
}

// wholeShare is the share of the 98 municipalities a table must have
// figures for before a place among all of them is scored.
const wholeShare = 0.9

// tableGap is what the table lacks to rank the entry's figure among the
// target's group; false when it lacks nothing (or cannot rank it at all,
// which placeOf says).
func (p *Plan) tableGap(m *Measure, e *Entry) (TableGap, bool) {
	ind := p.IndicatorOf(m)
	if ind == nil || m.Target == nil {
		return TableGap{}, false
	}
	g, self := p.AmongOf(m.Target), ind.Area(p.AreaOf(m))
	if g == nil || self < 0 {
		return TableGap{}, false
	}
	gap := TableGap{Period: e.Period, Group: g.Name, Area: ind.Areas[self]}
	if !ind.hasOthers(self, e.Period) {
		return gap, false // the period is not in the table at all: placeOf says so
	}
	if g.National {
		for _, r := range ind.allWith(self) {
			if _, ok := ind.Value(r, e.Period); ok || r == self { // the area's own figure ranks among them
				gap.Have++
			}
		}
		return gap, float64(gap.Have) < wholeShare*Municipalities-eps
	}
	others := 0
	for _, a := range g.Areas {
		r := ind.Area(a)
		if r == self || !IsMunicipalityName(a) {
			continue
		}
		others++
		if _, ok := ind.Value(r, e.Period); r < 0 || !ok {
			gap.Missing = append(gap.Missing, a)
		}
	}
	gap.Alone = others == 0
	return gap, gap.Alone || len(gap.Missing) > 0
}

// hasOthers reports whether the table has a figure of another area than
// self for the period.
func (ind *Indicator) hasOthers(self int, p Period) bool {
	for r := range ind.Areas {
		if _, ok := ind.Value(r, p); ok && r != self && r != ind.national {
			return true
		}
	}
	return false
}

// comparedOf is the figure a target is compared with, and whether there is
// one: the figure itself; for a relative target its difference from the
// reference; for a ratio 100 × (figure / reference − 1); for a rank the
// area's rank; for better_than the share of the group's other areas it
// beats. A figure the reference or the table cannot give terms for is not
// scored.
func comparedOf(p *Plan, m *Measure, e *Entry) (float64, bool) {
	kind := ValueTarget
	if m.Target != nil {
		kind = m.Target.Kind
	}
	switch {
	case kind == RatioTarget:
		if !e.HasRef || e.Reference == 0 {
			return 0, false
		}
		r := 100 * (e.Value/e.Reference - 1) // a reference of nearly nothing: +Inf
		return r, !math.IsInf(r, 0) && !math.IsNaN(r)
	case kind.Ranks():
		r, ok := p.placeOf(m, e)
		if !ok {
			return 0, false
		}
		if kind == RankTarget {
			return float64(r.Place.Rank), true
		}
		return r.Beats, true
	case m.Relative():
		return e.Value - e.Reference, e.HasRef
	}
	return e.Value, true
}

// RankIn is where the figure of the period stands, from Ranks; false when
// it was not ranked.
func (ms *MeasureStatus) RankIn(period Period) (Ranked, bool) {
	for _, r := range ms.Ranks {
		if r.Period == period {
			return r, true
		}
	}
	return Ranked{}, false
}

// ranked reports whether the measure's target ranks its figures: a rank
// or a better_than.
func ranked(m *Measure) bool {
	return m.Target != nil && m.Target.Kind.Ranks()
}

// scorable keeps the figures the target can judge, in place, and returns
// the periods of those it cannot, and for a rank or better_than target
// where the kept ones stand and what the table lacks for the others.
func scorable(p *Plan, m *Measure, figures []*Entry) ([]*Entry, []Period, []Ranked, []TableGap) {
	var unscored []Period
	var ranks []Ranked
	var gaps []TableGap
	kept := figures[:0]
	for _, e := range figures {
		ok := false
		if ranked(m) {
			var r Ranked
			if gap, lacks := p.tableGap(m, e); lacks {
				gaps = append(gaps, gap)
			} else if r, ok = p.placeOf(m, e); ok {
				ranks = append(ranks, r)
			}
		} else {
			_, ok = comparedOf(p, m, e)
		}
		if ok {
			kept = append(kept, e)
		} else {
			unscored = append(unscored, e.Period)
		}
	}
	return kept, unscored, ranks, gaps
}
