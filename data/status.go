package data

import (
	"bytes"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// saveRoom is the room left after a large file's entries for the saves
// that follow: model.Plan.With appends one in place instead of copying
// 100,000 entries (28 MB) for it.
const saveRoom = 64

// partSize is about how much of a large status file one worker decodes at a
// time. Each part is decoded and turned into entries on its own and then
// dropped, on all cores, so the file is never held as maps all at once.
const partSize = 1 << 20

// readStatus reads the entries of a status file against its plan. An entry
// recorded later than now (when it is not zero) is reported with the key
// FutureAt; it still counts.
func readStatus(file string, src []byte, p *model.Plan, now time.Time) ([]model.Entry, Problems) {
	ids := idsOf(p)
	if parts := splitEntries(src, partSize); len(parts) > 1 {
		if entries, problems, ok := readParts(file, src, parts, p, ids, now); ok {
			return entries, problems
		}
	}
	return readOne(file, src, p, ids, now)
}

// readOne reads the status file in one piece: by the fast path when it
// takes the file, else by the decoder.
func readOne(file string, src []byte, p *model.Plan, ids planIDs, now time.Time) ([]model.Entry, Problems) {
	tables, ok := fastTables(src)
	if !ok {
		return readWhole(file, src, p, ids, now)
	}
	d := &doc{file: file, now: now}
	entries := readFast(d, tables, nil, nil, p, ids)
	d.place(src)
	return entries, d.problems
}

// readWhole decodes the status file in one piece.
func readWhole(file string, src []byte, p *model.Plan, ids planIDs, now time.Time) ([]model.Entry, Problems) {
	d := &doc{file: file, now: now}
	root, ok := d.parse(src)
	if !ok {
		return nil, d.problems
	}
	entries := readEntries(d, root, p, ids)
	d.place(src)
	return entries, d.problems
}

// planIDs are the ids an entry may name, for suggesting the closest.
type planIDs struct{ measures, initiatives []string }

func idsOf(p *model.Plan) planIDs {
	var ids planIDs
	for _, m := range p.Measures {
		ids.measures = append(ids.measures, m.ID)
	}
	for _, in := range p.Initiatives() {
		ids.initiatives = append(ids.initiatives, in.ID)
	}
	return ids
}

// readEntries turns the decoded [[entry]] tables into entries.
func readEntries(d *doc, root map[string]any, p *model.Plan, ids planIDs) []model.Entry {
	r := table{d, "", root}
	r.known("entry")
	list := r.list("entry")
	entries := make([]model.Entry, 0, len(list))
	for _, t := range list {
		if e, ok := readEntry(t, p, ids.measures, ids.initiatives); ok {
			entries = append(entries, e)
		}
	}
	return entries
}

// splitEntries cuts src at [[entry]] header lines into parts of about size
// bytes. A cut that falls inside a multi-line string makes the part before
// it fail to parse, and the caller then reads the file whole.
func splitEntries(src []byte, size int) [][2]int {
	header := []byte("\n[[entry]]")
	var parts [][2]int
	start := 0
	for start < len(src) {
		end := len(src)
		if start+size < len(src) {
			i := bytes.Index(src[start+size:], header)
			for i >= 0 && !headerLine(src, start+size+i+len(header)) {
				j := bytes.Index(src[start+size+i+1:], header)
				if j < 0 {
					i = -1
					break
				}
				i += j + 1
			}
			if i >= 0 {
				end = start + size + i + 1
			}
		}
		parts = append(parts, [2]int{start, end})
		start = end
	}
	return parts
}

// headerLine reports whether a [[entry]] ending at i ends its line.
func headerLine(src []byte, i int) bool {
	for ; i < len(src); i++ {
		switch src[i] {
		case ' ', '\t', '\r':
		case '\n', '#':
			return true
		default:
			return false
		}
	}
	return true
}

type partResult struct {
	entries  []model.Entry
	problems Problems
	counts   []string // count figures to look at as written (see doc.settleCounts)
	omitted  map[omitKey]int
	count    int    // [[entry]] tables in the part, to number them across parts
	repaired []byte // the part with its broken blocks blanked, when it has any
	items    int    // what the scanner counts in the part; -1 when not known
	blocks   bool   // read block by block (see readBlocks)
	ok       bool
}

// readParts decodes the parts on all cores. It reports ok = false when a
// part does not parse on its own or holds anything but [[entry]] tables:
// then the file is read whole, as the plain decoder reads it.
func readParts(file string, src []byte, parts [][2]int, p *model.Plan, ids planIDs, now time.Time) ([]model.Entry, Problems, bool) {
	results := make([]partResult, len(parts))
	// Each part's entries go straight into its room in one array, sized by
	// its [[entry]] headers: a large file's entries are not copied again.
	room := make([]int, len(parts)+1)
	for i, span := range parts {
		room[i+1] = room[i] + bytes.Count(src[span[0]:span[1]], []byte("[[entry]]"))
	}
	all := make([]model.Entry, room[len(parts)], room[len(parts)]+saveRoom)
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var tables []fastTable // reused from part to part
			for i := range work {
				results[i] = readPart(file, src, parts[i], all[room[i]:room[i]:room[i+1]], &tables, p, ids, now)
			}
		}()
	}
	for i := range parts {
		work <- i
	}
	close(work)
	wg.Wait()
	total := 0
	blocks := false // a part was read block by block, not decoded whole
	for _, r := range results {
		if !r.ok {
			return nil, nil, false
		}
		blocks = blocks || r.blocks
		total += len(r.entries)
	}
	if blocks && tooManyItems(src, results) {
		return nil, nil, false // said for the whole file, as the decoder says it
	}
	entries := all[:0]
	for i, r := range results {
		if len(r.entries) > 0 && (room[i] >= len(all) || &r.entries[0] != &all[room[i]]) { // more tables than headers counted: grown apart
			entries = make([]model.Entry, 0, total)
			break
		}
	}
	for _, r := range results {
		entries = append(entries, r.entries...) // in place: moved down over the rooms' ends
	}
	if cap(entries) == cap(all) {
		clear(all[len(entries):])
	}
	var problems Problems
	var counts []string
	omitted := map[omitKey]int{}
	offset := 0
	for _, r := range results {
		for k, n := range r.omitted {
			omitted[k] += n
		}
		for _, pr := range r.problems {
			pr.path = renumber(pr.path, offset)
			problems = append(problems, pr)
		}
		for _, c := range r.counts {
			counts = append(counts, renumber(c, offset))
		}
		offset += r.count
	}
	d := &doc{file: file, problems: problems, counts: counts, omitted: omitted, placed: blanked(src, parts, results, problems, counts)}
	d.place(src)
	return entries, d.problems, true
}

// blanked is the file with the broken blocks of its parts blanked, as parse
// reads it, where problems are to be found by path in it; nil when no
// part was broken or nothing is to be found (a copy of a large file saved).
func blanked(src []byte, parts [][2]int, results []partResult, problems Problems, counts []string) []byte {
	if len(counts) == 0 && !slices.ContainsFunc(problems, func(p Problem) bool { return p.Line == 0 }) {
		return nil
	}
	var out []byte
	for i, r := range results {
		if r.repaired != nil {
			if out == nil {
				out = bytes.Clone(src)
			}
			copy(out[parts[i][0]:], r.repaired)
		}
	}
	return out
}

// readPart reads the part of src from span[0] to span[1]. A part with a
// syntax mistake is read without its broken blocks (see brokenPart), so
// one mistake costs about what its part costs, not a second reading of
// the whole file.
func readPart(file string, src []byte, span [2]int, into []model.Entry, scratch *[]fastTable, p *model.Plan, ids planIDs, now time.Time) partResult {
	part := src[span[0]:span[1]]
	d := &doc{file: file, now: now}
	tables, ok := fastTablesInto(part, *scratch)
	if ok {
		*scratch = tables
	}
	if ok && len(tables) > 0 {
		entries := readFast(d, tables, nil, into, p, ids)
		return partResult{entries: entries, problems: d.problems, counts: d.counts, omitted: d.omitted, count: len(tables),
			items: fastItems(tables), ok: true}
	}
	if r, ok := d.readBlocks(src, span, into, p, ids); ok {
		return r
	}
	d = &doc{file: file, now: now}
	root, err := decode(part)
	var repaired []byte
	if err != nil {
		if root, repaired = d.brokenPart(src, span, err); root == nil {
			return partResult{}
		}
	}
	list, isList := root["entry"].([]map[string]any)
	if len(root) != 1 || !isList {
		return partResult{}
	}
	entries := append(into, readEntries(d, root, p, ids)...)
	return partResult{entries: entries, problems: d.problems, counts: d.counts, omitted: d.omitted, count: len(list),
		repaired: repaired, items: -1, ok: true}
}

// renumber adds offset to the index of a path "entry[12].value".
func renumber(path string, offset int) string {
	rest, ok := strings.CutPrefix(path, "entry[")
	if !ok {
		return path
	}
	num, tail, _ := strings.Cut(rest, "]")
	n, err := strconv.Atoi(num)
	if err != nil {
		return path
	}
	return "entry[" + strconv.Itoa(n+offset) + "]" + tail
}

var entryKeys = []string{"measure", "initiative", "goal", "period", "value", "reference", "pending", "state", "assessed", "note", "by", "at",
	"vurdering", "indstilling", "approved", "paper", "revised", "spent"}

// readEntry reads one [[entry]]; ok is false when it cannot be counted.
func readEntry(t table, p *model.Plan, measureIDs, initiativeIDs []string) (model.Entry, bool) {
	t.known(entryKeys...)
	before := t.d.errs
	e := model.Entry{
		Measure:    t.text("measure", false),
		Initiative: t.text("initiative", false),
		Goal:       t.text("goal", false),
		Note:       t.text("note", false),
		By:         t.text("by", false),
		At:         t.moment("at"),
		Pending:    t.boolean("pending"),
		Revised:    strings.TrimSpace(t.text("revised", false)),
	}
	if _, approval := t.m["approved"]; approval {
		readApproval(t, &e, p)
		return e, t.d.errs == before
	}
	if raw, ok := t.m["at"].(time.Time); ok {
		e.AtLocal = localTime(raw)
	}
	showEntry(&e)
	e.Period = t.planPeriod("period", p)
	e.Value, e.HasValue = t.number("value", false)
	e.Reference, e.HasRef = t.number("reference", false)
	_, hasMeasure := t.m["measure"]
	_, hasInitiative := t.m["initiative"]
	_, hasGoal := t.m["goal"]
	_, hasAssessed := t.m["assessed"]
	_, hasVurdering := t.m["vurdering"]
	_, hasIndstilling := t.m["indstilling"]
	switch {
	case hasVurdering || hasIndstilling:
		readWritten(t, &e, p, measureIDs)
	case hasAssessed:
		readAssessment(t, &e, p, measureIDs)
	case hasMeasure == hasInitiative || hasGoal:
		t.d.add(t.path, atKey, lang.MeasureOrInitiative)
	case hasMeasure:
		checkFigure(t, e, p, measureIDs)
		if _, has := t.m["spent"]; has {
			t.d.add(join(t.path, "spent"), atKey, lang.SpentForInitiative)
		}
	default:
		if p.Initiative(e.Initiative) == nil && e.Initiative != "" {
			orphan(t.d, t.path, "initiative", e.Initiative, initiativeIDs)
		}
		states := make([]string, len(model.States))
		for i, s := range model.States {
			states[i] = string(s)
		}
		readSpent(t, &e)
		_, hasSpent := t.m["spent"]
		e.State = model.State(t.oneOf("state", !hasSpent, states...))
		for _, key := range []string{"value", "reference", "pending"} {
			if _, has := t.m[key]; has {
				t.d.add(join(t.path, key), atKey, lang.NotForInitiative, key)
			}
		}
	}
	ok := t.d.errs == before
	if ok && !t.d.now.IsZero() && e.At.After(t.d.now) {
		e.Future = true // the views mark its figure as check reports it
		t.d.add(join(t.path, "at"), atValue, lang.FutureAt, e.At.Format(time.RFC3339), e.Measure+e.Initiative, e.Period.String())
	}
	return e, ok
}

// planPeriod reads a required period as files write it ("2026-Q3"),
// which must lie within the plan; the zero period where it cannot.
func (t table) planPeriod(key string, p *model.Plan) model.Period {
	text := t.text(key, true)
	if text == "" {
		return model.Period{}
	}
	period, err := model.ParsePeriod(text)
	switch {
	case err != nil:
		t.d.add(join(t.path, key), atValue, lang.BadPeriod, text)
	case p.Outside(period):
		t.d.add(join(t.path, key), atValue, lang.PeriodOutsidePlan, text, p.Start.String(), p.End.String())
	default:
		return period
	}
	return model.Period{}
}

// readAssessment reads a verdict people gave (`assessed`) for a measure or a
// goal: it needs its note, and stands without a figure or a state.
func readAssessment(t table, e *model.Entry, p *model.Plan, measureIDs []string) {
	e.Assessed = model.Assessment(t.oneOf("assessed", true, words(model.Assessments)...))
	_, hasMeasure := t.m["measure"]
	_, hasGoal := t.m["goal"]
	switch {
	case hasMeasure == hasGoal:
		t.d.add(t.path, atKey, lang.MeasureOrGoal)
	case hasMeasure && p.Measure(e.Measure) == nil && e.Measure != "":
		orphan(t.d, t.path, "measure", e.Measure, measureIDs)
	case hasGoal && p.Goal(e.Goal) == nil && e.Goal != "":
		orphan(t.d, t.path, "goal", e.Goal, model.GoalIDs(p.Goals))
	}
	if strings.TrimSpace(e.Note) == "" {
		t.d.add(join(t.path, "assessed"), atValue, lang.AssessedNeedsNote)
	}
	for _, key := range []string{"value", "reference", "pending", "state", "initiative", "spent"} {
		if _, has := t.m[key]; has {
			t.d.add(join(t.path, key), atKey, lang.AssessedWithValue)
		}
	}
	e.Value, e.HasValue, e.Reference, e.HasRef, e.Pending = 0, false, 0, false, false
}

// orphan warns of an entry for a measure or initiative the plan does not
// have (any more): it is kept, counted nowhere, and blocks nothing, so
// taking a measure out of the plan does not stop everyone's saves.
func orphan(d *doc, path, key, id string, candidates []string) {
	if near := Closest(id, candidates); near != "" {
		d.warn(join(path, key), atValue, lang.OrphanEntryNear, key, id, near)
		return
	}
	d.warn(join(path, key), atValue, lang.OrphanEntry, key, id)
}

// checkFigure checks an entry that records a measure's figure or a pending
// mark. A figure the fast path makes at once (fastTable.figure) skips it:
// a new check here must make that path decline where it may say something.
func checkFigure(t table, e model.Entry, p *model.Plan, measureIDs []string) {
	m := p.Measure(e.Measure)
	if m == nil && e.Measure != "" {
		orphan(t.d, t.path, "measure", e.Measure, measureIDs)
	}
	if m != nil && e.HasValue {
		countDecimals(t, "value", m) // 1.650 for a count is most likely 1650
		if model.PlaceUnit(m.Unit) && !model.ValidPlace(e.Value) {
			t.d.warn(join(t.path, "value"), atValue, lang.PlaceOutside, lang.Figure{Value: e.Value, Exact: true}, model.Municipalities)
		}
	}
	_, hasValue := t.m["value"]
	switch {
	case e.Pending && hasValue:
		t.d.add(join(t.path, "value"), atKey, lang.PendingWithValue)
	case !e.Pending && !hasValue:
		t.d.add(t.path, atKey, lang.NeedValue)
	case m != nil && m.Relative() && hasValue && !e.HasRef:
		if _, has := t.m["reference"]; !has {
			leftToTable(t, p, m, e.Period)
		}
	}
	if _, has := t.m["state"]; has {
		t.d.add(join(t.path, "state"), atKey, lang.StateForInitiative)
	}
}

// leftToTable checks a figure of a relative measure written without its
// reference: the comparison table gives it where the measure names one
// and the table has figures for the period (see model.Plan.TableReference);
// where the table has none yet, the figure waits for it, unscored.
func leftToTable(t table, p *model.Plan, m *model.Measure, period model.Period) {
	ind := p.IndicatorOf(m)
	switch {
	case m.Compare == "" || p.GroupNamed(m.Reference) == nil:
		t.d.add(t.path, atKey, lang.NeedReference, m.ID, m.Reference)
	case ind == nil: // the table could not be read: that is reported on its own
	default:
		if _, ok := p.TableReference(m, period); !ok {
			t.d.warn(t.path, atKey, lang.ReferenceNotInTable, m.ID, ind.File, m.Reference, period.String())
		}
	}
}

// unsafeString sees bytes as a string without copying them; the bytes must
// not change while the string is used (file contents are never changed).
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }
