package report

import (
	"bytes"
	"encoding/csv"
	"math"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// comparedSnapshot is the compared example as of 2026-Q3.
func comparedSnapshot(t *testing.T) *model.Snapshot {
	return model.Compute(comparedExample(t), model.View{AsOf: model.MustPeriod("2026-Q3")})
}

// plainSnapshot is the example without tables as of 2026-Q3.
func plainSnapshot(t *testing.T) *model.Snapshot {
	return model.Compute(withoutTables(t), model.View{AsOf: model.MustPeriod("2026-Q3")})
}

// The standing lines of the compared example's R6 (MM3, a national row)
// and R15 (MM1, lower is better, no national row) as of 2026-Q3. Both are
// quarterly against monthly tables, so they stand in 2026-Q3 by their own
// entries for it (47,1 % and 18,4 %), among the quarter's means of the
// table's months.
//
// By hand: an area's month is base + m/8 + 0,02·k rounded to a tenth, m =
// 37·i mod 97, k = 66, 67, 68 in 2026-Q3, so its quarter is about base +
// m/8 + 1,34. R6 (base 37): ahead of 47,1 are m ≥ 71 (m = 70 is level,
// 47,1 each month, and shares the better rank): 26, so nr. 27; in the
// group (m = 20, 11, 62, 58, 86, 77, 45, 36) Svendborg and Vejle: nr. 3.
// The group's m sum to 395: mean 37 + 395/64 + 1,34 = 44,51; best
// Svendborg 47,75 + 1,34 = 49,1; the national row is 43 + 1,34 rounded
// month by month: 44,3, 44,3, 44,4, mean 44,33. R15 (base 14, lower is
// better): ahead of 18,4 are m ≤ 24 and the 98th area (i = 97, m = 0
// again): 26, so nr. 27; in the group Næstved (best, 14 + 1,375 +
// 1,34 = 16,7) and Holbæk: nr. 3; the group's mean 14 + 395/64 + 1,34 =
// 21,51; the country's mean of 97 areas (about 21,25) and the entry's
// 18,4 is 21,22.
const (
	r6Rank     = "Sammenligning (MM3, 3. kvartal 2026): 47,1 % · nr. 27 af 98 · nr. 3 af 9 i Sammenlignelige kommuner"
	r6Figures  = "Sammenlignelige kommuner (de 8 andre): gennemsnit 44,51 %, bedst 49,1 % · Hele landet: 44,33 % (tabellens egen række)"
	r15Rank    = "Sammenligning (MM1, 3. kvartal 2026): 18,4 % · nr. 27 af 98 · nr. 3 af 9 i Sammenlignelige kommuner"
	r15Figures = "Hele landet: 21,22 % (gennemsnit af 98 kommuner; tabellen har ingen række for hele landet)"
)

func TestStatusShowsWhereAMeasureWithATableStands(t *testing.T) {
	var b bytes.Buffer
	if err := Status(&b, comparedSnapshot(t), options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"         " + r6Rank + "\n", "         " + r6Figures + "\n", r15Rank, r15Figures} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	// The standing comes after the measure's figure, before why it is on its track.
	_, r6, _ := strings.Cut(out, "    R6 ")
	if i, j := strings.Index(r6, r6Rank), strings.Index(r6, "Begrundelse:"); i < 0 || j < i {
		t.Errorf("R6's standing is not before its reason:\n%s", r6)
	}
}

func TestStatusOfMeasuresWithoutATableIsUnchanged(t *testing.T) {
	plain, compared := plainSnapshot(t), comparedSnapshot(t)
	var before, after bytes.Buffer
	if err := Status(&before, plain, options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	if err := Status(&after, compared, options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, line := range strings.SplitAfter(after.String(), "\n") {
		switch strings.TrimSpace(line) {
		case r6Rank, r6Figures, r15Rank, "Sammenlignelige kommuner (de 8 andre): gennemsnit 21,51 %, bedst 16,7 % · " + r15Figures:
			continue
		}
		kept = append(kept, line)
	}
	if got := strings.Join(kept, ""); got != before.String() {
		t.Errorf("without its standing lines, status differs from the plan without tables:\n%s", got)
	}
}

// TestNationalMeanCountsTheMunicipalitiesWithAFigure: a municipality
// without a figure for one month of 2026-Q3 has none for the quarter, so it
// is neither ranked nor in the country's mean, and the mean says 97. It is
// the second area (m = 37, about 19,97 in the quarter, behind R15's 18,4
// and not in the group), so R15 stays nr. 27.
func TestNationalMeanCountsTheMunicipalitiesWithAFigure(t *testing.T) {
	p := comparedExample(t)
	mm1, gap := p.Indicators["MM1"], model.MustPeriod("2026-08")
	values := make([]float64, 0, len(mm1.Areas)*len(mm1.Periods))
	for a := range mm1.Areas {
		for _, per := range mm1.Periods {
			v, ok := mm1.Value(a, per)
			if !ok || a == 1 && per == gap {
				v = math.NaN()
			}
			values = append(values, v)
		}
	}
	p.Indicators["MM1"] = model.NewIndicator(mm1.ID, mm1.Title, mm1.Unit, mm1.File, mm1.Areas, mm1.Periods, values)
	var b bytes.Buffer
	if err := Status(&b, model.Compute(p, model.View{AsOf: model.MustPeriod("2026-Q3")}), options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"18,4 % · nr. 27 af 97 · nr. 3 af 9", "(gennemsnit af 97 kommuner; tabellen har ingen række for hele landet)"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("status lacks %q:\n%s", want, b.String())
		}
	}
}

func TestStatusStandingInASCII(t *testing.T) {
	var b bytes.Buffer
	o := options(lang.En)
	o.ASCII = true
	if err := Status(&b, comparedSnapshot(t), o); err != nil {
		t.Fatal(err)
	}
	want := "Comparison (MM3, Q3 2026): 47.1% | no. 27 of 98 | no. 3 of 9 in Sammenlignelige kommuner"
	if !strings.Contains(b.String(), want) {
		t.Errorf("status lacks %q:\n%s", want, b.String())
	}
}

func TestStatusSaysWhenTheTableHasNoFigureOfTheArea(t *testing.T) {
	s := comparedSnapshot(t)
	s.Plan.Measure("R6").Area = "Atlantis"
	var b bytes.Buffer
	if err := Status(&b, s, options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	if want := "Sammenligning (MM3): intet tal for Atlantis til og med 3. kvartal 2026"; !strings.Contains(b.String(), want) {
		t.Errorf("status lacks %q:\n%s", want, b.String())
	}
}

func TestReportCSVHasComparisonColumns(t *testing.T) {
	var b bytes.Buffer
	o := options(lang.Da)
	o.Changes = SinceLastMeeting(comparedSnapshot(t))
	if err := CSV(&b, comparedSnapshot(t), o); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(b.String(), "\ufeff")))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	head := rows[0]
	at := map[string]int{}
	for i, h := range head {
		at[h] = i
	}
	// The figures of r6Rank and r6Figures unrounded: the group's mean of
	// quarters of rounded months, the national row's (44,3 + 44,3 + 44,4)/3.
	want := map[string]string{"Indikator": "MM3", "Sammenligningsperiode": "2026-Q3", "Tal i sammenligningen": "47,1", "Placering": "27", "Af": "98",
		"Gruppe": "Sammenlignelige kommuner", "Placering i gruppen": "3", "Af i gruppen": "9", "Gruppens gennemsnit": "44,5125",
		"Gruppens bedste": "49,1", "Hele landet": "44,3333"}
	for _, row := range rows[1:] {
		switch row[1] {
		case "R6":
			for col, v := range want {
				if i, ok := at[col]; !ok || row[i] != v {
					t.Errorf("R6's %s is %q, want %q (head %v)", col, row[min(i, len(row)-1)], v, head)
				}
			}
		case "R1":
			for col := range want {
				if row[at[col]] != "" {
					t.Errorf("R1 has no table, yet its %s is %q", col, row[at[col]])
				}
			}
		}
	}
	if last := head[len(head)-1]; !strings.HasPrefix(last, "Ændret") && !strings.Contains(last, "siden") {
		t.Errorf("the changes stay the last column: %q", last)
	}
}

func TestReportCSVOfAPlanWithoutTablesHasNoComparisonColumns(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, plainSnapshot(t), options(lang.En)); err != nil {
		t.Fatal(err)
	}
	head, _, _ := strings.Cut(b.String(), "\n")
	if strings.Contains(head, "Rank") || strings.Contains(head, "Indicator") {
		t.Errorf("a plan without tables got comparison columns: %s", head)
	}
}

func TestReportWorkbookHasComparisonColumns(t *testing.T) {
	var b bytes.Buffer
	if err := XLSX(&b, comparedSnapshot(t), options(lang.En)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Status")
	at := map[string]int{}
	for i, h := range rows[0] {
		at[h] = i + 1
	}
	row := findRow(t, f, "Status", "B", "R15")
	// As r15Rank: R15's own entry for 2026-Q3 ranks.
	for col, want := range map[string]string{"Indicator": "MM1", "Rank": "27", "Of": "98", "Rank in group": "3", "Of in group": "9",
		"Group": "Sammenlignelige kommuner", "Group best": "16.7 %", "Figure compared": "18.4 %"} {
		i, ok := at[col]
		if !ok {
			t.Fatalf("no column %q in %v", col, rows[0])
		}
		cell, _ := excelize.CoordinatesToCellName(i, row)
		if got, _ := f.GetCellValue("Status", cell); got != want {
			t.Errorf("R15's %s is %q, want %q", col, got, want)
		}
	}
	rank, _ := excelize.CoordinatesToCellName(at["Rank"], row)
	if typ, _ := f.GetCellType("Status", rank); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("a rank is a number in the workbook, not text")
	}
}

func TestReportPapersShowTheStanding(t *testing.T) {
	s := comparedSnapshot(t)
	for _, tt := range []struct {
		f    Format
		want []string
	}{
		{MD, []string{"- " + r6Rank + "\n", "- " + r6Figures + "\n"}},
		{HTMLFormat, []string{"<strong>Sammenligning (MM3, 3. kvartal 2026):</strong> 47,1 % · nr. 27 af 98 · nr. 3 af 9 i Sammenlignelige kommuner",
			`<polyline class="group"`, "Grafen: Eksempel Kommune (blå, fuld streg) og gennemsnittet i Sammenlignelige kommuner (grå, stiplet), de seneste 8 perioder"}},
	} {
		var b bytes.Buffer
		if err := Write(&b, s, tt.f, options(lang.Da)); err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s lacks %q", tt.f, w)
			}
		}
		if n := strings.Count(b.String(), "Sammenligning ("); n != 2 {
			t.Errorf("%s shows %d standings, want 2 (R6 and R15)", tt.f, n)
		}
	}
}

// TestGroupTextSaysItsFiguresAreTheOthers: a group that does not list the
// municipality has its mean and best of the others, which the
// municipality's own figure may beat (nr. 1 af 9, bedst 87,5 %), so the
// line says so; a group that lists it says the group as it is.
func TestGroupTextSaysItsFiguresAreTheOthers(t *testing.T) {
	g := &model.Group{Name: "Naboer"}
	others := model.Standing{Group: &model.Place{Group: g, Rank: 1, Of: 9, Figures: 8, Mean: 82.06, Best: 87.5, HasFigures: true}}
	if got := GroupText(others, "%", lang.Da); got != "Naboer (de 8 andre): gennemsnit 82,06 %, bedst 87,5 %" {
		t.Errorf("others: %q", got)
	}
	listed := model.Standing{Group: &model.Place{Group: g, Rank: 1, Of: 9, Figures: 9, Mean: 82.8, Best: 88.6, HasFigures: true}}
	if got := GroupText(listed, "%", lang.En); got != "Naboer: mean 82.8%, best 88.6%" {
		t.Errorf("listed: %q", got)
	}
}

// TestNationalTextSaysWhenTheRowLacksThePeriod: a table with a row for the
// whole country that has no figure for the period gives the mean of the
// municipalities, and says the row is there but empty, not that it is missing.
func TestNationalTextSaysWhenTheRowLacksThePeriod(t *testing.T) {
	q1, q2 := model.MustPeriod("2024-Q1"), model.MustPeriod("2024-Q2")
	ind := model.NewIndicator("T", "T", "%", "T.csv", []string{"Hele landet", "Assens", "Billund"}, []model.Period{q1, q2},
		[]float64{10, math.NaN(), 8, 8, 12, 12})
	st := model.Standing{Indicator: ind, Period: q2, All: ind.PlaceIn(&model.Group{Name: model.National, National: true}, 1, 8, true, q2, model.Higher)}
	if got := NationalText(st, "%", lang.Da); !strings.Contains(got, "10 %") || !strings.Contains(got, "tabellens række for hele landet har intet tal for perioden") {
		t.Errorf("got %q", got)
	}
	st.All = ind.PlaceIn(&model.Group{Name: model.National, National: true}, 1, 8, true, q1, model.Higher)
	if got := NationalText(st, "%", lang.Da); got != "Hele landet: 10 % (tabellens egen række)" {
		t.Errorf("got %q", got)
	}
}
