//go:build !linux

package data

import "os"

// datasync makes the file durable: fsync, F_FULLFSYNC on macOS,
// FlushFileBuffers on Windows, as the os package does for each.
func datasync(f *os.File) error { return f.Sync() }
