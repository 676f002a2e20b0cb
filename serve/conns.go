package serve

import (
	"net"
	"sync"

	"charm.land/log/v2"
	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// gate bounds the connections that have not yet logged in, in total and
// per source address: each costs a file descriptor and a goroutine, and
// thousands of them left open would keep real users out. A connection
// counts from its accept until it opens its first session (its handshake
// done and its key verified) or closes; the handshake timeout ends the
// ones that never get there.
type gate struct {
	mu           sync.Mutex
	total, max   int
	perMax       int
	perSource    map[string]int
	log          *log.Logger
	refusedTotal int // how many were refused, for the tests and the log
}

type pendingKey struct{}

// pending is a connection not yet logged in; done frees its place once.
type pending struct {
	net.Conn
	g      *gate
	source string
	once   sync.Once
}

func (g *gate) admit(ctx ssh.Context, c net.Conn) net.Conn {
	source := c.RemoteAddr().String()
	if host, _, err := net.SplitHostPort(source); err == nil {
		source = host
	}
	g.mu.Lock()
	full, fromSource := g.total >= g.max, g.perSource[source] >= g.perMax
	if full || fromSource {
		g.refusedTotal++
		total, here := g.total, g.perSource[source]
		g.mu.Unlock()
		g.log.Warn("refused: too many connections not yet logged in", "remote", c.RemoteAddr().String(),
			"pending", total, "limit", g.max, "from_source", here, "limit_per_source", g.perMax)
		return nil // the server closes it
	}
	g.total++
	g.perSource[source]++
	g.mu.Unlock()
	p := &pending{Conn: c, g: g, source: source}
	ctx.SetValue(pendingKey{}, p)
	return p
}

func (p *pending) done() {
	p.once.Do(func() {
		g := p.g
		g.mu.Lock()
		defer g.mu.Unlock()
		g.total--
		if g.perSource[p.source]--; g.perSource[p.source] <= 0 {
			delete(g.perSource, p.source)
		}
	})
}

func (p *pending) Close() error {
	p.done()
	return p.Conn.Close()
}

// pendingNow is how many connections have not logged in yet.
func (g *gate) pendingNow() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.total
}

// loggedIn wraps the session channel's handler: the first session opened
// on a connection frees its place among those not logged in.
func loggedIn(next ssh.ChannelHandler) ssh.ChannelHandler {
	return func(srv *ssh.Server, conn *gossh.ServerConn, ch gossh.NewChannel, ctx ssh.Context) {
		if p, ok := ctx.Value(pendingKey{}).(*pending); ok {
			p.done()
		}
		next(srv, conn, ch, ctx)
	}
}
