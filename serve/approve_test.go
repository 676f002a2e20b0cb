package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

func TestOnlyAnApproverApprovesOverExec(t *testing.T) {
	f := start(t, nil)
	f.writeAccess(t, map[string]string{"anne": "approver", "bo": "editor", "eve": "viewer"})
	for _, c := range []struct {
		user, command string
		ok            bool
		want          string
	}{
		{"bo", "approve 2026-Q3", false, "kun en godkender (rollen approver i adgangsfilen) kan godkende et papir; bo må ikke"},
		{"eve", "approve 2026-Q3", false, "eve må ikke"},
		{"anne", "approve", false, "brug: beskplan approve PERIODE"},
		{"anne", "approve 2026-Q9", false, `perioden "2026-Q9" kan ikke læses`},
		{"anne", "approve 2026-Q3", true, "2026-Q3 er godkendt: papiret er skrevet til"},
		{"anne", "approve 2026-Q3", false, "2026-Q3 er allerede godkendt (af anne "},
	} {
		out, err := f.run(t, c.user, c.command)
		if (err == nil) != c.ok || !strings.Contains(out, c.want) {
			t.Errorf("%s by %s: err %v, output %.300q; want ok=%v and %q", c.command, c.user, err, out, c.ok, c.want)
		}
	}
	l, err := data.Load(data.Locate(filepath.Join(f.dir, "plan")))
	if err != nil {
		t.Fatal(err)
	}
	a := l.Plan.Approval(model.MustPeriod("2026-Q3"))
	if a == nil || a.By != "anne" || len(l.Plan.Approvals()) != 1 {
		t.Fatalf("one approval, by the access file's name: %+v", a)
	}
	if _, err := os.Stat(filepath.Join(f.dir, "plan", "godkendt-2026-Q3.md")); err != nil {
		t.Errorf("the paper must be beside the plan: %v", err)
	}
	f.logHas(t, "approved", "user=anne", "period=2026-Q3")
	f.logHas(t, "refused: approve", "user=bo")
	// An approver is an editor too.
	if !Approver.Edits() || !Editor.Edits() || Viewer.Edits() {
		t.Error("an approver may do all an editor may")
	}
	if o := f.srv.options(AccessUser{Name: "anne", Role: Approver}, false, func(model.Period) string { return "" }); o.ReadOnly {
		t.Error("an approver's view may record figures")
	}
}
