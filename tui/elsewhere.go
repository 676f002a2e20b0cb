package tui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// A plan kept in git in several places: the measure screen says when the
// figure shown has a rival recorded elsewhere for the same period, and how
// the target changed over the plan file's commits.

// rivalMark says that another place recorded a different figure for the
// period of the figure shown; "" when none did.
func (s *state) rivalMark(ms *model.MeasureStatus) string {
	if ms.Latest == nil {
		return ""
	}
	for _, r := range data.RivalsOf(s.plan(), ms.Measure) {
		if r.Shown == ms.Latest && s.elsewhere[r.Key()] {
			value := s.lang.T(lang.Pending)
			if r.Other.HasValue {
				value = s.lang.Value(r.Other.Value, ms.Measure.FigureUnit())
			}
			return s.lang.T(lang.RivalMark, value, r.Other.By, formatAt(r.Other))
		}
	}
	return ""
}

// alsoElsewhere is the watcher's look, which for a plan kept in git also
// looks in git for rival figures when the files changed since gen.
func alsoElsewhere(look tea.Cmd, gen uint64) tea.Cmd {
	return func() tea.Msg {
		msg := look().(refreshedMsg)
		if msg.snap.Gen != gen {
			msg.elsewhere = app.Elsewhere(msg.snap)
		}
		return msg
	}
}

// targetChanges are the commits that changed the measure's target, one line
// each: "mål ændret 15. januar 2023: mindst 75,3 % senest 2022-12-31 →
// mindst 75,3 % senest 2025-12-31".
func (s *state) targetChanges(m *model.Measure) []string {
	arrow := "→"
	if s.glyphs.rule == asciiGlyphs.rule {
		arrow = "->"
	}
	var lines []string
	for _, c := range s.targets[m.ID] {
		lines = append(lines, s.lang.T(lang.TargetChanged, s.lang.Date(model.DateOf(c.When)), s.targetText(c.Before), arrow, s.targetText(c.After)))
	}
	return lines
}

func (s *state) targetText(m *model.Measure) string {
	if m.Target == nil {
		return s.lang.T(lang.TrackNoTarget)
	}
	return report.TargetText(m, s.lang)
}
