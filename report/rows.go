package report

import (
	"html/template"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// measureRow is one measure as every report format shows it, in the
// language's words and number formats: its verdict, and what a table needs.
type measureRow struct {
	Verdict
	Goal, ID, Title, Unit string
	Reference, Progress   string
	Difference            string // "+0,6 procentpoint": a relative measure's figure less its reference
	Milestones            string // "2022: mindst 65 % – nået (66 % i 4. kvartal 2022); 2023: ..."
	Note                  string
	Fraction              float64 // the progress for a bar, 0 to 1
	Scored                bool
	TrackKey              string // for a CSS class: met, on-track, at-risk, ...
	Status                *model.MeasureStatus
}

func rowOf(g *model.Goal, ms *model.MeasureStatus, l lang.Lang) measureRow {
	m := ms.Measure
	r := measureRow{Verdict: VerdictOf(ms, l), Goal: g.ID, ID: m.ID, Title: m.Title, Unit: m.Unit,
		TrackKey: ms.Track.String(), Scored: ms.Track.Scored(), Status: ms}
	if shared := l.SharedNote(m); shared != "" { // under each goal its strategy serves: said where it stands
		r.Title += " (" + shared + ")"
	}
	if ms.Latest != nil {
		if m.Relative() {
			r.Reference = r.Verdict.Reference
			r.Difference = signed(ms.Value, "pp", l)
			if m.Target != nil && m.Target.Kind.AgainstOthers() { // a ratio's figure is in per cent, a rank's a place
				r.Difference = ComparedValue(m, ms.Value, l)
			}
		}
		r.Note = ms.Latest.Note
	}
	if r.Scored {
		r.Progress = l.Percent(ms.Progress)
		r.Fraction = model.Clamp01(ms.Progress)
	}
	r.Milestones = MilestonesText(ms, l)
	return r
}

// signed is a difference with its sign: "+0,6 procentpoint", "-1,2 procentpoint".
func signed(v float64, unit string, l lang.Lang) string {
	text := l.Value(v, unit)
	if l.Number(v) != "0" && !strings.HasPrefix(text, "-") {
		text = "+" + text
	}
	return text
}

// MilestonesText lists a measure's milestones, each passed one with
// whether the figure for it reached it: "2022: mindst 65 % – nået (66 % i
// 4. kvartal 2022); 2023: mindst 68 %".
func MilestonesText(ms *model.MeasureStatus, l lang.Lang) string {
	m := ms.Measure
	var parts []string
	for i := range m.Milestones {
		c := &m.Milestones[i]
		text := when(c.Date, l) + ": " + bound(m, c, l)
		for _, check := range ms.Milestones {
			if check.Milestone.Date != c.Date {
				continue
			}
			key := lang.MilestoneNotReached
			switch {
			case !check.Judged:
				text += " – " + l.T(lang.MilestoneNoFigure)
				continue
			case check.Met:
				key = lang.MilestoneReached
			}
			text += " – " + l.T(key, l.Value(check.Actual, m.Unit), l.Period(check.Period))
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, "; ")
}

// ReferenceCell is a relative measure's reference figure and the
// difference, so both figures and what the target judges sit together:
// "Landsgennemsnit 11,2 % · forskel +0,6 procentpoint".
func (r measureRow) ReferenceCell(l lang.Lang) string {
	if r.Reference == "" {
		return ""
	}
	return r.Reference + " · " + l.T(lang.DifferenceIs, r.Difference)
}

// BaselineCell is the baseline with its label where it is the first figure:
// "Første tal: 30 % (2022-Q1)"; a table's column says "Udgangspunkt".
func (r measureRow) BaselineCell() string {
	if r.Baseline != "" && r.Status.BaselineIsFirst {
		return r.BaselineLabel + ": " + r.Baseline
	}
	return r.Baseline
}

// TrackCell is the track's word and what qualifies it: "overskredet ·
// overskredet i 2023-Q2", "i risiko · delmål 2022 ikke nået: 8,6 %, højst 8 %".
func (r measureRow) TrackCell() string {
	return strings.Join(nonEmpty(r.Track, r.Breach, r.Milestone), " · ")
}

// NoteCell is the pending mark with its note, and the latest figure's note.
func (r measureRow) NoteCell() string {
	return strings.Join(nonEmpty(r.Pending, r.Note), " · ")
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// initiativeRow is one initiative with its latest state.
type initiativeRow struct {
	ID, Title, Strategy, State, Period, Due, Note string
	StateKey                                      string
	Overdue                                       bool // forsinket: said in State
	Owner                                         string
	DueText                                       string // "frist 31. december 2026"
	// Money is its budget and spending ("120.000 af 250.000 kr. brugt ·
	// 130.000 kr. tilbage"); Budget and Spent the two alone, for columns;
	// SpentShare the part of the budget spent, for a bar (Budgeted).
	Money, Budget, Spent string
	SpentShare           float64
	Budgeted             bool
	Width                template.CSS // SpentShare as a bar's width
}

func initiativeRows(s *model.Snapshot, l lang.Lang) []initiativeRow {
	var rows []initiativeRow
	for _, in := range s.Plan.Initiatives() {
		rows = append(rows, initiativeRowOf(s, in, l, " · "))
	}
	return rows
}

// initiativeRowOf is an initiative as the papers show it.
func initiativeRowOf(s *model.Snapshot, in *model.Initiative, l lang.Lang, sep string) initiativeRow {
	st := s.Initiative(in)
	r := initiativeRow{ID: in.ID, Title: in.Title, Strategy: in.Strategy.ID, State: l.State(st.State), StateKey: string(st.State)}
	if st.Entry != nil {
		r.Period, r.Note = l.Period(st.Entry.Period), st.Entry.Note
	}
	if !in.Due.IsZero() {
		r.Due = l.Date(in.Due)
		r.DueText = l.T(lang.DueOn, r.Due)
	}
	if st.Overdue { // "i gang · forsinket: frist 30. juni 2025"
		r.State = strings.TrimPrefix(r.State+sep+l.T(lang.OverdueSince, l.Date(in.Due)), sep)
		r.Overdue = true
	}
	if r.StateKey == "" {
		r.StateKey = "none"
	}
	if in.Owner != "" {
		r.Owner = s.Plan.OwnerName(in.Owner)
	}
	if st.Entry != nil && st.Entry.Revised != "" { // a state recorded after its period was approved
		r.State += sep + l.T(lang.RevisedMark, st.Entry.Revised)
	}
	m := st.Money()
	r.Money = l.Money(m, sep)
	if st.SpentRevised != "" {
		r.Money += sep + l.T(lang.RevisedMark, st.SpentRevised)
	}
	if m.Budgeted > 0 {
		r.Budget, r.Budgeted = l.Kroner(m.Budget), true
		r.SpentShare = m.Spent / m.Budget
		r.Width = width(r.SpentShare)
	}
	if m.Recorded > 0 {
		r.Spent = l.Kroner(m.Spent)
	}
	return r
}

// fact is one labelled line of a measure's facts in a paper.
type fact struct{ Label, Text string }

// facts are what a committee reads about a measure, each where it applies:
// unit and direction, latest figure (its period and age), reference and
// difference, baseline, target, milestones, expected figure, progress,
// track, notes (a pending mark's included) and the explaining sentence.
func (r measureRow) facts(l lang.Lang) []fact {
	m := r.Status.Measure
	better := l.Better(m.Better)
	unit := better
	if m.Unit != "" {
		unit = l.UnitName(m.Unit) + " (" + better + ")"
	}
	candidates := []fact{
		{l.T(lang.Unit), unit},
		{l.T(lang.LatestFigure), r.Latest},
		{l.T(lang.Reference), r.ReferenceCell(l)},
		{r.BaselineLabel, r.Baseline},
		{l.T(lang.Target), r.Target},
		{l.T(lang.Milestones), r.Milestones},
		{l.T(lang.ExpectedNow), r.ExpectedValue},
		{l.T(lang.Progress), r.Progress},
		{l.T(lang.Track), r.TrackCell()},
		{l.T(lang.Notes), r.NoteCell()},
		{l.T(lang.Why), r.Why},
	}
	var out []fact
	for _, f := range candidates {
		if f.Text != "" {
			out = append(out, f)
		}
	}
	return out
}
