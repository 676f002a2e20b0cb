//go:build !unix

package main

import "testing"

// asNobody needs another user's credentials, which only Unix can switch to.
func asNobody(t *testing.T, args ...string) (string, int) {
	t.Skip("runs the program as the user nobody, which needs Unix")
	return "", 0
}
