package gen

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/charmap"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// CompareSize says which comparison folder to make.
type CompareSize struct {
	Indicators int // tables, the catalogue's first ones (more than it has: its tables again, ids numbered)
	Months     int // months of figures, the last one December 2026
	// Home is the plan's own municipality: when it names one of the 98
	// ("Fredericia"), that row is the home area; otherwise Læsø's row goes
	// by this name ("Eksempel"). Empty: Læsø. The home area's figures are
	// never missing, and follow the example's story in its tables.
	Home string
	// Only picks the catalogue's tables by indicator id, in this order;
	// when set, Indicators is not used.
	Only []string
}

// CompareLarge is the scale: 20 indicators × 120 months (2017M01
// to 2026M12) × 98 municipalities, about 225,000 figures.
var CompareLarge = CompareSize{Indicators: 20, Months: 120}

// CompareExample is the built-in example's folder
// (data/example/sammenligning/): the five tables its measures name, 2021M01
// to 2026M12, with Læsø's row as the example's own "Eksempel".
var CompareExample = CompareSize{Months: 72, Home: "Eksempel", Only: []string{"MM1", "MM2", "MM3", "LU1", "LU2"}}

// lastMonth is the last period of every generated table.
var lastMonth = model.MustPeriod("2026-12")

// periodForm is how a table writes its periods.
type periodForm int

const (
	formM     periodForm = iota // 2024M03
	formDash                    // 2024-03
	formName                    // marts 2024
	formShort                   // mar 2024
	formK                       // 2024K1: a quarterly table
)

// layout is how a table is written, as one download site or another does it.
type layout struct {
	file      string // the file's stem; empty: the indicator's id
	xlsx      bool
	long      bool
	sep       rune // CSV only
	quoted    bool // a ,-file with decimal commas, so its figures are quoted
	thousands bool // "12.345,6": a point between thousands (with a decimal comma)
	cp1252    bool
	bom       bool
	crlf      bool
	titleLine bool // a title line and a blank line before the header
	national  bool // a "Hele landet" row
	regions   bool // "Region ..." rows, each before its municipalities
	header    bool // a .toml beside the table
	textFrom  bool // .xlsx: a sheet of text first, the figures on the second
	sheet     string
	period    periodForm
	lacks     []string // municipalities the table has no row for
}

// knot is a figure at a month; a curve runs straight between knots.
type knot struct {
	month model.Period
	value float64
}

func k(month string, v float64) knot { return knot{model.MustPeriod(month), v} }

// tableSpec is one indicator of the catalogue and how its figures behave.
type tableSpec struct {
	id, title, unit string
	level           []knot  // the figure for the whole country
	home            []knot  // the home area's own figures (Læsø/Eksempel); nil: like any other
	spread          float64 // how far municipalities lie from the national figure (sd)
	noise           float64 // month-to-month noise (sd)
	season          float64 // amplitude of a yearly swing
	decimals        int
	layout
}

// catalogue is the indicators a folder is made from. MM1, MM2, MM3, LU1 and
// LU2 are the example's: their home figures follow data/example/status.toml
// (R15, R4, R6, R16, R14), and their references the national figure.
var catalogue = []tableSpec{
	{id: "MM1", title: "Langtidsledige i procent af alle ledige", unit: "%",
		level:  []knot{k("2017-01", 24.0), k("2021-01", 22.5), k("2026-12", 20.6)},
		home:   []knot{k("2017-01", 23.0), k("2021-01", 21.6), k("2025-11", 19.1), k("2026-02", 19.6), k("2026-05", 18.8), k("2026-08", 18.4), k("2026-12", 18.2)},
		spread: 3, noise: 0.6, decimals: 1,
		layout: layout{xlsx: true, header: true, sheet: "Langtidsledighed", period: formM}},
	{id: "MM2", title: "Andel ledige i opkvalificering", unit: "%",
		level:  []knot{k("2017-01", 8.0), k("2021-01", 9.5), k("2025-11", 10.9), k("2026-02", 11.0), k("2026-05", 11.1), k("2026-08", 11.2), k("2026-12", 11.3)},
		home:   []knot{k("2017-01", 7.6), k("2021-01", 9.0), k("2023-12", 9.9), k("2025-11", 11.0), k("2026-02", 11.3), k("2026-05", 11.6), k("2026-08", 11.8), k("2026-12", 12.0)},
		spread: 2, noise: 0.4, decimals: 1,
		layout: layout{long: true, sep: ',', national: true, period: formM}},
	{id: "MM3", title: "Andel flygtninge og familiesammenførte i beskæftigelse", unit: "%",
		level:  []knot{k("2017-01", 32.0), k("2021-01", 38.0), k("2023-12", 41.5), k("2025-11", 43.0), k("2026-02", 43.1), k("2026-05", 43.2), k("2026-12", 43.3)},
		home:   []knot{k("2017-01", 31.5), k("2021-01", 38.6), k("2023-12", 41.9), k("2025-11", 46.2), k("2026-02", 46.5), k("2026-05", 46.9), k("2026-08", 47.1), k("2026-12", 47.4)},
		spread: 4.5, noise: 0.8, decimals: 1,
		layout: layout{sep: ';', cp1252: true, crlf: true, titleLine: true, national: true, regions: true, header: true, period: formM}},
	{id: "LU1", title: "Andel 16-24-årige på offentlig forsørgelse", unit: "%",
		level:  []knot{k("2017-01", 8.5), k("2021-01", 7.6), k("2026-12", 6.4)},
		home:   []knot{k("2017-01", 8.6), k("2021-01", 7.8), k("2023-06", 7.4), k("2024-06", 7.1), k("2026-12", 6.6)},
		spread: 1.8, noise: 0.3, season: 0.2, decimals: 1,
		layout: layout{sep: ';', bom: true, national: true, period: formName}},
	{id: "LU2", title: "Unge i uddannelse et år efter forløbet", unit: "%",
		level:  []knot{k("2017-01", 52.0), k("2021-01", 55.0), k("2026-12", 60.0)},
		home:   []knot{k("2017-01", 50.5), k("2021-01", 53.0), k("2023-12", 55.0), k("2025-11", 58.0), k("2026-02", 59.0), k("2026-05", 60.2), k("2026-08", 61.0), k("2026-12", 61.5)},
		spread: 5, noise: 1.0, decimals: 1,
		layout: layout{sep: ';', cp1252: true, header: true, period: formDash, lacks: []string{"Fanø", "Samsø", "Ærø"}}},
	{id: "MM4", title: "Sygemeldte tilbage i job inden for 26 uger", unit: "%",
		level: []knot{k("2017-01", 60.0), k("2026-12", 64.0)}, spread: 4, noise: 0.9, season: 0.5, decimals: 1,
		layout: layout{sep: ',', crlf: true, national: true, period: formM}},
	{id: "MM5", title: "Ledighedsprocent (fuldtidsledige i procent af arbejdsstyrken)", unit: "%",
		level: []knot{k("2017-01", 4.5), k("2020-06", 5.4), k("2026-12", 2.9)}, spread: 0.8, noise: 0.15, season: 0.4, decimals: 1,
		layout: layout{sep: ';', cp1252: true, titleLine: true, national: true, regions: true, header: true, period: formK}},
	{id: "MM6", title: "Andel personer med handicap i beskæftigelse", unit: "%",
		level: []knot{k("2017-01", 42.0), k("2026-12", 48.0)}, spread: 3, noise: 0.5, decimals: 1,
		layout: layout{xlsx: true, long: true, national: true, header: true, sheet: "Data", period: formM}},
	{id: "MM7", title: "Ydelsesmodtagere i procent af befolkningen 16-66 år", unit: "%",
		level: []knot{k("2017-01", 17.0), k("2026-12", 15.0)}, spread: 2.5, noise: 0.2, season: 0.2, decimals: 1,
		layout: layout{long: true, sep: ';', titleLine: true, national: true, regions: true, period: formName}},
	{id: "MM8", title: "Jobsamtaler afholdt rettidigt", unit: "%",
		level: []knot{k("2017-01", 85.0), k("2026-12", 92.0)}, spread: 4, noise: 1.5, decimals: 1,
		layout: layout{sep: ';', period: formDash}},
	{id: "MM9", title: "Gennemsnitlig varighed af sygedagpengeforløb", unit: "uger",
		level: []knot{k("2017-01", 12.0), k("2026-12", 10.0)}, spread: 1.5, noise: 0.4, decimals: 1,
		layout: layout{sep: ',', quoted: true, cp1252: true, crlf: true, period: formM}},
	{id: "MM10", title: "Andel ledige i virksomhedsrettet aktivering", unit: "%",
		level: []knot{k("2017-01", 20.0), k("2026-12", 26.0)}, spread: 4, noise: 0.7, season: 0.6, decimals: 1,
		layout: layout{xlsx: true, titleLine: true, national: true, regions: true, period: formM}},
	{id: "LU3", title: "Aktivitetsparate unge i uddannelse eller job efter et år", unit: "%",
		level: []knot{k("2017-01", 25.0), k("2026-12", 32.0)}, spread: 6, noise: 1.5, decimals: 1,
		layout: layout{file: "jobindsats_unge_aktivitetsparate", sep: ';', titleLine: true, national: true, header: true, period: formM}},
	{id: "LU4", title: "Andel 16-24-årige uden for uddannelse og job", unit: "%",
		level: []knot{k("2017-01", 7.0), k("2026-12", 6.0)}, spread: 1.5, noise: 0.3, decimals: 1,
		layout: layout{long: true, sep: ',', cp1252: true, period: formM}},
	{id: "BM1", title: "Borgere i ressourceforløb med ordinære løntimer", unit: "%",
		level: []knot{k("2017-01", 15.0), k("2026-12", 22.0)}, spread: 4, noise: 1.0, decimals: 1,
		layout: layout{sep: ';', cp1252: true, regions: true, period: formM}},
	{id: "BM2", title: "Nytilkendte førtidspensioner i procent af befolkningen 18-64 år", unit: "%",
		level: []knot{k("2017-01", 0.45), k("2026-12", 0.40)}, spread: 0.08, noise: 0.02, decimals: 2,
		layout: layout{sep: ';', national: true, period: formM}},
	{id: "VM1", title: "Virksomheder der er tilfredse med hjælpen til rekruttering", unit: "%",
		level: []knot{k("2017-01", 78.0), k("2026-12", 84.0)}, spread: 5, noise: 1.2, decimals: 1,
		layout: layout{xlsx: true, header: true, textFrom: true, period: formM}},
	{id: "OF1", title: "Udgifter til forsørgelse pr. indbygger 16-66 år", unit: "kr.",
		level: []knot{k("2017-01", 12500), k("2026-12", 14100)}, spread: 1800, noise: 150, season: 200, decimals: 1,
		layout: layout{sep: ';', thousands: true, national: true, period: formM}},
	{id: "IM1", title: "Integrationsborgere i ordinær uddannelse", unit: "%",
		level: []knot{k("2017-01", 9.0), k("2026-12", 13.0)}, spread: 3, noise: 0.6, decimals: 1,
		layout: layout{sep: ';', cp1252: true, regions: true, period: formShort}},
	{id: "IM2", title: "Flygtningekvinder i beskæftigelse", unit: "%",
		level: []knot{k("2017-01", 20.0), k("2026-12", 32.0)}, spread: 6, noise: 1.2, decimals: 1,
		layout: layout{file: "IM2 flygtningekvinder", sep: ';', titleLine: true, national: true, header: true, period: formM}},
}

// homeArea is the municipality whose row is the plan's own when Home names
// no municipality: the smallest, renamed.
const homeArea = "Læsø"

// home is the municipality whose row is the plan's own, and the name the row
// goes by: Home's municipality when it names one, else Læsø by Home's name.
func (s CompareSize) home() (row, name string) {
	for _, r := range model.Regions {
		for _, a := range r.Areas {
			if s.Home != "" && model.AreaKey(a) == model.AreaKey(s.Home) {
				return a, a
			}
		}
	}
	return homeArea, cmp.Or(s.Home, homeArea)
}

// Comparison returns the files of a comparison folder of size s, by name:
// tables of indicators as people download them from Jobindsats and
// Statistikbanken, for tests, benchmarks and the built-in example. The same
// size gives the same bytes. What the folder holds (see catalogue):
//   - the 98 municipalities of model.Regions (Læsø's row renamed to
//     CompareSize.Home when that names none of them), one figure a month
//     ending with December 2026; MM5 is quarterly ("2026K4"), the mean of
//     its months;
//   - wide tables (areas as rows, periods as columns) and long ones (area,
//     period, value), .csv with ";" or "," in UTF-8 (one with a BOM) or
//     Windows-1252, and .xlsx (one with a sheet of text before the figures);
//   - a title line and a blank line before the header in some; a "Hele
//     landet" row in some, "Region ..." rows (the mean of the region) in a
//     few; a header file (<file>.toml: indicator, title, unit, sheet) beside
//     some, two of them naming a file that is not called by its indicator;
//   - periods as "2024M03" in most, "marts 2024", "mar 2024" or "2024-03" in
//     some; figures with a decimal comma in the ;-files (and quoted in one
//     ,-file), a point elsewhere, numbers in the workbooks;
//   - shares in % with one decimal (unemployment and the like lower is
//     better), a few with other units (OF1 in kr.: "12.345,6"); a tie
//     between two municipalities in the first, middle and last period of
//     every table, a few missing cells (".." or an empty cell; never the
//     home area's), and LU2 lacks Fanø, Samsø and Ærø entirely.
//
// A month's figures do not depend on the span or the selection made (the
// ties aside): the example's folder is, but for its home area's name, the
// large folder's last 72 months of five of its tables.
func Comparison(s CompareSize) (map[string][]byte, error) {
	specs, err := s.specs()
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte, 2*len(specs))
	for _, spec := range specs {
		t := s.table(spec)
		stem := cmp.Or(spec.file, spec.id)
		name, b := stem+".csv", []byte(nil)
		if spec.xlsx {
			name = stem + ".xlsx"
			b, err = t.xlsx()
		} else {
			b, err = t.csv()
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		files[name] = b
		if spec.header {
			files[stem+".toml"] = spec.headerFile()
		}
	}
	return files, nil
}

// WriteComparison makes the comparison folder of size s in dir (created
// when missing): what benchmarks and tests of the reader load.
func WriteComparison(dir string, s CompareSize) error {
	files, err := Comparison(s)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// specs are the tables of s, in order.
func (s CompareSize) specs() ([]tableSpec, error) {
	if s.Months < 3 || s.Indicators < 0 {
		return nil, fmt.Errorf("a comparison folder needs 3 months or more, not %d, and 0 indicators or more, not %d", s.Months, s.Indicators)
	}
	if len(s.Only) > 0 {
		out := make([]tableSpec, 0, len(s.Only))
		for _, id := range s.Only {
			i := slices.IndexFunc(catalogue, func(t tableSpec) bool { return t.id == id })
			if i < 0 {
				return nil, fmt.Errorf("no indicator %q to generate", id)
			}
			out = append(out, catalogue[i])
		}
		return out, nil
	}
	out := make([]tableSpec, s.Indicators)
	for i := range out {
		out[i] = catalogue[i%len(catalogue)]
		if round := i / len(catalogue); round > 0 {
			out[i].id = fmt.Sprintf("%s-%d", out[i].id, round+1)
			if out[i].file != "" {
				out[i].file = fmt.Sprintf("%s-%d", out[i].file, round+1)
			}
		}
	}
	return out, nil
}

// table is one indicator's figures before they are written.
type table struct {
	tableSpec
	areas   []string
	periods []model.Period
	values  [][]float64 // by area, then period; NaN: no figure
}

// table computes the figures of spec for the span of s.
func (s CompareSize) table(spec tableSpec) *table {
	t := &table{tableSpec: spec}
	months := make([]model.Period, s.Months)
	for i := range months {
		months[i] = lastMonth.Add(i - s.Months + 1)
	}
	t.periods = months
	if spec.period == formK {
		t.periods = quarterPeriods(months)
	}
	seed := hashOf(spec.id)
	season := func(m model.Period) float64 { return spec.season * math.Sin(2*math.Pi*float64(m.N-1)/12) }
	// row is an area's figures month by month (averaged to quarters in a
	// quarterly table); key != 0 leaves a few cells without a figure.
	row := func(figure func(m model.Period) float64, key uint64) []float64 {
		out := make([]float64, len(months))
		for i, m := range months {
			out[i] = figure(m) + season(m)
		}
		if spec.period == formK {
			out = quarters(out, months)
		}
		for i, p := range t.periods {
			out[i] = t.round(out[i])
			if key != 0 && draw(seed, key, uint64(p.Year), uint64(p.Span), uint64(p.N)) < 0.004 {
				out[i] = math.NaN()
			}
		}
		return out
	}
	if spec.national {
		t.areas = append(t.areas, model.National)
		t.values = append(t.values, row(func(m model.Period) float64 { return curve(spec.level, m) }, 0))
	}
	first := model.MustPeriod("2017-01")
	homeRow, homeName := s.home()
	for _, r := range model.Regions {
		var names []string
		var members [][]float64
		for _, a := range r.Areas {
			if slices.Contains(spec.lacks, a) {
				continue
			}
			key := hashOf(a)
			offset := spec.spread * normal(seed, key, 1)
			drift := 0.4 * spec.spread * normal(seed, key, 2)
			figure := func(m model.Period) float64 {
				share := float64(monthIndex(m)-monthIndex(first))/119 - 0.5
				return curve(spec.level, m) + offset + drift*share + spec.noise*normal(seed, key, 3, uint64(monthIndex(m)))
			}
			name := a
			if a == homeRow {
				name = homeName
				if spec.home != nil {
					figure = func(m model.Period) float64 {
						return curve(spec.home, m) + 0.3*spec.noise*normal(seed, key, 3, uint64(monthIndex(m)))
					}
				}
				key = 0 // the home area's figures are never missing
			}
			names = append(names, name)
			members = append(members, row(figure, key))
		}
		if spec.regions {
			t.areas = append(t.areas, r.Name)
			t.values = append(t.values, t.meanOf(members))
		}
		t.areas = append(t.areas, names...)
		t.values = append(t.values, members...)
	}
	t.tie(homeName)
	return t
}

// tie makes two municipalities' figures equal in the first, middle and last
// period, never the home area's.
func (t *table) tie(home string) {
	var rows []int
	for i, a := range t.areas {
		if !model.IsAggregateName(a) && a != home {
			rows = append(rows, i)
		}
	}
	h := int(hashOf(t.id) % uint64(len(rows)-1))
	for n, p := range []int{0, len(t.periods) / 2, len(t.periods) - 1} {
		i := (h + 7*n) % (len(rows) - 1)
		a, b := rows[i], rows[i+1]
		if math.IsNaN(t.values[a][p]) {
			t.values[a][p] = t.values[b][p]
		}
		t.values[b][p] = t.values[a][p]
	}
}

// meanOf is a region's row: the mean of its municipalities' figures.
func (t *table) meanOf(rows [][]float64) []float64 {
	out := make([]float64, len(t.periods))
	for p := range out {
		sum, n := 0.0, 0
		for _, r := range rows {
			if !math.IsNaN(r[p]) {
				sum, n = sum+r[p], n+1
			}
		}
		out[p] = t.round(sum / float64(n))
	}
	return out
}

// round keeps the table's decimals and, for a share, 0 to 100.
func (t *table) round(v float64) float64 {
	if math.IsNaN(v) {
		return v
	}
	v = max(v, 0)
	if t.unit == "%" {
		v = min(v, 100)
	}
	f := math.Pow(10, float64(t.decimals))
	return math.Round(v*f) / f
}

// quarters averages months to quarters; the months end with a December,
// so the first one or two months of an incomplete quarter are left out.
func quarters(values []float64, months []model.Period) []float64 {
	var out []float64
	for i, m := range months {
		if m.N%3 == 0 && i >= 2 {
			out = append(out, (values[i-2]+values[i-1]+values[i])/3)
		}
	}
	return out
}

// quarterPeriods are the quarters quarters averages to.
func quarterPeriods(months []model.Period) []model.Period {
	var out []model.Period
	for i, m := range months {
		if m.N%3 == 0 && i >= 2 {
			out = append(out, m.QuarterOf())
		}
	}
	return out
}

// curve is the figure at month m on the straight lines between the knots.
func curve(knots []knot, m model.Period) float64 {
	x := monthIndex(m)
	if x <= monthIndex(knots[0].month) {
		return knots[0].value
	}
	for i := 1; i < len(knots); i++ {
		a, b := knots[i-1], knots[i]
		if xb := monthIndex(b.month); x <= xb {
			xa := monthIndex(a.month)
			return a.value + (b.value-a.value)*float64(x-xa)/float64(xb-xa)
		}
	}
	return knots[len(knots)-1].value
}

func monthIndex(m model.Period) int { return m.Year*12 + m.N - 1 }

func hashOf(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// draw is a uniform number in [0, 1) that depends only on the keys: a
// month's figure is the same whatever span or selection is generated.
func draw(keys ...uint64) float64 {
	var h uint64 = 0x9e3779b97f4a7c15
	for _, k := range keys {
		h = mix(h ^ k)
	}
	return float64(h>>11) / (1 << 53)
}

// mix is splitmix64's finaliser.
func mix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// normal is a standard normal number that depends only on the keys.
func normal(keys ...uint64) float64 {
	u1 := draw(append(keys, 1)...)
	u2 := draw(append(keys, 2)...)
	return math.Sqrt(-2*math.Log(1-u1)) * math.Cos(2*math.Pi*u2)
}

// periodText writes a period as the table's download site does.
func (t *table) periodText(p model.Period) string {
	switch t.period {
	case formDash:
		return fmt.Sprintf("%d-%02d", p.Year, p.N)
	case formName, formShort:
		name := strings.Fields(lang.Da.T(lang.MonthNames))[p.N-1]
		if t.period == formShort {
			name = string([]rune(name)[:3])
		}
		return fmt.Sprintf("%s %d", name, p.Year)
	case formK:
		return fmt.Sprintf("%dK%d", p.Year, p.N)
	}
	return fmt.Sprintf("%dM%02d", p.Year, p.N)
}

// figureText writes a figure: a decimal comma in a ;-file (or a quoted
// ,-file), ".." for none.
func (t *table) figureText(v float64) string {
	if math.IsNaN(v) {
		return ".."
	}
	s := strconv.FormatFloat(v, 'f', t.decimals, 64)
	if t.sep != ';' && !t.quoted {
		return s
	}
	whole, decimals, _ := strings.Cut(s, ".")
	if t.thousands {
		for i := len(whole) - 3; i > 0; i -= 3 {
			whole = whole[:i] + "." + whole[i:]
		}
	}
	if decimals == "" {
		return whole
	}
	return whole + "," + decimals
}

// heading is the table's title line, as the download sites write it.
func (t *table) heading() string {
	return fmt.Sprintf("%s (%s)", t.title, t.unit)
}

// rows are the table's records: the header, then the areas (wide) or the
// areas' periods (long), each cell made by cell.
func (t *table) rows(cell func(v float64) any, period func(p model.Period) any) [][]any {
	var out [][]any
	if t.long {
		out = append(out, []any{"Område", "Periode", "Værdi"})
		if t.sep == ',' {
			out[0] = []any{"Kommune", "Tid", "Indhold"}
		}
		for i, a := range t.areas {
			for j, p := range t.periods {
				out = append(out, []any{a, period(p), cell(t.values[i][j])})
			}
		}
		return out
	}
	header := []any{"Område"}
	for _, p := range t.periods {
		header = append(header, period(p))
	}
	out = append(out, header)
	for i, a := range t.areas {
		r := []any{a}
		for _, v := range t.values[i] {
			r = append(r, cell(v))
		}
		out = append(out, r)
	}
	return out
}

// csv writes the table as a CSV file in its separator and encoding.
func (t *table) csv() ([]byte, error) {
	var b bytes.Buffer
	if t.bom {
		b.WriteString("\ufeff")
	}
	w := csv.NewWriter(&b)
	w.Comma, w.UseCRLF = t.sep, t.crlf
	if t.titleLine {
		w.Write([]string{t.heading()})
		w.Write(nil)
	}
	for _, r := range t.rows(func(v float64) any { return t.figureText(v) }, func(p model.Period) any { return t.periodText(p) }) {
		rec := make([]string, len(r))
		for i, c := range r {
			rec[i] = c.(string)
		}
		w.Write(rec)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	if t.cp1252 {
		return charmap.Windows1252.NewEncoder().Bytes(b.Bytes())
	}
	return b.Bytes(), nil
}

// xlsx writes the table as a workbook: figures as numbers, an empty cell
// where there is none.
func (t *table) xlsx() ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	sheet := cmp.Or(t.sheet, "Ark1")
	first := f.GetSheetName(0)
	if t.textFrom {
		if err := f.SetSheetName(first, "Forklaring"); err != nil {
			return nil, err
		}
		f.SetCellStr("Forklaring", "A1", t.heading())
		f.SetCellStr("Forklaring", "A2", "Kilde: genereret til test (internal/gen). Tallene står på næste ark.")
		if _, err := f.NewSheet(sheet); err != nil {
			return nil, err
		}
	} else if err := f.SetSheetName(first, sheet); err != nil {
		return nil, err
	}
	row := 1
	if t.titleLine {
		f.SetCellStr(sheet, "A1", t.heading())
		row = 3
	}
	cell := func(v float64) any {
		if math.IsNaN(v) {
			return nil
		}
		return v
	}
	for _, r := range t.rows(cell, func(p model.Period) any { return t.periodText(p) }) {
		at, _ := excelize.CoordinatesToCellName(1, row)
		if err := f.SetSheetRow(sheet, at, &r); err != nil {
			return nil, err
		}
		row++
	}
	b, err := f.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// headerFile is the .toml beside a table: which indicator, its title and unit.
func (spec tableSpec) headerFile() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# Overskrift til tabellen ved siden af: hvilken indikator den er.\nindicator = %q\ntitle = %q\nunit = %q\n", spec.id, spec.title, spec.unit)
	if spec.sheet != "" {
		fmt.Fprintf(&b, "sheet = %q\n", spec.sheet)
	}
	return []byte(b.String())
}
