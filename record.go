package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// loadForWriting opens the plan to record in; the built-in example cannot be written.
func loadForWriting(o *options, stderr io.Writer) (*app.Opened, error) {
	return o.open(stderr, true)
}

// save records the entries by this user through the plan's one store, as
// every front end does (app.Plan.Save): signed under the writer's lock,
// refused where one would not be the figure shown.
func save(opened *app.Opened, entries []model.Entry, o *options) error {
	_, saved, err := opened.Save(data.UserName(), entries...)
	var refused *data.InputError // seen under the lock: a period approved meanwhile, a reason for an open one
	if errors.As(err, &refused) {
		return exitError{2, data.SaveMessage(o.l, opened.Loaded.StatusPath, err)}
	}
	if err != nil {
		return exitError{1, data.SaveMessage(o.l, opened.Loaded.StatusPath, err)}
	}
	copy(entries, saved)
	return nil
}

// signShown signs the entries by this user now, and refuses them when one
// would not be shown once saved (--dry-run refuses what the save would).
func signShown(loaded *data.Loaded, entries []model.Entry, o *options) error {
	data.Sign(entries, data.UserName(), time.Now())
	if err := loaded.CheckShown(entries); err != nil {
		return exitError{1, data.SaveMessage(o.l, loaded.StatusPath, err)}
	}
	return nil
}

// describe says an entry in one line, with its note: "R1 2026-Q3 = 87,5 % – \"note\"".
func describe(p *model.Plan, e model.Entry, l lang.Lang) string {
	text := l.Entry(p, e)
	if e.Note != "" {
		text += fmt.Sprintf(" – %q", e.Note)
	}
	if e.Revised != "" {
		text += " – " + l.T(lang.RevisedMark, e.Revised)
	}
	return text
}

func setCmd(stdout io.Writer, o *options) *cobra.Command {
	var note, reference, initiative, assessed, revised, spent string
	var pending, force bool
	c := &cobra.Command{
		Use:  "set",
		Args: cobra.RangeArgs(1, 3),
		RunE: func(cmd *cobra.Command, args []string) error {
			if initiative != "" && (pending || assessed != "" || reference != "") { // a measure's flags: never dropped silently
				return exitError{2, o.l.T(lang.SetInitiativeFlags)}
			}
			var typed data.Typed
			var err error
			if cmd.Flags().Changed("spent") {
				typed, err = spentFromArgs(args, initiative, spent, note, o.l)
			} else {
				typed, err = typedFromArgs(args, initiative, assessed, note, reference, pending, o.l)
			}
			if err != nil {
				return err
			}
			typed.Force, typed.Revised = force, revised
			if cmd.Flags().Changed("revised") && strings.TrimSpace(revised) == "" {
				return exitError{2, o.l.T(lang.RevisedEmpty)}
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
			if err := save(opened, read, o); err != nil {
				return err
			}
			e := read[0] // as saved, signed
			fmt.Fprintln(stdout, o.l.T(lang.Saved, loaded.StatusPath, describe(loaded.Plan, e, o.l)))
			if m := loaded.Plan.Measure(e.Measure); m != nil && e.HasValue {
				if hint := data.CountHint(o.l, typed.Value, m.FigureUnit(), e.Value); hint != "" {
					fmt.Fprintln(cmd.ErrOrStderr(), o.l.T(lang.WarningPrefix)+m.ID+": "+hint)
				}
			}
			return nil
		},
	}
	c.Flags().StringVar(&note, "note", "", "")
	c.Flags().StringVar(&reference, "reference", "", "")
	c.Flags().BoolVar(&pending, "pending", false, "")
	c.Flags().StringVar(&initiative, "initiative", "", "")
	c.Flags().StringVar(&assessed, "assessed", "", "")
	c.Flags().BoolVar(&force, "force", false, "")
	c.Flags().StringVar(&revised, "revised", "", "")
	c.Flags().StringVar(&spent, "spent", "", "")
	return c
}

// spentFromArgs is `set --initiative ID PERIOD [STATE] --spent AMOUNT`:
// money spent on an initiative in the period, with its state if given.
func spentFromArgs(args []string, initiative, spent, note string, l lang.Lang) (data.Typed, error) {
	if initiative == "" || len(args) > 2 || strings.TrimSpace(spent) == "" {
		return data.Typed{}, exitError{2, l.T(lang.SpentUsage)}
	}
	t := data.Typed{Initiative: initiative, Period: args[0], Spent: spent, Note: note}
	if len(args) == 2 {
		t.State = args[1]
	}
	return t, nil
}

// typedFromArgs is the command line of set as typed, for data.ReadTyped;
// a command line of the wrong shape is exit code 2.
func typedFromArgs(args []string, initiative, assessed, note, reference string, pending bool, l lang.Lang) (data.Typed, error) {
	bad := func(k lang.Key) (data.Typed, error) { return data.Typed{}, exitError{2, l.T(k)} }
	t := data.Typed{Note: note, Reference: reference, Pending: pending, Assessed: assessed}
	if assessed != "" { // set ID PERIOD --assessed WORD --note TEXT
		if len(args) != 2 {
			return bad(lang.AssessedUsage)
		}
		t.Measure, t.Period = args[0], args[1]
		return t, nil
	}
	switch {
	case initiative != "" && len(args) != 2, initiative == "" && len(args) < 2:
		return bad(lang.SetUsage)
	case initiative != "":
		t.Initiative, t.Period, t.State = initiative, args[0], args[1]
		return t, nil
	case pending && len(args) == 3:
		return bad(lang.PendingNoValue)
	case !pending && len(args) < 3:
		return bad(lang.SetUsage)
	}
	t.Measure, t.Period = args[0], args[1]
	if len(args) == 3 {
		t.Value = args[2]
	}
	return t, nil
}

func importCmd(stdout io.Writer, o *options) *cobra.Command {
	var dryRun, force bool
	c := &cobra.Command{
		Use:  "import",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			content, err := data.ReadFile(args[0])
			if err != nil {
				return o.listed(2, data.Problems{data.FileProblem(args[0], err)})
			}
			opened, err := loadForWriting(o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			loaded := opened.Loaded
			entries, enc, problems := data.ReadFigures(args[0], content, loaded.Plan, force)
			readAs := stdout
			if len(problems) > 0 {
				readAs = cmd.ErrOrStderr()
			}
			if enc != "" && enc != data.UTF8 { // the positions are in the characters it was read as
				fmt.Fprintln(readAs, o.l.T(lang.CSVReadAs, args[0], enc))
			}
			if len(problems) > 0 {
				return o.listed(2, problems)
			}
			if len(entries) == 0 {
				nothing := lang.NothingToImport
				if data.IsWorkbook(content) { // its unchanged figures were skipped
					nothing = lang.NothingNewInSheet
				}
				return exitError{2, args[0] + ": " + o.l.T(nothing)}
			}
			if dryRun {
				if err := signShown(loaded, entries, o); err != nil {
					return err
				}
				fmt.Fprintln(stdout, o.l.T(lang.DryRun, loaded.StatusPath))
			} else if err := save(opened, entries, o); err != nil {
				return err
			}
			for _, e := range entries {
				fmt.Fprintln(stdout, "  "+describe(loaded.Plan, e, o.l))
			}
			if !dryRun {
				fmt.Fprintln(stdout, o.l.T(lang.Saved, loaded.StatusPath, o.l.N(len(entries), lang.CountEntry, lang.CountEntries)))
			}
			return nil
		},
	}
	c.Flags().BoolVar(&dryRun, "dry-run", false, "")
	c.Flags().BoolVar(&force, "force", false, "")
	return c
}

func repairCmd(stdout io.Writer, o *options) *cobra.Command {
	return &cobra.Command{
		Use:  "repair",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			src := data.Locate(o.plan)
			if src.Example {
				return exitError{2, o.l.T(lang.ExampleReadOnly)}
			}
			loaded, err := data.Load(src) // a torn status file has problems; the plan must read
			if loaded == nil {
				return o.listed(1, err)
			}
			aside, err := data.NewWriter().Repair(loaded.StatusPath, time.Now())
			switch {
			case err == nil:
				fmt.Fprintln(stdout, o.l.T(lang.Repaired, loaded.StatusPath, aside))
			case errors.Is(err, data.ErrNothingToRepair):
				fmt.Fprintln(stdout, o.l.T(lang.NothingToRepair, loaded.StatusPath))
			default:
				return exitError{1, data.SaveMessage(o.l, loaded.StatusPath, err)}
			}
			return nil
		},
	}
}
