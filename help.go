package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// commandTexts are the catalogue keys of each command's use line, short and
// long help; an empty key keeps what the command has.
var commandTexts = map[string][3]lang.Key{
	"beskplan": {lang.CmdRootUse, lang.CmdRootShort, lang.CmdRootLong},
	"check":    {"", lang.CmdCheckShort, ""},
	"status":   {"", lang.CmdStatusShort, ""},
	"init":     {lang.CmdInitUse, lang.CmdInitShort, ""},
	"set":      {lang.CmdSetUse, lang.CmdSetShort, lang.CmdSetLong},
	"assess":   {lang.CmdAssessUse, lang.CmdAssessShort, lang.CmdAssessLong},
	"import":   {lang.CmdImportUse, lang.CmdImportShort, lang.CmdImportLong},
	"repair":   {"", lang.CmdRepairShort, lang.CmdRepairLong},
	"report":   {"", lang.CmdReportShort, lang.CmdReportLong},
	"compare":  {lang.CmdCompareUse, lang.CmdCompareShort, lang.CmdCompareLong},
	"serve":    {"", lang.CmdServeShort, lang.CmdServeLong},
	"approve":  {lang.CmdApproveUse, lang.CmdApproveShort, lang.CmdApproveLong},
}

// flagTexts are the catalogue keys of the flags' help, by the flag's name.
var flagTexts = map[string]lang.Key{
	"plan": lang.FlagPlan, "lang": lang.FlagLang, "as-of": lang.FlagAsOf, "as-recorded": lang.FlagAsRecorded,
	"ascii": lang.FlagASCII, "read-only": lang.FlagReadOnly, "explain": lang.FlagExplain, "blank": lang.FlagBlank, "example": lang.FlagExample, "assessed": lang.FlagAssessed,
	"note": lang.FlagNote, "reference": lang.FlagReference, "pending": lang.FlagPending, "force": lang.FlagForce,
	"initiative": lang.FlagInitiative, "dry-run": lang.FlagDryRun, "format": lang.FlagFormat, "since": lang.FlagSince,
	"output": lang.FlagOutput, "listen": lang.FlagListen, "access": lang.FlagAccess, "host-key": lang.FlagHostKey,
	"idle": lang.FlagIdle, "max-sessions": lang.FlagMaxSessions, "check-access": lang.FlagCheckAccess,
	"handshake": lang.FlagHandshake, "max-pending": lang.FlagMaxPending, "max-pending-per-source": lang.FlagMaxPendingSrc,
	"text": lang.FlagText, "file": lang.FlagFile, "indstilling": lang.FlagIndstilling, "agenda": lang.FlagAgenda,
	"no-descriptions": lang.FlagNoDescriptions, "no-mouse": lang.FlagNoMouse, "periods": lang.FlagPeriods,
	"revised": lang.FlagRevised, "approved": lang.FlagApproved, "spent": lang.FlagSpent, "brief": lang.FlagBrief,
}

// helpLang is the language the help is in: --lang on the command line, else
// $BESKPLAN_LANG, else Danish. The help is shown before the flags are
// checked, so an unknown language here is Danish (and an error later).
func helpLang(args []string) lang.Lang {
	flag := ""
	for i, a := range args {
		if a == "--" {
			break
		}
		if v, ok := strings.CutPrefix(a, "--lang="); ok {
			flag = v
		} else if a == "--lang" && i+1 < len(args) {
			flag = args[i+1]
		}
	}
	l, _ := lang.Choose(flag)
	return l
}

// localize puts the help of every command, cobra's own (help, completion,
// --help, --version) included, in the language, with headings to match.
func localize(root *cobra.Command, l lang.Lang) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		keys := commandTexts[c.Name()]
		switch {
		case c.Name() == "help":
			keys = [3]lang.Key{"", lang.HelpHelpShort, ""}
			c.Long = l.T(lang.HelpHelpLong, root.Name())
		case c.Name() == "completion":
			keys = [3]lang.Key{"", lang.HelpCompShort, ""}
			c.Long = l.T(lang.HelpCompLong, root.Name())
		case c.HasParent() && c.Parent().Name() == "completion":
			c.Short = l.T(lang.HelpCompShellShort, c.Name())
			c.Long = l.T(lang.HelpCompShellLong, c.Name(), root.Name())
		}
		for i, field := range []*string{&c.Use, &c.Short, &c.Long} {
			if keys[i] != "" {
				*field = l.T(keys[i])
			}
		}
		c.InitDefaultHelpFlag()
		c.InitDefaultVersionFlag()
		c.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return flagError(c, err, l) })
		if args := c.Args; args != nil {
			c.Args = func(cmd *cobra.Command, a []string) error {
				if err := args(cmd, a); err != nil {
					if len(a) == 1 && cmd.HasParent() && cmd.Flags().Lookup("plan") != nil && isPlan(a[0]) {
						return exitError{2, l.T(lang.BadArgs, cmd.CommandPath(), cmd.CommandPath()+" --plan "+a[0])}
					}
					return exitError{2, l.T(lang.BadArgs, cmd.CommandPath(), cmd.UseLine())}
				}
				return nil
			}
		}
		c.DisableFlagsInUseLine = true // the template says [flags] in the language
		c.SetUsageTemplate(usageTemplate(l))
		c.SetVersionTemplate("{{.DisplayName}} " + "version {{.Version}}\n")
		c.LocalFlags().VisitAll(func(f *pflag.Flag) { localizeFlag(f, c, l) })
		c.PersistentFlags().VisitAll(func(f *pflag.Flag) { localizeFlag(f, c, l) })
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// flagError says a mistake with a flag in the language, with the flag
// meant when one is near: cobra's own words are English.
func flagError(c *cobra.Command, err error, l lang.Lang) error {
	text := err.Error()
	if name, ok := strings.CutPrefix(text, "unknown flag: --"); ok {
		var names []string
		c.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		c.InheritedFlags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		if near := data.Closest(name, names); near != "" {
			return exitError{2, l.T(lang.FlagUnknownNear, "--"+name, "--"+near)}
		}
		return exitError{2, l.T(lang.FlagUnknown, "--"+name, c.CommandPath())}
	}
	if _, ok := strings.CutPrefix(text, "unknown shorthand flag: "); ok {
		return exitError{2, l.T(lang.FlagUnknown, text[strings.LastIndex(text, " ")+1:], c.CommandPath())}
	}
	if name, ok := strings.CutPrefix(text, "flag needs an argument: "); ok {
		return exitError{2, l.T(lang.FlagNeedsValue, strings.Trim(name, "'"), c.CommandPath())}
	}
	return exitError{2, l.T(lang.FlagMisused, text, c.CommandPath())}
}

func localizeFlag(f *pflag.Flag, c *cobra.Command, l lang.Lang) {
	switch k, ok := flagTexts[f.Name]; {
	case f.Name == "help":
		f.Usage = l.T(lang.FlagHelp, c.DisplayName())
	case f.Name == "version":
		f.Usage = l.T(lang.FlagVersion, c.DisplayName())
	case ok:
		f.Usage = l.T(k)
	}
}

// usageTemplate is cobra's usage template with its headings in the language.
func usageTemplate(l lang.Lang) string {
	return l.T(lang.HelpUsage) + `{{if .Runnable}}
  {{.UseLine}}{{if .HasAvailableFlags}} ` + l.T(lang.HelpFlagsWord) + `{{end}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + l.T(lang.HelpCommandWord) + `{{end}}{{if .HasExample}}

` + l.T(lang.HelpExamples) + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + l.T(lang.HelpCommands) + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + l.T(lang.HelpFlags) + `
{{flagUsages .LocalFlags "` + l.Code() + `"}}{{end}}{{if .HasAvailableInheritedFlags}}

` + l.T(lang.HelpGlobalFlags) + `
{{flagUsages .InheritedFlags "` + l.Code() + `"}}{{end}}{{if .HasAvailableSubCommands}}

` + l.T(lang.HelpMore, "{{.CommandPath}}") + `{{end}}
`
}

func init() { cobra.AddTemplateFunc("flagUsages", flagUsages) }

// flagUsages lists the flags as pflag does, but with the default said in
// the language and the columns lined up by characters, not bytes.
func flagUsages(fs *pflag.FlagSet, code string) string {
	l, _ := lang.Parse(code)
	var lefts, rights []string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		name, usage := pflag.UnquoteUsage(f)
		if name != "" {
			left += " " + name
		}
		switch f.DefValue {
		case "", "false", "0", "0s", "[]":
		default:
			def := f.DefValue
			if f.Value.Type() == "string" {
				def = strconv.Quote(def)
			}
			usage += " " + l.T(lang.HelpDefault, def)
		}
		lefts, rights = append(lefts, left), append(rights, usage)
	})
	width := 0
	for _, left := range lefts {
		width = max(width, utf8.RuneCountInString(left))
	}
	var b strings.Builder
	for i, left := range lefts {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(left + strings.Repeat(" ", width-utf8.RuneCountInString(left)+3) + rights[i])
	}
	return b.String()
}

// versionOf is the program's version: the one set at build time with
// -ldflags, else the module's version when installed with go install, else "dev".
func versionOf(set string, info *debug.BuildInfo) string {
	if set != "dev" || info == nil {
		return set
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	return set
}

// buildInfo is the running binary's build information, nil when it has none.
func buildInfo() *debug.BuildInfo {
	if info, ok := debug.ReadBuildInfo(); ok {
		return info
	}
	return nil
}

// isPlan reports whether a word on the command line names a plan: a file,
// or a folder with plan.toml.
func isPlan(arg string) bool {
	info, err := os.Stat(arg)
	if err != nil {
		return false
	}
	if info.IsDir() {
		_, err = os.Stat(filepath.Join(arg, "plan.toml"))
	}
	return err == nil
}

// unknownCommand says that a word given where a plan may stand is a
// mistyped command, when there is no such file and it is near a command's
// name, or is a bare word (not a path) with no file of that name.
func unknownCommand(root *cobra.Command, arg string, l lang.Lang) error {
	if _, err := os.Stat(arg); err == nil {
		return nil
	}
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	if near := data.Closest(arg, names); near != "" {
		return exitError{2, l.T(lang.UnknownCommandNear, arg, near)}
	}
	if !strings.ContainsAny(arg, `./\`) {
		return exitError{2, l.T(lang.UnknownCommandAll, arg, strings.Join(names, ", "))}
	}
	return nil
}
