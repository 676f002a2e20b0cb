package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// approve PERIOD: the paper for the period as it stands, written beside
// the plan, and the approval with its SHA-256 (app.Plan.Approve).
func approveCmd(stdout io.Writer, o *options) *cobra.Command {
	return &cobra.Command{
		Use:  "approve",
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return exitError{2, o.l.T(lang.ApproveUsage)}
			}
			opened, err := loadForWriting(o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			done, err := opened.Approve(data.UserName(), args[0])
			if err != nil {
				text, input := app.ApproveMessage(o.l, opened.Loaded.StatusPath, err)
				if input {
					return exitError{2, "approve " + args[0] + ": " + text}
				}
				return exitError{1, text}
			}
			fmt.Fprintln(stdout, o.l.T(lang.ApproveDone, done.Entry.Period.String(), done.Path, done.Entry.Paper, opened.Loaded.StatusPath))
			return nil
		},
	}
}

// runApproved is report --approved PERIOD: the approved paper made again
// from the files, to standard output or -o FILE, and on standard error
// whether it is the paper approved (exit 1 when it is not).
func runApproved(stdout, stderr io.Writer, o *options, approved, format, output, since string) error {
	if o.asOf != "" || o.asRecorded != "" || since != "" {
		return exitError{2, o.l.T(lang.ApprovedWithView)}
	}
	if f, ok := report.FormatOf(format, output); !ok || f != report.MD {
		return exitError{2, o.l.T(lang.ApprovedFormat, format+strings.TrimPrefix(filepath.Ext(output), "."))}
	}
	period, err := model.ParseTablePeriod(approved)
	if err != nil {
		return exitError{2, o.l.T(lang.BadPeriod, approved)}
	}
	opened, err := o.open(stderr, false)
	if err != nil {
		return err
	}
	p := opened.Loaded.Plan
	remade := app.Remake(p, period)
	if remade == nil {
		var periods []string
		for _, a := range p.Approvals() {
			periods = append(periods, a.Period.String())
		}
		if len(periods) == 0 {
			return exitError{2, o.l.T(lang.ApprovedNoneAtAll, period.String())}
		}
		return exitError{2, o.l.T(lang.ApprovedNone, period.String(), strings.Join(periods, ", "))}
	}
	if output == "" || output == "-" {
		if _, err := stdout.Write(remade.Paper); err != nil {
			return err
		}
	} else {
		if err := notOverThePlan(output, opened.Loaded, o.l); err != nil {
			return err
		}
		if err := os.WriteFile(output, remade.Paper, 0o644); err != nil {
			return exitError{1, o.l.T(lang.ReportFailed, err)}
		}
		fmt.Fprintln(stdout, o.l.T(lang.ReportWritten, output))
	}
	a := remade.Approval
	signed := data.SignedBy(a)
	if !remade.Matches {
		return exitError{1, o.l.T(lang.ApprovedMismatch, period.String(), signed, a.Paper, remade.Sum)}
	}
	fmt.Fprintln(stderr, o.l.T(lang.ApprovedMatches, period.String(), signed))
	beside := filepath.Join(filepath.Dir(opened.Loaded.PlanPath), app.PaperName(period))
	if kept, err := os.ReadFile(beside); err == nil && !bytes.Equal(kept, remade.Paper) {
		fmt.Fprintln(stderr, o.l.T(lang.ApprovedFileDiffers, beside))
	}
	return nil
}
