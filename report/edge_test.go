package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// snapshotOf loads a plan 2021-2026 (quarterly, one goal M1) with the
// measures' TOML and the status file, as of the period.
func snapshotOf(t *testing.T, measures, status, asOf string) *model.Snapshot {
	t.Helper()
	dir := t.TempDir()
	plan := testplan.Header("2021-01-01", "2026-12-31", "Mål") + measures
	os.WriteFile(filepath.Join(dir, "plan.toml"), []byte(plan), 0o644)
	os.WriteFile(filepath.Join(dir, "status.toml"), []byte(status), 0o644)
	ld, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	return model.Compute(ld.Plan, model.View{AsOf: model.MustPeriod(asOf)})
}

// A relative measure whose only figure is its first figure has no progress
// yet: (0,6 − 0,6) / (0 − 0,6) is a negative zero, which the CSV wrote as
// "-0" where every other view says 0 %.
func TestCSVNeverWritesMinusZero(t *testing.T) {
	s := snapshotOf(t, `[[measure]]
id = "R"
goal = "M1"
title = "Andel på offentlig forsørgelse, over landsgennemsnittet"
unit = "pp"
better = "lower"
reference = "Landsgennemsnit"
target = { value = 0.0, date = 2026-12-31 }
`, `[[entry]]
measure = "R"
period = "2024-Q2"
value = 4.1
reference = 3.5
`, "2024-Q2")
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

// A limit that held until 2022 with only a figure from 2023 (over it) said
// "Tallet 25 % i 2023-Q2 er over grænsen 20 %; grænsen (højst 20 %) er
// holdt i hver periode" under "overholdt": there is nothing to judge.
func TestLimitWithNoFigureWithinItsDatesSaysSo(t *testing.T) {
	s := snapshotOf(t, `[[measure]]
id = "R"
goal = "M1"
title = "Andel langtidsledige"
unit = "%"
better = "lower"
target = { value = 20.0, always = true, date = 2022-12-31 }
`, `[[entry]]
measure = "R"
period = "2023-Q2"
value = 25.0
`, "2023-Q2")
	ms := s.Measure(s.Plan.Measure("R"))
	tests := []struct {
		l          lang.Lang
		track, why string
	}{
		{lang.Da, "mangler tal", "Grænsen (højst 20 %) gjaldt til 2022-12-31, og der er intet tal fra perioden frem til da."},
		{lang.En, "no figure", "The limit (at most 20%) applied until 2022-12-31, and there is no figure from the periods up to then."},
	}
	for _, tt := range tests {
		if v := VerdictOf(ms, tt.l); v.Track != tt.track || v.Why != tt.why {
			t.Errorf("%s: %q, %q\nwant %q, %q", tt.l.Code(), v.Track, v.Why, tt.track, tt.why)
		}
	}
}
