package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// textFormat stands for the plain text of `status` in these tests.
const textFormat Format = "text"

// paperIn writes the snapshot in a format, or as `status` writes it.
func paperIn(t *testing.T, s *model.Snapshot, f Format, o Options) string {
	t.Helper()
	var b bytes.Buffer
	var err error
	if f == textFormat {
		err = Status(&b, s, o)
	} else {
		err = Write(&b, s, f, o)
	}
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Every paper shows each goal's strategies after its measures: summary,
// "Det betyder, at" bullets, initiatives with state, owner, due date and
// money; --brief leaves them out.
func TestPapersShowThePlansSubstance(t *testing.T) {
	s := snapshots(t)["shapes"]
	for _, f := range []Format{MD, HTMLFormat, CSVFormat, textFormat} {
		o := options(lang.Da)
		full := paperIn(t, s, f, o)
		o.Brief = true
		brief := paperIn(t, s, f, o)
		wants := []string{"5,0 af 5,0 mio. kr. fordelt · 2,4 mio. kr. brugt", "P1", "2,1 af 2,5 mio. kr. brugt", "400.000 kr. tilbage",
			"Borgere med både sproglige og helbredsmæssige udfordringer", "Vi har én koordinerende sagsbehandler", "tjener også M4", "Team Integration"}
		if f == CSVFormat { // a table: the initiatives' rows with their budgets and spending as numbers
			wants = []string{"P1;Mentorforløb i virksomheder", "SEG3;2500000;2100000"}
		}
		for _, want := range wants {
			if !strings.Contains(full, want) {
				t.Errorf("%s lacks %q", f, want)
			}
		}
		if f != CSVFormat && strings.Contains(brief, "Vi har én koordinerende sagsbehandler") {
			t.Errorf("%s --brief still has the strategies", f)
		}
		if (f == MD || f == HTMLFormat) && strings.Contains(brief, "Initiativer") {
			t.Errorf("%s --brief still has the table of initiatives", f)
		}
	}
}

// A goal worked on shows what its initiatives have done, and says it is
// not measured: never a progress of 0 % or a bare dash.
func TestAGoalWorkedOnIsFollowedThroughItsInitiatives(t *testing.T) {
	s := snapshots(t)["shapes"]
	for _, f := range []Format{MD, HTMLFormat, textFormat} {
		text := paperIn(t, s, f, options(lang.Da))
		at := strings.LastIndex(text, "En værdig og respektfuld indsats") // its own heading, after the summary and the legend
		if at < 0 {
			t.Fatalf("%s has no goal L1", f)
		}
		goal := text[at:]
		if end := strings.Index(goal, "Værdighedsprincipperne"); end > 0 {
			goal = goal[:end]
		}
		for _, want := range []string{"følges gennem sine initiativer, måles ikke", "0 af 1 initiativ i gang · 1 afsluttet"} {
			if !strings.Contains(goal, want) {
				t.Errorf("%s: L1 lacks %q:\n%s", f, want, goal)
			}
		}
		if strings.Contains(goal, "0 %") || strings.Contains(goal, "Fremdrift: –") {
			t.Errorf("%s: L1 shows a progress it does not have:\n%s", f, goal)
		}
	}
}

// A measure of a strategy for two goals stands under each and says so; it
// is asked for once.
func TestAMeasureOfASharedStrategyCountsOnce(t *testing.T) {
	s := snapshots(t)["shapes"]
	if n := strings.Count(paperIn(t, s, textFormat, options(lang.Da)), "R1   Borgere i segment 3 i job eller uddannelse (tæller med under M3, M4; i planens tal én gang)"); n != 2 {
		t.Errorf("R1 stands %d times with its note, want under M3 and M4", n)
	}
	listed := 0
	for _, g := range s.Missing() {
		for _, ms := range g.Measures {
			if ms.Measure.ID == "R1" {
				listed++
			}
		}
	}
	if listed > 1 {
		t.Errorf("R1 is missing %d times", listed)
	}
}

// A measure missing its figure under two goals is missing once: in the
// list and in the next meeting's count.
func TestAMissingMeasureOfASharedStrategyIsMissingOnce(t *testing.T) {
	s := snapshots(t)["shapes"]
	later := model.Compute(s.Plan, model.View{AsOf: model.MustPeriod("2024-Q3")})
	n := 0
	for _, g := range later.Missing() {
		for _, ms := range g.Measures {
			if ms.Measure.ID == "R1" {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("R1 is missing %d times, want once", n)
	}
}

// A strategy for very many goals costs each goal a line of bounded
// length: the list of the others is cut short ("… og 1.995 andre").
func TestAStrategyForManyGoalsIsSaidBriefly(t *testing.T) {
	var plan strings.Builder
	plan.WriteString("format = 1\n[plan]\nmunicipality = \"K\"\ntitle = \"P\"\nstart = 2024-01-01\nend = 2026-12-31\ncadence = \"quarterly\"\n")
	ids := make([]string, 2000)
	for i := range ids {
		ids[i] = fmt.Sprintf("\"G%d\"", i)
		fmt.Fprintf(&plan, "[[goal]]\nid = \"G%d\"\nkind = \"local\"\ntitle = \"Mål %d\"\n", i, i)
	}
	fmt.Fprintf(&plan, "[[strategy]]\nid = \"S\"\ngoal = [%s]\ntitle = \"Alle\"\n[[measure]]\nid = \"R\"\nstrategy = \"S\"\ntitle = \"Tal\"\nunit = \"antal\"\nbetter = \"higher\"\n", strings.Join(ids, ", "))
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan.String()), 0o644)
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	s := model.Compute(l.Plan, model.View{AsOf: model.MustPeriod("2024-Q2")})
	text := paperIn(t, s, textFormat, options(lang.Da))
	if !strings.Contains(text, "tjener også G1, G2, G3, G4, G5 og 1.994 andre") {
		t.Errorf("the other goals are not cut short")
	}
	if perGoal := len(text) / 2000; perGoal > 1000 {
		t.Errorf("%d bytes a goal: the list of the others is not bounded", perGoal)
	}
}

// A plan without money says nothing about money: no line, no column.
func TestAPlanWithoutMoneySaysNothingOfIt(t *testing.T) {
	s := snapshots(t)["branches"]
	for _, f := range []Format{MD, HTMLFormat, CSVFormat, textFormat} {
		for _, l := range []lang.Lang{lang.Da, lang.En} {
			text := paperIn(t, s, f, options(l))
			for _, word := range []string{"Økonomi", "Budget", "Brugt", "Money", "Spent", " kr."} {
				if strings.Contains(text, word) {
					t.Errorf("%s %s says %q for a plan without money", f, l.Code(), word)
				}
			}
		}
	}
}
