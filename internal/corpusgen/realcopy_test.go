package corpusgen

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRealCopy checks that RealCopy reads the seeds and then the stories
// of a repository, in path order with their text, and fails naming the
// glob when either set is missing.
func TestRealCopy(t *testing.T) {
	root := t.TempDir()
	write := func(p, text string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, p), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("testdata/seeds/b.txt", "seed b")
	write("testdata/seeds/a.txt", "seed a")
	if _, err := RealCopy(root); err == nil || !strings.Contains(err.Error(), "testdata/stories/*/*.txt") {
		t.Fatalf("no stories: err = %v, want one naming the stories' glob", err)
	}
	write("testdata/stories/fair/wire.txt", "story wire")
	write("testdata/stories/fair/notes.md", "not copy")
	got, err := RealCopy(root)
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	for _, a := range got {
		rel, _ := filepath.Rel(root, a.Path)
		seen = append(seen, rel+"="+string(a.Text))
	}
	want := "testdata/seeds/a.txt=seed a testdata/seeds/b.txt=seed b testdata/stories/fair/wire.txt=story wire"
	if strings.Join(seen, " ") != want {
		t.Errorf("RealCopy = %q, want %q", strings.Join(seen, " "), want)
	}
}
