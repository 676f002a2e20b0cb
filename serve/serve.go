// Package serve makes the interactive view an SSH service: each person who
// logs in with a key from the access file gets their own view of the plan,
// with no shell and no account on the machine.
package serve

import (
	"cmp"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	bm "charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/tui"
)

// Config is how the service runs.
type Config struct {
	Plan        data.Source
	Loaded      *data.Loaded  // the plan as already loaded from Plan, if it was; else New loads it
	Listen      string        // host:port; loopback unless the operator says otherwise
	AccessPath  string        // the access file: users, keys and roles
	HostKeyPath string        // created (ed25519, 0600) on first start
	Idle        time.Duration // a session with no input this long is closed, saying why; 0: never
	MaxSessions int           // sessions at once; the next is refused with a message
	Lang        lang.Lang
	Poll        time.Duration // how often the one watcher looks at the plan's and the access file
	Log         *log.Logger
	Now         func() time.Time

	// Connections that have not logged in yet: how long the handshake may
	// take, and how many there may be in all and from one address.
	Handshake        time.Duration // default 5 s
	MaxPending       int           // default 64
	MaxPendingSource int           // default 8
}

// Server is a running service: one store for the plan, shared by every
// session, which holds only its own view.
type Server struct {
	cfg    Config
	ssh    *ssh.Server
	access *accessFile
	plan   *app.Plan   // the plan opened once, as the terminal opens it
	store  *data.Store // the plan's one store, shared by every session
	gate   *gate
	stop   context.CancelFunc // ends the watchers
	mu     sync.Mutex
	live   map[ssh.Session]*session
	ending bool
}

// New makes the server: host key (created if missing), access file, the
// plan loaded once into the store every session shares, the watchers of
// both, and the middleware of every session. It does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Log == nil {
		cfg.Log = log.New(os.Stderr)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	cfg.Handshake = cmp.Or(cfg.Handshake, 5*time.Second)
	cfg.MaxPending = cmp.Or(cfg.MaxPending, 64)
	cfg.MaxPendingSource = cmp.Or(cfg.MaxPendingSource, 8)
	access, err := openAccess(cfg.AccessPath)
	if err != nil {
		return nil, err
	}
	// Opened as the terminal opens it: the same store, history and views.
	opened, err := app.Open(app.Request{Source: &cfg.Plan, Loaded: cfg.Loaded, Lang: cfg.Lang, Now: cfg.Now()})
	if err != nil {
		return nil, err
	}
	// The store owns the plan as loaded from now on. Kept here, its entries'
	// array, which the first saves share and a later one outgrows, would stay
	// in memory beside every later one: 28 MB on a large plan.
	cfg.Loaded = nil
	s := &Server{cfg: cfg, access: access, plan: opened.Plan, store: opened.Store, live: map[ssh.Session]*session{},
		gate: &gate{max: cfg.MaxPending, perMax: cfg.MaxPendingSource, perSource: map[string]int{}, log: cfg.Log}}
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Listen),
		wish.WithHostKeyPath(cfg.HostKeyPath),
		wish.WithPublicKeyAuth(s.allow),
		wish.WithMiddleware(
			bm.MiddlewareWithProgramHandler(s.program),
			s.admit, // runs first: runs commands, refuses sessions past the limit
		),
	)
	if err != nil {
		return nil, err
	}
	s.ssh.HandshakeTimeout = cfg.Handshake
	s.ssh.ConnCallback = s.gate.admit
	if cfg.Idle > 0 {
		// A backstop for a connection that opens no session: a session
		// itself is told why before this (see watchIdle).
		s.ssh.IdleTimeout = cfg.Idle + time.Minute
	}
	// No shell, no forwarding, no SFTP: only the session channel, and no
	// subsystems or port forwarding callbacks are set.
	s.ssh.SubsystemHandlers = nil
	s.ssh.ChannelHandlers = map[string]ssh.ChannelHandler{"session": loggedIn(ssh.DefaultSessionHandler)}
	ctx, stop := context.WithCancel(context.Background())
	s.stop = stop
	go s.store.Watch(ctx, cfg.Poll)
	go s.watchAccess(ctx)
	return s, nil
}

// Store is the one store every session shares.
func (s *Server) Store() *data.Store { return s.store }

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
	s.stop()
	s.mu.Lock()
	s.ending = true
	for _, sess := range s.live {
		s.cfg.Log.Info("session ended by shutdown", "user", sess.user.Name, "remote", sess.ssh.RemoteAddr().String())
		sess.end(reason)
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
	return true
}

type userKey struct{}

func userOf(sess ssh.Session) (AccessUser, bool) {
	u, ok := sess.Context().Value(userKey{}).(AccessUser)
	return u, ok
}

// admit runs the allowed commands, refuses what the service does not do
// (other commands, sessions without a terminal) and sessions past the
// limit, each with a clear message. Every line of the log names the user
// as the access file does.
func (s *Server) admit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		l := s.cfg.Lang
		u, ok := userOf(sess)
		if !ok { // the key passed, but not through allow: never let it in
			wish.Fatalln(sess, l.T(lang.ServeNoCommands))
			return
		}
		// The access file may have changed since the key was checked.
		now := s.access.current(s.cfg.Log).User(sess.PublicKey())
		if now == nil {
			s.cfg.Log.Warn("refused: removed from the access file", "user", u.Name, "remote", sess.RemoteAddr().String())
			wish.Fatalln(sess, l.T(lang.ServeRemoved, filepath.Base(s.cfg.AccessPath)))
			return
		}
		u = *now
		command := sess.Command()
		if sess.Subsystem() != "" || len(command) > 0 && !commands[command[0]] {
			s.cfg.Log.Warn("refused: command", "user", u.Name, "command", strings.Join(command, " "), "subsystem", sess.Subsystem())
			wish.Fatalln(sess, l.T(lang.ServeCommands))
			return
		}
		if _, _, ok := sess.Pty(); !ok && len(command) == 0 {
			wish.Fatalln(sess, l.T(lang.ServeNeedTerminal))
			return
		}
		me := &session{ssh: sess, user: u}
		me.lastInput.Store(time.Now().UnixNano())
		s.mu.Lock()
		full := len(s.live) >= s.cfg.MaxSessions
		ending := s.ending
		if !full && !ending {
			s.live[sess] = me // the place is taken; the program comes next
		}
		s.mu.Unlock()
		if full || ending {
			s.cfg.Log.Warn("refused: too many sessions", "user", u.Name, "limit", s.cfg.MaxSessions)
			wish.Fatalln(sess, l.T(lang.ServeFull, s.cfg.MaxSessions))
			return
		}
		defer func() {
			s.mu.Lock()
			delete(s.live, sess)
			why, name, unsubscribe := me.why, me.user.Name, me.unsubscribe
			s.mu.Unlock()
			if unsubscribe != nil {
				unsubscribe()
			}
			if why != "" { // ended by the server: say why, and exit as a failure
				wish.Println(sess, why)
				sess.Exit(1)
			}
			s.cfg.Log.Info("logout", "user", name, "remote", sess.RemoteAddr().String())
		}()
		if len(command) > 0 {
			sess.Exit(s.exec(sess, u))
			return
		}
		s.cfg.Log.Info("login", "user", u.Name, "role", u.Role, "remote", sess.RemoteAddr().String())
		ctx, cancel := context.WithCancel(sess.Context())
		defer cancel()
		go s.watchIdle(ctx, me)
		next(sess)
	}
}

// program makes the session's own view of the shared store: sized to its
// terminal, saving under the access file's name; viewers cannot save. The
// view is told of every change to the store until the session ends.
func (s *Server) program(sess ssh.Session) *tea.Program {
	l := s.cfg.Lang
	s.mu.Lock()
	me := s.live[sess]
	s.mu.Unlock()
	if me == nil {
		return nil
	}
	o := s.options(me.user, !utf8(sess.Environ()), func(asOf model.Period) string { return reportHint(sess, l, asOf) })
	o.Saved = func(entries []model.Entry) {
		s.mu.Lock()
		name := me.user.Name
		s.mu.Unlock()
		for _, e := range entries {
			s.cfg.Log.Info("recorded", "user", name, "measure", e.Measure, "initiative", e.Initiative,
				"period", e.Period.String(), "value", e.Value, "pending", e.Pending, "state", string(e.State))
		}
	}
	o.Repaired = func(aside string) {
		s.mu.Lock()
		name := me.user.Name
		s.mu.Unlock()
		s.cfg.Log.Info("repaired", "user", name, "moved", aside)
	}
	program := tea.NewProgram(tui.NewShared(s.plan, o), append(bm.MakeOptions(sess), tea.WithFilter(me.touched))...)
	unsubscribe := s.store.Subscribe(func(snap *data.Snapshot) { program.Send(tui.StoreChanged{Snap: snap}) })
	s.mu.Lock()
	me.program, me.unsubscribe = program, unsubscribe
	if me.why != "" { // ended while the view was being made
		program.Quit()
	}
	s.mu.Unlock()
	return program
}

// options are a session's view of the plan: the terminal's view (the
// same opened plan, the same as-of), with the user's name and role.
func (s *Server) options(u AccessUser, ascii bool, hint func(model.Period) string) tui.Options {
	l := s.cfg.Lang
	view, _ := app.ViewOf(s.store.Snapshot().Plan, s.cfg.Now(), "", "", l)
	o := tui.Options{Lang: l, View: view, User: u.Name, ASCII: ascii, ReportHint: hint(view.AsOf), Now: s.cfg.Now}
	if !u.Role.Edits() {
		o.ReadOnly, o.Badge = true, l.T(lang.ServeViewOnly)
	}
	return o
}

// reportHint says how to fetch the report with a command, since r over SSH
// must not write a file on the server, out of the user's reach.
func reportHint(sess ssh.Session, l lang.Lang, asOf model.Period) string {
	host, port, err := net.SplitHostPort(sess.LocalAddr().String())
	if err != nil {
		host, port = "server", "2222"
	}
	return l.T(lang.ServeReportHint, port, host, l.T(lang.ReportFile, asOf))
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
