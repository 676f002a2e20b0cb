package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/log/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

type fixture struct {
	dir, addr string
	status    string
	keys      map[string]gossh.Signer
	srv       *Server
	log       *bytes.Buffer
	logMu     *safeWriter
}

// logText is what the server logged so far.
func (f *fixture) logText() string {
	f.logMu.mu.Lock()
	defer f.logMu.mu.Unlock()
	return f.log.String()
}

func newKey(t *testing.T) gossh.Signer {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// start runs a server on a free loopback port with an editor (anne), a
// viewer (bo) and a key nobody knows (eve).
func start(t *testing.T, configure func(*Config)) *fixture {
	t.Helper()
	dir := t.TempDir()
	if err := data.Init(filepath.Join(dir, "plan")); err != nil {
		t.Fatal(err)
	}
	f := &fixture{dir: dir, status: filepath.Join(dir, "plan", "status.toml"), keys: map[string]gossh.Signer{}, log: &bytes.Buffer{}}
	f.logMu = &safeWriter{w: f.log}
	for _, name := range []string{"anne", "bo", "eve"} {
		f.keys[name] = newKey(t)
	}
	line := func(name string) string {
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(f.keys[name].PublicKey())))
	}
	access := fmt.Sprintf("[[user]]\nname = \"anne\"\nrole = \"editor\"\nkeys = [%q]\n\n[[user]]\nname = \"bo\"\nrole = \"viewer\"\nkeys = [%q]\n", line("anne"), line("bo"))
	os.WriteFile(filepath.Join(dir, "access.toml"), []byte(access), 0o600)
	cfg := Config{Plan: data.Locate(filepath.Join(dir, "plan")), Listen: "127.0.0.1:0", AccessPath: filepath.Join(dir, "access.toml"),
		HostKeyPath: filepath.Join(dir, "host_ed25519"), Idle: time.Minute, MaxSessions: 10, Lang: lang.Da,
		Poll: 200 * time.Millisecond, Log: log.New(f.logMu)}
	if configure != nil {
		configure(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f.srv, f.addr = srv, l.Addr().String()
	go srv.Serve(l)
	t.Cleanup(func() {
		// Shut down only once Serve is answering: the ssh package's Shutdown
		// races with a Serve that has not yet taken its listener in.
		if c, err := net.DialTimeout("tcp", f.addr, 2*time.Second); err == nil {
			c.SetReadDeadline(time.Now().Add(2 * time.Second))
			c.Read(make([]byte, 8))
			c.Close()
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		srv.Shutdown(ctx, "test over")
	})
	return f
}

type safeWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *safeWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func (f *fixture) dial(user string, auth gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", f.addr, &gossh.ClientConfig{User: user, Auth: []gossh.AuthMethod{auth},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), Timeout: 5 * time.Second})
}

// terminal is one logged-in session with a terminal, its screen output collected.
type terminal struct {
	session *gossh.Session
	in      io.WriteCloser
	mu      sync.Mutex
	out     bytes.Buffer
	done    chan struct{}
}

func (f *fixture) login(t *testing.T, user string) *terminal {
	t.Helper()
	client, err := f.dial(user, gossh.PublicKeys(f.keys[user]))
	if err != nil {
		t.Fatalf("%s cannot log in: %v", user, err)
	}
	t.Cleanup(func() { client.Close() })
	s, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	term := &terminal{session: s, done: make(chan struct{})}
	term.in, _ = s.StdinPipe()
	out, _ := s.StdoutPipe()
	errOut, _ := s.StderrPipe()
	go func() { // what the server says on stderr reaches the same screen, as with ssh
		buf := make([]byte, 4096)
		for {
			n, err := errOut.Read(buf)
			term.mu.Lock()
			term.out.Write(buf[:n])
			term.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := out.Read(buf)
			term.mu.Lock()
			term.out.Write(buf[:n])
			term.mu.Unlock()
			if err != nil {
				close(term.done)
				return
			}
		}
	}()
	if err := s.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := s.Shell(); err != nil {
		t.Fatal(err)
	}
	return term
}

func (term *terminal) seen() string {
	term.mu.Lock()
	defer term.mu.Unlock()
	return ansi.Strip(term.out.String())
}

// waitFor waits, at most a few seconds, for text on the screen.
func (term *terminal) waitFor(t *testing.T, text string) {
	t.Helper()
	deadline := time.Now().Add(8 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(term.seen(), text) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%q never appeared; the screen had:\n%s", text, term.seen())
}

// waitEnd waits, at most d, for the server to end the session.
func (term *terminal) waitEnd(t *testing.T, d time.Duration, why string) {
	t.Helper()
	select {
	case <-term.done:
	case <-time.After(d):
		t.Error(why)
	}
}

func (term *terminal) typeKeys(keys ...string) {
	for _, k := range keys {
		term.in.Write([]byte(k))
		time.Sleep(80 * time.Millisecond)
	}
}

func waitForFile(t *testing.T, path, text string) {
	t.Helper()
	deadline := time.Now().Add(8 * time.Second)
	for time.Now().Before(deadline) {
		if b, _ := os.ReadFile(path); strings.Contains(string(b), text) {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%q never landed in %s", text, path)
}

func TestEditorRecordsAFigureThatLandsInTheFile(t *testing.T) {
	f := start(t, nil)
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	anne.typeKeys("m", "e", "7", "6", "\r", "\r") // the first missing figure: R9's
	waitForFile(t, f.status, "measure = \"R9\"\nperiod = \"2026-Q3\"  # ")
	waitForFile(t, f.status, "\nvalue = 76.0\nby = \"anne\"  # ")
	// The log line follows the save: wait for it as for the file.
	logged := func() bool {
		return strings.Contains(f.logText(), "recorded") && strings.Contains(f.logText(), "user=anne")
	}
	for deadline := time.Now().Add(8 * time.Second); !logged() && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if !logged() {
		t.Errorf("the recorded figure must be logged:\n%s", f.logText())
	}
}

func TestViewerSeesThePlanButCannotEdit(t *testing.T) {
	f := start(t, nil)
	before, _ := os.ReadFile(f.status)
	bo := f.login(t, "bo")
	bo.waitFor(t, "kun læseadgang")
	bo.waitFor(t, "M1  Alle ledige")
	bo.typeKeys("m", "e", "3", "1", "\r", "\r")
	time.Sleep(500 * time.Millisecond)
	if strings.Contains(bo.seen(), "Registrér") || strings.Contains(bo.seen(), "registrér") {
		t.Error("a viewer must never see an edit form or key")
	}
	if after, _ := os.ReadFile(f.status); !bytes.Equal(after, before) {
		t.Error("a viewer's keys changed the file")
	}
}

func TestUnknownKeyAndPasswordAreRefused(t *testing.T) {
	f := start(t, nil)
	if _, err := f.dial("eve", gossh.PublicKeys(f.keys["eve"])); err == nil {
		t.Error("a key not in the access file must be refused")
	}
	if _, err := f.dial("anne", gossh.Password("hemmelig")); err == nil {
		t.Error("passwords must never be accepted")
	}
	if _, err := f.dial("anne", gossh.KeyboardInteractive(func(string, string, []string, []bool) ([]string, error) { return []string{"x"}, nil })); err == nil {
		t.Error("keyboard-interactive must never be accepted")
	}
	if !strings.Contains(f.logText(), "refused: unknown key") {
		t.Errorf("a refusal must be logged:\n%s", f.logText())
	}
}

func TestCommandsAreRefused(t *testing.T) {
	f := start(t, nil)
	client, err := f.dial("anne", gossh.PublicKeys(f.keys["anne"]))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	s, _ := client.NewSession()
	out, err := s.CombinedOutput("cat /etc/passwd")
	if err == nil || !strings.Contains(string(out), "kører kun disse kommandoer") || strings.Contains(string(out), "root:") {
		t.Errorf("a command must be refused: %v %q", err, out)
	}
}

func TestTwoSessionsSeeEachOthersSaves(t *testing.T) {
	f := start(t, nil)
	anne, bo := f.login(t, "anne"), f.login(t, "bo")
	anne.waitFor(t, "Overblik")
	bo.waitFor(t, "Overblik")
	bo.typeKeys("m")
	bo.waitFor(t, "2 resultatmål")
	anne.typeKeys("m", "e", "3", "1", "\r", "\r")
	waitForFile(t, f.status, "by = \"anne\"")
	bo.waitFor(t, "gemt af en anden") // pushed from the shared store, no poll

}

func TestSessionLimitRefusesTheNext(t *testing.T) {
	f := start(t, func(c *Config) { c.MaxSessions = 1 })
	first := f.login(t, "anne")
	first.waitFor(t, "Overblik")
	second := f.login(t, "bo")
	second.waitFor(t, "Der er allerede 1 forbindelser")
	second.waitEnd(t, 5*time.Second, "the refused session must end")
}

func TestIdleSessionIsClosed(t *testing.T) {
	f := start(t, func(c *Config) { c.Idle = 700 * time.Millisecond })
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	anne.waitEnd(t, 6*time.Second, "an idle session must be closed")
	anne.waitFor(t, "Ingen aktivitet i 700ms") // told why
}

func TestAccessFileIsReadAgainWhenItChanges(t *testing.T) {
	f := start(t, nil)
	if _, err := f.dial("eve", gossh.PublicKeys(f.keys["eve"])); err == nil {
		t.Fatal("eve is not in the access file yet")
	}
	access, _ := os.ReadFile(filepath.Join(f.dir, "access.toml"))
	eve := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(f.keys["eve"].PublicKey())))
	access = append(access, []byte(fmt.Sprintf("\n[[user]]\nname = \"eve\"\nrole = \"viewer\"\nkeys = [%q]\n", eve))...)
	time.Sleep(20 * time.Millisecond) // a new modification time
	os.WriteFile(filepath.Join(f.dir, "access.toml"), access, 0o600)
	client, err := f.dial("eve", gossh.PublicKeys(f.keys["eve"]))
	if err != nil {
		t.Fatalf("a colleague added to the access file must get in without a restart: %v", err)
	}
	client.Close()
}

func TestShutdownTellsEveryUser(t *testing.T) {
	f := start(t, nil)
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	go f.srv.Shutdown(ctx, "serveren lukker ned")
	anne.waitFor(t, "serveren lukker ned")
}

func TestHostKeyIsCreatedPrivate(t *testing.T) {
	f := start(t, nil)
	info, err := os.Stat(filepath.Join(f.dir, "host_ed25519"))
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("host key: %v %v", info, err)
	}
	if fp, err := Fingerprint(filepath.Join(f.dir, "host_ed25519")); err != nil || !strings.HasPrefix(fp, "SHA256:") {
		t.Errorf("fingerprint %q %v", fp, err)
	}
}

// TestRepairInASessionIsLogged: a save refused for a changed block, and
// ctrl+r in the session moves the block aside. The repair changes the
// status file for everyone, so the log names who did it and where the
// block went (it logged nothing).
func TestRepairInASessionIsLogged(t *testing.T) {
	f := start(t, nil)
	if _, err := data.NewWriter().Append(f.status, data.Known{}, data.EncodeEntries([]model.Entry{{Measure: "R13", Period: model.MustPeriod("2026-Q2"),
		Value: 1750, HasValue: true, By: "bo", At: time.Date(2026, 7, 1, 9, 0, 0, 0, time.UTC)}})); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(f.status)
	os.WriteFile(f.status, bytes.Replace(b, []byte("value = 1750.0"), []byte("value = 1"), 1), 0o660)
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	anne.typeKeys("m", "e", "7", "6", "\r", "\r")
	anne.waitFor(t, "ctrl+r")
	anne.typeKeys("\x12")
	anne.waitFor(t, ".torn-")
	if log := f.logText(); !strings.Contains(log, "repaired") || !strings.Contains(log, "user=anne") || !strings.Contains(log, ".torn-") {
		t.Errorf("the repair must be logged with who and where:\n%s", log)
	}
}
