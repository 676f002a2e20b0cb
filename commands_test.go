package main

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/beskplan/beskplan/lang"
)

// TestMistypedCommandIsNotTakenForAPlan: a word near a command's name is
// a mistyped command (exit 2, with the command meant), not a plan path.
func TestMistypedCommandIsNotTakenForAPlan(t *testing.T) {
	t.Chdir(t.TempDir())
	_, errOut, code := run(t, "stauts")
	if code != 2 || !strings.Contains(errOut, "stauts: ukendt kommando – mente du status?") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	_, errOut, code = run(t, "--lang", "en", "reprot")
	if code != 2 || !strings.Contains(errOut, "reprot: unknown command – did you mean report?") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	// Flags and arguments that are wrong are said in the language too.
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--fromat", "md"}, "ukendt flag --fromat – mente du --format?"},
		{[]string{"--lang", "en", "report", "--fromat", "md"}, "unknown flag --fromat – did you mean --format?"},
		{[]string{"status", "--as-of"}, "flaget --as-of skal have en værdi"},
		{[]string{"check", "foo"}, "forkerte argumenter til beskplan check"},
	} {
		if _, errOut, code := run(t, tt.args...); code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: code %d, stderr %q, want %q", tt.args, code, errOut, tt.want)
		}
	}
	// A path is still a plan: one that is not there is a missing file (exit 1).
	if _, errOut, code = run(t, "min-plan.toml"); code != 1 || !strings.Contains(errOut, "findes ikke") {
		t.Errorf("a plan path: code %d, stderr %q", code, errOut)
	}
}

// TestHelpIsInOneLanguage: the help, cobra's headings included, is all
// Danish by default and all English with --lang en.
func TestHelpIsInOneLanguage(t *testing.T) {
	tests := []struct {
		args      []string
		want, not []string
	}{
		{[]string{"--help"}, []string{"Brug:", "Kommandoer:", "Flag:", "Kontrollér planfil", "hjælp til beskplan"},
			[]string{"Usage:", "Available Commands", "Flags:", "help for", "Help about"}},
		{[]string{"--lang", "en", "--help"}, []string{"Usage:", "Commands:", "Flags:", "Check the plan file", "help for beskplan"},
			[]string{"Brug:", "Kontrollér", "planfilen", "hjælp", "sprog"}},
		{[]string{"report", "--help", "--lang", "en"}, []string{"Usage:", "Global flags:", "md, html, csv or xlsx"},
			[]string{"Lav udvalgets", "eller"}},
		{[]string{"report", "--help"}, []string{"Brug:", "Globale flag:", "md, html, csv eller xlsx"},
			[]string{"Usage:", "Global Flags"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, code := run(t, tt.args...)
			if code != 0 {
				t.Fatalf("code %d", code)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("help lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("help has %q, of the other language:\n%s", w, out)
				}
			}
		})
	}
}

// TestVersionComesFromTheBuild: installed with go install, the module's
// version is shown; built from a checkout, "dev".
func TestVersionComesFromTheBuild(t *testing.T) {
	tests := []struct {
		info *debug.BuildInfo
		want string
	}{
		{&debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}}, "v1.4.0"},
		{&debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
		{nil, "dev"},
	}
	for _, tt := range tests {
		if got := versionOf("dev", tt.info); got != tt.want {
			t.Errorf("versionOf(%v) = %q, want %q", tt.info, got, tt.want)
		}
	}
	if got := versionOf("v2.0.0", &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}}); got != "v2.0.0" {
		t.Errorf("a version set with -ldflags wins: %q", got)
	}
}

// TestCompletion: the shell completion offers the plan's measure and
// initiative ids, its periods and the report formats.
func TestCompletion(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("BESKPLAN_PLAN", "")
	tests := []struct {
		args      []string
		want, not []string
	}{
		{[]string{"set", ""}, []string{"R1\t", "R7\t"}, []string{"S1-I1", "2024-Q1"}},
		{[]string{"set", "R1", ""}, []string{"2024-Q1", "2026-Q4", "2025"}, []string{"R1\t"}},
		{[]string{"set", "--initiative", ""}, []string{"S1-I1"}, []string{"R1\t"}},
		{[]string{"status", "--as-of", ""}, []string{"2024-Q1", "2026-Q4"}, nil},
		{[]string{"report", "--format", ""}, []string{"md", "html", "csv", "xlsx"}, nil},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			out, _, _ := run(t, append([]string{"__complete"}, tt.args...)...)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("completion lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(out, w) {
					t.Errorf("completion has %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestEveryCommandAndFlagHasItsTexts: a command or flag without texts in
// the catalogues would show its Danish (or no) help in English.
func TestEveryCommandAndFlagHasItsTexts(t *testing.T) {
	root := newRoot(&strings.Builder{}, &strings.Builder{})
	localize(root, lang.En)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if _, ok := commandTexts[c.Name()]; !ok && c.Name() != "help" && c.Name() != "completion" && c.Parent().Name() != "completion" {
			t.Errorf("command %q has no texts in the catalogues (commandTexts)", c.CommandPath())
		}
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if _, ok := flagTexts[f.Name]; !ok && f.Name != "help" && f.Name != "version" {
				t.Errorf("flag --%s of %q has no text in the catalogues (flagTexts)", f.Name, c.CommandPath())
			}
		})
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// TestFlagPlaceholdersAreWords: the help showed "--plan filen",
// "--access filen" and "--host-key nøglen", a word cut out of the text,
// where every other flag names a thing ("--as-of periode", "-o fil").
func TestFlagPlaceholdersAreWords(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"--plan fil ", "planfilen, eller"}},
		{[]string{"serve", "--help"}, []string{"--access fil ", "adgangsfilen:", "--host-key nøgle ", "værtsnøglen ("}},
	} {
		out, _, _ := run(t, c.args...)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v lacks %q:\n%s", c.args, w, out)
			}
		}
	}
}

// TestPlanGivenAsAnArgumentSaysPlan: "beskplan status myplan" (as
// "beskplan myplan" works) said "forkerte argumenter til beskplan status;
// skriv: beskplan status", which does not say how to give the plan.
func TestPlanGivenAsAnArgumentSaysPlan(t *testing.T) {
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", dir); code != 0 {
		t.Fatalf("init: %d %s", code, errOut)
	}
	for _, cmd := range []string{"status", "check", "report"} {
		_, errOut, code := run(t, cmd, dir)
		if want := "skriv: beskplan " + cmd + " --plan " + dir; code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%s PLAN: code %d %q, want 2 and %q", cmd, code, errOut, want)
		}
	}
	if _, errOut, code := run(t, "status", "nosuch"); code != 2 || strings.Contains(errOut, "--plan nosuch") {
		t.Errorf("a word that is no plan is not taken for one: %d %q", code, errOut)
	}
}

// TestSetNamesItsArgumentAMeasure: set's usage said "set MÅL PERIODE TAL";
// mål is a goal, and set records a figure for a resultatmål.
func TestSetNamesItsArgumentAMeasure(t *testing.T) {
	out, _, _ := run(t, "set", "--help")
	_, errOut, _ := run(t, "set", "R1")
	for _, s := range []string{out, errOut} {
		if !strings.Contains(s, "set RESULTATMÅL PERIODE TAL") || strings.Contains(s, "set MÅL") {
			t.Errorf("want set RESULTATMÅL PERIODE TAL:\n%s", s)
		}
	}
}

// TestCompareCommand: compare says what is wrong in the user's words,
// with exit code 2 for the command line, and has its help and completion.
func TestCompareCommand(t *testing.T) {
	t.Setenv("BESKPLAN_PLAN", "")
	dir := t.TempDir()
	if _, errOut, code := run(t, "init", "--blank", dir); code != 0 {
		t.Fatalf("init --blank: code %d: %s", code, errOut)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"compare", "--plan", dir}, "ingen af planens resultatmål nævner en tabel fra sammenligningsmappen"},
		{[]string{"--lang", "en", "compare", "MM3", "--plan", dir}, "none of the plan's measures names a table"},
		{[]string{"compare", "--plan", dir, "--format", "pdf"}, "pdf"},
		{[]string{"compare", dir}, "skriv: beskplan compare --plan " + dir},
		{[]string{"compare", "--plan", dir, "--periods", "x"}, "--periods"},
		{[]string{"compare", "MM3", "MM1", "--plan", dir}, "forkerte argumenter til beskplan compare"},
	} {
		if _, errOut, code := run(t, tt.args...); code != 2 || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: code %d, stderr %q, want 2 and %q", tt.args, code, errOut, tt.want)
		}
	}
	out, _, _ := run(t, "compare", "--help")
	for _, want := range []string{"compare [INDIKATOR|RESULTATMÅL]", "beskplan compare MM3 --periods 24 -o mm3.xlsx", "--periods antal"} {
		if !strings.Contains(out, want) {
			t.Errorf("compare --help lacks %q:\n%s", want, out)
		}
	}
	if out, _, _ := run(t, "__complete", "compare", "--format", ""); !strings.Contains(out, "text") || !strings.Contains(out, "xlsx") {
		t.Errorf("compare --format completes text and the report's formats:\n%s", out)
	}
	if out, _, _ := run(t, "--help"); !strings.Contains(out, "compare ") {
		t.Errorf("the help lists compare:\n%s", out)
	}
}
