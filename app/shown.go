package app

import (
	"sync"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// Shown is a plan's snapshot for a view with the measures' verdicts in
// words and, once asked for, where they stand among other areas: what
// every screen shows. Never changed once made, so every session that shows
// the same plan for the same view shares it.
type Shown struct {
	Snap     *model.Snapshot
	Verdicts map[*model.MeasureStatus]report.Verdict

	plan *model.Plan
	view model.View
	lang lang.Lang
	once sync.Once
	// standings are worked out the first time a screen asks (most
	// measures have no table, and a series is 2 x 98 figures a period).
	mu        sync.Mutex
	standings map[*model.Measure]*Standings
}

// Standings is where a measure stands among the other areas of its table
// as of the view's period: the latest period, and every period (the
// chart's) once asked for.
type Standings struct {
	Latest    model.Standing
	HasLatest bool
	Rank      string // the latest rank among all areas, for rows: "nr. 12 af 98"; "" when none
	Series    []model.Standing
	HasSeries bool
}

// noStandings is a measure's without a table; never written to.
var noStandings = &Standings{HasSeries: true}

// Standings works a measure's standings out once per Shown, with its
// series of every period when series is true.
func (s *Shown) Standings(m *model.Measure, series bool) *Standings {
	if s.plan.IndicatorOf(m) == nil {
		return noStandings
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	so := s.standings[m]
	if so == nil {
		so = &Standings{}
		so.Latest, so.HasLatest = s.plan.LatestStanding(m, s.view.AsOf)
		if so.HasLatest {
			so.Rank = report.AllRankText(so.Latest, s.lang)
		}
		if s.standings == nil {
			s.standings = make(map[*model.Measure]*Standings)
		}
		s.standings[m] = so
	}
	if series && !so.HasSeries {
		so.Series, so.HasSeries = s.plan.Standings(m, s.view.AsOf), true
	}
	return so
}

// shownCache holds the last few Shown of one opened plan, so the sessions
// of beskplan serve, which mostly look at the same snapshot for the same
// period, work it out once between them (on the large plan, ~0.1 s and
// ~4 MiB each). It keeps only a few, so an old snapshot is let go.
type shownCache struct {
	mu    sync.Mutex
	items []*Shown // newest first
}

const shownKept = 4

// Shown is the plan p (a snapshot of this Plan's store) as of the view, in
// the language l, worked out once and shared.
func (pl *Plan) Shown(p *model.Plan, view model.View, l lang.Lang) *Shown {
	var current *model.Plan
	if pl.Store != nil {
		current = pl.Store.Snapshot().Plan
	}
	return pl.shown.get(p, view, l, current)
}

// get finds or makes the Shown of p. Only the store's current plan and p
// keep theirs: one of a plan the store has moved on from is of no use to
// a session that took in the newer one, and would hold its plan's
// entries and statuses (some MiB on the large plan) for every change.
func (c *shownCache) get(p *model.Plan, view model.View, l lang.Lang, current *model.Plan) *Shown {
	c.mu.Lock()
	var s *Shown
	items := make([]*Shown, 0, shownKept)
	for _, it := range c.items {
		switch {
		case it.plan == p && it.view == view && it.lang == l:
			s = it
		case it.plan == p || it.plan == current:
			items = append(items, it)
		}
	}
	if s == nil {
		s = &Shown{plan: p, view: view, lang: l}
	}
	c.items = append([]*Shown{s}, items[:min(len(items), shownKept-1)]...)
	c.mu.Unlock()
	s.once.Do(func() {
		s.Snap = model.Compute(p, view)
		s.Verdicts = make(map[*model.MeasureStatus]report.Verdict, len(p.Measures))
		for _, m := range p.Measures {
			ms := s.Snap.Measure(m)
			s.Verdicts[ms] = report.VerdictOf(ms, l)
		}
	})
	return s
}

// Cold is the same snapshot and verdicts with no standings worked out yet:
// a first look at it, as after the data changed (for benchmarks).
func (s *Shown) Cold() *Shown {
	c := &Shown{Snap: s.Snap, Verdicts: s.Verdicts, plan: s.plan, view: s.view, lang: s.lang}
	c.once.Do(func() {})
	return c
}
