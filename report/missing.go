package report

import (
	"io"
	"strings"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/model"
)

// Missing writes only the measures missing a figure for the as-of period,
// as the end of Status says them: for a script that chases figures.
func Missing(w io.Writer, s *model.Snapshot, o Options) error {
	var b strings.Builder
	if next := NextMeeting(s, model.DateOf(o.Made), o.Lang); next != "" && !o.Made.IsZero() {
		b.WriteString("\n" + next)
	}
	writeMissing(&b, s, o.Lang)
	_, err := io.WriteString(w, printable.Text(strings.TrimPrefix(b.String(), "\n")))
	return err
}
