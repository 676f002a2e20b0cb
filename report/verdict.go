package report

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Verdict is a measure's verdict in words: what every view (the TUI,
// `status` and each report format) says about it, made in one place so they
// never disagree. A part that does not apply is empty.
type Verdict struct {
	Track         string // the track's word
	Latest        string // "67,5 % (2023-Q4)"; for a stale figure "270 antal (tal fra 2023-05)"; "intet tal"
	Stale         string // "tal fra 2023-05": the age of a stale figure
	BaselineLabel string // "Udgangspunkt", or "Første tal" where the plan gives no baseline
	Baseline      string // "60 % (2021-12-31)"
	Target        string // "fald på 74 fra 1.200: højst 1.126 helårspersoner senest 2024-12-31"
	Expected      string // "forventet 67,5 %": the figure the plan expects by now
	ExpectedValue string // "67,5 %": the same figure, for a column headed "Forventet"
	Milestone     string // "delmål 2022 ikke nået: 8,6 %, højst 8 %"
	MilestoneName string // "delmål 2022 ikke nået": the same, short, for a row
	Breach        string // "overskredet i 2023-Q2"
	Pending       string // "afventer måling: Tælles om i januar"
	// Reference is the latest figure's reference, and where it came from:
	// "Landsgennemsnit 43,2 % (fra tabellen MM3)"; empty without one.
	Reference string
	// Unscored says the latest figure is not scored, for a target against
	// other areas whose table lacks its period: "tæller ikke: 2026-Q3
	// mangler i tabellen".
	Unscored string
	// Assessed is the note of the verdict people gave, shown beside the
	// track's "vurderet: opfyldt": "Målet er opfyldt (opfølgning 16. marts 2021)".
	Assessed string
	// Awaiting says what a final verdict waits for and what the latest
	// figure would mean: "afventer tallet for 4. kvartal 2022; seneste,
	// maj 2021, var over målet".
	Awaiting string
	Invented string // "opdigtede tal fra eksemplet" where the figures are the example's
	Why      string // the explaining sentence (Explain)
}

// VerdictOf says a measure's verdict in the language.
func VerdictOf(ms *model.MeasureStatus, l lang.Lang) Verdict {
	m := ms.Measure
	v := Verdict{Track: TrackText(ms, l), Latest: l.T(lang.NoFigure), BaselineLabel: l.T(lang.Baseline), Why: Explain(ms, l)}
	if ms.Invented {
		v.Invented = l.T(lang.InventedFigures) + " (" + ms.Measure.Compare + ")"
	}
	if a := ms.Assessed; a != nil {
		v.Assessed = a.Note // beside the track's "vurderet: opfyldt"
	}
	if e := ms.Latest; e != nil {
		when := l.Period(e.Period)
		if ms.Stale {
			v.Stale = l.T(lang.StaleFrom, l.Period(e.Period))
			when = v.Stale
		}
		unscored := slices.Contains(ms.Unscored, e.Period)
		figure := l.Value(e.Value, m.FigureUnit())
		if !unscored {
			if place := placeText(ms, e.Period, l); place != "" {
				figure += ", " + place
			}
		}
		v.Latest = figure + " (" + when + ")"
		switch {
		case e.Revised != "":
			v.Latest += ", " + RevisedText(e, l)
		case ms.Revised:
			v.Latest += ", " + l.T(lang.Revised)
		}
		if e.Future {
			v.Latest += ", " + l.T(lang.DatedInFuture, e.At.Format("2006-01-02 15:04"))
		}
		v.Reference = ReferenceText(m, e, l)
		if ms.Track == model.Awaiting {
			v.Awaiting = l.T(lang.AwaitingFigure, l.Period(ms.Awaited), l.Period(e.Period), cmpWordOf(ms.Measure, ms.Why.Cmp, l))
		}
		if unscored {
			v.Unscored = l.T(lang.NotScoredIn, l.Period(e.Period))
			switch gap, lacks := ms.GapIn(e.Period); {
			case lacks:
				v.Unscored = GapText(ms.Measure, gap, l)
			case ms.UnscoredNoRow:
				v.Unscored = l.T(lang.NotScoredNoRow, ms.RowName)
			case ms.UnscoredNoReference:
				v.Unscored = l.T(lang.NotScoredNoReference, l.Period(e.Period))
			}
		}
	}
	if ms.BaselineIsFirst {
		v.BaselineLabel = l.T(lang.FirstFigure)
	}
	if !ms.Baseline.Date.IsZero() { // the plan's, or the first figure scored

		v.Baseline = ComparedValue(m, ms.Baseline.Value, l) + " (" + baselineWhen(ms, l) + ")"
	}
	if m.Target != nil {
		v.Target = TargetText(m, l)
	}
	if ms.HasExpected {
		v.ExpectedValue = ComparedValue(m, wholeForCounts(m, ms.ExpectedValue), l)
		v.Expected = l.T(lang.ExpectedShort, v.ExpectedValue)
	}
	if mc := ms.MissedMilestone; mc != nil {
		v.MilestoneName = l.T(lang.MilestoneMissed, when(mc.Milestone.Date, l))
		v.Milestone = v.MilestoneName + ": " + ComparedValue(m, mc.Actual, l) + ", " + bound(m, &mc.Milestone, l)
	}
	if !ms.BreachedAt.IsZero() {
		v.Breach = l.T(lang.BreachedIn, l.Period(ms.BreachedAt))
	}
	if e := ms.Pending; e != nil {
		v.Pending = l.T(lang.Pending)
		switch {
		case strings.HasPrefix(strings.ToLower(e.Note), strings.ToLower(v.Pending)): // "Afventer måling i 3. kvartal"
			v.Pending = e.Note
		case e.Note != "":
			v.Pending = l.T(lang.PendingNote, e.Note)
		}
	}
	return v
}

// Remarks are the parts of the verdict that qualify its track, most telling
// first: a broken limit, a missed milestone, the expected figure, a pending
// mark, a latest figure not scored.
func (v Verdict) Remarks() []string {
	var out []string
	for _, s := range []string{v.Assessed, v.Awaiting, v.Breach, v.Milestone, v.Expected, v.Pending, v.Unscored, v.Invented} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// TrackText is the measure's track in words; where people's verdict and the
// figures' disagree, both: "beregnet: bagud · vurderet: opfyldt".
func TrackText(ms *model.MeasureStatus, l lang.Lang) string {
	word := l.Track(ms.Track)
	if a := ms.Assessed; a != nil && ms.Computed.Scored() && !a.Assessed.Agrees(ms.Computed) {
		return l.T(lang.ComputedAndAssessed, l.Track(ms.Computed), word)
	}
	return word
}

// GapText says what a table lacks for a place to be scored: "kan ikke
// placeres: tabellen har 12 af 98 kommuner i 3. kvartal 2026".
func GapText(m *model.Measure, g model.TableGap, l lang.Lang) string {
	switch {
	case g.Alone:
		return l.T(lang.CannotBePlacedAlone, g.Group, g.Area)
	case len(g.Missing) > 0:
		return l.T(lang.CannotBePlacedGroup, strings.Join(g.Missing, ", "), l.Period(g.Period), g.Group)
	}
	return l.T(lang.CannotBePlaced, g.Have, model.Municipalities, l.Period(g.Period))
}

// wholeForCounts rounds an expected figure of a count of people or things
// to a whole number: no one expects 446,64 personer.
func wholeForCounts(m *model.Measure, v float64) float64 {
	if model.CountUnit(m.Unit) {
		return math.Round(v)
	}
	return v
}

// ShortRemarks are Remarks as a row of a list has room for: the missed
// milestone named, without its figures.
func (v Verdict) ShortRemarks() []string {
	v.Milestone = v.MilestoneName
	return v.Remarks()
}

// baselineWhen is the baseline's date, or the period of the first figure
// where the plan gives no baseline.
func baselineWhen(ms *model.MeasureStatus, l lang.Lang) string {
	if p, ok := firstFigurePeriod(ms); ok {
		return l.Period(p)
	}
	return l.Date(ms.Baseline.Date)
}

// firstFigurePeriod is the period of the first figure, where that figure
// stands in for a baseline the plan does not give.
func firstFigurePeriod(ms *model.MeasureStatus) (model.Period, bool) {
	if ms.BaselineIsFirst {
		for _, r := range ms.History {
			if !r.Superseded && r.Entry.HasValue && r.Entry.Period.End() == ms.Baseline.Date {
				return r.Entry.Period, true
			}
		}
	}
	return model.Period{}, false
}

// TargetText says a measure's target in words: "mindst 90 % senest
// 2026-12-31", "under 800 antal senest 2023-05-31", "højst 20 % i hver
// periode til 2023-12-31", "fald på 74 fra 1.200: højst 1.126 helårspersoner
// senest 2024-12-31", "skal falde", "mindst +1 pp i forhold til
// Landsgennemsnit senest 2022-12-31".
func TargetText(m *model.Measure, l lang.Lang) string {
	t := m.Target
	text := bound(m, t, l)
	switch {
	case t.Always:
		return l.T(lang.TargetLimit, text, l.Date(t.Date))
	case t.HasDate && !t.Date.IsZero():
		return l.T(lang.TargetBy, text, l.Date(t.Date))
	}
	return text
}

var directionKeys = map[model.Direction]lang.Key{
	model.Up: lang.DirectionUp, model.Down: lang.DirectionDown,
	model.NotUp: lang.DirectionNotUp, model.NotDown: lang.DirectionNotDown,
}

// bound is what a target or milestone asks of a figure, without its date:
// "højst 1.126 antal", "under 800 antal", "fald på 74 fra 1.200: højst 1.126".
func bound(m *model.Measure, t *model.Target, l lang.Lang) string {
	switch {
	case t.Kind == model.DirectionTarget:
		return l.T(directionKeys[t.Direction])
	case t.Kind.AgainstOthers():
		return againstText(m, t, l)
	case t.Kind == model.RangeTarget:
		return l.T(lang.TargetRange, l.Number(t.Min), l.Value(t.Max, m.Unit))
	}
	value := l.Value(wholeForCounts(m, t.Value), m.Unit)
	if m.Relative() && t.Value > 0 {
		value = "+" + value
	}
	key := lang.TargetAtLeast
	switch {
	case m.Better == model.Neither: // an expectation, not an aim
		key = lang.TargetExpectedBy
	case t.Strict && m.Better == model.Lower:
		key = lang.TargetBelow
	case t.Strict:
		key = lang.TargetAbove
	case m.Better == model.Lower && model.PlaceUnit(m.Unit): // "nr. 80 af 98 eller bedre"
		key = lang.PlaceOrBetter
	case m.Better == model.Lower:
		key = lang.TargetAtMost
	}
	text := l.T(key, value)
	if m.Relative() {
		text = l.T(lang.TargetVersus, text, m.Reference)
	}
	if t.Kind == model.ChangeTarget || t.Kind == model.ChangePercentTarget {
		if m.Better == model.Neither && (m.Baseline == nil || !t.Resolved) { // "forventet stigning på 40"
			return l.T(lang.TargetExpectedBy, changeText(m, t, l, text))
		}
		return changeText(m, t, l, text)
	}
	return text
}

// changeText says a change from the baseline and what it comes to: "fald
// på 74 fra 1.200: højst 1.126 helårspersoner", "fald på 10 % fra 500: højst 450 antal".
func changeText(m *model.Measure, t *model.Target, l lang.Lang, resolved string) string {
	change, amount := t.Change, l.Number(math.Abs(t.Change))
	if t.Kind == model.ChangePercentTarget {
		change, amount = t.ChangePercent, l.Value(math.Abs(t.ChangePercent), "%")
	}
	text := l.T(lang.ChangeUp, amount)
	if change < 0 {
		text = l.T(lang.ChangeDown, amount)
	}
	if m.Baseline == nil || !t.Resolved { // check says a change needs a baseline
		return text
	}
	return l.T(lang.ChangeFrom, text, l.Number(m.Baseline.Value), resolved)
}

// when says a date as plans do: a year for its last day ("2022"), else the
// date ("30. juni 2022").
func when(d model.Date, l lang.Lang) string {
	if d.Month == time.December && d.Day == 31 {
		return strconv.Itoa(d.Year)
	}
	return l.Date(d)
}

// placeText is where a rank or better_than target's figure of the period
// stands, said with the set it stands in, so it is not read as another
// rank beside it: "nr. 20 af 97", "nr. 3 af 4 i Naboer", "bedre end
// 66,67 % af Naboer"; the bare place ("nr. 20") when the period was not
// ranked, "" for other targets.
func placeText(ms *model.MeasureStatus, p model.Period, l lang.Lang) string {
	m := ms.Measure
	t := m.Target
	if t == nil || !t.Kind.Ranks() {
		return ""
	}
	r, ok := ms.RankIn(p)
	switch {
	case t.Kind == model.BetterThanTarget:
		return l.T(lang.BetterThanShare, ComparedValue(m, ms.Value, l), amongName(t, l))
	case !ok || r.Place.Of == 0:
		return ComparedValue(m, ms.Value, l)
	case t.Among == "":
		return l.T(lang.RankAmongAll, r.Place.Rank, r.Place.Of)
	}
	return l.T(lang.RankInGroup, r.Place.Rank, r.Place.Of, t.Among)
}

// RevisedText marks a figure recorded after an approval closed its
// period, with the reason given: "revideret efter godkendelse: Danmarks
// Statistik rettede tallet"; "" for any other.
func RevisedText(e *model.Entry, l lang.Lang) string {
	if e == nil || e.Revised == "" {
		return ""
	}
	return l.T(lang.RevisedMark, e.Revised)
}

// withRevised is a figure's note with its revised mark, for a cell.
func withRevised(e *model.Entry, l lang.Lang) string {
	return strings.Join(nonEmpty(e.Note, RevisedText(e, l)), " · ")
}
