package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// assessCmd writes a written assessment for the committee's paper: the
// vurdering of a goal or a measure, or the paper's own indstilling, for a
// period; read by the one reader and saved through the one store.
func assessCmd(stdout io.Writer, o *options) *cobra.Command {
	var text, file string
	var indstilling bool
	c := &cobra.Command{
		Use:  "assess",
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			usage := exitError{2, o.l.T(lang.AssessUsage)}
			hasText, hasFile := cmd.Flags().Changed("text"), cmd.Flags().Changed("file")
			switch {
			case hasText == hasFile, indstilling && len(args) != 1:
				return usage
			case !indstilling && len(args) != 2:
				return exitError{2, o.l.T(lang.AssessNeedsID) + "\n" + o.l.T(lang.AssessUsage)}
			}
			if hasFile {
				read, err := data.ReadWrittenFile(file)
				if err != nil {
					return o.listed(2, err)
				}
				text = read
			}
			typed := data.Typed{Vurdering: text}
			if indstilling {
				typed = data.Typed{Period: args[0], Indstilling: text}
			} else {
				typed.Measure, typed.Period = args[0], args[1]
			}
			opened, err := loadForWriting(o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			loaded := opened.Loaded
			read, err := app.Read(loaded.Plan, typed)
			if err != nil {
				return exitError{2, data.SaveMessage(o.l, loaded.StatusPath, err)}
			}
			if indstilling { // the paper's own vurdering, if any, stays the one that counts
				if was := loaded.Plan.Written("", read[0].Period); was != nil {
					read[0].Vurdering = was.Vurdering
				}
			}
			if err := save(opened, read, o); err != nil {
				return err
			}
			fmt.Fprintln(stdout, o.l.T(lang.Saved, loaded.StatusPath, o.l.Written(read[0])))
			return nil
		},
	}
	c.Flags().StringVar(&text, "text", "", "")
	c.Flags().StringVar(&file, "file", "", "")
	c.Flags().BoolVar(&indstilling, "indstilling", false, "")
	return c
}
