package serve

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// writeAccess writes the access file with the given roles ("" leaves the user out).
func (f *fixture) writeAccess(t *testing.T, roles map[string]string) {
	t.Helper()
	var b strings.Builder
	for _, name := range []string{"anne", "bo", "eve"} {
		if roles[name] == "" {
			continue
		}
		line := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(f.keys[name].PublicKey())))
		fmt.Fprintf(&b, "[[user]]\nname = %q\nrole = %q\nkeys = [%q]\n\n", name, roles[name], line)
	}
	time.Sleep(20 * time.Millisecond) // a new modification time
	path := filepath.Join(f.dir, "access.toml")
	if err := os.WriteFile(path+".new", []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	os.Rename(path+".new", path)
}

func (f *fixture) logHas(t *testing.T, texts ...string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		all := true
		for _, text := range texts {
			all = all && strings.Contains(f.logText(), text)
		}
		if all {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("the log must say %q:\n%s", texts, f.logText())
}

func TestRemovedUserIsShownOutOfAnOpenSession(t *testing.T) {
	f := start(t, nil)
	bo := f.login(t, "bo")
	bo.waitFor(t, "Overblik")
	f.writeAccess(t, map[string]string{"anne": "editor"})
	bo.waitEnd(t, 6*time.Second, "a user removed from the access file must lose the open session")
	bo.waitFor(t, "din nøgle er fjernet fra access.toml")
	f.logHas(t, "session ended: removed from the access file", "user=bo")
}

func TestEditorDemotedMidSessionLosesTheFormAndSavesNothing(t *testing.T) {
	f := start(t, nil)
	before, _ := os.ReadFile(f.status)
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	anne.typeKeys("m", "e", "7", "6", "\r") // the form asks to confirm
	anne.waitFor(t, "76")
	f.writeAccess(t, map[string]string{"anne": "viewer", "bo": "viewer"})
	anne.waitFor(t, "Din rolle er ændret til viewer i access.toml")
	anne.typeKeys("\r", "e", "5", "\r", "\r")
	time.Sleep(300 * time.Millisecond)
	if after, _ := os.ReadFile(f.status); !bytes.Equal(after, before) {
		t.Errorf("nothing may be saved after the demotion:\n%s", after[len(before):])
	}
	f.logHas(t, "role changed", "user=anne", "role=viewer")
	if strings.Contains(f.logText(), "recorded") {
		t.Errorf("no figure may be recorded:\n%s", f.logText())
	}
}

// rawDial opens a TCP connection and reports whether the server greets it
// (an SSH version line) or closes it at once.
func rawDial(t *testing.T, addr, from string) (net.Conn, bool) {
	t.Helper()
	d := net.Dialer{Timeout: 2 * time.Second, LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetReadDeadline(time.Now().Add(2 * time.Second))
	buf := make([]byte, 8)
	n, _ := c.Read(buf)
	return c, strings.HasPrefix(string(buf[:n]), "SSH-")
}

func TestConnectionsThatNeverLogInAreCappedAndTimedOut(t *testing.T) {
	f := start(t, func(c *Config) { c.MaxPending, c.MaxPendingSource, c.Handshake = 3, 2, 700*time.Millisecond })
	f.srv.gate.mu.Lock()
	f.srv.gate.chance = func() float64 { return 1 } // no refusal at random here
	f.srv.gate.mu.Unlock()
	var held []net.Conn
	for i, c := range []struct {
		from    string
		greeted bool
	}{
		{"127.0.0.1", true}, {"127.0.0.1", true},
		{"127.0.0.1", false}, // its address has as many waiting as it may
		{"127.0.0.2", true},
		{"127.0.0.3", true},  // the gate is full: it takes the place of 127.0.0.1's oldest
		{"127.0.0.4", true},  // it too: it has none waiting, the others one each
		{"127.0.0.4", false}, // now every address has as many waiting as it has
	} {
		conn, greeted := rawDial(t, f.addr, c.from)
		if greeted != c.greeted {
			t.Errorf("connection %d from %s: greeted %v, want %v", i+1, c.from, greeted, c.greeted)
		}
		if greeted {
			held = append(held, conn)
		}
	}
	f.logHas(t, "refused: too many connections not yet logged in", "limit_per_source=2", "limit=3")
	f.logHas(t, "closed a connection not yet logged in for one from a less busy address", "for=127.0.0.3")
	for i, conn := range held { // the handshake timeout ends them
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := conn.Read(make([]byte, 512)); err == nil {
			if _, err := conn.Read(make([]byte, 512)); err == nil {
				t.Errorf("connection %d was not closed after the handshake timeout", i+1)
			}
		}
	}
	deadline := time.Now().Add(3 * time.Second)
	for f.srv.gate.pendingNow() > 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	anne := f.login(t, "anne") // a real user gets in once they are gone
	anne.waitFor(t, "Overblik")
}

func (f *fixture) run(t *testing.T, user, command string) (string, error) {
	t.Helper()
	client, err := f.dial(user, gossh.PublicKeys(f.keys[user]))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	s, err := client.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	s.Stdout, s.Stderr = &out, &errOut
	done := make(chan error, 1)
	go func() { done <- s.Run(command) }()
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s never ended", command)
	}
	return out.String() + errOut.String(), err
}

func TestReportsAndStatusOverExec(t *testing.T) {
	f := start(t, nil)
	for _, c := range []struct {
		user, command string
		ok            bool
		want          string
	}{
		{"bo", "report --format html", true, "<!DOCTYPE html>"},
		{"bo", "report --format csv", true, "\ufeff"},
		{"bo", "report --format xlsx", true, "PK\x03\x04"}, // the README lists it (issue 23, item 14)
		{"anne", "report", true, "# "},
		{"anne", "status", true, "M1  Alle ledige"},
		{"anne", "status", true, "Strategier"},
		{"anne", "report --brief", true, "# "},
		{"bo", "missing --brief", false, "kun disse kommandoer"},
		{"bo", "missing", true, "R9"},
		{"bo", "report --as-of 2025-Q2 --format md", true, "Status pr. 2. kvartal 2025"},
		{"bo", "report --format pdf", false, "pdf"},
		{"bo", "compare --format pdf", false, "pdf"},
		{"bo", "compare MM3 MM1", false, "kun disse kommandoer"},
		{"bo", "status --periods 3", false, "kun disse kommandoer"},
		{"bo", "report --as-of 2025-Q9", false, "2025-Q9"},
		{"bo", "set R9 2026-Q3 31", false, "kun disse kommandoer"},
		{"anne", "cat /etc/passwd", false, "kun disse kommandoer"},
	} {
		out, err := f.run(t, c.user, c.command)
		if (err == nil) != c.ok || !strings.Contains(out, c.want) || strings.Contains(out, "root:") {
			t.Errorf("%s by %s: err %v, output %.300q; want ok=%v and %q", c.command, c.user, err, out, c.ok, c.want)
		}
	}
	if out, err := f.run(t, "anne", "status --brief"); err != nil || strings.Contains(out, "Strategier") || !strings.Contains(out, "M1  Alle ledige") {
		t.Errorf("status --brief over exec: err %v, output %.300q; want the goals without the strategies", err, out)
	}
	f.logHas(t, "command", "user=bo", "report --format html")
	if !strings.Contains(f.logText(), "refused: command user=anne") {
		t.Errorf("refusals must name the access file's user:\n%s", f.logText())
	}
	f.writeAccess(t, map[string]string{"anne": "editor"})
	if _, err := f.dial("bo", gossh.PublicKeys(f.keys["bo"])); err == nil {
		t.Error("a user removed from the access file must not fetch reports")
	}
}

// A flood of connections that never log in, from several addresses that
// each stay under their own limit and together fill the gate, must not
// keep a colleague out (issue 23, item 5): at the cap the colleague's
// connection takes the place of the busiest address's oldest.
func TestAFloodFromManyAddressesDoesNotKeepColleaguesOut(t *testing.T) {
	f := start(t, func(c *Config) { c.MaxPending, c.MaxPendingSource, c.Handshake = 16, 4, 3*time.Second })
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for source := 2; source <= 9; source++ {
		for range 4 {
			wg.Add(1)
			go func() { // one socket that never speaks, opened again whenever it is closed
				defer wg.Done()
				from := &net.TCPAddr{IP: net.IPv4(127, 0, 0, byte(source))}
				for {
					select {
					case <-stop:
						return
					default:
					}
					d := net.Dialer{Timeout: time.Second, LocalAddr: from}
					c, err := d.Dial("tcp", f.addr)
					if err != nil {
						time.Sleep(10 * time.Millisecond)
						continue
					}
					go func() { <-stop; c.Close() }()
					c.SetReadDeadline(time.Now().Add(5 * time.Second))
					io.Copy(io.Discard, c) // until the server closes it
					c.Close()
				}
			}()
		}
	}
	defer func() { close(stop); wg.Wait() }()
	deadline := time.Now().Add(5 * time.Second)
	for f.srv.gate.pendingNow() < 16 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := f.srv.gate.pendingNow(); n < 16 {
		t.Fatalf("the flood holds %d connections, want the gate full (16)", n)
	}
	in := 0
	for range 10 {
		client, err := f.dial("anne", gossh.PublicKeys(f.keys["anne"]))
		if err == nil {
			in++
			client.Close()
		}
	}
	if in < 5 {
		t.Errorf("%d of 10 logins got in during the flood, want at least half", in)
	}
	f.srv.gate.mu.Lock()
	evicted := f.srv.gate.evicted
	f.srv.gate.mu.Unlock()
	if evicted == 0 {
		t.Errorf("no flood connection was closed to let a colleague in")
	}
}
