package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestFoldIsLiterals checks foldIs's premise: among the ASCII letters
// only k and s fold to a character of another width, and every literal
// the package passes to foldIs is of lower-case ASCII letters other
// than those two, so that foldIs gives what strings.EqualFold gives.
func TestFoldIsLiterals(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		wide := false
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f >= 0x80 {
				wide = true
			}
		}
		if want := c == 'k' || c == 's'; wide != want {
			t.Errorf("%c: folds to a non-ASCII character %v, want %v", c, wide, want)
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	calls := 0
	var lits []string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "foldIs" {
				return true
			}
			calls++
			lit, ok := call.Args[1].(*ast.BasicLit)
			if !ok {
				t.Errorf("%s: foldIs with a lit that is no literal", fset.Position(call.Pos()))
				return true
			}
			s, _ := strconv.Unquote(lit.Value)
			if s == "" || strings.Trim(s, "abcdefghijlmnopqrtuvwxyz") != "" {
				t.Errorf("%s: foldIs(_, %s): the literal must be of lower-case ASCII letters other than k and s", fset.Position(call.Pos()), lit.Value)
			}
			lits = append(lits, s)
			return true
		})
	}
	if calls == 0 {
		t.Error("no call of foldIs found")
	}
	for _, c := range []struct{ w, lit string }{
		{"Between", "between"}, {"BETWEEN", "between"}, {"betwee", "between"}, {"betweens", "between"},
		{"of", "of"}, {"Of", "of"}, {"off", "of"}, {"", "of"}, {"ﬀ", "of"},
	} {
		if got, want := foldIs(c.w, c.lit), strings.EqualFold(c.w, c.lit); got != want {
			t.Errorf("foldIs(%q, %q) = %v, EqualFold %v", c.w, c.lit, got, want)
		}
	}
	// Every literal passed, against words of its length that differ
	// from it in one byte by every byte value (bytes that are the
	// letter with bit 0x20 cleared or set among them), and in case.
	for _, lit := range lits {
		ws := []string{lit, strings.ToUpper(lit), strings.ToUpper(lit[:1]) + lit[1:]}
		for i := range lit {
			for b := range 256 {
				ws = append(ws, lit[:i]+string([]byte{byte(b)})+lit[i+1:])
			}
		}
		for _, w := range ws {
			if got, want := foldIs(w, lit), strings.EqualFold(w, lit); got != want {
				t.Errorf("foldIs(%q, %q) = %v, EqualFold %v", w, lit, got, want)
			}
		}
	}
}

// TestIsRateWord checks isRateWord against rateWords: on the words of
// every case of each rate word, on words near them, and on the premise
// that only İ and the Kelvin sign lower-case to an ASCII letter from
// beyond ASCII.
func TestIsRateWord(t *testing.T) {
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < 0x80 && r != 0x130 && r != 0x212a {
			t.Errorf("%U lower-cases to %q", r, l)
		}
	}
	ws := []string{"", "A", "a", "b", "@", "!", "An", "AN", "aN", "and", "Per", "PER", "pe", "perk", "Each", "EACH", "eac", "every", "Every", "EVERY", "evert",
		"İ", "\u212a", "ａ", "per\u0130", "évery", "a\x00", "\xff"}
	for w := range rateWords {
		ws = append(ws, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range ws {
		if got, want := isRateWord(w), rateWords[strings.ToLower(w)]; got != want {
			t.Errorf("isRateWord(%q) = %v, rateWords %v", w, got, want)
		}
	}
}
