package checker_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/rules"
)

func TestZZMainNoise(t *testing.T) {
	set, _ := rules.LoadDefault()
	for _, root := range []string{"fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7"} {
		root = filepath.Join("../testdata", root)
		var spec struct{ Injection []freshInjection }
		toml.DecodeFile(filepath.Join(root, "injected.toml"), &spec)
		stories := map[string][]checker.Input{}
		for _, inj := range spec.Injection {
			if stories[inj.Story] == nil {
				stories[inj.Story], _ = readStoryDir(t, filepath.Join(root, inj.Story))
			}
		}
		for _, inj := range spec.Injection {
			in := slices.Clone(stories[inj.Story])
			path := inj.Story + "/" + inj.File
			i := slices.IndexFunc(in, func(c checker.Input) bool { return c.Path == path })
			src := string(in[i].Src)
			at := strings.Index(src, inj.Old)
			in[i].Src = []byte(src[:at] + inj.New + src[at+len(inj.Old):])
			line := strings.Count(src[:at], "\n") + 1
			res, _ := checker.Check(in, checker.Options{Rules: set, Jobs: 1})
			for _, dg := range res.Diagnostics {
				if strings.Contains(dg.Message, "main event") {
					tag := "NOISE"
					if dg.File == path && dg.Start.Line == line {
						tag = "HIT"
					}
					fmt.Printf("%s %s %s:%d %s [inj %s:%d %q->%q]\n", tag, root, dg.File, dg.Start.Line, dg.Message, path, line, inj.Old, inj.New)
				}
			}
		}
	}
}
