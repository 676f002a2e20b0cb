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
	good := ms.Track == model.Met || ms.Track == model.Held
	if strings.Contains(why, "målet er nået") != (ms.Track == model.Met) {
		return "the closing does not say the track"
	}
	if good && strings.Contains(why, "ikke nået") {
		return "good track, says not reached"
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
		{"ratio +5 always, the group", model.Target{Kind: model.RatioTarget, Ratio: 5, Always: true}, nil, 0, "Sammenlignelige kommuner"},
	}
	runs := [][]float64{{35, 45, 55, 65}, {55, 45, 35, 25}, {50, 50, 50, 50}, {30, 40, 60, 60}, {61, 29, 41, 45}}
	for _, k := range kinds {
		for _, b := range []model.Better{model.Higher, model.Lower} {
			for _, date := range []model.Date{endOf2026, sep30} {
				for _, run := range runs {
					for _, asOf := range []string{"2026-Q2", "2026-Q3", "2026-Q4"} {
						for _, own := range []bool{false, true} {
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
							ms := s.Measure(m)
							v := VerdictOf(ms, lang.Da)
							name := fmt.Sprintf("%s %s by %v run %v as of %s own %v", k.name, b, date, run, asOf, own)
							for _, f := range []float64{ms.Value, ms.Progress, ms.Expected, ms.ExpectedValue} {
								if f != f || f > 1e300 || f < -1e300 {
									t.Errorf("%s: NaN or Inf in %+v", name, ms)
								}
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
