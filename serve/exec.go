package serve

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"charm.land/ssh"
	"github.com/spf13/pflag"

	"github.com/beskplan/beskplan/app"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/report"
)

// commands are what a script may run over SSH (ssh -p 2222 host report
// --format html > rapport.html): each only reads, and each is the same code
// as the command of that name; approve PERIOD, the one that writes, only
// for an approver. Everything else is refused.
var commands = map[string]bool{"report": true, "status": true, "missing": true, "compare": true, "approve": true}

// exec runs an allowed command for the user against the shared store, and
// returns its exit code: 0, 2 for a bad argument, 1 if it failed.
func (s *Server) exec(sess ssh.Session, u AccessUser) int {
	l, args := s.cfg.Lang, sess.Command()
	name := args[0]
	fail := func(code int, text string) int {
		fmt.Fprintln(sess.Stderr(), l.T(lang.ServeCommandFail, name, text))
		return code
	}
	if name == "approve" {
		return s.approve(sess, u, args[1:], fail)
	}
	flags := pflag.NewFlagSet(name, pflag.ContinueOnError)
	flags.SetOutput(io.Discard)
	format := flags.String("format", "", "")
	asOf := flags.String("as-of", "", "")
	asRecorded := flags.String("as-recorded", "", "")
	periods := flags.Int("periods", 0, "")
	brief := flags.Bool("brief", false, "") // status and report without the strategies
	compare := name == "compare"            // takes an indicator's id, and --periods
	maxArgs := 0
	if compare {
		maxArgs = 1
	}
	if err := flags.Parse(args[1:]); err != nil || flags.NArg() > maxArgs || name != "report" && !compare && *format != "" ||
		!compare && *periods != 0 || *periods < 0 || *brief && name != "status" && name != "report" {
		return fail(2, l.T(lang.ServeCommands))
	}
	snap := s.store.Snapshot()
	view, bad := app.ViewOf(snap.Plan, s.cfg.Now(), *asOf, *asRecorded, l)
	if bad != "" {
		return fail(2, bad)
	}
	computed := s.plan.Shown(snap.Plan, view, l).Snap
	o := report.Options{Lang: l, ASCII: !utf8(sess.Environ()), Made: s.cfg.Now(), Brief: *brief}
	var err error
	switch name {
	case "status":
		err = report.Status(sess, computed, o)
	case "missing":
		err = report.Missing(sess, computed, o)
	case "report":
		f, ok := report.FormatOf(*format, "")
		if !ok {
			return fail(2, l.T(lang.BadFormatFlag, *format))
		}
		err = report.Write(sess, computed, f, o)
	case "compare":
		f, ok := report.CompareFormatOf(*format, "")
		if !ok {
			return fail(2, l.T(lang.BadFormatFlag, *format))
		}
		table, cerr := report.CompareOf(snap.Plan, flags.Arg(0), view.AsOf, l, o.ASCII)
		if bad := (report.CompareError{}); errors.As(cerr, &bad) && bad.Usage {
			return fail(2, bad.Text)
		}
		if err = cerr; err == nil {
			err = table.Write(sess, f, *periods)
		}
	}
	if err != nil {
		return fail(1, err.Error())
	}
	s.cfg.Log.Info("command", "user", u.Name, "role", u.Role, "command", strings.Join(args, " "))
	return 0
}

// approve is approve PERIOD for an approver, as the command approves
// (app.Plan.Approve), signed by the user's name in the access file.
func (s *Server) approve(sess ssh.Session, u AccessUser, args []string, fail func(int, string) int) int {
	l := s.cfg.Lang
	if u.Role != Approver {
		s.cfg.Log.Warn("refused: approve", "user", u.Name, "role", u.Role)
		return fail(1, l.T(lang.ServeApproveRefused, u.Name))
	}
	if len(args) != 1 || strings.HasPrefix(args[0], "-") {
		return fail(2, l.T(lang.ApproveUsage))
	}
	statusPath := s.store.Snapshot().StatusPath
	done, err := s.plan.Approve(u.Name, args[0])
	if err != nil {
		text, input := app.ApproveMessage(l, statusPath, err)
		if input {
			return fail(2, text)
		}
		return fail(1, text)
	}
	fmt.Fprintln(sess, l.T(lang.ApproveDone, done.Entry.Period.String(), done.Path, done.Entry.Paper, statusPath))
	s.cfg.Log.Info("approved", "user", u.Name, "period", done.Entry.Period.String(), "paper", done.Entry.Paper)
	return 0
}
