package tui

import (
	"strings"
	"time"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/data/history"
	"github.com/beskplan/beskplan/internal/chart"
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
	keys   *keyMap        // every key of the program, one map for every screen
	loaded *data.Snapshot // the plan as the store last handed it out; never changed, only replaced
	store  *data.Store    // reads and writes the plan's files
	view   model.View
	snap   *model.Snapshot
	// verdicts are the measures' verdicts in words, made with the snapshot.
	verdicts map[*model.MeasureStatus]report.Verdict
	shown    *app.Shown // the snapshot's own: also where measures stand among other areas
	app      *app.Plan  // the opened plan: its store, its history in git, its views

	user     string // who records figures: the `by` of new entries
	readOnly bool   // nothing may be saved: --read-only, or no write permission
	badge    string // said in the header instead of the file
	now      func() time.Time
	// nextMeeting is what is next in the committee's cycle, said where a
	// key has nothing to say (see flashLine); made with the snapshot.
	nextMeeting string

	targets   map[string][]history.Change // how each measure's target changed in git, by measure id
	elsewhere map[string]bool             // rival figures recorded in another place, by data.Rival.Key
}

func (s *state) plan() *model.Plan { return s.loaded.Plan }

// recompute works out the snapshot for the current view, or takes it from
// another view of the same plan that worked it out already (app.Shown).
func (s *state) recompute() {
	s.shown = s.app.Shown(s.loaded.Plan, s.view, s.lang)
	s.snap, s.verdicts = s.shown.Snap, s.shown.Verdicts
	s.nextMeeting = report.NextMeeting(s.snap, model.DateOf(s.now()), s.lang)
}

// verdict is a measure's verdict in the words every view uses.
func (s *state) verdict(ms *model.MeasureStatus) report.Verdict { return s.verdicts[ms] }

// bar draws a progress bar in the track's colour; the percentage and the
// track's word always stand beside it.
func (s *state) bar(fraction float64, t model.Track, width int) string {
	if width < 1 {
		return ""
	}
	g := s.glyphs.chart
	full := chart.Filled(fraction, width)
	return s.styles.bar[t].Render(strings.Repeat(g.Full, full)) + s.styles.barRest.Render(strings.Repeat(g.Empty, width-full))
}

// measureTrack is a measure's track in words, both where people's verdict
// and the figures' disagree: "beregnet: bagud · vurderet: opfyldt".
func (s *state) measureTrack(ms *model.MeasureStatus) string {
	return s.styles.track[ms.Track].Render(s.verdict(ms).Track)
}

// percent is the progress in whole percent, padded to line up in columns;
// a progress far behind ("-173 %") is wider, never wrapped.
func (s *state) percent(fraction float64) string { return padLeft(s.lang.Percent(fraction), 5) }

// latestText says a measure's latest figure and its period: "89,2 %
// (2026-Q3)", "270 antal (tal fra 2023-05)" when stale.
func (s *state) latestText(ms *model.MeasureStatus) string { return s.verdict(ms).Latest }
