package report

import (
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
)

// TestVerdictWords checks the words the issue asks every view to say, on
// the plan with every kind of target.
func TestVerdictWords(t *testing.T) {
	s := snapshots(t)["kinds"]
	cases := []struct {
		measure string
		part    func(Verdict) string
		want    string
	}{
		{"MIL", func(v Verdict) string { return v.Why }, "Tallet 8,6 % i 4. kvartal 2022 er over delmålet 8 % for 2022, så resultatmålet er højst i risiko; målet er højst 5 % senest 31. december 2024."},
		{"MIL", func(v Verdict) string { return v.Milestone }, "delmål 2022 ikke nået: 8,6 %, højst 8 %"},
		{"MIL", func(v Verdict) string { return v.Expected }, "forventet 6,5 %"},
		{"OPA", func(v Verdict) string { return v.Why }, "Tallet 67,5 % i 4. kvartal 2023 er lig med det forventede 67,5 % for 4. kvartal 2023; målet er mindst 70 % senest 31. december 2024."},
		{"CHG", func(v Verdict) string { return v.Target }, "fald på 74 fra 1.200: højst 1.126 helårspersoner senest 31. december 2024"},
		{"PCT", func(v Verdict) string { return v.Target }, "fald på 10 % fra 500: højst 450 senest 31. december 2024"},
		{"LIMB", func(v Verdict) string { return v.Breach }, "overskredet i 2. kvartal 2023"},
		{"LIMH", func(v Verdict) string { return v.Target }, "højst 20 % i hver periode til 31. december 2023"},
		{"STR", func(v Verdict) string { return v.Target }, "under 800 senest 31. maj 2023"},
		{"STALE", func(v Verdict) string { return v.Latest }, "270 (tal fra maj 2023)"},
		{"DDN", func(v Verdict) string { return v.BaselineLabel + ": " + v.Baseline }, "Første tal: 30 % (1. kvartal 2022)"},
		{"DUP", func(v Verdict) string { return v.BaselineLabel }, "Udgangspunkt"},
		{"DNU", func(v Verdict) string { return v.Target }, "må ikke stige senest 30. juni 2023"},
		{"PEND", func(v Verdict) string { return v.Pending }, "Afventer måling i 1. kvartal 2024"},
		{"NOTGT", func(v Verdict) string { return v.Pending }, "afventer måling: Tælles om i januar"},
	}
	for _, c := range cases {
		v := VerdictOf(s.Measure(s.Plan.Measure(c.measure)), lang.Da)
		if got := c.part(v); got != c.want {
			t.Errorf("%s: got %q, want %q", c.measure, got, c.want)
		}
	}
}

// TestExplainInEnglish: the same sentence, in English words and numbers.
func TestExplainInEnglish(t *testing.T) {
	s := snapshots(t)["kinds"]
	got := Explain(s.Measure(s.Plan.Measure("LIMB")), lang.En)
	if want := "The figure 7.9% in Q2 2023 is above the limit 7.5%; the limit (below 7.5%) is therefore breached."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := Explain(s.Measure(s.Plan.Measure("CHG")), lang.En); !strings.Contains(got, "1,120 helårspersoner") {
		t.Errorf("English numbers: %q", got)
	}
}
