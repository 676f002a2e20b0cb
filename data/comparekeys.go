package data

import (
	"math"
	"slices"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// The plan's keys for comparing with other municipalities (beskplan's own):
// [[group]]s of areas, and a measure's compare, area and group.

// municipalities are the names of Denmark's 98 municipalities, for
// suggesting one where a group names an area that is none.
var municipalities = func() []string {
	var out []string
	for _, r := range model.Regions {
		out = append(out, r.Areas...)
	}
	return out
}()

// municipalityOf is the municipality a name is, as the 98 are written
// ("Københavns Kommune" and "København" are "København"); false for none.
func municipalityOf(name string) (string, bool) {
	k := model.AreaKey(name)
	if a, ok := municipalityKeys[k]; ok {
		return a, true
	}
	a, ok := municipalityKeys[strings.TrimSuffix(k, "s")]
	return a, ok && strings.HasSuffix(k, "s")
}

// municipalityKeys are the 98 by their AreaKey: a group of thousands of
// areas is looked up, not searched.
var municipalityKeys = func() map[string]string {
	out := map[string]string{}
	for _, a := range municipalities {
		out[model.AreaKey(a)] = a
	}
	return out
}()

// maxGroupWarnings bounds the areas warned about as no municipality in
// one group: a list pasted from elsewhere must not bury the other problems.
const maxGroupWarnings = 10

// readGroups reads the [[group]]s: a name used once, not a region's or
// the whole country's, and the areas in it. An area that is no
// municipality, an aggregate (a region) or named twice is a warning: the
// group is ranked without it, once.
// onlyOwn reports whether a group's areas name the plan's own municipality
// and no other municipality.
func onlyOwn(named map[string]string, own string) bool {
	ownKey, others, hasOwn := model.AreaKey(own), 0, false
	for key, a := range named {
		if _, ok := municipalityOf(a); !ok && !model.IsMunicipalityName(a) {
			continue
		}
		if key == ownKey || model.AreaKey(a) == ownKey {
			hasOwn = true
		} else {
			others++
		}
	}
	return hasOwn && others == 0
}

func readGroups(r table, p *model.Plan) {
	for _, t := range r.list("group") {
		t.known("name", "areas")
		g := &model.Group{Name: t.text("name", true), Areas: t.textList("areas")}
		if items, isList := t.m["areas"].([]any); isList && len(items) == 0 {
			t.d.warn(join(t.path, "areas"), atValue, lang.GroupNoAreas, g.Name)
		} else if _, ok := t.m["areas"]; !ok {
			t.d.add(t.path, atValue, lang.MissingKey, "areas")
		}
		if g.Name != "" {
			if builtIn := p.GroupNamed(g.Name); builtIn != nil {
				key := lang.GroupNameTaken
				if !builtIn.National && !builtIn.Region {
					key = lang.GroupNameTwice
				}
				t.d.add(join(t.path, "name"), atValue, key, g.Name)
			}
		}
		named := map[string]string{} // a municipality, or another area's key: as first written
		unknown := 0
		for i, a := range g.Areas {
			path := indexed(join(t.path, "areas"), i)
			quoted := cellExcerpt(a, maxQuoted) // the place says where the rest is
			m, isMunicipality := municipalityOf(a)
			if !isMunicipality {
				m = model.AreaKey(a)
			}
			if first, twice := named[m]; twice {
				t.d.warn(path, atValue, lang.GroupAreaTwice, quoted, cellExcerpt(first, maxQuoted))
				continue
			}
			named[m] = a
			switch {
			case isMunicipality:
			case model.IsAggregateName(a):
				name := strings.TrimSpace(a)
				if region, _, ok := model.RegionOf(a); ok {
					name = region
				}
				t.d.warn(path, atValue, lang.GroupAreaAggregate, quoted, name)
			case unknown == maxGroupWarnings:
				unknown++
				more := 0
				for _, b := range g.Areas[i:] {
					if _, ok := municipalityOf(b); !ok && !model.IsAggregateName(b) {
						more++
					}
				}
				t.d.warn(path, atValue, lang.GroupMoreAreas, more, g.Name)
			case unknown > maxGroupWarnings:
			default:
				unknown++
				if near := closestName(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(a), "Kommune")), municipalities); near != "" {
					t.d.warn(path, atValue, lang.GroupAreaNotMunicipalityNear, quoted, near)
				} else {
					t.d.warn(path, atValue, lang.GroupAreaNotMunicipality, quoted)
				}
			}
		}
		if onlyOwn(named, p.Municipality) { // a place among itself says nothing: "nr. 1 af 1"
			t.d.add(join(t.path, "areas"), atValue, lang.GroupOfOne, g.Name, p.Municipality)
		}
		p.Groups = append(p.Groups, g)
	}
}

// groupNames are the names a measure's group or a target's among may use.
func groupNames(p *model.Plan) []string {
	names := []string{model.National}
	for _, g := range p.Groups {
		names = append(names, g.Name)
	}
	for _, r := range model.Regions {
		names = append(names, r.Name)
	}
	return names
}

// knownGroup reports a key that names no group, suggesting the closest.
func knownGroup(t table, key, name string, p *model.Plan) {
	if name == "" || p.GroupNamed(name) != nil {
		return
	}
	names := groupNames(p)
	if near := closestName(name, names); near != "" {
		t.d.add(join(t.path, key), atValue, lang.UnknownGroupNear, key, name, near)
		return
	}
	t.d.add(join(t.path, key), atValue, lang.UnknownGroup, key, name, someOf(names[:len(names)-len(model.Regions)]))
}

// readCompare reads a measure's compare, area and group.
func readCompare(t table, p *model.Plan, m *model.Measure) {
	m.Compare = strings.TrimSpace(t.text("compare", false))
	m.Area = t.text("area", false)
	m.Group = t.text("group", false)
	knownGroup(t, "group", m.Group, p)
	if m.Compare != "" && m.Reference != "" && p.GroupNamed(m.Reference) == nil {
		t.d.warn(join(t.path, "reference"), atValue, lang.ReferenceNoGroup, m.Reference)
	}
	if m.Compare == "" {
		for _, k := range []string{"area", "group"} {
			if _, has := t.m[k]; has {
				t.d.add(join(t.path, k), atKey, lang.NeedsCompare, k)
			}
		}
	}
}

// leaveToTable drops an imported row's reference where it is the figure the
// comparison table gives for the period anyway: a sheet made by the report
// repeats it, and written into the status file it would stay there after
// the table is revised.
func leaveToTable(p *model.Plan, e *model.Entry) {
	m := p.Measure(e.Measure)
	if !e.HasRef || m == nil {
		return
	}
	if v, ok := p.TableReferenceWith(m, e.Period, e.Value); ok && math.Abs(v-e.Reference) < 1e-9 {
		e.Reference, e.HasRef = 0, false
	}
}

// groupsOf are the plan's groups a measure compares with.
func groupsOf(p *model.Plan, m *model.Measure) []*model.Group {
	var out []*model.Group
	add := func(g *model.Group) {
		if g != nil && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	add(p.ComparedWith(m))
	if m.Reference != "" {
		add(p.GroupNamed(m.Reference))
	}
	if m.Target != nil && m.Target.Among != "" {
		add(p.GroupNamed(m.Target.Among))
	}
	return out
}

// readAgainstOthers reads a target against other areas: a ratio to the
// reference group's figure, a rank, or the share of a group to beat. Each
// needs the measure's table (compare); a ratio, its reference.
func readAgainstOthers(t table, m *model.Measure, g *model.Target, key string) bool {
	v, ok := t.number(key, true)
	if m.Compare == "" {
		t.d.add(join(t.path, key), atKey, lang.NeedsCompare, key)
	}
	if !ok {
		return false
	}
	switch key {
	case "ratio":
		g.Kind, g.Ratio = model.RatioTarget, v
		if m.Reference == "" {
			t.d.add(join(t.path, key), atKey, lang.RatioNeedsReference)
		}
	case "rank":
		g.Kind, g.Rank = model.RankTarget, v
		if v < 1 || v != math.Trunc(v) {
			t.d.add(join(t.path, key), atValue, lang.BadRank, tomlText(t.m[key]))
			return false
		}
		switch {
		case v > float64(len(municipalities)):
			t.d.warn(join(t.path, key), atValue, lang.RankPastAll, tomlText(t.m[key]), len(municipalities))
		case v == 1 && g.Strict: // better than the best
			t.d.warn(join(t.path, key), atValue, lang.RankNeverMet, tomlText(t.m[key]), tomlText(t.m[key]))
		}
	case "better_than":
		g.Kind, g.BetterThan = model.BetterThanTarget, v
		if v < 0 || v > 100 {
			t.d.add(join(t.path, key), atValue, lang.BadBetterThan, tomlText(t.m[key]))
			return false
		}
		switch {
		case v == 100 && g.Strict: // more than every other area
			t.d.warn(join(t.path, key), atValue, lang.BetterThanNeverMet, tomlText(t.m[key]), tomlText(t.m[key]))
		case v == 0 && !g.Strict: // any share at all
			t.d.warn(join(t.path, key), atValue, lang.BetterThanAlwaysMet, tomlText(t.m[key]))
		}
	}
	return true
}

// readAmong reads the group a rank or better_than ranks in.
func readAmong(t table, p *model.Plan, g *model.Target) {
	if _, has := t.m["among"]; !has {
		return
	}
	g.Among = t.text("among", true)
	if !g.Kind.Ranks() {
		t.d.add(join(t.path, "among"), atKey, lang.AmongOnlyForRanks)
		return
	}
	knownGroup(t, "among", g.Among, p)
}

// sameTerms checks that a milestone is in the terms of the measure's
// target where either compares with other areas: a figure is judged in one
// set of terms, and ranked in one group.
func sameTerms(mt table, ms *model.Target, m *model.Measure) {
	t := m.Target
	if !ms.Kind.AgainstOthers() && (t == nil || !t.Kind.AgainstOthers()) {
		return
	}
	target := "value"
	if t != nil {
		target = t.Kind.String()
	}
	switch {
	case t == nil || ms.Kind != t.Kind:
		mt.d.add(join(mt.path, ms.Kind.String()), atKey, lang.MilestoneOtherTerms, ms.Kind.String(), target)
	case ms.Among == "":
		ms.Among = t.Among
	case model.AreaKey(ms.Among) != model.AreaKey(t.Among):
		among := t.Among
		if among == "" {
			among = model.National
		}
		mt.d.add(join(mt.path, "among"), atValue, lang.MilestoneOtherGroup, ms.Among, among)
	}
}

// rankBaseline warns of a rank target's baseline that is no place (74.5,
// 0, or past the 98 municipalities): it is read as a place, so a figure
// left from before the target was a rank (74 %) would read "nr. 74".
func rankBaseline(t table, m *model.Measure) {
	if m.Target == nil || m.Target.Kind != model.RankTarget || m.Baseline == nil {
		return
	}
	if v := m.Baseline.Value; v != math.Trunc(v) || v < 1 || v > float64(len(municipalities)) {
		t.d.warn(join(join(t.path, "baseline"), "value"), atValue, lang.RankBaseline, number(v), len(municipalities))
	}
}
