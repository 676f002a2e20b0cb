package serve

import (
	"strings"

	gossh "golang.org/x/crypto/ssh"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/lang"
)

// Role is what a user of beskplan serve may do.
type Role string

// The roles: a viewer browses and makes reports; an editor may also record
// figures and initiative states; an approver may do all an editor may and
// approve a period's paper (approve PERIOD over SSH).
const (
	Viewer   Role = "viewer"
	Editor   Role = "editor"
	Approver Role = "approver"
)

// Edits reports whether the role may record figures: an editor's or an
// approver's.
func (r Role) Edits() bool { return r == Editor || r == Approver }

// AccessUser is one person allowed in, with their keys and role.
type AccessUser struct {
	Name string
	Role Role
	Keys []gossh.PublicKey
}

// Access is the access file of beskplan serve: who may log in with which key.
type Access struct {
	Users []AccessUser
}

// User returns the user a public key belongs to, or nil.
func (a *Access) User(key gossh.PublicKey) *AccessUser {
	if a == nil {
		return nil
	}
	wire := string(key.Marshal())
	for i := range a.Users {
		for _, k := range a.Users[i].Keys {
			if string(k.Marshal()) == wire {
				return &a.Users[i]
			}
		}
	}
	return nil
}

// LoadAccess reads and checks an access file:
//
//	[[user]]
//	name = "anne"
//	role = "editor"   # viewer | editor | approver
//	keys = ["ssh-ed25519 AAAA... anne@laptop"]
//
// Every problem is reported with its FILE:LINE:COLUMN.
func LoadAccess(path string) (*Access, error) {
	src, err := data.ReadFile(path)
	if err != nil {
		return nil, data.Problems{data.FileProblem(path, err)}
	}
	return readAccess(path, src)
}

// readAccess reads and checks the access file's content src.
func readAccess(path string, src []byte) (*Access, error) {
	d, r, err := data.ReadFields(path, src)
	if err != nil {
		return nil, err
	}
	r.Known("user")
	a := &Access{}
	names := map[string]bool{}
	keys := map[string]string{}
	for _, t := range r.List("user") {
		t.Known("name", "role", "keys")
		u := AccessUser{Name: t.Text("name", true), Role: Role(t.OneOf("role", true, string(Viewer), string(Editor), string(Approver)))}
		if u.Name != "" && names[u.Name] {
			d.Add(data.Join(t.Path(), "name"), lang.DuplicateUser, u.Name)
		}
		names[u.Name] = true
		lines := t.TextList("keys")
		if !t.Has("keys") {
			d.Add(t.Path(), lang.MissingKey, "keys")
		}
		for i, line := range lines {
			key, _, options, _, err := gossh.ParseAuthorizedKey([]byte(strings.TrimSpace(line)))
			if err != nil {
				d.Add(data.Indexed(data.Join(t.Path(), "keys"), i), lang.BadPublicKey)
				continue
			}
			if len(options) > 0 {
				// from=, command= and no-pty would be promises kept by
				// nobody: a key with options is refused, not half-honoured.
				d.Add(data.Indexed(data.Join(t.Path(), "keys"), i), lang.KeyOptions, strings.Join(options, ","))
				continue
			}
			if other, seen := keys[string(key.Marshal())]; seen {
				d.Add(data.Indexed(data.Join(t.Path(), "keys"), i), lang.DuplicateKey, other)
				continue
			}
			keys[string(key.Marshal())] = u.Name
			u.Keys = append(u.Keys, key)
		}
		a.Users = append(a.Users, u)
	}
	if err := d.Problems(); err != nil {
		return nil, err
	}
	return a, nil
}
