package model

import "slices"

// Index links the plan's parts by id: goals to their strategies and
// measures, strategies to their initiatives and measures, and entries to
// what they record. The loader has checked every reference; an unknown one
// is left out rather than failing here.
func (p *Plan) Index() {
	p.byID = make(map[string]any, len(p.Goals)+len(p.Strategies)+len(p.Measures))
	for _, g := range p.Goals {
		g.Strategies, g.Measures = nil, nil
		p.byID[g.ID] = g
	}
	for _, s := range p.Strategies {
		s.Measures = nil
		p.byID[s.ID] = s
		if s.Goal = p.Goal(s.GoalID); s.Goal != nil {
			s.Goal.Strategies = append(s.Goal.Strategies, s)
		}
		for _, in := range s.Initiatives {
			in.Strategy, in.entries = s, nil
			p.byID[in.ID] = in
		}
	}
	for _, m := range p.Measures {
		m.entries = nil
		p.byID[m.ID] = m
		p.settle(m)
		m.Goal, m.Strategy = p.Goal(m.GoalID), p.Strategy(m.StrategyID)
		if m.Strategy != nil {
			m.Strategy.Measures = append(m.Strategy.Measures, m)
			m.Goal = m.Strategy.Goal
		}
		if m.Goal != nil {
			m.Goal.Measures = append(m.Goal.Measures, m)
		}
	}
	p.indexEntries(0)
}

// AddEntries appends entries (read from the status file's new tail, or just
// saved) and indexes only those.
func (p *Plan) AddEntries(es ...Entry) {
	from := len(p.Entries)
	if from == 0 {
		p.Entries = es // the first load hands over its slice: no copy of a large file's entries
	} else {
		p.Entries = append(p.Entries, es...)
	}
	p.indexEntries(from)
}

func (p *Plan) indexEntries(from int) {
	for i := from; i < len(p.Entries); i++ {
		e := &p.Entries[i]
		if m := p.Measure(e.Measure); m != nil && e.Measure != "" {
			m.entries = append(m.entries, i)
		} else if in := p.Initiative(e.Initiative); in != nil && e.Initiative != "" {
			in.entries = append(in.entries, i)
		}
	}
}

// EntriesOf returns the measure's entries in file order.
func (p *Plan) EntriesOf(m *Measure) []*Entry {
	out := make([]*Entry, len(m.entries))
	for i, idx := range m.entries {
		out[i] = &p.Entries[idx]
	}
	return out
}

// settle fills in what the file may leave out: the measure's frequency
// (the plan's cadence), a limit's date (the plan's end), and the figure of
// a change target or milestone (from the plan's baseline). Milestones are
// sorted by date.
func (p *Plan) settle(m *Measure) {
	if m.Frequency == "" {
		m.Frequency = p.Cadence
	}
	slices.SortStableFunc(m.Milestones, func(a, b Target) int { return a.Date.Compare(b.Date) })
	for i := range m.Milestones {
		m.Milestones[i].Resolve(m.Baseline)
	}
	if t := m.Target; t != nil {
		t.Resolve(m.Baseline)
		if t.Always && !t.HasDate {
			t.Date = p.End
		}
	}
}
