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
// title or owner, strategies also by their summary and "Det betyder, at"
// bullets, and anything by the notes of its entries, as the user types;
// case does not matter, and æ, ø and å match both themselves and the ways
// they are typed without them (fold). A hit outside the title says where.
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
	text   string // the id, title and owner, folded
	more   []passage
	row    *row
}

// passage is a longer text something is also found by: a strategy's
// summary or one of its bullets, the note of an entry.
type passage struct {
	where  lang.Key // how the row says where it was found: FoundInSummary, FoundInMeans, FoundInNote
	of     string   // the period of an entry's note
	text   string
	words  []string // text's words, folded one by one
	folded string   // the words joined: what a key press looks in
}

func newPassage(where lang.Key, of, text string) passage {
	text = strings.Join(strings.Fields(text), " ")
	words := strings.Fields(text)
	for i := range words {
		words[i] = fold(words[i])
	}
	return passage{where: where, of: of, text: text, words: words, folded: strings.Join(words, " ")}
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

// buildIndex folds every id, title, owner, summary, bullet and note once
// per load, not per key press.
func (s *searchScreen) buildIndex() {
	p := s.st.plan()
	s.index = s.index[:0]
	at := map[any]int{} // where each target is in the index, for its notes
	add := func(target any, parts ...string) {
		at[target] = len(s.index)
		s.index = append(s.index, searchable{target: target, text: fold(strings.Join(parts, " "))})
	}
	for _, g := range p.Goals {
		add(g, g.ID, g.Title, g.Owner, p.OwnerName(g.Owner))
	}
	for _, st := range p.Strategies {
		add(st, st.ID, st.Title, st.Owner, p.OwnerName(st.Owner))
		item := &s.index[len(s.index)-1]
		if st.Summary != "" {
			item.more = append(item.more, newPassage(lang.FoundInSummary, "", st.Summary))
		}
		for _, m := range st.Means {
			item.more = append(item.more, newPassage(lang.FoundInMeans, "", m))
		}
		for _, in := range st.Initiatives {
			add(in, in.ID, in.Title, in.Owner, p.OwnerName(in.Owner))
		}
	}
	for _, m := range p.Measures {
		add(m, m.ID, m.Title, m.Owner, p.OwnerName(m.Owner))
	}
	for _, e := range p.Entries {
		var target any
		switch {
		case e.Note == "":
			continue
		case e.Initiative != "":
			target = p.Initiative(e.Initiative)
		case e.Measure != "":
			target = p.Measure(e.Measure)
		case e.Goal != "":
			target = p.Goal(e.Goal)
		}
		if i, ok := at[target]; ok {
			s.index[i].more = append(s.index[i].more, newPassage(lang.FoundInNote, e.Period.String(), e.Note))
		}
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
			hit, ok := item.match(words)
			if !ok {
				continue
			}
			if item.row == nil {
				r := s.st.searchRow(item.target, s.width-2)
				item.row = &r
			}
			found := *item.row
			found.lines = slices.Clone(found.lines) // the list pads its rows in place
			if hit != nil {
				room := s.width - 2 - ansi.StringWidth(found.lines[1]+s.st.glyphs.sep)
				found.lines[1] = s.st.fit(found.lines[1]+s.st.styles.dim.Render(s.st.glyphs.sep+s.st.foundIn(hit, words, room)), s.width-2)
			}
			rows = append(rows, found)
		}
	}
	s.list.setRows(rows)
}

// match reports whether every word is in the item's id, title and owner
// or in one of its passages, and the first passage that has a word the
// title lacks (nil when the title has them all).
func (it *searchable) match(words []string) (*passage, bool) {
	var hit *passage
	for _, w := range words {
		if strings.Contains(it.text, w) {
			continue
		}
		found := false
		for i := range it.more {
			if strings.Contains(it.more[i].folded, w) {
				if hit == nil {
					hit = &it.more[i]
				}
				found = true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return hit, true
}

// foundIn says where a passage matched: "i en note (2025-Q4): Kampagnen i
// alt"; where the whole passage is wider than room, from a little before
// the first word that matched.
func (s *state) foundIn(p *passage, words []string, room int) string {
	say := func(text string) string {
		if p.where == lang.FoundInNote {
			return s.lang.T(p.where, p.of, text)
		}
		return s.lang.T(p.where, text)
	}
	if whole := say(p.text); ansi.StringWidth(whole) <= room {
		return whole
	}
	start := 0
	for i, w := range p.words {
		if slices.ContainsFunc(words, func(q string) bool { return strings.Contains(w, q) }) {
			start = max(0, i-3)
			break
		}
	}
	if start == 0 {
		return say(p.text)
	}
	return say(s.glyphs.ellipsis + strings.Join(strings.Fields(p.text)[start:], " "))
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
		id, title, where = t.ID, t.Title, l.T(lang.StrategyLabel)+s.glyphs.sep+l.IDs(t.GoalIDs)
	case *model.Initiative:
		id, title, where = t.ID, t.Title, l.T(lang.InitiativeLabel)
		if t.Strategy != nil {
			where += s.glyphs.sep + t.Strategy.ID
		}
		if t.Owner != "" {
			where += s.glyphs.sep + s.plan().OwnerName(t.Owner)
		}
	case *model.Measure:
		id, title, where = t.ID, t.Title, l.T(lang.MeasureLabel)+parentText(t, s.glyphs.sep, l)
	}
	return row{target: target, id: id, lines: []string{
		s.fit(padRight(id, 4)+" "+title, width),
		s.fit("    "+s.styles.dim.Render(where), width),
	}}
}
