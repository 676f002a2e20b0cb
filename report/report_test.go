package report

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// snapshots are the plans every format is tested on; kinds has every kind
// of target and every track.
func snapshots(t *testing.T) map[string]*model.Snapshot {
	t.Helper()
	ex, err := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	if err != nil {
		t.Fatal(err)
	}
	br, err := data.Load(data.Locate("testdata/branches"))
	if err != nil {
		t.Fatal(err)
	}
	kinds, err := data.Load(data.Locate("testdata/kinds"))
	if err != nil {
		t.Fatal(err)
	}
	shapes, err := data.Load(data.Locate("testdata/shapes")) // money, a goal worked on, a strategy for two goals, a rank
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*model.Snapshot{
		"example":  model.Compute(ex.Plan, model.View{AsOf: model.MustPeriod("2026-Q3")}),
		"branches": model.Compute(br.Plan, model.View{AsOf: model.MustPeriod("2024-Q2")}),
		"kinds":    model.Compute(kinds.Plan, model.View{AsOf: model.MustPeriod("2023-Q4")}),
		"shapes":   model.Compute(shapes.Plan, model.View{AsOf: model.MustPeriod("2024-Q2")}),
	}
}

func options(l lang.Lang) Options {
	return Options{Lang: l, Made: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
}

// golden compares with testdata/NAME, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		os.WriteFile(path, got, 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test ./report -update and review the diff", name)
	}
}

func TestGoldenReports(t *testing.T) {
	for plan, s := range snapshots(t) {
		for _, f := range []Format{MD, HTMLFormat, CSVFormat} {
			for _, l := range []lang.Lang{lang.Da, lang.En} {
				var b bytes.Buffer
				o := options(l)
				o.Changes = SinceLastMeeting(s)
				if err := Write(&b, s, f, o); err != nil {
					t.Fatal(err)
				}
				golden(t, plan+"."+l.Code()+"."+string(f), b.Bytes())
			}
		}
	}
}

func TestHTMLIsWellFormedAndSelfContained(t *testing.T) {
	for plan, s := range snapshots(t) {
		var b bytes.Buffer
		if err := HTML(&b, s, options(lang.Da)); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		d := xml.NewDecoder(strings.NewReader(strings.TrimPrefix(page, "<!DOCTYPE html>\n")))
		d.Strict = true
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: not well-formed: %v", plan, err)
			}
		}
		for _, banned := range []string{"<script", "<link", "<img", "@import", "url(", "src="} {
			if strings.Contains(page, banned) {
				t.Errorf("%s: the report must be self-contained, but has %q", plan, banned)
			}
		}
		if n := strings.Count(page, `<section class="goal">`); n != len(s.Goals) {
			t.Errorf("%s: %d goal sections, want %d", plan, n, len(s.Goals))
		}
	}
}

func TestHTMLEscapesText(t *testing.T) {
	var b bytes.Buffer
	HTML(&b, snapshots(t)["branches"], options(lang.Da))
	page := b.String()
	for _, want := range []string{"Grenå &amp; Æbeltoft &lt;Prøve&gt; Kommune", "Unge &lt;25 år &amp; &#34;NEET&#34; – &#39;særlige&#39; forløb", "Pause &lt;til efteråret&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("missing escaped text %q", want)
		}
	}
	if strings.Contains(page, "<Prøve>") || strings.Contains(page, "<25 år") {
		t.Error("text must never become markup")
	}
	if !strings.Contains(page, `<svg class="chart"`) || !strings.Contains(page, `class="target"`) {
		t.Error("a measure with a history has a chart with its target line")
	}
}

var unescapedPipe = regexp.MustCompile(`(^|[^\\])\|`)

func TestMarkdownTablesHaveEvenRows(t *testing.T) {
	for plan, s := range snapshots(t) {
		var b bytes.Buffer
		Markdown(&b, s, options(lang.Da))
		cols := 0
		for i, line := range strings.Split(b.String(), "\n") {
			if !strings.HasPrefix(line, "|") {
				cols = 0
				continue
			}
			n := len(unescapedPipe.FindAllString(line, -1))
			if cols == 0 {
				cols = n
			} else if n != cols {
				t.Errorf("%s line %d has %d cells, its table %d: %s", plan, i+1, n-1, cols-1, line)
			}
		}
	}
}

func TestCSVOpensInDanishExcel(t *testing.T) {
	var b bytes.Buffer
	CSV(&b, snapshots(t)["branches"], options(lang.Da))
	content := b.Bytes()
	if !bytes.HasPrefix(content, []byte("\xef\xbb\xbf")) {
		t.Fatal("Danish CSV starts with a BOM")
	}
	r := csv.NewReader(bytes.NewReader(content[3:]))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+6+6 || rows[0][1] != "Resultatmål" {
		t.Fatalf("want a header, 6 measures and 6 initiatives: %v", rows)
	}
	for _, row := range rows[1:] {
		if row[1] == "NOTGT" && (row[9] != "131500,5" || row[3] != "kr") {
			t.Errorf("decimal comma and no thousands separator: %v", row)
		}
		if row[1] == "LOWNOT" && (row[12] != "30,6667" || row[13] != "på rette spor") {
			t.Errorf("progress and track: %v", row)
		}
	}
	b.Reset()
	CSV(&b, snapshots(t)["branches"], options(lang.En))
	if bytes.HasPrefix(b.Bytes(), []byte("\xef\xbb\xbf")) || !strings.Contains(b.String(), "131500.5") || !strings.Contains(b.String(), "Goal,Measure,") {
		t.Errorf("English CSV is plain comma CSV:\n%s", b.String())
	}
}

func TestAsOfMakesAnOldMeetingsReportAgain(t *testing.T) {
	ex, _ := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	var early, again bytes.Buffer
	Markdown(&early, model.Compute(ex.Plan, model.View{AsOf: model.MustPeriod("2026-Q1")}), options(lang.Da))
	ex.Plan.AddEntries(model.Entry{Measure: "R13", Period: model.MustPeriod("2026-Q4"), Value: 1700, HasValue: true})
	Markdown(&again, model.Compute(ex.Plan, model.View{AsOf: model.MustPeriod("2026-Q1")}), options(lang.Da))
	if early.String() != again.String() {
		t.Error("later figures must not change an old period's report")
	}
	if !strings.Contains(early.String(), "1.990 (1. kvartal 2026)") || strings.Contains(early.String(), "1.958") {
		t.Error("the 2026-Q1 report shows the figures of then")
	}
}

// TestCSVHeadersAreDistinct: a spreadsheet's filter and a pivot table name
// columns by their headers, so no two may be the same.
func TestCSVHeadersAreDistinct(t *testing.T) {
	for _, l := range []lang.Lang{lang.Da, lang.En} {
		var b bytes.Buffer
		CSV(&b, snapshots(t)["example"], options(l))
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b.Bytes(), []byte("\ufeff"))))
		r.Comma = ','
		if l == lang.Da {
			r.Comma = ';'
		}
		header, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, h := range header {
			if seen[h] {
				t.Errorf("%s: two columns are headed %q: %v", l.Code(), h, header)
			}
			seen[h] = true
		}
	}
}

// TestPendingNoteInEveryFormat: a pending entry's note is what the team
// wrote for the committee; no format drops it.
func TestPendingNoteInEveryFormat(t *testing.T) {
	for _, f := range []Format{MD, HTMLFormat, CSVFormat} {
		var b bytes.Buffer
		Write(&b, snapshots(t)["example"], f, options(lang.Da))
		if !strings.Contains(b.String(), "rundspørgeinterviewet er ikke gennemført endnu") {
			t.Errorf("%s drops the pending note", f)
		}
	}
}

// TestChangesSinceTheLastMeetingFollowTheSummary: the example as of 2026-Q3,
// with a figure of 2026-Q2 revised after the 2026-Q2 meeting, shows a
// changed track, a new figure and the revision right after the summary,
// in every format.
func TestChangesSinceTheLastMeetingFollowTheSummary(t *testing.T) {
	ex, _ := data.Load(data.Source{PlanPath: "plan.toml", StatusPath: "status.toml", Example: true})
	ex.Plan.AddEntries(model.Entry{Measure: "R8", Period: model.MustPeriod("2026-Q2"), Value: 437, HasValue: true,
		At: time.Date(2026, 10, 20, 9, 0, 0, 0, time.UTC)})
	ex.Plan.AddEntries(model.Entry{Measure: "R9", Period: model.MustPeriod("2026-Q3"), Value: 74, HasValue: true,
		At: time.Date(2026, 10, 8, 9, 0, 0, 0, time.UTC)}) // under 75: met
	s := model.Compute(ex.Plan, model.View{AsOf: model.MustPeriod("2026-Q3")})
	changes := model.ChangesSince(s, model.MustPeriod("2026-Q2"))
	o := options(lang.Da)
	o.Changes = &changes
	for _, f := range []Format{MD, HTMLFormat, CSVFormat} {
		var b bytes.Buffer
		Write(&b, s, f, o)
		page := b.String()
		for _, want := range []string{"på rette spor → nået", "1.012 for 3. kvartal 2026", "438 → 437 for 2. kvartal 2026"} {
			if !strings.Contains(page, want) {
				t.Errorf("%s lacks %q", f, want)
			}
		}
		// The summary stands first, so the printed first page holds it
		// (issue 29); the changes follow it, before the legend and goals.
		i := strings.Index(page, "Ændringer siden sidste møde (status pr. 2. kvartal 2026)")
		if i < 0 || f != CSVFormat && (i < strings.Index(page, "Overblik") || i > strings.Index(page, "Sådan læses rapporten")) {
			t.Errorf("%s: the changes must follow the summary and come before the legend", f)
		}
	}
}

// TestMarkdownWritesTextNotHTML: Markdown that is not HTML shows "&" as
// written ("Kultur & Turisme", which read "Kultur &amp; Turisme" before);
// only an "&" that would start an entity is escaped, with a backslash.
func TestMarkdownWritesTextNotHTML(t *testing.T) {
	var b bytes.Buffer
	Markdown(&b, snapshots(t)["example"], options(lang.Da))
	if page := b.String(); !strings.Contains(page, "Kultur & Turisme") || strings.Contains(page, "&amp;") {
		t.Error("the committee's name must read as written, without HTML entities")
	}
	for in, want := range map[string]string{"A & B": "A & B", "&amp; ok": `\&amp; ok`, "&#39;": `\&\#39;`, "a|b": `a\|b`} {
		if got := md(in); got != want {
			t.Errorf("md(%q) = %q, want %q", in, got, want)
		}
	}
}
