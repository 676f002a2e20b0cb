// Package browsertest opens the HTML papers in a real browser: axe-core's
// WCAG 2.1 A and AA rules must find nothing, and printed to PDF by
// Chromium the first page holds the summary and no goal's heading stands
// at a page's foot apart from its table. It needs Chromium, Node with this
// folder's packages (npm ci) and pdftotext; without them it skips, except
// under CI=true, where it fails.
package browsertest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// tools finds the browser, Node and pdftotext, or says what is missing.
func tools(t *testing.T) (chromium, node string) {
	t.Helper()
	var missing []string
	chromium = os.Getenv("CHROMIUM")
	if chromium == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				chromium = p
				break
			}
		}
	}
	if chromium == "" {
		missing = append(missing, "Chromium (apt-get install chromium, or set CHROMIUM)")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing = append(missing, "Node (apt-get install nodejs npm)")
	}
	for _, pkg := range []string{"axe-core", "playwright-core"} {
		if _, err := os.Stat(filepath.Join("node_modules", pkg, "package.json")); err != nil {
			missing = append(missing, pkg+" (npm ci in internal/browsertest)")
			break
		}
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		missing = append(missing, "pdftotext (apt-get install poppler-utils)")
	}
	if len(missing) > 0 {
		msg := "the browser test needs " + strings.Join(missing, ", ") + "; .ci/run installs them"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	return chromium, node
}

// paper is one HTML file to check, and the snapshot it shows when it is
// the committee's report (nil for a comparison table).
type paper struct {
	name string
	s    *model.Snapshot
	l    lang.Lang
}

// papers writes the built-in example and the plan with every kind of
// target and every track as reports (with the changes since a meeting
// where since names one), and a comparison table, in both languages, into
// dir.
func papers(t *testing.T, dir string) []paper {
	t.Helper()
	ex, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	kinds, err := data.Load(data.Locate("../../report/testdata/kinds"))
	if err != nil {
		t.Fatal(err)
	}
	plans := []struct {
		name        string
		p           *model.Plan
		asOf, since string
	}{{"example", ex.Plan, "2026-Q3", ""}, {"kinds", kinds.Plan, "2023-Q4", ""}}
	var out []paper
	for _, l := range []lang.Lang{lang.Da, lang.En} {
		o := report.Options{Lang: l, Made: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
		for _, pl := range plans {
			s := model.Compute(pl.p, model.View{AsOf: model.MustPeriod(pl.asOf)})
			o.Changes = report.SinceLastMeeting(s)
			if pl.since != "" {
				c := model.ChangesSince(s, model.MustPeriod(pl.since))
				o.Changes = &c
			}
			name := pl.name + "." + l.Code() + ".html"
			if err := report.WriteFile(filepath.Join(dir, name), s, report.HTMLFormat, o); err != nil {
				t.Fatal(err)
			}
			out = append(out, paper{name, s, l})
			// The agenda item: the same page and tables in the agenda's
			// sections, checked for access and width, and printed as the
			// paper is: the summary on page 1 (Sagsfremstilling), each goal's
			// heading in Bilag on the page of its table.
			agenda := o
			agenda.Agenda = true
			name = pl.name + ".agenda." + l.Code() + ".html"
			if err := report.WriteFile(filepath.Join(dir, name), s, report.HTMLFormat, agenda); err != nil {
				t.Fatal(err)
			}
			out = append(out, paper{name, s, l})
		}
		table, err := report.CompareOf(ex.Plan, "R6", model.MustPeriod("2026-Q3"), l, false)
		if err != nil {
			t.Fatal(err)
		}
		name := "compare." + l.Code() + ".html"
		if err := table.WriteFile(filepath.Join(dir, name), report.HTMLFormat, 0); err != nil {
			t.Fatal(err)
		}
		out = append(out, paper{name: name, l: l})
	}
	return out
}

type checked struct {
	File       string
	Violations []struct {
		Media, ID, Help string
		Nodes           []struct{ Target, HTML, Summary string }
	}
	Overflow []string
}

func TestPapersInBrowser(t *testing.T) {
	chromium, node := tools(t)
	dir := t.TempDir()
	all := papers(t, dir)
	args := []string{"check.mjs"}
	for _, p := range all {
		args = append(args, filepath.Join(dir, p.name))
	}
	// A browser that hangs ends the test with what it said, not the suite.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, args...)
	cmd.Env = append(os.Environ(), "CHROMIUM="+chromium)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("node check.mjs: %v\n%s", err, stderr.String())
	}
	results := map[string]checked{}
	for sc := bufio.NewScanner(bytes.NewReader(out)); sc.Scan(); {
		var c checked
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%v: %s", err, sc.Text())
		}
		results[filepath.Base(c.File)] = c
	}
	for _, p := range all {
		c, ok := results[p.name]
		if !ok {
			t.Errorf("%s: not checked", p.name)
			continue
		}
		t.Logf("%s: %d axe-core violations (wcag2a, wcag2aa, wcag21a, wcag21aa; screen and print)", p.name, len(c.Violations))
		for _, v := range c.Violations {
			t.Errorf("%s (%s): %s: %s, %d nodes", p.name, v.Media, v.ID, v.Help, len(v.Nodes))
			for _, n := range v.Nodes {
				t.Errorf("  %s: %s\n    %s", n.Target, n.HTML, n.Summary)
			}
		}
		for _, o := range c.Overflow {
			t.Errorf("%s: wider than the printed page, so cut off: %s", p.name, o)
		}
		if p.s != nil {
			printed(t, p, pages(t, filepath.Join(dir, strings.TrimSuffix(p.name, ".html")+".pdf")))
		}
	}
}

// pages is the text of each page of the PDF, its white space made single
// spaces, so a heading that wraps still reads as written.
func pages(t *testing.T, pdf string) []string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	texts := strings.Split(string(out), "\f")
	if len(texts) > 1 && strings.TrimSpace(texts[len(texts)-1]) == "" {
		texts = texts[:len(texts)-1]
	}
	for i, text := range texts {
		texts[i] = strings.Join(strings.Fields(text), " ")
	}
	return texts
}

// printed checks the printed report page by page: the first page holds the
// summary, every goal's row in it; each goal's heading stands on the page
// of its table's first measure.
func printed(t *testing.T, p paper, pages []string) {
	t.Helper()
	t.Logf("%s: %d pages printed", p.name, len(pages))
	first := pages[0]
	legend := strings.Index(first, p.l.T(lang.LegendTitle))
	summary := strings.Index(first, p.l.T(lang.Overview))
	if summary < 0 || (legend >= 0 && legend < summary) {
		t.Errorf("%s: page 1 does not hold the summary (%q):\n%s", p.name, p.l.T(lang.Overview), first)
	}
	for _, g := range p.s.Goals {
		if !strings.Contains(first[max(summary, 0):], g.Goal.ID+" "+g.Goal.Title) {
			t.Errorf("%s: page 1 lacks the summary's row of %s", p.name, g.Goal.ID)
		}
	}
	// From the legend on, each goal's heading in order, then its first measure.
	page, at := 0, -1
	for page < len(pages) {
		if at = strings.Index(pages[page], p.l.T(lang.LegendTitle)); at >= 0 {
			break
		}
		page++
	}
	if at < 0 {
		t.Fatalf("%s: no legend in the printed paper", p.name)
	}
	find := func(text string) (int, int, bool) {
		for page < len(pages) {
			if i := strings.Index(pages[page][at:], text); i >= 0 {
				at += i + len(text)
				return page, at, true
			}
			page, at = page+1, 0
		}
		return 0, 0, false
	}
	for _, g := range p.s.Goals {
		heading := g.Goal.ID + " " + g.Goal.Title
		hp, _, ok := find(heading)
		if !ok {
			t.Errorf("%s: the heading %q is not printed (after the legend)", p.name, heading)
			return
		}
		if len(g.Measures) == 0 {
			continue
		}
		m := g.Measures[0].Measure
		row := m.ID + " " + strings.Fields(m.Title)[0]
		mp, _, ok := find(row)
		if !ok {
			t.Errorf("%s: the first measure of %s, %q, is not printed", p.name, g.Goal.ID, row)
			return
		}
		if mp != hp {
			t.Errorf("%s: the heading of %s stands at the foot of page %d, its table's first measure %s on page %d", p.name, g.Goal.ID, hp+1, m.ID, mp+1)
		}
	}
}
