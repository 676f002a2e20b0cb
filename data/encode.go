package data

import (
	"fmt"
	"hash/crc32"
	"strconv"
	"strings"
	"time"

	"github.com/beskplan/beskplan/model"
)

// markPrefix starts the comment that opens every block the program appends:
// "# beskplan: 142 bytes, crc32 1a2b3c4d". It says how long the block after
// it is and its checksum, so a block cut short by a crash is found even
// when what is left still parses (value = 12 cut from 12.5), and is never
// taken for an entry written by hand.
const markPrefix = "# beskplan: "

// EncodeEntries writes entries as one block for the end of a status file:
// a blank line, the mark, then one [[entry]] table each.
//
// The `period`, `by` and `at` lines end with a tag, the checksum of the
// block without tags, so no four lines in a row, nor the last lines, are
// alike in two blocks recorded in two places (the same figure typed from
// the same statistics, in the same second): git's union merge takes alike
// lines at the end of both sides out of the blocks, and splits two blocks
// at four alike lines and mixes the rest, which no mark would verify.
func EncodeEntries(entries []model.Entry) []byte {
	tag := fmt.Sprintf("%s%0*x", tagIntro, tagDigits, crc32.ChecksumIEEE([]byte(encodeBody(entries, ""))))
	b := encodeBody(entries, tag)
	return []byte(fmt.Sprintf("\n%s%d bytes, crc32 %08x\n%s", markPrefix, len(b), crc32.ChecksumIEEE([]byte(b)), b))
}

func encodeBody(entries []model.Entry, tag string) string {
	var body strings.Builder
	for i, e := range entries {
		if i > 0 {
			body.WriteString("\n")
		}
		encodeEntry(&body, e, tag)
	}
	return body.String()
}

// encodeEntry writes the entry as written: a reference filled in from the
// comparison table is the table's, and stays there.
func encodeEntry(b *strings.Builder, e model.Entry, tag string) {
	e = e.AsWritten()
	b.WriteString("[[entry]]\n")
	if e.Approval { // the period is the approved one; nothing else belongs to it
		fmt.Fprintf(b, "approved = %s%s\n", quote(e.Period.String()), tag)
		fmt.Fprintf(b, "paper = %s\n", quote(e.Paper))
		encodeWho(b, e, tag)
		return
	}
	switch {
	case e.Written() && e.Goal == "" && e.Measure == "": // the paper's own
	case e.Initiative != "":
		fmt.Fprintf(b, "initiative = %s\n", quote(e.Initiative))
	case e.Goal != "":
		fmt.Fprintf(b, "goal = %s\n", quote(e.Goal))
	default:
		fmt.Fprintf(b, "measure = %s\n", quote(e.Measure))
	}
	fmt.Fprintf(b, "period = %s%s\n", quote(e.Period.String()), tag)
	if e.HasValue {
		fmt.Fprintf(b, "value = %s\n", number(e.Value))
	}
	if e.HasRef {
		fmt.Fprintf(b, "reference = %s\n", number(e.Reference))
	}
	if e.Pending {
		b.WriteString("pending = true\n")
	}
	if e.State != "" {
		fmt.Fprintf(b, "state = %s\n", quote(string(e.State)))
	}
	if e.HasSpent {
		fmt.Fprintf(b, "spent = %s\n", number(e.Spent))
	}
	if e.Assessed != "" {
		fmt.Fprintf(b, "assessed = %s\n", quote(string(e.Assessed)))
	}
	if e.Vurdering != "" {
		fmt.Fprintf(b, "vurdering = %s\n", quote(e.Vurdering))
	}
	if e.Indstilling != "" {
		fmt.Fprintf(b, "indstilling = %s\n", quote(e.Indstilling))
	}
	if e.Revised != "" {
		fmt.Fprintf(b, "revised = %s\n", quote(e.Revised))
	}
	if e.Note != "" {
		fmt.Fprintf(b, "note = %s\n", quote(e.Note))
	}
	encodeWho(b, e, tag)
}

// encodeWho writes who recorded the entry and when.
func encodeWho(b *strings.Builder, e model.Entry, tag string) {
	if e.By != "" {
		fmt.Fprintf(b, "by = %s%s\n", quote(e.By), tag)
	}
	if !e.At.IsZero() {
		fmt.Fprintf(b, "at = %s%s\n", e.At.Format(time.RFC3339Nano), tag) // a whole second as before
	}
}

// number writes a figure as a TOML float, so 1750 reads back as 1750.0.
func number(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// quote writes a TOML basic string.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
