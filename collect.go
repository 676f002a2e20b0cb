package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
	"github.com/beskplan/beskplan/report"
)

// The help of collect and its flags, kept here beside the command.
func init() {
	commandTexts["collect"] = [3]lang.Key{"", lang.CmdCollectShort, lang.CmdCollectLong}
	flagTexts["meeting"] = lang.FlagMeeting
	flagTexts["xlsx"] = lang.FlagXLSXDir
	flagTexts["mail"] = lang.FlagMailDir
	flagTexts["send"] = lang.FlagSend
}

// sendmailPlaces are where a sendmail is looked for after PATH.
var sendmailPlaces = []string{"/usr/sbin/sendmail", "/usr/lib/sendmail"}

// collectCmd is `beskplan collect`: for the next meeting (or --meeting
// DATE), per owner what is still missing, with the deadline; the owners'
// workbooks (--xlsx DIR), their e-mails (--mail DIR), sent (--send).
func collectCmd(stdout io.Writer, o *options) *cobra.Command {
	var meeting, xlsxDir, mailDir string
	var send bool
	c := &cobra.Command{
		Use:  "collect",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			l := o.l
			opened, err := o.open(cmd.ErrOrStderr(), false)
			if err != nil {
				return err
			}
			p := opened.Loaded.Plan
			m, err := chooseMeeting(p, meeting, model.DateOf(time.Now()), opened.Source.PlanPath, l)
			if err != nil {
				return err
			}
			c := report.CollectFor(p, m)
			if err := report.WriteCollect(stdout, c, l); err != nil {
				return err
			}
			if xlsxDir == "" && mailDir == "" && !send {
				return nil
			}
			var from *mail.Address
			if mailDir != "" || send {
				if from, err = mailFrom(l); err != nil {
					return err
				}
			}
			// Everything is made before anything is written, and written
			// before anything is sent.
			sheets := map[*report.CollectOwner][]byte{}
			mails := map[*report.CollectOwner][]byte{}
			for _, owner := range c.Owners {
				var b bytes.Buffer
				if err := report.CollectXLSX(&b, c, owner, l); err != nil {
					return exitError{1, l.T(lang.ReportFailed, err)}
				}
				sheets[owner] = b.Bytes()
				if owner.Email == "" || from == nil {
					continue
				}
				msg, err := report.CollectMail(c, owner, l, from, signedBy(p), time.Now(), report.Attachment{Name: owner.File + ".xlsx", Content: sheets[owner]})
				if err != nil {
					return exitError{1, l.T(lang.ReportFailed, err)}
				}
				mails[owner] = msg
			}
			out := func(k lang.Key, args ...any) { fmt.Fprintln(stdout, l.T(k, args...)) }
			if xlsxDir != "" {
				var files []dirFile
				for _, owner := range c.Owners {
					files = append(files, dirFile{owner.File + ".xlsx", sheets[owner]})
				}
				if err := writeDir(xlsxDir, files); err != nil {
					return exitError{1, l.T(lang.CollectWriteFailed, xlsxDir, err)}
				}
				out(lang.CollectWrote, l.N(len(files), lang.CollectFile, lang.CollectFiles), xlsxDir)
			}
			if mailDir != "" {
				var files []dirFile
				for _, owner := range c.Owners {
					if msg := mails[owner]; msg != nil {
						files = append(files, dirFile{owner.File + ".eml", msg})
					} else { // listed, not skipped: their workbook waits beside the e-mails
						files = append(files, dirFile{owner.File + ".xlsx", sheets[owner]})
					}
				}
				if err := writeDir(mailDir, files); err != nil {
					return exitError{1, l.T(lang.CollectWriteFailed, mailDir, err)}
				}
				out(lang.CollectWrote, l.N(len(files), lang.CollectFile, lang.CollectFiles), mailDir)
				for _, owner := range c.Owners {
					if mails[owner] == nil {
						out(lang.CollectNoAddressSheet, owner.Said(l), filepath.Join(mailDir, owner.File+".xlsx"))
					}
				}
			}
			if send {
				return sendMails(stdout, c, mails, mailDir, mailDir == "", l)
			}
			return nil
		},
	}
	c.Flags().StringVar(&meeting, "meeting", "", "")
	c.Flags().StringVar(&xlsxDir, "xlsx", "", "")
	c.Flags().StringVar(&mailDir, "mail", "", "")
	c.Flags().BoolVar(&send, "send", false, "")
	return c
}

// signedBy is who signs the e-mails: the municipality, else the plan's title.
func signedBy(p *model.Plan) string {
	if p.Municipality != "" {
		return p.Municipality
	}
	return p.Title
}

// chooseMeeting is the meeting asked for (--meeting DATE), else the next
// on or after today; what cannot be chosen is exit code 2.
func chooseMeeting(p *model.Plan, typed string, today model.Date, planPath string, l lang.Lang) (model.Meeting, error) {
	if len(p.Meetings) == 0 {
		return model.Meeting{}, exitError{2, l.T(lang.CollectNoMeetings, planPath)}
	}
	if typed == "" {
		if m := p.NextMeeting(today); m != nil {
			return *m, nil
		}
		last := p.Meetings[len(p.Meetings)-1].Date
		return model.Meeting{}, exitError{2, l.T(lang.CollectNoNextMeeting, l.Date(today), l.Date(last))}
	}
	day, err := time.Parse(time.DateOnly, strings.TrimSpace(typed))
	if err != nil {
		return model.Meeting{}, exitError{2, l.T(lang.CollectBadDate, typed)}
	}
	for _, m := range p.Meetings {
		if m.Date == model.DateOf(day) {
			return m, nil
		}
	}
	var dates []string
	for _, m := range p.Meetings {
		dates = append(dates, m.Date.String())
	}
	return model.Meeting{}, exitError{2, l.T(lang.CollectUnknownMeeting, model.DateOf(day).String(), strings.Join(dates, ", "))}
}

// mailFrom is the e-mails' sender: $BESKPLAN_FROM, else user@host.
func mailFrom(l lang.Lang) (*mail.Address, error) {
	if from := strings.TrimSpace(os.Getenv("BESKPLAN_FROM")); from != "" {
		a, err := mail.ParseAddress(from)
		if err != nil {
			return nil, exitError{2, l.T(lang.CollectBadFrom, from)}
		}
		return a, nil
	}
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "localhost"
	}
	return &mail.Address{Address: report.SafeFileName(data.UserName()) + "@" + host}, nil
}

// dirFile is a file to write in a folder: its name and content.
type dirFile struct {
	name    string
	content []byte
}

// writeDir writes the files in the folder (made if need be) all or none:
// into a temporary folder inside it first, then each renamed into place;
// on a failure what was written is removed again.
func writeDir(dir string, files []dirFile) (err error) {
	if _, statErr := os.Stat(dir); errors.Is(statErr, os.ErrNotExist) {
		defer func() {
			if err != nil {
				os.Remove(dir) // made for these files: not left empty (Remove keeps a folder that is not)
			}
		}()
	}
	if err := os.MkdirAll(dir, 0o775); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(dir, ".beskplan-collect-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(tmp, f.name), f.content, 0o664); err != nil {
			return err
		}
	}
	var placed []string
	for _, f := range files {
		to := filepath.Join(dir, f.name)
		if err := os.Rename(filepath.Join(tmp, f.name), to); err != nil {
			for _, p := range placed {
				os.Remove(p)
			}
			return err
		}
		placed = append(placed, to)
	}
	return nil
}

// findSendmail is the machine's sendmail: in PATH, else in one of the
// usual places; "" where there is none.
func findSendmail() string {
	if path, err := exec.LookPath("sendmail"); err == nil {
		return path
	}
	for _, p := range sendmailPlaces {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p
		}
	}
	return ""
}

// sendMails hands each e-mail to sendmail (-t: the recipients are the
// message's own To; -oi: a line of a single dot ends nothing). Where there
// is no sendmail nothing is sent (exit 1), and says where the written
// e-mails are.
func sendMails(stdout io.Writer, c *report.Collect, mails map[*report.CollectOwner][]byte, mailDir string, sayNoAddress bool, l lang.Lang) error {
	sendmail := findSendmail()
	if sendmail == "" {
		text := l.T(lang.CollectNoSendmail, strings.Join(sendmailPlaces, ", "))
		if mailDir != "" {
			text += "\n" + l.T(lang.CollectNoSendmailKept, mailDir)
		}
		return exitError{1, text}
	}
	if len(mails) == 0 {
		fmt.Fprintln(stdout, l.T(lang.CollectNothingToSend))
	}
	var sent, left []string // who has it, and who has not, said when one fails
	for _, owner := range c.Owners {
		if mails[owner] != nil {
			left = append(left, owner.Said(l)+" <"+owner.Email+">")
		}
	}
	for _, owner := range c.Owners {
		msg := mails[owner]
		if msg == nil {
			if sayNoAddress {
				fmt.Fprintln(stdout, l.T(lang.CollectNoAddress, owner.Said(l)))
			}
			continue
		}
		to := left[0]
		if err := sendOne(sendmail, msg, l); err != nil {
			text := l.T(lang.CollectSendFailed, to, err)
			if len(sent) > 0 {
				text += "\n" + l.T(lang.CollectSentBefore, strings.Join(sent, ", "))
			} else {
				text += "\n" + l.T(lang.CollectNoneSent)
			}
			text += "\n" + l.T(lang.CollectNotSent, strings.Join(left, ", "))
			if mailDir != "" {
				text += "\n" + l.T(lang.CollectNoSendmailKept, mailDir)
			}
			return exitError{1, text}
		}
		fmt.Fprintln(stdout, l.T(lang.CollectSent, to))
		sent, left = append(sent, to), left[1:]
	}
	return nil
}

// sendTimeout is how long sendmail may take with one e-mail: a sendmail
// that hangs (a mail server that does not answer) is stopped, not waited
// for.
var sendTimeout = time.Minute

// sendOne hands one e-mail to sendmail, stopped after sendTimeout.
func sendOne(sendmail string, msg []byte, l lang.Lang) error {
	ctx, cancel := context.WithTimeout(context.Background(), sendTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, sendmail, "-t", "-oi")
	cmd.WaitDelay = time.Second                                                      // a child it left holding its pipes ends nothing
	cmd.Stdin = bytes.NewReader(bytes.ReplaceAll(msg, []byte("\r\n"), []byte("\n"))) // sendmail takes the local line ends
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		return errors.New(l.T(lang.CollectSendTimeout, l.Number(sendTimeout.Seconds())))
	}
	if err != nil {
		if text := strings.TrimSpace(errOut.String()); text != "" {
			err = errors.New(err.Error() + ": " + text)
		}
	}
	return err
}
