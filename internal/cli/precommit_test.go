package cli

import (
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	_ "github.com/factlint/factlint/internal/golden"
	"github.com/factlint/factlint/rules"
)

// TestPreCommitHooksFile checks .pre-commit-hooks.yaml: the two hooks,
// their commands, and that their file pattern takes the extensions of
// the default configuration.
func TestPreCommitHooksFile(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(repoRoot, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	hooks := map[string]map[string]string{}
	var cur map[string]string
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		if id, ok := strings.CutPrefix(line, "- id: "); ok {
			cur = map[string]string{}
			hooks[id] = cur
			continue
		}
		k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
		if !ok || cur == nil || !strings.HasPrefix(line, "  ") {
			t.Fatalf("unexpected line %q", line)
		}
		cur[k] = v
	}
	want := map[string]map[string]string{
		"factlint":       {"entry": "factlint check --staged", "language": "golang", "pass_filenames": "false", "require_serial": "true"},
		"factlint-files": {"entry": "factlint check", "language": "golang", "pass_filenames": "true", "require_serial": "true"},
	}
	if len(hooks) != len(want) {
		t.Errorf("hooks %v, want %v", slices.Sorted(maps.Keys(hooks)), slices.Sorted(maps.Keys(want)))
	}
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	for id, keys := range want {
		h := hooks[id]
		for k, v := range keys {
			if h[k] != v {
				t.Errorf("%s: %s = %q, want %q", id, k, h[k], v)
			}
		}
		re, err := regexp.Compile(strings.Trim(h["files"], "'"))
		if err != nil {
			t.Fatalf("%s: files: %v", id, err)
		}
		for _, ext := range set.Extensions {
			for _, name := range []string{"copy/a" + ext, "B" + strings.ToUpper(ext)} {
				if !re.MatchString(name) {
					t.Errorf("%s: files does not match %s", id, name)
				}
			}
		}
		for _, name := range []string{"main.go", "a.txt.orig", "notes.json"} {
			if re.MatchString(name) {
				t.Errorf("%s: files matches %s", id, name)
			}
		}
	}
}
