package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// smallCompared is the example with two small tables of three months:
// MM3 (R6, higher is better) with ties and a gap, MM1 (R15, lower is
// better) with a tie; the group names Atlantis, which no table has.
func smallCompared(t *testing.T) *model.Plan {
	t.Helper()
	p := comparedExample(t)
	p.Groups = []*model.Group{{Name: "Naboer", Areas: []string{"Horsens", "Kolding", "Vejle", "Atlantis"}}}
	areas := []string{"Eksempel", "Horsens", "Kolding", "Vejle", "Randers"}
	periods := months(t, "2026-07", "2026-09")
	nan := math.NaN()
	p.Indicators = map[string]*model.Indicator{
		"MM3": model.NewIndicator("MM3", "Flygtninge i job", "%", "sammenligning/MM3.csv", areas, periods, []float64{
			50, 48, 45, // Eksempel
			50, 49, 40, // Horsens: a tie in July
			40, 48, 46, // Kolding: a tie in August
			45, 47, nan, // Vejle: no figure for September
			60, 30, 44, // Randers: not in the group
		}),
		"MM1": model.NewIndicator("MM1", "Langtidsledige", "%", "sammenligning/MM1.csv", areas, periods, []float64{
			11, 12, 10,
			12, 12, 12,
			9, 9, 8,
			10, 10, 10,
			15, 15, 15,
		}),
	}
	return p
}

var september = model.MustPeriod("2026-Q3")

func compareText(t *testing.T, p *model.Plan, id string, l lang.Lang, periods int) string {
	t.Helper()
	table, err := CompareTable(p, id, september, l, false)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := table.Write(&b, TextFormat, periods); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// line is the first line of the table (after the title block) that
// starts with the label, without the label, its spaces folded.
func line(text, label string) string {
	_, table, _ := strings.Cut(text, "\n\n")
	for _, l := range strings.Split(table, "\n") {
		if strings.HasPrefix(l, label) {
			return strings.Join(strings.Fields(strings.TrimPrefix(l, label)), " ")
		}
	}
	return "(no line " + label + ")"
}

func TestCompareRanksHigherIsBetterWithTies(t *testing.T) {
	out := compareText(t, smallCompared(t), "MM3", lang.Da, 0)
	for label, want := range map[string]string{
		"Område":                           "2026-07 2026-08 2026-09",
		"Eksempel Kommune":                 "50 48 45",
		"Horsens":                          "50 49 40",
		"Vejle ":                           "45 47 –",
		"Naboer (gennemsnit)":              "45,0 48,0 43,0", // the group's members, those with a figure
		"Hele landet (gennemsnit af alle)": "49,0 44,4 43,8", // no row of its own: the mean of all municipalities
		"Placering blandt alle":            "2/5 2/5 2/4",    // ties share the better rank; Vejle has no figure in September
		"Placering i gruppen":              "1/4 2/4 2/3",
		"Atlantis (mangler i tabe":         "llen) – – –",
	} {
		if got := line(out, label); got != want {
			t.Errorf("%s: %q, want %q\n%s", label, got, want, out)
		}
	}
	if strings.Contains(out, "Randers") {
		t.Errorf("Randers is not in the group, yet has a row:\n%s", out)
	}
	golden(t, "compare.da.txt", []byte(out))
}

func TestCompareRanksLowerIsBetter(t *testing.T) {
	out := compareText(t, smallCompared(t), "MM1", lang.En, 0)
	for label, want := range map[string]string{
		"Rank among all": "3/5 3/5 2/5", // 11 behind 9 and 10; 12 ties Horsens behind 9 and 10; 10 ties Vejle behind 8
		"Rank in group":  "3/4 3/4 2/4",
	} {
		if got := line(out, label); got != want {
			t.Errorf("%s: %q, want %q\n%s", label, got, want, out)
		}
	}
	golden(t, "compare.en.txt", []byte(out))
}

func TestCompareByMeasureID(t *testing.T) {
	if out := compareText(t, smallCompared(t), "R15", lang.En, 0); !strings.HasPrefix(out, "MM1 Langtidsledige (%, the lower, the better)\n") {
		t.Errorf("R15's table is MM1's:\n%s", out)
	}
}

func TestCompareUnknownIDSaysTheClosest(t *testing.T) {
	p := smallCompared(t)
	for _, tt := range []struct {
		id   string
		l    lang.Lang
		want string
	}{
		{"MM33", lang.Da, "MM33 er ikke en indikator i planen – mente du MM3? Planens indikatorer: MM1, MM3"},
		{"mm1x", lang.En, "mm1x is not an indicator of the plan – did you mean MM1? The plan's indicators: MM1, MM3"},
		{"ledighed", lang.Da, "ledighed er ikke en indikator eller et resultatmål i planen; planens indikatorer: MM1, MM3"},
		{"R1", lang.Da, "resultatmålet R1 sammenlignes ikke med en tabel (skriv compare = \"...\" på det i plan.toml); planens indikatorer: MM1, MM3"},
	} {
		_, err := CompareTable(p, tt.id, september, tt.l, false)
		var bad CompareError
		if !errors.As(err, &bad) || !bad.Usage || bad.Text != tt.want {
			t.Errorf("%s: %v, want the usage error %q", tt.id, err, tt.want)
		}
	}
}

func TestCompareTableNotReadIsAProblemInTheFiles(t *testing.T) {
	p := smallCompared(t)
	delete(p.Indicators, "MM1")
	_, err := CompareTable(p, "MM1", september, lang.Da, false)
	var bad CompareError
	if !errors.As(err, &bad) || bad.Usage || !strings.Contains(bad.Text, "MM1: tabellen er ikke læst") {
		t.Errorf("%v", err)
	}
}

func TestCompareTextFitsEightyColumns(t *testing.T) {
	p := comparedExample(t)
	out := compareText(t, p, "MM3", lang.Da, 0)
	_, table, _ := strings.Cut(out, "\n\n")
	for _, l := range strings.Split(table, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("a line of %d columns: %q", w, l)
		}
	}
	if !strings.Contains(out, "tidligere perioder er ikke vist (--periods 69 viser alle)") || !strings.Contains(line(out, "Område"), "2026-09") {
		t.Errorf("the latest periods, and how many are left out:\n%s", out)
	}
	all := compareText(t, p, "MM3", lang.Da, 69)
	if got := len(strings.Fields(line(all, "Område"))); got != 69 || strings.Contains(all, "ikke vist") {
		t.Errorf("--periods 69 shows all 69 periods, not %d", got)
	}
	if one := compareText(t, p, "MM3", lang.Da, 68); !strings.Contains(one, "1 tidligere periode er ikke vist (--periods 69 viser alle)") {
		t.Errorf("one period left out is said in the singular:\n%s", one)
	}
}

func TestCompareListsTheIndicators(t *testing.T) {
	p := smallCompared(t)
	delete(p.Indicators, "MM1")
	table, err := Indicators(p, lang.Da, false)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := table.Write(&b, TextFormat, 0); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for label, want := range map[string]string{
		"Id ":  "Titel Enhed Perioder Resultatmål Fil",
		"MM3 ": "Flygtninge i job % 2026-07–2026-09 R6 sammenligning/MM3.csv",
		"MM1 ": "MM1: tabellen er ikke læst fra sammenligningsmappen (kør beskplan check) R15",
	} {
		if got := line(out, label); got != want {
			t.Errorf("%s: %q, want %q\n%s", label, got, want, out)
		}
	}
	p.Measure("R6").Compare, p.Measure("R15").Compare = "", ""
	if _, err := Indicators(p, lang.En, false); err == nil || !strings.Contains(err.Error(), "none of the plan's measures names a table") {
		t.Errorf("a plan naming no table: %v", err)
	}
}

// TestCompareListGivesATableWithoutTitleItsMeasures: the example's LU1
// and MM2 tables have no header file and no title line; the list names
// them by the measure that compares with them, as their tables do.
func TestCompareListGivesATableWithoutTitleItsMeasures(t *testing.T) {
	table, err := Indicators(snapshots(t)["example"].Plan, lang.Da, false)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := table.Write(&b, TextFormat, 0); err != nil {
		t.Fatal(err)
	}
	for label, want := range map[string]string{
		"LU1 ": "Andel 16-24-årige på offentlig forsørgelse (fald i andelen) % 2021-01–2026-12 R16 sammenligning/LU1.csv",
		"MM2 ": "Andel ledige i opkvalificering, over landsgennemsnittet % 2021-01–2026-12 R4 sammenligning/MM2.csv",
		"MM3 ": "Andel flygtninge og familiesammenførte i beskæftigelse % 2021-01–2026-12 R6, R17 sammenligning/MM3.csv",
	} {
		if got := line(b.String(), label); got != want {
			t.Errorf("%s: %q, want %q\n%s", label, got, want, b.String())
		}
	}
}

func TestCompareInEveryFormat(t *testing.T) {
	table, err := CompareTable(smallCompared(t), "MM3", september, lang.Da, false)
	if err != nil {
		t.Fatal(err)
	}
	write := func(f Format) string {
		var b bytes.Buffer
		if err := table.Write(&b, f, 0); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if out := write(MD); !strings.Contains(out, "| Placering i gruppen | 1/4 | 2/4 | 2/3 |") || !strings.Contains(out, "| --- | ---: | ---: | ---: |") {
		t.Errorf("markdown:\n%s", out)
	}
	if out := write(HTMLFormat); !strings.Contains(out, `<tr class="missing"><th scope="row">Atlantis (mangler i tabellen)</th>`) || !strings.Contains(out, "@page") {
		t.Errorf("html:\n%s", out)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(write(CSVFormat), "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, row := range rows {
		got[row[0]] = strings.Join(row[1:], ";")
	}
	for label, want := range map[string]string{
		"Område": "2026-07;2026-08;2026-09", "Vejle": "45;47;", "Placering blandt alle": "2;2;2", "Placering blandt alle (af)": "5;5;4",
		"Hele landet (gennemsnit af alle)": "49;44,4;43,75",
	} {
		if got[label] != want {
			t.Errorf("csv %s: %q, want %q", label, got[label], want)
		}
	}
	f, err := excelize.OpenReader(strings.NewReader(write(XLSXFormat)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheet := f.GetSheetName(0)
	row := findRow(t, f, sheet, "A", "Placering i gruppen (af)")
	if v, _ := f.GetCellValue(sheet, "D"+strconv.Itoa(row)); v != "3" {
		t.Errorf("xlsx: the group's count in September is %q, want 3", v)
	}
	if typ, _ := f.GetCellType(sheet, "B2"); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("xlsx: a figure is a number")
	}
}

func TestCompareInASCII(t *testing.T) {
	p := smallCompared(t)
	for _, id := range []string{"", "MM3"} {
		table, err := CompareOf(p, id, september, lang.Da, true)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := table.Write(&b, TextFormat, 0); err != nil {
			t.Fatal(err)
		}
		if strings.ContainsAny(b.String(), "–·") || !strings.Contains(b.String(), " - ") {
			t.Errorf("compare %s with --ascii draws with ASCII only:\n%s", id, b.String())
		}
	}
}

// TestCompareByMeasureIDIsInItsPeriods: R15 is quarterly and MM1 is by
// month; `compare R15` shows the table by quarter, so its rank for
// 2026-Q3 is the one the view and `status` give (its own entry against the
// others' means of July to September), while `compare MM1` shows the
// table's own months.
func TestCompareByMeasureIDIsInItsPeriods(t *testing.T) {
	p := smallCompared(t)
	st, ok := p.LatestStanding(p.Measure("R15"), september)
	if !ok || st.Period != september {
		t.Fatalf("R15's latest standing %+v %v", st, ok)
	}
	out := compareText(t, p, "R15", lang.En, 0)
	if got := line(out, "Area"); got != "2026-Q3" {
		t.Errorf("R15's periods are its quarters, not %q:\n%s", got, out)
	}
	if got, want := line(out, "Rank among all"), fmt.Sprintf("%d/%d", st.All.Rank, st.All.Of); got != want {
		t.Errorf("rank %q, the view's %q:\n%s", got, want, out)
	}
	if !strings.Contains(out, "* the status file's figure of R15 for the period") {
		t.Errorf("the note on whose figures are marked is missing:\n%s", out)
	}
	if !strings.Contains(out, "The periods are R15's own") {
		t.Errorf("the note on the periods is missing:\n%s", out)
	}
	if got := line(compareText(t, p, "MM1", lang.En, 0), "Area"); got != "2026-07 2026-08 2026-09" {
		t.Errorf("MM1's own periods: %q", got)
	}
}

// TestCompareByMeasureIDOfAOneMonthTableIsInItsQuarter: a monthly table of
// one month spans one quarter, as many periods as it has; R15's table is
// still shown in its quarters, as its screen ranks it.
func TestCompareByMeasureIDOfAOneMonthTableIsInItsQuarter(t *testing.T) {
	p := smallCompared(t)
	p.Indicators["MM1"] = model.NewIndicator("MM1", "Langtidsledige", "%", "sammenligning/MM1.csv",
		[]string{"Eksempel", "Horsens", "Kolding", "Vejle", "Randers"}, months(t, "2026-09", "2026-09"), []float64{10, 12, 8, 10, 15})
	if got := line(compareText(t, p, "R15", lang.En, 0), "Area"); got != "2026-Q3" {
		t.Errorf("R15's periods are its quarters, not %q", got)
	}
}
