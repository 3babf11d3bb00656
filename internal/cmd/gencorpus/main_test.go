package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

func TestWritesTheGeneratedCorpus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var out, errb bytes.Buffer
	if code := run([]string{"-n", "25", "-bytes", "800", "-seed", "3", "-out", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := corpusgen.Generate(corpusgen.Options{Articles: 25, Bytes: 800, Seed: 3})
	for _, a := range want {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(a.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, a.Text) {
			t.Errorf("%s differs from the generator's article", a.Path)
		}
	}
	var files int
	_ = filepath.WalkDir(dir, func(_ string, d os.DirEntry, _ error) error {
		if !d.IsDir() {
			files++
		}
		return nil
	})
	if files != 25 {
		t.Errorf("%d files written, want 25", files)
	}
	// A second run into the same directory must not mix corpora.
	errb.Reset()
	if code := run([]string{"-n", "5", "-out", dir}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "not empty") {
		t.Errorf("second run: exit %d, %q; want 2 and a not-empty error", code, errb.String())
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"-n", "0", "-out", t.TempDir()}, {"-out", t.TempDir(), "extra"}, {"-min-story", "5", "-max-story", "3", "-out", t.TempDir()}} {
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 2 || !strings.Contains(errb.String(), "usage") {
			t.Errorf("%q: exit %d, %q; want 2 and usage", args, code, errb.String())
		}
	}
}

// TestStats: -stats prints a row per directory, counted from its files;
// a missing directory is an I/O error.
func TestStats(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var out, errb bytes.Buffer
	if code := run([]string{"-n", "12", "-bytes", "900", "-out", dir}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	out.Reset()
	if code := run([]string{"-stats", dir}, &out, &errb); code != 0 {
		t.Fatalf("-stats: exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[2], "| "+dir+" | 12 | ") {
		t.Errorf("-stats: %q, want a header and one row of 12 articles", out.String())
	}
	errb.Reset()
	if code := run([]string{"-stats", filepath.Join(dir, "missing")}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "missing") {
		t.Errorf("-stats of a missing directory: exit %d, %q; want 2 naming it", code, errb.String())
	}
}
