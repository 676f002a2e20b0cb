package tui

import (
	"errors"
	"strings"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// assessScreen writes a goal's vurdering for the as-of period in a
// multi-line editor, opened with the one that counts; ctrl+s saves it as
// every front end saves (app.Plan.Save), esc asks before it drops what
// was typed.
type assessScreen struct {
	st        *state
	goal      *model.Goal
	period    model.Period
	current   *model.Entry // the vurdering that counts now, or nil
	area      textarea.Model
	opened    string // the text the editor opened with
	saving    bool
	problem   string
	askedDrop bool // esc was pressed once with unsaved text
	askedQuit bool // ctrl+c likewise
	width     int
	height    int
}

func newAssessScreen(st *state, g *model.Goal) *assessScreen {
	s := &assessScreen{st: st, goal: g, period: st.view.AsOf, current: st.plan().Written(g.ID, st.view.AsOf)}
	s.area = textarea.New()
	s.area.ShowLineNumbers = false
	s.area.CharLimit = data.MaxWritten
	s.area.Prompt = st.glyphs.divider + " "
	styles := s.area.Styles()
	styles.Cursor.Blink = false // as the form's fields: no redraws over a slow line
	s.area.SetStyles(styles)
	if s.current != nil {
		s.opened = s.current.Vurdering
		s.area.SetValue(s.opened)
	}
	s.area.Focus()
	return s
}

func (s *assessScreen) crumb() string   { return s.st.lang.T(lang.VurderingHead) }
func (s *assessScreen) capturing() bool { return true }
func (s *assessScreen) selection() any  { return nil }
func (s *assessScreen) refresh()        {}

func (s *assessScreen) resize(width, height int) {
	s.width, s.height = width, height
	s.area.SetWidth(max(10, width))
	s.area.SetHeight(max(3, height-6))
}

// dirty reports whether the text differs from the one it opened with.
func (s *assessScreen) dirty() bool { return s.area.Value() != s.opened }

func (s *assessScreen) update(msg tea.Msg) tea.Cmd {
	k, isKey := msg.(tea.KeyPressMsg)
	if isKey && s.saving {
		return nil
	}
	if isKey {
		s.askedDrop, s.askedQuit = false, false
		if pressed(k, s.st.keys.SaveText) {
			return s.save()
		}
		s.problem = ""
	}
	var cmd tea.Cmd
	s.area, cmd = s.area.Update(msg)
	return cmd
}

// save reads the text as every entry path does (data.ReadTyped) and has
// the plan save it, or says what is wrong.
func (s *assessScreen) save() tea.Cmd {
	typed := data.Typed{Measure: s.goal.ID, Period: s.period.String(), Vurdering: s.area.Value()}
	e, err := data.ReadTyped(s.st.plan(), typed)
	var ie *data.InputError
	switch {
	case errors.As(err, &ie):
		s.problem = ie.Message(s.st.lang)
		return nil
	case err != nil:
		s.problem = err.Error()
		return nil
	}
	s.saving = true
	return saveEntries(s.st, []model.Entry{e})
}

// failed shows why the save failed; the text stays.
func (s *assessScreen) failed(msg string) { s.saving, s.problem = false, msg }

// askDrop reports whether esc should ask first, and asks: the first esc
// with unsaved text asks, the second leaves.
func (s *assessScreen) askDrop() bool {
	if !s.dirty() || s.askedDrop {
		return false
	}
	s.askedDrop, s.problem = true, s.st.lang.T(lang.AssessDropAsk)
	return true
}

// askQuit is askDrop for ctrl+c.
func (s *assessScreen) askQuit() bool {
	if !s.dirty() || s.askedQuit {
		return false
	}
	s.askedQuit, s.problem = true, s.st.lang.T(lang.FormQuitAsk)
	return true
}

func (s *assessScreen) view() string {
	st, l := s.st, s.st.lang
	var b strings.Builder
	b.WriteString(st.styles.title.Render(st.fit(l.T(lang.AssessTitle, s.goal.ID, l.Period(s.period)), s.width)) + "\n")
	b.WriteString(st.fit(s.goal.Title, s.width) + "\n")
	about := l.T(lang.AssessNone, l.Period(s.period))
	if e := s.current; e != nil {
		about = report.WrittenHead(e, l)
		if e.By != "" && !e.At.IsZero() {
			about = l.T(lang.AssessCurrent, e.By, l.Day(e.At))
		}
	}
	b.WriteString(st.styles.dim.Render(st.fit(about, s.width)) + "\n\n")
	b.WriteString(s.area.View() + "\n\n")
	switch {
	case s.saving:
		b.WriteString(st.styles.notice.Render(l.T(lang.Saving)))
	case s.problem != "":
		b.WriteString(st.styles.problem.Render(st.fit(s.problem, s.width)))
	default:
		b.WriteString(st.styles.dim.Render(st.fit(l.T(lang.AssessSaveHint), s.width)))
	}
	return padLines(b.String(), s.width)
}

// vurderingLines is the goal's vurdering for the as-of period under its
// head, "Vurdering (anne, 3. nov 2026): …", wrapped to the width in at
// most lines lines after the indent, the last cut with an ellipsis; ""
// when there is none.
func (s *state) vurderingLines(g *model.Goal, indent string, width, lines int) string {
	width -= ansi.StringWidth(indent)
	e := s.plan().Written(g.ID, s.view.AsOf)
	if e == nil || e.Vurdering == "" || lines < 1 {
		return ""
	}
	text := report.WrittenHead(e, s.lang) + ": " + strings.Join(strings.Fields(e.Vurdering), " ")
	wrapped := strings.Split(wrap(text, max(1, width)), "\n")
	if len(wrapped) > lines {
		wrapped = wrapped[:lines]
		last, dots := strings.TrimRight(wrapped[lines-1], " "), s.glyphs.ellipsis
		wrapped[lines-1] = ansi.Truncate(last, max(0, width-ansi.StringWidth(dots)), "") + dots
	}
	for i := range wrapped {
		wrapped[i] = indent + strings.TrimRight(wrapped[i], " ")
	}
	return strings.Join(wrapped, "\n")
}
