package report

import (
	"encoding/csv"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// CSV writes one row per measure for the as-of period, with the report's
// columns; no text cell starts a formula. In Danish it is what Danish Excel opens as it is: UTF-8 with a
// BOM, semicolons and decimal commas; in English, plain comma CSV. Numbers
// carry no thousands separators, so a spreadsheet reads them as numbers.
func CSV(w io.Writer, s *model.Snapshot, o Options) error {
	l := o.Lang
	cw, num, err := csvWriter(w, l)
	if err != nil {
		return err
	}
	header := []string{l.T(lang.GoalLabel), l.T(lang.MeasureLabel), l.T(lang.Title), l.T(lang.Unit), l.T(lang.Baseline), l.T(lang.BaselineDate),
		l.T(lang.TargetValue), l.T(lang.TargetDate), l.T(lang.AsOfColumn), l.T(lang.Latest), l.T(lang.Period), l.T(lang.Reference),
		l.T(lang.Progress) + " %", l.T(lang.Track), l.T(lang.Note),
		l.T(lang.ExpectedColumn), l.T(lang.BaselineKind), l.T(lang.Remarks), l.T(lang.Why), l.T(lang.DifferenceColumn), l.T(lang.Milestones)}
	compared := hasComparison(s.Plan)
	if compared {
		header = append(header, comparisonHeads(l)...)
	}
	assessed := len(writtenIn(s, l)) > 0
	if assessed {
		header = append(header, l.T(lang.GoalVurderingColumn), l.T(lang.MeasureVurderingColumn))
	}
	money := len(header) // the strategy, and the initiatives' budgets and spending (where the plan has money); the changes stay last
	header = append(header, l.T(lang.StrategyLabel))
	withMoney := hasMoney(s)
	if withMoney {
		header = append(header, l.T(lang.ColBudgetKr), l.T(lang.ColSpentKr))
	}
	var changes []ChangeGroup
	if o.Changes != nil {
		header = append(header, ChangesTitle(o.Changes, l))
		changes = ChangeGroups(o.Changes, l)
	}
	for i := range header {
		header[i] = cell(header[i])
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, ms := range s.MeasuresOnce() { // a measure of a strategy for two goals is one row, naming both
		m := ms.Measure
		v := VerdictOf(ms, l)
		row := []string{cell(measureGoals(m)), cell(m.ID), cell(m.Title), cell(m.Unit), "", "", "", "", cell(s.View.AsOf.String()), "", "", "", "", cell(v.Track), "",
			num(wholeForCounts(ms.Measure, ms.ExpectedValue), ms.HasExpected), "", cell(csvRemarks(ms, v)), cell(v.Why), "", cell(MilestonesText(ms, l))}
		if m.Baseline != nil || ms.Latest != nil {
			row[4], row[5], row[16] = num(ms.Baseline.Value, true), cell(baselineDate(ms)), cell(v.BaselineLabel)
		}
		if m.Target != nil {
			row[6], row[7] = num(ms.Target, ms.HasTarget), cell(targetDate(m.Target))
		}
		if e := ms.Latest; e != nil {
			row[9], row[10], row[11], row[14] = num(e.Value, true), cell(e.Period.String()), num(e.Reference, e.HasRef), cell(withRevised(e, l))
			row[19] = num(ms.Value, m.Relative())
		}
		if ms.Track.Scored() {
			row[12] = num(100*ms.Progress, true)
		}
		if compared {
			row = append(row, csvComparison(comparisonOf(s, m, l, " · "), num)...)
		}
		if assessed {
			row = append(row, cell(writtenOf(s, m.Goal.ID, l).text()), cell(writtenOf(s, m.ID, l).text()))
		}
		row = append(row, cell(m.StrategyID))
		if withMoney {
			row = append(row, "", "")
		}
		if o.Changes != nil {
			row = append(row, cell(changesOf(changes, m.ID)))
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	for _, in := range s.Plan.Initiatives() { // below the measures: its state as the track, or "forsinket" and its state as the note
		st := s.Initiative(in)
		row := make([]string, len(header))
		row[0], row[1], row[2], row[8] = cell(initiativeGoal(in)), cell(in.ID), cell(in.Title), cell(s.View.AsOf.String())
		row[13] = cell(l.State(st.State))
		if st.Overdue {
			row[13], row[14] = cell(l.T(lang.OverdueSince, l.Date(in.Due))), cell(l.State(st.State))
		}
		row[money] = cell(in.Strategy.ID)
		if m := st.Money(); withMoney {
			row[money+1], row[money+2] = num(m.Budget, m.Budgeted > 0), num(m.Spent, m.Recorded > 0)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvComparison are a measure's comparison columns as CSV cells.
func csvComparison(c comparison, num func(float64, bool) string) []string {
	var out []string
	for _, v := range c.cells() {
		switch v := v.(type) {
		case string:
			out = append(out, cell(v))
		case float64:
			out = append(out, num(v, true))
		case int:
			out = append(out, strconv.Itoa(v))
		default:
			out = append(out, "")
		}
	}
	return out
}

// csvWriter is a CSV writer in the language's way (see CSV), and how it
// writes a number: "" when there is none (ok false).
func csvWriter(w io.Writer, l lang.Lang) (*csv.Writer, func(v float64, ok bool) string, error) {
	cw := csv.NewWriter(w)
	decimal := "."
	if l == lang.Da {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return nil, nil, err
		}
		cw.Comma, decimal = ';', ","
	}
	num := func(v float64, ok bool) string {
		if !ok {
			return ""
		}
		return strings.Replace(strconv.FormatFloat(roundTo(v, 4), 'f', -1, 64), ".", decimal, 1)
	}
	return cw, num, nil
}

// cell is a text as a spreadsheet cell: shown, never obeyed. Control
// characters go, and a text that a spreadsheet would take for a formula
// (= + - @ first, as in "=cmd|'/C calc'!A0") gets the apostrophe that makes
// it text. Numbers are not cells of this kind: -5,5 stays a number.
func cell(s string) string {
	s = printable.Text(s)
	if first := strings.TrimLeft(s, " \n"); first != "" && strings.ContainsRune("=+-@", rune(first[0])) {
		return "'" + s
	}
	return s
}

// csvRemarks are the verdict's words a number column cannot hold: a
// target without a figure ("skal falde"), a stale figure's age, a broken
// limit, a missed milestone, a pending mark.
func csvRemarks(ms *model.MeasureStatus, v Verdict) string {
	target := ""
	if ms.Measure.Target != nil && !ms.HasTarget {
		target = v.Target
	}
	return strings.Join(nonEmpty(target, v.Stale, v.Breach, v.Milestone, v.Pending), " · ")
}

// baselineDate is the baseline's date, or the first figure's period, as a
// spreadsheet reads them.
func baselineDate(ms *model.MeasureStatus) string {
	if p, ok := firstFigurePeriod(ms); ok {
		return p.String()
	}
	return ms.Baseline.Date.String()
}

// targetDate is a target's date, or nothing for a direction without one.
func targetDate(t *model.Target) string {
	if t.Date.IsZero() {
		return ""
	}
	return t.Date.String()
}

// roundTo rounds v to the decimals, and never to a negative zero: a cell
// reads 0, as every other view says it, not -0.
func roundTo(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	if r := math.Round(v*p) / p; r != 0 {
		return r
	}
	return 0
}
