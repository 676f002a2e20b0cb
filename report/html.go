package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"slices"
	"strings"

	plot "github.com/beskplan/beskplan/internal/chart"
	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

//go:embed report.html
var htmlSource string

//go:embed compare.html
var compareSource string

// HTML writes the report as one self-contained HTML5 file: inline CSS, no
// scripts, fonts or images; a progress bar per goal and measure and a small
// SVG chart of each measure's figures with its target as a line. It prints
// compactly on A4: goals follow each other without forced page breaks, no
// table row is cut in two, table headers repeat on each page, and the page
// margins carry the plan's name, the as-of period and the page number
// where the browser supports CSS page margin boxes. All text is escaped by
// html/template.
func HTML(w io.Writer, s *model.Snapshot, o Options) error {
	return writeHTML(w, o.Lang, "report", htmlPage(s, o))
}

// writeHTML writes the page of the template by name (report.html's
// "report", compare.html's "compare", which shares its style) with the data.
func writeHTML(w io.Writer, l lang.Lang, name string, page any) error {
	funcs := template.FuncMap{
		"t": func(k string, args ...any) string { return l.T(lang.Key(k), args...) },
		// parts splits a track that names both verdicts, so each keeps its
		// words together and the column stays narrow enough for the page.
		"parts": func(s string) []string { return strings.Split(s, " · ") },
	}
	tmpl, err := template.New("report").Funcs(funcs).Parse(htmlSource)
	if err != nil {
		return err
	}
	if _, err := tmpl.New("compare").Parse(compareSource); err != nil {
		return err
	}
	if _, err := tmpl.New("agenda").Parse(agendaSource); err != nil {
		return err
	}
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, page); err != nil {
		return err
	}
	_, err = io.WriteString(w, printable.Text(b.String()))
	return err
}

type htmlGoal struct {
	ID, Title, Kind, Progress, Counts string
	Width                             template.CSS
	Scored                            bool
	WorkedOn                          bool           // followed through its initiatives: Counts says how, no bar
	Money                             string         // its initiatives' money; "" without any
	Strategies                        []strategyPart // nil with Options.Brief
	HasMoney                          bool           // the plan has money: its initiatives' tables have a column for it
	Measures                          []htmlMeasure
	Written                           *written // the goal's vurdering, or nil
	Sub                               bool     // a heading a level down: in the agenda's appendix
}

type htmlMeasure struct {
	measureRow
	RefCell  string
	UnitName string
	Width    template.CSS
	Chart    template.HTML
	Compare  comparison
	// CompareChart draws the measure's figure against its group's mean
	// over time; CompareLegend says which line is which.
	CompareChart  template.HTML
	CompareLegend string
	Written       *written // the measure's own vurdering, or nil
}

func htmlPage(s *model.Snapshot, o Options) map[string]any {
	l := o.Lang
	var goals []htmlGoal
	for _, g := range s.Goals {
		hg := htmlGoal{ID: g.Goal.ID, Title: g.Goal.Title, Kind: l.Kind(g.Goal.Kind), Progress: goalPercent(g, l),
			Counts: goalLine(g, l, " · "), Width: width(g.Progress), Scored: g.Scored > 0, Written: writtenOf(s, g.Goal.ID, l),
			WorkedOn: g.Goal.WorkedOn, Money: l.Money(g.Money, " · "), HasMoney: hasMoney(s)}
		if !o.Brief {
			hg.Strategies = strategiesOf(s, g.Goal, l, " · ")
		}
		for _, ms := range g.Measures {
			r := rowOf(g.Goal, ms, l)
			hg.Measures = append(hg.Measures, htmlMeasure{measureRow: r, RefCell: r.ReferenceCell(l), UnitName: l.UnitName(r.Unit), Width: width(r.Fraction), Chart: chart(r, l),
				Compare: comparisonOf(s, ms.Measure, l, " · ")})
			last := &hg.Measures[len(hg.Measures)-1]
			last.CompareChart, last.CompareLegend = compareChart(s, ms.Measure, l)
			last.Written = writtenOf(s, ms.Measure.ID, l)
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
		"Goals": goals, "Missing": missing, "Initiatives": initiativesUnlessBrief(s, o), "Changes": htmlChanges(o.Changes, l),
		"Own": writtenOf(s, "", l), "PlanMoney": planMoney(s, l, " · "),
	}
}

// initiativesUnlessBrief are the rows of the table of initiatives; none
// with Options.Brief.
func initiativesUnlessBrief(s *model.Snapshot, o Options) []initiativeRow {
	if o.Brief {
		return nil
	}
	return initiativeRows(s, o.Lang)
}

// width is a progress as a CSS width.
func width(fraction float64) template.CSS {
	return template.CSS(fmt.Sprintf("%.1f%%", 100*model.Clamp01(fraction)))
}

// chart draws the measure's series (the one the interactive view draws)
// as a line in a small SVG, with the target as a dashed line, and says
// what it draws in its title (chartText).
func chart(r measureRow, l lang.Lang) template.HTML {
	ms := r.Status
	series := plot.SeriesOf(ms)
	if !series.Drawable() {
		return ""
	}
	box := chartBox{lo: series.Lo, hi: series.Hi}
	var b strings.Builder
	box.open(&b, chartText(r, series, l))
	if series.HasTarget {
		fmt.Fprintf(&b, `<line class="target" x1="0" x2="%.0f" y1="%.1f" y2="%.1f" />`, chartW, box.y(series.Target), box.y(series.Target))
	}
	box.line(&b, "figures", series.Values)
	return template.HTML(b.String() + "</svg>")
}

// The size of a chart, and the room around its lines.
const chartW, chartH, chartPad = 120.0, 32.0, 3.0

// chartBox maps figures from lo to hi onto a chart's height.
type chartBox struct{ lo, hi float64 }

func (c chartBox) y(v float64) float64 {
	lo, hi := c.lo, c.hi
	if hi == lo {
		hi, lo = hi+1, lo-1
	}
	return chartPad + (chartH-2*chartPad)*(hi-v)/(hi-lo)
}

// open starts the chart's SVG, an image whose text alternative is text.
func (c chartBox) open(b *strings.Builder, text string) {
	fmt.Fprintf(b, `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img">`, chartW, chartH, chartW, chartH)
	b.WriteString(svgTitle(text))
}

// line draws the values across the chart's width as a polyline of the
// class, with a dot on the last.
func (c chartBox) line(b *strings.Builder, class string, values []float64) {
	var points []string
	for i, v := range values {
		x := chartPad + (chartW-2*chartPad)*float64(i)/float64(max(1, len(values)-1))
		points = append(points, fmt.Sprintf("%.1f,%.1f", x, c.y(v)))
	}
	fmt.Fprintf(b, `<polyline class="%s" points="%s" />`, class, strings.Join(points, " "))
	if class == "figures" {
		last := strings.Split(points[len(points)-1], ",")
		fmt.Fprintf(b, `<circle class="last" cx="%s" cy="%s" r="2" />`, last[0], last[1])
	}
}

// compareCharted is how many of the latest periods of a span the
// comparison chart draws: two years (24 months, 8 quarters), at least 8.
func compareCharted(s model.Span) int { return plot.Points(s, 2, 8) }

// compareChart draws the measure's figure (blue) against its group's mean,
// or the whole country's where it has no group (grey), in the latest of
// its periods (its own where longer than its table's) up to the as-of period; "" when there are fewer
// than two.
func compareChart(s *model.Snapshot, m *model.Measure, l lang.Lang) (template.HTML, string) {
	all := s.Plan.Standings(m, s.View.AsOf)
	if len(all) == 0 {
		return "", ""
	}
	// One group for the whole line, as the view draws it (plot.AgainstOf):
	// the measure's own, else the whole country, never the one and the other.
	against := plot.AgainstOf(all).Last(compareCharted(all[0].Period.Span))
	var own, group []float64
	var periods []model.Period
	for i, mean := range against.Group {
		if !math.IsNaN(mean) {
			own, group = append(own, against.Own[i]), append(group, mean)
			periods = append(periods, against.Periods[i])
		}
	}
	if len(own) < 2 {
		return "", ""
	}
	box := chartBox{lo: min(slices.Min(own), slices.Min(group)), hi: max(slices.Max(own), slices.Max(group))}
	var b strings.Builder
	box.open(&b, compareChartText(m, s.Plan.AreaOf(m), against.Place.Group.Name, periods, own, group, l))
	box.line(&b, "group", group)
	box.line(&b, "figures", own)
	b.WriteString("</svg>")
	return template.HTML(b.String()), l.T(lang.CompareChartLegend, s.Plan.AreaOf(m), against.Place.Group.Name, len(own))
}

// htmlChanges is the changes section's content, or nil to leave it out.
func htmlChanges(c *model.Changes, l lang.Lang) map[string]any {
	if c == nil {
		return nil
	}
	return map[string]any{"Title": ChangesTitle(c, l), "Groups": ChangeGroups(c, l), "None": NoChanges(c, l)}
}
