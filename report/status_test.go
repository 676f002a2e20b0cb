package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/lang"
)

func TestStatusGoalWithNothingScoredShowsDash(t *testing.T) {
	var b bytes.Buffer
	if err := Status(&b, snapshots(t)["branches"], options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	_, after, _ := strings.Cut(b.String(), "L1  Tomt lokalt mål | uden resultatmål\n")
	line, _, _ := strings.Cut(after, "\n")
	if strings.Contains(line, "0 %") || strings.Contains(line, "░") || !strings.Contains(line, "–") {
		t.Errorf("a goal with nothing scored shows –, never a 0 %% bar: %q", line)
	}
}

func TestGoldenStatus(t *testing.T) {
	for plan, s := range snapshots(t) {
		for _, l := range []lang.Lang{lang.Da, lang.En} {
			var b bytes.Buffer
			if err := Status(&b, s, options(l)); err != nil {
				t.Fatal(err)
			}
			golden(t, plan+"."+l.Code()+".status", b.Bytes())
		}
	}
}
