package data

import (
	"context"
	"testing"
	"time"
)

// told collects what a subscriber was told, newest generation last seen.
func told(t *testing.T, ch <-chan *Snapshot, gen uint64) *Snapshot {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case s := <-ch:
			if s.Gen >= gen {
				return s
			}
		case <-deadline:
			t.Fatalf("generation %d was never told", gen)
			return nil
		}
	}
}

func TestStoreTellsEverySubscriberOfSavesAndOfChangesOnDisk(t *testing.T) {
	store := storeOnDisk(t)
	a, b := make(chan *Snapshot, 8), make(chan *Snapshot, 8)
	store.Subscribe(func(s *Snapshot) { a <- s })
	stopB := store.Subscribe(func(s *Snapshot) { b <- s })
	saved, _, err := store.Save("anne", figureEntry(89.9, ""))
	if err != nil {
		t.Fatal(err)
	}
	for name, ch := range map[string]chan *Snapshot{"a": a, "b": b} {
		if s := told(t, ch, saved.Gen); countOf(s, "R1", 89.9) != 1 {
			t.Errorf("%s was told a snapshot without the save", name)
		}
	}
	stopB()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go store.Watch(ctx, 20*time.Millisecond) // one watcher for all
	addTo(t, saved.StatusPath, othersEntry)
	if s := told(t, a, saved.Gen+1); countOf(s, "R7", 240) != 1 {
		t.Error("a change on disk must reach the subscriber through the one watcher")
	}
	select {
	case s := <-b:
		t.Errorf("b ended its subscription but was told generation %d", s.Gen)
	case <-time.After(100 * time.Millisecond):
	}
	if store.Subscribers() != 1 {
		t.Errorf("%d subscribers, want 1", store.Subscribers())
	}
}
