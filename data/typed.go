package data

import (
	"errors"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// One reading of what a person types, for every entry path: the view's
// form, set, and import of CSV and of workbooks. A text is the same figure,
// period or state wherever it is typed, and a figure is saved only as it
// is shown.

// Typed is an entry as a person typed it: each field's text.
type Typed struct {
	Measure, Initiative, Period, Value, Reference, State, Note string
	// Spent is money spent on the initiative in the period, as typed
	// ("120.000", "120 000 kr.", "1,2 mio."); beside or without a state.
	Spent string
	// Assessed is a verdict people give ("opfyldt", "met"), for the
	// measure or goal in Measure; it has no figure and needs a note.
	Assessed string
	Pending  bool
	// Force records an implausible figure anyway; its note then says so.
	Force bool
	// Revised is why a figure (state, verdict) is recorded for a period an
	// approval closed: without it such an entry is refused (see Closed).
	Revised string
	// Approve reads an approval of the paper for Period instead of a
	// figure: refused where the period is already closed.
	Approve bool
	// Vurdering and Indstilling are a written assessment for the paper, of
	// the goal or measure in Measure or, with none, the paper's own (see
	// readTypedWritten); such an entry has no figure.
	Vurdering, Indstilling string
	// Number, when not nil, gives a field's figure stored as a number (a
	// workbook's number cell), which is not typed text to be read.
	Number func(field string) (float64, bool)
}

// ReadTyped reads a typed entry for the plan: the period as people write
// it (model.ParseTablePeriod: "2026-Q3", "K3 2026", "3. kvartal 2026",
// "sep 2026"), a state in Danish or English, figures by model.ReadFigure
// in the measure's unit, then CheckEntry. A figure with two readings for
// the unit ("1,012" on a count) is refused with both; an implausible one
// (model.ImplausibleFigure) is refused with the reason in Reason unless
// t.Force, which writes the reason into the note (in Danish, the plan's
// language). The error is an *InputError naming its Field.
func ReadTyped(p *model.Plan, t Typed) (model.Entry, error) {
	if t.Initiative == "" && t.Assessed == "" && p.Measure(t.Measure) == nil && p.Initiative(t.Measure) != nil {
		// An import row names an initiative and its state where a figure's
		// row names the measure and its value: "I1;2026-Q3;i gang".
		t.Initiative, t.State, t.Measure, t.Value = t.Measure, t.Value, "", ""
	}
	if t.Approve {
		return readTypedApproval(p, t)
	}
	if t.Spent != "" && t.Initiative == "" { // money is spent on an initiative, never on a measure
		return model.Entry{Measure: t.Measure}, &InputError{Key: lang.SpentNotForMeasure, Args: []any{t.Measure}, Field: "spent"}
	}
	e := model.Entry{Measure: t.Measure, Initiative: t.Initiative, Note: t.Note, Pending: t.Pending}
	if e.Initiative != "" && (t.State != "" || t.Spent == "") {
		state, ok := stateOf(t.State)
		if !ok {
			return e, &InputError{Key: lang.BadState, Args: []any{t.State, stateList()}, Field: "state"}
		}
		e.State = state
	}
	if e.Initiative != "" && t.Spent != "" {
		v, err := t.amount(t.Spent)
		if err != nil {
			return e, err
		}
		e.Spent, e.HasSpent = v, true
	}
	period, err := model.ParseTablePeriod(t.Period)
	if err != nil {
		return e, &InputError{Key: lang.BadPeriod, Args: []any{t.Period}, Field: "period"}
	}
	e.Period = period
	if t.Vurdering != "" || t.Indstilling != "" {
		return readTypedWritten(p, t, e)
	}
	if t.Assessed != "" {
		return readTypedAssessment(p, t, e)
	}
	m := p.Measure(e.Measure)
	if e.Measure != "" && m == nil {
		return e, placed(CheckEntry(p, e))
	}
	if m != nil && t.Value != "" {
		if e.Value, err = t.figure(t.Value, m.FigureUnit(), "value"); err != nil {
			return e, err
		}
		e.HasValue = true
	}
	if m != nil && t.Reference != "" {
		if e.Reference, err = t.figure(t.Reference, m.FigureUnit(), "reference"); err != nil {
			return e, err
		}
		e.HasRef = true
	}
	if err := CheckEntry(p, e); err != nil {
		return e, placed(err)
	}
	if err := t.closed(p, &e); err != nil {
		return e, err
	}
	if m == nil || !e.HasValue {
		return e, nil
	}
	last, hasLast := p.LastFigure(m, e.Period)
	figure := lang.Figure{Value: e.Value, Unit: m.FigureUnit()}
	var reason lang.Said
	switch model.ImplausibleFigure(m, e.Value, last, hasLast) {
	case model.ShareOutside:
		reason = lang.Said{Key: lang.ImplausibleShare, Args: []any{figure}}
	case model.NegativeCount:
		reason = lang.Said{Key: lang.ImplausibleCount, Args: []any{figure}}
	case model.TenTimesTheLast:
		reason = lang.Said{Key: lang.ImplausibleJump, Args: []any{figure, lang.Figure{Value: last, Unit: m.FigureUnit()}}}
	default:
		return e, nil
	}
	if !t.Force {
		return e, &InputError{Key: lang.ForceHint, Args: []any{reason}, Field: "value", Reason: &reason}
	}
	e.Note = strings.TrimSpace(e.Note + " (" + lang.Da.T(lang.ForcedNote, reason) + ")")
	return e, nil
}

// readTypedAssessment reads a verdict people give, in the format's word or the
// word the program shows in Danish or English ("delvist", "partly"), for a
// measure or else a goal of the plan: no figure and a note.
func readTypedAssessment(p *model.Plan, t Typed, e model.Entry) (model.Entry, error) {
	e.Pending, e.Assessed = false, assessmentOf(t.Assessed)
	if p.Measure(e.Measure) == nil && p.Goal(e.Measure) != nil {
		e.Goal, e.Measure = e.Measure, "" // a goal's assessment
	}
	if strings.TrimSpace(t.Value) != "" || strings.TrimSpace(t.Reference) != "" || t.Pending {
		return e, &InputError{Key: lang.AssessedWithValue, Field: "value"}
	}
	if err := CheckEntry(p, e); err != nil {
		return e, placed(err)
	}
	return e, t.closed(p, &e)
}

// assessmentOf is the format's word for an assessment typed as the format
// writes it or as the program shows it, in either language; else the text
// as typed, which CheckEntry then refuses with the words it takes.
func assessmentOf(text string) model.Assessment {
	text = strings.Join(strings.Fields(strings.ToLower(text)), " ")
	for _, a := range model.Assessments {
		for _, l := range []lang.Lang{lang.Da, lang.En} {
			word := strings.ToLower(l.Track(a.Track()))
			_, short, _ := strings.Cut(word, ": ") // "vurderet: delvist" is typed "delvist"
			if text == string(a) || text == word || text == short {
				return a
			}
		}
	}
	return model.Assessment(text)
}

// placed is a problem found by CheckEntry with the field it is about.
func placed(err error) error {
	var ie *InputError
	if errors.As(err, &ie) {
		ie.Field = fieldOf(ie.Key)
	}
	return err
}

// figure reads one typed figure of a measure in unit, field naming it.
func (typed Typed) figure(text, unit, field string) (float64, error) {
	if typed.Number != nil {
		if v, ok := typed.Number(field); ok {
			return v, nil
		}
	}
	t, err := model.ReadFigure(text, unit)
	switch {
	case errors.Is(err, model.ErrUnit):
		return 0, &InputError{Key: lang.FormUnitMismatch, Args: []any{t.Unit, unit}, Field: field}
	case err != nil:
		return 0, &InputError{Key: lang.BadNumber, Args: []any{strings.TrimSpace(text)}, Field: field}
	case t.Ambiguous:
		return 0, &InputError{Key: lang.TypedAmbiguous, Args: []any{strings.TrimSpace(text), lang.Figure{Value: t.Value, Exact: true}, lang.Figure{Value: t.Other}, strconv.FormatFloat(t.Other, 'f', -1, 64)}, Field: field}
	}
	return t.Value, nil
}

// amount reads money typed in kr.: the figure rules of a count (so "1,012"
// is asked about), with "kr."/"kr" after it and "mio." for millions.
func (typed Typed) amount(text string) (float64, error) {
	body := strings.TrimSpace(strings.ToLower(text))
	for _, suffix := range []string{"kroner", "kr.", "kr", "dkk"} {
		if b, ok := strings.CutSuffix(body, suffix); ok {
			body = strings.TrimSpace(b)
			break
		}
	}
	scale := 1.0
	for _, suffix := range []string{"mio.", "mio"} {
		if b, ok := strings.CutSuffix(body, suffix); ok {
			body, scale = strings.TrimSpace(b), 1e6
			break
		}
	}
	if body == "" {
		body = text // the message names what was typed
	}
	v, err := typed.figure(body, "antal", "spent")
	if err != nil {
		return 0, err
	}
	v *= scale
	if fault := amountFault("spent", v); fault != nil {
		return 0, fault
	}
	return v, nil
}

// stateOf reads an initiative's state in Danish ("i gang") or English
// ("running"), case and spaces aside.
func stateOf(text string) (model.State, bool) {
	text = strings.Join(strings.Fields(strings.ToLower(text)), " ")
	for _, s := range model.States {
		if text == string(s) || text == lang.Da.State(s) || text == lang.En.State(s) {
			return s, true
		}
	}
	return "", false
}

// shortThousands is what a count typed with a dot and too few digits after
// it looks like: "1.75", meant as 1.750.
var shortThousands = regexp.MustCompile(`^\d{1,3}\.\d{1,2}$`)

// CountHint is the warning for a count typed with decimals (v, read from
// text): "1.75" was most likely 1.750 (1,750 in English) and the hint says
// so; any other decimals get the warning without a guess ("0.125" is not
// 0). Empty for a whole count or another unit.
func CountHint(l lang.Lang, text, unit string, v float64) string {
	if !model.CountUnit(unit) || v == math.Trunc(v) {
		return ""
	}
	if shortThousands.MatchString(strings.TrimSpace(text)) {
		return l.T(lang.FormCountDecimal, l.Number(math.Round(v*1000)))
	}
	return l.T(lang.CountDecimalNoHint)
}

// ReadAmount reads money typed in kr. as ReadTyped reads an amount spent:
// for a form's echo while it is typed.
func ReadAmount(text string) (float64, error) { return Typed{}.amount(text) }

// ReadValue reads a figure typed for a measure whose figures are in unit,
// as ReadTyped reads an entry's value: for a form's echo while it is typed.
func ReadValue(text, unit string) (float64, error) {
	return Typed{}.figure(text, unit, "value")
}
