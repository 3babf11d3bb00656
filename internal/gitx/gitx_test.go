package gitx

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/gitx/gittest"
	_ "github.com/factlint/factlint/internal/golden"
)

// oddNames are file names that git quotes in diffs, or that split badly
// on spaces or newlines.
var oddNames = []string{
	"with space.txt",
	`quote"and\backslash.txt`,
	"naïve café.md",
	"tab\there.txt",
	"new\nline.txt",
	"日本語/記事.html",
}

func TestTopLevelPrefixAndNotARepository(t *testing.T) {
	r := gittest.New(t)
	r.Write("desk/drafts/a.txt", "x\n")
	ctx := context.Background()
	sub := r.Path("desk/drafts")
	top, err := TopLevel(ctx, sub)
	if err != nil || top != r.Dir {
		t.Errorf("TopLevel = %q, %v; want %q", top, err, r.Dir)
	}
	if p, err := Prefix(ctx, sub); err != nil || p != "desk/drafts/" {
		t.Errorf("Prefix = %q, %v", p, err)
	}
	if p, err := Prefix(ctx, r.Dir); err != nil || p != "" {
		t.Errorf("Prefix at the top = %q, %v", p, err)
	}

	outside := t.TempDir()
	_, err = TopLevel(ctx, outside)
	if !errors.Is(err, ErrNotRepository) {
		t.Fatalf("outside a repository: %v, want ErrNotRepository", err)
	}
	var ge *Error
	if !errors.As(err, &ge) || !slices.Equal(ge.Args, []string{"rev-parse", "--show-toplevel"}) || !strings.Contains(err.Error(), "git rev-parse: fatal: not a git repository") {
		t.Errorf("error %q does not name the command and git's message", err)
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 128 {
		t.Errorf("error does not wrap git's exit status: %v", err)
	}
}

func TestStagedFiles(t *testing.T) {
	r := gittest.New(t)
	ctx := context.Background()
	// Before the first commit, everything in the index is staged.
	r.WriteAdd("a.txt", "one\n")
	r.WriteAdd("gone.txt", "to delete\n")
	r.WriteAdd("old name.md", "moved\nfile\nhere\n")
	got, err := StagedFiles(ctx, r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.txt", "gone.txt", "old name.md"}; !slices.Equal(got, want) {
		t.Errorf("before the first commit: %q, want %q", got, want)
	}
	r.Commit("first")
	if got, err := StagedFiles(ctx, r.Dir); err != nil || len(got) != 0 {
		t.Errorf("after committing: %q, %v", got, err)
	}

	for _, n := range oddNames {
		r.WriteAdd(n, "odd\n")
	}
	r.WriteAdd("a.txt", "two\n")
	r.Git("rm", "-q", "gone.txt")
	if err := os.Mkdir(r.Path("sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	r.Git("mv", "old name.md", "sub/new name.md")
	r.Write("unstaged.txt", "not added\n")
	got, err = StagedFiles(ctx, r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]string{"a.txt", "sub/new name.md"}, oddNames...)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("staged files:\n got %q\nwant %q", got, want)
	}

	// Pathspecs are relative to the directory and literal.
	got, err = StagedFiles(ctx, r.Path("sub"), ".")
	if err != nil || !slices.Equal(got, []string{"sub/new name.md"}) {
		t.Errorf("limited to sub/: %q, %v", got, err)
	}
	got, err = StagedFiles(ctx, r.Dir, "*.txt")
	if err != nil || len(got) != 0 {
		t.Errorf("a glob pathspec matched: %q, %v", got, err)
	}
}

func TestIndexFilesAndReadBlobs(t *testing.T) {
	r := gittest.New(t)
	ctx := context.Background()
	r.WriteAdd("a.txt", "staged copy\n")
	r.Write("a.txt", "work tree copy\n")
	for _, n := range oddNames {
		r.WriteAdd(n, "contents of "+n+"\n")
	}
	r.WriteAdd("run.sh", "#!/bin/sh\n")
	if err := os.Chmod(r.Path("run.sh"), 0o755); err != nil {
		t.Fatal(err)
	}
	r.Add("run.sh")
	if err := os.Symlink("a.txt", r.Path("link.txt")); err != nil {
		t.Fatal(err)
	}
	r.Add("link.txt")
	r.WriteAdd("empty.txt", "")

	entries, err := IndexFiles(ctx, r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]IndexEntry{}
	var ids []string
	for _, e := range entries {
		byPath[e.Path] = e
		ids = append(ids, e.Object)
	}
	if len(entries) != len(oddNames)+4 {
		t.Fatalf("%d entries: %+v", len(entries), entries)
	}
	if e := byPath["run.sh"]; e.Mode != ModeExecutable || !e.Regular() {
		t.Errorf("run.sh: %+v", e)
	}
	if e := byPath["link.txt"]; e.Mode != ModeSymlink || e.Regular() {
		t.Errorf("link.txt: %+v", e)
	}
	blobs, err := ReadBlobs(ctx, r.Dir, ids)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(blobs[byPath["a.txt"].Object]); got != "staged copy\n" {
		t.Errorf("a.txt: %q, want the staged copy", got)
	}
	for _, n := range oddNames {
		e, ok := byPath[n]
		if !ok || !e.Regular() || e.Stage != 0 {
			t.Errorf("%q: %+v", n, e)
			continue
		}
		if got := string(blobs[e.Object]); got != "contents of "+n+"\n" {
			t.Errorf("%q: %q", n, got)
		}
	}
	if got, ok := blobs[byPath["empty.txt"].Object]; !ok || len(got) != 0 {
		t.Errorf("empty.txt: %q, %v", got, ok)
	}
	_, err = ReadBlobs(ctx, r.Dir, []string{strings.Repeat("0", 40)})
	if err == nil || !strings.Contains(err.Error(), "git cat-file: object 0000") {
		t.Errorf("a missing object: %v", err)
	}

	// BlobSizes agrees with the contents, for every entry (a link's
	// object is its target's name), without reading them.
	sizes, err := BlobSizes(ctx, r.Dir, ids)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if got, want := sizes[e.Object], int64(len(blobs[e.Object])); got != want {
			t.Errorf("%q: size %d, want %d", e.Path, got, want)
		}
	}
	_, err = BlobSizes(ctx, r.Dir, []string{strings.Repeat("0", 40)})
	if err == nil || !strings.Contains(err.Error(), "git cat-file: object 0000") {
		t.Errorf("a missing object: %v", err)
	}
}

func TestIndexFilesConflict(t *testing.T) {
	r := gittest.New(t)
	r.WriteAdd("a.txt", "base\n")
	r.Commit("base")
	r.Git("checkout", "-q", "-b", "other")
	r.WriteAdd("a.txt", "other\n")
	r.Commit("other")
	r.Git("checkout", "-q", "main")
	r.WriteAdd("a.txt", "main\n")
	r.Commit("main")
	if _, _, err := r.Try("merge", "-q", "other"); err == nil {
		t.Fatal("the merge did not conflict")
	}
	entries, err := IndexFiles(context.Background(), r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var stages []int
	for _, e := range entries {
		stages = append(stages, e.Stage)
		if e.Regular() {
			t.Errorf("a side of a conflict is Regular: %+v", e)
		}
	}
	if !slices.Equal(stages, []int{1, 2, 3}) {
		t.Errorf("stages %v", stages)
	}
}

func TestChangedLines(t *testing.T) {
	r := gittest.New(t)
	ctx := context.Background()
	ten := "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"
	r.WriteAdd("a.txt", ten)
	r.WriteAdd("b.txt", ten)
	r.WriteAdd("del.txt", ten)
	r.WriteAdd("moved.txt", ten)
	r.WriteAdd("same.txt", ten)
	for _, n := range oddNames {
		r.WriteAdd(n, ten)
	}
	base := r.Commit("base")

	// a.txt: line 2 changed, two lines inserted after 5, line 9 deleted.
	r.WriteAdd("a.txt", "1\nTWO\n3\n4\n5\nnew\nnew\n6\n7\n8\n10\n")
	// b.txt: an added line that reads like a file header.
	r.WriteAdd("b.txt", ten+"++ b/evil.txt\n")
	r.Git("rm", "-q", "del.txt")
	r.Git("mv", "moved.txt", "renamed.txt")
	r.WriteAdd("renamed.txt", strings.Replace(ten, "4\n", "four\n", 1))
	r.WriteAdd("fresh.txt", "x\ny\n")
	for _, n := range oddNames {
		r.WriteAdd(n, strings.Replace(ten, "3\n", "three\n", 1))
	}
	r.Commit("edits")
	// Only in the work tree: a.txt's last line.
	r.Write("a.txt", "1\nTWO\n3\n4\n5\nnew\nnew\n6\n7\n8\nTEN\n")

	want := Changes{
		"a.txt":       {{2, 2}, {6, 7}},
		"b.txt":       {{11, 11}},
		"renamed.txt": {{4, 4}},
		"fresh.txt":   {{1, 2}},
	}
	for _, n := range oddNames {
		want[n] = []LineRange{{3, 3}}
	}
	got, err := ChangedLines(ctx, r.Dir, base, true)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("index against base:\n got %v\nwant %v", got, want)
	}
	want["a.txt"] = []LineRange{{2, 2}, {6, 7}, {11, 11}}
	got, err = ChangedLines(ctx, r.Dir, base, false)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("work tree against base:\n got %v\nwant %v", got, want)
	}
	// Configuration that changes what git diff prints changes nothing.
	for _, kv := range [][2]string{
		{"diff.noprefix", "true"}, {"diff.mnemonicPrefix", "true"}, {"color.ui", "always"},
		{"core.quotePath", "false"}, {"diff.relative", "true"}, {"diff.renames", "false"},
		{"diff.external", "false"}, {"diff.context", "5"},
	} {
		r.Git("config", kv[0], kv[1])
	}
	got, err = ChangedLines(ctx, r.Dir, base, false)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("with a user's diff configuration:\n got %v, %v\nwant %v", got, err, want)
	}
	r.Add("a.txt")
	if staged, err := StagedFiles(ctx, r.Path("日本語")); err != nil || !slices.Equal(staged, []string{"a.txt"}) {
		t.Errorf("StagedFiles from a subdirectory with diff.relative: %q, %v", staged, err)
	}
	r.Git("reset", "-q", "a.txt")

	got, err = ChangedLines(ctx, r.Dir, "HEAD", false)
	if err != nil || !reflect.DeepEqual(got, Changes{"a.txt": {{11, 11}}}) {
		t.Errorf("work tree against HEAD: %v, %v", got, err)
	}
	if !got.Overlaps("a.txt", 10, 12) || got.Overlaps("a.txt", 1, 10) || got.Overlaps("b.txt", 11, 11) {
		t.Errorf("Overlaps")
	}

	// A bad revision is git's error; one that looks like an option is
	// still a revision.
	_, err = ChangedLines(ctx, r.Dir, "no-such-rev", false)
	if err == nil || !strings.Contains(err.Error(), "bad revision 'no-such-rev'") {
		t.Errorf("bad revision: %v", err)
	}
	out := filepath.Join(t.TempDir(), "out")
	_, err = ChangedLines(ctx, r.Dir, "--output="+out, false)
	if err == nil {
		t.Errorf("--output=... was accepted as a revision")
	}
	if _, statErr := os.Stat(out); statErr == nil {
		t.Errorf("a revision was read as the option --output")
	}
}

func TestParseChanges(t *testing.T) {
	for _, tc := range []struct {
		name, diff string
		want       Changes
		err        string
	}{
		{"plain", "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n@@ -5,0 +6,3 @@ ctx\n+1\n+2\n+3\n", Changes{"x": {{1, 1}, {6, 8}}}, ""},
		{"adjacent hunks merge", "+++ b/x\n@@ -1 +1 @@\n-a\n+b\n@@ -2 +2,2 @@\n-c\n+d\n+e\n", Changes{"x": {{1, 3}}}, ""},
		{"deletion only", "+++ b/x\n@@ -3,2 +2,0 @@\n-a\n-b\n", Changes{}, ""},
		{"deleted file", "--- a/x\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n", Changes{}, ""},
		{"name with a space ends with a tab", "+++ b/a b.txt\t\n@@ -0,0 +1 @@\n+x\n", Changes{"a b.txt": {{1, 1}}}, ""},
		{"quoted name", "+++ \"b/caf\\303\\251 \\\"q\\\"\\t.txt\"\n@@ -1 +1 @@\n-a\n+b\n", Changes{"café \"q\"\t.txt": {{1, 1}}}, ""},
		{"no newline marker", "+++ b/x\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n", Changes{"x": {{1, 1}}}, ""},
		{"header-like content", "+++ b/x\n@@ -1,2 +1,2 @@\n---- a/y\n-@@ -1 +1 @@\n++++ b/y\n+diff --git a/y b/y\n", Changes{"x": {{1, 2}}}, ""},
		{"binary", "diff --git a/p.gif b/p.gif\nBinary files a/p.gif and b/p.gif differ\n", Changes{}, ""},
		{"bad header", "+++ b/x\n@@ -1 +a @@\n", nil, "bad hunk header"},
		{"hunk without file", "@@ -1 +1 @@\n-a\n+b\n", nil, "hunk without a file"},
		{"truncated", "+++ b/x\n@@ -1,2 +1,2 @@\n-a\n", nil, "ends inside a hunk"},
		{"bad name", "+++ x\n", nil, "unexpected file name"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := parseChanges([]byte(tc.diff))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Errorf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, %v; want %v", got, err, tc.want)
			}
		})
	}
}

func TestHooksDir(t *testing.T) {
	r := gittest.New(t)
	ctx := context.Background()
	r.Write("sub/a.txt", "x\n")
	abs := func(dir, p string) string {
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		return p
	}
	got, err := HooksDir(ctx, r.Path("sub"))
	if err != nil || abs(r.Path("sub"), got) != r.Path(".git/hooks") {
		t.Errorf("HooksDir = %q, %v", got, err)
	}
	r.Git("config", "core.hooksPath", "githooks")
	got, err = HooksDir(ctx, r.Path("sub"))
	if err != nil || abs(r.Path("sub"), got) != r.Path("githooks") {
		t.Errorf("with core.hooksPath: %q, %v", got, err)
	}
	r.Git("config", "--unset", "core.hooksPath")

	// A linked work tree shares the main repository's hooks.
	r.Commit("first")
	wt := filepath.Join(t.TempDir(), "wt")
	r.Git("worktree", "add", "-q", wt)
	got, err = HooksDir(ctx, wt)
	if err != nil || abs(wt, got) != r.Path(".git/hooks") {
		t.Errorf("in a linked work tree: %q, %v", got, err)
	}
}
