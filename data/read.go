package data

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/beskplan/beskplan/lang"
)

// MaxFileSize is the largest file beskplan reads: far above any real plan
// (a status file with ten years of monthly figures for 50 measures is about
// 1 MB), and low enough that a mistaken path cannot fill the memory.
const MaxFileSize = 256 << 20

// ErrNotRegular is returned for a folder, a named pipe, a device or a
// socket: reading one could block for ever or never end.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is returned for a file larger than MaxFileSize.
var ErrTooLarge = errors.New("file larger than the limit")

// RefusedError says why a file is not read, in the user's words.
type RefusedError struct {
	Path string
	Key  lang.Key
	Args []any
	err  error
}

func (e *RefusedError) Error() string { return e.Path + ": " + lang.Da.T(e.Key, e.Args...) }
func (e *RefusedError) Unwrap() error { return e.err }

// ReadFile reads a file that beskplan is given (a plan, a status file, a
// CSV to import, an access file). It refuses, without reading, what is not
// a regular file, also behind a link, and a file larger than MaxFileSize,
// with a RefusedError; FileProblem says any of its errors in the user's words.
func ReadFile(path string) ([]byte, error) {
	f, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if info.Size() > MaxFileSize {
		return nil, tooLarge(path)
	}
	// The file may grow while it is read: never read past the limit.
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxFileSize+1)); err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	if buf.Len() > MaxFileSize {
		return nil, tooLarge(path)
	}
	return buf.Bytes(), nil
}

// OpenRegular opens a file for reading only if it is a regular file. It
// looks before it opens, so a pipe or a device is never opened, and opens
// without blocking, so one swapped in meanwhile cannot hang it either.
func OpenRegular(path string) (*os.File, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regular(path, info); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, err
	}
	if info, err = f.Stat(); err == nil {
		err = regular(path, info)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

func regular(path string, info fs.FileInfo) error {
	var kind lang.Key
	switch m := info.Mode(); {
	case m.IsRegular():
		return nil
	case m.IsDir():
		kind = lang.KindFolder
	case m&fs.ModeNamedPipe != 0:
		kind = lang.KindPipe
	case m&fs.ModeDevice != 0:
		kind = lang.KindDevice
	case m&fs.ModeSocket != 0:
		kind = lang.KindSocket
	default:
		kind = lang.KindSpecial
	}
	return &RefusedError{Path: path, Key: lang.FileNotRegular, Args: []any{kind}, err: ErrNotRegular}
}

func tooLarge(path string) error {
	return &RefusedError{Path: path, Key: lang.FileTooLarge, Args: []any{MaxFileSize >> 20}, err: ErrTooLarge}
}

// FileProblem says why a file could not be read, in the user's words.
func FileProblem(path string, err error) Problem {
	var refused *RefusedError
	switch {
	case errors.As(err, &refused):
		return Problem{File: path, Key: refused.Key, Args: refused.Args}
	case errors.Is(err, fs.ErrNotExist):
		return Problem{File: path, Key: lang.FileNotFound}
	case errors.Is(err, fs.ErrPermission):
		return Problem{File: path, Key: lang.FileNoAccess}
	}
	return Problem{File: path, Key: lang.FileUnreadable, Args: []any{fmt.Sprint(err)}}
}
