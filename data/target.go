package data

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// maxLag bounds a measure's lag: figures three years late are no longer followed.
const maxLag = 36

// targetKinds are the keys that say what a target is; a target has exactly
// one. The last three compare with other areas (beskplan's own keys).
var targetKinds = []string{"value", "change", "change_percent", "direction", "min", "ratio", "rank", "better_than"}

// readMeasureTargets reads a measure's frequency, lag, baseline, target and
// milestones, and checks them against each other and the plan.
func readMeasureTargets(t table, p *model.Plan, m *model.Measure) {
	m.Frequency = model.Cadence(t.oneOf("frequency", false, words(model.Cadences)...))
	m.Lag = readLag(t)
	if word, isWord := t.m["baseline"].(string); isWord {
		m.BaselineFirst = word == "first"
		if !m.BaselineFirst {
			t.d.add(join(t.path, "baseline"), atValue, lang.BadBaselineWord, strconv.Quote(word))
		}
	} else if pt, ok := t.sub("baseline"); ok {
		if m.Baseline = readPoint(pt, nil); m.Baseline != nil {
			countDecimals(pt, "value", m)
		}
	}
	if tt, ok := t.sub("target"); ok {
		m.Target = readTarget(tt, p, m, false)
	}
	var last *model.Target
	for _, mt := range t.list("milestones") {
		ms := readTarget(mt, p, m, true)
		if ms == nil {
			continue
		}
		if last != nil && ms.Date.Before(last.Date) { // clear all the same: the model takes them by date
			t.d.warn(join(mt.path, "date"), atValue, lang.MilestonesOutOfOrder, ms.Date.String(), last.Date.String())
		}
		if m.Target != nil && m.Target.HasDate && ms.Date.After(m.Target.Date) {
			t.d.add(join(mt.path, "date"), atValue, lang.MilestoneAfterTarget, ms.Date.String(), m.Target.Date.String())
		}
		sameTerms(mt, ms, m)
		m.Milestones = append(m.Milestones, *ms)
		last = ms
	}
	checkBaselineDate(t, m)
	checkBetter(t, m)
}

// readLag reads lag: a whole number of the measure's periods, 0 or more.
func readLag(t table) int {
	v, ok := t.get("lag", false)
	if !ok {
		return 0
	}
	n, whole := v.(int64)
	if !whole || n < 0 || n > maxLag {
		t.d.add(join(t.path, "lag"), atValue, lang.BadLag, maxLag, tomlText(v))
		return 0
	}
	return int(n)
}

// tomlText shows a decoded value back to the user, roughly as written.
func tomlText(v any) string {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case string:
		return strconv.Quote(v)
	}
	return "?"
}

// readTarget reads a target or, with milestone set, a milestone: one of
// value, change, change_percent and direction, with its date and flags.
func readTarget(t table, p *model.Plan, m *model.Measure, milestone bool) *model.Target {
	allowed := []string{"value", "change", "change_percent", "min", "max", "ratio", "rank", "better_than", "among", "date", "strict"}
	if !milestone {
		allowed = append(allowed, "direction", "always")
	}
	t.known(allowed...)
	var kinds []string
	for _, k := range kindsFor(milestone) {
		if _, ok := t.m[k]; ok {
			kinds = append(kinds, k)
		}
	}
	_, direction := t.m["direction"]
	switch {
	case len(kinds) == 0 && milestone && direction:
		return nil // a direction is no milestone: known has said so
	case len(kinds) == 0:
		t.d.add(t.path, atValue, lang.TargetNeedsKind, strings.Join(kindsNamed(milestone, m), ", "))
		return nil
	case len(kinds) > 1:
		t.d.add(join(t.path, kinds[1]), atKey, lang.TargetKindsExclusive, kinds[0], kinds[1])
		return nil
	}
	g := &model.Target{Strict: t.boolean("strict"), Always: t.boolean("always")}
	ok := true
	switch kinds[0] {
	case "value":
		g.Value, ok = t.number("value", true)
		countDecimals(t, "value", m)
	case "change":
		g.Kind = model.ChangeTarget
		g.Change, ok = t.number("change", true)
		countDecimals(t, "change", m)
	case "change_percent":
		g.Kind = model.ChangePercentTarget
		g.ChangePercent, ok = t.number("change_percent", true)
	case "min":
		ok = readRange(t, m, g)
	case "direction":
		g.Kind = model.DirectionTarget
		g.Direction = model.Direction(t.oneOf("direction", true, words(model.Directions)...))
		ok = g.Direction != ""
	default:
		ok = readAgainstOthers(t, m, g, kinds[0])
	}
	readAmong(t, p, g)
	if g.Kind == model.DirectionTarget { // both are listed, not only the first
		if g.Strict {
			t.d.add(join(t.path, "strict"), atKey, lang.NotWithDirection, "strict")
		}
		if g.Always {
			t.d.add(join(t.path, "always"), atKey, lang.NotWithDirection, "always")
		}
	}
	if m.Better == model.Neither { // an expectation is never judged: nothing is strict, nothing a limit
		for _, k := range []string{"strict", "always"} {
			if _, has := t.m[k]; has {
				t.d.add(join(t.path, k), atKey, lang.NeitherWith, k)
			}
		}
	}
	if (g.Kind == model.ChangeTarget || g.Kind == model.ChangePercentTarget) && m.Baseline == nil && !m.BaselineFirst {
		t.d.add(join(t.path, kinds[0]), atKey, lang.ChangeNeedsBaseline, kinds[0])
	}
	// A limit and a direction may leave out their date; a figure to reach by a day may not.
	needsDate := milestone || (g.Kind != model.DirectionTarget && !g.Always)
	g.Date, g.HasDate = t.date("date", needsDate)
	if g.HasDate {
		withinTarget(t, "date", g.Date, p)
	}
	if !ok || (needsDate && !g.HasDate) {
		return nil
	}
	return g
}

// readRange reads a range { min, max }: "4-6 gange årligt", met within it.
func readRange(t table, m *model.Measure, g *model.Target) bool {
	g.Kind = model.RangeTarget
	var okMin, okMax bool
	g.Min, okMin = t.number("min", true)
	g.Max, okMax = t.number("max", true)
	countDecimals(t, "min", m)
	countDecimals(t, "max", m)
	if okMin && okMax && g.Min > g.Max {
		t.d.add(join(t.path, "min"), atValue, lang.RangeMinAboveMax, tomlText(g.Min), tomlText(g.Max))
		return false
	}
	return okMin && okMax
}

// kindsFor are the keys that may say what a target (or a milestone) is:
// a milestone is never a direction.
func kindsFor(milestone bool) []string {
	if milestone {
		return slices.DeleteFunc(slices.Clone(targetKinds), func(k string) bool { return k == "direction" })
	}
	return targetKinds
}

// kindsNamed are the kinds a message offers: those against other areas
// only to a measure that names its table.
func kindsNamed(milestone bool, m *model.Measure) []string {
	kinds := slices.Clone(kindsFor(milestone))
	if m.Compare == "" {
		kinds = slices.DeleteFunc(kinds, func(k string) bool { return k == "ratio" || k == "rank" || k == "better_than" })
	}
	if i := slices.Index(kinds, "min"); i >= 0 { // a range is both of them
		kinds = slices.Insert(kinds, i+1, "max")
	}
	return kinds
}

// words turns a list of the model's words into the texts oneOf allows.
func words[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, w := range list {
		out[i] = string(w)
	}
	return out
}

// checkBaselineDate reports a baseline dated after the target or a milestone.
func checkBaselineDate(t table, m *model.Measure) {
	if m.Baseline == nil {
		return
	}
	if m.Target != nil && m.Target.HasDate && m.Baseline.Date.After(m.Target.Date) {
		t.d.add(join(join(t.path, "baseline"), "date"), atValue, lang.BaselineAfterTarget, m.Baseline.Date.String(), m.Target.Date.String())
		return
	}
	if len(m.Milestones) == 0 {
		return
	}
	first := m.Milestones[0].Date // the earliest: milestones may be written out of date order
	for _, ms := range m.Milestones[1:] {
		if ms.Date.Before(first) {
			first = ms.Date
		}
	}
	if m.Baseline.Date.After(first) {
		t.d.add(join(join(t.path, "baseline"), "date"), atValue, lang.BaselineAfterMilestone, m.Baseline.Date.String(), first.String())
	}
}

// checkBetter checks `better` against what the target implies, and fills it
// in where the plan leaves it to a change or a direction.
func checkBetter(t table, m *model.Measure) {
	implied, what := impliedBetter(m.Target)
	_, written := t.m["better"]
	tt, _ := t.m["target"].(map[string]any)
	_, ranged := tt["min"] // a range, read or refused for its own reason
	switch {
	case !written && implied == "" && !ranged: // a range is met within it, whichever way
		t.d.add(t.path, atValue, lang.MissingKey, "better")
	case !written:
		m.Better = implied
	case m.Better != "" && m.Better != model.Neither && implied != "" && m.Better != implied:
		t.d.add(join(t.path, "better"), atValue, lang.BetterDisagrees, string(m.Better), what)
	}
}

// impliedBetter is the direction of good figures a target implies, with
// the words that imply it ("direction = \"down\""); empty when it implies none.
func impliedBetter(g *model.Target) (model.Better, string) {
	if g == nil {
		return "", ""
	}
	b := g.Implied()
	switch {
	case b == "":
		return "", ""
	case g.Kind == model.DirectionTarget:
		return b, "direction = " + strconv.Quote(string(g.Direction))
	case g.Kind == model.ChangeTarget:
		return b, "change = " + tomlText(g.Change)
	}
	return b, "change_percent = " + tomlText(g.ChangePercent)
}

// withinTarget reports a target's or milestone's date before the plan's
// start; one after its end is only a warning, as targets often reach past
// the plan period.
func withinTarget(t table, key string, d model.Date, p *model.Plan) {
	if !p.End.IsZero() && d.After(p.End) && !p.Start.After(p.End) {
		t.d.warn(join(t.path, key), atValue, lang.DateAfterPlan, d.String(), p.End.String())
		return
	}
	within(t, key, d, p)
}

// countUnits are units whose figures are whole: "1.275" there is most likely
// 1275 written with a Danish thousands separator.
var countUnits = []string{"antal", "fuldtidspersoner", "helårspersoner", "personer", "kr", "kr."}

// countDecimals notes a number of a count unit that might be written with
// three decimals; whether it is, only the file's text can say, so the note
// is settled once the places are known (see doc.settleCounts).
func countDecimals(t table, key string, m *model.Measure) {
	v, _ := t.m[key].(float64)
	// Below 1 ("0.150") the dot cannot be a thousands separator.
	if math.Abs(v) >= 1000 || math.Abs(v) < 1 || !slices.Contains(countUnits, strings.ToLower(strings.TrimSpace(m.Unit))) {
		return
	}
	if thousandths := v * 1000; math.Abs(thousandths-math.Round(thousandths)) < 1e-6 {
		t.d.counts = append(t.d.counts, join(t.path, key))
	}
}

// settleCounts warns about each noted number whose text has exactly three
// decimals ("1.275"), saying the number it probably meant (1275).
func (d *doc) settleCounts(src []byte, places []place) {
	for _, at := range places {
		text := tokenAt(src, at.value)
		whole, frac, found := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(text, "-"), "+"), ".")
		if !found || len(frac) != 3 || !allDigits(whole) || !allDigits(frac) || len(whole) > 3 {
			continue
		}
		meant := whole + frac
		if strings.HasPrefix(text, "-") {
			meant = "-" + meant
		}
		where := positionsOf(src, []int{at.value})[0]
		d.problems = append(d.problems, Problem{File: d.file, Line: where.line, Col: where.col,
			Key: lang.CountWithDecimals, Args: []any{text, meant}, Warning: true})
	}
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// tokenAt is the bare value written from byte offset at: up to a comma, a
// bracket, a brace, a blank or a comment.
func tokenAt(src []byte, at int) string {
	at = min(max(at, 0), len(src))
	end := at
	for end < len(src) && !strings.ContainsRune(",]}# \t\r\n", rune(src[end])) {
		end++
	}
	return string(src[at:end])
}
