package data

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// A downloaded table is one plain sheet of figures, and excelize's row
// iterator decodes every cell through encoding/xml's reflection (about
// 12 ms per thousand rows of 120 cells). plainWorkbook reads such a
// sheet's cells straight from its XML, 10 to 20 times faster; a workbook
// it does not understand (its parts named otherwise, prefixed tags) is
// read through excelize instead.

var errNotPlain = errors.New("not a plain workbook")

// plainWorkbook is a workbook's sheets by name, in order, and its shared strings.
type plainWorkbook struct {
	zip     *zip.Reader
	names   []string
	targets map[string]string // sheet name: the part holding it
	strings []string
	left    int64 // bytes it may still unpack
}

func openPlainWorkbook(content []byte) (*plainWorkbook, error) {
	z, err := zip.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		return nil, err
	}
	wb := &plainWorkbook{zip: z, targets: map[string]string{}, left: maxUnzipped}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			ID   string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := wb.decode("xl/workbook.xml", &book); err != nil {
		return nil, err
	}
	if err := wb.decode("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	for _, s := range book.Sheets {
		for _, r := range rels.Rel {
			if r.ID == s.ID {
				target := strings.TrimPrefix(r.Target, "/")
				if !strings.HasPrefix(target, "xl/") {
					target = path.Join("xl", target)
				}
				wb.names = append(wb.names, s.Name)
				wb.targets[s.Name] = target
			}
		}
	}
	var sst struct {
		SI []struct {
			T string `xml:"t"`
			R []struct {
				T string `xml:"t"`
			} `xml:"r"`
		} `xml:"si"`
	}
	if err := wb.decode("xl/sharedStrings.xml", &sst); err != nil && !errors.Is(err, errNoPart) {
		return nil, err
	}
	for _, si := range sst.SI {
		text := si.T
		for _, r := range si.R {
			text += r.T
		}
		wb.strings = append(wb.strings, text)
	}
	if len(wb.names) == 0 {
		return nil, errNotPlain
	}
	return wb, nil
}

var errNoPart = errors.New("no such part")

// part unpacks a part of the workbook, within what it may unpack.
func (wb *plainWorkbook) part(name string) ([]byte, error) {
	for _, f := range wb.zip.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, wb.left+1))
		if err != nil {
			return nil, err
		}
		if wb.left -= int64(len(b)); wb.left < 0 {
			return nil, excelize.ErrWorkbookFileFormat
		}
		return b, nil
	}
	return nil, errNoPart
}

func (wb *plainWorkbook) decode(name string, v any) error {
	b, err := wb.part(name)
	if err != nil {
		return err
	}
	return xml.Unmarshal(b, v)
}

// rows is a sheet's rows as a table reads them.
func (wb *plainWorkbook) rows(file, sheet string) (*plainSheet, error) {
	b, err := wb.part(wb.targets[sheet])
	if err != nil {
		return nil, err
	}
	start := bytes.Index(b, []byte("<sheetData"))
	if start < 0 {
		return nil, errNotPlain // prefixed tags, or no cells at all
	}
	b = b[start:]
	if end := bytes.Index(b, []byte("</sheetData>")); end >= 0 {
		b = b[:end]
	}
	return &plainSheet{file: file, sheet: sheet, xml: b, strings: wb.strings}, nil
}

// plainSheet reads a sheet's XML row by row: <row r="2"><c r="B2" t="s"><v>3</v></c>...
type plainSheet struct {
	file, sheet string
	xml         []byte
	at          int
	strings     []string
	row         int
	cells       []string
	text        []bool // the cell is text, not a number Excel stores
}

func (s *plainSheet) next() ([]string, bool) {
	i := bytes.Index(s.xml[s.at:], []byte("<row"))
	if i < 0 {
		return nil, false
	}
	s.at += i + len("<row")
	tagEnd := bytes.IndexByte(s.xml[s.at:], '>')
	if tagEnd < 0 {
		return nil, false
	}
	tag := s.xml[s.at : s.at+tagEnd]
	s.at += tagEnd + 1
	if n, ok := attr(tag, "r"); ok {
		if r, err := strconv.Atoi(string(n)); err == nil {
			s.row = r - 1
		}
	}
	s.row++
	s.cells, s.text = s.cells[:0], s.text[:0]
	if bytes.HasSuffix(tag, []byte("/")) {
		return s.cells, true
	}
	end := bytes.Index(s.xml[s.at:], []byte("</row>"))
	if end < 0 {
		end = len(s.xml) - s.at
	}
	s.readCells(s.xml[s.at : s.at+end])
	s.at += end
	return s.cells, true
}

// maxSheetColumns bounds the columns read of a sheet's row: a table of ten
// years of months has 121, and a cell far to the right must not make
// every row that wide.
const maxSheetColumns = 1024

// readCells reads a row's cells, each at its column (an empty string for
// a cell the row leaves out), up to maxSheetColumns.
func (s *plainSheet) readCells(row []byte) {
	for {
		i := bytes.Index(row, []byte("<c"))
		if i < 0 {
			return
		}
		row = row[i+2:]
		tagEnd := bytes.IndexByte(row, '>')
		if tagEnd < 0 || len(row) > 0 && row[0] != ' ' && row[0] != '>' && row[0] != '/' {
			continue // <col...>, not a cell
		}
		tag := row[:tagEnd]
		row = row[tagEnd+1:]
		col := len(s.cells)
		if ref, ok := attr(tag, "r"); ok {
			if c := columnOf(ref); c > 0 {
				col = c - 1
			}
		}
		body := []byte(nil)
		if !bytes.HasSuffix(tag, []byte("/")) {
			end := bytes.Index(row, []byte("</c>"))
			if end < 0 {
				end = len(row)
			}
			body, row = row[:end], row[end:]
		}
		if col >= maxSheetColumns {
			continue
		}
		typ, _ := attr(tag, "t")
		value, isText := s.cellValue(string(typ), body)
		for len(s.cells) < col {
			s.cells, s.text = append(s.cells, ""), append(s.text, true)
		}
		if col == len(s.cells) {
			s.cells, s.text = append(s.cells, value), append(s.text, isText)
		}
	}
}

// cellValue is a cell's value by its type, and whether it is text.
func (s *plainSheet) cellValue(typ string, body []byte) (string, bool) {
	switch typ {
	case "s":
		i, err := strconv.Atoi(string(element(body, "v")))
		if err != nil || i < 0 || i >= len(s.strings) {
			return "", true
		}
		return s.strings[i], true
	case "inlineStr":
		var b strings.Builder
		for rest := body; ; {
			i := bytes.Index(rest, []byte("<t"))
			if i < 0 {
				break
			}
			rest = rest[i:]
			b.WriteString(unescapeXML(element(rest, "t")))
			rest = rest[2:]
		}
		return b.String(), true
	case "", "n": // read at once as a figure or a period; an area's name is copied (areaRows)
		return unsafeString(element(body, "v")), false
	}
	return unescapeXML(element(body, "v")), true // str, b, e, d
}

// columnOf is the column number (from 1) of a cell reference such as
// "AB12"; 0 when it has no letters.
func columnOf(ref []byte) int {
	c := 0
	for _, b := range ref {
		if b < 'A' || b > 'Z' || c > maxSheetColumns {
			break
		}
		c = c*26 + int(b-'A'+1)
	}
	return c
}

// element is the text of the first <name>...</name> in b.
func element(b []byte, name string) []byte {
	i := bytes.Index(b, []byte("<"+name))
	if i < 0 {
		return nil
	}
	b = b[i+1+len(name):]
	j := bytes.IndexByte(b, '>')
	if j < 0 || j > 0 && b[0] != ' ' || bytes.HasSuffix(b[:j], []byte("/")) {
		return nil
	}
	b = b[j+1:]
	if k := bytes.Index(b, []byte("</"+name+">")); k >= 0 {
		return b[:k]
	}
	return nil
}

// attr is the value of an attribute in a tag's text.
func attr(tag []byte, name string) ([]byte, bool) {
	for rest := tag; ; {
		i := bytes.Index(rest, []byte(name+`="`))
		if i < 0 {
			return nil, false
		}
		if i > 0 && rest[i-1] != ' ' {
			rest = rest[i+len(name):]
			continue
		}
		v := rest[i+len(name)+2:]
		if j := bytes.IndexByte(v, '"'); j >= 0 {
			return v[:j], true
		}
		return nil, false
	}
}

// unescapeXML reads the character references of XML text.
func unescapeXML(b []byte) string {
	if bytes.IndexByte(b, '&') < 0 {
		return string(b)
	}
	var out struct {
		T string `xml:",chardata"`
	}
	if xml.Unmarshal(append(append([]byte("<t>"), b...), "</t>"...), &out) != nil {
		return string(b)
	}
	return out.T
}

func (s *plainSheet) mark(i int) cellMark { return cellMark{int32(s.row), int32(i + 1)} }

func (s *plainSheet) problem(at cellMark, k lang.Key, args ...any) Problem {
	return sheetProblem(s.file, s.sheet, at, k, args...)
}

// figure reads a number cell as Excel stores it (47.100000000000001 is
// 47.1) and a text cell as people type it ("47,1", "..").
func (s *plainSheet) figure(i int, text string) (float64, bool, bool) {
	if i < len(s.text) && !s.text[i] && text != "" {
		return storedFigure(text)
	}
	return tableFigure(text)
}

func (s *plainSheet) period(text string) (model.Period, error) { return sheetPeriod(text) }
