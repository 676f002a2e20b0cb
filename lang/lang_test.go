package lang

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryKeyHasEveryLanguage reads the key constants from keys.go (and
// the keys_*.go files a feature keeps its own in) and checks each
// catalogue has a text for every one, and nothing else.
func TestEveryKeyHasEveryLanguage(t *testing.T) {
	files, _ := filepath.Glob("keys*.go")
	keys := map[Key]bool{}
	for _, file := range files {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if v, ok := n.(*ast.ValueSpec); ok {
				for _, name := range v.Names {
					keys[Key(name.Name)] = true
				}
			}
			return true
		})
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d keys in keys.go", len(keys))
	}
	for l, cat := range catalogues {
		for k := range keys {
			if strings.TrimSpace(cat[k]) == "" {
				t.Errorf("%s has no text for %s", l.Code(), k)
			}
		}
		for k := range cat {
			if !keys[k] {
				t.Errorf("%s has a text for %s, which keys.go does not declare", l.Code(), k)
			}
		}
	}
}

func TestNumbersInEachLanguage(t *testing.T) {
	tests := []struct {
		l    Lang
		v    float64
		want string
	}{
		{Da, 1750, "1.750"},
		{Da, 47.1, "47,1"},
		{Da, 1234567.891, "1.234.567,89"},
		{Da, -0.5, "-0,5"},
		{Da, 3.9000000000000057, "3,9"},
		{Da, -0.001, "0"},
		{En, 1750, "1,750"},
		{En, 47.1, "47.1"},
		{Da, 100, "100"},
	}
	for _, tt := range tests {
		if got := tt.l.Number(tt.v); got != tt.want {
			t.Errorf("%s Number(%v) = %q, want %q", tt.l.Code(), tt.v, got, tt.want)
		}
	}
	if got := Da.Percent(0.471); got != "47 %" {
		t.Errorf("Da.Percent = %q", got)
	}
	if got := En.Value(47.1, "%"); got != "47.1%" {
		t.Errorf("En.Value = %q", got)
	}
	if got := Da.Value(47.1, "%"); got != "47,1 %" {
		t.Errorf("Da.Value = %q", got)
	}
}

func TestKeysInsideMessagesAreTranslated(t *testing.T) {
	args := []any{"value", TypeNumber, TypeText}
	if got := En.T(WrongType, args...); got != "value must be a number, but is text in quotes" {
		t.Errorf("got %q", got)
	}
	if got := Da.T(WrongType, args...); got != "value skal være et tal, men er tekst i anførselstegn" {
		t.Errorf("rendering twice must not change the arguments: got %q", got)
	}
}

func TestChooseLanguage(t *testing.T) {
	t.Setenv("BESKPLAN_LANG", "en")
	if l, err := Choose(""); err != nil || l != En {
		t.Errorf("BESKPLAN_LANG=en: got %v %v", l, err)
	}
	if l, err := Choose("da"); err != nil || l != Da {
		t.Errorf("--lang da wins over the environment: got %v %v", l, err)
	}
	if _, err := Choose("fr"); err == nil {
		t.Error("an unknown language must be refused")
	}
}
