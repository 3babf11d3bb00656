package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/gitx/gittest"
)

// runIn runs a program in dir with the test's environment (which
// gittest isolates from the user's git configuration), plus env.
func runIn(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func quakeArticle(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("../../testdata/stories/quake", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHookEndToEnd installs the pre-commit hook with the built binary and
// commits through git: a commit whose staged article disagrees with the
// committed story is refused, a clean one goes through.
func TestHookEndToEnd(t *testing.T) {
	r := gittest.New(t)
	out, stderr, code := runIn(t, r.Dir, nil, binary, "hook", "install")
	if code != 0 {
		t.Fatalf("hook install: exit %d\n%s%s", code, out, stderr)
	}
	hook, err := os.ReadFile(r.Path(".git/hooks/pre-commit"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(hook), "factlint='"+binary+"'\n") {
		t.Fatalf("the hook does not run the binary that installed it:\n%s", hook)
	}

	commit := func(args ...string) (string, int) {
		t.Helper()
		_, stderr, code := runIn(t, r.Dir, nil, "git", append([]string{"commit", "-q"}, args...)...)
		return stderr, code
	}
	// The first commit, clean, runs the hook on an unborn branch.
	for _, n := range []string{"broadsheet.txt", "tabloid.txt", "wire.txt"} {
		r.WriteAdd(n, quakeArticle(t, n))
	}
	if stderr, code := commit("-m", "three articles"); code != 0 {
		t.Fatalf("clean first commit refused: exit %d\n%s", code, stderr)
	}

	// One wrong article, checked against the committed ones.
	regional := quakeArticle(t, "regional.txt")
	wrong := strings.Replace(regional, "about 30 miles southeast", "about 50 miles southeast", 1)
	r.WriteAdd("regional.txt", wrong)
	head := r.Head()
	stderr, code = commit("-m", "wrong distance")
	if code == 0 {
		t.Fatalf("a commit with a fact mismatch went through")
	}
	if r.Head() != head {
		t.Errorf("HEAD moved")
	}
	// git passes the hook's output on to standard error.
	if !strings.Contains(stderr, "regional.txt:4:31: error: length: about 50 miles here; 48 kilometers (30 miles) in wire.txt:4 [fact.mismatch]") {
		t.Errorf("the hook's finding is not shown:\n%s", stderr)
	}

	// 'git commit PATH' commits the work tree's copy through a temporary
	// index, which the hook must read (GIT_INDEX_FILE).
	r.Write("regional.txt", regional)
	if stderr, code := commit("-m", "right distance", "regional.txt"); code != 0 {
		t.Fatalf("the corrected article was refused: exit %d\n%s", code, stderr)
	}
	r.Write("regional.txt", wrong)
	if _, code := commit("-m", "wrong again", "regional.txt"); code == 0 {
		t.Errorf("git commit PATH of a wrong copy went through")
	}
	r.Write("regional.txt", regional)
	if out := r.Git("status", "--porcelain"); out != "" {
		t.Errorf("work tree not clean after the commits: %q", out)
	}

	// A non-article change commits whatever the articles say.
	r.WriteAdd("notes.json", "{}\n")
	if stderr, code := commit("-m", "notes"); code != 0 {
		t.Errorf("a commit with no article refused: exit %d\n%s", code, stderr)
	}

	out, stderr, code = runIn(t, r.Dir, nil, binary, "hook", "uninstall")
	if code != 0 {
		t.Fatalf("hook uninstall: exit %d\n%s%s", code, out, stderr)
	}
	r.WriteAdd("regional.txt", wrong)
	if stderr, code := commit("-m", "no hook"); code != 0 {
		t.Errorf("after uninstall a commit is still checked: exit %d\n%s", code, stderr)
	}
}

// TestHookFallsBackToPath removes the binary that installed the hook: the
// hook runs factlint from PATH, and refuses the commit if there is none.
func TestHookFallsBackToPath(t *testing.T) {
	r := gittest.New(t)
	gone := filepath.Join(t.TempDir(), "factlint")
	data, err := os.ReadFile(binary)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gone, data, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := runIn(t, r.Dir, nil, gone, "hook", "install"); code != 0 {
		t.Fatalf("hook install: exit %d %s", code, stderr)
	}
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	git, err := exec.LookPath("git")
	if err != nil {
		t.Fatal(err)
	}
	// PATH with git and the shell's tools, but no factlint.
	noFactlint := "PATH=" + filepath.Dir(git) + string(os.PathListSeparator) + "/bin"
	if _, err := exec.LookPath(filepath.Join(filepath.Dir(git), "factlint")); err == nil {
		t.Skip("a factlint is installed beside git")
	}
	// A misspelt name: factlint on PATH refuses the commit.
	r.WriteAdd("a.txt", "Officials in Geneva said talks in Geneva would resume. Geneva was calm. The talks in Genvea went on.\n")
	_, stderr, code := runIn(t, r.Dir, []string{noFactlint}, "git", "commit", "-q", "-m", "x")
	if code == 0 || !strings.Contains(stderr, "factlint is not on PATH (and "+gone+" is gone)") {
		t.Errorf("no factlint anywhere: exit %d\n%s", code, stderr)
	}
	withFactlint := noFactlint + string(os.PathListSeparator) + filepath.Dir(binary)
	_, stderr, code = runIn(t, r.Dir, []string{withFactlint}, "git", "commit", "-q", "-m", "x")
	if code == 0 || !strings.Contains(stderr, `a.txt:1:86: error: "Genvea" looks like a misspelling of "Geneva"`) {
		t.Errorf("factlint on PATH did not check the commit: exit %d\n%s", code, stderr)
	}
}
