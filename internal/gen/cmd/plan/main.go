// Command plan writes a generated plan and its status file to a folder, to
// time whole commands on: by default the large size (2,000 measures,
// 100,000 entries, a 12 MB status file; see gen.Large).
//
//	go run ./internal/gen/cmd/plan -dir /tmp/large
//	/usr/bin/time -f '%U %S %M' beskplan check /tmp/large
//
// -marked writes every entry in a block of its own with its mark, as the
// program appends them (see gen.Marked).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/beskplan/beskplan/internal/gen"
)

func main() {
	dir := flag.String("dir", "plan", "the folder to write (made when missing)")
	size := flag.String("size", "large", "typical or large")
	marked := flag.Bool("marked", false, "every entry in a block with its mark, as the program appends them")
	flag.Parse()
	s, ok := map[string]gen.Size{"typical": gen.Typical, "large": gen.Large}[*size]
	if !ok {
		fmt.Fprintf(os.Stderr, "unknown size %q: typical or large\n", *size)
		os.Exit(2)
	}
	status := gen.Status(s)
	if *marked {
		status = gen.Marked(status)
	}
	err := os.MkdirAll(*dir, 0o755)
	if err == nil {
		err = os.WriteFile(filepath.Join(*dir, "plan.toml"), gen.Plan(s), 0o644)
	}
	if err == nil {
		err = os.WriteFile(filepath.Join(*dir, "status.toml"), status, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d measures, %d entries (%d bytes of status) written in %s\n", s.Measures, s.Entries, len(status), *dir)
}
