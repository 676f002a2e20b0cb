package report

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// assessedKinds is the kinds plan with written assessments for its as-of
// period, appended as the program writes them: M1's vurdering (replacing
// an earlier one), a measure's, and the paper's own with its indstilling.
func assessedKinds(t *testing.T) *model.Snapshot {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"plan.toml", "status.toml"} {
		b, err := os.ReadFile(filepath.Join("testdata", "kinds", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	q4 := model.MustPeriod("2023-Q4")
	at := func(day int) time.Time { return time.Date(2024, 1, day, 9, 0, 0, 0, time.UTC) }
	entries := []model.Entry{
		{Goal: "M1", Period: q4, Vurdering: "Et udkast, der er afløst.", By: "bo", At: at(10)},
		{Goal: "M1", Period: q4, Vurdering: "Flere er i job efter forløb, og ledigheden blandt unge falder.\n\nVirksomhedspraktik halter: forvaltningen følger op <i dag>.", By: "anne", At: at(12)},
		{Measure: "OFF", Period: q4, Vurdering: "Færre praktikpladser end ventet.", By: "anne", At: at(12)},
		{Period: q4, Vurdering: "Planen er i det store hele på sporet.", Indstilling: "Forvaltningen indstiller, at udvalget tager orienteringen til efterretning.", By: "chef", At: at(15)},
	}
	f, err := os.OpenFile(filepath.Join(dir, "status.toml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(data.EncodeEntries(entries))
	f.Close()
	loaded, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatal(err)
	}
	return model.Compute(loaded.Plan, model.View{AsOf: q4})
}

func TestGoldenAssessedAndAgenda(t *testing.T) {
	s := assessedKinds(t)
	for _, agenda := range []bool{false, true} {
		for _, f := range []Format{MD, HTMLFormat} {
			for _, l := range []lang.Lang{lang.Da, lang.En} {
				var b bytes.Buffer
				o := options(l)
				o.Changes, o.Agenda = SinceLastMeeting(s), agenda
				if err := Write(&b, s, f, o); err != nil {
					t.Fatal(err)
				}
				name := "kinds-assessed."
				if agenda {
					name = "kinds-agenda."
				}
				golden(t, name+l.Code()+"."+string(f), b.Bytes())
			}
		}
	}
}

func TestAssessedPaperShowsTheCurrentVurderingUnderItsGoal(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, assessedKinds(t), options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	paper := b.String()
	goal := paper[strings.Index(paper, "## M1 "):]
	goal = goal[:strings.Index(goal, "| Resultatmål")]
	if !strings.Contains(goal, "**Vurdering (anne, 12. jan 2024):** Flere er i job") {
		t.Errorf("M1's vurdering is not under its heading:\n%s", goal)
	}
	if strings.Contains(paper, "afløst") {
		t.Error("the superseded vurdering is shown")
	}
	if !strings.Contains(paper, "## Indstilling\n\nForvaltningen indstiller") {
		t.Error("the paper's indstilling is missing")
	}
}

func TestAgendaHasTheFourSectionsInOrder(t *testing.T) {
	s := assessedKinds(t)
	for _, f := range []Format{MD, HTMLFormat} {
		var b bytes.Buffer
		o := options(lang.Da)
		o.Agenda = true
		if err := Write(&b, s, f, o); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		for _, h := range []string{"Sagsfremstilling", "Overblik", "Vurdering", "M1 Flere i beskæftigelse", "Flere er i job", "Indstilling", "Forvaltningen indstiller", "Bilag", "Borgere i virksomhedspraktik"} {
			i := strings.Index(page, h)
			if i < 0 {
				t.Fatalf("%s: %q is missing or out of order", f, h)
			}
			page = page[i:]
		}
	}
	var b bytes.Buffer
	o := options(lang.Da)
	o.Agenda = true
	if err := Write(&b, s, CSVFormat, o); err == nil {
		t.Error("the agenda as CSV is not refused")
	}
}

// headings are an HTML page's headings, in order.
var headings = regexp.MustCompile(`<h([1-6])>`)

func TestAgendaHTMLIsWellFormedWithHeadingsInOrder(t *testing.T) {
	var b bytes.Buffer
	s := assessedKinds(t)
	if err := AgendaHTML(&b, s, options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	d := xml.NewDecoder(strings.NewReader(strings.TrimPrefix(page, "<!DOCTYPE html>\n")))
	d.Strict = true
	for {
		if _, err := d.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
	}
	level := 0
	for _, m := range headings.FindAllStringSubmatch(page, -1) {
		next := int(m[1][0] - '0')
		if next > level+1 {
			t.Fatalf("h%d follows h%d: a level is skipped", next, level)
		}
		level = next
	}
	if n, want := strings.Count(page, "<caption>"), strings.Count(page, `<section class="goal">`); n == 0 || n > want {
		t.Errorf("%d captions for %d goal sections", n, want)
	}
	if strings.Contains(page, "<i dag>") {
		t.Error("a vurdering's text is not escaped")
	}
}

func TestSpreadsheetsCarryTheVurdering(t *testing.T) {
	s := assessedKinds(t)
	var b bytes.Buffer
	if err := CSV(&b, s, options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	if !strings.Contains(lines[0], "Vurdering af målet;Vurdering af resultatmålet") {
		t.Errorf("no vurdering columns: %s", lines[0])
	}
	var off string
	for _, line := range lines {
		if strings.HasPrefix(line, "M1;OFF;") {
			off = line
		}
	}
	if !strings.Contains(off, "Vurdering (anne, 12. jan 2024): Flere er i job") || !strings.Contains(off, "Færre praktikpladser end ventet") {
		t.Errorf("OFF's row lacks its goal's and its own vurdering: %s", off)
	}
	b.Reset()
	if err := XLSX(&b, s, options(lang.Da)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Vurdering")
	if err != nil || len(rows) != 4 {
		t.Fatalf("the sheet Vurdering has %d rows (%v), want a header and 3", len(rows), err)
	}
	if rows[1][1] != "Samlet vurdering" || !strings.HasPrefix(rows[1][3], "Forvaltningen indstiller") || rows[2][0] != "M1" {
		t.Errorf("the sheet's rows: %q", rows[1:])
	}
}
