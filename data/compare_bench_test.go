package data

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/model"
)

// benchAreas are the 98 municipalities.
func benchAreas() []string {
	var areas []string
	for _, r := range model.Regions {
		areas = append(areas, r.Areas...)
	}
	return areas
}

// benchMonths are ten years of months, 2017M01 to 2026M12.
func benchMonths() []string {
	var months []string
	for y := 2017; y <= 2026; y++ {
		for m := 1; m <= 12; m++ {
			months = append(months, fmt.Sprintf("%dM%02d", y, m))
		}
	}
	return months
}

// benchFigure is a believable share for an area and month, with one decimal.
func benchFigure(a, m int) float64 { return float64(300+(a*37+m*11)%400) / 10 }

// writeWideCSV writes a table as Danish Excel saves it: semicolons,
// decimal commas, a title line, a national row.
func writeWideCSV(path string, areas, months []string) error {
	var b strings.Builder
	b.WriteString("Andel i pct.\n\nOmråde;" + strings.Join(months, ";") + "\nHele landet")
	b.WriteString(strings.Repeat(";43,0", len(months)))
	for a, area := range areas {
		b.WriteString("\n" + area)
		for m := range months {
			b.WriteString(";" + strings.Replace(strconv.FormatFloat(benchFigure(a, m), 'f', 1, 64), ".", ",", 1))
		}
	}
	return os.WriteFile(path, []byte(b.String()+"\n"), 0o644)
}

// writeLongCSV writes a table as one row per area and month, with commas.
func writeLongCSV(path string, areas, months []string) error {
	var b strings.Builder
	b.WriteString("Område,Tid,Værdi\n")
	for a, area := range areas {
		for m, month := range months {
			b.WriteString(area + "," + month + "," + strconv.FormatFloat(benchFigure(a, m), 'f', 1, 64) + "\n")
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// benchFolder makes a comparison folder of n tables, every fourth long
// and the rest wide, and a plan naming them all.
func benchFolder(b *testing.B, n int, write func(path string, i int, areas, months []string) error) (string, *model.Plan) {
	b.Helper()
	dir := b.TempDir()
	folder := filepath.Join(dir, DefaultComparison)
	if err := os.Mkdir(folder, 0o755); err != nil {
		b.Fatal(err)
	}
	areas, months := benchAreas(), benchMonths()
	var ids []string
	for i := range n {
		id := fmt.Sprintf("MM%d", i+1)
		ids = append(ids, id)
		if err := write(filepath.Join(folder, id), i, areas, months); err != nil {
			b.Fatal(err)
		}
	}
	return filepath.Join(dir, "plan.toml"), comparisonPlan(ids...)
}

func benchRead(b *testing.B, plan string, p *model.Plan, tables int) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		p.Indicators = nil
		if ps := readTablesOf(plan, p); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
	b.StopTimer()
	if len(p.Indicators) != tables {
		b.Fatalf("read %d tables, want %d", len(p.Indicators), tables)
	}
	b.ReportMetric(float64(tables*98*120), "figures/op")
}

// BenchmarkComparison20 reads a folder of 20 tables of 98 areas and 120
// months (235,200 figures), as the large case: 15 wide, 5 long.
func BenchmarkComparison20(b *testing.B) {
	plan, p := benchFolder(b, 20, func(path string, i int, areas, months []string) error {
		if i%4 == 3 {
			return writeLongCSV(path+".csv", areas, months)
		}
		return writeWideCSV(path+".csv", areas, months)
	})
	benchRead(b, plan, p, 20)
}

// BenchmarkComparison5Of20 reads the five tables a plan names (as the
// example's measures name five) from a folder of 20: one long, four wide.
func BenchmarkComparison5Of20(b *testing.B) {
	plan, _ := benchFolder(b, 20, func(path string, i int, areas, months []string) error {
		if i%4 == 3 {
			return writeLongCSV(path+".csv", areas, months)
		}
		return writeWideCSV(path+".csv", areas, months)
	})
	benchRead(b, plan, comparisonPlan("MM1", "MM2", "MM3", "MM4", "MM5"), 5)
}

// BenchmarkComparisonXLSX5 reads 5 workbooks of 98 areas and 120 months.
func BenchmarkComparisonXLSX5(b *testing.B) {
	plan, p := benchFolder(b, 5, func(path string, _ int, areas, months []string) error {
		f := excelize.NewFile()
		defer f.Close()
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			return err
		}
		header := []any{"Område"}
		for _, m := range months {
			header = append(header, m)
		}
		if err := sw.SetRow("A1", header); err != nil {
			return err
		}
		for a, area := range areas {
			row := []any{area}
			for m := range months {
				row = append(row, benchFigure(a, m))
			}
			cell, _ := excelize.CoordinatesToCellName(1, a+2)
			if err := sw.SetRow(cell, row); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
		return f.SaveAs(path + ".xlsx")
	})
	benchRead(b, plan, p, 5)
}
