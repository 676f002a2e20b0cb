package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// loadForWriting loads the plan to record in; the built-in example cannot be written.
func loadForWriting(o *options, stderr io.Writer) (*data.Loaded, error) {
	src := data.Locate(o.plan)
	if src.Example {
		return nil, exitError{2, o.l.T(lang.ExampleReadOnly)}
	}
	return load(src, o, stderr)
}

// save appends the entries, signed by this user now, and says what happened.
// Entries that would not be shown, because an entry for the same period is
// recorded later still, are refused.
func save(loaded *data.Loaded, entries []model.Entry, o *options) error {
	if err := signShown(loaded, entries, o); err != nil {
		return err
	}
	// Signed again under the writer's lock: that time is the one saved.
	_, signed, err := data.NewWriter().Save(loaded.StatusPath, loaded.Known, loaded.Plan, data.UserName(), entries)
	if err != nil {
		return exitError{1, data.SaveMessage(o.l, loaded.StatusPath, loaded.Placed(err))}
	}
	copy(entries, signed)
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
	if e.Note != "" {
		return l.Entry(p, e) + fmt.Sprintf(" – %q", e.Note)
	}
	return l.Entry(p, e)
}

func setCmd(stdout io.Writer, o *options) *cobra.Command {
	var note, reference, initiative, assessed string
	var pending bool
	c := &cobra.Command{
		Use:  "set",
		Args: cobra.RangeArgs(1, 3),
		RunE: func(cmd *cobra.Command, args []string) error {
			var e model.Entry
			var err error
			if assessed != "" {
				e, err = assessmentFromArgs(args, assessed, note, o.l)
			} else {
				e, err = entryFromArgs(args, initiative, note, reference, pending, o.l)
			}
			if err != nil {
				return err
			}
			loaded, err := loadForWriting(o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			if e.Assessed != "" && loaded.Plan.Measure(e.Measure) == nil && loaded.Plan.Goal(e.Measure) != nil {
				e.Goal, e.Measure = e.Measure, "" // a goal's assessment
			}
			if err := data.CheckEntry(loaded.Plan, e); err != nil {
				return exitError{2, data.SaveMessage(o.l, loaded.StatusPath, err)}
			}
			if e.HasValue {
				if err := percentFits(loaded.Plan.Measure(e.Measure), o.l, args[len(args)-1], reference); err != nil {
					return err
				}
			}
			if err := save(loaded, []model.Entry{e}, o); err != nil {
				return err
			}
			fmt.Fprintln(stdout, o.l.T(lang.Saved, loaded.StatusPath, describe(loaded.Plan, e, o.l)))
			if m := loaded.Plan.Measure(e.Measure); m != nil && e.HasValue {
				if meant, ok := data.CountMeant(o.l, strings.TrimSpace(args[len(args)-1]), m.FigureUnit(), e.Value); ok {
					fmt.Fprintln(cmd.ErrOrStderr(), o.l.T(lang.WarningPrefix)+m.ID+": "+o.l.T(lang.FormCountDecimal, meant))
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
	return c
}

// assessmentFromArgs reads `set ID PERIOD --assessed WORD --note TEXT`: a
// verdict people gave, with no figure; the note says whose and why.
func assessmentFromArgs(args []string, assessed, note string, l lang.Lang) (model.Entry, error) {
	if len(args) != 2 {
		return model.Entry{}, exitError{2, l.T(lang.AssessedUsage)}
	}
	period, err := model.ParsePeriod(args[1])
	if err != nil {
		return model.Entry{}, exitError{2, l.T(lang.BadPeriod, args[1])}
	}
	if strings.TrimSpace(note) == "" {
		return model.Entry{}, exitError{2, l.T(lang.AssessedNeedsNote)}
	}
	return model.Entry{Measure: args[0], Period: period, Assessed: model.Assessment(strings.ToLower(strings.TrimSpace(assessed))), Note: note}, nil
}

// percentFits refuses a figure typed with a percent sign for a measure
// whose figures are not in % or pp, as the view's form does.
func percentFits(m *model.Measure, l lang.Lang, typed ...string) error {
	for _, text := range typed {
		if unit, ok := data.PercentFits(m, text); !ok {
			return exitError{2, m.ID + ": " + l.T(lang.FormUnitMismatch, "%", unit)}
		}
	}
	return nil
}

// entryFromArgs reads the command line of set into an entry; bad input is exit code 2.
func entryFromArgs(args []string, initiative, note, reference string, pending bool, l lang.Lang) (model.Entry, error) {
	bad := func(k lang.Key, a ...any) (model.Entry, error) { return model.Entry{}, exitError{2, l.T(k, a...)} }
	e := model.Entry{Note: note}
	if initiative != "" {
		if len(args) != 2 {
			return bad(lang.SetUsage)
		}
		e.Initiative, e.State = initiative, model.State(strings.ToLower(args[1]))
		args = args[:1]
	} else {
		if len(args) < 2 {
			return bad(lang.SetUsage)
		}
		e.Measure = args[0]
		args = args[1:]
	}
	period, err := model.ParsePeriod(args[0])
	if err != nil {
		return bad(lang.BadPeriod, args[0])
	}
	e.Period = period
	if initiative != "" {
		return e, nil
	}
	switch {
	case pending && len(args) == 2:
		return bad(lang.PendingNoValue)
	case pending:
		e.Pending = true
	case len(args) < 2:
		return bad(lang.SetUsage)
	default:
		v, err := model.ParseNumber(args[1])
		if err != nil {
			return bad(lang.BadNumber, args[1])
		}
		e.Value, e.HasValue = v, true
	}
	if reference != "" {
		v, err := model.ParseNumber(reference)
		if err != nil {
			return bad(lang.BadNumber, reference)
		}
		e.Reference, e.HasRef = v, true
	}
	return e, nil
}

func importCmd(stdout io.Writer, o *options) *cobra.Command {
	var dryRun bool
	c := &cobra.Command{
		Use:  "import",
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			content, err := data.ReadFile(args[0])
			if err != nil {
				return o.listed(2, data.Problems{data.FileProblem(args[0], err)})
			}
			loaded, err := loadForWriting(o, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			entries, enc, problems := data.ReadFigures(args[0], content, loaded.Plan)
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
			} else if err := save(loaded, entries, o); err != nil {
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
