package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixLeavesTypoTie checks that a one-use-each name.typo tie (one
// person spelt two ways, once each, after the same given name) is
// reported on both sides and that --fix writes neither file: with
// nothing to tell which spelling is right, a fix would as likely turn
// the right one into the slip.
func TestFixLeavesTypoTie(t *testing.T) {
	_, dir := living(t)
	files := map[string]string{
		"a.txt": "Judge Pavla Kesting ruled on the appeal on Monday.\n",
		"b.txt": "Officials said Pavla Ketsing agreed with the ruling.\n",
	}
	for name, text := range files {
		writeFile(t, filepath.Join(dir, name), text)
	}
	for _, args := range [][]string{
		{"check", "--group", "all", "a.txt", "b.txt"},
		{"check", "--group", "all", "--fix", "a.txt", "b.txt"},
	} {
		out, stderr, code := runIn(dir, "", args...)
		if code != ExitClean {
			t.Fatalf("%v: exit %d, want %d (warnings do not fail the run); stderr %q", args, code, ExitClean, stderr)
		}
		for _, want := range []string{
			`a.txt:1:13: warning: "Kesting" here; "Ketsing" in b.txt:1`,
			`b.txt:1:22: warning: "Ketsing" here; "Kesting" in a.txt:1`,
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, out)
			}
		}
		for name, text := range files {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != text {
				t.Errorf("%v changed %s to %q", args, name, got)
			}
		}
	}
}
