package data

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

func minimal(t testing.TB) *model.Plan {
	t.Helper()
	p, problems := readPlan("plan.toml", []byte(minimalPlan))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	return p
}

// importMessages reads a CSV file against the minimal plan and returns its
// problems as "LINE:COLUMN: message" in Danish.
func importMessages(t *testing.T, content string) []string {
	t.Helper()
	entries, _, problems := ReadCSV("tal.csv", []byte(content), minimal(t))
	if len(problems) > 0 && entries != nil {
		t.Errorf("entries must be nil when a row is bad: %v", entries)
	}
	var out []string
	for _, p := range problems {
		out = append(out, strings.TrimPrefix(p.Message(lang.Da), "tal.csv:"))
	}
	return out
}

func TestImportMalformedRowsArePositioned(t *testing.T) {
	cases := []struct {
		name, csv string
		want      []string
	}{
		{"too few fields", "measure;period;value\nR1;2024-Q3\n",
			[]string{"2:11: rækken har 2 felter, men overskriftsrækken har 3 (measure;period;value); hver række skal have et felt til hver kolonne"}},
		{"too many fields", "measure;period;value\nR1;2024-Q3;5;6\n",
			[]string{"2:14: rækken har 4 felter, men overskriftsrækken har 3 (measure;period;value); hver række skal have et felt til hver kolonne"}},
		{"comma row in a semicolon file", "measure;period;value\nR1;2024-Q3;5\nR1,2024-Q4,6\n",
			[]string{"3:3: rækken er adskilt med komma, men filen bruger semikolon (som overskriftsrækken); brug samme skilletegn i hele filen"}},
		{"semicolon row in a comma file", "measure,period,value\nR1;2024-Q4;6,5\n",
			[]string{"2:3: rækken er adskilt med semikolon, men filen bruger komma (som overskriftsrækken); brug samme skilletegn i hele filen"}},
		{"bare quote", "measure;period;value;note\nR1;2024-Q3;5;sagt \"ja\" i dag\n",
			[]string{`2:19: et anførselstegn (") midt i et felt: sæt hele feltet i anførselstegn og skriv "" for hvert " i det`}},
		{"quote not closed", "measure;period;value;note\nR1;2024-Q3;5;\"Ærø\n",
			[]string{`2:14: feltet i anførselstegn, der begynder her, er ikke afsluttet: afslut det med et " efterfulgt af skilletegnet (semikolon) eller linjeskift, og skriv "" for et " inde i feltet`}},
		{"text after the closing quote", "measure;period;value;note\nR1;2024-Q3;5;\"ja\" tak\n",
			[]string{`2:17: et felt i anførselstegn fortsætter efter det afsluttende ": efter det skal skilletegnet (semikolon) eller linjeskift komme; skriv "" for et " inde i feltet`}},
		{"columns count characters", "resultatmål;periode;værdi;note\nR1;2024-Q3;5;Ærø\nR1;Ærø;1;x\n",
			[]string{`3:4: perioden "Ærø" kan ikke læses: skriv fx 2024, 2024-H1, 2024-Q3 eller 2024-03`}},
		{"comma row with optional columns", "measure;period;value;reference;note\nR1,2024-Q4,6\n",
			[]string{"2:3: rækken er adskilt med komma, men filen bruger semikolon (som overskriftsrækken); brug samme skilletegn i hele filen"}},
		{"a required field left off", "measure;value;period;note\nR1;5\n",
			[]string{"2:5: rækken har 2 felter, men overskriftsrækken har 4 (measure;value;period;note); hver række skal have et felt til hver kolonne"}},
		{"every bad row", "measure;period;value\nR1;2024-Q3\nR1;2024-Q4;7\nR1,2024-Q4,8\n",
			[]string{"2:11: rækken har 2 felter, men overskriftsrækken har 3 (measure;period;value); hver række skal have et felt til hver kolonne",
				"4:3: rækken er adskilt med komma, men filen bruger semikolon (som overskriftsrækken); brug samme skilletegn i hele filen"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := importMessages(t, c.csv)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func TestImportSpreadsheetRowsStillRead(t *testing.T) {
	for name, content := range map[string]string{
		"Danish Excel":              "\ufeffresultatmål;periode;værdi;note\r\nR1;2024-Q3;1.750;\"linje 1\r\nlinje 2\"\r\n;;;\r\n",
		"comma file":                "measure,period,value,note\nR1,2024-Q3,1750,\"a, b\"\n",
		"Excel Unicode-tekst":       "measure\tperiod\tvalue\tnote\r\nR1\t2024-Q3\t1750\tx\r\n",
		"old Mac line endings":      "measure;period;value\rR1;2024-Q3;1750\r",
		"optional columns left off": "measure;period;value;reference;note\nR1;2024-Q3;1750\n",
	} {
		entries, _, problems := ReadCSV("tal.csv", []byte(content), minimal(t))
		if len(problems) > 0 || len(entries) != 1 || entries[0].Value != 1750 {
			t.Errorf("%s: %v %v", name, entries, problems)
		}
	}
}

// utf16le encodes text as Excel's "Unicode-tekst": UTF-16 little-endian with a BOM.
func utf16le(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range append([]uint16{0xfeff}, utf16.Encode([]rune(s))...) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestImportReadsTheEncodingsExcelWrites(t *testing.T) {
	text := "resultatmål;periode;værdi;note\nR1;2024-Q3;5;Ærø – 10 €\n"
	cp1252 := strings.NewReplacer("å", "\xe5", "æ", "\xe6", "Æ", "\xc6", "ø", "\xf8", "–", "\x96", "€", "\x80").Replace(text)
	for _, c := range []struct {
		name    string
		content []byte
		want    Encoding
	}{
		{"UTF-8", []byte(text), UTF8},
		{"UTF-8 with BOM", []byte("\ufeff" + text), UTF8},
		{"Windows-1252 (CSV semikolonsepareret)", []byte(cp1252), Windows1252},
		{"UTF-16LE with BOM (Unicode-tekst)", utf16le(text, false), UTF16LE},
		{"UTF-16BE with BOM", utf16le(text, true), UTF16BE},
	} {
		entries, enc, problems := ReadCSV("tal.csv", c.content, minimal(t))
		if len(problems) > 0 || len(entries) != 1 || entries[0].Note != "Ærø – 10 €" || enc != c.want {
			t.Errorf("%s: read as %s: %+v %v", c.name, enc, entries, problems)
		}
	}
}

func TestImportRefusesWhatItCannotReadFaithfully(t *testing.T) {
	noBOM := utf16le("measure;period;value\nR1;2024-Q3;5\n", false)[2:]
	loneSurrogate := append(utf16le("measure;period;value\nR1;2024-Q3;5;", false), 0x00, 0xd8, '\n', 0)
	for _, c := range []struct {
		name    string
		content []byte
		want    string
	}{
		{"UTF-16 without a BOM", noBOM, "1:1: filen ser ud til at være UTF-16 uden BOM"},
		{"a broken UTF-16 file", loneSurrogate, "2:14: tegnet her kan ikke læses som UTF-16LE"},
		{"a byte Windows-1252 does not have", []byte("measure;period;value;note\nR1;2024-Q3;5;\xe6\x81\n"), "2:15: byten 0x81 findes ikke i Windows-1252"},
		{"UTF-8 with a stray byte", []byte("measure;period;value;note\nR1;2024-Q3;5;Ærø\xe6\n"), "2:17: tegnet her kan ikke læses som UTF-8"},
		{"UTF-8 with a BOM and a stray byte", []byte("\xef\xbb\xbfmeasure;period;value;note\nR1;2024-Q3;5;\xe6\n"), "2:14: tegnet her kan ikke læses som UTF-8"},
		{"an Excel workbook", []byte("PK\x03\x04\x14\x00\x06\x00"), "1:1: filen er et Excel-regneark (.xlsx), ikke en CSV-fil"},
	} {
		_, _, problems := ReadCSV("tal.csv", c.content, minimal(t))
		if len(problems) != 1 || !strings.HasPrefix(problems[0].Message(lang.Da), "tal.csv:"+c.want) {
			t.Errorf("%s: %v, want %q", c.name, problems, c.want)
		}
	}
}

// FuzzImportCSV feeds the CSV reader arbitrary bytes: it must never panic,
// every problem has a place, and a file either gives entries or problems.
func FuzzImportCSV(f *testing.F) {
	for _, seed := range []string{
		"measure;period;value\nR1;2024-Q3\n",
		"measure;period;value\nR1,2024-Q3,5\n",
		"resultatmål;periode;værdi;reference;note\nR1;2024-Q3;1.750;;\"to\nlinjer\"\n",
		"measure,period,value\nR1,2024-Q3,\"5\n",
		"measure\tperiod\tvalue\nR1\t2024-Q3\t5\n",
		"\xef\xbb\xbfmeasure;period;value\n;;\n",
		"m\xe6l;periode;v\xe6rdi\nR1;2024-Q3;5\n",
		"\xff\xfem\x00;\x00",
		"\xfe\xff\x00m\x00;",
		"\"",
	} {
		f.Add([]byte(seed))
	}
	p := minimal(f)
	f.Fuzz(func(t *testing.T, content []byte) {
		entries, _, problems := ReadCSV("tal.csv", content, p)
		for _, pr := range problems {
			if pr.Line < 1 || pr.Col < 1 {
				t.Fatalf("problem without a position: %q", pr.Message(lang.Da))
			}
		}
		if len(problems) > 0 && entries != nil {
			t.Fatal("entries despite problems")
		}
		for _, e := range entries {
			if strings.ContainsRune(e.Note, '\ufffd') && !strings.Contains(string(content), "\ufffd") {
				t.Fatalf("a character was replaced: %q", e.Note)
			}
		}
	})
}

// TestImportReadsExcelsSeparatorLine: Excel may write "sep=;" first, to name
// the separator; the header is on the next line, and lines keep their numbers.
func TestImportReadsExcelsSeparatorLine(t *testing.T) {
	entries, _, problems := ReadCSV("tal.csv", []byte("sep=;\nmeasure;period;value\nR1;2024-Q1;47,1\n"), minimal(t))
	if len(problems) > 0 || len(entries) != 1 || entries[0].Value != 47.1 {
		t.Fatalf("entries %v, problems %v", entries, problems)
	}
	if got := importMessages(t, "sep=,\nmeasure,period,value\nR1,2024-Q1\n"); len(got) != 1 || !strings.HasPrefix(got[0], "3:") {
		t.Errorf("a short row after sep= must be placed on its own line, 3: %v", got)
	}
}
