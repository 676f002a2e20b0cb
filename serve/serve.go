// Package serve makes the interactive view an SSH service: each person who
// logs in with a key from the access file gets their own view of the plan,
// with no shell and no account on the machine.
package serve

import (
	"context"
	"errors"
	"net"
	"os"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/tui"
)

// Config is how the service runs.
type Config struct {
	Plan        data.Source
	Listen      string        // host:port; loopback unless the operator says otherwise
	AccessPath  string        // the access file: users, keys and roles
	HostKeyPath string        // created (ed25519, 0600) on first start
	Idle        time.Duration // a session with no activity this long is closed
	MaxSessions int           // sessions at once; the next is refused with a message
	Lang        lang.Lang
	Poll        time.Duration // how often each view looks for changes on disk
	Log         *log.Logger
	Now         func() time.Time
}

// Server is a running service.
type Server struct {
	cfg    Config
	ssh    *ssh.Server
	access *accessFile
	mu     sync.Mutex
	live   map[ssh.Session]*tea.Program
	ending bool
	reason string // told to every user when the server shuts down
}

// New makes the server: host key (created if missing), access file, and the
// middleware of every session. It does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	access, err := openAccess(cfg.AccessPath)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, access: access, live: map[ssh.Session]*tea.Program{}}
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPath(cfg.HostKeyPath),
		wish.WithPublicKeyAuth(s.allow),
		wish.WithIdleTimeout(cfg.Idle),
		wish.WithMiddleware(
			bm.MiddlewareWithProgramHandler(s.program),
			s.admit, // runs first: refuses commands and sessions past the limit
		),
	)
	if err != nil {
		return nil, err
	}
	// No shell, no exec, no forwarding, no SFTP: only the session channel,
	// and no subsystems or port forwarding callbacks are set.
	s.ssh.SubsystemHandlers = nil
	return s, nil
}

// Fingerprint is the SHA-256 fingerprint of the host key, for users to check.
func Fingerprint(hostKeyPath string) (string, error) {
	pem, err := os.ReadFile(hostKeyPath)
	if err != nil {
		return "", err
	}
	signer, err := gossh.ParsePrivateKey(pem)
	if err != nil {
		return "", err
	}
	return gossh.FingerprintSHA256(signer.PublicKey()), nil
}

// Serve answers connections on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown ends every session, telling its user why, and stops the server.
func (s *Server) Shutdown(ctx context.Context, reason string) error {
	s.mu.Lock()
	s.ending, s.reason = true, reason
	for sess, p := range s.live {
		s.cfg.Log.Info("session ended by shutdown", "user", sess.User(), "remote", sess.RemoteAddr().String())
		if p != nil {
			p.Quit()
		}
	}
	s.mu.Unlock()
	return s.ssh.Shutdown(ctx)
}

// allow admits a public key that is in the access file (read again when it
// changed); everything else is refused, and passwords are never asked for.
func (s *Server) allow(ctx ssh.Context, key ssh.PublicKey) bool {
	a := s.access.current(s.cfg.Log)
	u := a.User(key)
	if u == nil {
		s.cfg.Log.Warn("refused: unknown key", "remote", ctx.RemoteAddr().String(), "login", ctx.User(), "key", gossh.FingerprintSHA256(key))
		return false
	}
	ctx.SetValue(userKey{}, *u)
	s.cfg.Log.Info("login", "user", u.Name, "role", u.Role, "remote", ctx.RemoteAddr().String())
	return true
}

type userKey struct{}

func userOf(sess ssh.Session) (data.AccessUser, bool) {
	u, ok := sess.Context().Value(userKey{}).(data.AccessUser)
	return u, ok
}

// admit refuses what the service does not do (commands, sessions without a
// terminal) and sessions past the limit, each with a clear message.
func (s *Server) admit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		l := s.cfg.Lang
		if len(sess.Command()) > 0 || sess.Subsystem() != "" {
			s.cfg.Log.Warn("refused: command", "user", sess.User(), "command", strings.Join(sess.Command(), " "))
			wish.Fatalln(sess, l.T(lang.ServeNoCommands))
			return
		}
		if _, _, ok := sess.Pty(); !ok {
			wish.Fatalln(sess, l.T(lang.ServeNeedTerminal))
			return
		}
		s.mu.Lock()
		full := len(s.live) >= s.cfg.MaxSessions
		ending := s.ending
		if !full && !ending {
			s.live[sess] = nil // the place is taken; the program comes next
		}
		s.mu.Unlock()
		if full || ending {
			s.cfg.Log.Warn("refused: too many sessions", "user", sess.User(), "limit", s.cfg.MaxSessions)
			wish.Fatalln(sess, l.T(lang.ServeFull, s.cfg.MaxSessions))
			return
		}
		defer func() {
			s.mu.Lock()
			delete(s.live, sess)
			ending := s.ending
			s.mu.Unlock()
			if ending {
				wish.Println(sess, s.reason)
			}
			s.cfg.Log.Info("logout", "user", sess.User())
		}()
		next(sess)
	}
}

// program makes the session's own view of the plan: loaded for it, sized
// to its terminal, saving under the access file's name; viewers cannot save.
func (s *Server) program(sess ssh.Session) *tea.Program {
	l := s.cfg.Lang
	u, ok := userOf(sess)
	if !ok {
		return nil
	}
	loaded, err := data.Load(s.cfg.Plan)
	if err != nil {
		var problems data.Problems
		errors.As(err, &problems)
		wish.Fatalln(sess, problems.Message(l))
		return nil
	}
	p := loaded.Plan
	view := model.View{AsOf: model.DefaultAsOf(p.Cadence, model.DateOf(s.cfg.Now()), p.Start, p.End)}
	o := tui.Options{Lang: l, View: view, Poll: s.cfg.Poll, User: u.Name, ASCII: !utf8(sess.Environ()),
		Saved: func(entries []model.Entry) {
			for _, e := range entries {
				s.cfg.Log.Info("recorded", "user", u.Name, "measure", e.Measure, "initiative", e.Initiative,
					"period", e.Period.String(), "value", e.Value, "pending", e.Pending, "state", string(e.State))
			}
		}}
	if u.Role != data.Editor {
		o.ReadOnly, o.Badge = true, l.T(lang.ServeViewOnly)
	}
	program := tea.NewProgram(tui.New(loaded, o), bm.MakeOptions(sess)...)
	s.mu.Lock()
	s.live[sess] = program
	s.mu.Unlock()
	return program
}

// utf8 reports whether the client's locale (sent with SendEnv) is UTF-8;
// a client that sends none is taken to be UTF-8, as nearly all are.
func utf8(env []string) bool {
	getenv := func(name string) string {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, name+"="); ok {
				return v
			}
		}
		return ""
	}
	utf8, known := lang.UTF8(getenv)
	return utf8 || !known
}
