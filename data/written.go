package data

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// MaxWritten is the most text a written assessment (vurdering or
// indstilling) may have: a committee paper's page many times over, and
// little enough that a file typed by mistake is not copied in.
const MaxWritten = 64 << 10

// readTypedWritten reads a written assessment as typed: of the goal or
// measure in t.Measure, or with none the paper's own; its text printable
// and at most MaxWritten; a goal's or measure's with its vurdering.
func readTypedWritten(p *model.Plan, t Typed, e model.Entry) (model.Entry, error) {
	e.Measure, e.Initiative, e.Pending, e.Note = "", "", false, ""
	id := strings.TrimSpace(t.Measure)
	switch {
	case id == "":
	case p.Goal(id) != nil:
		e.Goal = id
	case p.Measure(id) != nil:
		e.Measure = id
	default:
		ids := model.GoalIDs(p.Goals)
		ids = append(ids, measureIDs(p)...)
		if near := Closest(id, ids); near != "" {
			return e, &InputError{Key: lang.AssessNoSuchIDNear, Args: []any{id, near}, Field: "measure"}
		}
		return e, &InputError{Key: lang.AssessNoSuchID, Args: []any{id}, Field: "measure"}
	}
	if t.Value != "" || t.Reference != "" || t.Assessed != "" || t.State != "" {
		return e, &InputError{Key: lang.WrittenWithFigure, Args: []any{"value"}, Field: "value"}
	}
	for _, text := range []string{t.Vurdering, t.Indstilling} {
		if err := CheckWritten(text); err != nil {
			return e, err
		}
	}
	e.Vurdering, e.Indstilling = strings.TrimSpace(t.Vurdering), strings.TrimSpace(t.Indstilling)
	if e.Vurdering == "" && (e.Indstilling == "" || e.Goal+e.Measure != "") {
		return e, &InputError{Key: lang.AssessEmpty, Field: "text"}
	}
	if p.Outside(e.Period) {
		return e, &InputError{Key: lang.PeriodOutsidePlan, Args: []any{e.Period, p.Start, p.End}, Field: "period"}
	}
	return e, nil
}

// CheckWritten checks the text of an assessment: valid UTF-8, at most
// MaxWritten, and no control characters but line breaks and tabs.
func CheckWritten(text string) error {
	if len(text) > MaxWritten {
		return &InputError{Key: lang.AssessTextTooLarge, Args: []any{(len(text) + 1023) / 1024, MaxWritten >> 10}, Field: "text"}
	}
	if !utf8.ValidString(text) {
		return &InputError{Key: lang.NoteNotUTF8, Field: "text"}
	}
	for _, r := range text {
		if r != '\n' && r != '\t' && r != '\r' && printable.Control(r) {
			return &InputError{Key: lang.AssessTextControl, Args: []any{r}, Field: "text"}
		}
	}
	return nil
}

// ReadWrittenFile reads the text of an assessment from a file: UTF-8
// (a byte-order mark is dropped), at most MaxWritten, line ends as "\n".
// A file that is not is refused with a Problem at its place: the line
// and column of the first byte that is not UTF-8.
func ReadWrittenFile(path string) (string, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return "", Problems{FileProblem(path, err)}
	}
	defer f.Close()
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxWritten+4)); err != nil {
		return "", Problems{FileProblem(path, err)}
	}
	b := bytes.TrimPrefix(buf.Bytes(), []byte("\xef\xbb\xbf"))
	if len(b) > MaxWritten {
		kib := MaxWritten>>10 + 1
		if info, err := f.Stat(); err == nil {
			kib = int((info.Size() + 1023) / 1024)
		}
		return "", Problems{{File: path, Key: lang.AssessTextTooLarge, Args: []any{kib, MaxWritten >> 10}}}
	}
	line, col := 1, 1
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return "", Problems{{File: path, Line: line, Col: col, Key: lang.AssessFileNotUTF8, Args: []any{b[i]}}}
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return strings.ReplaceAll(string(b), "\r\n", "\n"), nil
}
