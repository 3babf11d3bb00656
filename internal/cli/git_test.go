package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/gitx"
	"github.com/factlint/factlint/internal/gitx/gittest"
	_ "github.com/factlint/factlint/internal/golden"
)

// runAt runs factlint in process with dir as the working directory.
func runAt(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	e := Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" },
		Dir: dir, IsTerminal: func(io.Writer) bool { return false }}
	code = Main(args, e)
	return out.String(), errb.String(), code
}

// repoRoot is the root of factlint's repository (tests start in their
// package's directory, and runAt changes it).
var repoRoot, _ = filepath.Abs("../..")

// quake reads an article of testdata/stories/quake.
func quake(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "testdata/stories/quake", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// Line 4 of regional.txt, the distance that wire.txt gives as "48
// kilometers (30 miles)", and a copy of the article that gets it wrong.
const (
	quakeDistance      = "about 30 miles southeast of Olvan"
	quakeWrongDistance = "about 50 miles southeast of Olvan"
	// The finding in the wrong copy, and the note about wire.txt.
	quakeFinding = ":4:31: error: length: about 50 miles here; 48 kilometers (30 miles) in wire.txt:4 [fact.mismatch]"
)

func wrongRegional(t *testing.T) string {
	t.Helper()
	s := quake(t, "regional.txt")
	if strings.Count(s, quakeDistance) != 1 {
		t.Fatalf("regional.txt does not say %q once", quakeDistance)
	}
	return strings.Replace(s, quakeDistance, quakeWrongDistance, 1)
}

// jsonFiles returns the files of the diagnostics of a JSON report, and
// its files_checked.
func jsonFiles(t *testing.T, out string) ([]string, int) {
	t.Helper()
	var doc struct {
		FilesChecked int `json:"files_checked"`
		Diagnostics  []struct {
			File string `json:"file"`
		} `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var files []string
	for _, d := range doc.Diagnostics {
		files = append(files, d.File)
	}
	return files, doc.FilesChecked
}

// TestStagedChecksTheIndex checks that --staged reads the staged copy of
// an article, not the work tree's, in both directions.
func TestStagedChecksTheIndex(t *testing.T) {
	r := gittest.New(t)
	for _, n := range []string{"broadsheet.txt", "tabloid.txt", "wire.txt"} {
		r.WriteAdd(n, quake(t, n))
	}
	r.Commit("three articles")

	// The staged copy is wrong, the work tree's right.
	r.WriteAdd("regional.txt", wrongRegional(t))
	r.Write("regional.txt", quake(t, "regional.txt"))
	out, stderr, code := runAt(t, r.Dir, "check", "--staged")
	if code != ExitFindings || !strings.Contains(out, "regional.txt"+quakeFinding) {
		t.Errorf("staged copy wrong: exit %d, want 1 and the finding\n%s%s", code, out, stderr)
	}
	if stderr != "1 file: 1 error\n" {
		t.Errorf("summary %q, want one file: the staged one", stderr)
	}
	// Without --staged, the work tree's copy is checked: it is clean.
	if out, _, code := runAt(t, r.Dir, "check", "."); code != ExitClean {
		t.Errorf("the work tree is clean, yet exit %d:\n%s", code, out)
	}

	// The staged copy is right, the work tree's wrong.
	r.WriteAdd("regional.txt", quake(t, "regional.txt"))
	r.Write("regional.txt", wrongRegional(t))
	out, stderr, code = runAt(t, r.Dir, "check", "--staged")
	if code != ExitClean || out != "" || stderr != "1 file: no findings\n" {
		t.Errorf("staged copy right: exit %d, want 0\n%s%s", code, out, stderr)
	}
	if out, _, code := runAt(t, r.Dir, "check", "."); code != ExitFindings || !strings.Contains(out, "regional.txt"+quakeFinding) {
		t.Errorf("the work tree's copy is wrong, yet exit %d:\n%s", code, out)
	}
}

// TestStagedSizeLimit checks that --staged keeps the size limit: an
// oversized staged article gets the notice a path would and the rest is
// checked; an oversized article only compared with is skipped without a
// word; and neither is read (the limit is what bounds memory).
func TestStagedSizeLimit(t *testing.T) {
	r := gittest.New(t)
	for _, n := range []string{"broadsheet.txt", "tabloid.txt", "wire.txt"} {
		r.WriteAdd(n, quake(t, n))
	}
	big := strings.Repeat("An article far over the limit. ", 200) + "\n"
	r.WriteAdd("archive-big.txt", big)
	r.Commit("three articles and a big one")

	r.WriteAdd("regional.txt", wrongRegional(t))
	r.WriteAdd("staged-big.txt", big)
	out, stderr, code := runAt(t, r.Dir, "check", "--staged", "--max-file-size", "4KiB")
	if code != ExitFindings || !strings.Contains(out, "regional.txt"+quakeFinding) {
		t.Errorf("exit %d, want 1 and the finding in regional.txt\n%s%s", code, out, stderr)
	}
	want := "factlint: staged-big.txt: file too large (6.1 KiB); skipped (the limit is 4 KiB: --max-file-size or max_file_size in the config)\n" +
		"1 file: 1 error\n"
	if stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, want)
	}
	// Under the default limit both are read and checked.
	if _, stderr, _ := runAt(t, r.Dir, "check", "--staged"); stderr != "2 files: 1 error\n" {
		t.Errorf("default limit: stderr %q, want both staged files checked", stderr)
	}
}

// TestStagedAgainstCommittedStory checks a one-file commit against the
// committed articles of its story: a disagreement is found, and reported
// in the staged file only, although the committed article disagrees too.
func TestStagedAgainstCommittedStory(t *testing.T) {
	for _, group := range []string{"auto", "all"} {
		t.Run(group, func(t *testing.T) {
			r := gittest.New(t)
			r.WriteAdd("wire.txt", quake(t, "wire.txt"))
			r.WriteAdd("regional.txt", quake(t, "regional.txt"))
			r.Commit("the story")
			r.WriteAdd("regional.txt", wrongRegional(t))

			// Two articles that disagree: a check of both reports both.
			out, _, _ := runAt(t, r.Dir, "check", "--group", group, "--format", "json", ".")
			files, _ := jsonFiles(t, out)
			if !slices.Contains(files, "wire.txt") || !slices.Contains(files, "regional.txt") {
				t.Fatalf("check . reports in %q, want both articles", files)
			}

			out, stderr, code := runAt(t, r.Dir, "check", "--staged", "--group", group, "--format", "json")
			if code != ExitFindings {
				t.Errorf("exit %d, want 1; stderr %s", code, stderr)
			}
			files, checked := jsonFiles(t, out)
			if len(files) == 0 || slices.ContainsFunc(files, func(f string) bool { return f != "regional.txt" }) {
				t.Errorf("--staged reports in %q, want regional.txt only", files)
			}
			if checked != 1 {
				t.Errorf("files_checked %d, want the 1 staged", checked)
			}
			out, _, _ = runAt(t, r.Dir, "check", "--staged", "--group", group)
			if !strings.Contains(out, "regional.txt"+quakeFinding+"\nwire.txt:4:46: note: ") {
				t.Errorf("the finding and its note about the committed article:\n%s", out)
			}
		})
	}
}

// TestStagedSelection checks which staged files are linted: articles by
// extension or include glob, not other files, not deleted ones, not
// hidden ones, and only those in the paths given.
func TestStagedSelection(t *testing.T) {
	typo := "Officials in Geneva said talks in Geneva would resume. Geneva was calm. The talks in Genvea went on.\n"
	clean := "The council met on Monday and agreed the budget.\n"
	r := gittest.New(t)
	r.WriteAdd("gone.txt", typo)
	r.WriteAdd("kept.md", clean)
	r.Commit("first")

	// A deleted article, a file that is not an article, a hidden one
	// and an unstaged change: nothing to check.
	r.Git("rm", "-q", "gone.txt")
	r.WriteAdd("notes.json", typo)
	r.WriteAdd(".github/template.md", typo)
	r.Write("kept.md", typo)
	out, stderr, code := runAt(t, r.Dir, "check", "--staged")
	if code != ExitClean || out != "" || stderr != "factlint: no staged articles to check\n" {
		t.Errorf("nothing to check: exit %d\n%s%s", code, out, stderr)
	}
	if _, stderr, _ := runAt(t, r.Dir, "check", "--staged", "--quiet"); stderr != "" {
		t.Errorf("--quiet printed %q", stderr)
	}
	out, _, code = runAt(t, r.Dir, "check", "--staged", "--format", "json")
	if files, checked := jsonFiles(t, out); code != ExitClean || len(files) != 0 || checked != 0 {
		t.Errorf("JSON of nothing: exit %d %s", code, out)
	}

	// An include glob makes a file an article.
	writeFile(t, filepath.Join(r.Dir, ".factlint.toml"), "include = [\"*.story\"]\n")
	r.WriteAdd("desk/a.story", typo)
	r.WriteAdd("wire/b.html", "<p>"+typo+"</p>\n")
	out, _, code = runAt(t, r.Dir, "check", "--staged")
	if code != ExitFindings || !strings.Contains(out, "desk/a.story:1:") || !strings.Contains(out, "wire/b.html:1:") {
		t.Errorf("exit %d, want a.story and b.html checked:\n%s", code, out)
	}
	if strings.Contains(out, "kept.md") || strings.Contains(out, "notes.json") || strings.Contains(out, "template.md") {
		t.Errorf("checked a file that is not staged or not an article:\n%s", out)
	}

	// Paths limit the staged files checked.
	out, stderr, code = runAt(t, r.Dir, "check", "--staged", "desk")
	if code != ExitFindings || !strings.Contains(out, "desk/a.story:1:") || strings.Contains(out, "b.html") || stderr != "1 file: 1 error\n" {
		t.Errorf("--staged desk: exit %d\n%s%s", code, out, stderr)
	}
	_, stderr, code = runAt(t, r.Dir, "check", "--staged", "no/such/dir")
	if code != ExitError || !strings.Contains(stderr, "no/such/dir: no such file or directory") {
		t.Errorf("a misspelt path: exit %d %q", code, stderr)
	}
	_, stderr, code = runAt(t, r.Dir, "check", "--staged", "-")
	if code != ExitError || !strings.Contains(stderr, "not from standard input") {
		t.Errorf("--staged -: exit %d %q", code, stderr)
	}
}

// TestStagedPaths checks that files are named relative to the working
// directory, odd names included, when factlint runs below the top.
func TestStagedPaths(t *testing.T) {
	r := gittest.New(t)
	r.WriteAdd("wire/quake wire.txt", quake(t, "wire.txt"))
	r.Commit("wire")
	r.WriteAdd("desk/Olvan – régional.txt", wrongRegional(t))
	desk := r.Path("desk")
	out, stderr, code := runAt(t, desk, "check", "--staged", "--group", "all")
	if code != ExitFindings {
		t.Fatalf("exit %d; stderr %s", code, stderr)
	}
	want := "Olvan – régional.txt:4:31: error: length: about 50 miles here; 48 kilometers (30 miles) in quake wire.txt:4 [fact.mismatch]\n" +
		filepath.Join("..", "wire", "quake wire.txt") + ":4:46: note: length: 48 kilometers (30 miles)\n"
	if out != want {
		t.Errorf("got:\n%swant:\n%s", out, want)
	}
	// A path given below the working directory, or above it.
	if out, _, _ := runAt(t, desk, "check", "--staged", "--group", "all", "."); out != want {
		t.Errorf("with .:\n%s", out)
	}
	if out, _, _ := runAt(t, desk, "check", "--staged", "--group", "all", "../wire"); out != "" {
		t.Errorf("with ../wire, where nothing is wrong:\n%s", out)
	}
}

func TestNotAGitRepository(t *testing.T) {
	gittest.Isolate(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "The council met on Monday.\n")
	for _, args := range [][]string{
		{"check", "--staged"},
		{"check", "--new-from-rev", "HEAD", "a.txt"},
		{"hook", "install"},
		{"hook", "uninstall"},
	} {
		_, stderr, code := runAt(t, dir, args...)
		if code != ExitError || !strings.Contains(stderr, "not in a git") || !strings.Contains(stderr, "fatal: not a git repository") {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr)
		}
	}
}

// The two versions of an article: the second adds a misspelt name on
// line 3; both misspell it on line 2.
const (
	genevaOld = "Officials in Geneva said talks in Geneva would resume on Monday.\nGeneva was calm, and the talks in Genvea went on.\nDelegates left Geneva at noon.\nThe talks in Geneva ended late.\n"
	genevaNew = "Officials in Geneva said talks in Geneva would resume on Monday.\nGeneva was calm, and the talks in Genvea went on.\nDelegates left Genevra at noon.\nThe talks in Geneva ended late.\n"
)

func TestNewFromRev(t *testing.T) {
	r := gittest.New(t)
	r.WriteAdd("a.txt", genevaOld)
	base := r.Commit("base")
	r.Write("a.txt", genevaNew)

	out, _, code := runAt(t, r.Dir, "check", "a.txt")
	if code != ExitFindings || !strings.Contains(out, "a.txt:2:35:") || !strings.Contains(out, "a.txt:3:16:") {
		t.Fatalf("without --new-from-rev: exit %d\n%s", code, out)
	}
	out, stderr, code := runAt(t, r.Dir, "check", "--new-from-rev", "HEAD", "a.txt")
	if code != ExitFindings || strings.Contains(out, "a.txt:2:") || !strings.Contains(out, `a.txt:3:16: error: "Genevra" looks like a misspelling of "Geneva"`) {
		t.Errorf("--new-from-rev HEAD: exit %d, want the line 3 finding only\n%s", code, out)
	}
	if stderr != "1 file: 1 error\n" {
		t.Errorf("summary %q", stderr)
	}
	// The finding on the unchanged line alone does not fail the run.
	r.Write("a.txt", genevaOld+"Nothing else happened.\n")
	if out, _, code := runAt(t, r.Dir, "check", "--new-from-rev", base, "."); code != ExitClean || out != "" {
		t.Errorf("only unchanged lines have findings: exit %d\n%s", code, out)
	}

	// A file git does not track is new; so is standard input.
	r.Write("a.txt", genevaNew)
	r.Write("b.txt", genevaOld)
	out, _, _ = runAt(t, r.Dir, "check", "--new-from-rev", "HEAD", ".")
	if !strings.Contains(out, "b.txt:2:35:") || strings.Contains(out, "a.txt:2:") {
		t.Errorf("untracked b.txt is all new, a.txt only line 3:\n%s", out)
	}
	out, _, _ = runAt(t, r.Dir, "check", "--new-from-rev", "HEAD", r.Path("b.txt"), r.Path("a.txt"))
	if !strings.Contains(out, "b.txt:2:35:") || strings.Contains(out, "a.txt:2:") || !strings.Contains(out, "a.txt:3:16:") {
		t.Errorf("absolute paths:\n%s", out)
	}

	// With --staged, the index is compared with the revision: the work
	// tree's change on line 1 is not seen.
	r.Add("a.txt")
	r.Write("a.txt", strings.Replace(genevaNew, "Officials in Geneva", "Officials in Genava", 1))
	out, _, code = runAt(t, r.Dir, "check", "--staged", "--new-from-rev", "HEAD")
	if code != ExitFindings || strings.Contains(out, "a.txt:1:14: error") || strings.Contains(out, "a.txt:2:") || !strings.Contains(out, "a.txt:3:16:") || strings.Contains(out, "b.txt") {
		t.Errorf("--staged --new-from-rev HEAD: exit %d\n%s", code, out)
	}

	_, stderr, code = runAt(t, r.Dir, "check", "--staged", "--new-from-rev", "no-such-rev")
	if code != ExitError || stderr != "factlint: --new-from-rev: git diff: fatal: bad revision 'no-such-rev'\n" {
		t.Errorf("--staged with a bad revision: exit %d, stderr %q", code, stderr)
	}
	for _, tc := range []struct{ rev, stderr string }{
		{"no-such-rev", "fatal: bad revision 'no-such-rev'"},
		{"HEAD~1..HEAD", "one revision, not a range"},
		{"--output=x", "fatal: bad revision '--output=x'"},
	} {
		_, stderr, code := runAt(t, r.Dir, "check", "--new-from-rev", tc.rev, "a.txt")
		if code != ExitError || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("--new-from-rev %s: exit %d, stderr %q", tc.rev, code, stderr)
		}
	}
	if _, err := os.Stat(r.Path("x")); err == nil {
		t.Errorf("a revision was read as the option --output")
	}
}

// TestNewFromRevSpan checks that a finding whose span ends on a changed
// line is kept: only a finding with no line changed is dropped.
func TestNewFromRevSpan(t *testing.T) {
	for _, tc := range []struct {
		name               string
		start, end, endCol int
		want               bool
	}{
		{"on the changed line", 5, 5, 9, true},
		{"starts before, ends on it", 4, 5, 3, true},
		{"ends at the start of the changed line", 4, 5, 1, false},
		{"before", 3, 3, 9, false},
		{"after", 6, 6, 9, false},
	} {
		in := &checkInputs{lines: map[string]changedLines{"a.txt": {ranges: []gitx.LineRange{{Start: 5, End: 5}}}}}
		d := diag.Diagnostic{Location: diag.Location{File: "a.txt",
			Start: document.Position{Line: tc.start, Column: 2},
			End:   document.Position{Line: tc.end, Column: tc.endCol}}}
		if got := in.keep(d); got != tc.want {
			t.Errorf("%s: keep = %v, want %v", tc.name, got, tc.want)
		}
	}
}
