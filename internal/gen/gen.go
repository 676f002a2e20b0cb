// Package gen makes large, deterministic plan and status files for tests
// and benchmarks: many goals, strategies and measures, and a status file of
// many entries spread over the plan's quarters, with corrections, pending
// marks, relative targets and Danish text; and comparison folders of
// downloaded tables (Comparison, WriteComparison). The same sizes give the
// same bytes.
package gen

import (
	"fmt"
	"hash/crc32"
	"math/rand/v2"
	"strings"
	"time"
)

// Size says how much to make.
type Size struct {
	Measures int // resultatmål, spread over the goals
	Entries  int // [[entry]] tables in the status file
}

// Typical is a municipality's plan: about 30 measures and a few hundred entries.
var Typical = Size{Measures: 30, Entries: 500}

// Large is several plans' worth kept for years: 2,000 measures, 100,000 entries.
var Large = Size{Measures: 2000, Entries: 100000}

var goalTitles = []string{
	"Alle ledige skal have en værdig sagsbehandling",
	"Flere ledige skal opkvalificeres",
	"Flere flygtninge og familiesammenførte skal være selvforsørgende",
	"Flere personer med handicap skal i beskæftigelse",
	"Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft",
	"Færre unge på offentlig forsørgelse",
}

var measureWords = []string{"Borgere", "Unge", "Ledige", "Sygemeldte", "Virksomheder", "Flygtninge", "Personer i fleksjob", "Forsikrede ledige"}
var measureWhat = []string{"i beskæftigelse", "på offentlig forsørgelse", "i uddannelse", "der er tilfredse med samtalen", "i opkvalificering", "i job efter et år"}

// Plan returns a plan file with the measures of size s.
func Plan(s Size) []byte {
	var b strings.Builder
	b.WriteString("format = 1\n\n[plan]\nmunicipality = \"Generator Kommune\"\ntitle = \"Beskæftigelsesplan 2024-2026 (genereret)\"\n")
	b.WriteString("start = 2024-01-01\nend = 2026-12-31\ncadence = \"quarterly\"\n\n")
	goals := len(goalTitles)
	for g := range goals {
		kind := "minister"
		if g == goals-1 {
			kind = "local"
		}
		fmt.Fprintf(&b, "[[goal]]\nid = \"G%d\"\nkind = %q\ntitle = %q\n\n", g+1, kind, goalTitles[g])
	}
	for g := range goals {
		for k := range 2 {
			fmt.Fprintf(&b, "[[strategy]]\nid = \"S%d-%d\"\ngoal = \"G%d\"\ntitle = \"Strategi %d for mål %d: tæt opfølgning og værdighed\"\n", g+1, k+1, g+1, k+1, g+1)
			b.WriteString("summary = \"Vi følger op på hver borger og måler, om det virker.\"\nmeans = [\"Vi er i øjenhøjde\", \"Vi giver os tid til at lytte\"]\n\n")
			for i := range 2 {
				fmt.Fprintf(&b, "  [[strategy.initiative]]\n  id = \"S%d-%d-I%d\"\n  title = \"Initiativ %d: færre skift af sagsbehandler\"\n\n", g+1, k+1, i+1, i+1)
			}
		}
	}
	for i := range s.Measures {
		g := i%goals + 1
		better, base, target := "higher", 50.0+float64(i%30), 60.0+float64(i%30)
		if i%3 == 1 {
			better, base, target = "lower", 2000.0+float64(i), 1750.0+float64(i)
		}
		fmt.Fprintf(&b, "[[measure]]\nid = \"R%d\"\nstrategy = \"S%d-%d\"\ntitle = \"%s %s (nr. %d)\"\n", i+1, g, i%2+1,
			measureWords[i%len(measureWords)], measureWhat[i%len(measureWhat)], i+1)
		switch {
		case i%10 == 9: // relative to the national average
			b.WriteString("unit = \"pp\"\nbetter = \"higher\"\nreference = \"Landsgennemsnit\"\n")
			b.WriteString("baseline = { value = -0.5, date = 2023-12-31 }\ntarget = { value = 1.0, date = 2026-12-31 }\n\n")
		case i%10 == 8: // followed, not scored
			b.WriteString("unit = \"%\"\nbetter = \"higher\"\n\n")
		default:
			fmt.Fprintf(&b, "unit = \"antal\"\nbetter = %q\nbaseline = { value = %.1f, date = 2023-12-31 }\n", better, base)
			fmt.Fprintf(&b, "target = { value = %.1f, date = 2026-12-31 }\nmilestones = [ { value = %.1f, date = 2025-12-31 } ]\n\n", target, (base+target)/2)
		}
	}
	return []byte(b.String())
}

// Status returns a status file of size s for the plan of the same size.
func Status(s Size) []byte {
	r := rand.New(rand.NewPCG(uint64(s.Measures), uint64(s.Entries)))
	var b strings.Builder
	b.Grow(s.Entries * 170)
	b.WriteString("# Genereret statusfil til test og måling.\n")
	quarters := 12 // 2024-Q1 .. 2026-Q4
	at := time.Date(2024, 4, 10, 9, 0, 0, 0, time.FixedZone("", 2*3600))
	for i := range s.Entries {
		m := i % s.Measures
		q := min(quarters-1, i*quarters/s.Entries)
		period := fmt.Sprintf("%d-Q%d", 2024+q/4, q%4+1)
		fmt.Fprintf(&b, "\n[[entry]]\nmeasure = \"R%d\"\nperiod = %q\n", m+1, period)
		switch {
		case r.IntN(33) == 0:
			b.WriteString("pending = true\nnote = \"Afventer måling fra Jobindsats\"\n")
		case m%10 == 9:
			fmt.Fprintf(&b, "value = %.1f\nreference = %.1f\n", 40+r.Float64()*10, 42+r.Float64()*3)
		default:
			fmt.Fprintf(&b, "value = %.1f\n", 50+r.Float64()*2000)
			if r.IntN(20) == 0 {
				b.WriteString("note = \"Rettet efter revision – tallet er højere end først opgjort\"\n")
			}
		}
		fmt.Fprintf(&b, "by = \"sekretær%d\"\nat = %s\n", i%7, at.Add(time.Duration(i)*time.Minute).Format(time.RFC3339))
	}
	return []byte(b.String())
}

// Marked is a status file of Status with every entry in a block of its own,
// with the mark the program writes before each block it appends: its
// length and checksum. A test in data checks that every block verifies.
func Marked(status []byte) []byte {
	text := string(status)
	head, rest, found := strings.Cut(text, "\n[[entry]]")
	if !found {
		return status
	}
	var b strings.Builder
	b.Grow(len(text) + len(text)/3)
	b.WriteString(head)
	for _, e := range strings.Split(rest, "\n[[entry]]") {
		body := "[[entry]]" + e
		fmt.Fprintf(&b, "\n# beskplan: %d bytes, crc32 %08x\n%s", len(body), crc32.ChecksumIEEE([]byte(body)), body)
	}
	return []byte(b.String())
}
