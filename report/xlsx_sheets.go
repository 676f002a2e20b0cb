package report

import (
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// statusSheet writes a row per measure with the report's attributes as
// columns, numbers as numbers.
func (x *workbook) statusSheet(sheet string, s *model.Snapshot, o Options) {
	l := x.l
	heads := []string{l.T(lang.GoalLabel), l.T(lang.MeasureLabel), l.T(lang.Title), l.T(lang.Unit), l.T(lang.Baseline), l.T(lang.BaselineDate),
		l.T(lang.TargetValue), l.T(lang.TargetDate), l.T(lang.Latest), l.T(lang.Period), l.T(lang.Reference), l.T(lang.DifferenceColumn),
		l.T(lang.Progress), l.T(lang.ExpectedColumn), l.T(lang.Track), l.T(lang.Milestones), l.T(lang.Notes), l.T(lang.Why)}
	widths := []float64{7, 11, 42, 13, 12, 16, 12, 16, 12, 16, 12, 13, 11, 12, 14, 40, 40, 70}
	compared := hasComparison(s.Plan)
	if compared {
		for _, h := range comparisonHeads(l) {
			heads, widths = append(heads, h), append(widths, 13)
		}
	}
	var changes []ChangeGroup
	if o.Changes != nil {
		heads, widths = append(heads, l.T(lang.ChangesColumn)), append(widths, 40)
		changes = ChangeGroups(o.Changes, l)
	}
	x.columns(sheet, heads, widths)
	row := 1
	for _, ms := range s.MeasuresOnce() { // a measure of a strategy for two goals is one row, naming both
		row++
		x.measureRow(sheet, row, ms)
		col := 19
		if compared {
			c := comparisonOf(s, ms.Measure, l, " · ")
			for _, v := range c.cells() {
				x.set(sheet, col, row, v, cellStyle(v, c.Unit))
				col++
			}
		}
		if o.Changes != nil {
			x.set(sheet, col, row, changesOf(changes, ms.Measure.ID), "text")
		}
	}
	for _, st := range s.Overdue() { // below the measures, as in the CSV: its state and "forsinket" as its track
		row++
		in := st.Initiative
		x.set(sheet, 1, row, initiativeGoal(in), "text")
		x.set(sheet, 2, row, in.ID, "text")
		x.set(sheet, 3, row, in.Title, "text")
		x.set(sheet, 15, row, l.T(lang.OverdueSince, l.Date(in.Due)), "text")
		x.set(sheet, 17, row, l.State(st.State), "text")
	}
}

// measureGoals is the goals a measure counts in, for a cell: its goal, or
// every goal of a strategy that serves several ("M3, M4").
func measureGoals(m *model.Measure) string { return strings.Join(model.GoalIDs(m.Goals), ", ") }

// initiativeGoal is the id of the goal an initiative serves, through its strategy.
func initiativeGoal(in *model.Initiative) string {
	if in.Strategy == nil {
		return ""
	}
	return strings.Join(model.GoalIDs(in.Strategy.Goals), ", ") // a cell of its own: every goal, as the plan names them
}

// initiativesSheet lists every initiative with its state, owner, due date
// and money: budgets and spending as numbers in kr., the remainder too.
func (x *workbook) initiativesSheet(s *model.Snapshot) {
	l := x.l
	sheet := l.T(lang.InitiativesHead)
	_, err := x.f.NewSheet(sheet)
	x.keep(err)
	heads := []string{l.T(lang.GoalLabel), l.T(lang.StrategyLabel), "Id", l.T(lang.Title), l.T(lang.State), l.T(lang.Owner), l.T(lang.Deadline)}
	widths := []float64{9, 9, 10, 50, 24, 20, 16}
	money := hasMoney(s)
	if money {
		heads = append(heads, l.T(lang.ColBudgetKr), l.T(lang.ColSpentKr), l.T(lang.MoneyLeftColumn))
		widths = append(widths, 14, 14, 14)
	}
	x.columns(sheet, heads, widths)
	for i, in := range s.Plan.Initiatives() {
		row := i + 2
		r := initiativeRowOf(s, in, l, " · ")
		m := s.Initiative(in).Money()
		x.set(sheet, 1, row, initiativeGoal(in), "text")
		x.set(sheet, 2, row, in.Strategy.ID, "")
		x.set(sheet, 3, row, in.ID, "")
		x.set(sheet, 4, row, in.Title, "text")
		x.set(sheet, 5, row, r.State, "text")
		x.set(sheet, 6, row, r.Owner, "text")
		if !in.Due.IsZero() {
			x.set(sheet, 7, row, in.Due.Time(), "date")
		}
		if m.Budgeted > 0 && money {
			x.set(sheet, 8, row, m.Budget, numberStyle("kr", m.Budget))
			x.set(sheet, 10, row, m.Left(), numberStyle("kr", m.Left()))
		}
		if m.Recorded > 0 && money {
			x.set(sheet, 9, row, m.Spent, numberStyle("kr", m.Spent))
		}
	}
}

// cellStyle is the style of a comparison cell: a figure in its unit's
// format, a rank a whole number, text as it is.
func cellStyle(v any, unit string) string {
	switch v := v.(type) {
	case float64:
		return numberStyle(unit, v)
	case int:
		return "number:0"
	}
	return ""
}

func (x *workbook) measureRow(sheet string, row int, ms *model.MeasureStatus) {
	l, m := x.l, ms.Measure
	r := rowOf(m.Goal, ms, l)
	x.set(sheet, 1, row, measureGoals(m), "")
	x.set(sheet, 2, row, m.ID, "")
	x.set(sheet, 3, row, m.Title, "text")
	x.set(sheet, 4, row, l.UnitName(m.Unit), "")
	if m.Baseline != nil || ms.Latest != nil {
		x.set(sheet, 5, row, ms.Baseline.Value, numberStyle(m.Unit, ms.Baseline.Value))
		if p, ok := firstFigurePeriod(ms); ok {
			x.set(sheet, 6, row, l.Period(p), "")
		} else {
			x.set(sheet, 6, row, ms.Baseline.Date.Time(), "date")
		}
	}
	if m.Target != nil {
		if ms.HasTarget {
			x.set(sheet, 7, row, ms.Target, numberStyle(m.Unit, ms.Target))
		} else {
			x.set(sheet, 7, row, r.Target, "text") // a direction: "skal falde"
		}
		if !m.Target.Date.IsZero() {
			x.set(sheet, 8, row, m.Target.Date.Time(), "date")
		}
	}
	if e := ms.Latest; e != nil {
		x.set(sheet, 9, row, e.Value, numberStyle(m.FigureUnit(), e.Value))
		x.set(sheet, 10, row, l.Period(e.Period), "")
		if e.HasRef {
			x.set(sheet, 11, row, e.Reference, numberStyle(m.FigureUnit(), e.Reference))
		}
		if m.Relative() {
			x.set(sheet, 12, row, ms.Value, numberStyle("pp", ms.Value))
		}
	}
	if ms.Track.Scored() {
		x.set(sheet, 13, row, ms.Progress, "percent")
	}
	if ms.HasExpected {
		expected := wholeForCounts(m, ms.ExpectedValue) // no one expects 446,64 personer
		x.set(sheet, 14, row, expected, numberStyle(m.Unit, expected))
	}
	x.set(sheet, 15, row, r.TrackCell(), "fill:"+trackFills[ms.Track])
	x.set(sheet, 16, row, r.Milestones, "text")
	x.set(sheet, 17, row, strings.Join(nonEmpty(r.NoteCell(), RevisedText(ms.Latest, l)), " · "), "text")
	x.set(sheet, 18, row, r.Why, "text")
}

// changesSheet lists the changes since the last meeting, one per row.
func (x *workbook) changesSheet(s *model.Snapshot, c *model.Changes) {
	l := x.l
	sheet := l.T(lang.SheetChanges)
	_, err := x.f.NewSheet(sheet)
	x.keep(err)
	x.columns(sheet, []string{ChangesTitle(c, l), "Id", l.T(lang.Title), l.T(lang.ChangesColumn)}, []float64{34, 10, 50, 50})
	row := 1
	for _, g := range ChangeGroups(c, l) {
		for _, line := range g.Lines {
			row++
			x.set(sheet, 1, row, g.Title, "text")
			x.set(sheet, 2, row, line.ID, "")
			x.set(sheet, 3, row, line.Title, "text")
			x.set(sheet, 4, row, line.Text, "text")
		}
	}
	if row == 1 {
		x.set(sheet, 1, 2, NoChanges(c, l), "")
	}
}

// entrySheet is a row per measure for the period its figure is due at the
// as-of period, with the figure where there is one: the teams fill in the
// empty ones, and `beskplan import` reads the sheet back. Its headers are
// ones the import knows (id, periode, tal, reference, note).
func (x *workbook) entrySheet(s *model.Snapshot) {
	sheet := x.l.T(lang.SheetEntry)
	_, err := x.f.NewSheet(sheet)
	x.keep(err)
	x.entryRows(sheet, s, s.MeasuresOnce(), s.Plan.Initiatives()) // a measure of a strategy for two goals has one row
}

// entryRows fills an entry sheet with the measures' rows and then a row
// per initiative for its state in the as-of period (the import reads a
// state where the id is an initiative's), left empty to fill in.
func (x *workbook) entryRows(sheet string, s *model.Snapshot, measures []*model.MeasureStatus, initiatives []*model.Initiative) {
	l := x.l
	heads, widths := []string{"Id", l.T(lang.Title), l.T(lang.Unit), l.T(lang.Period), l.T(lang.Value), l.T(lang.Reference), l.T(lang.Note)},
		[]float64{10, 50, 13, 11, 12, 12, 40}
	if len(initiatives) > 0 && hasMoney(s) { // the money spent on an initiative in the period, beside its state
		heads, widths = append(heads, l.T(lang.FormSpent)), append(widths, 16)
	}
	x.columns(sheet, heads, widths)
	row := 1
	for _, ms := range measures {
		row++
		m := ms.Measure
		due := ms.Due
		if due.IsZero() {
			due = s.View.AsOf
		}
		x.set(sheet, 1, row, m.ID, "")
		x.set(sheet, 2, row, m.Title, "text")
		x.set(sheet, 3, row, l.UnitName(m.FigureUnit()), "")
		x.set(sheet, 4, row, due.String(), "")
		if e := currentFigure(ms, due); e != nil {
			x.set(sheet, 5, row, e.Value, numberStyle(m.FigureUnit(), e.Value))
			if e.HasRef {
				x.set(sheet, 6, row, e.Reference, numberStyle(m.FigureUnit(), e.Reference))
			}
		}
	}
	for _, in := range initiatives {
		row++
		x.set(sheet, 1, row, in.ID, "")
		x.set(sheet, 2, row, in.Title, "text")
		x.set(sheet, 3, row, l.T(lang.CollectStateUnit), "")
		x.set(sheet, 4, row, s.View.AsOf.String(), "")
	}
}

// currentFigure is the measure's figure for the period, or nil.
func currentFigure(ms *model.MeasureStatus, p model.Period) *model.Entry {
	for _, r := range ms.History {
		if !r.Superseded && r.Entry.HasValue && r.Entry.Period == p {
			return r.Entry
		}
	}
	return nil
}
