package report

import (
	"math"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// againstPlan is Eksempel's plan for 2026 with one measure compared with
// MM3: Hele landet 40 % in every quarter, four other municipalities (30,
// 40, 50, 60), and no figures at all for 2026-Q4. Eksempel's own figures
// are the status file's (its row's 70 is not used).
func againstPlan(m *model.Measure, figures ...model.Entry) *model.Snapshot {
	quarters := []model.Period{model.MustPeriod("2026-Q1"), model.MustPeriod("2026-Q2"), model.MustPeriod("2026-Q3"), model.MustPeriod("2026-Q4")}
	nan := math.NaN()
	rows := [][4]float64{{40, 40, 40, nan}, {30, 30, 30, nan}, {40, 40, 40, nan}, {50, 50, 50, nan}, {60, 60, 60, nan}, {70, 70, 70, nan}}
	var values []float64
	for _, r := range rows {
		values = append(values, r[:]...)
	}
	ind := model.NewIndicator("MM3", "Flygtninge i job", "%", "MM3.csv",
		[]string{"Hele landet", "Horsens", "Kolding", "Vejle", "Randers", "Eksempel"}, quarters, values)
	m.ID, m.GoalID, m.Title, m.Compare = "R6", "M1", "Flygtninge i job", "MM3"
	p := &model.Plan{Municipality: "Eksempel Kommune", Start: model.Date{Year: 2026, Month: 1, Day: 1}, End: model.Date{Year: 2026, Month: 12, Day: 31},
		Cadence: model.Quarterly, Goals: []*model.Goal{{ID: "M1", Kind: model.Minister, Title: "Mål"}}, Measures: []*model.Measure{m},
		Groups:     []*model.Group{{Name: "Sammenlignelige kommuner", Areas: []string{"Horsens", "Vejle", "Randers"}}},
		Indicators: map[string]*model.Indicator{"MM3": ind}}
	p.Index()
	p.AddEntries(figures...)
	return model.Compute(p, model.View{AsOf: figures[len(figures)-1].Period})
}

func entry(period string, v float64) model.Entry {
	return model.Entry{Measure: "R6", Period: model.MustPeriod(period), Value: v, HasValue: true}
}

var endOf2026 = model.Date{Year: 2026, Month: 12, Day: 31}

func TestTargetsAgainstOtherAreasInWords(t *testing.T) {
	tests := []struct {
		name    string
		measure *model.Measure
		figures []model.Entry
		lang    lang.Lang
		target  string
		why     string
		latest  string // the latest figure, with its place in the set the target ranks in
	}{
		{"a ratio as plans write it", &model.Measure{Unit: "%", Better: model.Lower, Reference: "Landsgennemsnit",
			Target: &model.Target{Kind: model.RatioTarget, Ratio: -2, Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 39)}, lang.Da,
			"2 % lavere end Hele landet senest 31. december 2026",
			"Tallet 39 % i 3. kvartal 2026 er 2,5 % lavere end Hele landet (40 % fra tabellen MM3), under målet -2 % for 2026; målet er nået.", ""},
		{"a ratio the other way", &model.Measure{Unit: "%", Better: model.Higher, Reference: "Hele landet",
			Target: &model.Target{Kind: model.RatioTarget, Ratio: -2, Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 38)}, lang.Da,
			"højst 2 % lavere end Hele landet senest 31. december 2026", "", ""},
		{"a rank among all", &model.Measure{Unit: "%", Better: model.Higher, Baseline: &model.Point{Value: 4, Date: model.Date{Year: 2025, Month: 12, Day: 31}},
			Target: &model.Target{Kind: model.RankTarget, Rank: 2, Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 45)}, lang.Da,
			"blandt de 2 bedste af alle kommuner senest 31. december 2026",
			// seen 1: five municipalities are no whole table to rank among all 98
			"Tallet for 3. kvartal 2026 tæller ikke: en placering kræver en hel tabel (mindst 90 % af de 98 kommuner, eller alle gruppens), og den kan ikke placeres: tabellen har 5 af 98 kommuner i 3. kvartal 2026.",
			"45 % (3. kvartal 2026)"},
		{"a rank in a group, in English", &model.Measure{Unit: "%", Better: model.Higher,
			Target: &model.Target{Kind: model.RankTarget, Rank: 10, Among: "Sammenlignelige kommuner", Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 45)}, lang.En,
			"among the 10 best of Sammenlignelige kommuner by 31 December 2026",
			"The rank no. 3 of 4 in Sammenlignelige kommuner in Q3 2026 is better than the target no. 10 for 2026; the target is met.",
			"45%, no. 3 of 4 in Sammenlignelige kommuner (Q3 2026)"},
		{"better than half the group", &model.Measure{Unit: "%", Better: model.Lower,
			Target: &model.Target{Kind: model.BetterThanTarget, BetterThan: 50, Strict: true, Among: "Sammenlignelige kommuner", Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 45)}, lang.Da,
			"bedre end 50 % af Sammenlignelige kommuner senest 31. december 2026", "",
			"45 %, bedre end 66,67 % af Sammenlignelige kommuner (3. kvartal 2026)"},
		{"the latest figure the table cannot rank", &model.Measure{Unit: "%", Better: model.Higher,
			Target: &model.Target{Kind: model.RankTarget, Rank: 2, Among: "Sammenlignelige kommuner", Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 55), entry("2026-Q4", 45)}, lang.Da, "",
			"Placeringen nr. 2 af 4 i Sammenlignelige kommuner i 3. kvartal 2026 er lig med målet nr. 2 for 2026; målet er nået. Tallet for 4. kvartal 2026 tæller ikke med: tabellen MM3 kan ikke sammenligne det endnu.", ""},
		{"no figure the table can rank", &model.Measure{Unit: "%", Better: model.Higher,
			Target: &model.Target{Kind: model.RankTarget, Rank: 2, Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q4", 45)}, lang.Da, "",
			"Tallet for 4. kvartal 2026 kan ikke sammenlignes med andre kommuner endnu: tabellen MM3 har ingen tal for perioden, så resultatmålet får intet spor, før den har det.", ""},
		{"a difference with the reference from the table", &model.Measure{Unit: "pp", Better: model.Higher, Reference: "Landsgennemsnit",
			Target: &model.Target{Value: 3, Date: endOf2026, HasDate: true}},
			[]model.Entry{entry("2026-Q3", 43.9)}, lang.Da, "",
			"Forskellen til Landsgennemsnit (3,9 procentpoint) i 3. kvartal 2026 er over målet 3 procentpoint for 2026; målet er nået. Referencen er Landsgennemsnit 40 % (fra tabellen MM3).", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := againstPlan(tt.measure, tt.figures...)
			v := VerdictOf(s.Measure(tt.measure), tt.lang)
			if tt.target != "" && v.Target != tt.target {
				t.Errorf("target %q\nwant   %q", v.Target, tt.target)
			}
			if tt.why != "" && v.Why != tt.why {
				t.Errorf("why  %q\nwant %q", v.Why, tt.why)
			}
			if tt.latest != "" && v.Latest != tt.latest {
				t.Errorf("latest %q\nwant   %q", v.Latest, tt.latest)
			}
			if strings.Contains(v.Why+v.Baseline+v.Expected, "NaN") {
				t.Errorf("NaN in %+v", v)
			}
		})
	}
}

func TestUnscoredFigureIsSaidInTheVerdict(t *testing.T) {
	m := &model.Measure{Unit: "%", Better: model.Higher, Target: &model.Target{Kind: model.RankTarget, Rank: 2, Among: "Sammenlignelige kommuner", Date: endOf2026, HasDate: true}}
	v := VerdictOf(againstPlan(m, entry("2026-Q3", 55), entry("2026-Q4", 45)).Measure(m), lang.Da)
	if v.Unscored != "tæller ikke: 4. kvartal 2026 mangler i tabellen" || !strings.Contains(strings.Join(v.Remarks(), " · "), v.Unscored) {
		t.Errorf("unscored %q, remarks %v", v.Unscored, v.Remarks())
	}
	if v.Latest != "45 % (4. kvartal 2026)" || v.Baseline != "nr. 2 (3. kvartal 2026)" {
		t.Errorf("latest %q baseline %q; the figure is shown as it is, the baseline in ranks", v.Latest, v.Baseline)
	}
}

func TestReferenceTextSaysWhereItCameFrom(t *testing.T) {
	m := &model.Measure{Unit: "pp", Better: model.Higher, Reference: "Landsgennemsnit", Target: &model.Target{Value: 3, Date: endOf2026, HasDate: true}}
	s := againstPlan(m, entry("2026-Q3", 43.9))
	typed := entry("2026-Q3", 43.9)
	typed.Reference, typed.HasRef = 43.2, true
	if got := VerdictOf(s.Measure(m), lang.Da).Reference; got != "Landsgennemsnit 40 % (fra tabellen MM3)" {
		t.Errorf("from the table: %q", got)
	}
	if got := ReferenceText(m, &typed, lang.En); got != "Landsgennemsnit 43.2%" {
		t.Errorf("typed: %q", got)
	}
}

func TestNothingScoredShowsNoBaseline(t *testing.T) {
	m := &model.Measure{Unit: "%", Better: model.Higher, Target: &model.Target{Kind: model.RankTarget, Rank: 2, Date: endOf2026, HasDate: true}}
	v := VerdictOf(againstPlan(m, entry("2026-Q4", 45)).Measure(m), lang.Da)
	if v.Baseline != "" || v.Latest != "45 % (4. kvartal 2026)" {
		t.Errorf("baseline %q latest %q; with no figure ranked there is no first rank to start from", v.Baseline, v.Latest)
	}
}
