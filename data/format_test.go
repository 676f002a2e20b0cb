package data

import (
	"bytes"
	"os"
	"testing"
)

// TestFormatDocIsTheContract keeps docs/format.md the same as the shared
// contract, when that is beside the repository (as on CI and the team's machines).
func TestFormatDocIsTheContract(t *testing.T) {
	shared, err := os.ReadFile("../../shared/docs/format.md")
	if err != nil {
		t.Skip("no shared/docs/format.md beside the repository")
	}
	ours, err := os.ReadFile("../docs/format.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(ours, shared) {
		t.Error("docs/format.md differs from shared/docs/format.md: copy it again")
	}
}
