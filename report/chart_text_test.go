package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
)

// svgOf is each chart of a page with its text alternative.
var svgOf = regexp.MustCompile(`<svg class="chart"[^>]*role="img">(?:<title>([^<]*)</title>)?`)

// Issue 29: every chart of the paper says in words, in the paper's
// language, what it draws: the measure, its first and last figure in the
// measure's unit with their periods, and its target; a chart against a
// group names both the area and the group.
func TestEveryChartSaysWhatItShows(t *testing.T) {
	want := map[lang.Lang][]string{
		lang.Da: {
			"R1, Borgere der har fået svar på deres spørgsmål: 86,9 % i 4. kvartal 2025 til 89,2 % i 3. kvartal 2026; mål: mindst 90 % senest 31. december 2026",
			"R6, Andel flygtninge og familiesammenførte i beskæftigelse, forskel fra Landsgennemsnit: +3,2 procentpoint i 4. kvartal 2025 til +3,9 procentpoint i 3. kvartal 2026; mål: mindst +1 procentpoint",
			"R6, Andel flygtninge og familiesammenførte i beskæftigelse: Eksempel Kommune 44,03 % i 4. kvartal 2024 til 47,1 % i 3. kvartal 2026; gennemsnittet i Sammenlignelige kommuner 43,4 % til 44,66 %",
			"R15, Langtidsledige i procent af alle ledige (må ikke overstige 20 %): 19,1 % i 4. kvartal 2025 til 18,4 % i 3. kvartal 2026; højest 19,6 % i 1. kvartal 2026; mål: højst 20 % i hver periode",
		},
		lang.En: {
			"R1, Borgere der har fået svar på deres spørgsmål: 86.9% in Q4 2025 to 89.2% in Q3 2026; target: at least 90% by 31 December 2026",
			"R6, Andel flygtninge og familiesammenførte i beskæftigelse: Eksempel Kommune 44.03% in Q4 2024 to 47.1% in Q3 2026; the mean of Sammenlignelige kommuner 43.4% to 44.66%",
		},
	}
	s := snapshots(t)["example"]
	for l, texts := range want {
		var b bytes.Buffer
		if err := HTML(&b, s, options(l)); err != nil {
			t.Fatal(err)
		}
		charts := svgOf.FindAllStringSubmatch(b.String(), -1)
		if len(charts) < 20 {
			t.Fatalf("%s: %d charts, want the example's 21", l.Code(), len(charts))
		}
		for _, c := range charts {
			if strings.TrimSpace(c[1]) == "" {
				t.Errorf("%s: a chart without a text alternative: %s", l.Code(), c[0])
			}
		}
		for _, w := range texts {
			if !strings.Contains(b.String(), "<title>"+w) {
				t.Errorf("%s: no chart says %q", l.Code(), w)
			}
		}
	}
}
