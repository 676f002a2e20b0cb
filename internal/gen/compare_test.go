package gen

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"flag"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/model"
)

var update = flag.Bool("update", false, "rewrite data/example/sammenligning/ from the generator")

// large is the folder at the issue's scale, made once for the tests that read it.
var large = sync.OnceValues(func() (map[string][]byte, error) { return Comparison(CompareLarge) })

// exampleFolder is the built-in example's comparison folder.
var exampleFolder = filepath.Join("..", "..", "data", "example", "sammenligning")

func TestComparisonIsDeterministic(t *testing.T) {
	a, err := large()
	if err != nil {
		t.Fatal(err)
	}
	b, err := Comparison(CompareLarge)
	if err != nil {
		t.Fatal(err)
	}
	if !maps.EqualFunc(a, b, bytes.Equal) {
		t.Error("the same size must give the same bytes")
	}
	other, _ := Comparison(CompareSize{Indicators: 20, Months: 120, Home: "Eksempel"})
	if bytes.Equal(a["MM3.csv"], other["MM3.csv"]) {
		t.Error("another home area must give other bytes")
	}
}

// readBack reads a generated table's file as a test sees it: each area's
// cell texts by period text, for the spec's layout.
func readBack(t *testing.T, spec tableSpec, b []byte) map[string]map[string]string {
	t.Helper()
	var records [][]string
	if spec.xlsx {
		f, err := excelize.OpenReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", spec.id, err)
		}
		records, err = f.GetRows(cmp.Or(spec.sheet, "Ark1"), excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatalf("%s: %v", spec.id, err)
		}
		if spec.titleLine {
			records = records[2:]
		}
	} else {
		if !utf8.Valid(b) {
			var err error
			if b, err = charmap.Windows1252.NewDecoder().Bytes(b); err != nil {
				t.Fatal(err)
			}
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
		r.Comma, r.FieldsPerRecord = spec.sep, -1
		var err error
		if records, err = r.ReadAll(); err != nil {
			t.Fatalf("%s: %v", spec.id, err)
		}
		if spec.titleLine {
			records = records[1:] // the reader skips the blank line
		}
	}
	cells := map[string]map[string]string{}
	put := func(area, period, cell string) {
		if cells[area] == nil {
			cells[area] = map[string]string{}
		}
		cells[area][period] = cell
	}
	for _, r := range records[1:] {
		if spec.long {
			put(r[0], r[1], strings.Join(r[2:], "")) // a workbook's row ends before an empty cell
			continue
		}
		for j, p := range records[0][1:] {
			cell := ""
			if j+1 < len(r) {
				cell = r[j+1]
			}
			put(r[0], p, cell)
		}
	}
	return cells
}

// figure reads a cell as the spec writes it; false when it has none.
func figure(t *testing.T, cell string) (float64, bool) {
	if cell == "" || cell == ".." {
		return 0, false
	}
	if strings.Contains(cell, ",") { // a decimal comma, and points between thousands
		cell = strings.Replace(strings.ReplaceAll(cell, ".", ""), ",", ".", 1)
	}
	v, err := strconv.ParseFloat(cell, 64)
	if err != nil {
		t.Fatalf("cell %q is not a figure: %v", cell, err)
	}
	return v, true
}

func TestComparisonFilesHoldTheFiguresAtTheIssuesScale(t *testing.T) {
	files, err := large()
	if err != nil {
		t.Fatal(err)
	}
	specs, _ := CompareLarge.specs()
	if len(specs) != 20 {
		t.Fatalf("%d indicators, want 20", len(specs))
	}
	municipal, missing := 0, 0
	for _, spec := range specs {
		tb := CompareLarge.table(spec)
		name := cmp.Or(spec.file, spec.id) + map[bool]string{true: ".xlsx", false: ".csv"}[spec.xlsx]
		cells := readBack(t, spec, files[name])
		if len(cells) != len(tb.areas) {
			t.Errorf("%s: %d areas in the file, %d made", name, len(cells), len(tb.areas))
		}
		want := 120
		if spec.period == formK {
			want = 40
		}
		if len(tb.periods) != want {
			t.Errorf("%s: %d periods, want %d", name, len(tb.periods), want)
		}
		for i, a := range tb.areas {
			if !model.IsAggregateName(a) {
				municipal += len(tb.periods)
			}
			for j, p := range tb.periods {
				v, ok := figure(t, cells[a][tb.periodText(p)])
				switch {
				case math.IsNaN(tb.values[i][j]):
					missing++
					if ok {
						t.Errorf("%s: %s %s is %v in the file, made without a figure", name, a, p, v)
					}
				case !ok || math.Abs(v-tb.values[i][j]) > 1e-9:
					t.Fatalf("%s: %s %s is %q in the file, made %v", name, a, p, cells[a][tb.periodText(p)], tb.values[i][j])
				}
			}
		}
	}
	// 18 monthly tables of 98 municipalities, LU2 lacking three, and the
	// quarterly MM5: 98 × 120 × 20 less what those two leave out.
	if want := 18*98*120 + 95*120 + 98*40; municipal != want {
		t.Errorf("%d municipal figures, want %d", municipal, want)
	}
	if missing == 0 || missing > municipal/100 {
		t.Errorf("%d cells without a figure: want a few", missing)
	}
}

func TestComparisonHasEveryVariety(t *testing.T) {
	files, err := large()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	headers := 0
	for name, b := range files {
		stem, ext, _ := strings.Cut(name, ".")
		switch ext {
		case "toml":
			var h struct{ Indicator, Title, Unit, Sheet string }
			md, err := toml.Decode(string(b), &h)
			if err != nil || len(md.Undecoded()) > 0 || h.Indicator == "" || h.Title == "" || h.Unit == "" {
				t.Errorf("%s: %v %v %+v", name, err, md.Undecoded(), h)
			}
			headers++
			seen["header named otherwise"] = seen["header named otherwise"] || h.Indicator != stem
			continue
		case "xlsx":
			seen["xlsx"] = bytes.HasPrefix(b, []byte("PK\x03\x04"))
			continue
		}
		text := string(b)
		if !utf8.Valid(b) {
			seen["cp1252"] = true
			text, _ = charmap.Windows1252.NewDecoder().String(text)
		} else {
			seen["utf-8"] = seen["utf-8"] || strings.ContainsAny(text, "æøå")
		}
		seen["bom"] = seen["bom"] || strings.HasPrefix(text, "\ufeff")
		lines := strings.Split(strings.TrimPrefix(text, "\ufeff"), "\n")
		header := lines[0]
		if !strings.HasPrefix(header, "Område") && !strings.HasPrefix(header, "Kommune") {
			seen["title line"] = true
			if strings.TrimSpace(lines[1]) != "" {
				t.Errorf("%s: the title line is not followed by a blank line", name)
			}
			header = lines[2]
		}
		seen["; separator"] = seen["; separator"] || strings.HasPrefix(header, "Område;")
		seen[", separator"] = seen[", separator"] || strings.HasPrefix(header, "Område,") || strings.HasPrefix(header, "Kommune,")
		long := strings.Contains(header, "Periode") || strings.Contains(header, "Tid")
		seen["long"] = seen["long"] || long
		seen["wide"] = seen["wide"] || !long
		seen["national row"] = seen["national row"] || strings.Contains(text, "\nHele landet")
		seen["no national row"] = seen["no national row"] || !strings.Contains(text, "Hele landet")
		seen["region rows"] = seen["region rows"] || strings.Contains(text, "\nRegion Syddanmark")
		seen["missing cells"] = seen["missing cells"] || strings.Contains(text, "..")
		seen["decimal comma"] = seen["decimal comma"] || regexp.MustCompile(`;\d+,\d`).MatchString(text)
		seen["decimal point"] = seen["decimal point"] || regexp.MustCompile(`,\d+\.\d`).MatchString(text)
		seen["crlf"] = seen["crlf"] || strings.Contains(text, "\r\n")
		seen["thousands"] = seen["thousands"] || regexp.MustCompile(`;\d+\.\d{3},\d`).MatchString(text)
		for form, re := range map[string]string{
			"2024M03": `\d{4}M\d\d`, "2024-03": `\d{4}-\d\d[;,]`, "marts 2024": `marts \d{4}`,
			"mar 2024": `[;,]mar \d{4}`, "2024K1": `\d{4}K\d`,
		} {
			seen[form] = seen[form] || regexp.MustCompile(re).MatchString(header)
		}
		if _, ok := files[stem+".toml"]; !ok {
			seen["named by its file"] = true
		}
	}
	for _, v := range []string{"xlsx", "cp1252", "utf-8", "bom", "title line", "; separator", ", separator", "long", "wide",
		"national row", "no national row", "region rows", "missing cells", "decimal comma", "decimal point", "crlf", "thousands",
		"2024M03", "2024-03", "marts 2024", "mar 2024", "2024K1", "named by its file", "header named otherwise"} {
		if !seen[v] {
			t.Errorf("no generated table has %s", v)
		}
	}
	if headers < 3 {
		t.Errorf("%d header files, want several", headers)
	}
}

func TestComparisonWindows1252IsWindows1252(t *testing.T) {
	files, _ := large()
	b := files["MM3.csv"]
	for _, want := range []string{"Aller\xf8d", "N\xe6stved", "T\xe5rnby", "\xc6r\xf8", "Hele landet"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("MM3.csv has no %q in Windows-1252", want)
		}
	}
	if utf8.Valid(b) || bytes.Contains(b, []byte("ø")) {
		t.Error("MM3.csv must be Windows-1252, not UTF-8")
	}
}

func TestComparisonTiesLackingAreasAndHome(t *testing.T) {
	s := CompareSize{Indicators: 20, Months: 24, Home: "Eksempel"}
	specs, _ := s.specs()
	for _, spec := range specs {
		tb := s.table(spec)
		if slices.Contains(tb.areas, homeArea) || !slices.Contains(tb.areas, "Eksempel") {
			t.Errorf("%s: Læsø must be called Eksempel", spec.id)
		}
		last := len(tb.periods) - 1
		ties := map[float64]int{}
		for i, a := range tb.areas {
			v := tb.values[i][last]
			if a == "Eksempel" && slices.ContainsFunc(tb.values[i], math.IsNaN) {
				t.Errorf("%s: the home area lacks a figure", spec.id)
			}
			if !model.IsAggregateName(a) && i > 0 && v == tb.values[i-1][last] {
				ties[v]++
			}
		}
		if len(ties) == 0 {
			t.Errorf("%s: no tie in the last period", spec.id)
		}
		if got := slices.Contains(tb.areas, "Fanø"); got == (spec.id == "LU2") {
			t.Errorf("%s: has Fanø: %v", spec.id, got)
		}
	}
}

func TestComparisonMoreIndicatorsThanTheCatalogue(t *testing.T) {
	files, err := Comparison(CompareSize{Indicators: 22, Months: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"MM1-2.xlsx", "MM1-2.toml", "MM2-2.csv"} {
		if files[name] == nil {
			t.Errorf("no %s", name)
		}
	}
	if _, err := Comparison(CompareSize{Months: 3, Only: []string{"NOPE"}}); err == nil {
		t.Error("an unknown indicator must be an error")
	}
	if _, err := Comparison(CompareSize{Indicators: 1}); err == nil {
		t.Error("no months must be an error")
	}
}

func TestComparisonHomeNamingAMunicipalityKeepsTheRow(t *testing.T) {
	s := CompareSize{Months: 12, Home: "Fredericia Kommune", Only: []string{"MM3"}}
	tb := s.table(catalogue[slices.IndexFunc(catalogue, func(t tableSpec) bool { return t.id == "MM3" })])
	if len(tb.areas) != 98+6 || !slices.Contains(tb.areas, homeArea) {
		t.Errorf("areas: %d, Læsø %v", len(tb.areas), slices.Contains(tb.areas, homeArea))
	}
	i := slices.Index(tb.areas, "Fredericia")
	if v := tb.values[i][len(tb.periods)-1]; math.Abs(v-47.4) > 1 {
		t.Errorf("Fredericia is the home area: %.1f in 2026M12, the story says 47.4", v)
	}
}

func TestExampleComparisonIsUpToDate(t *testing.T) {
	files, err := Comparison(CompareExample)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		os.RemoveAll(exampleFolder)
		if err := WriteComparison(exampleFolder, CompareExample); err != nil {
			t.Fatal(err)
		}
	}
	entries, err := os.ReadDir(exampleFolder)
	if err != nil {
		t.Fatalf("%v (go test ./internal/gen -run TestExampleComparisonIsUpToDate -update writes it)", err)
	}
	total := 0
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(exampleFolder, e.Name()))
		total += len(b)
		if want, ok := files[e.Name()]; !ok || !bytes.Equal(b, want) {
			t.Errorf("%s is not the generator's (go test ./internal/gen -run TestExampleComparisonIsUpToDate -update)", e.Name())
		}
	}
	if len(entries) != len(files) {
		t.Errorf("%d files in %s, the generator makes %d", len(entries), exampleFolder, len(files))
	}
	if total > 400<<10 {
		t.Errorf("the example's folder is %d KB: too large to embed", total>>10)
	}
}

// The example's tables tell the status file's story: Eksempel's figures
// (and the national figure, for the relative measures) near what was
// recorded for each quarter.
func TestExampleComparisonFollowsTheStatusFile(t *testing.T) {
	var status struct {
		Entry []struct {
			Measure, Period  string
			Value, Reference *float64
		}
	}
	if _, err := toml.Decode(string(data.ExampleFile("status.toml")), &status); err != nil {
		t.Fatal(err)
	}
	indicator := map[string]string{"R15": "MM1", "R4": "MM2", "R6": "MM3", "R16": "LU1", "R14": "LU2"}
	tables := map[string]*table{}
	specs, _ := CompareExample.specs()
	for _, spec := range specs {
		tables[spec.id] = CompareExample.table(spec)
	}
	checked := 0
	for _, e := range status.Entry {
		tb := tables[indicator[e.Measure]]
		if tb == nil || e.Value == nil {
			continue
		}
		p := model.MustPeriod(e.Period)
		mean := func(row int) float64 {
			sum, n := 0.0, 0
			for j, q := range tb.periods {
				if p.Contains(q) {
					sum, n = sum+tb.values[row][j], n+1
				}
			}
			return sum / float64(n)
		}
		if got := mean(slices.Index(tb.areas, "Eksempel")); math.Abs(got-*e.Value) > 0.6 {
			t.Errorf("%s %s: Eksempel %.2f in %s, %.1f in the status file", e.Measure, e.Period, got, tb.id, *e.Value)
		}
		if e.Reference != nil {
			if got := mean(slices.Index(tb.areas, model.National)); math.Abs(got-*e.Reference) > 0.3 {
				t.Errorf("%s %s: Hele landet %.2f in %s, reference %.1f in the status file", e.Measure, e.Period, got, tb.id, *e.Reference)
			}
		}
		checked++
	}
	if checked < 10 {
		t.Errorf("only %d entries compared", checked)
	}
}

// indicatorOf is the table as the model holds it.
func indicatorOf(tb *table) *model.Indicator {
	var values []float64
	for _, r := range tb.values {
		values = append(values, r...)
	}
	return model.NewIndicator(tb.id, tb.title, tb.unit, tb.id, tb.areas, tb.periods, values)
}

// The example's story in ranks: for the latest quarter of the status file,
// Eksempel is near the 20th place with refugees in work (R17 aims at the
// 20 best by the end of 2026), above the national figure, and mid-table in
// the other tables.
func TestExampleComparisonRanks(t *testing.T) {
	group := &model.Group{Name: "Sammenlignelige kommuner", Areas: []string{"Horsens", "Kolding", "Vejle", "Randers", "Holbæk", "Næstved", "Slagelse", "Svendborg"}}
	national := &model.Group{Name: model.National, National: true}
	better := map[string]model.Better{"MM1": model.Lower, "LU1": model.Lower}
	want := map[string][2]int{"MM1": {15, 45}, "MM2": {25, 60}, "MM3": {15, 30}, "LU1": {35, 70}, "LU2": {20, 55}}
	q := model.MustPeriod("2026-Q3")
	specs, _ := CompareExample.specs()
	for _, spec := range specs {
		ind := indicatorOf(CompareExample.table(spec))
		self := ind.Area("Eksempel Kommune")
		f, ok := ind.Value(self, q)
		if !ok {
			t.Fatalf("%s: no figure for Eksempel in %s", spec.id, q)
		}
		b := cmp.Or(better[spec.id], model.Higher)
		all, in := ind.PlaceIn(national, self, f, true, q, b), ind.PlaceIn(group, self, f, true, q, b)
		t.Logf("%s %s: Eksempel %.1f, nr. %d af %d (landet %.1f, fra rækken %v) · nr. %d af %d i gruppen (gns. %.1f, bedst %.1f)",
			spec.id, q, f, all.Rank, all.Of, all.Mean, all.FromRow, in.Rank, in.Of, in.Mean, in.Best)
		if all.Rank < want[spec.id][0] || all.Rank > want[spec.id][1] || in.Of < 8 || slices.ContainsFunc(group.Areas, func(a string) bool { return ind.Area(a) < 0 }) {
			t.Errorf("%s: nr. %d af %d, nr. %d af %d i gruppen: not the example's story", spec.id, all.Rank, all.Of, in.Rank, in.Of)
		}
	}
}

// What a benchmark of the reader pays once to make its folder.
func BenchmarkWriteComparison(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if err := WriteComparison(dir, CompareLarge); err != nil {
			b.Fatal(err)
		}
	}
}
