package model

import (
	"maps"
	"slices"
	"sync"
)

// Index links the plan's parts by id: goals to their strategies and
// measures, strategies to their initiatives and measures, and entries to
// what they record. The loader has checked every reference; an unknown one
// is left out rather than failing here.
func (p *Plan) Index() {
	sortMeetings(p.Meetings)
	p.byID = make(map[string]any, len(p.Goals)+len(p.Strategies)+len(p.Measures))
	for _, g := range p.Goals {
		g.Strategies, g.Measures = nil, nil
		p.byID[g.ID] = g
	}
	for _, s := range p.Strategies {
		s.Measures, s.Goals, s.Goal = nil, nil, nil
		p.byID[s.ID] = s
		for _, id := range s.GoalIDs {
			if g := p.Goal(id); g != nil && !slices.Contains(s.Goals, g) {
				s.Goals = append(s.Goals, g)
				g.Strategies = append(g.Strategies, s)
			}
		}
		if len(s.Goals) > 0 {
			s.Goal = s.Goals[0]
		}
		for _, in := range s.Initiatives {
			in.Strategy = s
			p.byID[in.ID] = in
		}
	}
	for _, m := range p.Measures {
		p.byID[m.ID] = m
		p.settle(m)
		m.Goal, m.Strategy, m.Goals = p.Goal(m.GoalID), p.Strategy(m.StrategyID), nil
		if m.Goal != nil {
			m.Goals = []*Goal{m.Goal}
		}
		if m.Strategy != nil {
			m.Strategy.Measures = append(m.Strategy.Measures, m)
			m.Goal, m.Goals = m.Strategy.Goal, m.Strategy.Goals
		}
		for _, g := range m.Goals {
			g.Measures = append(g.Measures, m)
		}
	}
	p.entriesOf, p.written = nil, nil
	p.indexEntries(0)
}

// AddEntries appends entries (read from the status file) and indexes only
// those. It changes p: use it while reading, before the plan is shown to
// anyone; With adds to a plan already handed out.
func (p *Plan) AddEntries(es ...Entry) {
	from := len(p.Entries)
	if from == 0 {
		p.Entries = es // the first load hands over its slice: no copy of a large file's entries
	} else {
		p.Entries = append(slices.Clip(p.Entries), es...) // never into room a plan made by With took
	}
	// The room left in the slice is for the first save (see With).
	p.array = &entryArray{used: len(p.Entries)}
	p.indexEntries(from)
}

// entryArray is the array behind the entries of plans made one from
// another by With: how much of it is taken, so that only the newest of
// them appends in place and the others' entries never change under them.
type entryArray struct {
	mu   sync.Mutex
	used int
}

// With returns a new plan with the entries added after p's, and leaves p as
// it was, so that whoever holds p may go on reading it while the new plan is
// made. The goals, strategies, initiatives and measures are shared (nothing
// changes them after Index); the entries' array is shared while it has room,
// which keeps a save in a large plan from copying all its entries.
func (p *Plan) With(es ...Entry) *Plan {
	q := *p
	q.entriesOf = maps.Clone(p.entriesOf)
	n := len(p.Entries)
	inPlace := false
	if a := p.array; a != nil && cap(p.Entries)-n >= len(es) {
		a.mu.Lock()
		if inPlace = a.used == n; inPlace {
			a.used = n + len(es)
		}
		a.mu.Unlock()
	}
	if inPlace {
		q.Entries = append(p.Entries, es...)
	} else {
		// Room for the saves after this one, a sixteenth of the entries: append
		// would leave a quarter, which a server keeps for good (7 MB on
		// 100,000 entries) for saves it may never make.
		q.Entries = make([]Entry, n+len(es), n+len(es)+max(64, n/16))
		copy(q.Entries, p.Entries)
		copy(q.Entries[n:], es)
		q.array = &entryArray{used: len(q.Entries)}
	}
	for i := n; i < len(q.Entries); i++ { // the lists indexed anew are copied before they grow
		if k := q.owner(&q.Entries[i]); k != nil {
			q.entriesOf[k] = slices.Clip(q.entriesOf[k])
		}
	}
	q.written = slices.Clip(p.written)
	q.indexEntries(n)
	return &q
}

// owner is the measure or initiative an entry records; nil when the plan
// has neither, and for a written assessment or an approval, which record
// no figure (they are in written).
func (p *Plan) owner(e *Entry) any {
	if e.Written() || e.Approval {
		return nil
	}
	if m := p.Measure(e.Measure); m != nil && e.Measure != "" {
		return m
	}
	if in := p.Initiative(e.Initiative); in != nil && e.Initiative != "" {
		return in
	}
	if g := p.Goal(e.Goal); g != nil && e.Goal != "" {
		return g
	}
	return nil
}

// indexEntries indexes the entries from index from on, and fills in the
// reference a figure leaves to the comparison table (see TableReference):
// every way entries reach a plan passes here.
func (p *Plan) indexEntries(from int) {
	if p.entriesOf == nil {
		p.entriesOf = make(map[any][]int, len(p.Measures))
	}
	for i := from; i < len(p.Entries); i++ {
		e := &p.Entries[i]
		k := p.owner(e)
		if m, ok := k.(*Measure); ok { // a figure, a pending mark or an assessment of it
			p.fillReference(e, m)
		}
		if k != nil {
			p.entriesOf[k] = append(p.entriesOf[k], i)
		}
		if e.Written() || e.Approval {
			p.written = append(p.written, i)
		}
	}
}

// EntriesOf returns the measure's entries in file order.
func (p *Plan) EntriesOf(m *Measure) []*Entry {
	idx := p.entriesOf[m]
	out := make([]*Entry, len(idx))
	for i, j := range idx {
		out[i] = &p.Entries[j]
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
