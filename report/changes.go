package report

import (
	"slices"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// ChangeGroup is one kind of change since the last meeting, with its lines.
type ChangeGroup struct {
	Title string
	Lines []ChangeLine
}

// ChangeLine is one change: what it is about, and what changed
// ("i risiko → bagud", "1.971 → 1.964 for 2. kvartal 2026").
type ChangeLine struct {
	ID, Title, Text string
}

// SinceLastMeeting is what changed since the meeting before the
// snapshot's as-of period (the period before it in the plan's cadence).
func SinceLastMeeting(s *model.Snapshot) *model.Changes {
	if then, ok := model.LastMeetingView(s.Plan, s.View); ok { // the plan's own meetings
		c := model.ChangesBetween(model.Compute(s.Plan, then), s)
		return &c
	}
	c := model.ChangesSince(s, model.PreviousMeeting(s.Plan.Cadence, s.View.AsOf))
	return &c
}

// historyLines is how many new figures for older periods are listed one
// by one; more are a history typed in, said in one line.
const historyLines = 3

// ChangesTitle heads the changes: "Ændringer siden 2. kvartal 2026".
func ChangesTitle(c *model.Changes, l lang.Lang) string {
	return l.T(lang.ChangesSince, l.Period(c.Then.AsOf))
}

// ChangeGroups says the changes since the last meeting in words, the
// groups in the order a manager reads them; an empty kind is left out.
func ChangeGroups(c *model.Changes, l lang.Lang) []ChangeGroup {
	var groups []ChangeGroup
	add := func(key lang.Key, lines []ChangeLine) {
		if len(lines) > 0 {
			groups = append(groups, ChangeGroup{l.T(key), lines})
		}
	}
	var lines []ChangeLine
	for _, t := range c.Tracks {
		lines = append(lines, ChangeLine{t.Measure.ID, t.Measure.Title, l.Track(t.From) + " → " + l.Track(t.To)})
	}
	add(lang.ChangedTracks, lines)
	lines = nil
	news := c.New
	if len(c.History) <= historyLines {
		news = append(slices.Clip(news), c.History...)
	}
	for _, f := range news {
		lines = append(lines, ChangeLine{f.Measure.ID, f.Measure.Title, revisedAfter(l.T(lang.FigureFor, figureText(f.Measure, f.Entry, l), l.Period(f.Entry.Period)), f.Entry, l)})
	}
	if n := len(c.History); n > historyLines {
		lines = append(lines, ChangeLine{Text: l.T(lang.HistoryTyped, l.Number(float64(n)), l.Period(c.Then.AsOf))})
	}
	add(lang.NewFigures, lines)
	lines = nil
	for _, r := range c.Revised {
		text := figureText(r.Measure, r.Was, l) + " → " + figureText(r.Measure, r.Now, l)
		lines = append(lines, ChangeLine{r.Measure.ID, r.Measure.Title, revisedAfter(l.T(lang.FigureFor, text, l.Period(r.Now.Period)), r.Now, l)})
	}
	add(lang.RevisedFigures, lines)
	lines = nil
	for _, s := range c.Initiatives {
		lines = append(lines, ChangeLine{s.Initiative.ID, s.Initiative.Title, l.State(s.From) + " → " + l.State(s.To)})
	}
	add(lang.ChangedStates, lines)
	return groups
}

// revisedAfter is a change's text with the mark of a figure revised
// after an approval: "… (revideret efter godkendelse: grund)".
func revisedAfter(text string, e *model.Entry, l lang.Lang) string {
	if mark := RevisedText(e, l); mark != "" {
		return text + " (" + mark + ")"
	}
	return text
}

// NoChanges says that nothing changed since the meeting.
func NoChanges(c *model.Changes, l lang.Lang) string {
	return l.T(lang.NothingChanged, l.Period(c.Then.AsOf))
}

// figureText is a figure in its unit, with the reference where the
// measure has one: "47,1 % (Landsgennemsnit 43,2 %)".
func figureText(m *model.Measure, e *model.Entry, l lang.Lang) string {
	text := l.Value(e.Value, m.FigureUnit())
	if e.HasRef {
		text += " (" + m.Reference + " " + l.Value(e.Reference, m.FigureUnit()) + ")"
	}
	return text
}

// changesOf is what changed about one measure or initiative, in one line
// for a spreadsheet's column: "Nyt spor: i risiko → bagud; Nye tal: 82 % for 3. kvartal 2026".
func changesOf(groups []ChangeGroup, id string) string {
	var parts []string
	for _, g := range groups {
		for _, line := range g.Lines {
			if line.ID == id {
				parts = append(parts, g.Title+": "+line.Text)
			}
		}
	}
	return strings.Join(parts, "; ")
}
