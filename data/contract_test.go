package data

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// contractDoc is the contract part of docs/format.md.
func contractDoc(t *testing.T) string {
	t.Helper()
	doc, err := os.ReadFile("../docs/format.md")
	if err != nil {
		t.Fatal(err)
	}
	contract, _, _ := strings.Cut(string(doc), ownPart)
	return contract
}

// tomlBlocks returns the ```toml blocks of a Markdown text, in order.
func tomlBlocks(md string) []string {
	var blocks []string
	for _, part := range strings.Split(md, "```toml\n")[1:] {
		block, _, _ := strings.Cut(part, "```")
		blocks = append(blocks, block)
	}
	return blocks
}

// TestContractExamplesCheckClean loads the contract's own examples: the
// plan and status files as one plan, the per-measure keys, and each row of
// "Targets as plans write them" as a measure. The plan excerpt needs three
// things added to stand as a file: the goal M3 its R7 names, a measure R4
// for the status excerpt's pending mark, and a start early enough for R7's
// target (2022) and figure (2021-Q2), which come from an older plan, and
// for the third edition's assessed entry (2020). The third edition's
// verdict keys are tried with them: its R20, and its assessed entry with
// the measure H1 it names added.
func TestContractExamplesCheckClean(t *testing.T) {
	md := withoutThirdEdition(contractDoc(t))
	blocks := tomlBlocks(md)
	var plan, perMeasure, status string
	for _, b := range blocks {
		switch {
		case strings.Contains(b, "[plan]"):
			plan = b
		case strings.Contains(b, "[[entry]]"):
			status = b
		case strings.Contains(b, "frequency"):
			perMeasure = b
		}
	}
	if plan == "" || status == "" || perMeasure == "" {
		t.Fatalf("the contract's plan, status and per-measure examples are not all there (%d blocks)", len(blocks))
	}
	plan = strings.Replace(plan, "start = 2024-01-01", "start = 2020-01-01", 1) + `
[[goal]]
id = "M3"
kind = "minister"
title = "Added: the excerpt's R7 names it"

[[measure]]
id = "R4"
goal = "M1"
title = "Added: the status excerpt's pending mark names it"
unit = "%"
better = "higher"
` + perMeasure
	third := thirdEditionKeys(t, contractDoc(t))
	plan = strings.Replace(plan, "[plan]\n", "[plan]\n"+third.planKeys, 1) + third.tables + `
[[measure]]
id = "H1"
goal = "M1"
title = "Added: the assessed entry of the third edition names it"
unit = "%"
better = "higher"
`
	status += third.entries
	l, problems, warnings := loadAllWith(t, plan, status)
	if len(problems)+len(warnings) > 0 {
		t.Errorf("the contract's plan and status examples:\n%s", strings.Join(append(problems, warnings...), "\n"))
	}
	if l != nil && (l.Plan.Measure("R4").Lag != 1 || l.Plan.Measure("R4").Frequency != "yearly") {
		t.Errorf("the per-measure keys were not read: %+v", l.Plan.Measure("R4"))
	}
	if l != nil {
		r20 := l.Plan.Measure("R20")
		if r20 == nil || r20.Better != "neither" || !r20.BaselineFirst || r20.Target == nil || r20.Target.Max != 6 {
			t.Errorf("the third edition's R20 was not read as the contract means it: %+v", r20)
		}
		p := l.Plan
		if s4, in := p.Strategy("S4"), p.Initiative("S4-I1"); p.Budget != 5000000 || !p.Goal("M2").WorkedOn || s4 == nil || len(s4.Goals) != 2 || in == nil || in.Budget != 250000 {
			t.Errorf("the third edition's budgets, goal worked on and strategy for two goals were not read as the contract means them")
		}
		spent := false
		for _, e := range p.Entries {
			spent = spent || e.Initiative == "S4-I1" && e.HasSpent && e.Spent == 120000
		}
		if !spent {
			t.Error("the third edition's spent entry was not read")
		}
	}

	rows := targetRows(md)
	if len(rows) < 7 {
		t.Fatalf("found %d rows of \"Targets as plans write them\", want 7", len(rows))
	}
	for _, row := range rows {
		_, problems, warnings := loadAll(t, strings.Replace(planWith(row), "start = 2024-01-01", "start = 2021-01-01", 1))
		if len(problems)+len(warnings) > 0 {
			t.Errorf("the contract's row\n%s\ngives\n%s", row, strings.Join(append(problems, warnings...), "\n"))
		}
	}
}

// thirdEditionBlocks are the third edition's blocks as the contract
// writes them, with what they need to stand in the plan and status file of
// the older examples: its [plan] keys (budget) go into that [plan]; its
// goal M2 gets a kind and a title, its strategy S4 and initiative S4-I1 a
// title, its R20 a goal, title and unit, and the goal M4 its S4 serves is
// added; its entries (assessed, vurdering, spent, approved: the paper's
// SHA-256, which the contract cuts short with "…", written out) are taken
// whole. No block of the edition is left out.
type thirdEditionBlocks struct{ planKeys, tables, entries string }

func thirdEditionKeys(t *testing.T, md string) thirdEditionBlocks {
	t.Helper()
	_, section, found := strings.Cut(md, thirdEdition)
	if !found {
		t.Fatal("the contract has no third edition")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	var out thirdEditionBlocks
	for _, b := range tomlBlocks(section) {
		tables := strings.Split("\n"+b, "\n[[") // a block may start with its first table
		if head, ok := strings.CutPrefix(tables[0], "\n[plan]\n"); ok {
			out.planKeys += head + "\n"
		}
		for _, table := range tables[1:] {
			switch {
			case strings.HasPrefix(table, "meeting]]"), strings.HasPrefix(table, "owner]]"):
				out.tables += "\n[[" + table
			case strings.HasPrefix(table, "goal]]"):
				out.tables += "\n[[" + strings.Replace(table, "\n", "\nkind = \"minister\"\ntitle = \"Added: the contract's goal worked on\"\n", 1)
			case strings.HasPrefix(table, "strategy]]"):
				table = strings.Replace(table, "id = \"S4\"\n", "id = \"S4\"\ntitle = \"Added: the contract's strategy for two goals\"\n", 1)
				table = strings.Replace(table, "id = \"S4-I1\"\n", "id = \"S4-I1\"\n  title = \"Added: the contract's initiative with a budget\"\n", 1)
				out.tables += "\n[[" + table
			case strings.HasPrefix(table, "measure]]\nid = \"R20\""):
				out.tables += "\n[[" + strings.Replace(table, "id = \"R20\"\n", "id = \"R20\"\ngoal = \"M1\"\ntitle = \"Added: the contract's R20\"\nunit = \"gange\"\n", 1)
			case strings.HasPrefix(table, "entry]]"):
				out.entries += "\n[[" + strings.Replace(table, "sha256:9f2c…", "sha256:9f2c"+strings.Repeat("0", 60), 1)
			default:
				t.Errorf("the third edition's table [[%s is not tried", strings.SplitN(table, "\n", 2)[0])
			}
		}
	}
	for _, want := range []string{"budget", "[[meeting]]", "[[owner]]", "measured = false", `goal = ["M3", "M4"]`, "[[measure]]"} {
		if !strings.Contains(out.planKeys+out.tables, want) {
			t.Fatalf("the third edition's %s is not there:\n%s%s", want, out.planKeys, out.tables)
		}
	}
	for _, want := range []string{"assessed = ", "vurdering = ", "spent = ", "approved = "} {
		if !strings.Contains(out.entries, want) {
			t.Fatalf("the third edition's %s entry is not there:\n%s", want, out.entries)
		}
	}
	out.tables += "\n[[goal]]\nid = \"M4\"\nkind = \"minister\"\ntitle = \"Added: the goal the contract's S4 serves besides M3\"\n"
	return out
}

// thirdEdition names the contract's third edition, whose keys land with
// the issues on verdicts, the committee's cycle and the plans' shape.
const thirdEdition = "### The committee's cycle, budgets, and verdicts people give (format 1, third edition)"

// withoutThirdEdition leaves out the third edition's section, by its name,
// for finding the older blocks (its own blocks have [plan] and [[entry]]
// too): thirdEditionKeys tries every one of its blocks.
func withoutThirdEdition(md string) string {
	before, after, found := strings.Cut(md, thirdEdition)
	if !found {
		return md
	}
	_, rest, _ := strings.Cut(after, "\n## ")
	return before + "\n## " + rest
}

var snippet = regexp.MustCompile("`([^`]+)`")

// targetRows turns each row of the table "Targets as plans write them" into
// the lines of a measure: the row's keys, a baseline for the changes, and
// `better` where the row leaves it to the reader. Its dates lie in 2022, so
// the plan they are tried in starts in 2021. The direction row gives
// one measure per direction it names.
func targetRows(md string) []string {
	_, section, _ := strings.Cut(md, "### Targets as plans write them")
	section, _, _ = strings.Cut(section, "\n- ")
	var rows []string
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 4 || !strings.Contains(cells[2], "=") {
			continue
		}
		var keys, alternatives []string
		for _, m := range snippet.FindAllStringSubmatch(cells[2], -1) {
			if strings.Contains(m[1], "=") {
				keys = append(keys, strings.ReplaceAll(m[1], "…", "2026-12-31"))
			} else if strings.HasPrefix(m[1], `"`) {
				alternatives = append(alternatives, m[1])
			}
		}
		body := strings.Join(keys, "\n")
		unit := `"%"`
		if strings.Contains(body, "reference") {
			unit = `"pp"`
		}
		measure := fmt.Sprintf("title = %q\nunit = %s\nbaseline = { value = 1200.0, date = 2020-12-31 }\n%s\n", strings.TrimSpace(cells[1]), unit, body)
		if !strings.Contains(body, "better") && !strings.Contains(body, "change") && !strings.Contains(body, "direction") {
			measure += "better = \"lower\"\n"
			if strings.Contains(body, "reference") {
				measure = strings.Replace(measure, `better = "lower"`, `better = "higher"`, 1)
			}
		}
		rows = append(rows, measure)
		for _, alt := range alternatives {
			rows = append(rows, strings.Replace(measure, `"down"`, alt, 1))
		}
	}
	return rows
}

// loadAllWith is loadAll with a status file.
func loadAllWith(t *testing.T, plan, status string) (*Loaded, []string, []string) {
	t.Helper()
	l, err := Load(writePlan(t, plan, status))
	var problems, warnings []string
	if ps, ok := err.(Problems); ok {
		for _, p := range ps {
			problems = append(problems, p.Error())
		}
	} else if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if l != nil {
		for _, w := range l.Warnings {
			warnings = append(warnings, w.Error())
		}
	}
	return l, problems, warnings
}
