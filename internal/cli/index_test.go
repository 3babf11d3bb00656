package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedArchiveDir copies the seed articles into a new directory and returns it.
func seedArchiveDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "archive")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) != 5 {
		t.Fatalf("seeds: %v %v", seeds, err)
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestIndexTouchesOnlyChangedFiles(t *testing.T) {
	dir := seedArchiveDir(t)
	db := filepath.Join(t.TempDir(), "a.db")
	step := func(want string) {
		t.Helper()
		_, stderr, code := run(t, "", nil, "index", "--archive", db, dir)
		if code != 0 || !strings.Contains(stderr, want) {
			t.Fatalf("index: exit %d, %q; want 0 and %q", code, stderr, want)
		}
	}
	step("5 articles archived (5 indexed, 0 unchanged, 0 removed)")
	step("5 articles archived (0 indexed, 5 unchanged, 0 removed)")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err := os.WriteFile(files[0], []byte("The council met on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(files[1]); err != nil {
		t.Fatal(err)
	}
	step("4 articles archived (1 indexed, 3 unchanged, 1 removed)")
}

// TestCheckAgainstArchive: a new article is compared with the archived
// ones, and findings are reported in it alone.
func TestCheckAgainstArchive(t *testing.T) {
	dir := seedArchiveDir(t)
	db := filepath.Join(t.TempDir(), "a.db")
	if _, stderr, code := run(t, "", nil, "index", "--archive", db, dir); code != 0 {
		t.Fatalf("index: %d %s", code, stderr)
	}
	// A new article of the story, with the name misspelt: alone it has
	// no name to be compared with.
	draft := filepath.Join(t.TempDir(), "draft.txt")
	text := "North Korean leader Kim Jong Un met Russian President Vladimir Putting at the Vostochny Cosmodrome, where Putin showed him the launch pads.\n"
	if err := os.WriteFile(draft, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	alone, _, _ := run(t, "", nil, "check", draft)
	if strings.Contains(alone, "name.typo") {
		t.Fatalf("the draft alone already has a typo finding; the test proves nothing:\n%s", alone)
	}
	out, stderr, code := run(t, "", nil, "check", "--archive", db, draft)
	if code != 1 || !strings.Contains(out, draft+":1:") || !strings.Contains(out, `"Putting" looks like a misspelling of "Putin"`) {
		t.Fatalf("check --archive: exit %d\n%s%s", code, out, stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !strings.HasPrefix(line, draft+":") && !strings.Contains(line, ": note: ") {
			t.Errorf("a finding outside the draft: %s", line)
		}
	}
	if !strings.Contains(stderr, "1 file:") {
		t.Errorf("summary %q: the archived articles are not files of the run", stderr)
	}
}

// TestArchiveNotTrusted: an archive of other rules is reported by check
// and rebuilt by index; a file that is not an archive is reported and
// left as it was.
func TestArchiveNotTrusted(t *testing.T) {
	dir := seedArchiveDir(t)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "a.db")
	cfg := filepath.Join(tmp, "other.toml")
	if err := os.WriteFile(cfg, []byte("fail_level = \"warning\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "", nil, "index", "--config", cfg, "--archive", db, dir); code != 0 {
		t.Fatalf("index: %d %s", code, stderr)
	}
	_, stderr, code := run(t, "", nil, "check", "--archive", db, dir)
	if code != 2 || !strings.Contains(stderr, "made with other rules or another version of factlint") || !strings.Contains(stderr, "factlint index --archive") {
		t.Errorf("check with a stale archive: exit %d, %q", code, stderr)
	}
	_, stderr, code = run(t, "", nil, "index", "--archive", db, dir)
	if code != 0 || !strings.Contains(stderr, "indexing every article again") || !strings.Contains(stderr, "(5 indexed, 0 unchanged") {
		t.Errorf("index of a stale archive: exit %d, %q", code, stderr)
	}
	notes := filepath.Join(tmp, "notes.md")
	orig := bytes.Repeat([]byte("# My notes\n\nNot an archive.\n"), 400)
	if err := os.WriteFile(notes, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"index", "check"} {
		_, stderr, code := run(t, "", nil, cmd, "--archive", notes, dir)
		if code != 2 || !strings.Contains(stderr, "not a factlint archive") {
			t.Errorf("%s --archive notes.md: exit %d, %q", cmd, code, stderr)
		}
	}
	if got, _ := os.ReadFile(notes); !bytes.Equal(got, orig) {
		t.Error("notes.md was changed")
	}
	_, stderr, code = run(t, "", nil, "check", "--archive", filepath.Join(tmp, "none.db"), dir)
	if code != 2 || !strings.Contains(stderr, "no archive") {
		t.Errorf("check with no archive: exit %d, %q", code, stderr)
	}
}

// TestIndexReportsUnreadable: a file that cannot be read is an error
// (exit 2) and the others are still indexed.
func TestIndexReportsUnreadable(t *testing.T) {
	dir := seedArchiveDir(t)
	db := filepath.Join(t.TempDir(), "a.db")
	_, stderr, code := run(t, "", nil, "index", "--archive", db, dir, filepath.Join(dir, "missing.txt"))
	if code != 2 || !strings.Contains(stderr, "missing.txt: no such file or directory") || !strings.Contains(stderr, "5 articles archived") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}
