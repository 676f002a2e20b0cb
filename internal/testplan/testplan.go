// Package testplan shapes plans for the tests of other packages: the
// built-in example as it would be without parts of it.
package testplan

import (
	"slices"

	"github.com/beskplan/beskplan/model"
)

// WithoutComparison makes p, in place, the plan it would be without a
// comparison folder: no tables, no groups, no measure naming a table
// (compare, area, group), no reference filled in from a table, and none of
// the measures whose targets are against other areas (a rank, a ratio, a
// share of a group beaten), which cannot be judged without one; their
// entries go with them. For the built-in example that leaves out R17 and
// gives the plan as it was before it compared itself with others.
func WithoutComparison(p *model.Plan) *model.Plan {
	against := func(m *model.Measure) bool {
		if m.Target != nil && m.Target.Kind.AgainstOthers() {
			return true
		}
		return slices.ContainsFunc(m.Milestones, func(t model.Target) bool { return t.Kind.AgainstOthers() })
	}
	gone := map[string]bool{}
	p.Measures = slices.DeleteFunc(slices.Clone(p.Measures), func(m *model.Measure) bool {
		gone[m.ID] = against(m)
		return gone[m.ID]
	})
	for _, m := range p.Measures {
		m.Compare, m.Area, m.Group = "", "", ""
	}
	entries := make([]model.Entry, 0, len(p.Entries))
	for _, e := range p.Entries {
		if !gone[e.Measure] {
			entries = append(entries, e.AsWritten())
		}
	}
	p.Entries = slices.Clip(entries)
	p.Comparison, p.Groups, p.Indicators = "", nil, nil
	p.Index()
	return p
}

// ExampleAreas are the 98 municipalities as the ministry's tables name
// them, "Eksempel" standing in for Læsø, as the example's generated tables
// have them.
func ExampleAreas() []string {
	var areas []string
	for _, r := range model.Regions {
		for _, a := range r.Areas {
			if a == "Læsø" {
				a = "Eksempel"
			}
			areas = append(areas, a)
		}
	}
	return areas
}
