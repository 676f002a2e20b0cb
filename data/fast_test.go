package data

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/beskplan/beskplan/internal/gen"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// fastEntries are entries of every shape the encoder writes.
func fastEntries() []model.Entry {
	at := time.Date(2024, 7, 1, 9, 30, 0, 0, time.FixedZone("", 7200))
	return []model.Entry{
		figureEntry(1750, "Tal fra Jobindsats"),
		figureEntry(-0.25, "citat \"x\", sti C:\\tmp\nny linje\tfane \x01 \x7f æøå"),
		{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Pending: true, By: "bo", At: at.UTC()},
		{Measure: "R1", Period: model.MustPeriod("2024-Q3"), Value: 1e21, HasValue: true, Reference: 3, HasRef: true,
			At: at.Add(123456789 * time.Nanosecond)},
		{Initiative: "I1", Period: model.MustPeriod("2024-Q1"), State: model.States[0], Note: "i gang", By: "eva", At: at},
		{Measure: "R1", Period: model.MustPeriod("2024"), Assessed: model.Assessments[0], Note: "vurderet", By: "eva", At: at},
		{Initiative: "I1", Period: model.MustPeriod("2024-Q2"), State: model.States[1], Spent: 120000, HasSpent: true, By: "eva", At: at},
		{Initiative: "I1", Period: model.MustPeriod("2024-Q3"), Spent: 0.5, HasSpent: true, Revised: "faktura", At: at},
	}
}

// sameAsDecoder fails when the fast path takes src and the decoder does
// not give the same maps, entries and problems.
func sameAsDecoder(t *testing.T, p *model.Plan, src []byte) bool {
	t.Helper()
	fast, ok := fastDecode(src)
	if !ok {
		return false
	}
	slow, err := decode(src)
	if err != nil {
		t.Fatalf("the fast path took what the decoder refuses (%v):\n%q", err, src)
	}
	if (len(fast) > 0 || len(slow) > 0) && !reflect.DeepEqual(fast, slow) {
		t.Fatalf("maps differ:\nfast %v\nslow %v\nfor %q", fast, slow, src)
	}
	ids := idsOf(p)
	got, gotProblems := readOne("status.toml", src, p, ids, time.Time{})
	want, wantProblems := readWhole("status.toml", src, p, ids, time.Time{})
	if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
		t.Fatalf("entries differ:\nfast %+v\nslow %+v", got, want)
	}
	if g, w := gotProblems.Message(lang.Da), wantProblems.Message(lang.Da); g != w {
		t.Fatalf("problems differ:\nfast %s\nslow %s", g, w)
	}
	return true
}

// TestFastPathTakesWhatTheEncoderWrites: every block the program writes,
// and the generated status files, are read by the fast path, alike to the
// decoder.
func TestFastPathTakesWhatTheEncoderWrites(t *testing.T) {
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	all := ""
	for _, e := range fastEntries() {
		block := string(EncodeEntries([]model.Entry{e}))
		all += block
		if !sameAsDecoder(t, p, []byte(block)) {
			t.Errorf("declined %q", block)
		}
	}
	all += string(EncodeEntries(fastEntries()))
	if !sameAsDecoder(t, p, []byte(all)) {
		t.Error("declined the blocks together")
	}
	counted := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 1.650\n"
	if !sameAsDecoder(t, p, []byte(counted)) {
		t.Error("declined a figure with three decimals")
	}
	if _, problems := readOne("status.toml", []byte(counted), p, idsOf(p), time.Time{}); !strings.Contains(problems.Message(lang.Da), "1650") {
		t.Errorf("1.650 for a count is not warned of: %v", problems)
	}
	size := gen.Size{Measures: 40, Entries: 500}
	gp, _ := readPlan("plan.toml", gen.Plan(size))
	if !sameAsDecoder(t, gp, gen.Status(size)) {
		t.Error("declined the generated status file")
	}
}

// TestFastPathDeclines: what the encoder does not write goes to the decoder.
func TestFastPathDeclines(t *testing.T) {
	block := string(EncodeEntries([]model.Entry{figureEntry(1750, "")}))
	for name, src := range map[string]string{
		"integer":         strings.Replace(block, "1750.0", "1750", 1),
		"comment after":   strings.Replace(block, "1750.0", "1750.0 # hånd", 1),
		"key twice":       block + "value = 2.0\n",
		"other table":     block + "[plan]\n",
		"key before any":  "value = 1.0\n" + block,
		"crlf":            strings.ReplaceAll(block, "\n", "\r\n"),
		"literal string":  strings.Replace(block, `"R1"`, `'R1'`, 1),
		"unknown escape":  strings.Replace(block, `"R1"`, `"R\u00e61"`, 1),
		"decimal comma":   strings.Replace(block, "1750.0", "1750,0", 1),
		"leading zero":    strings.Replace(block, "1750.0", "01750.0", 1),
		"local time":      strings.Replace(block, "+02:00", "", 1),
		"lower-case t":    strings.Replace(block, "T09", "t09", 1),
		"bad month":       strings.Replace(block, "2024-07-01T", "2024-13-01T", 1),
		"indented key":    strings.Replace(block, "\nvalue", "\n  value", 1),
		"unknown key":     strings.Replace(block, "value = ", "valu = ", 1),
		"invalid utf-8":   strings.Replace(block, "anne", "an\xffne", 1),
		"nul in comment":  "# a\x00b\n" + block,
		"huge figure":     strings.Replace(block, "1750.0", "1"+strings.Repeat("0", 400)+".0", 1),
		"unclosed string": strings.Replace(block, `"R1"`, `"R1`, 1),
	} {
		if _, ok := fastDecode([]byte(src)); ok {
			t.Errorf("%s: taken by the fast path:\n%s", name, src)
		}
	}
}

// FuzzFastDecode: for every input, the fast path and the decoder agree on
// the maps, the entries and the problems, or the fast path declines.
func FuzzFastDecode(f *testing.F) {
	for _, e := range fastEntries() {
		f.Add(EncodeEntries([]model.Entry{e}))
	}
	f.Add(EncodeEntries(fastEntries()))
	f.Add(gen.Status(gen.Size{Measures: 3, Entries: 6}))
	f.Add([]byte(handWritten))
	f.Add([]byte("[[entry]]\nperiod = \"2024-Q1\"\n"))
	f.Add([]byte("# x\n\n[[entry]]\nnote = \"\\u0001\\\"\"  # 0123abcd\n"))
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	f.Fuzz(func(t *testing.T, status []byte) {
		sameAsDecoder(t, p, status)
	})
}

// TestMarkedAsWritten: gen.Marked writes blocks as the program does, each
// verified by its mark, and read by the fast path to the same entries.
func TestMarkedAsWritten(t *testing.T) {
	size := gen.Size{Measures: 40, Entries: 500}
	marked := gen.Marked(gen.Status(size))
	if d := damagedBlocks(marked); len(d) > 0 {
		t.Fatalf("%d blocks do not verify, the first at byte %d", len(d), d[0].start)
	}
	p, _ := readPlan("plan.toml", gen.Plan(size))
	if !sameAsDecoder(t, p, marked) {
		t.Fatal("the fast path declined the marked file")
	}
	got, _ := readOne("status.toml", marked, p, idsOf(p), time.Time{})
	want, _ := readOne("status.toml", gen.Status(size), p, idsOf(p), time.Time{})
	if !reflect.DeepEqual(got, want) {
		t.Error("the marked file reads to other entries")
	}
}

// TestPartsWithHeadersWrittenOtherwise: [[ entry ]] is a header the parts
// do not count: its entries are read all the same, in order, as whole.
func TestPartsWithHeadersWrittenOtherwise(t *testing.T) {
	p, _ := readPlan("plan.toml", []byte(minimalPlan))
	block := "[[entry]]\nmeasure = \"R1\"\nperiod = \"2024-Q1\"\nvalue = 1.0\n\n"
	spaced := "[[ entry ]]\nmeasure = \"R1\"\nperiod = \"2024-Q2\"\nvalue = 2.0\n\n"
	status := strings.Repeat(block, 3) + strings.Repeat(spaced, 5) + block + strings.Repeat(spaced, 5) + block
	ok, diff := sameAsWhole(t, p, []byte(status), 40)
	if !ok || diff != "" {
		t.Errorf("read in parts (%v): %s", ok, diff)
	}
}
