package data

import "github.com/beskplan/beskplan/model"

// DefaultComparison is the comparison folder's name beside the plan file
// when the plan names none.
const DefaultComparison = "sammenligning"

// readComparison reads the tables of the comparison folder that the plan's
// measures name (`compare`) into p.Indicators; tables no measure names are
// not read. A missing folder is no problem when no measure names a table.
func readComparison(src Source, p *model.Plan) (errs, warnings Problems) {
	return nil, nil // TODO(issue 16): the reader
}
