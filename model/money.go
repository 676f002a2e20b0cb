package model

// MaxAmount is the largest amount in kr. a plan may hold: far above any
// municipality's budget, and small enough that every sum of them is a
// number people can read.
const MaxAmount = 1e12

// Money is what initiatives have been given and have spent, in kr.
type Money struct {
	Budget, Spent float64
	// Budgeted and Recorded count the initiatives with a budget and with
	// money recorded spent: a sum of none is shown as nothing, not 0 kr.
	Budgeted, Recorded int
}

// Add is the two sums together.
func (m Money) Add(o Money) Money {
	return Money{m.Budget + o.Budget, m.Spent + o.Spent, m.Budgeted + o.Budgeted, m.Recorded + o.Recorded}
}

// Any reports whether there is a budget or spending to show.
func (m Money) Any() bool { return m.Budgeted+m.Recorded > 0 }

// Left is what remains of the budget; negative when it is overspent.
func (m Money) Left() float64 { return m.Budget - m.Spent }

// Allocated is the sum of the initiatives' budgets, each counted once.
func Allocated(p *Plan) float64 {
	sum := 0.0
	for _, in := range p.Initiatives() {
		sum += in.Budget
	}
	return sum
}

// spentOf is the money recorded spent on the initiative in the view: the
// current `spent` of each period up to the as-of period, summed.
func spentOf(p *Plan, in *Initiative, v View) (float64, bool, string) {
	sum, last, revised := spentWhere(p, in, v.sees)
	return sum, last != nil, revised
}

// Spent is all the money recorded spent on the initiative, whatever the
// period: the current `spent` of each period, summed, and the last of
// those entries in the file (nil when none), for placing a warning.
func (p *Plan) Spent(in *Initiative) (float64, *Entry) {
	sum, last, _ := spentWhere(p, in, func(*Entry) bool { return true })
	return sum, last
}

// spentWhere sums the current `spent` of each period the entries counted
// hold; revised is the reason of the last of them recorded after an
// approval ("" for none).
func spentWhere(p *Plan, in *Initiative, counts func(*Entry) bool) (sum float64, last *Entry, revised string) {
	current := map[Period]*Entry{}
	var periods []Period // in file order: a sum of decimals must not depend on a map's order
	for _, idx := range p.entriesOf[in] {
		e := &p.Entries[idx]
		if !e.HasSpent || !counts(e) {
			continue
		}
		was := current[e.Period]
		if was == nil {
			periods = append(periods, e.Period)
		}
		if was == nil || supersedes(e, was) {
			current[e.Period] = e
		}
	}
	var revisedAt *Entry
	for _, period := range periods {
		e := current[period]
		sum += e.Spent
		if last == nil || e.Line > last.Line {
			last = e
		}
		if e.Revised != "" && (revisedAt == nil || e.Line > revisedAt.Line) {
			revisedAt = e
		}
	}
	if revisedAt != nil {
		revised = revisedAt.Revised
	}
	return sum, last, revised
}

// SpentEntries are the entries that record money spent on the
// initiative, in file order.
func (p *Plan) SpentEntries(in *Initiative) []*Entry {
	var out []*Entry
	for _, idx := range p.entriesOf[in] {
		if e := &p.Entries[idx]; e.HasSpent {
			out = append(out, e)
		}
	}
	return out
}

// Money is an initiative's budget and spending in the view.
func (st *InitiativeStatus) Money() Money {
	m := Money{Budget: st.Initiative.Budget, Spent: st.Spent}
	if st.Initiative.Budget > 0 {
		m.Budgeted = 1
	}
	if st.HasSpent {
		m.Recorded = 1
	}
	return m
}

// MoneyOf sums the initiatives' budgets and spending.
func (s *Snapshot) MoneyOf(ins []*Initiative) Money {
	var m Money
	for _, in := range ins {
		if st := s.Initiative(in); st != nil {
			m = m.Add(st.Money())
		}
	}
	return m
}

// PlanMoney is every initiative's money, each counted once, beside the
// plan's own budget (0 when it gives none).
func (s *Snapshot) PlanMoney() (Money, float64) {
	return s.MoneyOf(s.Plan.Initiatives()), s.Plan.Budget
}

// Work is how far a goal's initiatives have come: what a goal worked on
// (`measured = false`) shows in place of a progress bar.
type Work struct {
	Total   int
	States  map[State]int // by latest state; "" for none recorded
	Overdue int
}

// WorkOf counts the initiatives' states in the view.
func (s *Snapshot) WorkOf(ins []*Initiative) Work {
	w := Work{States: map[State]int{}}
	for _, in := range ins {
		st := s.Initiative(in)
		if st == nil {
			continue
		}
		w.Total++
		w.States[st.State]++
		if st.Overdue {
			w.Overdue++
		}
	}
	return w
}
