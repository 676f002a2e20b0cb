package lang

import (
	"maps"
	"math"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/model"
)

// Amount is a sum in kr., said as the language says money: an argument
// of a problem found before the language is known.
type Amount float64

// The texts of keys_plans.go.
func init() {
	maps.Copy(da, map[Key]string{
		NegativeAmount:     "%s kan ikke være negativ (%s): et beløb i kr. er 0 eller mere",
		StrategyNoGoal:     "goal er en tom liste: skriv det mål, strategien tjener, fx goal = \"M1\" eller goal = [\"M3\", \"M4\"]",
		StrategyGoalTwice:  "målet %q står to gange i strategiens goal: skriv hvert mål én gang",
		BudgetsExceedPlan:  "initiativernes budgetter er tilsammen %s, mere end planens budget på %s",
		SpentOverBudget:    "%s har brugt %s, mere end sit budget på %s",
		SpentForInitiative: "spent er penge brugt på et initiativ: skriv initiative = \"…\" i stedet for measure",
		SpentUsage:         "brug: beskplan set --initiative ID PERIODE [TILSTAND] [--spent BELØB]",
		KronerMio:          "%s mio. kr.",
		KronerOf:           "%s af %s",
		MoneyPlan:          "%s fordelt",
		MoneyAllocated:     "%s fordelt på initiativerne",
		MoneySpent:         "%s brugt",
		MoneyLeft:          "%s tilbage",
		MoneyOver:          "%s over budget",
		MoneyNoBudget:      "uden budget",
		WorkedOn:           "følges gennem sine initiativer, måles ikke",
		WorkedOnShort:      "arbejdes på",
		WorkOf:             "%d af %d initiativer i gang",
		WorkNone:           "ingen initiativer endnu",
		WorkOverdue:        "%d forsinket",
		SharedWith:         "tjener også %s",
		SharedCountsOnce:   "tæller med under %s; i planens tal én gang",
		StrategiesHead:     "Strategier",
		MeansHead:          "Det betyder, at",
		InitiativesHead:    "Initiativer",
		RankOf:             "nr. %s af %d",
		DueOn:              "frist %s",
		ColBudget:          "Budget",
		ColSpent:           "Brugt",
		FormSpent:          "Brugt i perioden (kr.)",
		ColBudgetKr:        "Budget (kr.)",
		ColSpentKr:         "Brugt (kr.)",
		SpentOverlap:       "%s har penge brugt for både %s og %s, der overlapper: begge tæller med; registrér beløbet for én af dem",
		PlaceBetterLower:   "en placering er bedre, jo lavere den er (nr. 1 er bedst): skriv better = \"lower\"",
		PlaceOutside:       "%s er ingen placering blandt de %d kommuner: en placering er et helt tal fra 1 til %[2]d",
		WorkedOnMeasured:   "målet %s følges gennem sine initiativer (measured = false), men har resultatmål: %s; slet measured = false, eller flyt resultatmålene",
		SetInitiativeFlags: "--pending, --assessed og --reference hører til et resultatmål; et initiativ får en tilstand og --spent; intet er gemt",
		SpentNotForMeasure: "et beløb brugt hører til et initiativ, ikke til resultatmålet %q; intet er gemt",
		SpentOverPlan:      "initiativerne har tilsammen brugt %s, mere end planens budget på %s",
		IDsAndMore:         "%s og %s andre",
		IDsSaid:            "%s",
		OutputIsThePlan:    "%s er planens egen fil (%s); intet er skrevet – vælg et andet navn med -o",
		AmountTooLarge:     "%s er større end et beløb, en plan kan have: højst %s",
		WorkOfOne:          "%d af %d initiativ i gang",
		MoneyLeftColumn:    "Tilbage (kr.)",
		MoneyNoneSpent:     "intet brugt endnu",
		MoneyBudget:        "budget %s",
		MoneyHead:          "Økonomi",
		CmpPlaceBetter:     "bedre end",
		CmpPlaceWorse:      "dårligere end",
		WhyPlace:           "Placeringen %s i %s er %s %s",
		PlaceOrBetter:      "%s eller bedre",
		FlagSpent:          "kroner brugt på initiativet i perioden (med --initiative), fx 120.000 eller 1,2 mio.",
		FlagBrief:          "kort udgave til én side: uden strategier og initiativer",
	})
	maps.Copy(en, map[Key]string{
		NegativeAmount:     "%s cannot be negative (%s): an amount in DKK is 0 or more",
		StrategyNoGoal:     "goal is an empty list: write the goal the strategy serves, e.g. goal = \"M1\" or goal = [\"M3\", \"M4\"]",
		StrategyGoalTwice:  "the goal %q is named twice in the strategy's goal: name each goal once",
		BudgetsExceedPlan:  "the initiatives' budgets come to %s, more than the plan's budget of %s",
		SpentOverBudget:    "%s has spent %s, more than its budget of %s",
		SpentForInitiative: "spent is money spent on an initiative: write initiative = \"…\" instead of measure",
		SpentUsage:         "usage: beskplan set --initiative ID PERIOD [STATE] [--spent AMOUNT]",
		KronerMio:          "DKK %sm",
		KronerOf:           "%s of %s",
		MoneyPlan:          "%s allocated",
		MoneyAllocated:     "%s allocated to the initiatives",
		MoneySpent:         "%s spent",
		MoneyLeft:          "%s left",
		MoneyOver:          "%s over budget",
		MoneyNoBudget:      "no budget",
		WorkedOn:           "followed through its initiatives, not measured",
		WorkedOnShort:      "worked on",
		WorkOf:             "%d of %d initiatives running",
		WorkNone:           "no initiatives yet",
		WorkOverdue:        "%d overdue",
		SharedWith:         "also serves %s",
		SharedCountsOnce:   "counted under %s; once in the plan's figures",
		StrategiesHead:     "Strategies",
		MeansHead:          "This means that",
		InitiativesHead:    "Initiatives",
		RankOf:             "no. %s of %d",
		DueOn:              "due %s",
		ColBudget:          "Budget",
		ColSpent:           "Spent",
		FormSpent:          "Spent in the period (DKK)",
		ColBudgetKr:        "Budget (DKK)",
		ColSpentKr:         "Spent (DKK)",
		SpentOverlap:       "%s has money spent for both %s and %s, which overlap: both count; record the amount for one of them",
		PlaceBetterLower:   "a place is better the lower it is (no. 1 is best): write better = \"lower\"",
		PlaceOutside:       "%s is no place among the %d municipalities: a place is a whole number from 1 to %[2]d",
		WorkedOnMeasured:   "the goal %s is followed through its initiatives (measured = false), but has measures: %s; delete measured = false, or move the measures",
		SetInitiativeFlags: "--pending, --assessed and --reference belong to a measure; an initiative takes a state and --spent; nothing was saved",
		SpentNotForMeasure: "an amount spent belongs to an initiative, not to the measure %q; nothing was saved",
		SpentOverPlan:      "the initiatives have spent %s together, more than the plan's budget of %s",
		IDsAndMore:         "%s and %s more",
		IDsSaid:            "%s",
		OutputIsThePlan:    "%s is the plan's own file (%s); nothing was written – choose another name with -o",
		AmountTooLarge:     "%s is larger than any amount a plan can hold: at most %s",
		WorkOfOne:          "%d of %d initiative running",
		MoneyLeftColumn:    "Left (DKK)",
		MoneyNoneSpent:     "nothing spent yet",
		MoneyBudget:        "budget %s",
		MoneyHead:          "Money",
		CmpPlaceBetter:     "better than",
		CmpPlaceWorse:      "worse than",
		WhyPlace:           "The place %s in %s is %s %s",
		PlaceOrBetter:      "%s or better",
		FlagSpent:          "kroner spent on the initiative in the period (with --initiative), e.g. 120000 or 1.2 mio.",
		FlagBrief:          "short version for one page: without strategies and initiatives",
	})
}

// Kroner is an amount as Danes read it: "250.000 kr." below a million,
// "2,1 mio. kr." from a million; in English "DKK 250,000" and "DKK 2.1m".
func (l Lang) Kroner(v float64) string {
	if math.Abs(v) >= 1e6 {
		return l.T(KronerMio, l.millions(v))
	}
	if l == En {
		return "DKK " + l.Number(math.Round(v))
	}
	return l.Number(math.Round(v)) + " kr."
}

// KronerExact is an amount as it is saved, every krone and øre: what a
// confirmation says ("1.250.000 kr.", "120.000,5 kr."), where Kroner
// rounds for reading.
func (l Lang) KronerExact(v float64) string {
	if l == En {
		return "DKK " + l.Number(v)
	}
	return l.Number(v) + " kr."
}

// KronerOf is a part of a whole in one unit: "4,7 af 5,0 mio. kr.",
// "120.000 af 250.000 kr.".
func (l Lang) KronerOf(part, whole float64) string {
	if math.Abs(whole) >= 1e6 {
		return l.T(KronerMio, l.T(KronerOf, l.millions(part), l.millions(whole)))
	}
	if l == En {
		return "DKK " + l.T(KronerOf, l.Number(math.Round(part)), l.Number(math.Round(whole)))
	}
	return l.T(KronerOf, l.Number(math.Round(part)), l.Number(math.Round(whole))) + " kr."
}

// millions is an amount in millions with one decimal: "2,1", "5,0",
// "1.250,0".
func (l Lang) millions(v float64) string {
	s := l.Number(math.Round(v/1e5) / 10)
	if mark := map[bool]string{true: ".", false: ","}[l == En]; !strings.Contains(s, mark) {
		s += mark + "0"
	}
	return s
}

// shownIDs is how many ids a list says before "og 3 andre".
const shownIDs = 5

// IDs is a list of ids as a line says it, bounded whatever its length:
// "M3, M4" or "M3, M4, M5, M6, M7 og 9.995 andre".
func (l Lang) IDs(ids []string) string { return l.T(IDsSaid, IDs(ids)) }

// IDs is the bounded list as an argument of a problem found before the
// language is known, said in the language of its message.
func IDs(ids []string) Said {
	if len(ids) <= shownIDs {
		return Said{Key: IDsSaid, Args: []any{strings.Join(ids, ", ")}}
	}
	return Said{Key: IDsAndMore, Args: []any{strings.Join(ids[:shownIDs], ", "), Figure{Value: float64(len(ids) - shownIDs)}}}
}

// SharedWith says the other goals a strategy serves, seen from one of
// them (nil: its first): "tjener også M4"; "" for a strategy of one goal.
func (l Lang) SharedWith(st *model.Strategy, from *model.Goal) string {
	if !st.Shared() {
		return ""
	}
	if from == nil {
		from = st.Goal
	}
	return l.T(SharedWith, l.IDs(model.GoalIDs(st.Goals, from)))
}

// SharedNote is what a measure under a strategy of several goals says:
// "tæller med under M3, M4; i planens tal én gang"; "" otherwise.
func (l Lang) SharedNote(m *model.Measure) string {
	if len(m.Goals) < 2 {
		return ""
	}
	return l.T(SharedCountsOnce, l.IDs(model.GoalIDs(m.Goals)))
}

// Work says how far initiatives have come: "3 af 5 initiativer i gang · 1
// afsluttet · 1 forsinket".
func (l Lang) Work(w model.Work, sep string) string {
	if w.Total == 0 {
		return l.T(WorkNone)
	}
	of := WorkOf
	if w.Total == 1 {
		of = WorkOfOne // "0 af 1 initiativ i gang"
	}
	parts := []string{l.T(of, w.States[model.Running], w.Total)}
	for _, s := range []model.State{model.Done, model.Paused, model.Dropped, model.Planned} {
		if n := w.States[s]; n > 0 {
			parts = append(parts, strconv.Itoa(n)+" "+l.State(s))
		}
	}
	if w.Overdue > 0 {
		parts = append(parts, l.T(WorkOverdue, w.Overdue))
	}
	return strings.Join(parts, sep)
}

// Money says a budget and its spending: "120.000 af 250.000 kr. brugt ·
// 130.000 kr. tilbage", or only what is there.
func (l Lang) Money(m model.Money, sep string) string {
	switch {
	case !m.Any():
		return ""
	case m.Budgeted == 0:
		return l.T(MoneySpent, l.Kroner(m.Spent)) + sep + l.T(MoneyNoBudget)
	}
	if m.Recorded == 0 {
		return l.T(MoneyBudget, l.Kroner(m.Budget)) + sep + l.T(MoneyNoneSpent)
	}
	text := l.T(MoneySpent, l.KronerOf(m.Spent, m.Budget))
	if left := m.Left(); left < 0 {
		return text + sep + l.T(MoneyOver, l.Kroner(-left))
	} else {
		return text + sep + l.T(MoneyLeft, l.Kroner(left))
	}
}

// PlanMoney is the plan's line: "4,7 af 5,0 mio. kr. fordelt · 2,1 mio.
// kr. brugt"; without the plan's own budget "4,7 mio. kr. fordelt på
// initiativerne · …".
func (l Lang) PlanMoney(m model.Money, budget float64, sep string) string {
	if !m.Any() && budget <= 0 {
		return ""
	}
	var text string
	if budget > 0 {
		text = l.T(MoneyPlan, l.KronerOf(m.Budget, budget))
	} else {
		text = l.T(MoneyAllocated, l.Kroner(m.Budget))
	}
	return text + sep + l.T(MoneySpent, l.Kroner(m.Spent))
}
