package report

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// measureRow is one measure as every report format shows it, in the
// language's words and number formats.
type measureRow struct {
	Goal, ID, Title, Unit           string
	Baseline, Target, Latest        string
	Reference, Progress, Track      string
	Note                            string
	Fraction                        float64 // the progress for a bar, 0 to 1
	Scored                          bool
	TrackKey                        string // for a CSS class: met, on-track, at-risk, ...
	Status                          *model.MeasureStatus
	BaselineValue, TargetValue      float64
	HasBaseline, HasTarget, HasData bool
}

func rowOf(g *model.Goal, ms *model.MeasureStatus, l lang.Lang) measureRow {
	m := ms.Measure
	r := measureRow{Goal: g.ID, ID: m.ID, Title: m.Title, Unit: m.Unit, Track: l.Track(ms.Track), TrackKey: ms.Track.String(),
		Status: ms, Scored: ms.Track.Scored(), HasData: ms.Latest != nil}
	if m.Baseline != nil || ms.Latest != nil {
		r.Baseline = l.Value(ms.Baseline.Value, m.Unit) + " (" + ms.Baseline.Date.String() + ")"
		r.BaselineValue, r.HasBaseline = ms.Baseline.Value, true
	}
	if m.Target != nil {
		r.Target = TargetText(m, l)
		r.TargetValue, r.HasTarget = m.Target.Value, true
	}
	if ms.Latest != nil {
		r.Latest = l.Value(ms.Latest.Value, m.FigureUnit()) + " (" + ms.Latest.Period.String() + ")"
		if ms.Revised {
			r.Latest += ", " + l.T(lang.Revised)
		}
		if m.Relative() {
			r.Reference = m.Reference + " " + l.Value(ms.Latest.Reference, m.FigureUnit())
		}
		r.Note = ms.Latest.Note
	} else {
		r.Latest = l.T(lang.NoFigure)
	}
	if r.Scored {
		r.Progress = l.Percent(ms.Progress)
		r.Fraction = model.Clamp01(ms.Progress)
	}
	return r
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
