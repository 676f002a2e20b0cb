package tui

import (
	"charm.land/bubbles/v2/progress"
	"charm.land/lipgloss/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/data/history"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// state is what every screen reads: the plan as loaded, its snapshot for
// the as-of period, and how to draw. The root owns it and rebuilds the
// snapshot when the data or the as-of period changes, never per frame.
type state struct {
	lang   lang.Lang
	glyphs glyphs
	styles styles
	loaded *data.Snapshot // the plan as the store last handed it out; never changed, only replaced
	store  *data.Store    // reads and writes the plan's files
	view   model.View
	snap   *model.Snapshot
	// verdicts are the measures' verdicts in words, made with the snapshot.
	verdicts map[*model.MeasureStatus]report.Verdict

	user     string // who records figures: the `by` of new entries
	readOnly bool   // nothing may be saved: --read-only, or no write permission
	badge    string // said in the header instead of the file

	targets   map[string][]history.Change // how each measure's target changed in git, by measure id
	elsewhere map[string]bool             // rival figures recorded in another place, by data.Rival.Key
}

func (s *state) plan() *model.Plan { return s.loaded.Plan }

// recompute works out the snapshot for the current view.
func (s *state) recompute() {
	s.snap = model.Compute(s.loaded.Plan, s.view)
	s.verdicts = make(map[*model.MeasureStatus]report.Verdict, len(s.loaded.Plan.Measures))
	for _, m := range s.loaded.Plan.Measures {
		ms := s.snap.Measure(m)
		s.verdicts[ms] = report.VerdictOf(ms, s.lang)
	}
}

// verdict is a measure's verdict in the words every view uses.
func (s *state) verdict(ms *model.MeasureStatus) report.Verdict { return s.verdicts[ms] }

// bar draws a progress bar in the track's colour; the percentage and the
// track's word always stand beside it.
func (s *state) bar(fraction float64, t model.Track, width int) string {
	if width < 1 {
		return ""
	}
	full, empty := []rune(s.glyphs.barFull)[0], []rune(s.glyphs.barEmpty)[0]
	b := progress.New(progress.WithWidth(width), progress.WithoutPercentage(),
		progress.WithFillCharacters(full, empty), progress.WithColors(s.styles.track[t].GetForeground()))
	b.EmptyColor = s.styles.barEmpty
	return b.ViewAs(model.Clamp01(fraction))
}

// trackWord is the track as a coloured word.
func (s *state) trackWord(t model.Track) string {
	return s.styles.track[t].Render(s.lang.Track(t))
}

// percent is the progress in whole percent, padded to line up in columns.
func (s *state) percent(fraction float64) string {
	return lipgloss.NewStyle().Width(5).Align(lipgloss.Right).Render(s.lang.Percent(fraction))
}

// latestText says a measure's latest figure and its period: "89,2 %
// (2026-Q3)", "270 antal (tal fra 2023-05)" when stale.
func (s *state) latestText(ms *model.MeasureStatus) string { return s.verdict(ms).Latest }
