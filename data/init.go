package data

import (
	"errors"
	"fmt"
	"io/fs"
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
func Init(dir string) error {
	files := []string{"plan.toml", "status.toml"}
	for _, name := range files {
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err == nil {
			return ExistsError{path}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if err := os.MkdirAll(dir, 0o775); err != nil {
		return err
	}
	for _, name := range files {
		if err := writeNew(filepath.Join(dir, name), ExampleFile(name)); err != nil {
			return err
		}
	}
	return nil
}

// writeNew creates a file that must not exist yet, with the shared mode
// whatever the umask says.
func writeNew(path string, content []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, shared)
	if errors.Is(err, fs.ErrExist) {
		return ExistsError{path}
	}
	if err != nil {
		return err
	}
	if err := f.Chmod(shared); err != nil {
		f.Close()
		return err
	}
	if _, err := f.Write(content); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
