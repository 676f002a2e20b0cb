// Command sammenligning writes a generated comparison folder to try the
// comparison with: by default the scale, 20 indicators × 120 months
// × 98 municipalities (see gen.Comparison for what it holds).
//
//	go run ./internal/gen/cmd/sammenligning -dir minplan/sammenligning -home Fredericia
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/beskplan/beskplan/internal/gen"
)

func main() {
	s := gen.CompareLarge
	dir := flag.String("dir", "sammenligning", "the folder to write (made when missing)")
	flag.IntVar(&s.Indicators, "indicators", s.Indicators, "how many tables")
	flag.IntVar(&s.Months, "months", s.Months, "how many months, the last one December 2026")
	flag.StringVar(&s.Home, "home", "", "the name Læsø's row goes by: your plan's municipality")
	flag.Parse()
	if err := gen.WriteComparison(*dir, s); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d tabeller × %d måneder × 98 kommuner skrevet i %s\n", s.Indicators, s.Months, *dir)
}
