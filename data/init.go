package data

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
)

// ExistsError is returned by Init when a file it would write is already there.
type ExistsError struct{ Path string }

func (e ExistsError) Error() string { return e.Path + " already exists" }

// shared is the mode of files made for a team: the owner's group may write
// too, so colleagues on a shared server can record figures.
const shared = 0o660

// Init writes the example plan.toml and status.toml into dir, creating dir
// if needed, and the example's comparison tables. It never overwrites: if
// either file exists, nothing is written. All the files are written whole
// or not at all (a full disk leaves no half status.toml that a later save
// would append to, and no plan with one table of eight). A .gitattributes
// is written too, unless there is one (see Attributes).
func Init(dir string) error { return initAll(osFS{}, dir) }

func initAll(fsys FS, dir string) error {
	// The example compares measures with other municipalities: its tables
	// come along, so its first check is quiet. A folder already there is
	// someone's own and is left alone.
	tables, err := exampleTables(dir)
	if err != nil {
		return err
	}
	return initWith(fsys, dir, ExampleFile, tables...)
}

// newFile is a file init writes: its name within the plan's folder.
type newFile struct {
	name    string
	content []byte
}

// exampleTables are the built-in example's comparison tables, to write
// into dir's comparison folder; none when dir has that folder.
func exampleTables(dir string) ([]newFile, error) {
	if _, err := os.Lstat(filepath.Join(dir, DefaultComparison)); !errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	files, err := fs.ReadDir(example, "example/"+DefaultComparison)
	if err != nil {
		return nil, err
	}
	var out []newFile
	for _, f := range files {
		b, err := example.ReadFile("example/" + DefaultComparison + "/" + f.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, newFile{filepath.Join(DefaultComparison, f.Name()), b})
	}
	return out, nil
}

// InitBlank is Init with a plan to fill in instead of the example: one
// goal, one strategy and a measure of each kind of target, with comments,
// and a status file without figures.
func InitBlank(dir string) error { return initWith(osFS{}, dir, blankFile) }

//go:embed blank/plan.toml blank/status.toml
var blank embed.FS

func blankFile(name string) []byte {
	b, err := blank.ReadFile("blank/" + name)
	if err != nil {
		panic("built-in blank plan is missing " + name) // a build without the embed is a bug
	}
	return b
}

// initWith writes plan.toml and status.toml (content gives them) and the
// extra files into dir: each into a temporary file first, then all given
// their names; on any failure whatever it made is taken away again.
func initWith(fsys FS, dir string, content func(name string) []byte, extra ...newFile) error {
	files := []newFile{{"plan.toml", nil}, {"status.toml", nil}}
	for i, f := range files {
		path := filepath.Join(dir, f.name)
		if _, err := os.Lstat(path); err == nil {
			return ExistsError{path}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		files[i].content = content(f.name)
	}
	files = append(files, extra...)
	_, err := os.Stat(dir)
	newDir := errors.Is(err, fs.ErrNotExist)
	if err := os.MkdirAll(dir, 0o775); err != nil {
		return err
	}
	if newDir && groupShared { // new files in it get its group, as check asks of a shared plan
		if info, err := os.Stat(dir); err == nil {
			os.Chmod(dir, info.Mode().Perm()|fs.ModeSetgid)
		}
	}
	var temps, made, folders []string
	removeTemps := func() {
		for _, tmp := range temps {
			os.Remove(tmp)
		}
	}
	defer removeTemps()
	undo := func(err error) error {
		removeTemps()
		for _, p := range made { // our own links, made a moment ago
			os.Remove(p)
		}
		for _, d := range slices.Backward(folders) {
			os.Remove(d) // ours, and empty again
		}
		return err
	}
	for _, f := range files {
		sub := filepath.Dir(filepath.Join(dir, f.name))
		if _, err := os.Lstat(sub); errors.Is(err, fs.ErrNotExist) {
			if err := os.Mkdir(sub, 0o775); err != nil {
				return undo(err)
			}
			folders = append(folders, sub)
		}
		tmp, err := writeTemp(fsys, sub, filepath.Base(f.name), f.content)
		if err != nil {
			return undo(err)
		}
		temps = append(temps, tmp)
	}
	for i, f := range files {
		path := filepath.Join(dir, f.name)
		if err := placeNew(temps[i], path); err != nil {
			return undo(err)
		}
		made = append(made, path)
	}
	// The plan is there whatever happens to this small extra: without it
	// git merges the status file with conflict markers, which check shows.
	_ = writeAttributes(fsys, dir)
	if d, err := os.Open(dir); err == nil { // the new names survive a crash too
		d.Sync()
		d.Close()
	}
	return nil
}

// writeTemp writes content whole into a new hidden file beside name, with
// the shared mode whatever the umask says, and syncs it; on any failure
// the file is removed and the error returned.
func writeTemp(fsys FS, dir, name string, content []byte) (string, error) {
	var f File
	var path string
	var err error
	for range 10 {
		path = filepath.Join(dir, fmt.Sprintf(".%s.%08x.tmp", name, rand.Uint32()))
		f, err = fsys.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, shared)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return "", err
	}
	err = f.Chmod(shared)
	for b := content; err == nil && len(b) > 0; {
		var n int
		n, err = f.WriteOnce(b)
		if err == nil && n == 0 {
			err = io.ErrShortWrite
		}
		b = b[n:]
	}
	if err == nil {
		err = f.Datasync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return "", fmt.Errorf("write %s: %w", filepath.Join(dir, name), err)
	}
	return path, nil
}

// placeNew gives the written temporary file its name, never over an
// existing file: a hard link fails where the name exists, which a rename
// would not. On a file system without hard links it renames after looking.
func placeNew(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return ExistsError{path}
	}
	if _, lerr := os.Lstat(path); lerr == nil {
		return ExistsError{path}
	}
	if rerr := os.Rename(tmp, path); rerr != nil {
		return fmt.Errorf("link %s: %w", path, err)
	}
	return nil
}
