package checker_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/rules"
)

// freshInjection is one error injected into one clean article of
// testdata/fresh: the first occurrence of Old in File becomes New.
type freshInjection struct {
	Story, File, Old, New string
}

// TestFreshStories measures fact recall on stories written after the rules
// were tuned (testdata/fresh): each error of testdata/fresh/injected.toml
// is applied alone, the story is checked, and the error is found when a
// finding starts on its line. The clean copies must give no finding at
// all: every alarm there is noise. The count found must not fall below the floor measured
// when the test was written; a change that gains findings should raise it.
func TestFreshStories(t *testing.T) {
	const floor = 35 // 37 of 72 found when strike and outbreak were added, minus 2
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join("..", "testdata", "fresh")
	var spec struct{ Injection []freshInjection }
	if _, err := toml.DecodeFile(filepath.Join(root, "injected.toml"), &spec); err != nil {
		t.Fatal(err)
	}
	stories := map[string][]checker.Input{}
	for _, inj := range spec.Injection {
		if stories[inj.Story] != nil {
			continue
		}
		stories[inj.Story], _ = readStoryDir(t, filepath.Join(root, inj.Story))
	}
	for name, in := range stories {
		res, err := checker.Check(in, checker.Options{Rules: set, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, dg := range res.Diagnostics {
			t.Errorf("clean %s: %s:%d: %s [%s]", name, dg.File, dg.Start.Line, dg.Message, dg.Rule)
		}
	}
	found := 0
	for _, inj := range spec.Injection {
		in := slices.Clone(stories[inj.Story])
		i := slices.IndexFunc(in, func(c checker.Input) bool { return c.Path == inj.Story+"/"+inj.File })
		if i < 0 {
			t.Fatalf("%s/%s: no such article", inj.Story, inj.File)
		}
		src := string(in[i].Src)
		at := strings.Index(src, inj.Old)
		if at < 0 {
			t.Fatalf("%s/%s: %q not in the article", inj.Story, inj.File, inj.Old)
		}
		in[i].Src = []byte(src[:at] + inj.New + src[at+len(inj.Old):])
		line := strings.Count(src[:at], "\n") + 1
		res, err := checker.Check(in, checker.Options{Rules: set, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		hit := slices.ContainsFunc(res.Diagnostics, func(dg diag.Diagnostic) bool {
			return dg.File == in[i].Path && dg.Start.Line == line
		})
		if hit {
			found++
			t.Logf("found:  %s/%s:%d %q -> %q", inj.Story, inj.File, line, inj.Old, inj.New)
		} else {
			t.Logf("missed: %s/%s:%d %q -> %q", inj.Story, inj.File, line, inj.Old, inj.New)
		}
	}
	t.Logf("%d of %d injected errors found", found, len(spec.Injection))
	if found < floor {
		t.Errorf("found %d of %d injected errors, below the floor of %d", found, len(spec.Injection), floor)
	}
}
