package rules_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/rules"
)

// writeFiles writes name → content into a new directory and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestHostileRuleFiles loads configurations that a careless or hostile
// author could write: each is a clear error at file:line, or loads.
func TestHostileRuleFiles(t *testing.T) {
	outside := writeFiles(t, map[string]string{"other.toml": "[[rule]]\nid = \"x.secret\"\n"})
	for _, tc := range []struct {
		name  string
		files map[string]string
		setup func(t *testing.T, dir string)
		want  string // a part of the error, "" for none
	}{
		{name: "rule file in a parent directory",
			files: map[string]string{"cfg/.factlint.toml": "fail_level = \"error\"\nrule_files = [\"../up.toml\"]\n", "up.toml": ""},
			want:  `.factlint.toml:2:14: rule_files[0]: "../up.toml": outside the configuration's directory`},
		{name: "rule file at an absolute path elsewhere",
			files: map[string]string{".factlint.toml": "rule_files = [\"" + filepath.ToSlash(filepath.Join(outside, "other.toml")) + "\"]\n"},
			want:  `.factlint.toml:1:14: rule_files[0]: "` + filepath.ToSlash(filepath.Join(outside, "other.toml")) + `": outside the configuration's directory`},
		{name: "link inside that leads outside",
			files: map[string]string{".factlint.toml": "rule_files = [\"link.toml\"]\n"},
			setup: func(t *testing.T, dir string) {
				if err := os.Symlink(filepath.Join(outside, "other.toml"), filepath.Join(dir, "link.toml")); err != nil {
					t.Skip("no symlinks here:", err)
				}
			},
			want: `.factlint.toml:1:14: rule_files[0]: "link.toml": outside the configuration's directory`},
		{name: "configuration naming itself",
			files: map[string]string{".factlint.toml": "rule_files = [\".factlint.toml\"]\n"},
			want:  `.factlint.toml:1:14: rule_files[0]: ".factlint.toml" is this configuration file itself`},
		{name: "one file under two spellings is loaded once",
			files: map[string]string{".factlint.toml": "rule_files = [\"r/a.toml\", \"./r/a.toml\", \"r/../r/a.toml\"]\n",
				"r/a.toml": "[[rule]]\nid = \"x.one\"\nkind = \"pattern\"\npattern = 'zz'\nmessage = \"m\"\n"}},
		{name: "rule file that is not UTF-8",
			files: map[string]string{".factlint.toml": "rule_files = [\"latin1.toml\"]\n",
				"latin1.toml": "# ok\n[[rule]]\nid = \"x.latin\"\nkind = \"pattern\"\npattern = 'caf\xe9'\nmessage = \"m\"\n"},
			want: `latin1.toml:5:15: not valid UTF-8`},
		{name: "pattern matching the empty string",
			files: map[string]string{".factlint.toml": "[[rule]]\nid = \"x.empty\"\nkind = \"pattern\"\npattern = 'a*'\nmessage = \"m\"\n"},
			want:  `.factlint.toml:4:11: rule "x.empty": pattern matches the empty string`},
		{name: "backreference (a backtracking feature) is refused",
			files: map[string]string{".factlint.toml": "[[rule]]\nid = \"x.back\"\nkind = \"pattern\"\npattern = '(a)\\1'\nmessage = \"m\"\n"},
			want:  `.factlint.toml:4:11: rule "x.back": pattern is not a valid regular expression`},
		{name: "a FIFO, which would block a reader, is refused",
			files: map[string]string{".factlint.toml": "rule_files = [\"fifo.toml\"]\n"},
			setup: func(t *testing.T, dir string) {
				if err := syscall.Mkfifo(filepath.Join(dir, "fifo.toml"), 0o644); err != nil {
					t.Skip("no FIFOs here:", err)
				}
			},
			want: `.factlint.toml:1:14: rule_files[0]: cannot read "fifo.toml": not a regular file`},
		{name: "a rule file over the size limit",
			files: map[string]string{".factlint.toml": "rule_files = [\"big.toml\"]\n",
				"big.toml": "# " + strings.Repeat("x", rules.MaxRuleFileSize) + "\n"},
			want: `.factlint.toml:1:14: rule_files[0]: cannot read "big.toml": larger than 8 MiB`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, tc.files)
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			cfg := filepath.Join(dir, ".factlint.toml")
			if _, err := os.Stat(cfg); err != nil {
				cfg = filepath.Join(dir, "cfg", ".factlint.toml")
			}
			_, err := rules.Load(cfg)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Load: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(filepath.ToSlash(err.Error()), tc.want) {
				t.Fatalf("error:\n%v\nwant it to contain:\n%s", err, tc.want)
			}
		})
	}
}

// TestManyRulesAndHugeLexicon loads 10,000 rules and a lexicon of 20,000
// names and checks an article with them: the loader and the rules cope
// with sizes far beyond a desk's (speed is measured by
// BenchmarkHostileLoad, not here).
func TestManyRulesAndHugeLexicon(t *testing.T) {
	dir := writeFiles(t, map[string]string{".factlint.toml": hostileConfig(10000, 20000)})
	set, err := rules.Load(filepath.Join(dir, ".factlint.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(set.Rules); got < 10001 {
		t.Fatalf("%d rules loaded, want at least 10,001", got)
	}
	res, err := checker.Check([]checker.Input{{Path: "a.txt", Src: []byte("Word7 met Name123 Surname123 and word9999 left.\n")}}, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, d := range res.Diagnostics {
		found[d.Rule] = true
	}
	for _, id := range []string{"x.p7", "x.p9999"} {
		if !found[id] {
			t.Errorf("rule %s did not report; findings: %v", id, found)
		}
	}
}

// hostileConfig is a configuration with n pattern rules and a names rule
// with a lexicon of names entries.
func hostileConfig(n, names int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "[[rule]]\nid = \"x.p%d\"\nkind = \"pattern\"\npattern = '(?i)\\bword%d\\b'\nmessage = \"m\"\n", i, i)
	}
	b.WriteString("[[rule]]\nid = \"x.names\"\nkind = \"names\"\n")
	for i := range names {
		fmt.Fprintf(&b, "[[rule.name]]\nname = \"Name%d Surname%d\"\nvariants = [\"Nam%d Surname%d\"]\n", i, i, i, i)
	}
	return b.String()
}

// BenchmarkHostileLoad loads 10,000 rules and a 50,000-name lexicon.
func BenchmarkHostileLoad(b *testing.B) {
	dir := b.TempDir()
	cfg := filepath.Join(dir, ".factlint.toml")
	if err := os.WriteFile(cfg, []byte(hostileConfig(10000, 50000)), 0o644); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := rules.Load(cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCatastrophicPattern runs patterns that take exponential time in a
// backtracking engine over a long run of text that almost matches: Go's
// regexp is linear, so this returns (a backtracking engine would not).
func TestCatastrophicPattern(t *testing.T) {
	dir := writeFiles(t, map[string]string{".factlint.toml": "default_rules = false\n" +
		"[[rule]]\nid = \"x.nested\"\nkind = \"pattern\"\npattern = '(a+)+b'\nmessage = \"m\"\n" +
		"[[rule]]\nid = \"x.alt\"\nkind = \"pattern\"\npattern = '(a|aa)+c'\nmessage = \"m\"\n" +
		"[[rule]]\nid = \"x.rep\"\nkind = \"pattern\"\npattern = '(a*)*d{1,1000}'\nmessage = \"m\"\n"})
	set, err := rules.Load(filepath.Join(dir, ".factlint.toml"))
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Repeat("a", 200000) + "!\n"
	res, err := checker.Check([]checker.Input{{Path: "a.txt", Src: []byte(src)}}, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Diagnostics) != 0 {
		t.Errorf("%d findings on text that none of the patterns match", len(res.Diagnostics))
	}
}
