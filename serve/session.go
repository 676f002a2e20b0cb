package serve

import (
	"context"
	"path/filepath"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/tui"
)

// session is one open view: only its own state; the plan is the server's
// store. Its fields other than lastInput are guarded by the server's mu.
type session struct {
	ssh         ssh.Session
	user        AccessUser   // as the access file says now
	program     *tea.Program // nil until the view runs, and for commands
	why         string       // told to the user when the server ends the session
	unsubscribe func()       // from the store, when the session ends
	lastInput   atomic.Int64 // unix nanoseconds of the last key, mouse or paste
}

// end closes the session, telling the user why once the view is gone.
// The caller holds the server's mu.
func (s *session) end(why string) {
	if s.why == "" {
		s.why = why
	}
	if s.program != nil {
		s.program.Quit()
	}
}

// touched notes the user's input, so an idle session is told apart; every
// other message passes as it is. A suspend is turned into a resume: over
// SSH there is no shell to suspend to.
func (s *session) touched(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.KeyReleaseMsg, tea.MouseMsg, tea.PasteMsg:
		s.lastInput.Store(time.Now().UnixNano())
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	return msg
}

// watchIdle ends the session, saying why, after Idle without input; it
// returns when the session ends.
func (srv *Server) watchIdle(ctx context.Context, s *session) {
	idle := srv.cfg.Idle
	if idle <= 0 {
		return // --idle 0: no timeout
	}
	for {
		wait := time.Until(time.Unix(0, s.lastInput.Load()).Add(idle))
		if wait <= 0 {
			srv.mu.Lock()
			s.end(srv.cfg.Lang.T(lang.ServeIdle, idle))
			name := s.user.Name
			srv.mu.Unlock()
			srv.cfg.Log.Info("session ended: idle", "user", name, "idle", idle.String())
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
	}
}

// watchAccess reads the access file again when it changes and applies it
// to the open sessions, until ctx ends.
func (srv *Server) watchAccess(ctx context.Context) {
	if srv.cfg.Poll <= 0 {
		return
	}
	t := time.NewTicker(srv.cfg.Poll)
	defer t.Stop()
	was := srv.access.current(srv.cfg.Log)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if now := srv.access.current(srv.cfg.Log); now != was {
			was = now
			srv.applyAccess(now)
		}
	}
}

// applyAccess makes the access file as now read hold for the open
// sessions: a user no longer in it is shown out, saying why; a changed role
// takes effect at once.
func (srv *Server) applyAccess(a *Access) {
	l, file := srv.cfg.Lang, filepath.Base(srv.cfg.AccessPath)
	writable := srv.store.Snapshot().Writable()
	srv.mu.Lock()
	defer srv.mu.Unlock()
	for _, s := range srv.live {
		u := a.User(s.ssh.PublicKey())
		switch {
		case u == nil:
			srv.cfg.Log.Warn("session ended: removed from the access file", "user", s.user.Name, "remote", s.ssh.RemoteAddr().String())
			s.end(l.T(lang.ServeRemoved, file))
		case u.Role != s.user.Role:
			srv.cfg.Log.Info("role changed", "user", u.Name, "role", u.Role, "was", s.user.Role)
			msg := tui.AccessChanged{ReadOnly: !u.Role.Edits() || !writable, Why: l.T(lang.ServePromoted, file)}
			if !u.Role.Edits() {
				msg.Badge, msg.Why = l.T(lang.ServeViewOnly), l.T(lang.ServeDemoted, file)
			}
			s.user = *u
			if p := s.program; p != nil {
				go p.Send(msg) // never under the lock: the view may be busy
			}
		default:
			s.user = *u // a new name for the same key shows in the log from now on
		}
	}
}
