package data

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/lang"
)

// writePlan writes plan.toml (and status.toml when given) into a temp dir.
func writePlan(t *testing.T, plan, status string) Source {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan), 0o644); err != nil {
		t.Fatal(err)
	}
	if status != "" {
		if err := os.WriteFile(filepath.Join(dir, "status.toml"), []byte(status), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Source{PlanPath: filepath.Join(dir, "plan.toml")}
}

// messages loads and returns every problem as "LINE:COL: message" in Danish,
// without the file name.
func messages(t *testing.T, src Source) []string {
	t.Helper()
	_, err := Load(src)
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Load: %v, want problems", err)
	}
	var out []string
	for _, p := range ps {
		if p.Line == 0 || p.Col == 0 {
			t.Errorf("problem without a position: %s", p.Message(lang.Da))
		}
		out = append(out, strings.TrimPrefix(p.Message(lang.Da), p.File+":"))
	}
	return out
}

// minimalPlan is the tests' smallest plan with a blank line before the
// goal and before the measure, the positions the syntax tests name.
var minimalPlan = strings.Replace(testplan.Header("2024-01-01", "2026-12-31", "Mål"), "\n[[goal]]", "\n\n[[goal]]", 1) + `
[[measure]]
id = "R1"
goal = "M1"
title = "Tal"
unit = "antal"
better = "lower"
target = { value = 1750, date = 2026-12-31 }
`

func TestExampleLoadsClean(t *testing.T) {
	l, err := Load(Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatalf("the built-in example has problems:\n%v", err)
	}
	p := l.Plan
	if len(p.Goals) != 7 || len(p.Measures) < 12 || len(p.Entries) < 40 {
		t.Errorf("example: %d goals, %d measures, %d entries", len(p.Goals), len(p.Measures), len(p.Entries))
	}
	// The plans as municipalities write them: money, a goal worked on, a strategy for two goals.
	if p.Budget == 0 || !p.Goal("L2").WorkedOn || !p.Strategy("S7").Shared() || p.Initiative("S1-I1").Budget == 0 {
		t.Error("the example shows no money, no goal worked on or no strategy for two goals")
	}
	if p.Municipality != "Eksempel Kommune" || !strings.Contains(p.Note, "illustration") {
		t.Errorf("example must be Eksempel Kommune and say its figures are illustrative: %q, %q", p.Municipality, p.Note)
	}
}

func TestFiveSeededMistakesGiveFivePositionedMessages(t *testing.T) {
	got := messages(t, Source{PlanPath: "testdata/mistakes/plan.toml"})
	want := []string{
		`16:6: id "M1" er allerede brugt i planen; hvert id skal være unikt`,
		`22:8: goal = "M9": der er ikke noget med det id i planen – mente du "M1"?`,
		`31:1: ukendt nøgle "tagret" – mente du "target"?`,
		`8:10: perioden "2024-Q5" kan ikke læses: skriv fx 2024, 2024-H1, 2024-Q3 eller 2024-03`,
		`14:9: value skal være et tal, men er tekst i anførselstegn`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMissingStatusFileMeansNoFiguresYet(t *testing.T) {
	l, err := Load(writePlan(t, minimalPlan, ""))
	if err != nil || l.StatusExists || len(l.Plan.Entries) != 0 {
		t.Fatalf("Load = %v, exists=%v; a missing status file is fine", err, l.StatusExists)
	}
}

func TestKeysAreCaseSensitive(t *testing.T) {
	got := messages(t, writePlan(t, minimalPlan, "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nValue = 3\n\n[[entry]]\nMEASURE = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 3\n"))
	want := []string{
		`1:1: mangler value (tallet), eller pending = true hvis tallet afventer måling`,
		`4:1: ukendt nøgle "Value" – mente du "value"?`,
		`6:1: en [[entry]] skal have enten measure = ... (et tal) eller initiative = ... (en tilstand), ikke begge eller ingen`,
		`7:1: ukendt nøgle "MEASURE" – mente du "measure"?`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestEveryWrongTypeIsReportedAtItsOwnLine(t *testing.T) {
	// The struct decoder reports one of these, at a wrong line; we report all.
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = \"12\"\n\n" +
		"[[entry]]\nmeasure = \"R1\"\nperiod = 2024\nvalue = 3\n\n" +
		"[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = true\nnote = 7\n"
	got := messages(t, writePlan(t, minimalPlan, status))
	want := []string{
		`4:9: value skal være et tal, men er tekst i anførselstegn`,
		`8:10: period skal være tekst i anførselstegn, men er et tal`,
		`14:9: value skal være et tal, men er true eller false`,
		`15:8: note skal være tekst i anførselstegn, men er et tal`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNonFiniteNumbersAreRefused(t *testing.T) {
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = nan\n\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 1.0\nreference = -inf\n"
	got := messages(t, writePlan(t, minimalPlan, status))
	if len(got) != 2 || !strings.HasPrefix(got[0], "4:9: value skal være et almindeligt tal") || !strings.HasPrefix(got[1], "10:13: reference skal være et almindeligt tal") {
		t.Errorf("got %q", got)
	}
}

func TestSyntaxErrorColumnCountsCharacters(t *testing.T) {
	plan := strings.Replace(minimalPlan, `title = "Mål"`, `title = "Mål" æøå`, 1)
	got := messages(t, writePlan(t, plan, ""))
	if len(got) != 1 || !strings.HasPrefix(got[0], "12:15: filen er ikke gyldig TOML") {
		t.Errorf("got %q, want one syntax error at 12:15 (characters, not bytes)", got)
	}
}

func TestPlanProblemsAreAllReported(t *testing.T) {
	plan := `format = 2
[plan]
municipality = ""
title = "Plan"
start = "2024-01-01"
end = 2023-12-31
cadence = "weekly"

[[goal]]
id = "M 1"
kind = "minister"

[[strategy]]
id = "S1"
goal = "M1"
title = "S"
means = ["a", 2]
  [[strategy.initiative]]
  id = "S1-I1"
  title = "I"
  due = 2030-01-01

[[measure]]
id = "R1"
title = "Tal"
unit = "%"
better = "up"
target = { value = 90.0 }
milestones = [ { value = 1.0, date = 2029-01-01 } ]
`
	got := messages(t, writePlan(t, plan, ""))
	want := []string{
		`1:10: format = 2 kendes ikke; dette program læser format = 1`,
		`3:16: municipality må ikke være tom`,
		`5:9: start skal være en dato som 2024-12-31 (uden anførselstegn), men er tekst i anførselstegn`,
		`7:11: cadence skal være en af: monthly, quarterly, half-yearly, yearly (ikke "weekly")`,
		`9:1: mangler title, som skal være der`,
		`10:6: id "M 1" må kun bestå af bogstaver, tal og - _ . (uden mellemrum og æøå)`,
		`15:8: goal = "M1": der er ikke noget med det id i planen – mente du "M 1"?`,
		`17:15: means skal være en liste af tekster som ["a", "b"], men er et tal`,
		`23:1: resultatmål "R1" skal høre til enten en strategi (strategy = ...) eller et mål (goal = ...), ikke begge eller ingen`,
		`27:10: better skal være en af: higher, lower, neither (ikke "up")`,
		`28:10: mangler date, som skal være der`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEntryProblemsAreAllReported: every problem of the entries blocks, but
// an entry for a measure the plan does not have, which only warns
// (TestEntriesForRemovedMeasuresWarnAndBlockNothing).
func TestEntryProblemsAreAllReported(t *testing.T) {
	plan := minimalPlan + `
[[measure]]
id = "R7"
goal = "M1"
title = "Relativ"
unit = "pp"
better = "higher"
reference = "Landsgennemsnit"
target = { value = 1.0, date = 2023-12-31 }

[[strategy]]
id = "S1"
goal = "M1"
title = "S"
  [[strategy.initiative]]
  id = "S1-I1"
  title = "I"
`
	status := `[[entry]]
measure = "R2"
period = "2024-Q1"
value = 1

[[entry]]
measure = "R1"
initiative = "S1-I1"
period = "2024-Q1"

[[entry]]
measure = "R1"
period = "2027-Q1"
value = 1

[[entry]]
measure = "R1"
period = "2024-Q1"
value = 1
pending = true

[[entry]]
measure = "R7"
period = "2024-Q1"
value = 47.1

[[entry]]
initiative = "S1-I1"
period = "2024-Q1"
state = "started"
value = 3
at = 2024-04-10T09:12:00+02:00
`
	got := messages(t, writePlan(t, plan, status))
	want := []string{
		`29:32: datoen 2023-12-31 ligger uden for planens periode 2024-01-01 til 2026-12-31`,
		`6:1: en [[entry]] skal have enten measure = ... (et tal) eller initiative = ... (en tilstand), ikke begge eller ingen`,
		`13:10: perioden 2027-Q1 ligger uden for planens periode 2024-01-01 til 2026-12-31`,
		`19:1: en registrering med pending = true (afventer måling) må ikke have value`,
		`22:1: R7 måles i forhold til Landsgennemsnit: angiv også reference (tallet for Landsgennemsnit)`,
		`30:9: state skal være en af: planned, running, done, paused, dropped (ikke "started")`,
		`31:1: value hører ikke til et initiativ; et initiativ får state og/eller spent (penge brugt)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestProblemsSpeakEnglish(t *testing.T) {
	_, err := Load(Source{PlanPath: "testdata/mistakes/plan.toml"})
	var ps Problems
	errors.As(err, &ps)
	if got := ps[2].Message(lang.En); got != `testdata/mistakes/plan.toml:31:1: unknown key "tagret" – did you mean "target"?` {
		t.Errorf("got %q", got)
	}
}

func TestPlanFileThatDoesNotExist(t *testing.T) {
	_, err := Load(Source{PlanPath: filepath.Join(t.TempDir(), "plan.toml")})
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 || !strings.HasSuffix(ps[0].Message(lang.Da), "plan.toml: filen findes ikke") {
		t.Errorf("got %v", err)
	}
}
