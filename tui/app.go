// Package tui is the interactive view of a plan: a Bubble Tea program that
// lets managers review progress and secretaries find what to update.
package tui

import (
	"errors"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// screen is one level of the view: the overview, a goal, a strategy, a
// measure, the missing list or the search. The root gives it its size and
// tells it when the data or the as-of period changed.
type screen interface {
	update(tea.Msg) tea.Cmd
	view() string
	resize(width, height int)
	refresh()
	crumb() string
	selection() any // what Enter opens and the detail pane shows; nil for none
	help.KeyMap     // the screen's own keys, for the footer and the full help
}

// capturer is a screen that takes typed text, so letters are not commands.
type capturer interface{ capturing() bool }

// quitAsker is a screen that asks before a quit loses what was typed.
type quitAsker interface{ askQuit() bool }

// dropAsker is a screen that asks before esc drops what was typed.
type dropAsker interface{ askDrop() bool }

// form is a screen that saves: it is told when a save fails, and closes when one succeeds.
type form interface{ failed(reason string) }

// paner is a screen with two panes of its own, switched with Tab.
type paner interface {
	hasPanes() bool
	switchPane()
}

// Options say how the view starts.
type Options struct {
	Lang  lang.Lang
	ASCII bool
	View  model.View    // the as-of period (and as-recorded day) to start at
	Poll  time.Duration // how often to look for changes on disk; 0: never

	ReadOnly bool   // never offer to save (--read-only); also when the file is not writable
	NoMouse  bool   // leave the mouse to the terminal (--no-mouse)
	User     string // who records figures; $USER when empty
	Badge    string // said in the header instead of the file, such as "kun læseadgang"

	Saved    func([]model.Entry) // told of every save, for a server's log
	Repaired func(aside string)  // told of every repair (where the damaged blocks went), for a server's log

	// ReportHint, when set, is said on r instead of writing the report to a
	// file: over SSH the file would be on the server, out of the user's reach.
	ReportHint string

	// Now is the clock, for what comes next in the committee's cycle (the
	// next meeting, its deadline, initiatives overdue); time.Now when nil.
	Now func() time.Time
}

// Model is the root of the program: the screen stack, the shared state,
// the keys and help, and the file watcher.
type Model struct {
	st      *state
	keys    *keyMap // the one key map, shared with every screen through st
	help    help.Model
	stack   []screen
	detail  *pane
	shown   any            // what the detail pane shows
	details map[any]string // the detail of each item shown since the data, view or size last changed
	focus   bool
	isDark  bool
	width   int
	height  int
	flash   string
	trouble string // problems in the file on disk, while the last good data is shown
	poll    time.Duration

	onSave     func([]model.Entry)
	onRepair   func(aside string)
	mouseOn    bool
	canRepair  bool   // the last save found a torn tail that may be moved aside
	reportHint string // said on r instead of writing a file (see Options)
}

// wideFrom is the width from which a list gets a detail pane beside it.
const wideFrom = 110

// New makes the program for a loaded plan, which it owns from then on:
// nobody else may change it.
func New(loaded *data.Loaded, o Options) Model { return NewShared(app.FromLoaded(loaded), o) }

// NewShared makes the program for an opened plan it may share with other
// views (the sessions of beskplan serve): it shows the plan's store's
// Snapshot now, and the newer ones sent to it as StoreChanged.
func NewShared(pl *app.Plan, o Options) Model {
	store := pl.Store
	g := unicodeGlyphs
	if o.ASCII {
		g = asciiGlyphs
	}
	loaded := store.Snapshot()
	st := &state{lang: o.Lang, glyphs: g, styles: newStyles(true), loaded: loaded, store: store, app: pl, view: o.View,
		user: o.User, readOnly: o.ReadOnly || !loaded.Example && !loaded.Writable(), now: o.Now}
	if st.now == nil {
		st.now = time.Now
	}
	if st.user == "" {
		st.user = data.UserName()
	}
	st.keys = newKeyMap(o.Lang, g)
	st.recompute()
	m := Model{st: st, keys: st.keys, help: help.New(), detail: newPane(st.keys),
		isDark: true, poll: o.Poll, onSave: o.Saved, onRepair: o.Repaired, mouseOn: !o.NoMouse, reportHint: o.ReportHint}
	st.badge = o.Badge
	st.targets, st.elsewhere = pl.Targets, pl.Elsewhere
	m.help.Styles = st.styles.help
	m.help.Ellipsis = g.ellipsis
	m.help.ShortSeparator = g.sep
	m.stack = []screen{newOverview(st)}
	m.updateKeys()
	return m
}

// Init asks for the terminal's background, to pick readable colours, and
// starts watching the files.
func (m Model) Init() tea.Cmd { return tea.Batch(tea.RequestBackgroundColor, m.watch()) }

func (m Model) top() screen { return m.stack[len(m.stack)-1] }

// wide reports whether the current screen gets a detail pane: every list
// does when the window is wide; a measure is already all detail.
func (m Model) wide() bool {
	_, isMeasure := m.top().(*measureScreen)
	if p, ok := m.top().(paner); ok && p.hasPanes() {
		return false // Tab belongs to the screen's own panes
	}
	return m.width >= wideFrom && !isMeasure
}

// Update routes a message: window and background to everyone, files to the
// watcher, keys to the global bindings first and then to the focused screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
	case tea.BackgroundColorMsg:
		m.isDark = msg.IsDark()
		m.st.styles = newStyles(m.isDark)
		m.help.Styles = m.st.styles.help
		m.refreshAll()
	case tea.KeyPressMsg:
		cmd = m.key(msg)
	case tea.MouseClickMsg, tea.MouseWheelMsg:
		if m.mouseOn {
			cmd = m.mouse(msg.(tea.MouseMsg))
		}
	case refreshedMsg:
		if msg.elsewhere != nil {
			m.st.elsewhere = msg.elsewhere
		}
		m.adopt(msg.snap)
		cmd = m.watch()
	case StoreChanged:
		m.sharedChange(msg.Snap)
	case AccessChanged:
		m.accessChanged(msg)
	case entrySavedMsg:
		m.saved(msg)
	case saveFailedMsg:
		var tail *data.TailError
		m.canRepair = errors.As(msg.err, &tail) && errors.Is(msg.err, data.ErrTornTail) && tail.Repairable && !m.st.readOnly
		text := data.SaveMessage(m.st.lang, m.st.loaded.StatusPath, msg.err)
		hasReason := false // both forms have the reason's field
		switch m.top().(type) {
		case *formScreen, *stateForm:
			hasReason = true
		}
		if closed := (*data.InputError)(nil); hasReason && errors.As(msg.err, &closed) && closed.Key == lang.ApproveClosed {
			text = m.st.lang.T(lang.ApproveClosedForm, closed.Args...) // approved meanwhile
		}
		if m.canRepair {
			text += " " + m.st.lang.T(lang.RepairOffer)
		}
		if f, ok := m.top().(form); ok {
			f.failed(text)
		}
	case repairedMsg:
		m.canRepair = false
		m.adopt(msg.snap)
		text := m.st.lang.T(lang.Repaired, m.st.loaded.StatusPath, msg.aside)
		if msg.err != nil {
			text = data.SaveMessage(m.st.lang, m.st.loaded.StatusPath, msg.err)
		} else if m.onRepair != nil {
			m.onRepair(msg.aside)
		}
		if f, ok := m.top().(form); ok {
			f.failed(text)
		} else {
			m.flash = text
		}
	case openMsg:
		m.openPath(msg.target)
	case reportMsg:
		if msg.err != nil {
			m.flash = m.st.styles.problem.Render(m.st.lang.T(lang.ReportFailed, msg.err))
		} else {
			m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.ReportWritten, msg.path))
		}
	default:
		cmd = m.top().update(msg)
	}
	m.updateKeys()
	m.syncDetail()
	return m, cmd
}

// key handles the global keys, and gives the rest to the focused part.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	if m.canRepair && key.Matches(msg, m.keys.Repair) {
		return repairFile(m.st)
	}
	if c, ok := m.top().(capturer); ok && c.capturing() {
		switch {
		case pressed(msg, m.keys.ForceQuit):
			if a, ok := m.top().(quitAsker); ok && a.askQuit() {
				return nil
			}
			return tea.Quit
		case pressed(msg, m.keys.Cancel):
			if a, ok := m.top().(dropAsker); ok && a.askDrop() {
				return nil
			}
			m.back()
		default:
			return m.top().update(msg)
		}
		return nil
	}
	if m.help.ShowAll && pressed(msg, m.keys.Back) {
		m.help.ShowAll = false // esc closes the help, not the screen under it
		m.layout()
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Quit):
		return tea.Quit
	case key.Matches(msg, m.keys.Home):
		m.home()
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
	case key.Matches(msg, m.keys.Back):
		m.back()
	case key.Matches(msg, m.keys.Open) && !m.focus:
		m.open()
	case key.Matches(msg, m.keys.Pane):
		if p, ok := m.top().(paner); ok && p.hasPanes() {
			p.switchPane()
		} else {
			m.focus = !m.focus
		}
	case key.Matches(msg, m.keys.Edit):
		m.edit()
	case key.Matches(msg, m.keys.Assess):
		if g, ok := m.top().(*goalScreen); ok {
			m.push(newAssessScreen(m.st, g.goal))
		}
	case key.Matches(msg, m.keys.Report) && m.reportHint != "":
		m.flash = m.st.styles.notice.Render(m.reportHint)
	case key.Matches(msg, m.keys.Report):
		return writeReport(m.st)
	case key.Matches(msg, m.keys.SaveAgain):
		return saveLost(m.st)
	case key.Matches(msg, m.keys.Missing):
		m.push(newMissingScreen(m.st))
	case key.Matches(msg, m.keys.Changes):
		m.push(newChangesScreen(m.st))
	case key.Matches(msg, m.keys.Search):
		m.push(newSearchScreen(m.st))
	case key.Matches(msg, m.keys.PrevPeriod):
		m.moveAsOf(-1)
	case key.Matches(msg, m.keys.NextPeriod):
		m.moveAsOf(1)
	case m.focus && m.wide():
		return m.detail.update(msg)
	default:
		return m.top().update(msg)
	}
	return nil
}

// saved shows the plan with the saved entries at once, and says where they went.
func (m *Model) saved(msg entrySavedMsg) {
	if _, isForm := m.top().(form); isForm {
		m.back()
	}
	m.adopt(msg.snap)
	if len(msg.entries) == 0 {
		return // nothing was lost any more: an earlier a saved it
	}
	if m.onSave != nil {
		m.onSave(msg.entries)
	}
	what := m.st.lang.Entry(m.st.plan(), msg.entries[0])
	if m.st.loaded.Example {
		m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.SavedMemory, what))
	} else {
		m.flash = m.st.styles.notice.Render(m.st.lang.T(lang.Saved, m.st.loaded.StatusPath, what))
	}
}

// moveAsOf steps the as-of period by the plan's cadence, within the plan.
func (m *Model) moveAsOf(step int) {
	p := m.st.plan()
	next := model.Clamp(m.st.view.AsOf.Add(step), p.Start, p.End)
	if next == m.st.view.AsOf {
		return
	}
	m.st.view.AsOf = next
	m.st.recompute()
	m.refreshAll()
	m.flash = m.st.lang.T(lang.AsOf, next)
}

// refreshAll rebuilds the rows after the data or the view changed.
// Only the screen on top is drawn again: the ones under it are out of
// sight, and layout (which every way back to them goes through) refreshes
// them when they are shown again.
func (m *Model) refreshAll() {
	m.top().refresh()
	m.forgetDetails()
}

// forgetDetails drops the details drawn for the data, view or size before.
func (m *Model) forgetDetails() { m.shown, m.details = nil, nil }

// layout gives every screen its size after the window or the help changed.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	// Twice at most: a screen may find, once sized, that it needs Tab itself.
	for range 2 {
		wide := m.wide()
		w, h := m.bodySize()
		if wide {
			w = m.listWidth()
			m.detail.setSize(m.width-w-2, h)
		}
		for _, s := range m.stack {
			s.resize(w, h)
		}
		if m.wide() == wide {
			break
		}
	}
	m.forgetDetails()
}

func (m Model) listWidth() int { return min(m.width/2, 72) }

// bodySize is what is left for the screen under the header and above the footer.
func (m Model) bodySize() (int, int) {
	helpHeight := 1
	if m.help.ShowAll {
		helpHeight = lipgloss.Height(m.help.View(m.footerKeys()))
	}
	return m.width, max(1, m.height-2-1-helpHeight-m.troubleHeight())
}

func (m Model) troubleHeight() int {
	if m.trouble == "" {
		return 0
	}
	return min(4, strings.Count(m.trouble, "\n")+1) + 1
}

// syncDetail fills the detail pane when what is under the cursor changed.
func (m *Model) syncDetail() {
	if !m.wide() {
		return
	}
	target := m.top().selection()
	if target == m.shown {
		return
	}
	m.shown = target
	text, ok := m.details[target]
	if !ok {
		_, h := m.bodySize()
		text = m.st.detailOf(target, m.within(), m.detail.width, h)
		if m.details == nil {
			m.details = make(map[any]string)
		}
		m.details[target] = text
	}
	m.detail.setContent(text)
	m.detail.gotoTop()
}
