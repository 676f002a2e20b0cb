package tui

import (
	"path/filepath"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// refreshedMsg brings the plan as the store knows it after a look at the files.
type refreshedMsg struct {
	snap      *data.Snapshot
	elsewhere map[string]bool // looked at anew when the files changed, for a plan kept in git; nil otherwise
}

// refresh asks the store to look at the files, off the UI's goroutine.
func refresh(store *data.Store) tea.Cmd {
	return func() tea.Msg { return refreshedMsg{snap: store.Refresh()} }
}

// watch looks at the files after one poll interval.
func (m Model) watch() tea.Cmd {
	if m.poll <= 0 || m.st.loaded.Example {
		return nil
	}
	look := refresh(m.st.store)
	if m.st.elsewhere != nil {
		look = alsoElsewhere(look, m.st.loaded.Gen)
	}
	return tea.Tick(m.poll, func(time.Time) tea.Msg { return look() })
}

// adopt shows a snapshot newer than the one shown, keeping the cursor on
// the same items. An older one, or the same, is a result overtaken by
// another (a save's bytes seen by the watcher first, a reload finished
// after a save): it is dropped, as everything in it is in the newer one.
func (m *Model) adopt(snap *data.Snapshot) {
	was := m.st.loaded
	if snap.Gen <= was.Gen {
		return
	}
	_, height := m.bodySize()
	wide := m.wide()
	m.st.loaded = snap
	m.st.recompute()
	m.trouble = ""
	if len(snap.Problems) > 0 {
		m.showTrouble(snap.Problems)
	}
	m.relink()
	if !snap.ReadAt.Equal(was.ReadAt) {
		m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.Reloaded, snap.ReadAt.Format("15:04:05")))
		if len(snap.Lost) > 0 {
			m.flash = m.st.styles.problem.Render(m.st.lang.N(len(snap.Lost), lang.LostEntry, lang.LostEntries))
		}
		if len(snap.Gone) > 0 {
			m.flash = m.st.styles.problem.Render(goneText(snap, m.st.lang))
		}
	}
	// relink refreshed the screen on top at its size (the others are
	// refreshed by layout when they are shown again); lay them out again
	// only when the problems shown or a screen closed changed their room.
	if _, h := m.bodySize(); h != height || m.wide() != wide {
		m.layout()
	}
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

// showTrouble shows problems in the files on disk above the last good data.
func (m *Model) showTrouble(problems data.Problems) {
	problems = slices.Clone(problems) // the snapshot's own stay as they are
	for i := range problems {         // the header names the folder; the problem names the file
		problems[i].File = filepath.Base(problems[i].File)
	}
	m.trouble = problems.Message(m.st.lang)
}

// StoreChanged brings a newer Snapshot of a store shared with other views,
// as the store's Subscribe hands it out; an older one is dropped.
type StoreChanged struct{ Snap *data.Snapshot }

// AccessChanged tells an open view that its user's role changed: made a
// viewer, the edit key goes at once and an open form is closed, unsaved,
// with Why said in the footer.
type AccessChanged struct {
	ReadOnly bool
	Badge    string // said in the header, such as "kun læseadgang"
	Why      string
}

// sharedChange shows a Snapshot of the shared store, and says so when
// someone else saved (a change read from disk says so itself).
func (m *Model) sharedChange(snap *data.Snapshot) {
	was := m.st.loaded
	m.adopt(snap)
	if m.st.loaded != was && snap.ReadAt.Equal(was.ReadAt) {
		m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.StoreUpdated, time.Now().Format("15:04:05")))
	}
}

func (m *Model) accessChanged(msg AccessChanged) {
	m.st.readOnly, m.st.badge = msg.ReadOnly, msg.Badge
	if msg.ReadOnly {
		m.canRepair = false
		for i, s := range m.stack {
			if _, isForm := s.(form); isForm && i > 0 {
				m.stack = m.stack[:i] // what was typed is dropped, never saved
				break
			}
		}
		m.focus = false
		m.layout()
	}
	m.flash = m.st.styles.notice.Render(msg.Why)
}

// goneText names the entries an editor dropped from the file: the first
// few, by measure, period and who recorded them.
func goneText(snap *data.Snapshot, l lang.Lang) string {
	const named = 5
	var names []string
	for _, e := range snap.Gone[:min(len(snap.Gone), named)] {
		name := e.Measure + e.Initiative + " " + e.Period.String()
		if e.By != "" {
			name += " (" + e.By + ")"
		}
		names = append(names, name)
	}
	text := strings.Join(names, ", ")
	if len(snap.Gone) > named {
		text += ", …"
	}
	return l.T(lang.EntriesGone, len(snap.Gone), text)
}
