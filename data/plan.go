package data

import (
	"regexp"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// FormatVersion is the file format this program reads and writes.
const FormatVersion = 1

var validID = regexp.MustCompile(`^[A-Za-z0-9._-]+$`)

// lineCol turns a byte offset into a line and a column counted in characters.
func lineCol(src []byte, offset int) (int, int) {
	p := positionsOf(src, []int{offset})[0]
	return p.line, p.col
}

// place gives every problem found by path its line and column, and settles
// the noted count numbers, finding them all in one pass over the file.
func (d *doc) place(src []byte) {
	if d.placed != nil { // the file without its broken blocks, as it was read
		src = d.placed
	}
	var todo []int
	var paths []string
	for i, p := range d.problems {
		if p.Line == 0 {
			todo = append(todo, i)
			paths = append(paths, p.path)
		}
	}
	paths = append(paths, d.counts...)
	if len(paths) > 0 {
		places := placeAll(src, paths)
		offsets := make([]int, len(todo))
		for k, i := range todo {
			offsets[k] = places[k].key
			if d.problems[i].at == atValue {
				offsets[k] = places[k].value
			}
		}
		for k, at := range positionsOf(src, offsets) {
			d.problems[todo[k]].Line, d.problems[todo[k]].Col = at.line, at.col
		}
		d.settleCounts(src, places[len(todo):])
	}
	d.problems = append(d.problems, d.more()...)
	d.omitted = nil
	sortProblems(d.problems)
}

// ids checks that every id is well formed and used once across the whole plan.
type ids map[string]bool

func (seen ids) check(t table, id string) {
	switch {
	case id == "":
	case !validID.MatchString(id):
		t.d.add(join(t.path, "id"), atValue, lang.BadID, id)
	case seen[id]:
		t.d.add(join(t.path, "id"), atValue, lang.DuplicateID, id)
	default:
		seen[id] = true
	}
}

// readPlan reads a plan file. The plan is nil only when the TOML itself
// does not parse; otherwise it holds what could be read, beside the problems.
func readPlan(file string, src []byte) (*model.Plan, Problems) {
	p, problems, _ := readPlanWarn(file, src)
	return p, problems
}

// readPlanWarn is readPlan with the warnings too.
func readPlanWarn(file string, src []byte) (*model.Plan, Problems, Problems) {
	p, errs, warnings, _ := readPlanLeft(file, src)
	return p, errs, warnings
}

// readPlanLeft is readPlanWarn with what the blocks left out for their
// syntax errors held.
func readPlanLeft(file string, src []byte) (*model.Plan, Problems, Problems, leftOut) {
	d := &doc{file: file}
	root, ok := d.parse(src)
	if !ok {
		return nil, d.problems, nil, d.left
	}
	r := table{d, "", root}
	r.known("format", "plan", "group", "meeting", "owner", "goal", "strategy", "measure")
	d.noteMisspelt(root, "group", "meeting", "owner", "goal", "strategy", "measure")
	if v, ok := r.number("format", !d.left.tables[""]); ok && v != FormatVersion {
		d.add("format", atValue, lang.BadFormat, v, FormatVersion)
	}
	p := &model.Plan{Cadence: model.Quarterly, StatusFile: "status.toml", Comparison: DefaultComparison}
	if t, ok := r.sub("plan"); ok {
		readPlanTable(t, p)
	} else if _, present := root["plan"]; !present && !d.left.tables["plan"] {
		d.add("", atKey, lang.MissingKey, "[plan]")
	}
	readGroups(r, p)
	readMeetings(r, p)
	readOwners(r, p)
	seen := ids{}
	for _, t := range r.list("goal") {
		p.Goals = append(p.Goals, readGoal(t, seen))
	}
	for _, t := range r.list("strategy") {
		p.Strategies = append(p.Strategies, readStrategy(t, p, seen))
	}
	for _, t := range r.list("measure") {
		p.Measures = append(p.Measures, readMeasure(t, p, seen))
	}
	showPlan(p)
	p.Index()
	checkReferences(r, p)
	checkAllocated(r, p)
	checkWorkedOn(r, p)
	d.place(src)
	errs, warnings := d.problems.split()
	return p, errs, warnings, d.left
}

func readPlanTable(t table, p *model.Plan) {
	t.known("municipality", "title", "start", "end", "committee", "cadence", "status", "note", "comparison", "budget")
	p.Budget, _ = t.amount("budget")
	p.Municipality = t.text("municipality", true)
	p.Title = t.text("title", true)
	p.Committee = t.text("committee", false)
	p.Note = t.text("note", false)
	p.Start, _ = t.date("start", true)
	p.End, _ = t.date("end", true)
	if !p.Start.IsZero() && !p.End.IsZero() && p.End.Before(p.Start) {
		t.d.add(join(t.path, "end"), atValue, lang.EndBeforeStart, p.End.String(), p.Start.String())
	}
	if c := t.oneOf("cadence", true, words(model.Cadences)...); c != "" {
		p.Cadence = model.Cadence(c)
	}
	if s := t.text("status", false); s != "" {
		p.StatusFile = s
	}
	if s := t.text("comparison", false); strings.TrimSpace(s) != "" {
		p.Comparison = s
	}
}

func readGoal(t table, seen ids) *model.Goal {
	t.known("id", "kind", "title", "owner", "measured")
	_, hasMeasured := t.m["measured"]
	g := &model.Goal{
		WorkedOn: hasMeasured && !t.boolean("measured"),
		ID:       t.text("id", true),
		Kind:     model.GoalKind(t.oneOf("kind", true, string(model.Minister), string(model.Local))),
		Title:    t.text("title", true),
		Owner:    t.text("owner", false),
	}
	seen.check(t, g.ID)
	return g
}

func readStrategy(t table, p *model.Plan, seen ids) *model.Strategy {
	t.known("id", "goal", "title", "summary", "means", "owner", "initiative")
	s := &model.Strategy{
		ID:      t.text("id", true),
		GoalIDs: readStrategyGoals(t, p),
		Title:   t.text("title", true),
		Summary: strings.TrimSpace(t.text("summary", false)),
		Means:   t.textList("means"),
		Owner:   t.text("owner", false),
	}
	seen.check(t, s.ID)
	for _, it := range t.list("initiative") {
		it.known("id", "title", "owner", "due", "budget")
		in := &model.Initiative{ID: it.text("id", true), Title: it.text("title", true), Owner: it.text("owner", false)}
		in.Budget, _ = it.amount("budget")
		seen.check(it, in.ID)
		if due, ok := it.date("due", false); ok {
			in.Due = due
			within(it, "due", due, p)
		}
		s.Initiatives = append(s.Initiatives, in)
	}
	return s
}

func readMeasure(t table, p *model.Plan, seen ids) *model.Measure {
	t.known("id", "strategy", "goal", "title", "unit", "better", "baseline", "target", "milestones", "source", "owner", "reference",
		"frequency", "lag", "compare", "area", "group")
	m := &model.Measure{
		ID:         t.text("id", true),
		StrategyID: t.text("strategy", false),
		GoalID:     t.text("goal", false),
		Title:      t.text("title", true),
		Unit:       t.text("unit", true),
		Better:     model.Better(t.oneOf("better", false, string(model.Higher), string(model.Lower), string(model.Neither))),
		Source:     t.text("source", false),
		Owner:      t.text("owner", false),
		Reference:  t.text("reference", false),
	}
	seen.check(t, m.ID)
	_, hasStrategy := t.m["strategy"]
	_, hasGoal := t.m["goal"]
	if hasStrategy == hasGoal {
		t.d.add(t.path, atKey, lang.StrategyOrGoal, m.ID)
	}
	readCompare(t, p, m)
	readMeasureTargets(t, p, m)
	checkPlaces(t, m)
	rankBaseline(t, m)
	return m
}

// readPoint reads {value, date}; with a plan, the date must lie within it.
func readPoint(t table, p *model.Plan) *model.Point {
	t.known("value", "date")
	v, okValue := t.number("value", true)
	d, okDate := t.date("date", true)
	if !okValue || !okDate {
		return nil
	}
	if p != nil {
		within(t, "date", d, p)
	}
	return &model.Point{Value: v, Date: d}
}

// within reports a date outside the plan's start and end.
func within(t table, key string, d model.Date, p *model.Plan) {
	if p.Start.IsZero() || p.End.IsZero() {
		return
	}
	if d.Before(p.Start) || d.After(p.End) {
		t.d.add(join(t.path, key), atValue, lang.DateOutsidePlan, d.String(), p.Start.String(), p.End.String())
	}
}

// checkReferences reports strategies and measures naming ids that are not there.
func checkReferences(r table, p *model.Plan) {
	goalIDs := model.GoalIDs(p.Goals)
	strategyIDs := make([]string, len(p.Strategies))
	for i, s := range p.Strategies {
		strategyIDs[i] = s.ID
	}
	for i, m := range p.Measures {
		switch {
		case m.StrategyID != "" && m.Strategy == nil:
			unknownRef(r.d, indexed("measure", i), "strategy", m.StrategyID, strategyIDs)
		case m.GoalID != "" && m.StrategyID == "" && m.Goal == nil:
			unknownRef(r.d, indexed("measure", i), "goal", m.GoalID, goalIDs)
		}
	}
}

func unknownRef(d *doc, path, key, id string, candidates []string) {
	unknownRefAt(d, join(path, key), key, id, candidates)
}

// unknownRefAt is unknownRef placed at the path at: an item of a list
// ("strategy[0].goal[1]").
func unknownRefAt(d *doc, at, key, id string, candidates []string) {
	if d.left.ids[id] { // in a block left out for its syntax error, which is reported
		return
	}
	if near := Closest(id, candidates); near != "" {
		d.add(at, atValue, lang.UnknownRefNear, key, id, near)
		return
	}
	d.add(at, atValue, lang.UnknownRef, key, id)
}
