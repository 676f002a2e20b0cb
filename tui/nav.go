package tui

import "github.com/beskplan/beskplan/model"

// pointer is a list screen that can put its cursor on one of its items.
type pointer interface{ point(target any) }

// home goes straight back to the overview.
func (m *Model) home() {
	m.stack = m.stack[:1]
	m.focus = false
	m.flash = ""
	m.layout()
}

// openPath opens a found item with its own path (overview, goal, strategy,
// item) in place of the way it was found, so the breadcrumb says where it
// belongs and esc climbs the plan, not the search. Each parent list has
// its cursor on the way down.
func (m *Model) openPath(target any) {
	path := pathTo(target)
	if len(path) == 0 {
		return
	}
	m.stack = m.stack[:1]
	for _, t := range path {
		switch t := t.(type) {
		case *model.Goal:
			m.stack = append(m.stack, newGoalScreen(m.st, t))
		case *model.Strategy:
			m.stack = append(m.stack, newStrategyScreen(m.st, t, m.within()))
		case *model.Measure:
			m.stack = append(m.stack, newMeasureScreen(m.st, t))
		}
	}
	m.focus = false
	m.flash = ""
	m.layout()
	chain := path
	if path[len(path)-1] != target {
		chain = append(chain, target) // an initiative, on its strategy's screen
	}
	for i, s := range m.stack {
		if p, ok := s.(pointer); ok && i < len(chain) {
			p.point(chain[i])
		}
	}
}

// pathTo is the chain of items from a goal down to target, as screens
// open them: an initiative ends at its strategy.
func pathTo(target any) []any {
	switch t := target.(type) {
	case *model.Goal:
		return []any{t}
	case *model.Strategy:
		if t.Goal == nil {
			return []any{t}
		}
		return []any{t.Goal, t}
	case *model.Initiative:
		if t.Strategy == nil {
			return nil
		}
		return pathTo(t.Strategy)
	case *model.Measure:
		var path []any
		if t.Strategy != nil {
			path = pathTo(t.Strategy)
		} else if t.Goal != nil {
			path = []any{t.Goal}
		}
		return append(path, t)
	}
	return nil
}

func (l *rowList) point(target any) {
	for i, it := range l.Items() {
		if r, ok := it.(row); ok && r.target == target {
			l.Select(i)
			return
		}
	}
}

func (s *overviewScreen) point(target any) { s.list.point(target) }
func (s *goalScreen) point(target any)     { s.list.point(target) }
func (s *strategyScreen) point(target any) { s.list.point(target) }

// openMsg asks to open an item: a screen that takes typed text (search)
// cannot use the open key itself.
type openMsg struct{ target any }

// open goes into what is under the cursor.
func (m *Model) open() { m.openTarget(m.top().selection()) }

func (m *Model) openTarget(target any) {
	var next screen
	switch t := target.(type) {
	case *model.Goal:
		next = newGoalScreen(m.st, t)
	case *model.Strategy:
		next = newStrategyScreen(m.st, t, m.within())
	case *model.Measure:
		next = newMeasureScreen(m.st, t)
	default:
		return
	}
	m.push(next)
}

// within is the goal the current screen was reached under: the nearest
// goal's screen on the stack, or nil. A strategy that serves several goals
// is seen from it. What search finds opens under its own first goal, and
// is seen from there.
func (m *Model) within() *model.Goal {
	for i := len(m.stack) - 1; i >= 0; i-- {
		switch s := m.stack[i].(type) {
		case *goalScreen:
			return s.goal
		case *strategyScreen:
			return s.goal
		case *searchScreen:
			return nil
		}
	}
	return nil
}

func (m *Model) push(s screen) {
	m.stack = append(m.stack, s)
	m.focus = false
	m.flash = ""
	m.layout()
}

func (m *Model) back() {
	if len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
		m.focus = false
		m.layout()
	}
}

// edit opens the form for the measure shown or under the cursor, or the
// state picker for the initiative under the cursor.
func (m *Model) edit() {
	if !m.canRecord() {
		return
	}
	switch t := editTarget(m.top()).(type) {
	case *model.Measure:
		m.push(newFormScreen(m.st, t))
	case *model.Initiative:
		m.push(newStateForm(m.st, t))
	}
}

// canRecord reports whether figures may be recorded here: not when
// read-only, and not in a view of the past (--as-recorded), which would
// hide what is saved.
func (m *Model) canRecord() bool { return !m.st.readOnly && m.st.view.AsRecorded.IsZero() }
