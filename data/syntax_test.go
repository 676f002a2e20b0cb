package data

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// withLine is minimalPlan with line n (from 1) replaced.
func withLine(n int, text string) string {
	lines := strings.Split(minimalPlan, "\n")
	lines[n-1] = text
	return strings.Join(lines, "\n")
}

// planProblems reads a plan and returns its problems as "LINE:COL: message".
func planProblems(l lang.Lang, src string) []string {
	_, errs, warnings := readPlanWarn("plan.toml", []byte(src))
	all := append(errs, warnings...)
	sortProblems(all)
	out := make([]string, len(all))
	for i, p := range all {
		out[i] = strings.TrimPrefix(p.Message(l), "plan.toml:")
	}
	return out
}

// TestEverySyntaxMistakeIsSaidWithItsFix: each mistake people make writing
// the plan by hand gets a message in Danish with what to write instead, at
// the character it is about.
func TestEverySyntaxMistakeIsSaidWithItsFix(t *testing.T) {
	tests := []struct {
		name string
		line int
		text string
		want string // the one problem, "LINE:COL: message"
	}{
		{"decimal comma", 20, `target = { value = 1750,0, date = 2026-12-31 }`,
			"20:20: skriv 1750.0 – i filen bruges punktum som decimaltegn; 1750,0 er kun for indtastning"},
		{"decimal comma at top level", 4, `title = 82,5`,
			"4:9: skriv 82.5 – i filen bruges punktum som decimaltegn; 82,5 er kun for indtastning"},
		{"text without quotes", 4, `title = Beskæftigelsesplan 2024`,
			`4:9: sæt tekst i anførselstegn: title = "Beskæftigelsesplan 2024"`},
		{"unclosed quote", 4, `title = "Beskæftigelsesplan`,
			`4:9: teksten slutter ikke med et anførselstegn: skriv title = "Beskæftigelsesplan"`},
		{"quote inside text", 12, `title = "Mål for "unge" i 2024"`,
			`12:18: et anførselstegn inde i teksten afslutter den for tidligt: skriv \" for hvert anførselstegn i teksten, eller sæt teksten i enkelte anførselstegn: title = 'Mål for "unge" i 2024'`},
		{"key with æøå", 11, `målgruppe = "unge"`,
			`11:2: nøglen "målgruppe" kan ikke bruges: nøgler skrives med a-z, 0-9, - og _, uden æøå og mellemrum`},
		{"key with a space", 5, `start dato = 2024-01-01`,
			`5:6: nøglen "start dato" kan ikke bruges: nøgler skrives med a-z, 0-9, - og _, uden æøå og mellemrum`},
		{"text without quotes, a sign", 18, `unit = %`,
			`18:8: sæt tekst i anførselstegn: unit = "%"`},
		{"missing =", 17, `title "Tal"`,
			`17:6: der mangler = mellem nøgle og værdi: skriv title = "Tal"`},
		{"missing = and quotes", 17, `title Tal`,
			`17:6: der mangler = mellem nøgle og værdi: skriv title = "Tal"`},
		{"header typo, plural", 14, `[[measures]]`,
			`14:1: ukendt tabel [[measures]] – mente du [[measure]]?`},
		{"header typo, letter left out", 14, `[[mesure]]`,
			`14:1: ukendt tabel [[mesure]] – mente du [[measure]]?`},
		{"header not closed", 14, `[[measure]`,
			`14:1: tabeloverskriften [[measure] er ikke afsluttet: skriv [[measure]]`},
		{"header with æøå", 14, `[[resultatmål]]`,
			`14:1: tabeloverskriften [[resultatmål]] kan ikke læses: tabellerne hedder [plan], [[group]], [[goal]], [[strategy]], [[strategy.initiative]], [[measure]], [[entry]] (uden æøå og mellemrum)`},
		{"Danish date with dashes", 5, `start = 01-01-2024`,
			"5:9: datoen 01-01-2024 kan ikke læses: skriv datoer som 2024-01-01"},
		{"Danish date with dots", 6, `end = 31.12.2026`,
			"6:7: datoen 31.12.2026 kan ikke læses: skriv datoer som 2026-12-31"},
		{"percent sign", 20, `target = { value = 12 %, date = 2026-12-31 }`,
			"20:20: skriv tallet uden procenttegn: value = 12 – enheden står i resultatmålets unit"},
		{"percent sign and comma", 20, `target = { value = 47,1%, date = 2026-12-31 }`,
			"20:20: skriv tallet uden procenttegn: value = 47.1 – enheden står i resultatmålets unit"},
		{"thousands dots", 20, `target = { value = 1.750.000, date = 2026-12-31 }`,
			"20:20: skriv 1750000 uden tusindtalsskilletegn – i filen er punktum decimaltegnet, så 1.750 betyder 1,75"},
		{"thousands space", 20, `target = { value = 1 750, date = 2026-12-31 }`,
			"20:20: skriv 1750 uden tusindtalsskilletegn – i filen er punktum decimaltegnet, så 1.750 betyder 1,75"},
		{"thousands dot in a count", 20, `target = { value = 1.750, date = 2026-12-31 }`,
			"20:20: advarsel: 1.750 har tre decimaler, men enheden tælles i hele tal – mente du 1750? Skriv tal uden tusindtalspunktum i filen"},
		{"a key alone", 17, `title`,
			`17:1: title står alene på linjen: skriv title = og værdien, eller slet linjen`},
		{"a dotted key alone, with a comment", 17, `title.da # rettes`,
			`17:1: title.da står alene på linjen: skriv title.da = og værdien, eller slet linjen`},
		{"a key without its value", 17, `title =`,
			`17:8: der mangler en værdi efter title =: skriv værdien, eller slet linjen`},
		{"key twice", 16, `id = "R2"`,
			`16:1: nøglen "id" står to gange; en nøgle må kun stå én gang i sin tabel`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := planProblems(lang.Da, withLine(tt.line, tt.text))
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSyntaxMistakesInEnglish(t *testing.T) {
	got := planProblems(lang.En, withLine(20, `target = { value = 1750,0, date = 2026-12-31 }`))
	want := "20:20: write 1750.0 – the file uses a point as the decimal mark; 1750,0 is for typing in only"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestThreeBrokenBlocksAreThreeProblems: after a syntax error the reading
// goes on from the next table header, so every broken block is reported,
// the blocks between them are still checked, and a broken block does not
// make the blocks that name it look wrong.
func TestThreeBrokenBlocksAreThreeProblems(t *testing.T) {
	plan := `format = 1
[plan]
municipality = "Prøve Kommune"
title = Beskæftigelsesplan
start = 2024-01-01
end = 2026-12-31

[[goal]]
id = "M1"
kind = "minister"
title = "Mål for "unge""

[[goal]]
id = "M2"
kind = "lokal"
title = "Færre på ydelse"

[[measure]]
id = "R1"
goal = "M1"
title = "Tal"
unit = "antal"
target = { value = 1750,0, date = 2026-12-31 }

[[measure]]
id = "R2"
goal = "M2"
title = "Andel"
unit = "%"
better = "higher"
target = { value = 50.0, date = 2026-12-31 }
`
	got := planProblems(lang.Da, plan)
	want := []string{
		`4:9: sæt tekst i anførselstegn: title = "Beskæftigelsesplan"`,
		`11:18: et anførselstegn inde i teksten afslutter den for tidligt`,
		`15:8: kind`,
		`23:20: skriv 1750.0`,
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d: got %q, want it to start %q", i+1, got[i], want[i])
		}
	}
}

// TestBrokenStatusBlocksHideNothing: a broken [[entry]] is reported and
// the entries after it are read and checked.
func TestBrokenStatusBlocksHideNothing(t *testing.T) {
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	status := `[[entry]]
measure = "R1"
period = "2024-Q1"
value = 1900,5

[[entry]]
measure = "R1"
period = "2024-Q5"
value = 1800

[[entry]]
measure = "R1"
period = 31-12-2024
value = 1700

[[entry]]
measure = "R1"
period = "2024-Q3"
value = 1.650
`
	status += "\n[[entry]]\nmeasure = \"R1\"\nperiod = 2024-Q4\nvalue = 1600\n"
	entries, problems := readStatus("status.toml", []byte(status), p, time.Time{})
	var got []string
	for _, pr := range problems {
		got = append(got, strings.TrimPrefix(pr.Message(lang.Da), "status.toml:"))
	}
	want := []string{"4:9: skriv 1900.5", "8:10: perioden \"2024-Q5\"", "13:10: datoen 31-12-2024", "19:9: advarsel: 1.650 har tre decimaler", `23:10: sæt tekst i anførselstegn: period = "2024-Q4"`}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d: got %q, want it to start %q", i+1, got[i], want[i])
		}
	}
	if len(entries) != 1 || entries[0].Period != model.MustPeriod("2024-Q3") {
		t.Errorf("the good entry after the broken ones must be read: %v", entries)
	}
}

// TestTornBlockHidesNothingAfterIt: a block the program wrote, cut short in
// the middle of a text, is reported once, as torn (with repair as the fix),
// not also as a syntax error, and an entry written after it is still checked.
func TestTornBlockHidesNothingAfterIt(t *testing.T) {
	block := string(EncodeEntries([]model.Entry{figureEntry(1750, "Tal fra Jobindsats")}))
	cut := block[:strings.Index(block, "Jobindsats")] // inside the note's quotes
	later := "\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q5\"\nvalue = 1800\n"
	got := messages(t, writePlan(t, minimalPlan, handWritten+cut+"\n"+later))
	if len(got) != 2 || !strings.Contains(got[0], "beskplan repair") || !strings.Contains(got[1], `perioden "2024-Q5"`) {
		t.Errorf("want the torn block and the later entry's period, got:\n%s", strings.Join(got, "\n"))
	}
}

// FuzzSyntaxRecovery feeds the block-by-block reading broken plans: it must
// never panic or loop, every problem must be placed within the file, and a
// file that does not decode must always have at least one problem.
func FuzzSyntaxRecovery(f *testing.F) {
	for _, line := range []string{`title = Plan`, `title = "Plan`, `start = 31-12-2024`, `[[measure]`, `målgruppe = 1`,
		`title "Plan"`, `target = { value = 1,5 %, date = 2026-12-31 }`, `summary = """`, `[[mål]]`, `id = "M1"`} {
		f.Add([]byte(withLine(12, line)))
	}
	f.Add([]byte("[a]\n[a]\n[b]\nx=1\n[b]\n"))
	f.Fuzz(func(t *testing.T, plan []byte) {
		lines := bytes.Count(plan, []byte("\n")) + 1
		_, errs, warnings := readPlanWarn("plan.toml", plan)
		for _, pr := range append(errs, warnings...) {
			if pr.Line < 1 || pr.Col < 1 || pr.Line > lines {
				t.Fatalf("problem out of the file (%d lines): %q", lines, pr.Message(lang.Da))
			}
		}
		if _, err := decode(plan); err != nil && len(errs) == 0 {
			t.Fatalf("a file that does not decode must have a problem")
		}
	})
}

// TestEntryForABrokenMeasureIsNoOrphan: an entry for a measure whose block
// of the plan has a syntax error is not warned of as one the plan lacks.
func TestEntryForABrokenMeasureIsNoOrphan(t *testing.T) {
	plan := withLine(20, `target = { value = 1750,0, date = 2026-12-31 }`)
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1900\n"
	got := messages(t, writePlan(t, plan, status))
	l, _ := Load(writePlan(t, plan, status))
	if len(got) != 1 || !strings.HasPrefix(got[0], "20:20: skriv 1750.0") || l == nil || len(l.Warnings) != 0 {
		t.Errorf("want the syntax error only, got %q and warnings %v", got, l.Warnings)
	}
}

// BenchmarkLoadBroken is Load of the large status file with a syntax error
// in one entry in the middle: read block by block, every other entry kept.
func BenchmarkLoadBroken(b *testing.B) {
	status, _ := os.ReadFile(benchFiles(b, "large").StatusPath)
	mid := bytes.Index(status[len(status)/2:], []byte("\nvalue = ")) + len(status)/2
	broken := append(append(bytes.Clone(status[:mid]), "\nvalue = 1,5"...), status[mid+len("\nvalue = 1"):]...)
	// A folder of its own: the large files stay whole for the benchmarks
	// after it, and a second run (-count) breaks the file once, not twice.
	dir := b.TempDir()
	os.WriteFile(filepath.Join(dir, "plan.toml"), gen.Plan(gen.Large), 0o644)
	os.WriteFile(filepath.Join(dir, "status.toml"), broken, 0o644)
	src := Locate(dir)
	mib := peak(func() { Load(src) })
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(src); err == nil {
			b.Fatal("the broken entry must be a problem")
		}
	}
	b.ReportMetric(mib, "peak-MiB")
}

// TestTwoMistakesInOneBlockAreBothSaid: mistakes on two lines of the same
// block are both reported, each with its fix.
func TestTwoMistakesInOneBlockAreBothSaid(t *testing.T) {
	plan := withLine(5, `start = 01-01-2024`)
	plan = strings.Replace(plan, `title = "Plan"`, `title = Beskæftigelsesplan`, 1)
	got := planProblems(lang.Da, plan)
	want := []string{`4:9: sæt tekst i anførselstegn: title = "Beskæftigelsesplan"`,
		"5:9: datoen 01-01-2024 kan ikke læses: skriv datoer som 2024-01-01"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCountWarningInPartsAsWhole: a large status file is read in parts;
// 1.650 for a count is warned of there as in a file read whole.
func TestCountWarningInPartsAsWhole(t *testing.T) {
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	status := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1900\n\n[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 1.650\n"
	ok, diff := sameAsWhole(t, p, []byte(status), 20)
	if !ok || diff != "" {
		t.Errorf("read in parts (%v): %s", ok, diff)
	}
}
