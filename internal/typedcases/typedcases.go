// Package typedcases is the one table of text as people type it, which the
// tests of every entry path (the view's form, set, import of CSV and of
// workbooks) run through: each path must give the same figure, period and
// state, or the same refusal.
package typedcases

// Plan is a small plan with a measure of each kind of figure: a count of
// people (C1), a share in % (S1), a change in procentpoint (P1), and an
// initiative (I1). Its status has one figure each for 2026-Q2, so a figure
// of ten times that is implausible.
const Plan = `format = 1

[plan]
municipality = "Prøve Kommune"
title = "Beskæftigelsesplan 2026"
start = 2026-01-01
end = 2026-12-31
cadence = "quarterly"

[[goal]]
id = "M1"
kind = "minister"
title = "Flere i job"

[[strategy]]
id = "ST1"
goal = "M1"
title = "Virksomhedsrettet indsats"

  [[strategy.initiative]]
  id = "I1"
  title = "Jobrotation"

[[measure]]
id = "C1"
goal = "M1"
title = "Personer på offentlig forsørgelse"
unit = "personer"
better = "lower"
baseline = { value = 2000.0, date = 2025-12-31 }
target = { value = 1750.0, date = 2026-12-31 }

[[measure]]
id = "S1"
goal = "M1"
title = "Andel i job efter forløb"
unit = "%"
better = "higher"
baseline = { value = 40.0, date = 2025-12-31 }
target = { value = 50.0, date = 2026-12-31 }

[[measure]]
id = "P1"
goal = "M1"
title = "Stigning i beskæftigelsesfrekvensen"
unit = "pp"
better = "higher"
baseline = { value = 0.4, date = 2025-12-31 }
target = { value = 1.0, date = 2026-12-31 }
`

// Status is the plan's status file: the figures a new one is weighed against.
const Status = `[[entry]]
measure = "C1"
period = "2026-Q2"
value = 1900.0
by = "anne"
at = 2026-07-10T09:00:00+02:00

[[entry]]
measure = "S1"
period = "2026-Q2"
value = 45.0
by = "anne"
at = 2026-07-10T09:00:00+02:00

[[entry]]
measure = "P1"
period = "2026-Q2"
value = 0.5
by = "anne"
at = 2026-07-10T09:00:00+02:00
`

// Case is one text typed for a measure (or a state for the initiative I1)
// and what every path must make of it: the figure and period, the state,
// or a refusal whose message holds Refused.
type Case struct {
	Measure string // C1, S1, P1; "" for the initiative I1
	Period  string
	Value   string // the figure typed, or the initiative's state

	Want       float64
	WantPeriod string // as the files write it
	WantState  string // the format's word, for I1
	Refused    string // a part of the message of the refusal; "" when it is read
}

// Cases are the numbers, periods and states of issue 22, and the readings
// that must be refused rather than guessed.
var Cases = []Case{
	// Numbers, as Danish and English people write them.
	{Measure: "C1", Period: "2026-Q3", Value: "1.750", Want: 1750, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "2026-Q3", Value: "1.750", Want: 1750, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "2026-Q3", Value: "1750", Want: 1750, WantPeriod: "2026-Q3"},
	{Measure: "S1", Period: "2026-Q3", Value: "47,1", Want: 47.1, WantPeriod: "2026-Q3"},
	{Measure: "S1", Period: "2026-Q3", Value: "47.1", Want: 47.1, WantPeriod: "2026-Q3"},
	{Measure: "P1", Period: "2026-Q3", Value: "-0,5", Want: -0.5, WantPeriod: "2026-Q3"},
	{Measure: "P1", Period: "2026-Q3", Value: "−0,5", Want: -0.5, WantPeriod: "2026-Q3"}, // the minus sign U+2212
	{Measure: "S1", Period: "2026-Q3", Value: "20 %", Want: 20, WantPeriod: "2026-Q3"},
	{Measure: "S1", Period: "2026-Q3", Value: "20 pct.", Want: 20, WantPeriod: "2026-Q3"},
	{Measure: "S1", Period: "2026-Q3", Value: "20 procent", Want: 20, WantPeriod: "2026-Q3"},
	{Measure: "P1", Period: "2026-Q3", Value: "0,6 pp", Want: 0.6, WantPeriod: "2026-Q3"},
	{Measure: "P1", Period: "2026-Q3", Value: "0,6 procentpoint", Want: 0.6, WantPeriod: "2026-Q3"},
	// Periods, as the reports and people write them.
	{Measure: "C1", Period: "2026Q3", Value: "1800", Want: 1800, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "2026K3", Value: "1800", Want: 1800, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "2026-K3", Value: "1800", Want: 1800, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "K3 2026", Value: "1800", Want: 1800, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "3. kvartal 2026", Value: "1800", Want: 1800, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "3. kvt. 2026", Value: "1800", Want: 1800, WantPeriod: "2026-Q3"},
	{Measure: "C1", Period: "2026-09", Value: "1800", Want: 1800, WantPeriod: "2026-09"},
	{Measure: "C1", Period: "2026M09", Value: "1800", Want: 1800, WantPeriod: "2026-09"},
	{Measure: "C1", Period: "sep 2026", Value: "1800", Want: 1800, WantPeriod: "2026-09"},
	{Measure: "C1", Period: "september 2026", Value: "1800", Want: 1800, WantPeriod: "2026-09"},
	{Measure: "C1", Period: "2026-H1", Value: "1800", Want: 1800, WantPeriod: "2026-H1"},
	{Measure: "C1", Period: "1. halvår 2026", Value: "1800", Want: 1800, WantPeriod: "2026-H1"},
	{Measure: "C1", Period: "2026", Value: "1800", Want: 1800, WantPeriod: "2026"},
	// Initiative states in Danish and English.
	{Period: "2026-Q3", Value: "planlagt", WantState: "planned", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "planned", WantState: "planned", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "i gang", WantState: "running", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "running", WantState: "running", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "afsluttet", WantState: "done", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "done", WantState: "done", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "sat på pause", WantState: "paused", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "paused", WantState: "paused", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "opgivet", WantState: "dropped", WantPeriod: "2026-Q3"},
	{Period: "2026-Q3", Value: "dropped", WantState: "dropped", WantPeriod: "2026-Q3"},
	// Two readings for a count: refused with both, nothing saved.
	{Measure: "C1", Period: "2026-Q3", Value: "1,012", Refused: `"1,012" kan betyde både 1,012 (med decimaler) og 1.012 (i tusinder)`},
	// A unit that does not fit, a figure that is no number, a share past 100 %.
	{Measure: "C1", Period: "2026-Q3", Value: "20 %", Refused: `enheden "%" passer ikke`},
	{Measure: "S1", Period: "2026-Q3", Value: "abc", Refused: `"abc" er ikke et tal`},
	{Measure: "S1", Period: "2026-Q3", Value: "450", Refused: "ikke en andel mellem 0 og 100 %"},
	{Measure: "C1", Period: "3. kvartal", Value: "1800", Refused: `"3. kvartal"`},
}
