package data

import (
	"errors"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// planWith is a plan 2024-2026 with one goal and the measure's lines
// (without id and goal), which start on line 14.
func planWith(measure string) string {
	return testplan.Header("2024-01-01", "2026-12-31", "Mål") + `[[measure]]
id = "R1"
goal = "M1"
` + measure
}

// loadAll loads a plan and returns its problems and warnings as
// "LINE:COL: message" in Danish.
func loadAll(t *testing.T, plan string) (*Loaded, []string, []string) {
	t.Helper()
	l, err := Load(writePlan(t, plan, ""))
	var ps Problems
	if err != nil && !errors.As(err, &ps) {
		t.Fatalf("Load: %v", err)
	}
	lines := func(list Problems) []string {
		var out []string
		for _, p := range list {
			if p.Line == 0 || p.Col == 0 {
				t.Errorf("no position: %s", p.Message(lang.Da))
			}
			out = append(out, strings.TrimPrefix(p.Message(lang.Da), p.File+":"))
		}
		return out
	}
	var warnings []string
	if l != nil {
		warnings = lines(l.Warnings)
	}
	return l, lines(ps), warnings
}

func TestTargetContradictionsAreReportedWhereTheyStand(t *testing.T) {
	tests := []struct {
		name, measure, want string
	}{
		{"better against a direction", `title = "T"
unit = "%"
better = "higher"
target = { direction = "down" }
`, `17:10: better = "higher" passer ikke med direction = "down": ret en af dem (better kan også udelades)`},
		{"better against a change", `title = "T"
unit = "antal"
better = "higher"
baseline = { value = 1200.0, date = 2023-12-31 }
target = { change = -74.0, date = 2026-12-31 }
`, `17:10: better = "higher" passer ikke med change = -74: ret en af dem (better kan også udelades)`},
		{"change without a baseline", `title = "T"
unit = "antal"
target = { change = -74.0, date = 2026-12-31 }
`, `17:12: change er en ændring fra udgangspunktet og kræver baseline = { value = ..., date = ... }`},
		{"value and direction together", `title = "T"
unit = "%"
better = "lower"
target = { value = 5.0, direction = "down", date = 2026-12-31 }
`, `18:25: value og direction kan ikke stå sammen: et mål er ét tal, én ændring eller én retning`},
		{"no figure and no direction", `title = "T"
unit = "%"
better = "lower"
target = { date = 2026-12-31 }
`, `18:10: her står ikke, hvad målet er: skriv en af value, change, change_percent, direction, min, max`},
		{"a milestone after the target", `title = "T"
unit = "%"
better = "higher"
target = { value = 90.0, date = 2025-12-31 }
milestones = [{ value = 88.0, date = 2026-06-30 }]
`, `19:38: delmålets dato 2026-06-30 ligger efter målets dato 2025-12-31`},
		{"a baseline after the target", `title = "T"
unit = "%"
better = "higher"
baseline = { value = 80.0, date = 2026-12-31 }
target = { value = 90.0, date = 2025-12-31 }
`, `18:35: udgangspunktets dato 2026-12-31 ligger efter målets dato 2025-12-31`},
		{"strict with a direction", `title = "T"
unit = "%"
target = { direction = "not-up", strict = true }
`, `17:34: strict kan ikke bruges sammen med direction (en retning har intet tal at holde)`},
		{"a baseline after the earliest of milestones out of order", `title = "T"
unit = "%"
better = "higher"
baseline = { value = 50.0, date = 2024-06-30 }
target = { value = 60.0, date = 2026-12-31 }
milestones = [{ value = 56.0, date = 2025-12-31 }, { value = 53.0, date = 2024-03-31 }]
`, `18:35: udgangspunktets dato 2024-06-30 ligger efter det første delmåls dato 2024-03-31`},
		{"strict and always with a direction", `title = "T"
unit = "%"
target = { direction = "not-up", strict = true, always = true }
`, `17:34: strict kan ikke bruges sammen med direction (en retning har intet tal at holde)
17:49: always kan ikke bruges sammen med direction (en retning har intet tal at holde)`},
		{"a direction in a milestone", `title = "T"
unit = "%"
better = "lower"
target = { value = 5.0, date = 2026-12-31 }
milestones = [{ direction = "down", date = 2025-12-31 }]
`, `19:17: ukendt nøgle "direction"; tilladt her: value, change, change_percent, min, max, ratio, rank, better_than, among, date, strict`},
		{"a lag that is not a whole number", `title = "T"
unit = "%"
better = "lower"
lag = 1.5
`, `18:7: lag skal være et helt tal fra 0 til 36 (hvor mange perioder tallene kommer for sent), ikke 1.5`},
		{"an unknown frequency", `title = "T"
unit = "%"
better = "lower"
frequency = "weekly"
`, `18:13: frequency skal være en af: monthly, quarterly, half-yearly, yearly (ikke "weekly")`},
		{"a value target without a date", `title = "T"
unit = "%"
better = "lower"
target = { value = 5.0 }
`, `18:10: mangler date, som skal være der`},
		{"no better where nothing implies it", `title = "T"
unit = "%"
target = { value = 5.0, date = 2026-12-31 }
`, `12:1: mangler better, som skal være der`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, problems, _ := loadAll(t, planWith(tt.measure))
			if strings.Join(problems, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(problems, "\n"), tt.want)
			}
		})
	}
}

func TestTargetsAsPlansWriteThemLoad(t *testing.T) {
	l, problems, warnings := loadAll(t, planWith(`title = "Helårspersoner på ydelse"
unit = "fuldtidspersoner"
baseline = { value = 1200.0, date = 2023-12-31 }
target = { change = -74.0, date = 2026-12-31 }
milestones = [{ change = -30.0, date = 2024-12-31 }]
frequency = "yearly"
lag = 1

[[measure]]
id = "R2"
goal = "M1"
title = "Andel på kontanthjælp"
unit = "%"
target = { direction = "not-up" }

[[measure]]
id = "R3"
goal = "M1"
title = "Ledighed"
unit = "%"
better = "lower"
target = { value = 7.5, always = true, strict = true }
`))
	if len(problems)+len(warnings) > 0 {
		t.Fatalf("problems %v warnings %v", problems, warnings)
	}
	p := l.Plan
	r1, r2, r3 := p.Measure("R1"), p.Measure("R2"), p.Measure("R3")
	if r1.Better != model.Lower || r1.Target.Kind != model.ChangeTarget || r1.Target.Value != 1126 || r1.Frequency != model.Yearly || r1.Lag != 1 {
		t.Errorf("R1: better %q target %+v frequency %q lag %d", r1.Better, r1.Target, r1.Frequency, r1.Lag)
	}
	if r1.Milestones[0].Value != 1170 {
		t.Errorf("R1 milestone %+v; want 1.170", r1.Milestones[0])
	}
	if r2.Better != model.Lower || r2.Target.Direction != model.NotUp || r2.Target.HasDate || r2.Frequency != model.Quarterly {
		t.Errorf("R2: better %q target %+v frequency %q", r2.Better, r2.Target, r2.Frequency)
	}
	if !r3.Target.Always || !r3.Target.Strict || r3.Target.Date != p.End {
		t.Errorf("R3: %+v; a limit without a date holds until the plan's end", r3.Target)
	}
}

func TestWarningsDoNotStopThePlan(t *testing.T) {
	tests := []struct {
		name, measure string
		warnings      []string
	}{
		{"a target after the plan's end", `title = "T"
unit = "%"
better = "higher"
target = { value = 90.0, date = 2027-12-31 }
`, []string{`18:33: advarsel: datoen 2027-12-31 ligger efter planens slutning 2026-12-31 (det er tilladt; mål rækker tit ud over planperioden)`}},
		{"three decimals in a count", `title = "T"
unit = "antal"
better = "lower"
baseline = { value = 1.275, date = 2023-12-31 }
target = { value = 1.150, date = 2026-12-31 }
milestones = [{ value = 1.2, date = 2025-12-31 }, { value = -1.210, date = 2026-06-30 }]
`, []string{
			`18:22: advarsel: 1.275 har tre decimaler, men enheden tælles i hele tal – mente du 1275? Skriv tal uden tusindtalspunktum i filen`,
			`19:20: advarsel: 1.150 har tre decimaler, men enheden tælles i hele tal – mente du 1150? Skriv tal uden tusindtalspunktum i filen`,
			`20:61: advarsel: -1.210 har tre decimaler, men enheden tælles i hele tal – mente du -1210? Skriv tal uden tusindtalspunktum i filen`,
		}},
		{"three zeros in a count are a thousands dot too (issue 22)", `title = "T"
unit = "helårspersoner"
better = "higher"
baseline = { value = 2.000, date = 2023-12-31 }
target = { value = 3.000, date = 2026-12-31 }
milestones = [{ value = 2.5, date = 2025-12-31 }, { value = 12.0, date = 2026-06-30 }]
`, []string{
			`18:22: advarsel: 2.000 har tre decimaler, men enheden tælles i hele tal – mente du 2000? Skriv tal uden tusindtalspunktum i filen`,
			`19:20: advarsel: 3.000 har tre decimaler, men enheden tælles i hele tal – mente du 3000? Skriv tal uden tusindtalspunktum i filen`,
		}},
		{"milestones out of date order", `title = "T"
unit = "%"
better = "higher"
target = { value = 90.0, date = 2026-12-31 }
milestones = [
  { value = 88.0, date = 2025-12-31 },
  { value = 85.0, date = 2024-12-31 },
]
`, []string{`21:26: advarsel: delmålene står ikke i datoorden: 2024-12-31 står under 2025-12-31, men kommer før; de læses i datoorden`}},
		{"three decimals in a per cent are fine", `title = "T"
unit = "%"
better = "lower"
target = { value = 1.275, date = 2026-12-31 }
`, nil},
		{"a leading zero is a decimal, not a thousands dot", `title = "T"
unit = "fuldtidspersoner"
baseline = { value = 2150.0, date = 2023-12-31 }
target = { change = -0.150, date = 2026-12-31 }
milestones = [{ value = 0.250, date = 2025-12-31 }]
`, nil},
		{"four decimals are meant", `title = "T"
unit = "fuldtidspersoner"
better = "lower"
target = { value = 1.2750, date = 2026-12-31 }
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, problems, warnings := loadAll(t, planWith(tt.measure))
			if len(problems) > 0 || l == nil {
				t.Fatalf("a warning is not an error: %v", problems)
			}
			if strings.Join(warnings, "\n") != strings.Join(tt.warnings, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(warnings, "\n"), strings.Join(tt.warnings, "\n"))
			}
		})
	}
}
