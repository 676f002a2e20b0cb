package tui

import (
	"os"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Issue 26, plans as municipalities write them: the example has a plan
// budget, budgets and spending on its initiatives, a goal worked on (L2)
// and a strategy for two goals (S7, under M3 and M4).

var (
	toM3, toM4     = []string{"j", "j", "enter"}, []string{"j", "j", "j", "enter"}
	toS7FromM3     = append(append([]string{}, toM3...), "j", "enter")
	toS7FromM4     = append(append([]string{}, toM4...), "G", "enter")
	toS1, toS1Form = []string{"enter", "enter"}, []string{"enter", "enter", "e"}
)

func TestPlansScreens(t *testing.T) {
	ascii := options()
	ascii.ASCII = true
	flows := []struct {
		name string
		o    Options
		keys []string
	}{
		{"overview", options(), nil},
		{"goal-M3", options(), toM3},
		{"goal-L2", options(), []string{"G", "enter"}},
		{"strategy-S7", options(), toS7FromM3},
		{"strategy-S1", options(), toS1},
		{"form-spent", options(), append(append([]string{}, toS1Form...), "tab", "1,2 mio.")},
		{"overview-ascii", ascii, nil},
		{"strategy-S1-ascii", ascii, toS1},
		{"form-spent-ascii", ascii, append(append([]string{}, toS1Form...), "tab", "120 000 kr.")},
	}
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		for _, f := range flows {
			t.Run(f.name+"_"+itoa(size.w)+"x"+itoa(size.h), func(t *testing.T) {
				s := seen(press(sized(t, f.o, size.w, size.h), f.keys...))
				fits(t, s, size.w, size.h)
				golden.RequireEqual(t, s)
			})
		}
	}
}

func TestOverviewSaysThePlansMoney(t *testing.T) {
	s := seen(sized(t, options(), 80, 24))
	if !strings.Contains(s, "  4,7 af 5,0 mio. kr. fordelt · 1,8 mio. kr. brugt") {
		t.Errorf("the overview lacks the plan's money:\n%s", s)
	}
}

// withoutMoney is the example with no budget and no money spent anywhere.
func withoutMoney(t *testing.T) *data.Loaded {
	l := example(t)
	l.Plan.Budget = 0
	for _, in := range l.Plan.Initiatives() {
		in.Budget = 0
	}
	for i := range l.Plan.Entries {
		l.Plan.Entries[i].Spent, l.Plan.Entries[i].HasSpent = 0, false
	}
	return l
}

func TestAPlanWithoutMoneyShowsNone(t *testing.T) {
	for _, keys := range [][]string{nil, toM3, toS1, toS7FromM3} {
		var m tea.Model = New(withoutMoney(t), options())
		m, _ = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		s := seen(press(m, keys...))
		for _, word := range []string{"kr.", "budget", "Økonomi:"} {
			if strings.Contains(s, word) {
				t.Errorf("%v: a plan without money says %q:\n%s", keys, word, s)
			}
		}
	}
	// Initiatives keep their two lines: no blank third line for money.
	var m tea.Model = New(withoutMoney(t), options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, toS1...)
	if s := seen(m); !regexp.MustCompile(`frist 2026-12-31 *\n  Initiativ S1-I3`).MatchString(s) {
		t.Errorf("initiatives without money are two lines each:\n%s", s)
	}
	// The form still takes an amount (that is how money starts), but says
	// no sum of none.
	if s := seen(press(m, "e")); !strings.Contains(s, "Brugt i perioden (kr.)") || strings.Contains(s, "til og med") {
		t.Errorf("the form of a plan without money:\n%s", s)
	}
}

func TestInitiativesShowSpentAgainstBudget(t *testing.T) {
	s := seen(press(sized(t, options(), 80, 24), toS1...))
	for _, want := range []string{
		"Økonomi: ██░░░░░░░░ 120.000 af 500.000 kr. brugt · 380.000 kr. tilbage",
		"      █████░░░░░ 120.000 af 250.000 kr. brugt · 130.000 kr. tilbage",
		"      ░░░░░░░░░░ budget 150.000 kr. · intet brugt endnu",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("S1 lacks %q:\n%s", want, s)
		}
	}
	// S2-I1 has money spent in 2025-Q4 with no state beside it.
	s = seen(press(sized(t, options(), 80, 24), "j", "enter", "enter", "j"))
	if !strings.Contains(s, "760.000 af 800.000 kr. brugt · 40.000 kr. tilbage") {
		t.Errorf("S2-I1's money:\n%s", s)
	}
}

func TestOverspentSaysByHowMuch(t *testing.T) {
	l := example(t)
	l.Plan.Initiative("S1-I1").Budget = 100000
	var m tea.Model = New(l, options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if s := seen(press(m, toS1...)); !strings.Contains(s, "██████████ 120.000 af 100.000 kr. brugt · 20.000 kr. over budget") {
		t.Errorf("an initiative over budget is a full bar that says by how much:\n%s", s)
	}
}

func TestGoalWorkedOnShowsItsInitiativesNotAPercentage(t *testing.T) {
	s := seen(sized(t, options(), 80, 24))
	at := strings.Index(s, "L2  Et tæt samarbejde")
	if at < 0 {
		t.Fatalf("no L2:\n%s", s)
	}
	rows := strings.Split(s[at:], "\n")
	if line := rows[1]; !strings.Contains(line, "1 af 2 initiativer i gang · 1 afsluttet · 1 forsinket · Lokalt mål") ||
		strings.Contains(line, "%") || strings.Contains(line, "–") {
		t.Errorf("L2's line shows its initiatives, never a percentage or a dash: %q", line)
	}
	if s := seen(sized(t, options(), 100, 30)); !strings.Contains(s, "arbejdes på: 1 af 2 initiativer i gang") {
		t.Errorf("where there is room the overview says L2 is worked on:\n%s", s)
	}
	s = seen(press(sized(t, options(), 80, 24), "G", "enter"))
	for _, want := range []string{"1 af 2 initiativer i gang", "følges gennem sine initiativer, måles ikke", "Økonomi: ████████░░ 320.000 af 400.000 kr. brugt"} {
		if !strings.Contains(s, want) {
			t.Errorf("L2's screen lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "%") {
		t.Errorf("L2's screen shows a percentage:\n%s", s)
	}
	s = seen(press(sized(t, options(), 160, 48), "G"))
	if !strings.Contains(s, "følges gennem sine initiativer, måles ikke") || strings.Contains(s, " 0 %") {
		t.Errorf("L2's detail says it is worked on, not measured:\n%s", s)
	}
}

func TestASharedStrategyIsUnderEachGoal(t *testing.T) {
	for _, c := range []struct {
		keys         []string
		from, others string
	}{{toS7FromM3, "M3", "M4"}, {toS7FromM4, "M4", "M3"}} {
		goal := seen(press(sized(t, options(), 80, 24), c.keys[:len(c.keys)-1]...))
		if !strings.Contains(goal, "Strategi S7") || !strings.Contains(goal, "tjener også "+c.others) {
			t.Errorf("%s's screen must list S7, which also serves %s:\n%s", c.from, c.others, goal)
		}
		m := press(sized(t, options(), 80, 24), c.keys...)
		s := seen(m)
		if !strings.Contains(s, "Overblik › "+c.from+" › S7") || !strings.Contains(s, "tjener også "+c.others) {
			t.Errorf("S7 from %s:\n%s", c.from, s)
		}
		if s := seen(press(m, "esc")); !strings.Contains(s, "Overblik › "+c.from+" ") || !strings.Contains(s, "▌ Strategi S7") {
			t.Errorf("esc goes back to %s with S7 under the cursor:\n%s", c.from, s)
		}
	}
}

// sharedMeasure is the example with R9 under S7, which serves M3 and M4.
func sharedMeasure(t *testing.T) *data.Loaded {
	l := example(t)
	l.Plan.Measure("R9").StrategyID = "S7"
	l.Plan.Index()
	return l
}

func TestAMeasureUnderASharedStrategySaysItCountsOnce(t *testing.T) {
	var m tea.Model = New(sharedMeasure(t), options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, toM3...)
	if s := seen(m); !strings.Contains(s, "R9   Borgere på ledighedsydelse") {
		t.Fatalf("R9 must be under M3 through S7:\n%s", s)
	}
	r9 := seen(press(m, "j", "j", "enter")) // S3, S7, then R9 under S7
	for _, want := range []string{"Overblik › M3 › R9", "R9 · Resultatmål · S7 · M3, M4", "tæller med under M3, M4; i planens tal én gang"} {
		if !strings.Contains(r9, want) {
			t.Errorf("R9 from M3 lacks %q:\n%s", want, r9)
		}
	}
	if s := seen(press(m, "j", "j", "enter", "esc")); !strings.Contains(s, "Overblik › M3 ") {
		t.Errorf("esc goes back to M3:\n%s", s)
	}
}

func TestStateFormSavesSpentStateOrBoth(t *testing.T) {
	for _, c := range []struct {
		name   string
		keys   []string
		want   []string
		absent string
	}{
		{"spent only", []string{"up", "up", "tab", "90.000", "enter", "enter"}, []string{"initiative = \"S1-I1\"", "spent = 90000"}, "state ="},
		{"state only", []string{"down", "enter", "enter"}, []string{"initiative = \"S1-I1\"", "state = \"done\""}, "spent ="},
		{"both", []string{"down", "tab", "1,2 mio.", "enter", "enter"}, []string{"state = \"done\"", "spent = 1200000"}, "measure ="},
		{"an amount, the state as it was", []string{"tab", "1,2 mio.", "enter", "enter"}, []string{"spent = 1200000"}, "state ="},
	} {
		t.Run(c.name, func(t *testing.T) {
			loaded := onDisk(t)
			before, _ := os.ReadFile(loaded.StatusPath)
			var m tea.Model = New(loaded, Options{Lang: lang.Da, View: model.View{AsOf: model.MustPeriod("2026-Q3")}, User: "anne"})
			m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			s := seen(press(m, append(append([]string{}, toS1Form...), c.keys...)...))
			if !strings.Contains(s, "Gemt i") {
				t.Fatalf("not saved:\n%s", s)
			}
			after, _ := os.ReadFile(loaded.StatusPath)
			added := string(after[len(before):])
			for _, want := range c.want {
				if !strings.Contains(added, want) {
					t.Errorf("the saved entry lacks %q:\n%s", want, added)
				}
			}
			if strings.Contains(added, c.absent) {
				t.Errorf("the saved entry has %q:\n%s", c.absent, added)
			}
		})
	}
}

func TestStateFormRefusesABadAmountAsSetDoes(t *testing.T) {
	l := example(t)
	for _, typed := range []string{"abc", "-5", "1,012"} {
		_, err := data.ReadTyped(l.Plan, data.Typed{Initiative: "S1-I1", Period: "2026-Q3", Spent: typed})
		want := inputProblem(lang.Da, err)
		if want == "" {
			t.Fatalf("%q is read as an amount", typed)
		}
		s := flat(seen(press(sized(t, options(), 80, 24), append(append([]string{}, toS1Form...), "tab", typed, "enter")...)))
		if !strings.Contains(s, flat(want)) || strings.Contains(s, "Gem S1-I1") {
			t.Errorf("%q: want %q and no save:\n%s", typed, want, s)
		}
	}
	s := seen(press(sized(t, options(), 80, 24), append(append([]string{}, toS1Form...), "up", "up", "enter")...))
	if !strings.Contains(s, "vælg en tilstand, eller skriv et beløb brugt i perioden") {
		t.Errorf("neither a state nor an amount must be refused:\n%s", s)
	}
}

func TestSearchFindsSummariesBulletsAndNotesAndSaysWhere(t *testing.T) {
	for typed, want := range map[string]string{
		"fodslag":     "S1   Værdig sagsbehandling i øjenhøjde | Strategi · M1 · i beskrivelsen: …fundet et fælles fodslag",
		"lytte":       "Strategi · M1 · under \"Det betyder, at\": Vi giver os tid til at lytte",
		"kampagnen":   "S2-I1 Kampagne for SOSU-uddannelserne sammen med Sundhed & Omsorg | Initiativ · S2 · i en note (2025-Q4): Kampagnen i alt",
		"revideret":   "R13 Unge under 30 år på offentlig forsørgelse (højst 1.750) | Resultatmål · L1 · i en note (2026-Q3): Revideret af Jobindsats",
		"mentorordn":  "S7-I1 Fælles mentorordning på tværs af integration og handicap | Initiativ · S7",
		"oejenhoejde": "S1   Værdig sagsbehandling i øjenhøjde | Strategi · M1",
		"tvaers":      "Strategi · M3, M4 · under \"Det betyder, at\": …én kontaktperson på tværs",
	} {
		s := seen(press(sized(t, options(), 100, 30), "/", typed))
		got := strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " | ")), " ")
		got = strings.ReplaceAll(got, " | |", " |")
		if !strings.Contains(got, strings.Join(strings.Fields(want), " ")) {
			t.Errorf("%q: want %q:\n%s", typed, want, s)
		}
	}
	// A title's own hit says nothing more.
	if s := seen(press(sized(t, options(), 100, 30), "/", "brobygningsforløb")); strings.Contains(s, "i en note") || strings.Contains(s, "Det betyder") {
		t.Errorf("a hit in the title says no passage:\n%s", s)
	}
}

func TestAFoundStrategyOpensUnderItsFirstGoal(t *testing.T) {
	s := seen(press(sized(t, options(), 80, 24), "/", "mentorstotte", "enter"))
	if !strings.Contains(s, "Overblik › M3 › S7") || !strings.Contains(s, "tjener også M4") {
		t.Errorf("S7 found opens under M3:\n%s", s)
	}
}

func TestStateFormAsksBeforeAQuitLosesAnAmount(t *testing.T) {
	m := press(sized(t, options(), 80, 24), append(append([]string{}, toS1Form...), "tab", "90.000")...)
	m, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd != nil || !strings.Contains(flat(seen(m)), lang.Da.T(lang.FormQuitAsk)) {
		t.Errorf("the first ctrl+c with an amount typed asks:\n%s", seen(m))
	}
	if _, cmd = m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}); cmd == nil {
		t.Error("the second ctrl+c quits")
	}
}

// TestAFoundStrategyIsSeenFromWhereItOpens: searched from M4's screen, S7
// is shown as it opens, under M3, so its detail says it also serves M4.
func TestAFoundStrategyIsSeenFromWhereItOpens(t *testing.T) {
	s := seen(press(sized(t, options(), 160, 48), append(append([]string{}, toM4...), "/", "mentorstotte")...))
	if !strings.Contains(s, "Strategi S7") || !strings.Contains(s, "tjener også M4") {
		t.Errorf("S7's detail in the search:\n%s", s)
	}
}
