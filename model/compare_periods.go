package model

// ComparedPeriods are the periods the measure is compared in (periodsOf):
// its table's, or its own where they are longer; nil without a table. The
// `compare` command shows a measure's table in them, so its columns are
// the ranks the view and `status` give.
func (p *Plan) ComparedPeriods(m *Measure) []Period {
	ind := p.IndicatorOf(m)
	if ind == nil {
		return nil
	}
	return periodsOf(m, ind)
}
