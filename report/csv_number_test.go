package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A relative measure whose only figure is its first figure has no progress
// yet: (0,6 − 0,6) / (0 − 0,6) is a negative zero, which the CSV wrote as
// "-0" where every other view says 0 %.
func TestCSVNeverWritesMinusZero(t *testing.T) {
	dir := t.TempDir()
	plan := `format = 1
[plan]
municipality = "Prøve Kommune"
title = "Plan"
start = 2023-01-01
end = 2026-12-31
cadence = "quarterly"
[[goal]]
id = "M1"
kind = "minister"
title = "Mål"
[[measure]]
id = "R"
goal = "M1"
title = "Andel på offentlig forsørgelse, over landsgennemsnittet"
unit = "pp"
better = "lower"
reference = "Landsgennemsnit"
target = { value = 0.0, date = 2026-12-31 }
`
	status := `[[entry]]
measure = "R"
period = "2024-Q2"
value = 4.1
reference = 3.5
`
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan), 0o644)
	os.WriteFile(filepath.Join(dir, "status.toml"), []byte(status), 0o644)
	ld, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	s := model.Compute(ld.Plan, model.View{AsOf: model.MustPeriod("2024-Q2")})
	for _, l := range []lang.Lang{lang.Da, lang.En} {
		var b bytes.Buffer
		if err := CSV(&b, s, options(l)); err != nil {
			t.Fatal(err)
		}
		for _, sep := range []string{";", ","} {
			if strings.Contains(b.String(), sep+"-0"+sep) {
				t.Errorf("%s: a progress of nothing is 0, not -0:\n%s", l.Code(), b.String())
			}
		}
	}
}
