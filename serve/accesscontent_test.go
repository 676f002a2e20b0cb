package serve

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// keepTimes writes the access file's new content and puts its old
// modification time back, as rsync -t, cp -p or touch -r do.
func keepTimes(t *testing.T, path string, content []byte) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
}

// TestRoleChangeWithTheOldTimeIsSeen (issue 23, item 3): editor → viewer
// in a file of the same size with its old modification time put back
// takes effect; the demoted editor saves nothing.
func TestRoleChangeWithTheOldTimeIsSeen(t *testing.T) {
	f := start(t, nil)
	path := filepath.Join(f.dir, "access.toml")
	before, _ := os.ReadFile(path)
	demoted := []byte(strings.Replace(string(before), `role = "editor"`, `role = "viewer"`, 1))
	if len(demoted) != len(before) {
		t.Fatal("the edit must keep the size")
	}
	anne := f.login(t, "anne")
	anne.waitFor(t, "Overblik")
	keepTimes(t, path, demoted)
	anne.waitFor(t, "Din rolle er ændret til viewer i access.toml")
	f.logHas(t, "role changed", "user=anne", "role=viewer")
}

// TestSwappedKeyOfTheSameSizeIsSeen (issue 23, item 3): one ed25519 key
// swapped for another keeps the size; the old key is let in no more and
// the new one is.
func TestSwappedKeyOfTheSameSizeIsSeen(t *testing.T) {
	f := start(t, nil)
	path := filepath.Join(f.dir, "access.toml")
	before, _ := os.ReadFile(path)
	line := func(name string) string {
		return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(f.keys[name].PublicKey())))
	}
	swapped := []byte(strings.Replace(string(before), line("bo"), line("eve"), 1))
	if len(swapped) != len(before) {
		t.Fatal("two ed25519 keys have the same length")
	}
	time.Sleep(20 * time.Millisecond)
	keepTimes(t, path, swapped)
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, boErr := f.dial("bo", gossh.PublicKeys(f.keys["bo"]))
		c, eveErr := f.dial("eve", gossh.PublicKeys(f.keys["eve"]))
		if boErr != nil && eveErr == nil {
			c.Close()
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the swapped key must take effect: bo %v, eve %v", boErr, eveErr)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestKeyWithOptionsIsRefused (issue 23, item 4): from=, command= and
// no-pty would not be honoured, so a key line with options is refused
// with its place, as `serve --check-access` shows it.
func TestKeyWithOptionsIsRefused(t *testing.T) {
	f := start(t, nil)
	key := strings.TrimSpace(string(gossh.MarshalAuthorizedKey(f.keys["eve"].PublicKey())))
	path := filepath.Join(t.TempDir(), "access.toml")
	text := fmt.Sprintf("[[user]]\nname = \"eve\"\nrole = \"viewer\"\nkeys = [%q]\n", `from="10.9.9.9",command="status",no-pty `+key)
	os.WriteFile(path, []byte(text), 0o600)
	_, err := LoadAccess(path)
	var problems data.Problems
	if !errors.As(err, &problems) {
		t.Fatalf("a key with options must be refused: %v", err)
	}
	msg := problems.Message(lang.Da)
	if !strings.Contains(msg, "access.toml:4:") || !strings.Contains(msg, `from="10.9.9.9",command="status",no-pty`) || !strings.Contains(msg, "tager derfor ikke nøglen") {
		t.Errorf("want the key's place and its options named: %s", msg)
	}
}
