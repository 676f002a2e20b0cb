package lang

import (
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/model"
)

var trackKeys = map[model.Track]Key{
	model.Met: TrackMet, model.OnTrack: TrackOn, model.AtRisk: TrackRisk, model.OffTrack: TrackOff,
	model.Pending: TrackPending, model.NoData: TrackNoData, model.NoTarget: TrackNoTarget,
	model.Missed: TrackMissed, model.Held: TrackHeld, model.Breached: TrackBreached,
	model.Followed: TrackFollowed, model.Awaiting: TrackAwaiting, model.AssessedMetTrack: TrackAssessedMet,
	model.AssessedPartlyTrack: TrackAssessedPartly, model.AssessedMissedTrack: TrackAssessedMissed,
}

// Track is the track's word: colour may follow it, never replace it.
func (l Lang) Track(t model.Track) string { return l.T(trackKeys[t]) }

var stateKeys = map[model.State]Key{
	model.Planned: StatePlanned, model.Running: StateRunning, model.Done: StateDone,
	model.Paused: StatePaused, model.Dropped: StateDropped, "": StateNone,
}

// State is an initiative state's word.
func (l Lang) State(s model.State) string { return l.T(stateKeys[s]) }

// Kind is "Ministermål" or "Lokalt mål".
func (l Lang) Kind(k model.GoalKind) string {
	if k == model.Local {
		return l.T(KindLocal)
	}
	return l.T(KindMinister)
}

// Better is which way a measure's figure is better: "jo højere, jo bedre"
// unless it is lower.
func (l Lang) Better(b model.Better) string {
	if b == model.Neither {
		return l.T(BetterNeither)
	}
	if b == model.Lower {
		return l.T(BetterLower)
	}
	return l.T(BetterHigher)
}

// Counts says how many of a goal's measures are in each track, joined by
// sep: "3 på sporet · 1 i risiko · 1 mangler tal". A measure people
// assessed counts by their verdict, and says so: "1 vurderet: opfyldt".
func (l Lang) Counts(counts map[model.Track]int, sep string) string {
	var parts []string
	for _, t := range model.Tracks {
		if n := counts[t]; n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+l.Track(t))
		}
	}
	return strings.Join(parts, sep)
}

// GoalCounts is Counts of a goal, with the verdict people gave the goal
// itself: "… · vurderet for 2023: delvist – Delvist opfyldt (udvalgsmøde)".
func (l Lang) GoalCounts(g *model.GoalStatus, sep string) string {
	text := l.Counts(g.Counts, sep)
	if a := g.Assessed; a != nil {
		own := l.T(AssessedNote, l.Period(a.Period), l.T(AssessedWithNote, l.Track(a.Assessed.Track()), a.Note))
		if text == "" {
			return own
		}
		text += sep + own
	}
	return text
}

// Entry says an entry in one line, as it is saved: "R1 2026-Q3 = 87,5 %",
// "R7 2026-Q3 = 47,1 % (Landsgennemsnit 43,2 %)", "S1-I1 2026-Q3 = afsluttet".
func (l Lang) Entry(p *model.Plan, e model.Entry) string {
	if e.Written() {
		return l.Written(e)
	}
	if e.Initiative != "" {
		var said []string
		if e.State != "" || !e.HasSpent {
			said = append(said, l.State(e.State))
		}
		if e.HasSpent { // "S1-I1 2026-Q3 = 120.000 kr. brugt"
			said = append(said, l.T(MoneySpent, l.KronerExact(e.Spent)))
		}
		return e.Initiative + " " + e.Period.String() + " = " + strings.Join(said, ", ")
	}
	if e.Assessed != "" { // "M2 2026-Q3 = vurderet: opfyldt"
		return e.Measure + e.Goal + " " + e.Period.String() + " = " + l.Track(e.Assessed.Track())
	}
	m := p.Measure(e.Measure)
	unit := m.FigureUnit()
	text := e.Measure + " " + e.Period.String() + " = "
	if e.Pending {
		text += l.T(Pending)
	} else {
		text += l.Value(e.Value, unit)
	}
	if e.HasRef {
		text += " (" + m.Reference + " " + l.Value(e.Reference, unit) + ")"
	}
	return text
}

// Written names a written assessment: "vurdering af M1 for 3. kvartal
// 2026", "indstilling for 3. kvartal 2026".
func (l Lang) Written(e model.Entry) string {
	period := l.Period(e.Period)
	switch {
	case e.Goal+e.Measure != "":
		return l.T(WrittenOf, e.Goal+e.Measure, period)
	case e.Vurdering == "":
		return l.T(IndstillingOf, period)
	}
	return l.T(WrittenOwn, period)
}
