package model

import (
	"math"
	"slices"
	"strings"
	"time"
)

// Plan is a municipality's employment plan: its goals, strategies,
// initiatives and measures, and the entries of its status file.
type Plan struct {
	Municipality string
	Title        string
	Committee    string
	Note         string // an optional word to every reader, such as "the figures are illustrative"
	Start, End   Date
	Cadence      Cadence
	StatusFile   string // as written in the plan, relative to the plan file
	// Comparison is the folder of other municipalities' figures, as written
	// (default "sammenligning"), relative to the plan file.
	Comparison string
	Groups     []*Group              // the plan's [[group]]s of areas to compare with
	Indicators map[string]*Indicator // the comparison tables the measures name, by id; set by data

	Meetings []Meeting // the committee's meetings, by date
	Owners   []*Owner  // who deliver figures; an `owner` naming one of them means that one
	// Budget is the kr. for the plan's initiatives in all; 0 when the plan
	// gives none.
	Budget float64

	Goals      []*Goal
	Strategies []*Strategy
	Measures   []*Measure
	Entries    []Entry // in file order

	byID      map[string]any
	entriesOf map[any][]int // a measure's or an initiative's entries: indices into Entries, in file order
	written   []int         // the written assessments and the approvals: indices into Entries, in file order
	array     *entryArray   // who may append in place to Entries' array; nil: nobody yet
}

// GoalKind tells a ministermål from a local goal.
type GoalKind string

// The kinds of goal.
const (
	Minister GoalKind = "minister"
	Local    GoalKind = "local"
)

// Goal is a ministermål or a local goal.
type Goal struct {
	ID, Title, Owner string
	Kind             GoalKind
	// WorkedOn: the plan says `measured = false` ("Vi vil arbejde på"):
	// the goal is followed through its initiatives, not judged by figures.
	WorkedOn   bool
	Strategies []*Strategy
	Measures   []*Measure // every measure under the goal, directly or through a strategy
}

// Initiatives are the initiatives of the goal's strategies, in plan order.
func (g *Goal) Initiatives() []*Initiative {
	var all []*Initiative
	for _, s := range g.Strategies {
		all = append(all, s.Initiatives...)
	}
	return all
}

// Strategy is how the job centre works towards a goal.
type Strategy struct {
	ID, Title, Summary, Owner string
	GoalIDs                   []string // as written: `goal = "M3"` or `goal = ["M3", "M4"]`
	Means                     []string // the "Det betyder, at" bullets
	// Goals are the goals it serves, set by Index; Goal is the first of
	// them, where the strategy is reached from by default.
	Goals       []*Goal
	Goal        *Goal
	Initiatives []*Initiative
	Measures    []*Measure
}

// GoalIDs are the goals' ids, in their order, leaving out those in except:
// the goals a strategy or measure counts in, or those besides the one it
// is seen under.
func GoalIDs(goals []*Goal, except ...*Goal) []string {
	ids := make([]string, 0, len(goals))
	for _, g := range goals {
		if !slices.Contains(except, g) {
			ids = append(ids, g.ID)
		}
	}
	return ids
}

// Shared reports whether the strategy serves more than one goal: its
// measures then appear under each, and views say so.
func (s *Strategy) Shared() bool { return len(s.Goals) > 1 }

// Meeting is one of the committee's meetings, reviewing one period.
type Meeting struct {
	Date     Date
	Period   Period
	Deadline Date // when the figures are due: 7 days before Date unless the plan says
}

// Owner is a team or person who delivers figures.
type Owner struct {
	ID, Name, Email string
}

// Initiative is a concrete piece of work under a strategy.
type Initiative struct {
	ID, Title, Owner string
	Due              Date    // zero when none is set
	Budget           float64 // kr.; 0 when the plan gives none
	Strategy         *Strategy
}

// Better says which direction of a measure's figures is good.
type Better string

// The directions.
const (
	Higher Better = "higher"
	Lower  Better = "lower"
	// Neither: an expectation, not an aim ("forventes at stige med 63"):
	// the measure is followed against its expected path, never judged.
	Neither Better = "neither"
)

// Point is a value at a date: a baseline, a milestone or a target.
type Point struct {
	Value float64
	Date  Date
}

// Measure is a resultatmål: figures followed over periods, maybe against a target.
type Measure struct {
	ID, Title, Unit, Source, Owner string
	Better                         Better
	Reference                      string // the reference series' name; empty when the target is absolute
	Baseline                       *Point
	// BaselineFirst: the plan says `baseline = "first"`: on purpose, the
	// first figure recorded is the baseline (a change is made from it).
	BaselineFirst bool
	Target        *Target  // nil: the measure is followed, not scored
	Milestones    []Target // by date (Index sorts them)
	// Frequency is how often the measure's figures come; empty in the file
	// means the plan's cadence, which Index fills in.
	Frequency Cadence
	Lag       int // figures arrive this many of the measure's periods late
	// Compare names the indicator of the comparison folder the measure is
	// compared with (beskplan's own key); Area is the measure's own area
	// in it (default the plan's municipality); Group is the group it ranks
	// itself in beside the whole country (default the plan's first group).
	Compare, Area, Group string
	GoalID, StrategyID   string    // as written: one of them is set
	Goal                 *Goal     // set by Index: the first of Goals
	Strategy             *Strategy // set by Index; nil when the measure names its goal directly
	// Goals are the goals the measure counts in: its own, or its
	// strategy's (more than one for a strategy that serves several).
	Goals []*Goal
}

// Span is the length of one of the measure's periods (its frequency).
func (m *Measure) Span() Span { return m.Frequency.Span() }

// Relative reports whether the measure's target is relative to a reference series.
func (m *Measure) Relative() bool { return m.Reference != "" }

// FigureUnit is the unit the measure's own figures are in: a relative
// target is in procentpoint (pp), the figures it compares in %.
func (m *Measure) FigureUnit() string {
	if m.Relative() && m.Unit == "pp" {
		return "%"
	}
	return m.Unit
}

// countUnits are units that count people or things: their figures are
// whole, and so is any figure expected of them.
var countUnits = append([]string{"antal", "personer", "helårspersoner", "fuldtidspersoner", "borgere", "virksomheder", "gange", "forløb"},
	placeUnits...)

// placeUnits are units of a place among municipalities ("nr. 94 af 98"):
// whole, and a lower number is a better place.
var placeUnits = []string{"placering", "plads", "rang"}

// ValidPlace reports whether v is a place among the municipalities: a
// whole number from 1 to Municipalities.
func ValidPlace(v float64) bool { return v == math.Trunc(v) && v >= 1 && v <= Municipalities }

// PlaceUnit reports whether the unit is a place among municipalities.
func PlaceUnit(unit string) bool {
	return slices.Contains(placeUnits, strings.ToLower(strings.TrimSpace(unit)))
}

// CountUnit reports whether the unit counts people or things.
func CountUnit(unit string) bool {
	u := strings.ToLower(strings.TrimSpace(unit))
	return slices.Contains(countUnits, u)
}

// State is the state of an initiative.
type State string

// The states an initiative can be in.
const (
	Planned State = "planned"
	Running State = "running"
	Done    State = "done"
	Paused  State = "paused"
	Dropped State = "dropped"
)

// States lists the valid states in their natural order.
var States = []State{Planned, Running, Done, Paused, Dropped}

// Valid reports whether s is one of the states of the format.
func (s State) Valid() bool {
	for _, v := range States {
		if s == v {
			return true
		}
	}
	return false
}

// Assessment is a verdict people gave (`assessed`), with or without a figure.
type Assessment string

// The assessments of the format.
const (
	AssessedMet    Assessment = "met"
	AssessedPartly Assessment = "partly"
	AssessedMissed Assessment = "missed"
)

// Assessments lists the valid assessments in the order users read them.
var Assessments = []Assessment{AssessedMet, AssessedPartly, AssessedMissed}

// Track is the track an assessment gives its measure or goal.
func (a Assessment) Track() Track {
	switch a {
	case AssessedMet:
		return AssessedMetTrack
	case AssessedPartly:
		return AssessedPartlyTrack
	case AssessedMissed:
		return AssessedMissedTrack
	}
	return NoData
}

// Entry is one [[entry]] of the status file: a figure, a pending mark, an
// assessment or an initiative's state, for one period.
type Entry struct {
	Measure    string // set for a figure, a pending mark or a measure's assessment
	Goal       string // set for a goal's assessment
	Assessed   Assessment
	Initiative string // set for a state or money spent
	// Spent is kr. spent on the initiative in the period (HasSpent).
	Spent        float64
	HasSpent     bool
	Period       Period
	Value        float64
	HasValue     bool
	Reference    float64
	HasRef       bool
	RefFromTable bool // Reference was filled in from the comparison table, not typed
	Pending      bool
	State        State
	Note         string
	By           string
	At           time.Time // zero when not recorded
	Future       bool      // At was later than the moment the file was read: check reports it
	AtLocal      bool      // At was written without an offset, and read in the plan's zone
	Line         int       // where the entry starts in the status file, for messages
	// Vurdering is the written assessment for the committee's paper, of a
	// goal (Goal), a measure (Measure) or, with neither, the paper's own;
	// Indstilling the recommendation that goes with it. Such an entry
	// records no figure.
	Vurdering, Indstilling string
	// Approval: the paper for Period was approved; Paper is its SHA-256
	// ("sha256:…"). The period and every earlier one are then closed.
	Approval bool
	Paper    string
	// Revised is why a figure (or state, or verdict) for a closed period
	// was recorded after the approval: "revideret efter godkendelse".
	Revised string
}

// Written reports whether the entry is a written assessment (vurdering
// or indstilling), not a figure.
func (e *Entry) Written() bool { return e.Vurdering != "" || e.Indstilling != "" }

// Goal returns the goal with the id, or nil.
func (p *Plan) Goal(id string) *Goal { g, _ := p.byID[id].(*Goal); return g }

// Strategy returns the strategy with the id, or nil.
func (p *Plan) Strategy(id string) *Strategy { s, _ := p.byID[id].(*Strategy); return s }

// Measure returns the measure with the id, or nil.
func (p *Plan) Measure(id string) *Measure { m, _ := p.byID[id].(*Measure); return m }

// Initiative returns the initiative with the id, or nil.
func (p *Plan) Initiative(id string) *Initiative { i, _ := p.byID[id].(*Initiative); return i }

// Initiatives returns every initiative in plan order.
func (p *Plan) Initiatives() []*Initiative {
	var all []*Initiative
	for _, s := range p.Strategies {
		all = append(all, s.Initiatives...)
	}
	return all
}

// IDs returns every id in the plan, for suggesting the closest to a typo.
func (p *Plan) IDs() []string {
	ids := make([]string, 0, len(p.byID))
	for id := range p.byID {
		ids = append(ids, id)
	}
	return ids
}
