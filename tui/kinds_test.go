package tui

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// The plan with every kind of target and every track, shared with the
// report tests; as of its last quarter, which is also what a run of
// `beskplan --plan report/testdata/kinds` shows today.
const kindsDir = "../report/testdata/kinds"

var kindsAsOf = model.MustPeriod("2023-Q4")

func kinds(t testing.TB) *data.Loaded {
	t.Helper()
	l, err := data.Load(data.Locate(kindsDir))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func kindsModel(t testing.TB, w, h int) tea.Model {
	var m tea.Model = New(kinds(t), Options{Lang: lang.Da, View: model.View{AsOf: kindsAsOf}, ReadOnly: true})
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// goalKeys are the keys that open the i-th goal of the overview.
func goalKeys(i int) []string {
	return append(repeat("j", i), "enter")
}

// measureKeys are the keys that open a measure from the overview: its
// goal, then its row on the goal's screen (strategies first, each with its
// measures, then the goal's own measures, as goalScreen lists them).
func measureKeys(s *model.Snapshot, m *model.Measure) []string {
	for gi, g := range s.Goals {
		row := 0
		for _, st := range g.Goal.Strategies {
			row++
			for _, sm := range st.Measures {
				if sm == m {
					return append(append(goalKeys(gi), repeat("j", row)...), "enter")
				}
				row++
			}
		}
		for _, gm := range g.Goal.Measures {
			if gm.Strategy != nil {
				continue
			}
			if gm == m {
				return append(append(goalKeys(gi), repeat("j", row)...), "enter")
			}
			row++
		}
	}
	return nil
}

func repeat(k string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = k
	}
	return out
}

func TestKindsScreens(t *testing.T) {
	loaded := kinds(t)
	snap := model.Compute(loaded.Plan, model.View{AsOf: kindsAsOf})
	flows := map[string][]string{"overview": nil}
	for i, g := range snap.Goals {
		flows["goal_"+g.Goal.ID] = goalKeys(i)
	}
	for _, id := range []string{"MIL", "STALE", "LIMB", "CHG", "DDN", "STR", "NOTGT", "EXP", "RNG", "ASM", "ASX", "AWT"} {
		flows["measure_"+id] = measureKeys(snap, loaded.Plan.Measure(id))
	}
	for name, keys := range flows {
		t.Run(name, func(t *testing.T) {
			s := seen(press(kindsModel(t, 80, 24), keys...))
			fits(t, s, 80, 24)
			golden.RequireEqual(t, s)
		})
	}
}

// TestEveryViewSaysTheSameTrack reads each measure's track word where every
// view shows it (the TUI's goal and measure screens at 80x24, status, and
// the Markdown, HTML and CSV reports) and checks they all say the
// model's verdict, over a plan that has every track.
func TestEveryViewSaysTheSameTrack(t *testing.T) {
	loaded := kinds(t)
	l := lang.Da
	snap := model.Compute(loaded.Plan, model.View{AsOf: kindsAsOf})
	o := report.Options{Lang: l, Made: time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)}
	var status, md, html, csvOut bytes.Buffer
	for _, w := range []struct {
		buf   *bytes.Buffer
		write func() error
	}{
		{&status, func() error { return report.Status(&status, snap, o) }},
		{&md, func() error { return report.Markdown(&md, snap, o) }},
		{&html, func() error { return report.HTML(&html, snap, o) }},
		{&csvOut, func() error { return report.CSV(&csvOut, snap, o) }},
	} {
		if err := w.write(); err != nil {
			t.Fatal(err)
		}
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(csvOut.Bytes(), []byte("\ufeff"))))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	csvTrack := map[string]string{}
	for _, row := range rows[1:] {
		csvTrack[row[1]] = row[13]
	}

	seenTracks := map[model.Track]bool{}
	for _, m := range loaded.Plan.Measures {
		ms := snap.Measure(m)
		seenTracks[ms.Track] = true
		word := report.TrackText(ms, l) // "beregnet: på rette spor · vurderet: ikke opfyldt" where they disagree
		views := map[string]string{
			"goal screen":    lineAfter(seen(press(kindsModel(t, 80, 24), measureKeys(snap, m)[:len(measureKeys(snap, m))-1]...)), padRight(m.ID, 4)+" "+m.Title),
			"measure screen": lineStarting(seen(press(kindsModel(t, 80, 24), measureKeys(snap, m)...)), l.T(lang.Progress)),
			"status":         lineAfter(status.String(), padRight(m.ID, 4)+" "+m.Title),
			"md":             lineStarting(md.String(), "| "+m.ID+" "),
			"html":           lineContaining(html.String(), `<span class="id">`+m.ID+`</span>`),
			"csv":            csvTrack[m.ID],
		}
		says := map[string]func(string) bool{
			"goal screen":    func(s string) bool { return strings.Contains(s, "  "+word+" · ") },
			"measure screen": func(s string) bool { return strings.Contains(s+" ", "  "+word+" ") },
			"status":         func(s string) bool { return strings.Contains(s+" ", " · "+word+" ") },
			"md": func(s string) bool {
				return strings.Contains(s, "| "+word+" |") || strings.Contains(s, "| "+word+" · ")
			},
			"html": func(s string) bool {
				// Both verdicts stand on lines of their own in the table.
				s = strings.ReplaceAll(s, `</span> ·<br /><span class="track">`, " · ")
				return strings.Contains(s, `<span class="track">`+word+`</span>`)
			},
			"csv": func(s string) bool { return s == word },
		}
		for view, text := range views {
			if !says[view](text) {
				t.Errorf("%s: the %s must say %q: %q", m.ID, view, word, text)
			}
		}
	}
	for _, tr := range model.Tracks {
		if !seenTracks[tr] {
			t.Errorf("the kinds plan has no measure %s; it must have every track", tr)
		}
	}
}

// lineAfter is the line after the first line that contains marker.
func lineAfter(text, marker string) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		if strings.Contains(line, marker) && i+1 < len(lines) {
			return lines[i+1]
		}
	}
	return ""
}

func lineStarting(text, prefix string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	return ""
}

func lineContaining(text, marker string) string {
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, marker) {
			return line
		}
	}
	return ""
}

// TestOverviewShowsEveryTrackCount: a goal's counts name every track of
// its measures; in a narrow window the bar gives way to them.
func TestOverviewShowsEveryTrackCount(t *testing.T) {
	screen := seen(kindsModel(t, 60, 24))
	snap := model.Compute(kinds(t).Plan, model.View{AsOf: kindsAsOf})
	for _, g := range snap.Goals {
		counts := lang.Da.Counts(g.Counts, " · ")
		if line := lineContaining(screen, counts); line == "" {
			t.Errorf("%s: the overview does not show %q:\n%s", g.Goal.ID, counts, screen)
		}
	}
}

// TestPercentFarBehindStaysOnOneLine: a figure that moved the wrong way
// has a progress below −100 %, which is wider than the column; a row
// must not wrap it onto a line of its own ("-173" / "%").
func TestPercentFarBehindStaysOnOneLine(t *testing.T) {
	st := kindsModel(t, 80, 24).(Model).st
	for _, f := range []float64{-1.73, -12.5, 0.42, 1} {
		if got := st.percent(f); strings.Contains(got, "\n") || !strings.HasSuffix(got, "%") {
			t.Errorf("percent(%v) = %q", f, got)
		}
	}
}
