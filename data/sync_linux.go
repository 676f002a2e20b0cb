package data

import (
	"os"

	"golang.org/x/sys/unix"
)

// datasync makes the file's data durable, without its times.
func datasync(f *os.File) error { return unix.Fdatasync(int(f.Fd())) }
