//go:build !unix

package data

// openNonblock: where opening never waits for a writer, nothing is needed.
const openNonblock = 0
