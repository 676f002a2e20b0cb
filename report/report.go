package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/beskplan/beskplan/model"
)

// Format is a report's file format.
type Format string

// The formats of the committee's report.
const (
	MD         Format = "md"
	HTMLFormat Format = "html"
	CSVFormat  Format = "csv"
	XLSXFormat Format = "xlsx"
)

// FormatOf picks the format: the flag when given, else from the output
// file's extension, else Markdown. ok is false for an unknown format.
func FormatOf(flag, output string) (Format, bool) {
	name := strings.ToLower(flag)
	if name == "" {
		name = strings.TrimPrefix(strings.ToLower(filepath.Ext(output)), ".")
	}
	switch name {
	case "", "md", "markdown":
		return MD, true
	case "html", "htm":
		return HTMLFormat, true
	case "csv":
		return CSVFormat, true
	case "xlsx":
		return XLSXFormat, true
	}
	return "", false
}

// Write writes the report of a snapshot in the format.
func Write(w io.Writer, s *model.Snapshot, f Format, o Options) error {
	switch {
	case o.Agenda && f == MD:
		return AgendaMarkdown(w, s, o)
	case o.Agenda && f == HTMLFormat:
		return AgendaHTML(w, s, o)
	case o.Agenda:
		return fmt.Errorf("the agenda item is md or html, not %s", f)
	}
	switch f {
	case MD:
		return Markdown(w, s, o)
	case HTMLFormat:
		return HTML(w, s, o)
	case CSVFormat:
		return CSV(w, s, o)
	case XLSXFormat:
		return XLSX(w, s, o)
	}
	return fmt.Errorf("unknown report format %q", f)
}

// WriteFile writes the report to a file, readable by the group; a failed
// write leaves no half report behind.
func WriteFile(path string, s *model.Snapshot, f Format, o Options) error {
	return writeFile(path, func(w io.Writer) error { return Write(w, s, f, o) })
}

// writeFile writes what write writes to the file, readable by the group,
// through a temporary file beside it, so a failed write leaves no half file.
func writeFile(path string, write func(io.Writer) error) error {
	var b strings.Builder
	if err := write(&b); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(b.String()), 0o664); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
