package report

import (
	"path/filepath"
	"slices"
	"strings"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// CompareError is a comparison asked of something the plan does not
// have, in the user's words. Usage is true for a mistake on the command
// line (an unknown id), false for one in the files (a table not read).
type CompareError struct {
	Text  string
	Usage bool
}

func (e CompareError) Error() string { return e.Text }

// CompareFormatOf is compare's format: plain text to a terminal or pipe
// when neither --format nor the output file's extension names another,
// else as FormatOf picks the report's.
func CompareFormatOf(flag, output string) (Format, bool) {
	switch strings.ToLower(flag) {
	case "text", "txt":
		return TextFormat, true
	case "":
		if output == "" || output == "-" || strings.EqualFold(filepath.Ext(output), ".txt") {
			return TextFormat, true
		}
	}
	return FormatOf(flag, output)
}

// CompareOf is what compare shows: with no id the list of the plan's
// tables, else the table of the indicator or measure id names.
func CompareOf(p *model.Plan, id string, asOf model.Period, l lang.Lang, ascii bool) (*Table, error) {
	if id == "" {
		return Indicators(p, l, ascii)
	}
	return CompareTable(p, id, asOf, l, ascii)
}

// Indicators is the list of the tables the plan's measures name: id,
// title, unit, periods from–to, the measures that use it, and its file.
func Indicators(p *model.Plan, l lang.Lang, ascii bool) (*Table, error) {
	ids := p.IndicatorIDs()
	if len(ids) == 0 {
		return nil, CompareError{Text: l.T(lang.CompareNone), Usage: true}
	}
	t := &Table{Title: p.Municipality + " " + dash(ascii) + " " + l.T(lang.CompareLabel), Municipality: p.Municipality, Lang: l, ASCII: ascii,
		Head: []string{"Id", l.T(lang.Title), l.T(lang.Unit), l.T(lang.ComparePeriods), l.T(lang.Measures), l.T(lang.CompareFile)}}
	t.Fixed = len(t.Head)
	for _, id := range ids {
		var users []string
		var first *model.Measure
		for _, m := range p.Measures {
			if m.Compare == id {
				users = append(users, m.ID)
				if first == nil {
					first = m
				}
			}
		}
		row := tableRow{Cells: []tableCell{{Text: id}}}
		ind := p.Indicators[id]
		if ind == nil {
			row.Cells = append(row.Cells, tableCell{Text: l.T(lang.CompareNotRead, id)}, tableCell{}, tableCell{})
		} else {
			span := ""
			if n := len(ind.Periods); n > 0 {
				span = ind.Periods[0].String() + dash(ascii) + ind.Periods[n-1].String()
			}
			row.Cells = append(row.Cells, tableCell{Text: indicatorTitle(ind, first)}, tableCell{Text: l.UnitName(CompareUnit(first, ind))}, tableCell{Text: span})
		}
		file := ""
		if ind != nil {
			file = ind.File
		}
		row.Cells = append(row.Cells, tableCell{Text: strings.Join(users, ", ")}, tableCell{Text: file})
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// CompareTable is one indicator's table for the municipality and its group
// up to the as-of period: a row for the municipality, each member of the
// group (those the table lacks said so), the group's mean and the whole
// country, then the municipality's rank among all and in the group in
// each period, ranked the way the measure's `better` says. id is an
// indicator's id or a measure's that names one; the measure (the first
// that names the indicator) gives the area, the group and the direction.
func CompareTable(p *model.Plan, id string, asOf model.Period, l lang.Lang, ascii bool) (*Table, error) {
	m, err := comparedMeasure(p, id, l)
	if err != nil {
		return nil, err
	}
	ind := p.IndicatorOf(m)
	if ind == nil {
		return nil, CompareError{Text: l.T(lang.CompareNotRead, m.Compare)}
	}
	periods := model.PeriodsUpTo(ind.Periods, asOf)
	// A measure's own id shows its table in the measure's periods (a
	// quarterly measure against a monthly table by quarter), so the ranks
	// are the ones its screen and status give.
	compared := p.ComparedPeriods(m)
	own := p.Measure(id) == m && !strings.EqualFold(id, m.Compare) && !slices.Equal(compared, ind.Periods)
	if own {
		periods = model.PeriodsUpTo(compared, asOf)
	}
	if len(periods) == 0 {
		return nil, CompareError{Text: l.T(lang.CompareNoPeriods, ind.ID, l.Period(asOf))}
	}
	t := compareHead(p, m, ind, asOf, l, ascii)
	for _, q := range periods {
		t.Head = append(t.Head, q.String())
	}
	c := compareRows(p, m, ind, l, ascii)
	for _, q := range periods {
		c.add(q)
	}
	t.Rows = c.rows()
	if c.fromEntry {
		t.Notes = append(t.Notes, l.T(lang.CompareFromEntryOf, m.ID))
	}
	if own {
		t.Notes = append(t.Notes, l.T(lang.CompareOwnPeriods, m.ID))
	}
	return t, nil
}

// comparedMeasure is the measure whose table id names: the first measure
// naming the indicator, or the measure of that id. An id the plan lacks
// is said with the nearest indicator's id.
func comparedMeasure(p *model.Plan, id string, l lang.Lang) (*model.Measure, error) {
	for _, m := range p.Measures {
		if strings.EqualFold(m.Compare, id) {
			return m, nil
		}
	}
	m := p.Measure(id)
	if m != nil && m.Compare != "" {
		return m, nil
	}
	ids := p.IndicatorIDs()
	switch {
	case len(ids) == 0:
		return nil, CompareError{Text: l.T(lang.CompareNone), Usage: true}
	case m != nil:
		return nil, CompareError{Text: l.T(lang.CompareNoTable, id, strings.Join(ids, ", ")), Usage: true}
	}
	if near := data.Closest(id, ids); near != "" {
		return nil, CompareError{Text: l.T(lang.CompareUnknownNear, id, near, strings.Join(ids, ", ")), Usage: true}
	}
	return nil, CompareError{Text: l.T(lang.CompareUnknown, id, strings.Join(ids, ", ")), Usage: true}
}

// compareHead is the table's title and the line under it.
func compareHead(p *model.Plan, m *model.Measure, ind *model.Indicator, asOf model.Period, l lang.Lang, ascii bool) *Table {
	title := indicatorTitle(ind, m)
	better := l.Better(m.Better)
	unit := CompareUnit(m, ind)
	t := &Table{Lang: l, ASCII: ascii, Fixed: 1, Unit: unit, Head: []string{l.T(lang.CompareArea)},
		Municipality: p.Municipality, AsOfLine: l.T(lang.AsOf, l.Period(asOf))}
	t.Title = strings.Join(nonEmpty(ind.ID, title), " ")
	if u := l.UnitName(unit); u != "" {
		t.Title += " (" + u + ", " + better + ")"
	} else {
		t.Title += " (" + better + ")"
	}
	with := []string{}
	if g := p.ComparedWith(m); g != nil && !g.National {
		with = append(with, g.Name)
	}
	with = append(with, model.National)
	t.Subtitle = l.T(lang.CompareAgainst, p.AreaOf(m), strings.Join(with, ", "), l.Period(asOf), ind.File)
	if ascii {
		t.Subtitle = strings.ReplaceAll(t.Subtitle, " · ", sep(true))
	}
	return t
}

// indicatorTitle is the table's own title, or, for a table without a
// header file, the title of the (first) measure that names it.
func indicatorTitle(ind *model.Indicator, m *model.Measure) string {
	if ind.Title == "" && m != nil {
		return m.Title
	}
	return ind.Title
}
