package serve

import (
	"math/rand/v2"
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
//
// A flood must not keep colleagues out, so the gate does not simply refuse
// everyone at the cap. As OpenSSH's MaxStartups start:rate:full does, past
// half the cap a new connection from an address that already has some
// waiting is refused at random, more often the fuller the gate (all of
// them at the cap). And at the cap a connection from an address with fewer
// waiting than the address with the most takes the place of that
// address's oldest: a colleague from an address of their own always gets
// in, however many sockets the flood holds open.
type gate struct {
	mu           sync.Mutex
	total, max   int
	perMax       int
	perSource    map[string]int
	waiting      map[string][]*pending // by source, oldest first
	log          *log.Logger
	refusedTotal int // how many were refused, for the tests and the log
	evicted      int // how many were closed for a lighter address's connection
	// chance is a random number in [0, 1); a test may make it fixed.
	chance func() float64
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
	p := g.enter(c)
	if p == nil {
		return nil // the server closes it
	}
	ctx.SetValue(pendingKey{}, p)
	return p
}

// enter admits a connection, or refuses it (nil), closing the connection
// it takes the place of, if any.
func (g *gate) enter(c net.Conn) *pending {
	source := c.RemoteAddr().String()
	if host, _, err := net.SplitHostPort(source); err == nil {
		source = host
	}
	g.mu.Lock()
	if g.waiting == nil {
		g.waiting = map[string][]*pending{}
	}
	if g.chance == nil {
		g.chance = rand.Float64
	}
	here := g.perSource[source]
	var victim *pending
	refuse := here >= g.perMax
	if !refuse && g.total >= g.max {
		victim = g.heaviest(here)
		refuse = victim == nil
	}
	if start := g.max / 2; !refuse && victim == nil && here > 0 && g.total >= start {
		// Refused at random, from 1 in (full-start+1) past start to all at full.
		refuse = g.chance() < float64(g.total-start+1)/float64(g.max-start+1)
	}
	if refuse {
		g.refusedTotal++
		total := g.total
		g.mu.Unlock()
		g.log.Warn("refused: too many connections not yet logged in", "remote", c.RemoteAddr().String(),
			"pending", total, "limit", g.max, "from_source", here, "limit_per_source", g.perMax)
		return nil
	}
	p := &pending{Conn: c, g: g, source: source}
	g.total++
	g.perSource[source]++
	g.waiting[source] = append(g.waiting[source], p)
	if victim != nil {
		g.evicted++
		g.forget(victim) // its place is this one's now
	}
	g.mu.Unlock()
	if victim != nil {
		g.log.Warn("closed a connection not yet logged in for one from a less busy address", "remote", victim.RemoteAddr().String(),
			"for", c.RemoteAddr().String())
		victim.Conn.Close()
	}
	return p
}

// heaviest is the oldest waiting connection of the address with the most
// waiting, if that is more than here; nil otherwise. g.mu is held.
func (g *gate) heaviest(here int) *pending {
	var victim *pending
	most := here
	for _, list := range g.waiting {
		if len(list) > most {
			most, victim = len(list), list[0]
		}
	}
	return victim
}

func (p *pending) done() {
	p.g.mu.Lock()
	defer p.g.mu.Unlock()
	p.g.forget(p)
}

// forget frees p's place, once. g.mu is held.
func (g *gate) forget(p *pending) {
	p.once.Do(func() {
		g.total--
		if g.perSource[p.source]--; g.perSource[p.source] <= 0 {
			delete(g.perSource, p.source)
		}
		list := g.waiting[p.source]
		for i, q := range list {
			if q == p {
				list = append(list[:i:i], list[i+1:]...)
				break
			}
		}
		if len(list) == 0 {
			delete(g.waiting, p.source)
		} else {
			g.waiting[p.source] = list
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
