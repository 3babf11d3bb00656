package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/internal/golden"
)

// living sets up a test of the living flags: the repository's root
// (absolute, before the working directory changes) and a temporary
// working directory with an empty configuration, so that the one found
// upward is never the user's.
func living(t *testing.T) (root, dir string) {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	writeFile(t, filepath.Join(dir, ".factlint.toml"), "# the defaults\n")
	t.Chdir(dir)
	return root, dir
}

func goldenPath(root, name string) string { return filepath.Join(root, "testdata", "living", name) }

// runIn runs factlint in process with dir as the working directory.
func runIn(dir, stdin string, args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	e := Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" }, Dir: dir,
		IsTerminal: func(io.Writer) bool { return false },
	}
	code = Main(args, e)
	return out.String(), errb.String(), code
}

const genevaTypo = "Officials in Geneva said talks in Geneva would resume. Geneva was calm, and the talks in Genvea went on."

// TestSuppressionsEndToEnd checks the directives of the three markups
// through the command: the findings they cover are not reported and do
// not fail the run, and a directive that covers nothing, or names an
// unknown rule, is reported where it is written.
func TestSuppressionsEndToEnd(t *testing.T) {
	root, dir := living(t)
	files := map[string]string{
		"a.md": "# Talks resume\n\n<!-- factlint-disable-next-line name.typo -- the desk checked it -->\n" + genevaTypo +
			"\n\n<!-- factlint-disable-next-line style.title-without-name -->\nThe mayor spoke later.\n",
		"b.txt": "Officials in Geneva said talks in Geneva would resume.\n%% factlint-disable name.*\n" +
			"Geneva was calm, and the talks in Genvea went on.\n%% factlint-enable name.*\n\n" +
			"%% factlint-disable-next-line name.typi\nHe met Mr. This happened later.\n",
		"c.html": "<html><body>\n<p>Officials in Geneva said talks in Geneva would resume.</p>\n" +
			"<!-- factlint-disable-next-line name.typo -->\n<p>Geneva was calm, and the talks in Genvea went on.</p>\n" +
			"<p>Mr. This happened later. <!-- factlint-disable-next-line --></p>\n</body></html>\n",
	}
	var all strings.Builder
	for _, name := range []string{"a.md", "b.txt", "c.html"} {
		writeFile(t, filepath.Join(dir, name), files[name])
		// Each file is checked on its own, so that each typo is rare.
		out, stderr, code := runIn(dir, "", "check", name)
		if code != ExitClean {
			t.Errorf("%s: exit %d, want 0: the suppressed typo is the only error\n%s%s", name, code, out, stderr)
		}
		all.WriteString("$ factlint check " + name + "\n" + out + stderr)

		// Without its directives the file has the typo.
		bare := regexp.MustCompile(`(?m)^.*factlint-.*\n`).ReplaceAllString(files[name], "")
		writeFile(t, filepath.Join(dir, "bare-"+name), bare)
		out, _, code = runIn(dir, "", "check", "bare-"+name)
		if code != ExitFindings || !strings.Contains(out, `"Genvea" looks like a misspelling`) {
			t.Errorf("bare-%s: exit %d, want the typo:\n%s", name, code, out)
		}
	}
	golden.Check(t, goldenPath(root, "suppress.golden"), []byte(all.String()))
	for _, want := range []string{
		"a.md:6:33: info: unused factlint-disable-next-line: no style.title-without-name finding starts on line 7 [suppression.unused]",
		`b.txt:6:31: warning: factlint-disable-next-line: unknown rule "name.typi" (did you mean "name.typo"?) [suppression.unknown-rule]`,
		"c.html:5:29: info: unused factlint-disable-next-line: no finding starts on line 6 [suppression.unused]",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("missing: %s", want)
		}
	}
	if strings.Contains(all.String(), "[name.typo]") {
		t.Errorf("a suppressed typo was reported")
	}
	// An unused suppression is info: it fails a run only at that level.
	if _, _, code := runIn(dir, "", "check", "--fail-level", "info", "a.md"); code != ExitFindings {
		t.Errorf("--fail-level info: exit %d, want 1", code)
	}
}

// kyivConfig adds a substitution rule, whose findings have safe fixes,
// to the default rules.
const kyivConfig = `
[[rule]]
id = "place.kyiv"
kind = "pattern"
severity = "error"
pattern = '\bKiev\b'
message = 'write "Kyiv", not "$0"'
replacement = "Kyiv"
`

func TestBaselineRoundTrip(t *testing.T) {
	root, dir := living(t)
	writeFile(t, filepath.Join(dir, ".factlint.toml"), kyivConfig)
	if err := os.Mkdir(filepath.Join(dir, "copy"), 0o755); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(dir, "copy", "a.txt")
	text := "Missiles struck Kiev overnight.\n\nOfficials in Kiev said the city was calm.\n"
	writeFile(t, article, text)

	out, stderr, code := runIn(dir, "", "check", "--write-baseline", "baseline.json", "copy")
	if code != ExitClean || out != "" || stderr != "factlint: wrote 2 findings to baseline.json\n" {
		t.Fatalf("--write-baseline: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "baseline.json"))
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, goldenPath(root, "baseline.golden.json"), data)

	check := func(wantCode int) string {
		t.Helper()
		out, stderr, code := runIn(dir, "", "check", "--baseline", "baseline.json", "copy")
		if code != wantCode {
			t.Errorf("exit %d, want %d\n%s%s", code, wantCode, out, stderr)
		}
		return out + stderr
	}
	if got := check(ExitClean); got != "factlint: 2 findings hidden by the baseline baseline.json\n1 file: no findings\n" {
		t.Errorf("with the baseline:\n%s", got)
	}
	// Lines inserted above the findings, a paragraph re-wrapped: still known.
	writeFile(t, article, "KYIV UPDATE\n\nMissiles struck Kiev\novernight.\n\nOfficials in Kiev said the city was calm.\n")
	if got := check(ExitClean); !strings.Contains(got, "no findings") {
		t.Errorf("after edits above the findings:\n%s", got)
	}
	// A third Kiev is new; the first two stay hidden.
	writeFile(t, article, "KYIV UPDATE\n\nMissiles struck Kiev\novernight.\n\nOfficials in Kiev said the city was calm. Kiev mourned.\n")
	got := check(ExitFindings)
	if want := `copy/a.txt:6:43: error: write "Kyiv", not "Kiev" [place.kyiv]`; !strings.Contains(got, want) || strings.Count(got, "[place.kyiv]") != 1 {
		t.Errorf("a third Kiev:\n%s\nwant only:\n%s", got, want)
	}
	// The baseline is found from another working directory too: its
	// paths are relative to the baseline's directory.
	out, _, code = runIn(filepath.Join(dir, "copy"), "", "check", "--config", filepath.Join(dir, ".factlint.toml"), "--baseline", filepath.Join(dir, "baseline.json"), filepath.Join(dir, "copy", "a.txt"))
	if code != ExitFindings || strings.Count(out, "[place.kyiv]") != 1 {
		t.Errorf("from copy/: exit %d\n%s", code, out)
	}
	// A new finding of another rule is reported.
	writeFile(t, article, "Missiles struck Kiev overnight.\n\nOfficials in Kiev said the city was calm.\n\n"+genevaTypo+"\n")
	if got := check(ExitFindings); !strings.Contains(got, "[name.typo]") || strings.Contains(got, "[place.kyiv]") {
		t.Errorf("a new typo:\n%s", got)
	}
}

func TestBaselineErrors(t *testing.T) {
	_, dir := living(t)
	writeFile(t, filepath.Join(dir, "a.txt"), genevaTypo+"\n")
	writeFile(t, filepath.Join(dir, "bad.json"), "{\"version\": 1,\n\"tool\": \"factlint\",\n\"findings\": [}\n")
	writeFile(t, filepath.Join(dir, "v2.json"), `{"version": 2, "tool": "factlint", "findings": []}`)
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"missing", []string{"--baseline", "none.json"}, "factlint: --baseline none.json: no such file or directory\n"},
		{"not JSON", []string{"--baseline", "bad.json"}, "factlint: --baseline bad.json: 3:14: not valid JSON: invalid character '}' looking for beginning of value\n"},
		{"another version", []string{"--baseline", "v2.json"}, "factlint: --baseline v2.json: baseline version 2 is not supported (this factlint reads version 1; write it again with --write-baseline)\n"},
		{"a directory", []string{"--baseline", "."}, "factlint: --baseline .: is a directory\n"},
		{"not writable", []string{"--write-baseline", "no/such/dir/b.json"}, "factlint: --write-baseline no/such/dir/b.json: no such file or directory\n"},
		{"fix and diff", []string{"--fix", "--diff"}, "factlint: --fix and --diff do not go together"},
		{"write and read", []string{"--write-baseline", "x.json", "--baseline", "bad.json"}, "factlint: --write-baseline does not go with --baseline, --fix or --diff"},
		{"write and fix", []string{"--write-baseline", "x.json", "--fix"}, "factlint: --write-baseline does not go with"},
		{"fix staged", []string{"--fix", "--staged"}, "factlint: --fix and --diff change the files of the work tree, not the index"},
		{"diff staged", []string{"--diff", "--staged"}, "factlint: --fix and --diff change the files of the work tree, not the index"},
		{"fix stdin", []string{"--fix", "-"}, "factlint: --fix cannot write back standard input (-); use --diff to see the fixes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, code := runIn(dir, "", append(append([]string{"check"}, tc.args...), "a.txt")...)
			if code != ExitError || !strings.HasPrefix(stderr, tc.want) || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, stderr, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.json")); err == nil {
		t.Errorf("a refused --write-baseline wrote its file")
	}
}

// snapshot records the bytes, mode and modification time of every file
// under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		st, err := os.Lstat(p)
		if err != nil {
			return err
		}
		data, _ := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = st.Mode().String() + " " + st.ModTime().UTC().Format(time.RFC3339Nano) + " " + string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// copySeeds copies the seed articles to dir/seeds, with old modification
// times, so that a rewrite would show in them.
func copySeeds(t *testing.T, root, dir string) {
	t.Helper()
	seeds, err := filepath.Glob(filepath.Join(root, "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	if err := os.Mkdir(filepath.Join(dir, "seeds"), 0o755); err != nil {
		t.Fatal(err)
	}
	old := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, "seeds", filepath.Base(s))
		writeFile(t, p, string(data))
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
}

const putting = "seeds/002_c0abcde98bb05141.txt"

// TestFixSeed fixes the misspelt name of the seeds: --diff shows the one
// hunk and writes nothing; --fix writes that file alone, atomically,
// keeping its mode, and reports what is left.
func TestFixSeed(t *testing.T) {
	root, dir := living(t)
	copySeeds(t, root, dir)
	p := filepath.Join(dir, putting)
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	orig, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(orig), "Putting"); n != 1 {
		t.Fatalf("the seed has %d Putting, want 1", n)
	}
	before := snapshot(t, dir)

	out, stderr, code := runIn(dir, "", "check", "--diff", "seeds")
	if code != ExitFindings || stderr != "" {
		t.Errorf("--diff: exit %d, stderr %q; want 1 and nothing", code, stderr)
	}
	golden.Check(t, goldenPath(root, "fix.diff.golden"), []byte(out))
	if strings.Count(out, "@@ ") != 1 || !strings.HasPrefix(out, "--- a/"+putting+"\n+++ b/"+putting+"\n@@ -2,7 +2,7 @@\n") ||
		!strings.Contains(out, "\n-According to South Korean media, Putting has already reached Vladivostok") ||
		!strings.Contains(out, "\n+According to South Korean media, Putin has already reached Vladivostok") {
		t.Errorf("--diff is not the one hunk of the typo:\n%s", out)
	}
	if after := snapshot(t, dir); !equalMaps(before, after) {
		t.Errorf("--diff changed files")
	}

	out, stderr, code = runIn(dir, "", "check", "--fix", "seeds")
	if code != ExitClean {
		t.Errorf("--fix: exit %d, want 0 (warnings are left)", code)
	}
	if want := "factlint: fixed " + putting + " (1 finding)\n5 files: 15 warnings\n"; stderr != want {
		t.Errorf("--fix stderr:\n%s\nwant:\n%s", stderr, want)
	}
	if strings.Contains(out, "[name.typo]") || strings.Count(out, "[name.variant]") != 7 {
		t.Errorf("--fix reports:\n%s", out)
	}
	after := snapshot(t, dir)
	if len(after) != len(before) {
		t.Errorf("files before %d, after %d (a temporary file left?)", len(before), len(after))
	}
	for f := range before {
		if f != filepath.FromSlash(putting) && after[f] != before[f] {
			t.Errorf("%s was changed", f)
		}
	}
	fixed, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.Replace(string(orig), "Putting", "Putin", 1); string(fixed) != want {
		t.Errorf("fixed file differs from the original with Putin for Putting")
	}
	if st, err := os.Stat(p); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("mode after --fix: %v %v, want 0640", st.Mode(), err)
	}
	out, stderr, code = runIn(dir, "", "check", "--diff", "seeds")
	if code != ExitClean || out != "" || stderr != "" {
		t.Errorf("--diff after --fix: exit %d %q %q", code, out, stderr)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// TestNoWritesWithoutFix: check, with any flag but --fix and
// --write-baseline, changes no file: bytes, modes and times stay.
func TestNoWritesWithoutFix(t *testing.T) {
	root, dir := living(t)
	copySeeds(t, root, dir)
	if _, _, code := runIn(dir, "", "check", "--write-baseline", "b.json", "seeds"); code != ExitClean {
		t.Fatal("--write-baseline failed")
	}
	writeFile(t, filepath.Join(dir, "seeds", "new.txt"), genevaTypo+"\n")
	before := snapshot(t, dir)
	for _, args := range [][]string{
		{"check", "seeds"},
		{"check", "--format", "json", "seeds"},
		{"check", "--diff", "seeds"},
		{"check", "--baseline", "b.json", "seeds"},
		{"check", "--baseline", "b.json", "--diff", "seeds"},
		{"check", "--diff", "-"},
	} {
		_, stderr, code := runIn(dir, "Missiles struck Kiev.\n", args...)
		if code == ExitError {
			t.Errorf("%v: exit 2: %s", args, stderr)
		}
	}
	if after := snapshot(t, dir); !equalMaps(before, after) {
		for k := range after {
			if after[k] != before[k] {
				t.Errorf("%s changed", k)
			}
		}
	}
}

// TestFixSkipsAndReports: of two overlapping fixes the first is made
// and the other reported; a fix over markup is not made; standard input
// is diffed under its name; a link is followed and stays a link.
func TestFixSkipsAndReports(t *testing.T) {
	_, dir := living(t)
	writeFile(t, filepath.Join(dir, ".factlint.toml"), kyivConfig+`
[[rule]]
id = "style.kiev-city"
kind = "pattern"
pattern = '\bKiev city\b'
message = "the capital"
replacement = "Kyiv City"
`)
	writeFile(t, filepath.Join(dir, "a.txt"), "Missiles struck Kiev city overnight.\n")
	writeFile(t, filepath.Join(dir, "b.md"), "Missiles struck *Kie*v overnight, and Kiev again.\n")
	out, stderr, code := runIn(dir, "", "check", "--fix", "a.txt", "b.md")
	wantErr := "factlint: a.txt:1:17: fix of style.kiev-city not applied: it overlaps the fix of place.kyiv at 1:17\n" +
		"factlint: b.md:1:18: fix of place.kyiv not applied: the text there holds markup, a character reference or a typographic character that the fix would drop\n" +
		"factlint: fixed a.txt (1 finding)\n" +
		"factlint: fixed b.md (1 finding)\n" +
		"2 files: 1 error\n"
	if stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantErr)
	}
	if code != ExitFindings || out != "b.md:1:18: error: write \"Kyiv\", not \"Kiev\" [place.kyiv]\n" {
		t.Errorf("exit %d, left:\n%s", code, out)
	}
	for name, want := range map[string]string{
		"a.txt": "Missiles struck Kyiv city overnight.\n",
		"b.md":  "Missiles struck *Kie*v overnight, and Kyiv again.\n",
	} {
		if got, _ := os.ReadFile(filepath.Join(dir, name)); string(got) != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}

	out, _, code = runIn(dir, "Missiles struck Kiev overnight.\n", "check", "--diff", "--stdin-name", "story.txt", "-")
	if want := "--- a/story.txt\n+++ b/story.txt\n@@ -1 +1 @@\n-Missiles struck Kiev overnight.\n+Missiles struck Kyiv overnight.\n"; code != ExitFindings || out != want {
		t.Errorf("--diff of stdin: exit %d\n%s\nwant:\n%s", code, out, want)
	}

	writeFile(t, filepath.Join(dir, "real.txt"), "Kiev.\n")
	if err := os.Symlink("real.txt", filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runIn(dir, "", "check", "--fix", "link.txt"); code != ExitClean {
		t.Errorf("--fix through a link: exit %d %s", code, stderr)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "real.txt")); string(got) != "Kyiv.\n" {
		t.Errorf("the link's target: %q", got)
	}
	if st, err := os.Lstat(filepath.Join(dir, "link.txt")); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Errorf("link.txt is no longer a link")
	}
}

// TestFixWithJSON: --fix reports what is left in the format asked for.
func TestFixWithJSON(t *testing.T) {
	_, dir := living(t)
	writeFile(t, filepath.Join(dir, ".factlint.toml"), kyivConfig)
	writeFile(t, filepath.Join(dir, "a.txt"), "Missiles struck Kiev overnight.\n")
	out, _, code := runIn(dir, "", "check", "--fix", "--format", "json", "a.txt")
	var res struct {
		Diagnostics []any `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || code != ExitClean || len(res.Diagnostics) != 0 {
		t.Errorf("exit %d, %v, %s", code, err, out)
	}
}

// TestFixLeavesKnownFindings: --fix fixes what check reports: not the
// findings of the baseline, nor the suppressed ones.
func TestFixLeavesKnownFindings(t *testing.T) {
	_, dir := living(t)
	writeFile(t, filepath.Join(dir, ".factlint.toml"), kyivConfig)
	a := filepath.Join(dir, "a.md")
	writeFile(t, a, "Missiles struck Kiev overnight.\n")
	if _, _, code := runIn(dir, "", "check", "--write-baseline", "b.json", "a.md"); code != ExitClean {
		t.Fatal("--write-baseline failed")
	}
	text := "Missiles struck Kiev overnight.\n\n<!-- factlint-disable-next-line place.kyiv -->\nKiev mourned.\n\nKiev again.\n"
	writeFile(t, a, text)
	out, stderr, code := runIn(dir, "", "check", "--baseline", "b.json", "--fix", "a.md")
	if code != ExitClean || out != "" {
		t.Errorf("exit %d, left:\n%s%s", code, out, stderr)
	}
	if want := "factlint: fixed a.md (1 finding)\nfactlint: 1 finding hidden by the baseline b.json\n1 file: no findings\n"; stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	if got, _ := os.ReadFile(a); string(got) != strings.Replace(text, "Kiev again", "Kyiv again", 1) {
		t.Errorf("fixed:\n%s", got)
	}
	if _, stderr, _ := runIn(dir, "", "check", "--quiet", "--baseline", "b.json", "a.md"); stderr != "" {
		t.Errorf("--quiet printed %q", stderr)
	}
}
