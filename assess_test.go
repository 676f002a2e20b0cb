package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

// writtenIn is the written assessment that counts in the plan in dir.
func writtenIn(t *testing.T, dir, id, period string) *model.Entry {
	t.Helper()
	loaded, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	return loaded.Plan.Written(id, model.MustPeriod(period))
}

func TestAssessWritesTheVurderingThatCounts(t *testing.T) {
	dir := initPlan(t)
	out, errOut, code := run(t, "assess", "M1", "3. kvartal 2026", "--text", "Et første udkast.", "--plan", dir)
	if code != 0 || !strings.Contains(out, "vurdering af M1 for 3. kvartal 2026") {
		t.Fatalf("assess: %d %q %q", code, out, errOut)
	}
	file := filepath.Join(t.TempDir(), "vurdering.txt")
	os.WriteFile(file, []byte("\xef\xbb\xbfFlere ledige er i gang med uddannelse.\r\n\r\nForvaltningen følger op.\r\n"), 0o644)
	if _, errOut, code := run(t, "assess", "M1", "2026-Q3", "--file", file, "--plan", dir); code != 0 {
		t.Fatalf("assess --file: %d %q", code, errOut)
	}
	e := writtenIn(t, dir, "M1", "2026-Q3")
	if e == nil || e.Vurdering != "Flere ledige er i gang med uddannelse.\n\nForvaltningen følger op." || e.Goal != "M1" || e.By == "" || e.At.IsZero() {
		t.Fatalf("the later vurdering must count, signed: %+v", e)
	}
	if _, errOut, code := run(t, "assess", "R1", "K3 2026", "--text", "Svarene kommer hurtigere.", "--plan", dir); code != 0 {
		t.Fatalf("a measure's vurdering: %d %q", code, errOut)
	}
	if e := writtenIn(t, dir, "R1", "2026-Q3"); e == nil || e.Measure != "R1" || e.Vurdering != "Svarene kommer hurtigere." {
		t.Errorf("the measure's vurdering read back: %+v", e)
	}
	out, errOut, code = run(t, "assess", "--indstilling", "2026-Q3", "--text", "Forvaltningen indstiller, at udvalget tager orienteringen til efterretning.", "--plan", dir)
	if code != 0 || !strings.Contains(out, "indstilling for 3. kvartal 2026") {
		t.Fatalf("assess --indstilling: %d %q %q", code, out, errOut)
	}
	if e := writtenIn(t, dir, "", "2026-Q3"); e == nil || !strings.HasPrefix(e.Indstilling, "Forvaltningen indstiller") || e.Goal+e.Measure != "" {
		t.Errorf("the paper's indstilling read back: %+v", e)
	}
	if out, _, code := run(t, "check", "--plan", dir); code != 0 {
		t.Errorf("the status file must check clean after assess: %q", out)
	}
	out, _, _ = run(t, "report", "--as-of", "2026-Q3", "--plan", dir)
	if !strings.Contains(out, "Flere ledige er i gang med uddannelse.") || !strings.Contains(out, "## Indstilling") {
		t.Errorf("the paper must show what was written:\n%s", out)
	}
	out, _, code = run(t, "report", "--agenda", "--format", "html", "--as-of", "2026-Q3", "--plan", dir)
	if code != 0 || !strings.Contains(out, "<h2>Sagsfremstilling</h2>") || !strings.Contains(out, "Forvaltningen følger op.") {
		t.Errorf("report --agenda --format html: %d", code)
	}
	if _, errOut, code := run(t, "report", "--agenda", "--format", "csv", "--plan", dir); code != 2 || !strings.Contains(errOut, "md eller html") {
		t.Errorf("the agenda as csv must be refused: %d %q", code, errOut)
	}
}

func TestAssessRefusesBadInputAndWritesNothing(t *testing.T) {
	dir := initPlan(t)
	status, _ := os.ReadFile(filepath.Join(dir, "status.toml"))
	files := t.TempDir()
	big := filepath.Join(files, "stor.txt")
	os.WriteFile(big, bytes.Repeat([]byte("vurdering "), 7000), 0o644)
	latin1 := filepath.Join(files, "latin1.txt")
	os.WriteFile(latin1, []byte("Første linje er fin.\nMen her st\xe5r et å i Latin-1.\n"), 0o644)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"assess", "M1", "2026-Q3", "--file", big}, "højst 64 KiB"},
		{[]string{"assess", "M1", "2026-Q3", "--file", latin1}, "latin1.txt:2:11: filen er ikke UTF-8"},
		{[]string{"assess", "M1", "2026-Q3", "--file", filepath.Join(files, "findes-ikke.txt")}, "findes-ikke.txt"},
		{[]string{"assess", "M9", "2026-Q3", "--text", "x"}, `mente du "M1"`},
		{[]string{"assess", "M1", "2026-Q5", "--text", "x"}, "2026-Q5"},
		{[]string{"assess", "M1", "2031-Q1", "--text", "x"}, "2031"},
		{[]string{"assess", "M1", "2026-Q3", "--text", "  "}, "teksten er tom"},
		{[]string{"assess", "M1", "2026-Q3", "--text", "bip\x07"}, "styretegn"},
		{[]string{"assess", "M1", "2026-Q3"}, "brug:"},
		{[]string{"assess", "M1", "2026-Q3", "--text", "x", "--file", big}, "brug:"},
		{[]string{"assess", "2026-Q3", "--text", "x"}, "hvilket mål"},
		{[]string{"assess", "--indstilling", "M1", "2026-Q3", "--text", "x"}, "brug:"},
	} {
		_, errOut, code := run(t, append(c.args, "--plan", dir)...)
		if code != 2 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d %q, want 2 and %q", c.args, code, errOut, c.want)
		}
	}
	if now, _ := os.ReadFile(filepath.Join(dir, "status.toml")); !bytes.Equal(now, status) {
		t.Error("bad input must write nothing")
	}
}

func TestAssessCompletesGoalsThenPeriods(t *testing.T) {
	dir := initPlan(t)
	if out, _, _ := run(t, "__complete", "--plan", dir, "assess", ""); !strings.Contains(out, "M1\t") || !strings.Contains(out, "R1\t") {
		t.Errorf("assess must complete goals and measures first: %q", out)
	}
	if out, _, _ := run(t, "__complete", "--plan", dir, "assess", "M1", ""); !strings.Contains(out, "2026-Q3") {
		t.Errorf("then the periods: %q", out)
	}
}
