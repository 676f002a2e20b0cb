package data

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// DefaultComparison is the comparison folder's name beside the plan file
// when the plan names none.
const DefaultComparison = "sammenligning"

// readComparison reads the tables of the comparison folder that the plan's
// measures name (`compare`) into p.Indicators; tables no measure names are
// not read. A missing folder is no problem when no measure names a table.
//
// Everything it finds is a warning: a broken download must not stop anyone
// from opening the plan. A table with a bad cell is used without the cell;
// one that cannot be read as a table (no header row, no periods, no areas,
// not text) is not used. A measure naming an indicator the folder has no
// table for is warned about at its `compare` in the plan file, a table
// without the measure's own area at its `area` or `compare`, and a
// [[group]] area a table lacks at the area. planBytes places those.
func readComparison(src Source, planBytes []byte, p *model.Plan) Problems {
	wanted := p.IndicatorIDs()
	if len(wanted) == 0 {
		return nil
	}
	folder, fsys := comparisonFolder(src, p)
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		pr := FileProblem(folder, err)
		if info, e := os.Stat(folder); e == nil && !info.IsDir() {
			pr = Problem{File: folder, Key: lang.CmpFolderNotFolder}
		} else if errors.Is(err, fs.ErrPermission) {
			pr = Problem{File: folder, Key: lang.CmpFolderNoAccess}
		}
		pr.Warning = true
		return Problems{pr}
	}
	files, warnings := tableFiles(entries, folder)
	tables := readTables(fsys, folder, files, wanted)
	p.Indicators = map[string]*model.Indicator{}
	var ids []string
	for _, r := range tables {
		warnings = append(warnings, r.log.done(r.file)...)
		if r.id == "" || r.second {
			continue
		}
		ids = append(ids, r.id)
		for _, w := range wanted {
			if r.ind != nil && strings.EqualFold(w, r.id) {
				p.Indicators[w] = r.ind
			}
		}
	}
	slices.Sort(ids)
	d := &doc{file: src.PlanPath} // the warnings about the plan file, placed there as its own are
	missingTables(d, p, folder, ids, err != nil)
	ownAreas(d, p)
	groupAreas(d, p)
	if len(planBytes) > 0 {
		d.place(planBytes)
	}
	return append(warnings, d.problems...)
}

// comparisonFolder is where the plan's tables are: as the plan names it
// (relative to the plan file), or the example's own.
func comparisonFolder(src Source, p *model.Plan) (string, fs.FS) {
	name := p.Comparison
	if name == "" {
		name = DefaultComparison
	}
	if src.Example {
		sub, err := fs.Sub(example, "example/"+DefaultComparison)
		if err != nil {
			panic("built-in example has no comparison folder") // a build without the embed is a bug
		}
		return DefaultComparison, sub
	}
	folder := filepath.FromSlash(name)
	if !filepath.IsAbs(folder) {
		folder = filepath.Join(filepath.Dir(src.PlanPath), folder)
	}
	return folder, folderFS(folder)
}

// folderFS is a comparison folder on disk, its files read by ReadFile,
// which refuses a pipe, a device or a file too large.
type folderFS string

func (d folderFS) Open(name string) (fs.File, error) { return os.DirFS(string(d)).Open(name) }

func (d folderFS) ReadDir(name string) ([]fs.DirEntry, error) {
	return os.ReadDir(filepath.Join(string(d), filepath.FromSlash(name)))
}

// Stat looks without opening: a pipe is never opened.
func (d folderFS) Stat(name string) (fs.FileInfo, error) {
	return os.Stat(filepath.Join(string(d), filepath.FromSlash(name)))
}

func (d folderFS) ReadFile(name string) ([]byte, error) {
	return ReadFile(filepath.Join(string(d), filepath.FromSlash(name)))
}

// tableFile is one table of the folder: its data file and, when there is
// one, the header file beside it.
type tableFile struct {
	stem, data, header string
}

// tableExts are the endings of the files read as tables; .xls is read only
// to say it must be saved anew.
var tableExts = []string{".csv", ".xlsx", ".xls"}

// tableFiles pairs the folder's tables with their header files, in name
// order. Other files (a README, Excel's "~$" lock files) are passed over.
func tableFiles(entries []fs.DirEntry, folder string) ([]tableFile, Problems) {
	var files []tableFile
	byStem := map[string]int{}
	var warnings Problems
	for _, e := range entries {
		name := e.Name()
		ext := strings.ToLower(path.Ext(name))
		isHeader := ext == ".toml"
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") || !isHeader && !slices.Contains(tableExts, ext) {
			continue
		}
		stem := strings.TrimSuffix(name, path.Ext(name))
		i, ok := byStem[stem]
		if !ok {
			i = len(files)
			byStem[stem] = i
			files = append(files, tableFile{stem: stem})
		}
		f := &files[i]
		switch {
		case isHeader:
			f.header = name
		case f.data == "":
			f.data = name
		default: // MM13.csv and MM13.xlsx: the first by name is used
			warnings = append(warnings, Problem{File: filepath.Join(folder, name), Key: lang.CmpSameIndicator,
				Args: []any{stem, filepath.Join(folder, f.data)}, Warning: true})
		}
	}
	return files, warnings
}

// folderTable is one table of the folder as it is read: which indicator
// it is (empty for a header file alone), whether another file is that
// indicator's table already, the indicator when a measure names it and it
// could be read, and its problems.
type folderTable struct {
	tableFile
	id, file string
	header   tableHeader
	second   bool
	ind      *model.Indicator
	log      tableLog
}

// readTables reads the header files, to know which indicator each table
// is, and then the tables the plan names, each once. Files are read
// concurrently, a few at once, and the results kept in the files' order.
func readTables(fsys fs.FS, folder string, files []tableFile, wanted []string) []folderTable {
	tables := make([]folderTable, len(files))
	inParallel(len(files), func(i int) { tables[i] = tableOf(fsys, folder, files[i]) })
	owner := map[string]string{} // lower-cased id: the file that is its table
	for i := range tables {
		t := &tables[i]
		if t.id == "" {
			continue
		}
		k := strings.ToLower(t.id)
		if used, ok := owner[k]; ok {
			t.second = true
			t.log.add(Problem{File: t.file, Key: lang.CmpSameIndicator, Args: []any{t.id, used}})
			continue
		}
		owner[k] = t.file
	}
	inParallel(len(tables), func(i int) {
		t := &tables[i]
		if t.id != "" && !t.second && slices.ContainsFunc(wanted, func(w string) bool { return strings.EqualFold(w, t.id) }) {
			t.read(fsys)
		}
	})
	return tables
}

// inParallel runs do(0) ... do(n-1), a few at once, and waits for them all.
func inParallel(n int, do func(i int)) {
	limit := make(chan struct{}, max(4, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		limit <- struct{}{}
		go func() {
			defer func() { <-limit; wg.Done() }()
			do(i)
		}()
	}
	wg.Wait()
}

// tableOf reads a table's header file, when it has one, to know its indicator.
func tableOf(fsys fs.FS, folder string, f tableFile) folderTable {
	t := folderTable{tableFile: f, file: filepath.Join(folder, f.data), header: tableHeader{Indicator: f.stem}}
	if f.header != "" {
		name := filepath.Join(folder, f.header)
		if f.data == "" {
			t.file = name
			t.log.add(Problem{File: name, Key: lang.CmpHeaderAlone, Args: []any{f.stem, f.stem}})
			return t
		}
		t.header = readTableHeader(fsys, name, f.header, f.stem, &t.log)
	}
	t.id = t.header.Indicator
	return t
}

// read reads the table into its indicator.
func (t *folderTable) read(fsys fs.FS) {
	content, err := fs.ReadFile(fsys, t.data)
	if err != nil {
		t.log.add(FileProblem(t.file, err))
		return
	}
	g, ok := readTableContent(t.file, content, t.header.Sheet, &t.log)
	if !ok {
		return
	}
	title := t.header.Title
	if title == "" {
		title = g.title
	}
	t.ind = model.NewIndicator(t.id, title, t.header.Unit, t.file, g.areas, g.periods, g.values)
	t.ind.Invented = exampleTable(content)
}

// exampleTable reports whether a table's bytes are one of the built-in
// example's invented tables: every view marks figures ranked against it.
func exampleTable(content []byte) bool {
	files, _ := fs.ReadDir(example, "example/"+DefaultComparison)
	for _, f := range files {
		if info, err := f.Info(); err != nil || info.Size() != int64(len(content)) {
			continue
		}
		if b, err := example.ReadFile("example/" + DefaultComparison + "/" + f.Name()); err == nil && bytes.Equal(b, content) {
			return true
		}
	}
	return false
}

// missingTables warns, at each measure's `compare`, of an indicator the
// folder has no table for, naming those it has.
func missingTables(d *doc, p *model.Plan, folder string, ids []string, noFolder bool) {
	for i, m := range p.Measures {
		if m.Compare == "" || p.Indicators[m.Compare] != nil || slices.ContainsFunc(ids, func(id string) bool { return strings.EqualFold(id, m.Compare) }) {
			continue // read, or its file's own problems say why not
		}
		path := join(indexed("measure", i), "compare")
		switch near := closestName(m.Compare, ids); {
		case noFolder:
			d.warn(path, atValue, lang.CmpFolderMissing, m.Compare, folder, m.Compare, m.Compare)
		case len(ids) == 0:
			d.warn(path, atValue, lang.CmpNoTables, m.Compare, folder, m.Compare, m.Compare)
		case near != "":
			d.warn(path, atValue, lang.CmpNoTableNear, m.Compare, folder, near, someOf(ids))
		default:
			d.warn(path, atValue, lang.CmpNoTable, m.Compare, folder, someOf(ids))
		}
	}
}

// closestName is Closest for a name of the plan or a table: none for a
// name too long to be one, whose edit distance to every candidate would
// cost its length over again.
func closestName(name string, candidates []string) string {
	if utf8.RuneCountInString(name) > maxAreaName {
		return ""
	}
	return Closest(name, candidates)
}

// maxListed bounds the names a message lists: a folder of thousands of
// tables must not make a line of thousands of names.
const maxListed = 20

// someOf lists names, the first maxListed of many and "…".
func someOf(names []string) string {
	if len(names) > maxListed {
		return strings.Join(names[:maxListed], ", ") + ", …"
	}
	return strings.Join(names, ", ")
}

// ownAreas warns, at each measure's `area` (or its `compare`, when the
// area is the plan's municipality), of a table with no row for the area
// the measure is: it then has no rank.
func ownAreas(d *doc, p *model.Plan) {
	for i, m := range p.Measures {
		ind, area := p.IndicatorOf(m), p.AreaOf(m)
		if ind == nil || area == "" || ind.Area(area) >= 0 {
			continue
		}
		key := "compare"
		if m.Area != "" {
			key = "area"
		}
		path := join(indexed("measure", i), key)
		if near := closestName(area, ind.Areas); near != "" {
			d.warn(path, atValue, lang.CmpNoOwnAreaNear, ind.File, cellExcerpt(area, maxQuoted), near)
		} else {
			d.warn(path, atValue, lang.CmpNoOwnArea, ind.File, cellExcerpt(area, maxQuoted))
		}
	}
}

// groupAreas warns, at the area in the plan's [[group]], of an area the
// table a measure compares with that group (its group, its reference, its
// target's among) has no row for (a typo, or a table
// of other areas), once for each group, area and table.
func groupAreas(d *doc, p *model.Plan) {
	type seen struct {
		g    *model.Group
		area string
		ind  *model.Indicator
	}
	done := map[seen]bool{}
	for _, m := range p.Measures {
		ind := p.IndicatorOf(m)
		if ind == nil {
			continue
		}
		for _, g := range groupsOf(p, m) {
			gi := slices.Index(p.Groups, g)
			if gi < 0 {
				continue // a group the plan does not write (a region, the whole country)
			}
			// lacked: a municipality of the group the table has no row for,
			// not yet warned of; a typo or no member the plan's reading said once.
			lacked := func(a string) bool {
				_, known := municipalityOf(a)
				return known && ind.Area(a) < 0 && !done[seen{g, a, ind}]
			}
			listed := 0
			for ai, a := range g.Areas {
				if !lacked(a) {
					continue
				}
				path := indexed(join(indexed("group", gi), "areas"), ai)
				if listed++; listed == maxTableProblems+1 {
					d.warn(path, atValue, lang.CmpMoreProblems, countLacked(g.Areas[ai:], lacked))
				}
				done[seen{g, a, ind}] = true
				if listed > maxTableProblems {
					continue
				}
				if near := closestName(a, ind.Areas); near != "" {
					d.warn(path, atValue, lang.CmpGroupAreaNear, g.Name, cellExcerpt(a, maxQuoted), ind.File, near)
				} else {
					d.warn(path, atValue, lang.CmpGroupArea, g.Name, cellExcerpt(a, maxQuoted), ind.File)
				}
			}
		}
	}
}

// countLacked counts the areas left of a group's list that would have
// been warned of, each once.
func countLacked(areas []string, lacked func(string) bool) int {
	counted := map[string]bool{}
	for _, a := range areas {
		if lacked(a) {
			counted[a] = true
		}
	}
	return len(counted)
}
