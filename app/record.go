package app

import (
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// Read reads entries as people typed them, with the one reader every
// front end uses (data.ReadTyped): the same text is the same figure,
// period, state or refusal from the form, set, import and serve.
func Read(p *model.Plan, typed ...data.Typed) ([]model.Entry, error) {
	entries := make([]model.Entry, 0, len(typed))
	for _, t := range typed {
		e, err := data.ReadTyped(p, t)
		if err != nil {
			return nil, err
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// Save records entries by the user through the plan's one store: signed
// under the writer's lock, refused where an entry would not be the one
// shown, and the snapshot that holds them published to every view.
func (pl *Plan) Save(user string, entries ...model.Entry) (*data.Snapshot, []model.Entry, error) {
	return pl.Store.Save(user, entries...)
}

// Record reads what the user typed and saves it: what every front end
// does when a person records a figure.
func (pl *Plan) Record(user string, typed ...data.Typed) (*data.Snapshot, []model.Entry, error) {
	snap := pl.Store.Snapshot()
	entries, err := Read(snap.Plan, typed...)
	if err != nil {
		return snap, nil, err
	}
	return pl.Save(user, entries...)
}
