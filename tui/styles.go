package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"

	"github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/model"
)

// glyphs are the characters the screens draw with: Unicode where the
// terminal can show it, ASCII where it cannot (a non-UTF-8 locale, --ascii).
type glyphs struct {
	chart             chart.Glyphs // bars and sparklines, as the reports draw them
	sep, bullet, dash string
	cursor, up, down  string
	ellipsis, rule    string
	crumb, divider    string // between the parts of the breadcrumb; between the panes
}

var unicodeGlyphs = glyphs{
	chart: chart.Unicode,
	sep:   " · ", bullet: "•", dash: "–",
	cursor: "▌", up: "↑", down: "↓", ellipsis: "…", rule: "─", crumb: " › ", divider: "│",
}

var asciiGlyphs = glyphs{
	chart: chart.ASCII,
	sep:   " | ", bullet: "*", dash: "-",
	cursor: ">", up: "up", down: "dn", ellipsis: "...", rule: "-", crumb: " > ", divider: "|",
}

// styles is every colour and emphasis of the program, in one place. Each
// status is shown as a word first; the colour only helps.
type styles struct {
	header, crumb, title, dim, label, selected, note, problem, notice lipgloss.Style
	own                                                               lipgloss.Style // a measure's own line beside its group's, which is dim
	track                                                             map[model.Track]lipgloss.Style
	bar                                                               map[model.Track]lipgloss.Style // a bar's filled part: the track's colour, never bold
	barRest                                                           lipgloss.Style                 // a bar's empty part
	spent, overspent                                                  lipgloss.Style                 // a bar of money spent against a budget, within it and over it
	help                                                              help.Styles
}

// newStyles picks colours readable on the terminal's background; the
// program downsamples them to what the terminal can show, or to none.
func newStyles(isDark bool) styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#005F87"), lipgloss.Color("#5FD7FF"))
	faint := ld(lipgloss.Color("#6C6C6C"), lipgloss.Color("#9E9E9E"))
	green := ld(lipgloss.Color("#008700"), lipgloss.Color("#5FD75F"))
	yellow := ld(lipgloss.Color("#AF5F00"), lipgloss.Color("#FFD75F"))
	red := ld(lipgloss.Color("#AF0000"), lipgloss.Color("#FF5F5F"))
	blue := ld(lipgloss.Color("#005FAF"), lipgloss.Color("#87AFFF"))
	fg := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	s := styles{
		header:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		crumb:    fg(faint),
		title:    lipgloss.NewStyle().Bold(true),
		dim:      fg(faint),
		label:    fg(faint),
		selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		note:     lipgloss.NewStyle().Italic(true).Foreground(faint),
		problem:  lipgloss.NewStyle().Bold(true).Foreground(red),
		notice:   fg(blue),
		own:      fg(accent),
		track: map[model.Track]lipgloss.Style{
			model.Met:      fg(green).Bold(true),
			model.OnTrack:  fg(green),
			model.AtRisk:   fg(yellow),
			model.OffTrack: fg(red),
			model.Pending:  fg(blue),
			model.NoData:   fg(faint),
			model.NoTarget: fg(faint),
			model.Missed:   fg(red).Bold(true),
			model.Held:     fg(green),
			model.Breached: fg(red).Bold(true),
			model.Followed: fg(faint),
			model.Awaiting: fg(blue),
			// people's verdicts: the colours of their words, never bold (no computed verdict)
			model.AssessedMetTrack:    fg(green).Italic(true),
			model.AssessedPartlyTrack: fg(yellow).Italic(true),
			model.AssessedMissedTrack: fg(red).Italic(true),
		},
		barRest: fg(faint),
		help:    help.DefaultStyles(isDark),
	}
	s.spent, s.overspent = fg(blue), fg(red)
	s.bar = make(map[model.Track]lipgloss.Style, len(s.track))
	for t, style := range s.track {
		s.bar[t] = fg(style.GetForeground())
	}
	return s
}
