package tui

import (
	"errors"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// hashEvery is how often the files' sums are taken even when stat says
// nothing changed: coarse timestamps miss a same-size edit.
const hashEvery = 30 * time.Second

// watchMsg is the result of one look at the files.
type watchMsg struct{ stamp data.Stamp }

// reloadedMsg brings the plan read again after a change on disk.
type reloadedMsg struct {
	loaded *data.Loaded
	stamp  data.Stamp
}

// addedMsg brings what someone appended to the status file.
type addedMsg struct {
	added    data.Added
	problems data.Problems
	stamp    data.Stamp
}

// reloadFailedMsg says the file on disk now has problems.
type reloadFailedMsg struct {
	err   error
	stamp data.Stamp
}

// watch looks at the files after one poll interval, off the UI's goroutine.
func (m Model) watch() tea.Cmd {
	if m.poll <= 0 || m.st.loaded.Example {
		return nil
	}
	src, prev := m.st.loaded.Source, m.stamp
	return tea.Tick(m.poll, func(now time.Time) tea.Msg {
		return watchMsg{data.StampOf(src, prev, now.Sub(prev.Hashed) >= hashEvery, now)}
	})
}

// reload reads what changed: when only the status file grew, just the new
// part of it (milliseconds even for a large file); else the plan whole.
// The stamp is taken first, so a change while reading is seen at the next look.
func reload(loaded *data.Loaded, prev, now data.Stamp) tea.Cmd {
	src := loaded.Source
	appended := now.Plan == prev.Plan && now.Status.Inode == prev.Status.Inode && now.Status.Size > prev.Status.Size
	return func() tea.Msg {
		stamp := data.StampOf(src, prev, true, time.Now())
		if appended {
			if added, problems, ok := loaded.ReadAdded(); ok {
				return addedMsg{added, problems, stamp}
			}
		}
		loaded, err := data.Load(src)
		if err != nil {
			return reloadFailedMsg{err, stamp}
		}
		return reloadedMsg{loaded, stamp}
	}
}

// file handles the watcher's messages.
func (m *Model) file(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case watchMsg:
		if msg.stamp.Changed(m.stamp) {
			return reload(m.st.loaded, m.stamp, msg.stamp)
		}
		m.stamp = msg.stamp
	case reloadedMsg:
		m.stamp = msg.stamp
		m.st.loaded = msg.loaded
		m.st.recompute()
		m.trouble = ""
		m.relink()
		m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.Reloaded, time.Now().Format("15:04:05")))
		if m.lost = missingFrom(msg.loaded.Plan, m.savedHere); len(m.lost) > 0 {
			m.flash = m.st.styles.problem.Render(m.st.lang.T(lang.LostEntries, len(m.lost)))
		}
	case addedMsg:
		m.stamp = msg.stamp
		if len(msg.problems) > 0 {
			m.showTrouble(msg.problems)
			break
		}
		m.st.loaded.Plan.AddEntries(msg.added.Entries...)
		m.st.loaded.Known = msg.added.Known
		m.st.recompute()
		m.trouble = ""
		m.refreshAll()
		m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.Reloaded, time.Now().Format("15:04:05")))
	case reloadFailedMsg:
		m.stamp = msg.stamp
		var problems data.Problems
		if !errors.As(msg.err, &problems) {
			problems = data.Problems{{File: m.st.loaded.StatusPath, Key: lang.FileUnreadable, Args: []any{msg.err.Error()}}}
		}
		m.showTrouble(problems)
	}
	m.layout()
	return m.watch()
}

// relinker is a screen about one item, which finds its item again in a
// plan read anew; false when the item is gone.
type relinker interface{ relink(p *model.Plan) bool }

// relink points every screen at the plan read anew, keeping the cursor on
// the same items; screens whose item is gone are closed.
func (m *Model) relink() {
	p := m.st.plan()
	for i, s := range m.stack {
		if r, ok := s.(relinker); ok && !r.relink(p) {
			m.stack = m.stack[:i]
			break
		}
	}
	m.refreshAll()
}

// missingFrom is the entries saved in this session that a plan read anew
// no longer has: an editor replaced the file with a version without them.
func missingFrom(p *model.Plan, saved []model.Entry) []model.Entry {
	if len(saved) == 0 {
		return nil
	}
	type key struct {
		measure, initiative, by string
		period                  model.Period
		value                   float64
		at                      int64
	}
	have := make(map[key]bool, len(p.Entries))
	for _, e := range p.Entries {
		have[key{e.Measure, e.Initiative, e.By, e.Period, e.Value, e.At.Unix()}] = true
	}
	var lost []model.Entry
	for _, e := range saved {
		if !have[key{e.Measure, e.Initiative, e.By, e.Period, e.Value, e.At.Unix()}] {
			lost = append(lost, e)
		}
	}
	return lost
}

// showTrouble shows problems in the files on disk above the last good data.
func (m *Model) showTrouble(problems data.Problems) {
	for i := range problems { // the header names the folder; the problem names the file
		problems[i].File = filepath.Base(problems[i].File)
	}
	m.trouble = problems.Message(m.st.lang)
}
