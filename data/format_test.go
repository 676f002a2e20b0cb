package data

import (
	"bytes"
	"os"
	"testing"
)

// ownPart marks where beskplan's own keys start in docs/format.md: the
// part before it is the shared contract, word for word.
const ownPart = "\n<!-- beskplan: everything below this line is beskplan's own, not the shared contract. -->\n"

// TestFormatDocIsTheContract keeps the contract part of docs/format.md the
// same as the shared contract, when that is beside the repository (as on CI
// and the team's machines).
func TestFormatDocIsTheContract(t *testing.T) {
	shared, err := os.ReadFile("../../shared/docs/format.md")
	if err != nil {
		t.Skip("no shared/docs/format.md beside the repository")
	}
	ours, err := os.ReadFile("../docs/format.md")
	if err != nil {
		t.Fatal(err)
	}
	contract, _, found := bytes.Cut(ours, []byte(ownPart))
	if !found {
		t.Fatalf("docs/format.md has no marked section for beskplan's own keys (%q)", ownPart)
	}
	if !bytes.Equal(contract, shared) {
		t.Error("the contract part of docs/format.md differs from shared/docs/format.md: copy it again")
	}
}
