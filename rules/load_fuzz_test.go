package rules_test

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/tomlx"
	"github.com/factlint/factlint/rules"
)

// FuzzLoad loads any bytes as a configuration: the loader never panics,
// every error it returns names the file with a line and column, and a
// configuration that loads checks an article without a panic.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"", "fail_level = \"warning\"\n", "default_rules = false\n[[rule]]\nid = \"x.a\"\nkind = \"pattern\"\npattern = '\\bzz\\b'\nmessage = \"$0\"\nreplacement = \"y\"\n",
		"[[rule]]\nid = \"x.n\"\nkind = \"names\"\n[[rule.name]]\nname = \"Ann Lee\"\nvariants = [\"Anne Lee\"]\n",
		"[[rule]]\nid = \"x.t\"\nkind = \"typo\"\n", "[[rule]]\nid = \"x.c\"\nkind = \"consistency\"\nvariants = ['a(?P<m>b)', 'c']\n",
		"[[rule]]\nid = \"x.f\"\nkind = \"fact\"\n", "[[unit]]\nname = \"furlong\"\ndimension = \"length\"\nfactor = 201.168\nforms = [\"furlongs\"]\n",
		"[document]\ndatelines = ['^(?P<date>\\d{4}-\\d{2}-\\d{2})']\n", "[rules]\n\"name.typo\" = { severity = \"info\" }\n",
		"rule_files = [\"../x.toml\", \"/etc/passwd\", \"x.toml\"]\n", "[[rule]]\nid = \"x.e\"\nkind = \"pattern\"\npattern = 'a*'\n",
		"a = \"\xff\"\n", "[[rule]]\n[[rule]]\n[rule\n", "include = [\"[\"]\nextensions = [\"\"]\n",
	} {
		f.Add([]byte(s))
	}
	article := []checker.Input{{Path: "a.txt", Src: []byte("date 2023-09-11 Ann Lee and Anne Lee met on Monday, Sept. 12, 2023. zz ran 130 km (95 miles), 3 furlongs.\n")}}
	f.Fuzz(func(t *testing.T, src []byte) {
		path := filepath.Join(t.TempDir(), ".factlint.toml")
		set, err := rules.LoadBytes(path, src)
		if err != nil {
			for _, e := range unwrapAll(err) {
				var te *tomlx.Error
				if !errors.As(e, &te) || te.File == "" || te.Line < 1 || te.Col < 1 {
					t.Fatalf("error without file:line:col: %v", e)
				}
			}
			return
		}
		if _, err := checker.Check(article, checker.Options{Rules: set, Jobs: 1}); err != nil {
			t.Fatalf("Check: %v", err)
		}
	})
}

// unwrapAll flattens errors.Join trees.
func unwrapAll(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok { // walks the join tree itself
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unwrapAll(e)...)
		}
		return out
	}
	return []error{err}
}
