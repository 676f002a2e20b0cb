package tui

import (
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/report"
)

// reportMsg says where the report was written, or why it was not.
type reportMsg struct {
	path string
	err  error
}

// writeReport writes the committee's report (HTML, for printing) for the
// as-of period next to the plan file; for the built-in example, in the
// current folder.
func writeReport(st *state) tea.Cmd {
	snap, l := st.snap, st.lang
	dir := filepath.Dir(st.loaded.PlanPath)
	if st.loaded.Example {
		dir = "."
	}
	path := filepath.Join(dir, l.T(lang.ReportFile, snap.View.AsOf))
	return func() tea.Msg {
		err := report.WriteFile(path, snap, report.HTMLFormat, report.Options{Lang: l, Made: time.Now(), Changes: report.SinceLastMeeting(snap)})
		return reportMsg{path, err}
	}
}
