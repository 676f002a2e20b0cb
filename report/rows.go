package report

import (
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
	if ms.Latest != nil {
		if m.Relative() {
			r.Reference = m.Reference + " " + l.Value(ms.Latest.Reference, m.FigureUnit())
		}
		r.Note = ms.Latest.Note
	}
	if r.Scored {
		r.Progress = l.Percent(ms.Progress)
		r.Fraction = model.Clamp01(ms.Progress)
	}
	return r
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
}

func initiativeRows(s *model.Snapshot, l lang.Lang) []initiativeRow {
	var rows []initiativeRow
	for _, in := range s.Plan.Initiatives() {
		st := s.Initiative(in)
		r := initiativeRow{ID: in.ID, Title: in.Title, Strategy: in.Strategy.ID, State: l.State(st.State), StateKey: string(st.State)}
		if st.Entry != nil {
			r.Period, r.Note = st.Entry.Period.String(), st.Entry.Note
		}
		if !in.Due.IsZero() {
			r.Due = in.Due.String()
		}
		if r.StateKey == "" {
			r.StateKey = "none"
		}
		rows = append(rows, r)
	}
	return rows
}
