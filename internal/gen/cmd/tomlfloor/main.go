// Command tomlfloor decodes TOML files into plain maps and nothing else:
// the floor that `beskplan check` is timed against as a whole process.
//
//	go build -o /tmp/tomlfloor ./internal/gen/cmd/tomlfloor
//	/usr/bin/time -f '%U %S %M' /tmp/tomlfloor DIR/plan.toml DIR/status.toml
//	/usr/bin/time -f '%U %S %M' /tmp/tomlfloor -decoder burntsushi DIR/plan.toml DIR/status.toml
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/BurntSushi/toml"
	pelletier "github.com/pelletier/go-toml/v2"
)

func main() {
	decoder := flag.String("decoder", "pelletier", "pelletier or burntsushi")
	flag.Parse()
	for _, path := range flag.Args() {
		content, err := os.ReadFile(path)
		if err == nil {
			var m map[string]any
			switch *decoder {
			case "pelletier":
				err = pelletier.Unmarshal(content, &m)
			case "burntsushi":
				_, err = toml.Decode(string(content), &m)
			default:
				err = fmt.Errorf("unknown decoder %q: pelletier or burntsushi", *decoder)
			}
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, path+":", err)
			os.Exit(1)
		}
	}
}
