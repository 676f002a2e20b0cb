package data

import (
	"strings"
	"testing"

	"github.com/beskplan/beskplan/model"
)

// moneyPlan is a plan as Fredericia and Stevns write them: a budget for the
// plan, initiatives with budgets, a goal worked on rather than measured,
// and a strategy that serves two goals.
const moneyPlan = `format = 1

[plan]
municipality = "Eksempel"
title = "Plan"
start = 2026-01-01
end = 2026-12-31
cadence = "quarterly"
budget = 500000.0

[[goal]]
id = "M1"
kind = "minister"
title = "Mål et"

[[goal]]
id = "M2"
kind = "local"
title = "Mål to"

[[goal]]
id = "M3"
kind = "local"
title = "Mål tre, som der arbejdes på"
measured = false

[[strategy]]
id = "S1"
goal = ["M1", "M2"]
title = "Segment"

  [[strategy.initiative]]
  id = "I1"
  title = "Projekt"
  budget = 250000.0

  [[strategy.initiative]]
  id = "I2"
  title = "Projekt to"
  budget = 200000.0

[[strategy]]
id = "S2"
goal = "M3"
title = "Samarbejde"

  [[strategy.initiative]]
  id = "I3"
  title = "Møder"

[[measure]]
id = "R1"
strategy = "S1"
title = "Andel"
unit = "%"
better = "higher"
`

func TestPlansAsMunicipalitiesWriteThem(t *testing.T) {
	status := `
[[entry]]
initiative = "I1"
period = "2026-Q1"
spent = 100000.0

[[entry]]
initiative = "I1"
period = "2026-Q2"
state = "running"
spent = 20000.0

[[entry]]
initiative = "I1"
period = "2026-Q1"
spent = 120000.0
note = "rettet"
`
	l, problems, warnings := loadAllWith(t, moneyPlan, status)
	if len(problems)+len(warnings) > 0 {
		t.Fatalf("problems %v, warnings %v", problems, warnings)
	}
	p := l.Plan
	if p.Budget != 500000 || !p.Goal("M3").WorkedOn || p.Goal("M1").WorkedOn {
		t.Errorf("budget %v, worked on M1 %v M3 %v", p.Budget, p.Goal("M1").WorkedOn, p.Goal("M3").WorkedOn)
	}
	s1 := p.Strategy("S1")
	if len(s1.Goals) != 2 || !s1.Shared() || len(p.Goal("M2").Measures) != 1 || len(p.Goal("M1").Measures) != 1 {
		t.Errorf("S1 serves %d goals; M1 has %d measures, M2 %d", len(s1.Goals), len(p.Goal("M1").Measures), len(p.Goal("M2").Measures))
	}
	snap := model.Compute(p, model.View{AsOf: mustPeriod(t, "2026-Q2")})
	st := snap.Initiative(p.Initiative("I1"))
	if st.Spent != 140000 || st.State != model.Running {
		t.Errorf("I1 spent %v (want 120.000 for Q1, revised, and 20.000 for Q2), state %q", st.Spent, st.State)
	}
	m, budget := snap.PlanMoney()
	if m.Budget != 450000 || m.Spent != 140000 || budget != 500000 {
		t.Errorf("plan money %+v of %v", m, budget)
	}
	for _, gs := range snap.Goals[:2] { // M1 and M2, which S1 serves
		if gs.Money.Budget != 450000 || gs.Work.Total != 2 || gs.Work.States[model.Running] != 1 {
			t.Errorf("%s: money %+v work %+v: a shared strategy counts in each goal", gs.Goal.ID, gs.Money, gs.Work)
		}
	}
}

func TestCheckPlacesTheMistakesOfMoneyAndGoals(t *testing.T) {
	cases := []struct{ name, plan, status, want string }{
		{"negative budget", strings.Replace(moneyPlan, "budget = 250000.0", "budget = -250000.0", 1), "",
			"35:12: budget kan ikke være negativ (-250000)"},
		{"a goal named twice", strings.Replace(moneyPlan, `goal = ["M1", "M2"]`, `goal = ["M1", "M1"]`, 1), "",
			`29:15: målet "M1" står to gange`},
		{"an unknown goal in a list", strings.Replace(moneyPlan, `goal = ["M1", "M2"]`, `goal = ["M1", "M9"]`, 1), "",
			`29:15: goal = "M9": der er ikke noget med det id i planen – mente du "M1"?`},
		{"a list of numbers", strings.Replace(moneyPlan, `goal = ["M1", "M2"]`, `goal = [1, 2]`, 1), "",
			`29:9: goal skal være en liste af tekster`},
		{"an empty list", strings.Replace(moneyPlan, `goal = ["M1", "M2"]`, `goal = []`, 1), "",
			`29:8: goal er en tom liste`},
		{"spent for no initiative", moneyPlan, "[[entry]]\ninitiative = \"I9\"\nperiod = \"2026-Q1\"\nspent = 5.0\n", `2:14: `},
		{"too large a budget", strings.Replace(moneyPlan, "budget = 250000.0", "budget = 1e308", 1), "",
			"35:12: budget er større end et beløb, en plan kan have"},
		{"too large a spending", moneyPlan, "[[entry]]\ninitiative = \"I1\"\nperiod = \"2026-Q1\"\nspent = 1.7e308\n", `4:9: spent er større end et beløb`},
		{"negative spent", moneyPlan, "[[entry]]\ninitiative = \"I1\"\nperiod = \"2026-Q1\"\nspent = -5.0\n", `4:9: spent kan ikke være negativ`},
		{"spent on a measure", moneyPlan, "[[entry]]\nmeasure = \"R1\"\nperiod = \"2026-Q1\"\nvalue = 5.0\nspent = 5.0\n", `5:1: spent er penge brugt på et initiativ`},
		{"overspent", moneyPlan, "[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q1\"\nspent = 150000.0\n\n[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q2\"\nspent = 60000.0\n",
			"6:1: advarsel: I2 har brugt 210.000 kr., mere end sit budget på 200.000 kr."},
		{"spent over the plan's budget", moneyPlan, "[[entry]]\ninitiative = \"I1\"\nperiod = \"2026-Q1\"\nspent = 240000.0\n\n[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q2\"\nspent = 190000.0\n\n[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q3\"\nspent = 0.0\n\n[[entry]]\ninitiative = \"I1\"\nperiod = \"2026-Q2\"\nspent = 90000.0\n",
			"16:1: advarsel: initiativerne har tilsammen brugt 520.000 kr., mere end planens budget på 500.000 kr."},
		{"overspent, then corrected", moneyPlan, "[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q1\"\nspent = 150000.0\n\n[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q2\"\nspent = 150000.0\n\n[[entry]]\ninitiative = \"I2\"\nperiod = \"2026-Q2\"\nspent = 40000.0\n", ""},
		{"a goal worked on with a measure", strings.Replace(moneyPlan, `goal = ["M1", "M2"]`, `goal = ["M1", "M3"]`, 1), "",
			"25:12: advarsel: målet M3 følges gennem sine initiativer (measured = false), men har resultatmål: R1"},
		{"overlapping periods", moneyPlan, "[[entry]]\ninitiative = \"I1\"\nperiod = \"2026\"\nspent = 1000.0\n\n[[entry]]\ninitiative = \"I1\"\nperiod = \"2026-Q3\"\nspent = 500.0\n",
			"6:1: advarsel: I1 har penge brugt for både 2026 og 2026-Q3, der overlapper"},
		{"budgets over the plan's", strings.Replace(moneyPlan, "budget = 500000.0", "budget = 400000.0", 1), "",
			"9:10: advarsel: initiativernes budgetter er tilsammen 450.000 kr., mere end planens budget på 400.000 kr."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, problems, warnings := loadAllWith(t, c.plan, c.status)
			if c.want == "" { // nothing to say
				if len(problems)+len(warnings) > 0 {
					t.Errorf("want nothing, got\n%s", strings.Join(append(problems, warnings...), "\n"))
				}
				return
			}
			all := strings.Join(append(problems, warnings...), "\n")
			if !strings.Contains(all, c.want) {
				t.Errorf("want %q in\n%s", c.want, all)
			}
		})
	}
}

func mustPeriod(t *testing.T, s string) model.Period {
	t.Helper()
	p, err := model.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// A place among the municipalities is a whole number from 1 to 98, and
// the lower the better; check says so where the plan or a figure breaks it.
func TestPlacesAreAmongTheMunicipalities(t *testing.T) {
	place := moneyPlan + `
[[measure]]
id = "B1"
goal = "M1"
title = "Placering i benchmark"
unit = "placering"
better = "lower"
baseline = { value = 94.0, date = 2025-12-31 }
target = { value = 80.0, date = 2026-12-31 }
`
	if _, problems, warnings := loadAllWith(t, place, "[[entry]]\nmeasure = \"B1\"\nperiod = \"2026-Q1\"\nvalue = 90.0\n"); len(problems)+len(warnings) > 0 {
		t.Fatalf("a right place: %v %v", problems, warnings)
	}
	for _, c := range []struct{ name, plan, status, want string }{
		{"higher is better", strings.Replace(place, `unit = "placering"
better = "lower"`, `unit = "placering"
better = "higher"`, 1), "", "en placering er bedre, jo lavere den er"},
		{"a target of no place", strings.Replace(place, "value = 80.0", "value = 150.0", 1), "", "150 er ingen placering blandt de 98 kommuner"},
		{"a baseline of no place", strings.Replace(place, "value = 94.0", "value = 0.0", 1), "", "0 er ingen placering blandt de 98 kommuner"},
		{"a figure of no place", place, "[[entry]]\nmeasure = \"B1\"\nperiod = \"2026-Q1\"\nvalue = 99.0\n", "4:9: advarsel: 99 er ingen placering"},
	} {
		_, problems, warnings := loadAllWith(t, c.plan, c.status)
		if all := strings.Join(append(problems, warnings...), "\n"); !strings.Contains(all, c.want) {
			t.Errorf("%s: want %q in\n%s", c.name, c.want, all)
		}
	}
}

// An approval is dated as the plan's clock dates it, wherever the machine
// is: 23:45 UTC on 7 December is 8 December in Copenhagen, as the approved
// paper says.
func TestAnApprovalIsDatedInThePlansZone(t *testing.T) {
	status := "[[entry]]\napproved = \"2026-Q1\"\npaper = \"sha256:" + strings.Repeat("0", 64) + "\"\nby = \"leder\"\nat = 2026-12-07T23:45:00Z\n\n" +
		"[[entry]]\ninitiative = \"I1\"\nperiod = \"2026-Q1\"\nspent = 5.0\n"
	_, problems, _ := loadAllWith(t, moneyPlan, status)
	if all := strings.Join(problems, "\n"); !strings.Contains(all, "leder 8. december 2026") {
		t.Errorf("want the approval dated 8. december 2026 in\n%s", all)
	}
}
