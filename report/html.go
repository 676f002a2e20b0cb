package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	plot "github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

//go:embed report.html
var htmlSource string

// HTML writes the report as one self-contained HTML5 file: inline CSS, no
// scripts, fonts or images; a progress bar per goal and measure and a small
// SVG chart of each measure's figures with its target as a line. It prints
// compactly on A4: goals follow each other without forced page breaks, no
// table row is cut in two, table headers repeat on each page, and the page
// margins carry the plan's name, the as-of period and the page number
// where the browser supports CSS page margin boxes. All text is escaped by
// html/template.
func HTML(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	funcs := template.FuncMap{
		"t": func(k string, args ...any) string { return l.T(lang.Key(k), args...) },
	}
	tmpl, err := template.New("report").Funcs(funcs).Parse(htmlSource)
	if err != nil {
		return err
	}
	var b strings.Builder
	if err := tmpl.Execute(&b, htmlPage(s, o)); err != nil {
		return err
	}
	_, err = io.WriteString(w, printable.Text(b.String()))
	return err
}

type htmlGoal struct {
	ID, Title, Kind, Progress, Counts string
	Width                             template.CSS
	Scored                            bool
	Measures                          []htmlMeasure
}

type htmlMeasure struct {
	measureRow
	RefCell  string
	UnitName string
	Width    template.CSS
	Chart    template.HTML
}

func htmlPage(s *model.Snapshot, o Options) map[string]any {
	l := o.Lang
	var goals []htmlGoal
	for _, g := range s.Goals {
		hg := htmlGoal{ID: g.Goal.ID, Title: g.Goal.Title, Kind: l.Kind(g.Goal.Kind), Progress: goalPercent(g, l),
			Counts: l.Counts(g.Counts, " · "), Width: width(g.Progress), Scored: g.Scored > 0}
		for _, ms := range g.Measures {
			r := rowOf(g.Goal, ms, l)
			hg.Measures = append(hg.Measures, htmlMeasure{measureRow: r, RefCell: r.ReferenceCell(l), UnitName: l.UnitName(r.Unit), Width: width(r.Fraction), Chart: chart(ms)})
		}
		goals = append(goals, hg)
	}
	var missing []measureRow
	for _, g := range s.Missing() {
		for _, ms := range g.Measures {
			missing = append(missing, rowOf(g.Goal, ms, l))
		}
	}
	return map[string]any{
		"Lang": l.Code(), "Plan": s.Plan, "Meta": titleLine(s, o), "AsOf": l.Period(s.View.AsOf),
		"AsOfLine": l.T(lang.AsOf, l.Period(s.View.AsOf)), "PageWord": l.T(lang.Page), "Legend": legend(l),
		"Goals": goals, "Missing": missing, "Initiatives": initiativeRows(s, l), "Changes": htmlChanges(o.Changes, l),
	}
}

// width is a progress as a CSS width.
func width(fraction float64) template.CSS {
	return template.CSS(fmt.Sprintf("%.1f%%", 100*model.Clamp01(fraction)))
}

// chart draws the measure's series (the one the interactive view draws)
// as a line in a small SVG, with the target as a dashed line. It holds
// numbers only, no text.
func chart(ms *model.MeasureStatus) template.HTML {
	series := plot.SeriesOf(ms)
	if !series.Drawable() {
		return ""
	}
	values, lo, hi := series.Values, series.Lo, series.Hi
	if hi == lo {
		hi, lo = hi+1, lo-1
	}
	const w, h, pad = 120.0, 32.0, 3.0
	y := func(v float64) float64 { return pad + (h-2*pad)*(hi-v)/(hi-lo) }
	var points []string
	for i, v := range values {
		x := pad + (w-2*pad)*float64(i)/float64(len(values)-1)
		points = append(points, fmt.Sprintf("%.1f,%.1f", x, y(v)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img">`, w, h, w, h)
	if series.HasTarget {
		fmt.Fprintf(&b, `<line class="target" x1="0" x2="%.0f" y1="%.1f" y2="%.1f" />`, w, y(series.Target), y(series.Target))
	}
	fmt.Fprintf(&b, `<polyline class="figures" points="%s" />`, strings.Join(points, " "))
	last := strings.Split(points[len(points)-1], ",")
	fmt.Fprintf(&b, `<circle class="last" cx="%s" cy="%s" r="2" /></svg>`, last[0], last[1])
	return template.HTML(b.String())
}

// htmlChanges is the changes section's content, or nil to leave it out.
func htmlChanges(c *model.Changes, l lang.Lang) map[string]any {
	if c == nil {
		return nil
	}
	return map[string]any{"Title": ChangesTitle(c, l), "Groups": ChangeGroups(c, l), "None": NoChanges(c, l)}
}
