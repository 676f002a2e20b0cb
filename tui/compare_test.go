package tui

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// table is a monthly indicator of months months from first, for every
// municipality: each area its own level (spread over 12 points by its
// place in the list) and a trend of rise a month; Eksempel starts at own.
// With national, the table has a row "Hele landet" of its own, first.
func table(id string, first model.Period, months int, base, own, rise float64, national bool) *model.Indicator {
	names := testplan.ExampleAreas()
	periods := make([]model.Period, months)
	for k := range periods {
		periods[k] = first.Add(k)
	}
	var values []float64
	for i, a := range names {
		level := base + float64(i*37%29)*12/28
		if a == "Eksempel" {
			level = own
		}
		for k := range periods {
			values = append(values, level+rise*float64(k))
		}
	}
	if national {
		names = append([]string{"Hele landet"}, names...)
		row := make([]float64, len(periods))
		for k := range row {
			row[k] = base + 5.9 + rise*float64(k)
		}
		values = append(row, values...)
	}
	return model.NewIndicator(id, id, "%", "sammenligning/"+id+".csv", names, periods, values)
}

// withTables is the example plan without its own tables (and so without
// R17, see testplan.WithoutComparison), given tables worked out by hand
// instead: R6 (higher is better) against MM3 with its national row, R15
// (lower is better) against MM1 without one, R14 against a table that has
// no row for the example, R4 against a table that is not there; compared
// with the example's group. The reference of R6's latest figure came from
// the table.
func withTables(t testing.TB) *data.Loaded {
	l := example(t)
	p := testplan.WithoutComparison(l.Plan)
	p.Groups = []*model.Group{{Name: "Sammenlignelige kommuner",
		Areas: []string{"Horsens", "Kolding", "Vejle", "Randers", "Holbæk", "Næstved", "Slagelse", "Svendborg"}}}
	jan24 := model.MustPeriod("2024-01")
	noExample := table("LU2", jan24, 36, 55, 60, 0.1, false)
	p.Indicators = map[string]*model.Indicator{
		"MM3": table("MM3", jan24, 36, 37, 45, 0.06, true),
		"MM1": table("MM1", jan24, 36, 17, 20, -0.05, false),
		"LU2": model.NewIndicator("LU2", "LU2", "%", "sammenligning/LU2.csv",
			slices.DeleteFunc(slices.Clone(noExample.Areas), func(a string) bool { return a == "Eksempel" }),
			noExample.Periods, make([]float64, 97*len(noExample.Periods))),
	}
	for id, ind := range map[string]string{"R6": "MM3", "R15": "MM1", "R14": "LU2", "R4": "MM2"} {
		p.Measure(id).Compare = ind
	}
	for i := range p.Entries {
		if e := &p.Entries[i]; e.Measure == "R6" && e.Period == model.MustPeriod("2026-Q3") {
			e.RefFromTable = true
		}
	}
	return l
}

// comparedAt is the example with its tables at a window size.
func comparedAt(t testing.TB, o Options, w, h int) tea.Model {
	var m tea.Model = New(withTables(t), o)
	m, _ = m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

var toR6, toR15 = []string{"j", "j", "enter", "j", "j", "enter"}, []string{"j", "enter", "j", "j", "j", "j", "enter"}

// toR14 opens R14, whose table lacks the example's area: it has no
// standing, though it has its own entry for the quarter.
var toR14 = []string{"j", "j", "j", "j", "j", "enter", "j", "enter"}

// The comparison's screens at 80x24 and wide: the overview with each
// goal's ranks, a goal's measures with theirs, and a measure's rank line,
// figures and chart (at 80x24 the chart is below the fold: G shows it).
func TestCompareScreens(t *testing.T) {
	english := options()
	english.Lang, english.ASCII = lang.En, true
	flows := []struct {
		name string
		o    Options
		keys []string
	}{
		{"overview", options(), nil},
		{"goal", options(), []string{"j", "enter"}},
		{"measure", options(), toR6},
		{"measure-end", options(), append(slices.Clone(toR6), "G")},
		{"lower-ascii-en", english, toR15},
		{"no-table-for-area", options(), toR14},
	}
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 48}} {
		for _, f := range flows {
			t.Run(f.name+"_"+itoa(size.w)+"x"+itoa(size.h), func(t *testing.T) {
				s := seen(press(comparedAt(t, f.o, size.w, size.h), f.keys...))
				fits(t, s, size.w, size.h)
				golden.RequireEqual(t, s)
			})
		}
	}
}

// TestMeasureShowsItsRankAndTheGroupsFigures: R6 (higher is better, a
// quarterly measure against a monthly table) ranks among all 98
// municipalities and among the 8 of its group and itself in its own
// latest quarter up to the as-of quarter, by its own entry for 2026-Q3,
// beside its group's mean and best and the table's own national row.
//
// By hand: a quarter of MM3 is the mean of its months, level + 0,06·31
// (July 2026 is month 30 from January 2024) = level + 1,86. An area's level
// is 37 + r·12/28, r = 8·i mod 29 over the 98 areas. Ahead of the entry's
// 47,1 %: level > 45,24, r ≥ 20: 9 residues in each of three whole rounds
// of 29 and 3 in the last 11 (24, 27, 22), 30 in all: nr. 31 af 98. In the
// group, Holbæk, Kolding, Vejle and Horsens (offsets 10,29, 11,14, 11,57,
// 10,71) are ahead: nr. 5 af 9. The group's 8 offsets sum to 60, so its
// mean is 37 + 1,86 + 60/8 = 46,36 and its best Vejle's 48,57 + 1,86 =
// 50,43; the national row is 42,9 + 1,86 = 44,76. The chart's quarters run
// from the table's first (2024-Q1) to the as-of quarter.
func TestMeasureShowsItsRankAndTheGroupsFigures(t *testing.T) {
	s := flat(seen(press(comparedAt(t, options(), 160, 48), toR6...)))
	for _, want := range []string{
		"Placering nr. 31 af 98 · nr. 5 af 9 i Sammenlignelige kommuner (3. kvartal 2026, tabellen MM3)",
		"Sammenlignet Eksempel Kommune: 47,1 %",
		"Sammenlignelige kommuner (de 8 andre): gennemsnit 46,36 %, bedst 50,43 %",
		"Hele landet: 44,76 % (tabellens egen række)",
		"47,1 % Eksempel Kommune",
		"46,36 % gennemsnit, Sammenlignelige kommuner",
		"2024-Q1 – 2026-Q3",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("R6 lacks %q:\n%s", want, s)
		}
	}
}

// TestLowerIsBetterRanksTheLowestFirst: R15 is better lower. In MM1's
// 2026-Q3 (level − 0,05·31 = level − 1,55, level 17 + r·12/28) 23
// municipalities are below Eksempel's own entry of 18,4 % (level under
// 19,95: r ≤ 6, 7 residues in each of three rounds and 0, 6 in the last,
// Eksempel's own r = 3 left out), so it is no. 24; in its group only
// Næstved (17 + 2,57 − 1,55 = 18,02, the best) is lower: no. 2. The table
// has no national row, so the country's figure is the mean, said so.
func TestLowerIsBetterRanksTheLowestFirst(t *testing.T) {
	s := flat(seen(press(comparedAt(t, options(), 160, 48), toR15...)))
	for _, want := range []string{"nr. 24 af 98 · nr. 2 af 9 i Sammenlignelige kommuner", "bedst 18,02 %", "gennemsnit af 98 kommuner; tabellen har ingen række for hele landet"} {
		if !strings.Contains(s, want) {
			t.Errorf("R15 lacks %q:\n%s", want, s)
		}
	}
}

// TestRankFollowsTheAsOfPeriod: a quarter back, the rank is the measure's
// 2026-Q2, never a period after the as-of period.
func TestRankFollowsTheAsOfPeriod(t *testing.T) {
	s := flat(seen(press(comparedAt(t, options(), 160, 48), append([]string{"["}, toR6...)...)))
	s = strings.Replace(s, "Næste møde 12. november (3. kvartal 2026), frist 5. november", "", 1) // what comes next, whatever is shown
	if !strings.Contains(s, "(2. kvartal 2026, tabellen MM3)") || strings.Contains(s, "3. kvartal 2026") || strings.Contains(s, "2026-Q3") ||
		!strings.Contains(s, "2024-Q1 – 2026-Q2") {
		t.Errorf("as of 2026-Q2 the rank and the chart end in 2026-Q2:\n%s", s)
	}
}

// TestWithoutFiguresTheScreenSaysWhy: a table that lacks the area (R14's
// own entry for 2026-Q3 is not ranked among it), or one that was not read,
// is said in words where the rank would be.
func TestWithoutFiguresTheScreenSaysWhy(t *testing.T) {
	for keys, want := range map[string]string{
		"R14": "Placering ingen tal for Eksempel Kommune i tabellen LU2 til og med 3. kvartal 2026",
		"R4":  "Placering tabellen MM2 er ikke læst: se efter den i sammenligningsmappen",
	} {
		path := map[string][]string{"R14": toR14, "R4": {"j", "enter", "j", "enter"}}[keys]
		s := flat(seen(press(comparedAt(t, options(), 160, 48), path...)))
		if !strings.Contains(s, want) || strings.Contains(s, "Mod gruppen") {
			t.Errorf("%s: want %q and no chart:\n%s", keys, want, s)
		}
	}
}

// TestReferenceFromTheTableIsSaid: R6's latest reference came from the
// table: the field and the history say so; the earlier ones were typed.
func TestReferenceFromTheTableIsSaid(t *testing.T) {
	s := seen(press(comparedAt(t, options(), 160, 48), toR6...))
	if !strings.Contains(s, "Landsgennemsnit 43,2 % (fra tabellen MM3) · 3,9 procentpoint") {
		t.Errorf("the reference field must name the table:\n%s", s)
	}
	if !strings.Contains(s, "2026-Q3  47,1 %  43,2 % (tabel)") || !strings.Contains(s, "2026-Q2  46,9 %  43,2 %          bo") {
		t.Errorf("only the table's reference is marked in the history:\n%s", s)
	}
}

// TestMeasureWithoutTableLooksAsBefore: tables for other measures change
// nothing on a measure that names none.
func TestMeasureWithoutTableLooksAsBefore(t *testing.T) {
	r9 := []string{"j", "j", "j", "enter", "j", "j", "enter"}
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 48}} {
		before := seen(press(sized(t, options(), size.w, size.h), r9...))
		after := seen(press(comparedAt(t, options(), size.w, size.h), r9...))
		if before != after {
			t.Errorf("%dx%d: R9 changed:\n%s\n---\n%s", size.w, size.h, before, after)
		}
	}
}

// TestChartLegendReadsWithoutColourOrBlocks: in ASCII, with colour
// stripped, each of the chart's two lines says whose it is and its figure,
// and is drawn with ASCII only.
func TestChartLegendReadsWithoutColourOrBlocks(t *testing.T) {
	o := options()
	o.ASCII = true
	s := seen(press(comparedAt(t, o, 100, 60), toR15...))
	var own, group string
	for _, line := range strings.Split(s, "\n") {
		switch {
		case strings.HasSuffix(strings.TrimSpace(line), "18,4 %   Eksempel Kommune"):
			own = line
		case strings.HasSuffix(strings.TrimSpace(line), "22,95 %  gennemsnit, Sammenlignelige kommuner"):
			group = line
		}
	}
	if !strings.HasPrefix(own, "Mod gruppen   ") || !strings.HasPrefix(group, "              ") {
		t.Fatalf("the chart's lines must be named:\n%s", s)
	}
	for _, line := range []string{own, group} {
		for _, r := range line {
			if r > 127 {
				t.Errorf("ASCII chart draws %q: %q", r, line)
			}
		}
	}
	if !strings.Contains(s, "nr. 24 af 98 | nr. 2 af 9") {
		t.Errorf("ASCII parts the ranks with |:\n%s", s)
	}
}

// TestClickOnAGoalsThirdLineSelectsIt: with ranks each goal is three lines
// (at 80x28 the example's seven goals have room for them); a click on M3's
// third line (under the header, the note, the plan's money and M1, M2)
// selects M3, a second opens it.
func TestClickOnAGoalsThirdLineSelectsIt(t *testing.T) {
	m := click(comparedAt(t, options(), 80, 28), 10, 2+2+1+3*2+2)
	if s := seen(m); !strings.Contains(s, "▌ M3") {
		t.Fatalf("the click must select M3:\n%s", s)
	}
	if s := seen(click(m, 10, 2+2+1+3*2)); !strings.Contains(s, "Overblik › M3") {
		t.Errorf("a second click opens M3:\n%s", s)
	}
}

// TestOverviewKeepsEveryGoalOnOnePage: where three lines a goal would
// push a goal to a second page, the ranks are left to the goal's screen.
func TestOverviewKeepsEveryGoalOnOnePage(t *testing.T) {
	s := seen(comparedAt(t, options(), 80, 20))
	if !strings.Contains(s, "L1  Færre unge") || strings.Contains(s, "placering:") || strings.Contains(s, "1/2") {
		t.Errorf("at 80x20 every goal fits on one page without ranks:\n%s", s)
	}
}

// TestComparedMeasureEndToEnd: a real program loop reaches R6's rank.
func TestComparedMeasureEndToEnd(t *testing.T) {
	tm := teatest.NewTestModel(t, New(withTables(t), options()), teatest.WithInitialTermSize(80, 28)) // room for the overview's ranks
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("placering: R6"))
	}, teatest.WithDuration(3*time.Second))
	for _, k := range toR6 {
		for _, msg := range keyMsgs(k) {
			tm.Send(msg)
		}
	}
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("nr. 31 af 98"))
	}, teatest.WithDuration(3*time.Second))
	tm.Type("q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
}

// flat is the screen's words with every run of spaces one space, so a
// test reads across the columns and wrapped lines.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestRowSaysThePeriodOfARankNotItsFigures: in the example, R16's latest
// entry is for 2024 (its yearly figure comes a year late) while its table
// LU1 already has 2025, so the row's rank is the table's for 2025 and says
// so; R14's rank is its own entry's for 2026-Q3, beside it, and says no
// period.
func TestRowSaysThePeriodOfARankNotItsFigures(t *testing.T) {
	s := flat(seen(press(sized(t, options(), 160, 48), "j", "j", "j", "j", "j", "enter")))
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`7,1 % \(2024\) · nr\. \d+ af \d+ i 2025`),
		regexp.MustCompile(`61 % \(3\. kvartal 2026\) · nr\. \d+ af \d+ · forventet`),
	} {
		if !want.MatchString(s) {
			t.Errorf("L1's rows lack %s:\n%s", want, s)
		}
	}
}

// TestRankTargetRowSaysItsRankOnce: R17's target is a rank among all, so
// its row's figure says its place with the number ranked, and the row does
// not say the same rank again beside it.
func TestRankTargetRowSaysItsRankOnce(t *testing.T) {
	s := flat(seen(press(sized(t, options(), 160, 48), "j", "j", "enter")))
	if !strings.Contains(s, "47,1 %, nr. 20 af 97 (3. kvartal 2026) · f") {
		t.Errorf("R17's row does not say its place once:\n%s", s)
	}
	if strings.Count(s, "nr. 20 af 97") != 2 { // R6's row and R17's
		t.Errorf("a rank said twice:\n%s", s)
	}
}

// TestOverviewSaysThePeriodOfARankBehindTheAsOfPeriod: the overview's
// ranks are of the as-of period, but R16's is the table's for 2025 (its
// yearly figures lag), and says so, as its row on L1's screen does (at
// 80x28, where the overview has room for the ranks).
func TestOverviewSaysThePeriodOfARankBehindTheAsOfPeriod(t *testing.T) {
	s := flat(seen(sized(t, options(), 80, 28)))
	if !regexp.MustCompile(`placering: R14 nr\. \d+ af \d+ · R16 nr\. \d+ af \d+ i 2025`).MatchString(s) {
		t.Errorf("L1's ranks:\n%s", s)
	}
}

// TestOwnFigureFromTheTableSaysSo: R16's latest entry is for 2024 and its
// rank is the table's for 2025, so the figure beside its group's is the
// table's, not the "Seneste" above it, and says so; R6's is its own entry.
func TestOwnFigureFromTheTableSaysSo(t *testing.T) {
	r16 := flat(seen(press(sized(t, options(), 160, 48), "G", "k", "enter", "G", "enter")))
	if !regexp.MustCompile(`Seneste 7,1 % \(2024\).*Sammenlignet Eksempel Kommune: [\d,]+ % fra tabellen LU1`).MatchString(r16) {
		t.Errorf("R16's own figure from the table:\n%s", r16)
	}
	r6 := flat(seen(press(sized(t, options(), 160, 48), toR6...)))
	if !strings.Contains(r6, "Sammenlignet Eksempel Kommune: 47,1 % Sammenlignelige") {
		t.Errorf("R6's own figure is its entry's:\n%s", r6)
	}
}

// TestTableFiguresTakeTheTablesUnit: a measure written without a unit
// shows its table's figures in the table's unit, as the papers do.
func TestTableFiguresTakeTheTablesUnit(t *testing.T) {
	l := withTables(t)
	l.Plan.Measure("R6").Unit = ""
	var m tea.Model = New(l, options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	r6 := flat(seen(press(m, toR6...)))
	if !regexp.MustCompile(`Sammenlignet Eksempel Kommune: 47,1 % Sammenlignelige kommuner.*gennemsnit [\d,]+ %`).MatchString(r6) {
		t.Errorf("R6's table figures without the table's unit:\n%s", r6)
	}
}
