//go:build unix

package data

import "golang.org/x/sys/unix"

// openNonblock makes opening a named pipe return at once instead of waiting for a writer.
const openNonblock = unix.O_NONBLOCK
