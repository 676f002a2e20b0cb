package data

import (
	"strings"
	"testing"

	"github.com/beskplan/beskplan/model"
)

// The third edition's verdict keys: each mistake is reported where it
// stands, with its line and column.
func TestThirdEditionVerdictKeysAreCheckedWhereTheyStand(t *testing.T) {
	tests := []struct {
		name, measure, status, want string
	}{
		{"a range with min above max", "title = \"Møder\"\nunit = \"antal\"\ntarget = { min = 6.0, max = 4.0, date = 2026-12-31 }\n",
			"", "17:18: min (6) er større end max (4)"},
		{"neither with strict", "title = \"T\"\nunit = \"antal\"\nbetter = \"neither\"\ntarget = { value = 40.0, date = 2026-12-31, strict = true }\n",
			"", "18:45: better = \"neither\" er en forventning, ikke et mål, og kan ikke have strict"},
		{"neither with always", "title = \"T\"\nunit = \"%\"\nbetter = \"neither\"\ntarget = { value = 40.0, always = true }\n",
			"", "18:26: better = \"neither\" er en forventning, ikke et mål, og kan ikke have always"},
		{"a baseline word that is not first", "title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\nbaseline = \"start\"\n",
			"", "18:12: baseline skal være { value = …, date = … } eller \"first\", ikke \"start\""},
		{"assessed without a note", "title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n",
			"[[entry]]\nmeasure = \"R1\"\nperiod = \"2024\"\nassessed = \"met\"\n", "4:12: en vurdering (assessed) skal have en note"},
		{"assessed with a figure", "title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n",
			"[[entry]]\nmeasure = \"R1\"\nperiod = \"2024\"\nassessed = \"met\"\nnote = \"ok\"\nvalue = 3.0\n", "6:1: en vurdering (assessed) står i sin egen post"},
		{"assessed with money spent", "title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n",
			"[[entry]]\nmeasure = \"R1\"\nperiod = \"2024\"\nassessed = \"met\"\nnote = \"ok\"\nspent = 5000.0\n", "6:1: en vurdering (assessed) står i sin egen post"},
		{"assessed that is no word of the format", "title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n",
			"[[entry]]\ngoal = \"M1\"\nperiod = \"2024\"\nassessed = \"done\"\nnote = \"ok\"\n", "4:12:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var problems []string
			if tt.status == "" {
				_, problems, _ = loadAll(t, planWith(tt.measure))
			} else {
				_, problems, _ = loadAllWith(t, planWith(tt.measure), tt.status)
			}
			text := strings.Join(problems, "\n")
			if strings.Contains(text, "mangler better") {
				t.Errorf("a range or an expectation needs no better said twice:\n%s", text)
			}
			if !strings.Contains(text, tt.want) {
				t.Errorf("problems:\n%s\nwant one that says %q", text, tt.want)
			}
		})
	}
}

// A group that holds only the plan's own municipality ranks it "nr. 1 af
// 1": check says so (a group of one other municipality is a comparison).
func TestAGroupOfOneIsReported(t *testing.T) {
	plan := strings.Replace(planWith("title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n"), "[[goal]]",
		"[[group]]\nname = \"Alene\"\nareas = [\"Fredericia Kommune\"]\n[[goal]]", 1)
	plan = strings.Replace(plan, "Prøve Kommune", "Fredericia Kommune", 1)
	_, problems, _ := loadAll(t, plan)
	if text := strings.Join(problems, "\n"); !strings.Contains(text, "10:9: gruppen Alene har ingen anden kommune end planens egen (Fredericia Kommune)") {
		t.Errorf("problems:\n%s\nwant the group of one at its areas", text)
	}
	_, problems, _ = loadAll(t, strings.Replace(plan, `areas = ["Fredericia Kommune"]`, `areas = ["Vejle"]`, 1))
	if len(problems) > 0 {
		t.Errorf("a group of one other municipality is a comparison: %v", problems)
	}
}

// A group naming a row that is no municipality is told so (a warning: the
// row is left out of the group).
func TestAGroupNamingNoMunicipalityIsReported(t *testing.T) {
	plan := strings.Replace(planWith("title = \"T\"\nunit = \"%\"\nbetter = \"higher\"\n"), "[[goal]]",
		"[[group]]\nname = \"Naboer\"\nareas = [\"Fredericia\", \"Vejle\", \"Klyngen\"]\n[[goal]]", 1)
	_, problems, warnings := loadAll(t, plan)
	if text := strings.Join(append(problems, warnings...), "\n"); !strings.Contains(text, "10:33:") || !strings.Contains(text, "Klyngen") {
		t.Errorf("problems:\n%s\nwant Klyngen told at its place", text)
	}
}

// The keys read as the contract means them.
func TestThirdEditionVerdictKeysAreRead(t *testing.T) {
	l, problems, warnings := loadAllWith(t, planWith(`title = "Virksomhedsbesøg"
unit = "antal"
better = "neither"
baseline = "first"
target = { min = 4.0, max = 6.0, date = 2026-12-31 }
`), "[[entry]]\ngoal = \"M1\"\nperiod = \"2025\"\nassessed = \"partly\"\nnote = \"Delvist opfyldt (opfølgning 3. marts 2026)\"\n")
	if len(problems)+len(warnings) > 0 {
		t.Fatalf("problems %v warnings %v", problems, warnings)
	}
	m := l.Plan.Measure("R1")
	if m.Better != model.Neither || !m.BaselineFirst || m.Target.Kind != model.RangeTarget || m.Target.Min != 4 || m.Target.Max != 6 {
		t.Errorf("measure read as %+v target %+v", m, m.Target)
	}
	if e := l.Plan.Entries[0]; e.Goal != "M1" || e.Assessed != model.AssessedPartly || e.HasValue {
		t.Errorf("entry read as %+v", e)
	}
}

// A change from `baseline = "first"` needs no baseline of the plan's.
func TestAChangeFromTheFirstFigureNeedsNoBaseline(t *testing.T) {
	_, problems, warnings := loadAll(t, planWith("title = \"T\"\nunit = \"helårspersoner\"\nbaseline = \"first\"\ntarget = { change = -40.0, date = 2026-12-31 }\n"))
	if len(problems)+len(warnings) > 0 {
		t.Errorf("problems %v warnings %v", problems, warnings)
	}
}
