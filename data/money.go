package data

import (
	"math"
	"slices"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Plans as municipalities write them (the contract's third edition): money
// per initiative and for the plan, goals worked on rather than measured,
// and strategies that serve several goals.

// amountFault is what is wrong with an amount in kr. under key, as every
// road that takes one says it (a file, set, the form, an import); nil for
// an amount from 0 to model.MaxAmount.
func amountFault(key string, v float64) *InputError {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return &InputError{Key: lang.NotFinite, Args: []any{key}, Field: key}
	case v < 0:
		return &InputError{Key: lang.NegativeAmount, Args: []any{key, lang.Figure{Value: v, Exact: true}}, Field: key}
	case v > model.MaxAmount:
		return &InputError{Key: lang.AmountTooLarge, Args: []any{key, lang.Amount(model.MaxAmount)}, Field: key}
	}
	return nil
}

// amount reads an optional amount in kr.; ok is false where there is none
// or it is not one (which is reported at its place).
func (t table) amount(key string) (float64, bool) {
	v, ok := t.number(key, false)
	if !ok {
		return 0, false
	}
	if fault := amountFault(key, v); fault != nil {
		t.d.add(join(t.path, key), atValue, fault.Key, fault.Args...)
		return 0, false
	}
	return v, true
}

// readStrategyGoals reads a strategy's `goal`: one goal as text, or a list
// of the goals it serves, each named once and each in the plan (whose
// goals are read before its strategies).
func readStrategyGoals(t table, p *model.Plan) []string {
	v, ok := t.get("goal", true)
	if !ok {
		return nil
	}
	known := model.GoalIDs(p.Goals)
	if _, isList := v.([]any); !isList {
		id := t.text("goal", true)
		if id == "" {
			return nil
		}
		if !slices.Contains(known, id) {
			unknownRef(t.d, t.path, "goal", id, known)
		}
		return []string{id}
	}
	ids := t.textList("goal")
	if list, _ := v.([]any); len(list) == 0 { // items of the wrong type are said by textList
		t.d.add(join(t.path, "goal"), atValue, lang.StrategyNoGoal)
	}
	for i, id := range ids {
		at := indexed(join(t.path, "goal"), i)
		switch {
		case slices.Contains(ids[:i], id):
			t.d.add(at, atValue, lang.StrategyGoalTwice, id)
		case !slices.Contains(known, id):
			unknownRefAt(t.d, at, "goal", id, known)
		}
	}
	return ids
}

// checkAllocated warns where the initiatives' budgets together exceed the
// plan's `budget`.
func checkAllocated(r table, p *model.Plan) {
	if p.Budget <= 0 {
		return
	}
	if sum := model.Allocated(p); sum > p.Budget {
		r.d.warn(join("plan", "budget"), atValue, lang.BudgetsExceedPlan, lang.Amount(sum), lang.Amount(p.Budget))
	}
}

// overlapping warns, once per initiative, where money is recorded for two
// periods of which one holds the other (2026 and 2026-Q3): both count, so
// the money is likely counted twice. The periods are those of the plan, a
// few dozen at most, so comparing each with each stays cheap.
func overlapping(file string, in *model.Initiative, spent []*model.Entry) Problems {
	var periods []model.Period
	at := map[model.Period]*model.Entry{}
	for _, e := range spent {
		if _, seen := at[e.Period]; !seen {
			periods = append(periods, e.Period)
		}
		at[e.Period] = e
	}
	for i, a := range periods {
		for _, b := range periods[:i] {
			if !a.Start().After(b.End()) && !b.Start().After(a.End()) && at[a].Line > 0 {
				return Problems{{File: file, Line: at[a].Line, Col: 1, Key: lang.SpentOverlap, Warning: true,
					Args: []any{in.ID, b.String(), a.String()}}}
			}
		}
	}
	return nil
}

// checkWorkedOn warns at `measured = false` of a goal that has measures
// all the same (its own, or a strategy's it serves): it would be judged by
// figures while every view says it is not measured.
func checkWorkedOn(r table, p *model.Plan) {
	for i, g := range p.Goals {
		if !g.WorkedOn || len(g.Measures) == 0 {
			continue
		}
		ids := make([]string, len(g.Measures))
		for j, m := range g.Measures {
			ids[j] = m.ID
		}
		r.d.warn(join(indexed("goal", i), "measured"), atValue, lang.WorkedOnMeasured, g.ID, lang.IDs(ids))
	}
}

// checkPlaces checks a measure of places among the municipalities (unit
// "placering"): a lower place is better, and every place the plan writes
// (baseline, target, milestones) is a whole number from 1 to 98.
func checkPlaces(t table, m *model.Measure) {
	if !model.PlaceUnit(m.Unit) {
		return
	}
	if m.Better == model.Higher {
		t.d.add(join(t.path, "better"), atValue, lang.PlaceBetterLower)
	}
	check := func(sub table) {
		if v, ok := rawNumber(sub.m["value"]); ok && !model.ValidPlace(v) {
			sub.d.add(join(sub.path, "value"), atValue, lang.PlaceOutside, lang.Figure{Value: v, Exact: true}, model.Municipalities)
		}
	}
	for _, key := range []string{"baseline", "target"} {
		if sub, ok := t.m[key].(map[string]any); ok {
			check(table{t.d, join(t.path, key), sub})
		}
	}
	if list, ok := t.m["milestones"].([]map[string]any); ok {
		for i, sub := range list {
			check(table{t.d, indexed(join(t.path, "milestones"), i), sub})
		}
	}
}

// rawNumber is a decoded number as a float; false for anything else (its
// type is reported where it is read).
func rawNumber(v any) (float64, bool) {
	switch n := v.(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}

// readSpent reads the money an entry records spent on an initiative.
func readSpent(t table, e *model.Entry) {
	e.Spent, e.HasSpent = t.amount("spent")
}

// overspent warns where an initiative has spent more than its budget, at
// its last current `spent` entry, and where the initiatives together have
// spent more than the plan's budget, at the last of all: by the figures as
// they stand, corrections counted (a later entry for a period replaces an
// earlier).
func overspent(file string, p *model.Plan) Problems {
	var problems Problems
	total := 0.0
	var last *model.Entry
	for _, in := range p.Initiatives() {
		spent, at := p.Spent(in)
		if at == nil {
			continue
		}
		total += spent
		if last == nil || at.Line > last.Line {
			last = at
		}
		problems = append(problems, overlapping(file, in, p.SpentEntries(in))...)
		if in.Budget > 0 && spent > in.Budget && at.Line > 0 { // no line: an entry did not read, and that is reported first
			problems = append(problems, Problem{File: file, Line: at.Line, Col: 1, Key: lang.SpentOverBudget, Warning: true,
				Args: []any{in.ID, lang.Amount(spent), lang.Amount(in.Budget)}})
		}
	}
	if p.Budget > 0 && total > p.Budget && last != nil && last.Line > 0 {
		problems = append(problems, Problem{File: file, Line: last.Line, Col: 1, Key: lang.SpentOverPlan, Warning: true,
			Args: []any{lang.Amount(total), lang.Amount(p.Budget)}})
	}
	sortProblems(problems)
	return problems
}
