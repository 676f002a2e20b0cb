package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// rankWords is the rank sentence's comparison: "nr. 3 af 5 i … er bedre
// end det forventede nr. 3".
var rankWords = regexp.MustCompile(`nr\. (\d+) af \d+ i .* er (bedre end|dårligere end|lig med) (?:det forventede |målet |delmålet )?nr\. (\d+)`)

// contradiction says how the explanation contradicts itself or the track,
// or "" when it does not.
func contradiction(ms *model.MeasureStatus, why string) string {
	for _, bad := range []string{"NaN", "Inf", "nr. 0 "} {
		if strings.Contains(why, bad) {
			return "says " + bad
		}
	}
	if m := rankWords.FindStringSubmatch(why); m != nil {
		r, _ := strconv.Atoi(m[1])
		e, _ := strconv.Atoi(m[3])
		switch {
		case m[2] == "bedre end" && r >= e, m[2] == "dårligere end" && r <= e, m[2] == "lig med" && r != e:
			return fmt.Sprintf("nr. %d %s nr. %d", r, m[2], e)
		}
		target := strings.Contains(m[0], "målet nr.")
		switch {
		case target && ms.Track == model.Met && m[2] == "dårligere end":
			return "met, yet worse than the target"
		case target && ms.Track == model.Missed && m[2] == "bedre end":
			return "missed, yet better than the target"
		case ms.Track == model.OffTrack && m[2] == "bedre end":
			return "behind, yet better than the line"
		}
	}
	if c := trackWords(ms, why); c != "" {
		return c
	}
	good := ms.Track == model.Met || ms.Track == model.Held
	if strings.Contains(why, "målet er nået") != (ms.Track == model.Met) {
		return "the closing does not say the track"
	}
	if good && strings.Contains(why, "ikke nået") {
		return "good track, says not reached"
	}
	return ""
}

// yardWords is the comparison with the yardstick: "…, under målet -2 % for 2026".
var yardWords = regexp.MustCompile(`(bedre end|dårligere end|under|over|lig med) (målet|det forventede|delmålet|grænsen) `)

// trackWords says how the comparison word contradicts the track: a met
// target worse than the target, a missed one better, a measure behind
// better than the line, a limit held that is worse than it.
func trackWords(ms *model.MeasureStatus, why string) string {
	m := yardWords.FindStringSubmatch(why)
	if m == nil {
		return ""
	}
	b := ms.Measure.Better
	switch ms.Measure.Target.Kind {
	case model.RankTarget:
		b = model.Lower
	case model.BetterThanTarget:
		b = model.Higher
	}
	word := 0 // +1 the good way, -1 the bad way
	switch {
	case m[1] == "bedre end", m[1] == "over" && b == model.Higher, m[1] == "under" && b == model.Lower:
		word = 1
	case m[1] == "dårligere end", m[1] == "over", m[1] == "under":
		word = -1
	}
	switch yard := m[2]; {
	case yard == "målet" && ms.Track == model.Met && word < 0,
		yard == "målet" && ms.Track == model.Missed && word > 0,
		yard == "det forventede" && ms.Track == model.OffTrack && word > 0,
		yard == "delmålet" && word > 0,
		yard == "grænsen" && ms.Track == model.Held && word < 0,
		yard == "grænsen" && ms.Track == model.Breached && word > 0:
		return fmt.Sprintf("%s %s while %v", m[1], yard, ms.Track)
	}
	return ""
}

// TestVerdictMatrixNeverContradicts judges every kind of target against
// other areas, each way and in every form, by several runs of figures, and
// checks that no explanation contradicts its track or itself.
func TestVerdictMatrixNeverContradicts(t *testing.T) {
	sep30 := model.Date{Year: 2026, Month: 9, Day: 30}
	jun30 := model.Date{Year: 2026, Month: 6, Day: 30}
	type kind struct {
		name   string
		target model.Target
		mile   *model.Target
		base   float64 // a baseline in the target's terms; 0 for none
		ref    string
	}
	kinds := []kind{
		{"rank 2", model.Target{Kind: model.RankTarget, Rank: 2}, nil, 0, ""},
		{"rank 2 base 5", model.Target{Kind: model.RankTarget, Rank: 2}, nil, 5, ""},
		{"rank 1 base 4 milestone 2", model.Target{Kind: model.RankTarget, Rank: 1}, &model.Target{Kind: model.RankTarget, Rank: 2}, 4, ""},
		{"rank 2 strict", model.Target{Kind: model.RankTarget, Rank: 2, Strict: true}, nil, 5, ""},
		{"rank 3 always", model.Target{Kind: model.RankTarget, Rank: 3, Always: true}, nil, 0, ""},
		{"rank 2 in the group", model.Target{Kind: model.RankTarget, Rank: 2, Among: "Sammenlignelige kommuner"}, nil, 4, ""},
		{"better than 50", model.Target{Kind: model.BetterThanTarget, BetterThan: 50}, nil, 0, ""},
		{"better than 50 strict base 20", model.Target{Kind: model.BetterThanTarget, BetterThan: 50, Strict: true}, nil, 20, ""},
		{"better than 60 milestone 40", model.Target{Kind: model.BetterThanTarget, BetterThan: 60, Among: "Sammenlignelige kommuner"}, &model.Target{Kind: model.BetterThanTarget, BetterThan: 40}, 0, ""},
		{"better than 50 always", model.Target{Kind: model.BetterThanTarget, BetterThan: 50, Always: true}, nil, 0, ""},
		{"ratio -2", model.Target{Kind: model.RatioTarget, Ratio: -2}, nil, 0, "Landsgennemsnit"},
		{"ratio +10 base -20", model.Target{Kind: model.RatioTarget, Ratio: 10}, nil, -20, "Hele landet"},
		{"ratio -2 strict", model.Target{Kind: model.RatioTarget, Ratio: -2, Strict: true}, &model.Target{Kind: model.RatioTarget, Ratio: 0}, 0, "Landsgennemsnit"},
		{"difference +3 base -5 milestone 0", model.Target{Kind: model.ValueTarget, Value: 3}, &model.Target{Kind: model.ValueTarget, Value: 0}, -5, "Landsgennemsnit"},
		{"difference -2 strict", model.Target{Kind: model.ValueTarget, Value: -2, Strict: true}, nil, 0, "Sammenlignelige kommuner"},
		{"difference 5 always", model.Target{Kind: model.ValueTarget, Value: 5, Always: true}, nil, 0, "Hele landet"},
		{"ratio +5 always, the group", model.Target{Kind: model.RatioTarget, Ratio: 5, Always: true}, nil, 0, "Sammenlignelige kommuner"},
	}
	runs := [][]float64{{35, 45, 55, 65}, {55, 45, 35, 25}, {50, 50, 50, 50}, {30, 40, 60, 60}, {61, 29, 41, 45}}
	for _, k := range kinds {
		for _, b := range []model.Better{model.Higher, model.Lower} {
			for _, date := range []model.Date{endOf2026, sep30} {
				for _, run := range runs {
					for _, asOf := range []string{"2026-Q2", "2026-Q3", "2026-Q4"} {
						for _, c := range []struct{ own, stale bool }{{false, false}, {true, false}, {false, true}} {
							own, stale := c.own, c.stale
							if own && k.ref == "" {
								continue
							}
							tg := k.target
							tg.Date, tg.HasDate = date, true
							m := &model.Measure{Unit: "%", Better: b, Reference: k.ref, Target: &tg}
							if k.mile != nil {
								mile := *k.mile
								mile.Date, mile.HasDate = jun30, true
								m.Milestones = []model.Target{mile}
							}
							if k.base != 0 {
								m.Baseline = &model.Point{Value: k.base, Date: model.Date{Year: 2025, Month: 12, Day: 31}}
							}
							var figures []model.Entry
							for i, v := range run {
								e := entry(fmt.Sprintf("2026-Q%d", i+1), v)
								if own {
									e.Reference, e.HasRef = 42, true
								}
								figures = append(figures, e)
								if e.Period.String() == asOf {
									break
								}
							}
							s := againstPlan(m, figures...)
							if stale && asOf != "2026-Q4" { // the figure of the as-of period not yet in
								figures = figures[:len(figures)-1]
								if len(figures) == 0 {
									continue
								}
								s = againstPlan(m, figures...)
								s = model.Compute(s.Plan, model.View{AsOf: model.MustPeriod(asOf)})
							}
							ms := s.Measure(m)
							v := VerdictOf(ms, lang.Da)
							name := fmt.Sprintf("%s %s by %v run %v as of %s own %v stale %v", k.name, b, date, run, asOf, own, stale)
							for _, f := range []float64{ms.Value, ms.Progress, ms.Expected, ms.ExpectedValue} {
								if f != f || f > 1e300 || f < -1e300 {
									t.Errorf("%s: NaN or Inf in %+v", name, ms)
								}
							}
							if testing.Verbose() {
								t.Logf("%s: %v %s", name, ms.Track, v.Why)
							}
							all := v.Why + " | " + v.Expected + " | " + v.Baseline + " | " + v.Latest + " | " + v.Milestone
							if c := contradiction(ms, v.Why); c != "" || strings.Contains(all, "NaN") || strings.Contains(all, "Inf") {
								t.Errorf("%s: %s (%v)\n%s", name, c, ms.Track, all)
							}
						}
					}
				}
			}
		}
	}
}

// TestAFigureWithoutAReferenceSaysSo: a figure is not scored for want of a
// reference the table cannot give (the measure's reference names no group,
// or it has no table): the words say the figure lacks its reference, not
// that the table lacks the period (it has it).
func TestAFigureWithoutAReferenceSaysSo(t *testing.T) {
	ratio := func() *model.Measure {
		return &model.Measure{Unit: "%", Better: model.Lower, Reference: "Egen beregning",
			Target: &model.Target{Kind: model.RatioTarget, Ratio: -2, Date: endOf2026, HasDate: true}}
	}
	typed := entry("2026-Q2", 39)
	typed.Reference, typed.HasRef = 40, true
	tests := []struct {
		name               string
		figures            []model.Entry
		why, unscored, not string
	}{
		{"the latest", []model.Entry{typed, entry("2026-Q3", 39)},
			"Tallet for 3. kvartal 2026 tæller ikke med: det har ingen reference (Egen beregning).",
			"tæller ikke: 3. kvartal 2026 har ingen reference", "tabellen"},
		{"every one", []model.Entry{entry("2026-Q3", 39)},
			"Tallet for 3. kvartal 2026 har ingen reference (Egen beregning), så det kan ikke sammenlignes, og resultatmålet får intet spor, før det har en.",
			"tæller ikke: 3. kvartal 2026 har ingen reference", "tabellen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := ratio()
			v := VerdictOf(againstPlan(m, tt.figures...).Measure(m), lang.Da)
			if !strings.HasSuffix(v.Why, tt.why) || v.Unscored != tt.unscored || strings.Contains(v.Why, tt.not) {
				t.Errorf("why %q\nunscored %q\nwant the why to end %q, unscored %q", v.Why, v.Unscored, tt.why, tt.unscored)
			}
		})
	}
}

// TestARankWithoutTheAreasRowSaysSo: the table has the period, but no row
// of the measure's area: the words say that, not that the period is missing.
func TestARankWithoutTheAreasRowSaysSo(t *testing.T) {
	m := &model.Measure{Unit: "%", Better: model.Higher, Area: "Eksemple",
		Target: &model.Target{Kind: model.RankTarget, Rank: 2, Date: endOf2026, HasDate: true}}
	v := VerdictOf(againstPlan(m, entry("2026-Q3", 55)).Measure(m), lang.Da)
	want := "Tallet for 3. kvartal 2026 kan ikke rangeres: tabellen MM3 har ingen række for Eksemple, så resultatmålet får intet spor (skriv area, som tabellen skriver kommunen)."
	if v.Why != want || v.Unscored != "tæller ikke: tabellen har ingen række for Eksemple" || strings.Contains(v.Latest, "nr.") {
		t.Errorf("why %q\nunscored %q\nlatest %q\nwant %q", v.Why, v.Unscored, v.Latest, want)
	}
}
