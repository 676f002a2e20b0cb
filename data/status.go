package data

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// readStatus reads the entries of a status file against its plan.
func readStatus(file string, src []byte, p *model.Plan) ([]model.Entry, Problems) {
	d := &doc{file: file}
	root, ok := d.parse(src)
	if !ok {
		return nil, d.problems
	}
	r := table{d, "", root}
	r.known("entry")
	var measureIDs, initiativeIDs []string
	for _, m := range p.Measures {
		measureIDs = append(measureIDs, m.ID)
	}
	for _, in := range p.Initiatives() {
		initiativeIDs = append(initiativeIDs, in.ID)
	}
	list := r.list("entry")
	entries := make([]model.Entry, 0, len(list))
	for _, t := range list {
		if e, ok := readEntry(t, p, measureIDs, initiativeIDs); ok {
			entries = append(entries, e)
		}
	}
	d.place(src)
	return entries, d.problems
}

var entryKeys = []string{"measure", "initiative", "period", "value", "reference", "pending", "state", "note", "by", "at"}

// readEntry reads one [[entry]]; ok is false when it cannot be counted.
func readEntry(t table, p *model.Plan, measureIDs, initiativeIDs []string) (model.Entry, bool) {
	t.known(entryKeys...)
	before := len(t.d.problems)
	e := model.Entry{
		Measure:    t.text("measure", false),
		Initiative: t.text("initiative", false),
		Note:       t.text("note", false),
		By:         t.text("by", false),
		At:         t.moment("at"),
		Pending:    t.boolean("pending"),
	}
	if text := t.text("period", true); text != "" {
		period, err := model.ParsePeriod(text)
		switch {
		case err != nil:
			t.d.add(join(t.path, "period"), atValue, lang.BadPeriod, text)
		case !p.Start.IsZero() && !p.End.IsZero() && (period.End().Before(p.Start) || period.Start().After(p.End)):
			t.d.add(join(t.path, "period"), atValue, lang.PeriodOutsidePlan, text, p.Start.String(), p.End.String())
		default:
			e.Period = period
		}
	}
	e.Value, e.HasValue = t.number("value", false)
	e.Reference, e.HasRef = t.number("reference", false)
	_, hasMeasure := t.m["measure"]
	_, hasInitiative := t.m["initiative"]
	switch {
	case hasMeasure == hasInitiative:
		t.d.add(t.path, atKey, lang.MeasureOrInitiative)
	case hasMeasure:
		checkFigure(t, e, p, measureIDs)
	default:
		if p.Initiative(e.Initiative) == nil && e.Initiative != "" {
			unknownRef(t.d, t.path, "initiative", e.Initiative, initiativeIDs)
		}
		states := make([]string, len(model.States))
		for i, s := range model.States {
			states[i] = string(s)
		}
		e.State = model.State(t.oneOf("state", true, states...))
		for _, key := range []string{"value", "reference", "pending"} {
			if _, has := t.m[key]; has {
				t.d.add(join(t.path, key), atKey, lang.NotForInitiative, key)
			}
		}
	}
	return e, len(t.d.problems) == before
}

// checkFigure checks an entry that records a measure's figure or a pending mark.
func checkFigure(t table, e model.Entry, p *model.Plan, measureIDs []string) {
	m := p.Measure(e.Measure)
	if m == nil && e.Measure != "" {
		unknownRef(t.d, t.path, "measure", e.Measure, measureIDs)
	}
	_, hasValue := t.m["value"]
	switch {
	case e.Pending && hasValue:
		t.d.add(join(t.path, "value"), atKey, lang.PendingWithValue)
	case !e.Pending && !hasValue:
		t.d.add(t.path, atKey, lang.NeedValue)
	case m != nil && m.Relative() && hasValue && !e.HasRef:
		if _, has := t.m["reference"]; !has {
			t.d.add(t.path, atKey, lang.NeedReference, m.ID, m.Reference)
		}
	}
	if _, has := t.m["state"]; has {
		t.d.add(join(t.path, "state"), atKey, lang.StateForInitiative)
	}
}
