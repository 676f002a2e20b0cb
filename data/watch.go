package data

import (
	"crypto/sha256"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"time"
)

// Stamp identifies what a plan's two files hold, so a change by someone
// else (another user, an editor) is noticed: cheaply by stat, and by a
// CRC-32C of the contents, since coarse timestamps miss an edit that keeps
// the size. The sum only says when to read again (what is saved is checked
// against the file under the writer's lock), so a fast one does: SHA-256
// of a 12 MB status file cost each command about 8 ms.
type Stamp struct {
	Plan, Status FileStamp
	// Tables is the comparison folder's files by stat: a new download
	// saved into it is read in (the tables are small beside a status file,
	// and a download is a new file or a new size and time).
	Tables [sha256.Size]byte
	Hashed time.Time // when the sums were last taken
}

// FileStamp is one file's stat and, when taken, its sum.
type FileStamp struct {
	Exists  bool
	Size    int64
	ModTime time.Time
	Inode   uint64
	Sum     uint32 // CRC-32C of the contents
}

func (f FileStamp) sameStat(g FileStamp) bool {
	return f.Exists == g.Exists && f.Size == g.Size && f.ModTime.Equal(g.ModTime) && f.Inode == g.Inode
}

// StampOf takes a new stamp of the source's files. Sums are taken again
// when a file's stat differs from prev, or when hash is true; otherwise
// prev's sums are kept. The built-in example never changes.
func StampOf(src Source, prev Stamp, hash bool, now time.Time) Stamp {
	if src.Example {
		return prev
	}
	s := Stamp{Hashed: prev.Hashed}
	s.Plan = stampFile(src.PlanPath, prev.Plan, hash)
	s.Status = stampFile(src.StatusPath, prev.Status, hash)
	s.Tables = stampFolder(src.TablesPath)
	if hash {
		s.Hashed = now
	}
	return s
}

func stampFile(path string, prev FileStamp, hash bool) FileStamp {
	info, err := os.Stat(path)
	if err != nil { // gone, or not readable: a stamp that differs from any file's
		return FileStamp{}
	}
	f := FileStamp{Exists: true, Size: info.Size(), ModTime: info.ModTime()}
	f.Inode = fileID(info)
	if !hash && f.sameStat(prev) {
		f.Sum = prev.Sum
		return f
	}
	if file, err := OpenRegular(path); err == nil {
		h := crc32.New(castagnoli)
		_, _ = io.Copy(h, file)
		file.Close()
		f.Sum = h.Sum32()
	}
	return f
}

// Changed reports whether the files differ between two stamps.
func (s Stamp) Changed(t Stamp) bool {
	return !s.Plan.sameStat(t.Plan) || !s.Status.sameStat(t.Status) || s.Plan.Sum != t.Plan.Sum || s.Status.Sum != t.Status.Sum ||
		s.Tables != t.Tables
}

// stampFolder sums the names, sizes, times and ids of a folder's files;
// zero for no folder to watch.
func stampFolder(dir string) [sha256.Size]byte {
	var sum [sha256.Size]byte
	if dir == "" {
		return sum
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return sum
	}
	h := sha256.New()
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			continue
		}
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00%d\n", e.Name(), info.Size(), info.ModTime().UnixNano(), fileID(info))
	}
	copy(sum[:], h.Sum(nil))
	return sum
}
