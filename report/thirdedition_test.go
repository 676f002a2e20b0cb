package report

import (
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// wordsPlan is a plan of 2020-2026 with one measure and its entries, seen
// as of the period given.
func wordsPlan(m *model.Measure, asOf string, entries ...model.Entry) *model.MeasureStatus {
	m.ID, m.GoalID, m.Title = "R1", "M1", "Mål"
	p := &model.Plan{Municipality: "Fredericia Kommune", Start: model.Date{Year: 2020, Month: 1, Day: 1}, End: model.Date{Year: 2026, Month: 12, Day: 31},
		Cadence: model.Quarterly, Goals: []*model.Goal{{ID: "M1", Kind: model.Minister, Title: "Mål"}}, Measures: []*model.Measure{m}}
	p.Index()
	p.AddEntries(entries...)
	return model.Compute(p, model.View{AsOf: model.MustPeriod(asOf)}).Measure(m)
}

func fig(period string, v float64) model.Entry {
	return model.Entry{Measure: "R1", Period: model.MustPeriod(period), Value: v, HasValue: true}
}

func date(y, m, d int) model.Date { return model.NewDate(y, time.Month(m), d) }

// Every view says the third edition's verdicts with the same words: these
// are the words (VerdictOf and Explain, which every view shows).
func TestThirdEditionVerdictWords(t *testing.T) {
	tests := []struct {
		name    string
		ms      *model.MeasureStatus
		track   string
		remarks []string // each in Remarks
		why     []string // each in Explain
	}{
		{"a verdict people gave, beside its note",
			wordsPlan(&model.Measure{Unit: "%", Better: model.Higher, Target: &model.Target{Value: 90, Date: date(2021, 12, 31), HasDate: true}}, "2021-Q4",
				model.Entry{Measure: "R1", Period: model.MustPeriod("2020"), Assessed: model.AssessedMet, Note: "Målet er opfyldt (opfølgning 16. marts 2021)"}),
			"vurderet: opfyldt", []string{"Målet er opfyldt (opfølgning 16. marts 2021)"}, []string{"vurdering, som mennesker har givet for 2020"}},
		{"people's verdict against the figures: both",
			wordsPlan(&model.Measure{Unit: "%", Better: model.Higher, Baseline: &model.Point{Value: 50, Date: date(2023, 12, 31)}, Target: &model.Target{Value: 90, Date: date(2025, 12, 31), HasDate: true}}, "2024-Q4",
				fig("2024-Q4", 51), model.Entry{Measure: "R1", Period: model.MustPeriod("2024-Q4"), Assessed: model.AssessedMet, Note: "Udvalget vurderer målet opfyldt"}),
			"beregnet: bagud · vurderet: opfyldt", []string{"Udvalget vurderer målet opfyldt"}, []string{"Tallene alene giver bagud"}},
		{"an expectation is followed, with its expected figure, whole for people",
			wordsPlan(&model.Measure{Unit: "personer", Better: model.Neither, Baseline: &model.Point{Value: 400, Date: date(2023, 12, 31)},
				Target: &model.Target{Value: 493, Date: date(2026, 12, 31), HasDate: true}}, "2024-Q4", fig("2024-Q4", 431)),
			"følges", []string{"forventet 431 personer"}, []string{"en forventning, ikke et mål"}},
		{"baseline first says første tal",
			wordsPlan(&model.Measure{Unit: "helårspersoner", Better: model.Lower, BaselineFirst: true,
				Target: &model.Target{Kind: model.ChangeTarget, Change: -74, Date: date(2026, 12, 31), HasDate: true}}, "2024-Q4", fig("2023-Q4", 1200), fig("2024-Q4", 1150)),
			"på rette spor", nil, []string{"første tal"}},
		{"a final verdict waits for its own figure",
			wordsPlan(&model.Measure{Unit: "%", Better: model.Lower, Baseline: &model.Point{Value: 10, Date: date(2020, 12, 31)},
				Target: &model.Target{Value: 5, Date: date(2022, 12, 31), HasDate: true}}, "2022-Q4", fig("2021-05", 7)),
			"afventer tallet", []string{"afventer tallet for 4. kvartal 2022; seneste, maj 2021, var over målet"},
			[]string{"en endelig vurdering kræver tallet for 4. kvartal 2022"}},
		{"on track below the expected figure names the tolerance",
			wordsPlan(&model.Measure{Unit: "%", Better: model.Higher, Baseline: &model.Point{Value: 50, Date: date(2023, 12, 31)},
				Target: &model.Target{Value: 70, Date: date(2025, 12, 31), HasDate: true}}, "2024-Q4", fig("2024-Q4", 59)),
			"på rette spor", nil, []string{"På rette spor: fremdrift 45 % mod forventet 50 %, højst 10 point under."}},
		{"a final verdict names its figure's period",
			wordsPlan(&model.Measure{Unit: "%", Better: model.Higher, Baseline: &model.Point{Value: 50, Date: date(2023, 12, 31)},
				Target: &model.Target{Value: 70, Date: date(2024, 12, 31), HasDate: true}}, "2025-Q2", fig("2024-Q4", 65), fig("2025-Q1", 75)),
			"ikke nået", nil, []string{"Afgjort af tallet for 4. kvartal 2024"}},
		{"a range",
			wordsPlan(&model.Measure{Unit: "gange", Baseline: &model.Point{Value: 2, Date: date(2023, 12, 31)},
				Target: &model.Target{Kind: model.RangeTarget, Min: 4, Max: 6, Date: date(2026, 12, 31), HasDate: true}}, "2024-Q4", fig("2024-Q4", 5)),
			"nået", nil, []string{"mellem 4 og 6 gange"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := VerdictOf(tt.ms, lang.Da)
			remarks := strings.Join(v.Remarks(), " · ")
			if v.Track != tt.track {
				t.Errorf("track %q; want %q", v.Track, tt.track)
			}
			for _, r := range tt.remarks {
				if !strings.Contains(remarks, r) {
					t.Errorf("remarks %q; want %q", remarks, r)
				}
			}
			for _, w := range tt.why {
				if !strings.Contains(v.Why+" "+v.BaselineLabel+" "+v.Target, w) && !strings.Contains(strings.ToLower(v.Why+" "+v.BaselineLabel), strings.ToLower(w)) {
					t.Errorf("why %q (baseline %q, target %q); want %q", v.Why, v.BaselineLabel, v.Target, w)
				}
			}
		})
	}
}

// Ranks need a whole table, and the words say what is missing.
func TestCannotBePlacedSaysWhatIsMissing(t *testing.T) {
	g := model.TableGap{Period: model.MustPeriod("2026-Q3"), Have: 12, Group: model.National}
	if got := GapText(&model.Measure{}, g, lang.Da); got != "kan ikke placeres: tabellen har 12 af 98 kommuner i 3. kvartal 2026" {
		t.Errorf("got %q", got)
	}
	g = model.TableGap{Period: model.MustPeriod("2026-Q3"), Group: "Naboer", Missing: []string{"Middelfart"}}
	if got := GapText(&model.Measure{}, g, lang.Da); got != "kan ikke placeres: tabellen mangler Middelfart i 3. kvartal 2026 for Naboer" {
		t.Errorf("got %q", got)
	}
}

// A place reads "nr. 94 af 98", never "94 placering".
func TestAPlaceReadsAsNumber(t *testing.T) {
	if got := lang.Da.Value(94, "placering"); got != "nr. 94 af 98" {
		t.Errorf("got %q", got)
	}
}

// TestAQuarterLackingAMonthSaysWhich (issue 24, seen 4): a table of March,
// April and May for a quarterly measure has the municipality's figures;
// what the second quarter lacks is June, and the words say so.
func TestAQuarterLackingAMonthSaysWhich(t *testing.T) {
	m := &model.Measure{ID: "R1", GoalID: "M1", Title: "Mål", Unit: "%", Better: model.Higher, Compare: "T", Frequency: model.Quarterly}
	p := &model.Plan{Municipality: "Fredericia Kommune", Start: date(2026, 1, 1), End: date(2026, 12, 31), Cadence: model.Quarterly,
		Goals: []*model.Goal{{ID: "M1", Kind: model.Minister, Title: "Mål"}}, Measures: []*model.Measure{m}}
	p.Index()
	months := []model.Period{model.MustPeriod("2026-03"), model.MustPeriod("2026-04"), model.MustPeriod("2026-05")}
	p.Indicators = map[string]*model.Indicator{"T": model.NewIndicator("T", "T", "%", "T.csv", []string{"Fredericia", "Vejle"}, months, []float64{5, 6, 7, 4, 5, 6})}
	got := NoStandingText(p, m, model.MustPeriod("2026-Q2"), lang.Da, lang.CompareNoFigure, "Fredericia", "2. kvartal 2026")
	if got != "intet tal for Fredericia Kommune i 2. kvartal 2026: tabellen mangler juni 2026" {
		t.Errorf("got %q", got)
	}
}

// TestGoldenWorkbook: the workbook's sheets over the kinds plan, every kind
// and track and the third edition's keys, cell by cell as text (the .xlsx
// itself carries a time stamp).
func TestGoldenWorkbook(t *testing.T) {
	for name, l := range map[string]lang.Lang{"da": lang.Da, "en": lang.En} {
		f := workbookOf(t, "kinds", l)
		var b strings.Builder
		for _, sheet := range f.GetSheetList() {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			b.WriteString("## " + sheet + "\n")
			for _, r := range rows {
				b.WriteString(strings.Join(r, " | ") + "\n")
			}
		}
		golden(t, "kinds."+name+".xlsx.txt", []byte(b.String()))
	}
}

// TestAHalfLackingAQuarterSaysWhich: a half-yearly measure against a
// quarterly table that has only the first quarter of the half says the
// half lacks the second quarter.
func TestAHalfLackingAQuarterSaysWhich(t *testing.T) {
	m := &model.Measure{ID: "R1", GoalID: "M1", Title: "Mål", Unit: "%", Better: model.Higher, Compare: "T", Frequency: model.HalfYearly}
	p := &model.Plan{Municipality: "Fredericia Kommune", Start: date(2026, 1, 1), End: date(2026, 12, 31), Cadence: model.HalfYearly,
		Goals: []*model.Goal{{ID: "M1", Kind: model.Minister, Title: "Mål"}}, Measures: []*model.Measure{m}}
	p.Index()
	quarters := []model.Period{model.MustPeriod("2026-Q1")}
	p.Indicators = map[string]*model.Indicator{"T": model.NewIndicator("T", "T", "%", "T.csv", []string{"Fredericia", "Vejle"}, quarters, []float64{5, 6})}
	got := NoStandingText(p, m, model.MustPeriod("2026-H1"), lang.Da, lang.CompareNoFigure, "Fredericia", "1. halvår 2026")
	if got != "intet tal for Fredericia Kommune i 1. halvår 2026: tabellen mangler 2. kvartal 2026" {
		t.Errorf("got %q", got)
	}
}
