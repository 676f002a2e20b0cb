package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// searchScreen finds goals, strategies, initiatives and measures by id,
// title or owner as the user types; case does not matter, and æ, ø and å
// match both themselves and the ways they are typed without them (fold).
type searchScreen struct {
	st    *state
	input textinput.Model
	list  *rowList
	width int
	index []searchable
}

// searchable is one thing that can be found, with its text folded once
// and its row drawn the first time it is found (per load and width, not
// per key press).
type searchable struct {
	target any
	text   string
	row    *row
}

func newSearchScreen(st *state) *searchScreen {
	in := newInput()
	in.Prompt = st.lang.T(lang.SearchPrompt)
	in.Placeholder = st.lang.T(lang.SearchHint)
	in.Focus()
	s := &searchScreen{st: st, input: in, list: newRowList(st)}
	s.buildIndex()
	return s
}

// buildIndex folds every id, title and owner once per load, not per key press.
func (s *searchScreen) buildIndex() {
	p := s.st.plan()
	s.index = s.index[:0]
	add := func(target any, parts ...string) {
		s.index = append(s.index, searchable{target: target, text: fold(strings.Join(parts, " "))})
	}
	for _, g := range p.Goals {
		add(g, g.ID, g.Title, g.Owner, p.OwnerName(g.Owner))
	}
	for _, st := range p.Strategies {
		add(st, st.ID, st.Title, st.Owner, p.OwnerName(st.Owner))
		for _, in := range st.Initiatives {
			add(in, in.ID, in.Title, in.Owner, p.OwnerName(in.Owner))
		}
	}
	for _, m := range p.Measures {
		add(m, m.ID, m.Title, m.Owner, p.OwnerName(m.Owner))
	}
}

func (s *searchScreen) crumb() string   { return s.st.lang.T(lang.SearchTitle) }
func (s *searchScreen) capturing() bool { return true }
func (s *searchScreen) selection() any  { return s.list.selection() }
func (s *searchScreen) view() string {
	return padRight(s.st.fit(s.input.View(), s.width), s.width) + "\n\n" + s.emptyOr(s.list.View())
}
func (s *searchScreen) resize(w, h int) {
	s.width = w
	s.input.SetWidth(max(1, w-ansi.StringWidth(s.input.Prompt)-1))
	s.list.setSize(w, max(1, h-2))
	for i := range s.index {
		s.index[i].row = nil // drawn for another width
	}
	s.search()
}

func (s *searchScreen) emptyOr(listView string) string {
	if q := strings.TrimSpace(s.input.Value()); q != "" && len(s.list.Items()) == 0 {
		return padRight(s.st.styles.dim.Render(s.st.fit(s.st.lang.T(lang.NoMatches, q), s.width)), s.width)
	}
	return listView
}

// refresh reads the plan again (it may be a new one) and searches anew.
func (s *searchScreen) refresh() {
	s.buildIndex()
	s.search()
}

// search shows what matches every typed word.
func (s *searchScreen) search() {
	words := strings.Fields(fold(s.input.Value()))
	var rows []row
	if len(words) > 0 {
		for i := range s.index {
			item := &s.index[i]
			if !matchesAll(item.text, words) {
				continue
			}
			if item.row == nil {
				r := s.st.searchRow(item.target, s.width-2)
				item.row = &r
			}
			found := *item.row
			found.lines = slices.Clone(found.lines) // the list pads its rows in place
			rows = append(rows, found)
		}
	}
	s.list.setRows(rows)
}

func matchesAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

func (s *searchScreen) update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case pressed(k, s.st.keys.Pick):
			target := s.selection()
			return func() tea.Msg { return openMsg{target} }
		case pressed(k, s.st.keys.Browse):
			return s.list.update(msg)
		}
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() != before {
		s.search()
	}
	return cmd
}

// searchRow is a found item: its title, then what kind of thing it is and where.
func (s *state) searchRow(target any, width int) row {
	l := s.lang
	var id, title, where string
	switch t := target.(type) {
	case *model.Goal:
		id, title, where = t.ID, t.Title, l.Kind(t.Kind)
	case *model.Strategy:
		id, title, where = t.ID, t.Title, l.T(lang.StrategyLabel)+s.glyphs.sep+strings.Join(t.GoalIDs, ", ")
	case *model.Initiative:
		id, title, where = t.ID, t.Title, l.T(lang.InitiativeLabel)
		if t.Strategy != nil {
			where += s.glyphs.sep + t.Strategy.ID
		}
		if t.Owner != "" {
			where += s.glyphs.sep + s.plan().OwnerName(t.Owner)
		}
	case *model.Measure:
		id, title, where = t.ID, t.Title, l.T(lang.MeasureLabel)+parentText(t, s.glyphs.sep)
	}
	return row{target: target, id: id, lines: []string{
		s.fit(padRight(id, 4)+" "+title, width),
		s.fit("    "+s.styles.dim.Render(where), width),
	}}
}
