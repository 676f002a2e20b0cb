package app

import (
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/data/history"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Request is what a front end asks to open.
type Request struct {
	Plan       string    // a plan file or its folder; "" for $BESKPLAN_PLAN or here
	AsOf       string    // the as-of period as typed; "" for the latest ended one
	AsRecorded string    // a day (2024-10-15): figures recorded after it are left out; ""  for all
	Lang       lang.Lang // the language of notices and refusals
	Now        time.Time // today, for the default as-of period; zero for time.Now
	// Writing opens the plan to record in: the built-in example is refused.
	Writing bool
	// Source, when set, is the plan to open instead of finding it from Plan
	// (serve is given its plan once, at start).
	Source *data.Source
	// Loaded, when set, is the plan already loaded from Source.
	Loaded *data.Loaded
}

// Refused is input a person gave that cannot be used: a flag's value, a
// typed figure, a period. Its text is in the person's language.
type Refused struct{ Text string }

func (r *Refused) Error() string { return r.Text }

// Opened is a plan opened for a front end, with the view asked for.
type Opened struct {
	*Plan
	Source data.Source  // where the plan was found, also when it could not be read
	Loaded *data.Loaded // nil when nothing could be read
	View   model.View
	// Notices are said before anything else (on standard error by the
	// commands): that the built-in example is shown, or the plan as it was
	// committed on the as-recorded day.
	Notices []string
}

// Plan is an opened plan: the one store of its files, the history of its
// targets and rival figures in git, and the views worked out of it, for
// every front end and every session that shows it.
type Plan struct {
	Store *data.Store
	// Targets is how each measure's target changed over the plan file's
	// commits; Elsewhere the rival figures recorded in another clone, by
	// data.Rival.Key. Both nil when the plan is not kept in git.
	Targets   map[string][]history.Change
	Elsewhere map[string]bool
	Kept      bool // the status file is in a git working tree
	shown     shownCache
}

// Open finds, loads and composes the plan as every front end shows it. A
// plan that cannot be read is data.Problems, with what could be read in
// Opened.Loaded (for check's warnings); a bad as-of or as-recorded is
// *Refused.
func Open(r Request) (*Opened, error) {
	if r.Now.IsZero() {
		r.Now = time.Now()
	}
	o := &Opened{}
	src := data.Locate(r.Plan)
	if r.Source != nil {
		src = *r.Source
	}
	if src.Example && r.Writing {
		return nil, &Refused{r.Lang.T(lang.ExampleReadOnly)}
	}
	if src.Example {
		o.Notices = append(o.Notices, r.Lang.T(lang.UsingExample))
	}
	if r.AsRecorded != "" && !src.Example {
		day, err := time.Parse(time.DateOnly, r.AsRecorded)
		if err != nil {
			return nil, &Refused{r.Lang.T(lang.BadAsRecorded, r.AsRecorded)}
		}
		// Scored against the targets in force then, where git knows them.
		if text, commit, ok := history.PlanAt(src.PlanPath, day); ok {
			src.PlanText = text
			o.Notices = append(o.Notices, r.Lang.T(lang.PlanAsOfGit, r.AsRecorded, commit.Rev[:min(7, len(commit.Rev))], r.Lang.Date(model.DateOf(commit.When))))
		}
	}
	o.Source = src
	loaded := r.Loaded
	if loaded == nil {
		var err error
		if loaded, err = data.Load(src); err != nil {
			o.Loaded = loaded
			return o, err
		}
	}
	o.Loaded = loaded
	view, bad := ViewOf(loaded.Plan, r.Now, r.AsOf, r.AsRecorded, r.Lang)
	if bad != "" {
		return o, &Refused{bad}
	}
	o.View = view
	o.Plan = FromLoaded(loaded)
	return o, nil
}

// FromLoaded is a plan already loaded, composed as Open composes it: its
// store, and its history in git where it is kept there.
func FromLoaded(loaded *data.Loaded) *Plan {
	p := &Plan{Store: data.NewStore(loaded)}
	if !loaded.Example && history.Kept(loaded.StatusPath) {
		p.Kept = true
		p.Targets, _ = history.Targets(loaded.PlanPath)
		p.Elsewhere = elsewhereIn(p.Store.Snapshot())
	}
	return p
}

// Elsewhere is the set of the snapshot's rival figures that another clone
// of the plan recorded (history.Elsewhere), by data.Rival.Key; nil when
// the plan is not kept in git.
func Elsewhere(snap *data.Snapshot) map[string]bool {
	if snap.Example || !history.Kept(snap.StatusPath) {
		return nil
	}
	return elsewhereIn(snap)
}

// elsewhereIn is Elsewhere for a plan known to be kept in git.
func elsewhereIn(snap *data.Snapshot) map[string]bool {
	set := map[string]bool{}
	for _, r := range history.Elsewhere(snap.StatusPath, data.Rivals(snap.Plan)) {
		set[r.Key()] = true
	}
	return set
}
