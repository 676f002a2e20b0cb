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
)

// ExistsError is returned by Init when a file it would write is already there.
type ExistsError struct{ Path string }

func (e ExistsError) Error() string { return e.Path + " already exists" }

// shared is the mode of files made for a team: the owner's group may write
// too, so colleagues on a shared server can record figures.
const shared = 0o660

// Init writes the example plan.toml and status.toml into dir, creating dir
// if needed. It never overwrites: if either file exists, nothing is written.
// Both files are written whole or not at all (a full disk leaves no half
// status.toml that a later save would append to). A .gitattributes is
// written too, unless there is one (see Attributes).
func Init(dir string) error {
	if err := initWith(osFS{}, dir, ExampleFile); err != nil {
		return err
	}
	// The example compares five measures with other municipalities: its
	// tables come along, so its first check is quiet. A folder already
	// there is someone's own and is left alone.
	_ = writeExampleTables(osFS{}, dir)
	return nil
}

// writeExampleTables writes the built-in example's comparison folder into
// dir, unless dir has one; each file whole or not at all.
func writeExampleTables(fsys FS, dir string) error {
	folder := filepath.Join(dir, DefaultComparison)
	if _, err := os.Lstat(folder); !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	files, err := fs.ReadDir(example, "example/"+DefaultComparison)
	if err != nil {
		return err
	}
	if err := os.Mkdir(folder, 0o775); err != nil {
		return err
	}
	for _, f := range files {
		b, err := example.ReadFile("example/" + DefaultComparison + "/" + f.Name())
		if err != nil {
			return err
		}
		tmp, err := writeTemp(fsys, folder, f.Name(), b)
		if err != nil {
			return err
		}
		err = placeNew(tmp, filepath.Join(folder, f.Name()))
		os.Remove(tmp) // placed by a link, or not at all
		if err != nil {
			return err
		}
	}
	return nil
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

func initWith(fsys FS, dir string, content func(name string) []byte) error {
	files := []string{"plan.toml", "status.toml"}
	for _, name := range files {
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err == nil {
			return ExistsError{path}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
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
	var temps []string
	defer func() {
		for _, tmp := range temps {
			os.Remove(tmp)
		}
	}()
	for _, name := range files {
		tmp, err := writeTemp(fsys, dir, name, content(name))
		if err != nil {
			return err
		}
		temps = append(temps, tmp)
	}
	var made []string
	for i, name := range files {
		path := filepath.Join(dir, name)
		if err := placeNew(temps[i], path); err != nil {
			for _, p := range made { // our own links, made a moment ago
				os.Remove(p)
			}
			return err
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
