// Command beskplan follows a Danish municipality's employment plan
// (beskæftigelsesplan): browse goals and measures, record figures, report.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/data/history"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
	"github.com/beskplan/beskplan/tui"
)

// version is set at build time with -ldflags "-X main.version=..."; "dev" otherwise.
var version = "dev"

// exitError carries the exit code a failure should end the program with:
// 1 for problems in the files, 2 for bad input on the command line.
type exitError struct {
	code int
	msg  string
}

func (e exitError) Error() string { return e.msg }

// options are the flags shared by the commands.
type options struct {
	plan, lang, asOf, asRecorded string
	ascii, readOnly              bool
	noMouse                      bool
	explain                      bool        // show each problem's line with a caret under it
	source                       data.Source // the files read, for --explain
	l                            lang.Lang
}

// oneCore is called by a command that reads the files once and ends. main
// sets it to useOneCore; tests, which run the commands in their own
// process, leave it doing nothing.
var oneCore = func() {}

// useOneCore runs the process on one core unless GOMAXPROCS says
// otherwise. On the shared 2-core server, spreading one load over both
// cores cost 1.5–2x the CPU (idle cores spinning, the GC's idle workers,
// page faults from two threads at once) and gave no shorter wait
// (docs/speed.md). serve and the interactive view keep every core.
func useOneCore() {
	if os.Getenv("GOMAXPROCS") == "" {
		runtime.GOMAXPROCS(1)
	}
}

func main() {
	oneCore = useOneCore
	err := execute(newRoot(os.Stdout, os.Stderr), os.Args[1:])
	var ee exitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		if ee.msg != "" {
			fmt.Fprintln(os.Stderr, ee.msg)
		}
		os.Exit(ee.code)
	default:
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	o := &options{}
	root := &cobra.Command{
		Use:           "beskplan", // the texts of the help are in the catalogues (see localize)
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				if err := unknownCommand(cmd, args[0], o.l); err != nil {
					return err
				}
				o.plan = args[0]
			}
			if !term.IsTerminal(os.Stdout.Fd()) || stdout != os.Stdout {
				oneCore()
				return runStatus(stdout, stderr, o, false) // a pipe or a file gets the plain overview
			}
			return runTUI(stderr, o)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.PersistentFlags().StringVar(&o.plan, "plan", "", "")
	root.PersistentFlags().StringVar(&o.lang, "lang", "", "")
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		l, err := lang.Choose(o.lang)
		if err != nil {
			return exitError{2, err.Error()}
		}
		o.l = l
		if cmd != root && cmd.Name() != "serve" {
			oneCore()
		}
		return nil
	}
	viewFlags(root, o)
	root.Flags().BoolVar(&o.readOnly, "read-only", false, "")
	root.Flags().BoolVar(&o.noMouse, "no-mouse", false, "")
	root.AddCommand(checkCmd(stdout, o), statusCmd(stdout, stderr, o), initCmd(stdout, o),
		setCmd(stdout, o), assessCmd(stdout, o), importCmd(stdout, o), repairCmd(stdout, o), reportCmd(stdout, o), compareCmd(stdout, o), serveCmd(stdout, o),
		collectCmd(stdout, o), approveCmd(stdout, o))
	setVersion(root)
	completions(root, o)
	return root
}

// setVersion gives every command --version.
func setVersion(c *cobra.Command) {
	c.Version = versionOf(version, buildInfo())
	for _, sub := range c.Commands() {
		setVersion(sub)
	}
}

// viewFlags are the flags of the commands that show the plan at a point in time.
func viewFlags(c *cobra.Command, o *options) {
	c.Flags().StringVar(&o.asOf, "as-of", "", "")
	c.Flags().StringVar(&o.asRecorded, "as-recorded", "", "")
	c.Flags().BoolVar(&o.ascii, "ascii", false, "")
}

func checkCmd(stdout io.Writer, o *options) *cobra.Command {
	c := &cobra.Command{
		Use:  "check",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opened, err := o.open(cmd.ErrOrStderr(), false)
			src, loaded := opened.Source, opened.Loaded
			if loaded != nil {
				kept := opened.Plan != nil && opened.Plan.Kept // known when it opened; else asked
				if opened.Plan == nil && !loaded.Example {
					kept = history.Kept(loaded.StatusPath)
				}
				if warnings := slices.Concat(loaded.Warnings, elsewhere(loaded, kept), app.PaperProblems(loaded)); len(warnings) > 0 {
					fmt.Fprintln(cmd.ErrOrStderr(), o.problems(warnings))
				}
			}
			if err != nil {
				return err
			}
			p := loaded.Plan
			l := o.l
			// One summary line, after every problem is known: it says what the exit code says.
			summary := l.T(lang.CheckSummary, src.PlanPath, l.N(len(p.Goals), lang.CountGoal, lang.CountGoals),
				l.N(len(p.Strategies), lang.CountStrategy, lang.CountStrategies),
				l.N(len(p.Measures), lang.CountMeasure, lang.CountMeasures), l.N(len(p.Entries), lang.CountEntry, lang.CountEntries))
			for _, w := range data.SharingWarnings(o.l, loaded.Source) {
				fmt.Fprintln(cmd.ErrOrStderr(), w)
			}
			if len(loaded.Future) > 0 { // read, but a figure saved for its period would not be shown
				fmt.Fprintln(stdout, summary+" – "+l.N(len(loaded.Future), lang.CheckFailedOne, lang.CheckFailed))
				return o.listed(1, loaded.Future)
			}
			fmt.Fprintln(stdout, l.T(lang.CheckNoProblems, summary))
			return nil
		},
	}
	c.Flags().BoolVar(&o.explain, "explain", false, "")
	return c
}

// elsewhere warns of figures that two places recorded differently for the
// same measure and period, when the plan is kept in git (see data/history).
func elsewhere(l *data.Loaded, kept bool) data.Problems {
	if l.Example || l.Plan == nil || !kept {
		return nil // before data.Rivals, which looks at every entry
	}
	return data.RivalWarnings(l.StatusPath, history.Elsewhere(l.StatusPath, data.Rivals(l.Plan)))
}

// open opens the plan as every front end does (app.Open) and says its
// notices on standard error. What goes wrong is an exit code: a plan that
// cannot be read is 1, with every problem listed (and what could be read
// in the result, for check's warnings); input that cannot be used is 2.
func (o *options) open(stderr io.Writer, writing bool) (*app.Opened, error) {
	opened, err := app.Open(app.Request{Plan: o.plan, AsOf: o.asOf, AsRecorded: o.asRecorded, Lang: o.l, Writing: writing})
	if opened == nil {
		opened = &app.Opened{}
	}
	o.source = opened.Source
	for _, n := range opened.Notices {
		fmt.Fprintln(stderr, n)
	}
	return opened, o.exit(err)
}

// exit is what went wrong as the exit code it ends the program with.
func (o *options) exit(err error) error {
	var refused *app.Refused
	switch {
	case err == nil:
		return nil
	case errors.As(err, &refused):
		return exitError{2, refused.Text}
	}
	return o.listed(1, err)
}

// listed ends the program with the code and the error in the user's words:
// problems in files each on a line, then how many there are.
func (o *options) listed(code int, err error) error {
	var problems data.Problems
	if errors.As(err, &problems) {
		return exitError{code, o.problems(problems) + "\n" + o.l.N(problems.Count(), lang.CheckFailedOne, lang.CheckFailed)}
	}
	return exitError{code, err.Error()}
}

// listedProblems is how many problems are listed: past it, the rest are
// counted, so a file of a million mistakes prints a screenful.
const listedProblems = 100

// problems renders problems one a line, with --explain each with its line.
func (o *options) problems(ps data.Problems) string {
	shown, rest := ps, data.Problems(nil)
	if len(ps) > listedProblems {
		shown, rest = ps[:listedProblems], ps[listedProblems:]
	}
	text := shown.Message(o.l)
	if o.explain {
		text = data.Explained(o.l, o.source, shown)
	}
	if len(rest) == 0 {
		return text
	}
	more, last := lang.ProblemsMore, shown[len(shown)-1].Key
	for _, p := range rest {
		if _, counted := p.More(); !counted && p.Key != last || counted && p.Args[1] != last {
			more = lang.ProblemsMoreOther
			break
		}
	}
	return text + "\n" + o.l.T(more, o.l.Number(float64(rest.Count())))
}

func statusCmd(stdout, stderr io.Writer, o *options) *cobra.Command {
	var brief bool
	c := &cobra.Command{
		Use:  "status",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runStatus(stdout, stderr, o, brief)
		},
	}
	c.Flags().BoolVar(&brief, "brief", false, "")
	viewFlags(c, o)
	return c
}

func runTUI(stderr io.Writer, o *options) error {
	opened, err := o.open(stderr, false)
	if err != nil {
		return err
	}
	m := tui.NewShared(opened.Plan, tui.Options{Lang: o.l, ASCII: o.asciiOnly(), View: opened.View, Poll: 2 * time.Second,
		ReadOnly: o.readOnly, NoMouse: o.noMouse})
	_, err = tea.NewProgram(m).Run()
	return err
}

// asciiOnly is true with --ascii, or when the locale is not UTF-8 (LANG=C
// over SSH), where block characters would come out as garbage.
func (o *options) asciiOnly() bool {
	utf8, _ := lang.UTF8(os.Getenv) // no locale at all is the C locale
	return o.ascii || !utf8
}

func runStatus(stdout, stderr io.Writer, o *options, brief bool) error {
	opened, err := o.open(stderr, false)
	if err != nil {
		return err
	}
	shown := opened.Shown(opened.Loaded.Plan, opened.View, o.l)
	return report.Status(stdout, shown.Snap, report.Options{Lang: o.l, ASCII: o.asciiOnly(), Made: time.Now(), Brief: brief})
}

func initCmd(stdout io.Writer, o *options) *cobra.Command {
	var blank, example bool
	c := &cobra.Command{
		Use:  "init",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			planPath, statusPath := filepath.Join(dir, "plan.toml"), filepath.Join(dir, "status.toml")
			// A plan people will use starts blank: the example's invented
			// figures and tables come only when asked for (--example).
			write := data.InitBlank
			if example && !blank {
				write = data.Init
			}
			if err := write(dir); err != nil {
				var exists data.ExistsError
				if errors.As(err, &exists) {
					return exitError{2, o.l.T(lang.InitExists, exists.Path)}
				}
				return exitError{1, data.SaveMessage(o.l, dir, err)}
			}
			fmt.Fprintln(stdout, o.l.T(lang.InitWrote, planPath, statusPath, dir))
			if !data.MergesByUnion(dir) { // another .gitattributes was there, left as it is
				fmt.Fprintln(cmd.ErrOrStderr(), o.l.T(lang.InitAddUnion, filepath.Join(dir, ".gitattributes"), data.UnionLine))
			}
			return nil
		},
	}
	c.Flags().BoolVar(&blank, "blank", false, "")
	c.Flags().BoolVar(&example, "example", false, "")
	return c
}

func reportCmd(stdout io.Writer, o *options) *cobra.Command {
	var format, output, since, approved string
	var agenda, brief bool
	c := &cobra.Command{
		Use:  "report",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if approved != "" {
				return runApproved(stdout, cmd.ErrOrStderr(), o, approved, format, output, since)
			}
			f, ok := report.FormatOf(format, output)
			if !ok {
				return exitError{2, o.l.T(lang.BadFormatFlag, format)}
			}
			if agenda && f != report.MD && f != report.HTMLFormat {
				return exitError{2, o.l.T(lang.AgendaFormats, f)}
			}
			opened, err := o.open(cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			loaded, view := opened.Loaded, opened.View
			snap := opened.Shown(loaded.Plan, view, o.l).Snap
			ro := report.Options{Lang: o.l, ASCII: o.asciiOnly(), Made: time.Now(), Agenda: agenda, Brief: brief}
			if since == "" {
				ro.Changes = report.SinceLastMeeting(snap)
			} else {
				meeting, err := model.ParsePeriod(since)
				if err != nil {
					return exitError{2, o.l.T(lang.BadSince, since)}
				}
				if meeting.Compare(view.AsOf) > 0 { // a meeting yet to come has nothing to compare with
					return exitError{2, o.l.T(lang.SinceAfterAsOf, since, o.l.Period(view.AsOf))}
				}
				changes := model.ChangesSince(snap, meeting)
				ro.Changes = &changes
			}
			if output == "" || output == "-" {
				return report.Write(stdout, snap, f, ro)
			}
			if err := notOverThePlan(output, loaded, o.l); err != nil {
				return err
			}
			if err := report.WriteFile(output, snap, f, ro); err != nil {
				return exitError{1, o.l.T(lang.ReportFailed, err)}
			}
			fmt.Fprintln(stdout, o.l.T(lang.ReportWritten, output))
			return nil
		},
	}
	viewFlags(c, o)
	c.Flags().StringVar(&format, "format", "", "")
	c.Flags().StringVar(&since, "since", "", "")
	c.Flags().StringVar(&approved, "approved", "", "")
	c.Flags().BoolVar(&agenda, "agenda", false, "")
	c.Flags().BoolVar(&brief, "brief", false, "")
	c.Flags().StringVarP(&output, "output", "o", "", "")
	return c
}

func compareCmd(stdout io.Writer, o *options) *cobra.Command {
	var format, output string
	var periods int
	c := &cobra.Command{
		Use:  "compare",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, ok := report.CompareFormatOf(format, output)
			if !ok {
				return exitError{2, o.l.T(lang.BadFormatFlag, format)}
			}
			if periods < 0 {
				return exitError{2, o.l.T(lang.CompareBadPeriods, fmt.Sprint(periods))}
			}
			if len(args) == 1 && isPlan(args[0]) { // as "beskplan PLAN" would take it
				return exitError{2, o.l.T(lang.BadArgs, cmd.CommandPath(), cmd.CommandPath()+" --plan "+args[0])}
			}
			opened, err := o.open(cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			loaded, view := opened.Loaded, opened.View
			table, err := report.CompareOf(loaded.Plan, strings.Join(args, ""), view.AsOf, o.l, o.asciiOnly())
			if bad := (report.CompareError{}); errors.As(err, &bad) {
				code := 1 // a table not read: the files
				if bad.Usage {
					code = 2
				}
				return exitError{code, bad.Text}
			}
			if err != nil {
				return err
			}
			if output == "" || output == "-" {
				return table.Write(stdout, f, periods)
			}
			if err := notOverThePlan(output, loaded, o.l); err != nil {
				return err
			}
			if err := table.WriteFile(output, f, periods); err != nil {
				return exitError{1, o.l.T(lang.ReportFailed, err)}
			}
			fmt.Fprintln(stdout, o.l.T(lang.ReportWritten, output))
			return nil
		},
	}
	viewFlags(c, o)
	c.Flags().StringVar(&format, "format", "", "")
	c.Flags().StringVarP(&output, "output", "o", "", "")
	c.Flags().IntVar(&periods, "periods", 0, "")
	return c
}
