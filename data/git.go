package data

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/beskplan/beskplan/model"
)

// Attributes is the .gitattributes that init writes: git merges status
// files line by line, keeping the lines of both sides (its union driver),
// which for an append-only log whose entries are ordered by `at` means one
// thing (see docs/format.md). The plan file is merged as any text file.
const Attributes = "# beskplan: når git fletter, beholdes tal fra begge steder (se docs/git.md)\n" + UnionLine + "\n"

// UnionLine is the line of Attributes that makes git merge the status file
// with its union driver.
const UnionLine = "status.toml merge=union"

// MergesByUnion reports whether the .gitattributes in dir, which is there,
// has the status file merged by git's union driver; a folder without one
// reports true (init writes it).
func MergesByUnion(dir string) bool {
	b, err := ReadFile(filepath.Join(dir, ".gitattributes"))
	if err != nil {
		return errors.Is(err, fs.ErrNotExist)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) > 1 && f[0] == "status.toml" && slices.Contains(f[1:], "merge=union") {
			return true
		}
	}
	return false
}

// writeAttributes gives a new plan folder its .gitattributes, unless it has
// one already (which is then left as it is).
func writeAttributes(fsys FS, dir string) error {
	path := filepath.Join(dir, ".gitattributes")
	if _, err := os.Lstat(path); err == nil {
		return nil
	}
	tmp, err := writeTemp(fsys, dir, ".gitattributes", []byte(Attributes))
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := placeNew(tmp, path); err != nil && !errors.As(err, new(ExistsError)) {
		return err
	}
	return nil
}

// ParsePlan reads a plan file's text, such as the plan as committed at a
// past date. The plan is nil only when the text is not TOML; problems come
// as Problems beside what could be read.
func ParsePlan(path string, text []byte) (*model.Plan, error) {
	p, problems := readPlan(path, text)
	if len(problems) > 0 {
		return p, problems
	}
	return p, nil
}
