package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/golden"
)

// run runs factlint in process from the repository root.
func run(t *testing.T, stdin string, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	e := Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv:     func(k string) string { return env[k] },
		Dir:        root,
		IsTerminal: func(io.Writer) bool { return env["TERMINAL"] == "yes" },
	}
	code = Main(args, e)
	return out.String(), errb.String(), code
}

func TestSeedsGolden(t *testing.T) {
	t.Chdir("../..")
	for _, tc := range []struct {
		format, golden string
	}{
		{"text", "testdata/seeds.text.golden"},
		{"json", "testdata/seeds.json.golden"},
		{"sarif", "testdata/seeds.sarif.golden"},
		{"github", "testdata/seeds.github.golden"},
		{"gitlab", "testdata/seeds.gitlab.golden"},
		{"rdjson", "testdata/seeds.rdjson.golden"},
		{"rdjsonl", "testdata/seeds.rdjsonl.golden"},
		{"checkstyle", "testdata/seeds.checkstyle.golden"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out, stderr, code := run(t, "", nil, "check", "--format", tc.format, "testdata/seeds")
			if code != ExitFindings {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, ExitFindings, stderr)
			}
			golden.Check(t, tc.golden, []byte(out))
			if stderr != "5 files: 1 error, 15 warnings\n" {
				t.Errorf("summary line: %q", stderr)
			}
		})
	}
}

// TestFormatsGolden checks positions through Markdown (front matter,
// emphasis, links, comments, code), HTML (entities, a soft hyphen,
// scripts) and CRLF text.
func TestFormatsGolden(t *testing.T) {
	t.Chdir("../..")
	out, stderr, code := run(t, "", nil, "check", "testdata/formats")
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	golden.Check(t, "testdata/formats.text.golden", []byte(out))
	// With every article in one story (a.md keeps its own, from its
	// front matter), the HTML and CRLF articles' facts are compared.
	out, stderr, code = run(t, "", nil, "check", "--group", "all", "testdata/formats")
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	golden.Check(t, "testdata/formats.all.text.golden", []byte(out))
	// Byte offsets (sarif) and byte columns (rdjsonl) through markup,
	// entities and CRLF.
	for _, f := range []string{"sarif", "rdjsonl"} {
		out, stderr, code = run(t, "", nil, "check", "--group", "all", "--format", f, "testdata/formats")
		if code != ExitFindings {
			t.Fatalf("%s: exit %d; stderr:\n%s", f, code, stderr)
		}
		golden.Check(t, "testdata/formats.all."+f+".golden", []byte(out))
	}
}

// TestSeedsFindings names the findings the issue asks for on the seeds, so
// that a golden update cannot silently lose one.
func TestSeedsFindings(t *testing.T) {
	t.Chdir("../..")
	out, _, _ := run(t, "", nil, "check", "testdata/seeds")
	for _, want := range []string{
		`testdata/seeds/002_c0abcde98bb05141.txt:5:34: error: "Putting" looks like a misspelling of "Putin" (named 19 times in 5 articles) [name.typo]`,
		`testdata/seeds/000_60113713ec3ca20b.txt:12:70: warning: "Defence" here, but "Defense"`,
		`testdata/seeds/001_a40eac292bb8ed9e.txt:3:70: warning: "Defence" here, but "Defense"`,
		`testdata/seeds/002_c0abcde98bb05141.txt:2:28: warning: "Kim Jong-un" here, but "Kim Jong Un"`,
		`testdata/seeds/004_61fb5dc23dbdb749.txt:39:107: warning: "Kim Jong-Un" here, but "Kim Jong Un"`,
		`testdata/seeds/003_306b098ac814c2c8.txt:9:21: warning: "Mr." here, but "Mr" 5 times in this article`,
		`testdata/seeds/000_60113713ec3ca20b.txt:1:1: warning: "Audio By Carbonatix" looks like page furniture`,
		`testdata/seeds/000_60113713ec3ca20b.txt:17:1: warning: "Latest Stories" and the 31 lines after it`,
		`testdata/seeds/003_306b098ac814c2c8.txt:13:67: warning: "Mr." is followed by "This", not by a name`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing finding:\n  %s", want)
		}
	}
	// Nothing else is an error: only the misspelt name.
	if n := strings.Count(out, ": error: "); n != 1 {
		t.Errorf("%d errors, want 1:\n%s", n, out)
	}
}

func TestJSONShape(t *testing.T) {
	t.Chdir("../..")
	out, _, _ := run(t, "", nil, "check", "--format=json", "testdata/seeds")
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, k := range []string{"tool", "version", "files_checked", "diagnostics"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("missing key %q", k)
		}
	}
	if doc["tool"] != "factlint" || doc["files_checked"] != float64(5) {
		t.Errorf("tool/files_checked = %v/%v", doc["tool"], doc["files_checked"])
	}
	var typo map[string]any
	for _, d := range doc["diagnostics"].([]any) {
		m := d.(map[string]any)
		if m["rule"] == "name.typo" {
			typo = m
		}
		if r, ok := m["related"]; ok && len(r.([]any)) == 0 {
			t.Errorf("empty related must be omitted: %v", m)
		}
	}
	if typo == nil {
		t.Fatal("no name.typo diagnostic")
	}
	want := map[string]any{"file": "testdata/seeds/002_c0abcde98bb05141.txt", "line": 5.0, "column": 34.0, "end_line": 5.0, "end_column": 41.0, "severity": "error"}
	for k, v := range want {
		if typo[k] != v {
			t.Errorf("%s = %v, want %v", k, typo[k], v)
		}
	}
	if fix, _ := typo["fix"].(map[string]any); fix["replacement"] != "Putin" {
		t.Errorf("fix = %v", typo["fix"])
	}
	if _, ok := typo["fact"]; ok {
		t.Errorf("empty fact must be omitted")
	}
}

func TestExitCodes(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.md")
	writeFile(t, clean, "# Title\n\nThe council met on Monday and agreed the budget.\n")
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	badCfg := filepath.Join(dir, "bad.toml")
	writeFile(t, badCfg, "fail_levle = \"warning\"\n")
	for _, tc := range []struct {
		name   string
		args   []string
		want   int
		stderr string
	}{
		{"findings", []string{"check", "testdata/seeds"}, ExitFindings, "5 files: "},
		{"fail level none", []string{"check", "--fail-level", "none", "testdata/seeds"}, ExitClean, ""},
		{"fail level warning on clean copy", []string{"check", "--fail-level=warning", clean}, ExitClean, "1 file: no findings"},
		{"missing path", []string{"check", filepath.Join(dir, "nope.txt"), clean}, ExitError, "nope.txt: no such file or directory"},
		{"no articles", []string{"check", empty}, ExitError, "no articles found"},
		{"bad config", []string{"check", "--config", badCfg, clean}, ExitError, `bad.toml:1:1: unknown key "fail_levle" (did you mean "fail_level"?)`},
		{"bad fail level", []string{"check", "--fail-level", "fatal", clean}, ExitError, "unknown fail level"},
		{"bad format", []string{"check", "--format", "xml", clean}, ExitError, "unknown format"},
		{"bad group", []string{"check", "--group", "story", clean}, ExitError, `--group: unknown story mode "story" (want auto, dir or all)`},
		{"group by directory", []string{"check", "--group", "dir", "testdata/stories/quake", "testdata/stories/ship"}, ExitClean, "8 files: no findings"},
		{"no paths", []string{"check"}, ExitError, "needs at least one file"},
		{"unknown command", []string{"lint"}, ExitError, `unknown command "lint"`},
		{"version", []string{"version"}, ExitClean, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, stderr, code := run(t, "", nil, tc.args...)
			if code != tc.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.want, stderr)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.stderr)
			}
		})
	}
}

func TestUnreadableFileStillChecksTheRest(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	writeFile(t, good, "Officials said the talks in Geneva would resume. Officials in Geneva agreed. Geneva is calm. The talks in Genvea went on.\n")
	bad := filepath.Join(dir, "b.txt")
	writeFile(t, bad, "text")
	if os.Geteuid() == 0 {
		// root reads any file whatever its mode: read through a file as
		// if it were a directory instead, which fails for root too.
		bad = filepath.Join(bad, "x.txt")
	} else if err := os.Chmod(bad, 0); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, "", nil, "check", good, bad)
	if code != ExitError {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(stderr, "b.txt") {
		t.Errorf("stderr does not name the bad file: %q", stderr)
	}
	if !strings.Contains(out, `"Genvea" looks like a misspelling of "Geneva"`) {
		t.Errorf("the readable file was not checked:\n%s", out)
	}
}

func TestBinaryAndInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "photo.txt")
	writeFile(t, bin, "GIF89a\x00\x01\x02")
	bad := filepath.Join(dir, "bad.txt")
	writeFile(t, bad, "Line one.\nA caf\xe9 in Paris.\n")
	out, stderr, code := run(t, "", nil, "check", bin, bad)
	if !strings.Contains(stderr, "photo.txt: binary file") {
		t.Errorf("binary file not reported: %q", stderr)
	}
	if !strings.Contains(out, "bad.txt:2:6: error: invalid UTF-8 byte 0xe9") {
		t.Errorf("invalid UTF-8 not reported at its position:\n%s", out)
	}
	if code != ExitFindings {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stderr, "1 file: 1 error") {
		t.Errorf("summary: %q", stderr)
	}
}

func TestStdin(t *testing.T) {
	copyText := "Officials in Geneva said talks in Geneva would resume. Geneva was calm, and the talks in Genvea went on.\n"
	out, _, code := run(t, copyText, nil, "check", "--stdin-name", "story.txt", "-")
	if code != ExitFindings || !strings.HasPrefix(out, "story.txt:1:") {
		t.Errorf("exit %d, out:\n%s", code, out)
	}
}

func TestColor(t *testing.T) {
	t.Chdir("../..")
	const esc = "\x1b["
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want bool
	}{
		{"piped", nil, nil, false},
		{"terminal", map[string]string{"TERMINAL": "yes"}, nil, true},
		{"NO_COLOR on a terminal", map[string]string{"TERMINAL": "yes", "NO_COLOR": "1"}, nil, false},
		{"never on a terminal", map[string]string{"TERMINAL": "yes"}, []string{"--color=never"}, false},
		{"always when piped", nil, []string{"--color=always"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"check"}, tc.args...)
			args = append(args, "testdata/seeds")
			out, _, _ := run(t, "", tc.env, args...)
			if got := strings.Contains(out, esc); got != tc.want {
				t.Errorf("colour = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDeterministicAcrossJobs(t *testing.T) {
	t.Chdir("../..")
	first, _, _ := run(t, "", nil, "check", "--format=json", "--jobs=1", "testdata/seeds")
	for _, j := range []string{"2", "8"} {
		out, _, _ := run(t, "", nil, "check", "--format=json", "--jobs="+j, "testdata/seeds")
		if out != first {
			t.Errorf("--jobs=%s output differs from --jobs=1", j)
		}
	}
}

func TestRulesCommand(t *testing.T) {
	out, _, code := run(t, "", nil, "rules")
	if code != ExitClean {
		t.Fatalf("exit %d", code)
	}
	for _, id := range []string{"name.typo", "name.variant", "style.honorific-stop", "spelling.title-words", "style.title-without-name", "boilerplate.furniture", "boilerplate.story-list"} {
		if !strings.Contains(out, id) {
			t.Errorf("rules does not list %s", id)
		}
	}
	out, _, code = run(t, "", nil, "rules", "name.typo")
	if code != ExitClean || !strings.Contains(out, "kind:     typo") || !strings.Contains(out, "Example:") {
		t.Errorf("rules name.typo: exit %d\n%s", code, out)
	}
	_, stderr, code := run(t, "", nil, "rules", "no.such")
	if code != ExitError || !strings.Contains(stderr, `no rule has the id "no.such"`) {
		t.Errorf("unknown id: exit %d %q", code, stderr)
	}
}

func TestInit(t *testing.T) {
	seeds, err := filepath.Abs("../../testdata/seeds")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb, Dir: dir, Getenv: func(string) string { return "" }}
	if code := Main([]string{"init"}, env); code != ExitClean {
		t.Fatalf("init: exit %d %s", code, errb.String())
	}
	cfg := filepath.Join(dir, ".factlint.toml")
	data, err := os.ReadFile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	// The starter config loads without error.
	_, stderr, code := run(t, "", nil, "check", "--config", cfg, "--fail-level=none", seeds)
	if code != ExitClean {
		t.Errorf("starter config does not load: %s", stderr)
	}
	// A second init keeps the file.
	writeFile(t, cfg, "# mine\n")
	if code := Main([]string{"init"}, env); code != ExitError {
		t.Errorf("second init: exit %d, want 2", code)
	}
	if got, _ := os.ReadFile(cfg); string(got) != "# mine\n" {
		t.Errorf("init replaced an existing file without --force")
	}
	if code := Main([]string{"init", "--force"}, env); code != ExitClean {
		t.Errorf("init --force: exit %d", code)
	}
	if got, _ := os.ReadFile(cfg); !bytes.Equal(got, data) {
		t.Errorf("init --force did not write the starter")
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	article := "Officials in Geneva met. Talks in Geneva went on. Geneva was calm. Reporters in Genvea waited.\n"
	for _, f := range []string{"a.txt", "sub/b.md", "sub/c.story", ".hidden/d.txt", ".git/e.txt", "sub/notes.json"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		text := article
		if f != "a.txt" {
			text = strings.ReplaceAll(article, "Genvea", "Geneva")
		}
		writeFile(t, p, text)
	}
	// A link back to the top must not loop.
	if err := os.Symlink(dir, filepath.Join(dir, "sub", "loop")); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "cfg.toml")
	writeFile(t, cfg, "include = [\"*.story\"]\nfail_level = \"warning\"\n")
	out, stderr, code := run(t, "", nil, "check", "--config", cfg, "--format=json", dir)
	if code != ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		FilesChecked int `json:"files_checked"`
		Diagnostics  []struct {
			File string `json:"file"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	if res.FilesChecked != 3 {
		t.Errorf("checked %d files, want a.txt, sub/b.md and sub/c.story", res.FilesChecked)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].File != filepath.Join(dir, "a.txt") {
		t.Errorf("diagnostics %+v, want the typo in a.txt", res.Diagnostics)
	}
	for _, d := range res.Diagnostics {
		if strings.Contains(d.File, ".hidden") || strings.Contains(d.File, ".git") || strings.Contains(d.File, "loop") {
			t.Errorf("checked %s", d.File)
		}
	}
}

func TestConfigFailLevel(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	// Only a warning: the honorific with no name.
	writeFile(t, a, "He met Mr. This happened later.\n")
	cfg := filepath.Join(dir, ".factlint.toml")
	writeFile(t, cfg, "fail_level = \"warning\"\n")
	if _, _, code := run(t, "", nil, "check", "--config", cfg, a); code != ExitFindings {
		t.Errorf("fail_level = warning in the config: exit %d, want 1", code)
	}
	if _, _, code := run(t, "", nil, "check", "--config", cfg, "--fail-level=error", a); code != ExitClean {
		t.Errorf("--fail-level overrides the config: exit %d, want 0", code)
	}
	if _, _, code := run(t, "", nil, "check", a); code != ExitClean {
		t.Errorf("default fail level error: exit %d, want 0", code)
	}
}
