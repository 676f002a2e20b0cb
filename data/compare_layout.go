package data

import (
	"math"
	"slices"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// readWide reads a wide table: after the header row (the area column's
// name, then periods), one row per area with a figure per period. A header
// cell that is not a period, or of another span than the first, or
// repeated, leaves its column out; a repeated area leaves its row out.
func readWide(rows tableRows, header []string, title string, bad func(cellMark, lang.Key, ...any)) (grid, bool) {
	headerAt := rows.mark(0)
	if len(header) > maxHeaderColumns {
		bad(rows.mark(maxHeaderColumns), lang.CmpTooManyColumns, maxHeaderColumns)
		header = header[:maxHeaderColumns]
	}
	cols, periods := periodColumns(rows, header, bad)
	sorted, at := inTimeOrder(periods)
	g := grid{title: title, periods: sorted}
	var areas areaRows
	for {
		row, ok := rows.next()
		if !ok {
			break
		}
		if len(row) == 0 || filledCells(row[1:]) == 0 {
			continue // a blank line, or a note under the table
		}
		name, ok := areaName(rows, 0, row[0], bad)
		if !ok {
			continue
		}
		if pastLimit(rows, (len(areas.names)+1)*len(cols), bad) {
			return grid{}, false
		}
		if _, isNew := areas.index(name); !isNew {
			bad(rows.mark(0), lang.CmpDuplicateArea, name)
			continue
		}
		base := len(g.values)
		g.values = slices.Grow(g.values, len(cols))[:base+len(cols)]
		for k, c := range cols {
			v := math.NaN()
			if c < len(row) {
				v = cellFigure(rows, c, row[c], bad)
			}
			g.values[base+at[k]] = v
		}
		if extra := outside(row, len(header)); extra >= 0 {
			bad(rows.mark(extra), lang.CmpOutsideColumns, strings.TrimSpace(row[extra]))
		}
	}
	g.areas = areas.names
	return g.usable(bad, headerAt)
}

// periodColumns are the columns of a wide table's header row that are
// periods, in file order, and their periods; a column that is not a
// period, is of another span than the first, or repeats one is reported.
func periodColumns(rows tableRows, header []string, bad func(cellMark, lang.Key, ...any)) (cols []int, periods []model.Period) {
	seen := map[model.Period]bool{}
	var span spanCheck
	for i := 1; i < len(header); i++ {
		text := strings.TrimSpace(header[i])
		if text == "" {
			continue
		}
		p, err := rows.period(text)
		switch {
		case err != nil:
			bad(rows.mark(i), lang.CmpBadPeriodColumn, text)
		case !span.fits(p, text):
			bad(rows.mark(i), lang.CmpMixedSpan, text, span.text)
		case seen[p]:
			bad(rows.mark(i), lang.CmpDuplicatePeriod, text)
		default:
			seen[p] = true
			cols = append(cols, i)
			periods = append(periods, p)
		}
	}
	return cols, periods
}

// maxHeaderColumns bounds the columns of a wide table's header: every
// month from 1900 to 2999 is 13,200 columns, and any more are repeats.
const maxHeaderColumns = 20_000

// outside is the first filled cell of a row past the header's columns, or -1.
func outside(row []string, width int) int {
	for i := width; i < len(row); i++ {
		if strings.TrimSpace(row[i]) != "" {
			return i
		}
	}
	return -1
}

// longFigure is one row of a long table, kept until every period is known.
type longFigure struct {
	area, period int32
	at           cellMark // the period's cell, for a repeated figure
	v            float64
}

// readLong reads a long table: one row per area and period, with the
// area, period and value in the columns cols names. A row whose period
// cannot be read, or is of another span than the first, is left out; a
// figure repeated for the same area and period is left out after the first.
func readLong(rows tableRows, cols [3]int, title string, bad func(cellMark, lang.Key, ...any)) (grid, bool) {
	headerAt := rows.mark(0)
	periods := longPeriods{byText: map[string]longPeriod{}, index: map[model.Period]int32{}}
	areaOf := map[string]int32{} // each area's text is matched once
	var areas areaRows
	var figures []longFigure
	width := max(cols[0], cols[1], cols[2]) + 1
	for {
		row, ok := rows.next()
		if !ok {
			break
		}
		if filledCells(row) <= 1 {
			continue // a blank line, or a note under the table
		}
		if len(row) < width {
			row = append(row, make([]string, width-len(row))...)
		}
		ptext := row[cols[1]]
		name, ok := areaName(rows, cols[0], row[cols[0]], bad)
		if !ok {
			continue
		}
		pk := periods.of(rows, ptext)
		if pk.index < 0 {
			if pk.mixed {
				bad(rows.mark(cols[1]), lang.CmpMixedSpan, strings.TrimSpace(ptext), periods.span.text)
			} else {
				bad(rows.mark(cols[1]), lang.CmpBadPeriodRow, strings.TrimSpace(ptext))
			}
			continue
		}
		ai, ok := areaOf[name]
		if !ok {
			i, _ := areas.index(name)
			ai = int32(i)
			areaOf[strings.Clone(name)] = ai
		}
		v := cellFigure(rows, cols[2], row[cols[2]], bad)
		figures = append(figures, longFigure{area: ai, period: pk.index, at: rows.mark(cols[1]), v: v})
		// The figures are laid out when every period is known: a table of
		// rows each naming a new area and a new period would be n × n.
		if pastLimit(rows, max(len(areas.names)*len(periods.periods), len(figures)), bad) {
			return grid{}, false
		}
	}
	g := grid{title: title, areas: areas.names}
	g.periods, g.values = longValues(periods.periods, len(g.areas), figures, func(f longFigure) {
		bad(f.at, lang.CmpDuplicateFigure, g.areas[f.area], periods.periods[f.period].String())
	})
	return g.usable(bad, headerAt)
}

// longPeriods are a long table's periods in the order its rows first name
// them. Each period's text is read once: a long table repeats it on every
// area's row.
type longPeriods struct {
	byText  map[string]longPeriod
	index   map[model.Period]int32
	periods []model.Period
	span    spanCheck
}

// longPeriod is what a period cell's text is: the period's index, or -1
// when it is no period or (mixed) one of another span than the first.
type longPeriod struct {
	index int32
	mixed bool
}

func (lp *longPeriods) of(rows tableRows, text string) longPeriod {
	if k, seen := lp.byText[text]; seen {
		return k
	}
	k := longPeriod{index: -1}
	if p, err := rows.period(text); err == nil {
		fits := lp.span.fits(p, text)
		if i, ok := lp.index[p]; ok {
			k.index = i
		} else if fits {
			k.index = int32(len(lp.periods))
			lp.index[p] = k.index
			lp.periods = append(lp.periods, p)
		}
		k.mixed = k.index < 0
	}
	lp.byText[strings.Clone(text)] = k
	return k
}

// longValues lays the figures of a long table out area by area, periods
// in time order; repeated says where a figure is given twice.
func longValues(periods []model.Period, areas int, figures []longFigure, repeated func(longFigure)) ([]model.Period, []float64) {
	sorted, at := inTimeOrder(periods)
	values := make([]float64, areas*len(periods))
	filled := make([]bool, len(values))
	for i := range values {
		values[i] = math.NaN()
	}
	for _, f := range figures {
		i := int(f.area)*len(periods) + at[f.period]
		if filled[i] {
			repeated(f)
			continue
		}
		values[i], filled[i] = f.v, true
	}
	return sorted, values
}

// inTimeOrder sorts a table's periods, and says where each of them went:
// exports write the newest period first as often as last.
func inTimeOrder(periods []model.Period) (sorted []model.Period, at []int) {
	order := make([]int, len(periods))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return periods[a].Compare(periods[b]) })
	at = make([]int, len(periods))
	sorted = make([]model.Period, len(periods))
	for k, i := range order {
		at[i], sorted[k] = k, periods[i]
	}
	return sorted, at
}
