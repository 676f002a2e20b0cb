package data

import (
	"cmp"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// hashEvery is how often the files' sums are taken even when stat says
// nothing changed: coarse timestamps miss a same-size edit.
const hashEvery = 30 * time.Second

// Snapshot is a plan and its files as the store last read or wrote them.
// It never changes once handed out, and nobody may change it: every change
// is a new Snapshot with a higher Gen, so a reader may keep one (and its
// plan) while the store moves on.
type Snapshot struct {
	*Loaded                // the plan, its entries and what is known of the status file
	Gen      uint64        // counts the store's changes: a higher one is newer, and holds all before it
	ReadAt   time.Time     // when a change by someone else was last read from disk; zero before any
	Problems Problems      // in the files on disk now, which are not taken in: the data is the last good
	Lost     []model.Entry // saved through the store, but gone from the file as now read
	Gone     []model.Entry // read from the file before, by this store, and not in it now (an editor dropped them)
}

// Store owns a plan's files for one view or many (the sessions of
// beskplan serve share one): it reads what changed on disk, appends what
// is saved, hands out a new Snapshot for every change, and tells its
// subscribers of it (see Subscribe and Watch).
// One lock orders its reads and writes, so a save and a reload never both
// take in the same bytes. Safe for use from many goroutines.
type Store struct {
	mu     sync.Mutex
	cur    *Snapshot
	stamp  Stamp
	writer *Writer
	saved  []model.Entry // saved through the store, to notice an editor dropping them
	lost   []model.Entry // of those, the ones the file as last read does not have
	gone   []model.Entry // others' entries the last read found missing, for the next Snapshot to name
	subs   subscribers   // told of every new Snapshot (see Subscribe)
}

// NewStore starts a store from a plan as loaded; the store owns it from
// then on, and nobody may change it.
func NewStore(l *Loaded) *Store {
	return &Store{cur: &Snapshot{Loaded: l}, stamp: StampOf(l.Source, Stamp{}, true, time.Now()), writer: NewWriter()}
}

// Snapshot is the plan as the store now knows it.
func (s *Store) Snapshot() *Snapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur
}

// Refresh looks at the files and takes in what changed: only the new
// part when the status file was appended to, the plan whole when a file
// was replaced. Problems in the files are kept apart, with the last good
// data. It returns the same Snapshot when nothing changed.
func (s *Store) Refresh() *Snapshot {
	defer s.notify() // after the lock is let go
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refresh(time.Now())
	return s.cur
}

func (s *Store) refresh(now time.Time) {
	if s.cur.Example {
		return
	}
	// The stamp is taken before reading, so a change while reading is seen next time.
	stamp := StampOf(s.cur.Source, s.stamp, now.Sub(s.stamp.Hashed) >= hashEvery, now)
	changed := stamp.Changed(s.stamp)
	planSame := stamp.Plan.sameStat(s.stamp.Plan) && stamp.Plan.Sum == s.stamp.Plan.Sum && stamp.Tables == s.stamp.Tables
	s.stamp = stamp
	if changed {
		s.read(planSame, now)
	}
}

// read takes in the files as they are now: what was appended after the
// known part when the plan file is the same, else everything.
func (s *Store) read(planSame bool, now time.Time) {
	cur := s.cur
	if planSame {
		if added, problems, ok := cur.ReadAdded(); ok {
			switch {
			case len(problems) > 0:
				s.publish(cur.Loaded, cur.ReadAt, problems)
			case added.Known != cur.Known || cur.Problems != nil:
				s.lost = without(s.lost, added.Entries)
				next := cur.with(added.Known, added.Entries)
				next.Warnings = append(slices.Clip(next.Warnings), added.Warnings...)
				s.publish(next, now, nil)
			}
			return
		}
	}
	l, err := Load(cur.Source)
	if err != nil {
		var problems Problems
		if !errors.As(err, &problems) {
			problems = Problems{{File: cur.StatusPath, Key: lang.FileUnreadable, Args: []any{err.Error()}}}
		}
		s.publish(cur.Loaded, cur.ReadAt, problems)
		return
	}
	s.lost = without(s.saved, l.Plan.Entries)
	// Entries read before that the file no longer has: an editor saving
	// by copy-and-rename dropped what was appended meanwhile. Ours are in
	// lost, to save again; the others' are named.
	s.gone = without(without(cur.Plan.Entries, l.Plan.Entries), s.saved)
	s.publish(l, now, nil)
}

// Save signs the entries by the user and appends them to the status file
// (for the built-in example, keeps them in memory). It returns the new
// Snapshot and the entries as saved; on an error nothing was written.
func (s *Store) Save(by string, entries ...model.Entry) (*Snapshot, []model.Entry, error) {
	defer s.notify() // after the lock is let go
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.save(by, entries)
}

// SaveOnto saves the entries as Save does, signed at the time given, but
// only onto the snapshot given: when the store or the status file has
// moved on since, it refuses with ErrChanged and writes nothing (see
// Writer.SaveOnto), with the snapshot as the files are now. What was made
// of the snapshot (an approved paper) is so made of exactly the entries
// before these.
func (s *Store) SaveOnto(snap *Snapshot, by string, at time.Time, entries ...model.Entry) (*Snapshot, []model.Entry, error) {
	defer s.notify() // after the lock is let go
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur.Known != snap.Known || s.cur.Plan != snap.Plan {
		return s.cur, nil, ErrChanged
	}
	cur, saved, err := s.saveAt(by, at, entries)
	if errors.Is(err, ErrChanged) {
		// Others appended since: take it in now, whatever the files' stamps
		// say, so the snapshot returned is the one to make it again of.
		s.read(true, time.Now())
		cur = s.cur
	}
	return cur, saved, err
}

// SaveLost saves again the entries an editor dropped from the file (as the
// store last read it), each once, however often it is asked.
func (s *Store) SaveLost(by string) (*Snapshot, []model.Entry, error) {
	defer s.notify() // after the lock is let go
	s.mu.Lock()
	defer s.mu.Unlock()
	lost, saved := s.lost, s.saved
	if len(lost) == 0 {
		return s.cur, nil, nil
	}
	// The copies saved now stand for the lost ones: only they can be lost next time.
	s.saved, s.lost = without(saved, lost), nil
	snap, done, err := s.save(by, lost)
	if err != nil {
		s.saved, s.lost = saved, lost
	}
	return snap, done, err
}

func (s *Store) save(by string, entries []model.Entry) (*Snapshot, []model.Entry, error) {
	return s.saveAt(by, time.Time{}, entries)
}

// saveAt is save; at, when not zero, is the time to sign by, onto the file as known.
func (s *Store) saveAt(by string, at time.Time, entries []model.Entry) (*Snapshot, []model.Entry, error) {
	entries = slices.Clone(entries)
	Sign(entries, by, cmp.Or(at, time.Now()))
	cur := s.cur
	// An entry recorded later still would go on being shown instead: refuse,
	// so a saved figure is always the figure shown.
	if err := cur.CheckShown(entries); err != nil {
		return cur, nil, err
	}
	if cur.Example {
		s.publish(cur.with(cur.Known, entries), cur.ReadAt, cur.Problems)
		return s.cur, entries, nil
	}
	// Signed again under the writer's lock: that time is the one saved.
	known, entries, err := s.writer.SaveOnto(cur.StatusPath, cur.Known, cur.Plan, by, at, entries)
	if closed := (*InputError)(nil); errors.As(err, &closed) && closed.Closed != nil {
		s.read(true, time.Now()) // approved meanwhile: the next try knows it
		return s.cur, nil, err
	}
	if err != nil {
		return cur, nil, cur.Placed(err)
	}
	block := EncodeEntries(entries)
	s.saved = append(s.saved, entries...)
	if known != cur.Known.extend(block) {
		// Someone else wrote before us: read it all, ours among it, each entry once.
		s.read(true, time.Now())
		return s.cur, entries, nil
	}
	s.publish(cur.with(known, entries), cur.ReadAt, cur.Problems)
	// Only the status file's part of the stamp moves on: a change to the
	// plan file not yet looked at is still seen at the next look.
	if after := StampOf(cur.Source, s.stamp, true, time.Now()); after.Status.Size == known.Size {
		s.stamp.Status = after.Status
	} else {
		s.stamp.Status = FileStamp{} // someone wrote after us: the next look reads it
	}
	return s.cur, entries, nil
}

// Repair moves the unfinished end of the status file aside (see
// Writer.Repair) and takes in the file as it is then.
func (s *Store) Repair(now time.Time) (string, *Snapshot, error) {
	defer s.notify() // after the lock is let go
	s.mu.Lock()
	defer s.mu.Unlock()
	aside, err := s.writer.Repair(s.cur.StatusPath, now)
	if err == nil {
		s.refresh(now)
	}
	return aside, s.cur, err
}

// publish makes the next Snapshot current.
func (s *Store) publish(l *Loaded, readAt time.Time, problems Problems) {
	s.cur = &Snapshot{Loaded: l, Gen: s.cur.Gen + 1, ReadAt: readAt, Problems: problems, Lost: slices.Clip(s.lost), Gone: s.gone}
	s.gone = nil // named once
}

// with is the plan after entries were added at the end of the file, now known as known.
func (l *Loaded) with(known Known, entries []model.Entry) *Loaded {
	next := *l
	next.Plan, next.Known = l.Plan.With(entries...), known
	next.StatusExists = next.StatusExists || known.Size > 0
	return &next
}

// entryKey is what tells one saved entry from another: the file gives the
// time back to the microsecond, so an entry read again is the same one.
type entryKey struct {
	measure, initiative, by string
	period                  model.Period
	value                   float64
	at                      int64
}

func keyOf(e model.Entry) entryKey {
	return entryKey{e.Measure, e.Initiative, e.By, e.Period, e.Value, e.At.UnixMicro()}
}

// without is the entries of list that are not in have, as a new slice.
func without(list, have []model.Entry) []model.Entry {
	if len(list) == 0 {
		return nil
	}
	in := make(map[entryKey]bool, len(have))
	for _, e := range have {
		in[keyOf(e)] = true
	}
	var out []model.Entry
	for _, e := range list {
		if !in[keyOf(e)] {
			out = append(out, e)
		}
	}
	return out
}
