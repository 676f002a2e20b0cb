package data

import (
	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/model"
)

// showPlan keeps what a terminal would obey out of the texts read from a
// plan file: TOML can carry ESC or a carriage return in a string, and
// every view, the status and the reports show these texts. The file keeps
// them as written; ids are checked, not changed.
func showPlan(p *model.Plan) {
	for _, s := range []*string{&p.Municipality, &p.Title, &p.Committee, &p.Note} {
		*s = printable.Text(*s)
	}
	for _, g := range p.Goals {
		g.Title, g.Owner = printable.Text(g.Title), printable.Text(g.Owner)
	}
	for _, st := range p.Strategies {
		st.Title, st.Summary, st.Owner = printable.Text(st.Title), printable.Text(st.Summary), printable.Text(st.Owner)
		for i := range st.Means {
			st.Means[i] = printable.Text(st.Means[i])
		}
		for _, in := range st.Initiatives {
			in.Title, in.Owner = printable.Text(in.Title), printable.Text(in.Owner)
		}
	}
	for _, m := range p.Measures {
		for _, s := range []*string{&m.Title, &m.Unit, &m.Source, &m.Owner, &m.Reference} {
			*s = printable.Text(*s)
		}
	}
}

// showEntry does the same for the texts of an entry from the status file.
func showEntry(e *model.Entry) {
	e.Note, e.By = printable.Text(e.Note), printable.Text(e.By)
}
