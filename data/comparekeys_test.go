package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// groupedPlan is planWith with two [[group]]s before the goal (lines 8-13),
// so the measure's lines start on line 20.
func groupedPlan(measure string) string {
	plan := planWith(measure)
	groups := `[[group]]
name = "Sammenlignelige kommuner"
areas = ["Horsens", "Kolding", "Vejle"]
[[group]]
name = "Nabo"
areas = ["Fredericia"]
`
	return strings.Replace(plan, "[[goal]]\n", groups+"[[goal]]\n", 1)
}

func TestComparisonKeysAreRead(t *testing.T) {
	plan := strings.Replace(groupedPlan(`title = "T"
unit = "%"
better = "lower"
reference = "Landsgennemsnit"
compare = "MM3"
area = "Fredericia"
group = "Nabo"
target = { ratio = -2.0, date = 2026-12-31 }
milestones = [{ ratio = -1.0, date = 2025-12-31 }]
`), `cadence = "quarterly"`, `cadence = "quarterly"
comparison = "tal/andre"`, 1)
	l, errs, warnings := loadAll(t, plan)
	// The folder is not there: the plan is read all the same, with one warning.
	if len(errs) > 0 || len(warnings) != 1 || !strings.Contains(warnings[0], "tal/andre med tabellerne til sammenligning findes ikke") {
		t.Fatalf("problems %v warnings %v", errs, warnings)
	}
	p := l.Plan
	if p.Comparison != "tal/andre" || len(p.Groups) != 2 || p.Groups[0].Name != "Sammenlignelige kommuner" ||
		len(p.Groups[0].Areas) != 3 || p.Groups[1].Name != "Nabo" {
		t.Errorf("comparison %q groups %+v %+v", p.Comparison, p.Groups[0], p.Groups[1])
	}
	m := p.Measure("R1")
	if m.Compare != "MM3" || m.Area != "Fredericia" || m.Group != "Nabo" || p.ComparedWith(m) != p.Groups[1] {
		t.Errorf("measure %+v", m)
	}
	if tg := m.Target; tg.Kind != model.RatioTarget || tg.Ratio != -2 || tg.Value != -2 || !tg.Numeric() {
		t.Errorf("target %+v", tg)
	}
	if ms := m.Milestones[0]; ms.Kind != model.RatioTarget || ms.Value != -1 {
		t.Errorf("milestone %+v", ms)
	}
}

func TestComparisonFolderDefault(t *testing.T) {
	l, errs, _ := loadAll(t, planWith(`title = "T"
unit = "%"
better = "lower"
`))
	if len(errs) > 0 || l.Plan.Comparison != DefaultComparison {
		t.Errorf("problems %v, comparison %q; want %q", errs, l.Plan.Comparison, DefaultComparison)
	}
}

func TestComparisonKeysAreChecked(t *testing.T) {
	tests := []struct {
		name, measure, want string
	}{
		{"rank without compare", `title = "T"
unit = "%"
better = "higher"
target = { rank = 10, date = 2026-12-31 }
`, `24:12: rank sammenligner med andre kommuner og kræver, at resultatmålet har compare = "..." (tabellen i sammenligningsmappen)`},
		{"ratio without reference", `title = "T"
unit = "%"
better = "lower"
compare = "MM3"
target = { ratio = -2.0, date = 2026-12-31 }
`, `25:12: ratio er et forhold til referencen og kræver, at resultatmålet har reference = "..." (fx "Landsgennemsnit" eller en gruppe)`},
		{"rank and value together", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { value = 50.0, rank = 10, date = 2026-12-31 }
`, `25:26: value og rank kan ikke stå sammen: et mål er ét tal, én ændring eller én retning`},
		{"rank and direction together", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { direction = "up", rank = 10 }
`, `25:30: direction og rank kan ikke stå sammen: et mål er ét tal, én ændring eller én retning`},
		{"rank not whole", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { rank = 2.5, date = 2026-12-31 }
`, `25:19: rank skal være et helt tal fra 1 (nr. 1 er bedst), ikke 2.5`},
		{"rank zero", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { rank = 0, date = 2026-12-31 }
`, `25:19: rank skal være et helt tal fra 1 (nr. 1 er bedst), ikke 0`},
		{"better_than over 100", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { better_than = 150.0, strict = true, date = 2026-12-31 }
`, `25:26: better_than er en procent af gruppens andre kommuner og skal være fra 0 til 100, ikke 150`},
		{"an unknown group, near one", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
group = "Sammenlignelig kommuner"
`, `25:9: group = "Sammenlignelig kommuner": der er ingen gruppe med det navn – mente du "Sammenlignelige kommuner"?`},
		{"an unknown among", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { rank = 3, among = "Klyngen", date = 2026-12-31 }
`, `25:30: among = "Klyngen": der er ingen gruppe med det navn; brug en [[group]], en region eller en af: Hele landet, Sammenlignelige kommuner, Nabo`},
		{"among with a value", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { value = 3.0, among = "Nabo", date = 2026-12-31 }
`, `25:25: among er den gruppe, der rangeres i, og hører kun til rank og better_than`},
		{"better missing for a rank", `title = "T"
unit = "%"
compare = "MM3"
target = { rank = 3, date = 2026-12-31 }
`, `18:1: mangler better, som skal være der`},
		{"a milestone of another kind", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { rank = 3, date = 2026-12-31 }
milestones = [{ value = 50.0, date = 2025-12-31 }]
`, `26:17: delmålet er skrevet som value, men målet som rank: et resultatmåls delmål og mål skal være af samme slags`},
		{"a milestone in another group", `title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { rank = 3, date = 2026-12-31 }
milestones = [{ rank = 5, among = "Nabo", date = 2025-12-31 }]
`, `26:35: delmålet rangeres blandt "Nabo", men målet blandt "Hele landet": de skal rangeres i samme gruppe (among kan udelades i delmålet)`},
		{"area without compare", `title = "T"
unit = "%"
better = "higher"
area = "Fredericia"
`, `24:1: area sammenligner med andre kommuner og kræver, at resultatmålet har compare = "..." (tabellen i sammenligningsmappen)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, _ := loadAll(t, groupedPlan(tt.measure))
			if got := strings.Join(errs, "\n"); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestGroupsAreChecked(t *testing.T) {
	tests := []struct {
		name, groups string
		errs, warns  string
	}{
		{"a typo for a municipality", `[[group]]
name = "Klyngen"
areas = ["Horsens", "Koldig", "Aarhus Kommune", "Københavns Kommune"]
`, "", `10:21: advarsel: "Koldig" er ikke en dansk kommune – mente du "Kolding"?`},
		{"no areas", `[[group]]
name = "Klyngen"
areas = []
`, "", `10:9: advarsel: gruppen "Klyngen" har ingen kommuner: skriv dem i areas = ["Horsens", "Kolding"]`}, // the plan still opens
		{"an area twice, as written or as the genitive", `[[group]]
name = "Klyngen"
areas = ["Vejle", "København", "vejle kommune", "Københavns Kommune"]
`, "", `10:32: advarsel: "vejle kommune" står allerede i gruppen (som "Vejle"); den tælles kun én gang
10:49: advarsel: "Københavns Kommune" står allerede i gruppen (som "København"); den tælles kun én gang`},
		{"a region or the country among the areas", `[[group]]
name = "Klyngen"
areas = ["Vejle", "Region Hovedstaden", "Hele landet"]
`, "", `10:19: advarsel: "Region Hovedstaden" er et samlet område, ikke en kommune, og rangeres ikke i gruppen: vil du sammenligne med det, så skriv group = "Region Hovedstaden" på resultatmålet
10:41: advarsel: "Hele landet" er et samlet område, ikke en kommune, og rangeres ikke i gruppen: vil du sammenligne med det, så skriv group = "Hele landet" på resultatmålet`},
		{"many areas that are no municipalities", `[[group]]
name = "Klyngen"
areas = ["Sted0", "Sted1", "Sted2", "Sted3", "Sted4", "Sted5", "Sted6", "Sted7", "Sted8", "Sted9", "Sted10", "Sted11", "Sted12"]
`, "", `10:10: advarsel: "Sted0" er ikke en dansk kommune: er navnet stavet rigtigt?
10:19: advarsel: "Sted1" er ikke en dansk kommune: er navnet stavet rigtigt?
10:28: advarsel: "Sted2" er ikke en dansk kommune: er navnet stavet rigtigt?
10:37: advarsel: "Sted3" er ikke en dansk kommune: er navnet stavet rigtigt?
10:46: advarsel: "Sted4" er ikke en dansk kommune: er navnet stavet rigtigt?
10:55: advarsel: "Sted5" er ikke en dansk kommune: er navnet stavet rigtigt?
10:64: advarsel: "Sted6" er ikke en dansk kommune: er navnet stavet rigtigt?
10:73: advarsel: "Sted7" er ikke en dansk kommune: er navnet stavet rigtigt?
10:82: advarsel: "Sted8" er ikke en dansk kommune: er navnet stavet rigtigt?
10:91: advarsel: "Sted9" er ikke en dansk kommune: er navnet stavet rigtigt?
10:100: advarsel: og 3 områder mere i gruppen "Klyngen", der ikke er danske kommuner`},
		{"areas missing", `[[group]]
name = "Klyngen"
`, `8:1: mangler areas, som skal være der`, ""},
		{"a name used twice", `[[group]]
name = "Klyngen"
areas = ["Vejle"]
[[group]]
name = "klyngen"
areas = ["Vejle"]
`, `12:8: der er allerede en [[group]] med navnet "klyngen"; hver gruppe skal have sit eget navn`, ""},
		{"a region's name", `[[group]]
name = "Region Syddanmark"
areas = ["Vejle"]
`, `9:8: "Region Syddanmark" er allerede navnet på en region eller hele landet, som kan bruges uden [[group]]: giv gruppen et andet navn`, ""},
		{"a misspelt key", `[[group]]
name = "Klyngen"
area = ["Vejle"]
`, `8:1: mangler areas, som skal være der
10:1: ukendt nøgle "area" – mente du "areas"?`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan := strings.Replace(planWith("title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n"), "[[goal]]\n", tt.groups+"[[goal]]\n", 1)
			_, errs, warns := loadAll(t, plan)
			if got := strings.Join(errs, "\n"); got != tt.errs {
				t.Errorf("problems\n%s\nwant\n%s", got, tt.errs)
			}
			if got := strings.Join(warns, "\n"); got != tt.warns {
				t.Errorf("warnings\n%s\nwant\n%s", got, tt.warns)
			}
		})
	}
}

// mm3 is a table of three municipalities and the whole country for 2024-Q1.
func mm3() *model.Indicator {
	return model.NewIndicator("MM3", "Flygtninge i job", "%", "sammenligning/MM3.csv",
		[]string{"Hele landet", "Horsens", "Vejle", "Prøve"}, []model.Period{model.MustPeriod("2024-Q1")}, []float64{43.2, 40, 50, 47})
}

func TestEntryWithoutReferenceTakesTheTables(t *testing.T) {
	plan := planWith(`title = "T"
unit = "pp"
better = "higher"
reference = "Landsgennemsnit"
compare = "MM3"
target = { value = 2.0, date = 2026-12-31 }
`)
	status := `[[entry]]
measure = "R1"
period = "2024-Q1"
value = 47.0

[[entry]]
measure = "R1"
period = "2024-Q2"
value = 48.0
`
	p, errs := readPlan("plan.toml", []byte(plan))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p.Indicators = map[string]*model.Indicator{"MM3": mm3()}
	entries, problems := readStatus("status.toml", []byte(status), p, time.Time{})
	if got := problems.Message(lang.Da); got != `status.toml:6:1: advarsel: R1 har ingen reference, og sammenligning/MM3.csv har ingen tal for Landsgennemsnit i 2024-Q2: tallet vises, men tæller ikke med, før tabellen har det (eller skriv reference = ...)` {
		t.Errorf("problems: %s", got)
	}
	p.AddEntries(entries...)
	if e := p.Entries[0]; !e.RefFromTable || e.Reference != 43.2 {
		t.Errorf("entry %+v; want the table's 43,2", e)
	}
	if block := string(EncodeEntries(p.Entries)); strings.Contains(block, "reference") {
		t.Errorf("the table's reference was written back:\n%s", block)
	}
	if err := CheckEntry(p, model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q1"), Value: 47, HasValue: true}); err != nil {
		t.Errorf("set without a reference the table has: %v", err)
	}
	if err := CheckEntry(p, model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Value: 47, HasValue: true}); err == nil {
		t.Errorf("set without a reference the table lacks: no error")
	}
}

func TestSavedEntryKeepsTheTablesReferenceOutOfTheFile(t *testing.T) {
	dir := t.TempDir()
	statusPath := filepath.Join(dir, "status.toml")
	if err := os.WriteFile(statusPath, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	p, errs := readPlan("plan.toml", []byte(planWith(`title = "T"
unit = "pp"
better = "higher"
reference = "Hele landet"
compare = "MM3"
target = { value = 2.0, date = 2026-12-31 }
`)))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p.Indicators = map[string]*model.Indicator{"MM3": mm3()}
	e := model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q1"), Value: 47, HasValue: true}
	q := p.With(e)
	if !q.Entries[0].RefFromTable {
		t.Fatalf("entry %+v; want the table's reference", q.Entries[0])
	}
	// What a view holds is written as the file had it, and found again as a copy.
	block := EncodeEntries(q.Entries)
	if strings.Contains(string(block), "reference") {
		t.Errorf("written back:\n%s", block)
	}
	again, problems := readStatus(statusPath, block, q, time.Time{})
	if len(problems) > 0 || len(again) != 1 {
		t.Fatalf("read back %v %v", again, problems)
	}
	if copyKey(again[0]) != copyKey(q.Entries[0]) || !sameFigure(&again[0], &q.Entries[0]) {
		t.Errorf("the entry read back is not the one the plan holds: %+v / %+v", again[0], q.Entries[0])
	}
}

func TestImportedReferenceTheTableGivesIsLeftToIt(t *testing.T) {
	p, errs := readPlan("plan.toml", []byte(planWith(`title = "T"
unit = "pp"
better = "higher"
reference = "Landsgennemsnit"
compare = "MM3"
target = { value = 2.0, date = 2026-12-31 }
`)))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	p.Indicators = map[string]*model.Indicator{"MM3": mm3()}
	// One import each: in one, the rows would contradict each other (issue 23, item 9).
	var entries []model.Entry
	for _, row := range []string{"R1;2024-Q1;47,5;43,2", "R1;2024-Q1;47,5;44", "R1;2024-Q1;47,5;"} {
		read, _, problems := ReadCSV("tal.csv", []byte("id;periode;tal;reference\n"+row+"\n"), p)
		if len(problems) > 0 || len(read) != 1 {
			t.Fatalf("entries %v problems %v", read, problems)
		}
		entries = append(entries, read...)
	}
	if entries[0].HasRef || !entries[1].HasRef || entries[1].Reference != 44 || entries[2].HasRef {
		t.Errorf("references %+v; the table's 43,2 is left to the table, a typed 44 is kept", entries)
	}
}

func TestRankPastTheMunicipalitiesIsAWarning(t *testing.T) {
	_, errs, warns := loadAll(t, groupedPlan(`title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = { rank = 1000000000, date = 2026-12-31 }
`))
	if len(errs) != 0 || !slices.Contains(warns, `25:19: advarsel: rank = 1000000000, men der er kun 98 kommuner at rangeres blandt, så målet er altid nået`) {
		t.Errorf("problems %v warnings %v", errs, warns)
	}
}

// TestARankTargetsBaselineIsAPlace: a baseline left from before the target
// became a rank (74 %) would read "nr. 74" and skew the expected line.
func TestARankTargetsBaselineIsAPlace(t *testing.T) {
	for baseline, warned := range map[string]bool{"74.5": true, "0.0": true, "120.0": true, "15.0": false} {
		_, errs, warns := loadAll(t, groupedPlan(`title = "T"
unit = "%"
better = "higher"
compare = "MM3"
baseline = { value = `+baseline+`, date = 2023-12-31 }
target = { rank = 10, date = 2026-12-31 }
`))
		got := slices.ContainsFunc(warns, func(w string) bool {
			return strings.Contains(w, "læses som en placering") && strings.HasPrefix(w, "25:22:")
		})
		if len(errs) != 0 || got != warned {
			t.Errorf("baseline %s: warned %v, want %v: %v %v", baseline, got, warned, errs, warns)
		}
	}
}

// TestATargetNoFigureCanMeetOrMissIsAWarning: "foran nr. 1" and "bedre end
// mere end 100 %" can never be met, and "bedre end mindst 0 %" is met by
// any figure: a verdict on them says nothing, so check says so.
func TestATargetNoFigureCanMeetOrMissIsAWarning(t *testing.T) {
	tests := []struct{ target, want string }{
		{`{ rank = 1, strict = true, date = 2026-12-31 }`, `25:19: advarsel: rank = 1 med strict = true (bedre end nr. 1) kan ingen kommune nå, så målet nås aldrig: skriv rank = 1 uden strict`},
		{`{ better_than = 100.0, strict = true, date = 2026-12-31 }`, `25:26: advarsel: better_than = 100 med strict = true (bedre end mere end alle) kan ingen kommune nå, så målet nås aldrig: skriv better_than = 100 uden strict`},
		{`{ better_than = 0.0, date = 2026-12-31 }`, `25:26: advarsel: better_than = 0 uden strict nås af ethvert tal, så målet er altid nået`},
		{`{ rank = 1, date = 2026-12-31 }`, ``},
		{`{ better_than = 0.0, strict = true, date = 2026-12-31 }`, ``},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			_, errs, warns := loadAll(t, groupedPlan(`title = "T"
unit = "%"
better = "higher"
compare = "MM3"
target = `+tt.target+`
`))
			got := ""
			for _, w := range warns {
				if strings.Contains(w, "uden strict") {
					got = w
				}
			}
			if len(errs) != 0 || got != tt.want {
				t.Errorf("problems %v warning %q; want %q", errs, got, tt.want)
			}
		})
	}
}
