package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/beskplan/beskplan/data"
)

// block is a fenced block of a Markdown file: its info string and text.
type block struct{ info, text string }

// blocks are the fenced blocks of a Markdown file, in order.
func blocks(t *testing.T, path string) []block {
	t.Helper()
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []block
	var cur *block
	for line := range strings.Lines(string(doc)) {
		switch {
		case cur == nil && strings.HasPrefix(line, "```"):
			cur = &block{info: strings.TrimSpace(strings.TrimPrefix(line, "```"))}
		case cur != nil && strings.TrimSpace(line) == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.text += line
		}
	}
	return out
}

// shows reports whether the guide's text stands for the output: the same,
// but where the guide writes "…" (a sum, a day, lines left out), any text.
func shows(guide, output string) bool {
	parts := strings.Split(guide, "…")
	for i := range parts {
		parts[i] = regexp.QuoteMeta(parts[i])
	}
	return regexp.MustCompile("(?s)^" + strings.Join(parts, ".*") + "$").MatchString(output)
}

// words splits a command line as the shell would, for the guide's simple
// lines: words, and "double-quoted" text as one word.
func words(line string) []string {
	var out []string
	var word strings.Builder
	quoted, any := false, false
	for _, r := range line {
		switch {
		case r == '"':
			quoted, any = !quoted, true
		case r == ' ' && !quoted:
			if any {
				out = append(out, word.String())
			}
			word.Reset()
			any = false
		default:
			word.WriteRune(r)
			any = true
		}
	}
	if any {
		out = append(out, word.String())
	}
	return out
}

// TestTheGuidesExamplesAreWhatBeskplanDoes: the Danish user guide's plan
// (its toml blocks, the plan's and the status file's) loads with no
// problem and no warning, and each of its console blocks, run in order in
// that plan's folder with its CSV beside it, prints what the guide shows.
func TestTheGuidesExamplesAreWhatBeskplanDoes(t *testing.T) {
	all := blocks(t, "docs/vejledning.md")
	var plan, status, csv strings.Builder
	var console []block
	for _, b := range all {
		switch {
		case b.info == "toml" && strings.HasPrefix(b.text, "[[entry]]"):
			status.WriteString(b.text + "\n")
		case b.info == "toml":
			plan.WriteString(b.text + "\n")
		case b.info == "csv":
			csv.WriteString(b.text)
		case b.info == "console":
			console = append(console, b)
		}
	}
	if plan.Len() == 0 || status.Len() == 0 || csv.Len() == 0 || len(console) < 4 {
		t.Fatalf("the guide lacks its plan, status, CSV or commands: %d %d %d %d", plan.Len(), status.Len(), csv.Len(), len(console))
	}
	dir := t.TempDir()
	// A folder set up for colleagues, as check asks, so it warns of nothing.
	os.Chmod(dir, 0o775|os.ModeSetgid)
	for name, text := range map[string]string{"plan.toml": plan.String(), "status.toml": status.String(), "tal.csv": csv.String()} {
		os.WriteFile(filepath.Join(dir, name), []byte(text), 0o664)
		os.Chmod(filepath.Join(dir, name), 0o664) // whatever the umask
	}
	l, err := data.Load(data.Locate(dir))
	if err != nil {
		t.Fatalf("the guide's plan does not load clean:\n%v\n%s", err, plan.String())
	}
	if len(l.Warnings) > 0 {
		t.Errorf("the guide's plan has warnings: %v", l.Warnings)
	}
	t.Chdir(dir)
	t.Setenv("BESKPLAN_PLAN", "")
	for _, b := range console {
		var command, want string
		flush := func() {
			if command == "" {
				return
			}
			out, errOut, _ := run(t, words(command)[1:]...)
			if got := strings.TrimSpace(out + errOut); !shows(strings.TrimSpace(want), got) {
				t.Errorf("$ %s\nprints:\n%s\nthe guide shows:\n%s", command, got, want)
			}
		}
		for line := range strings.Lines(b.text) {
			if c, ok := strings.CutPrefix(line, "$ "); ok {
				flush()
				command, want = strings.TrimSpace(c), ""
			} else {
				want += line
			}
		}
		flush()
	}
}
