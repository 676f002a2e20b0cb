package data

import (
	"context"
	"sync"
	"time"
)

// subscribers are the views sharing one store (the sessions of beskplan
// serve): each is told of every new Snapshot, so one store, read once and
// watched once, serves them all.
type subscribers struct {
	mu   sync.Mutex
	next int
	fns  map[int]func(*Snapshot)
	told uint64 // the newest Gen handed to them, so each change is told once
}

// Subscribe asks to be told of every new Snapshot, however it came (a save
// through the store, a change on disk seen by Watch). fn is called on a
// goroutine of its own, so a slow view holds up neither the store nor the
// others; snapshots may therefore arrive out of order, and the one with the
// higher Gen is the newer. The returned func ends the subscription.
func (s *Store) Subscribe(fn func(*Snapshot)) (cancel func()) {
	subs := &s.subs
	subs.mu.Lock()
	defer subs.mu.Unlock()
	if subs.fns == nil {
		subs.fns = map[int]func(*Snapshot){}
	}
	id := subs.next
	subs.next++
	subs.fns[id] = fn
	return func() {
		subs.mu.Lock()
		defer subs.mu.Unlock()
		delete(subs.fns, id)
	}
}

// Subscribers is how many are subscribed now.
func (s *Store) Subscribers() int {
	s.subs.mu.Lock()
	defer s.subs.mu.Unlock()
	return len(s.subs.fns)
}

// notify tells every subscriber of the current Snapshot if it is newer than
// the last one told. It is called after the store's lock is let go.
func (s *Store) notify() {
	snap := s.Snapshot()
	subs := &s.subs
	subs.mu.Lock()
	defer subs.mu.Unlock()
	if snap.Gen <= subs.told {
		return
	}
	subs.told = snap.Gen
	for _, fn := range subs.fns {
		go fn(snap)
	}
}

// Watch looks at the files every interval until ctx ends, and tells the
// subscribers of what changed: one watcher for every view of the store.
func (s *Store) Watch(ctx context.Context, every time.Duration) {
	if every <= 0 {
		return
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.Refresh()
		}
	}
}
