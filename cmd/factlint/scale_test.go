package main_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

// These benchmarks run the built binary, as a user does: start-up, peak
// memory (the child's maximum resident set size, reported as maxrss-MB)
// and time per article as the corpus grows, and a check against a large
// archive. The generated corpora and the archive are kept between runs in
// $FACTLINT_BENCH_DIR (default: factlint-bench in the temporary
// directory): 100,000 articles take minutes to write and to index.
//
//	go test -run '^$' -bench . -benchtime 3x ./cmd/factlint

// measured runs the binary in dir and returns its peak RSS in bytes and
// its standard output; exit codes 0 and 1 are results, anything else is
// a failure.
func measured(b *testing.B, dir string, args ...string) (int64, string) {
	b.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && (!errors.As(err, &ee) || ee.ExitCode() != 1) {
		b.Fatalf("factlint %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		b.Skip("no rusage on this system")
	}
	return ru.Maxrss * 1024, out.String() // Maxrss is in KiB on Linux
}

// benchDir is where generated corpora and archives are kept.
func benchDir(b *testing.B) string {
	b.Helper()
	dir := os.Getenv("FACTLINT_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "factlint-bench")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	return dir
}

// corpus writes (once) a generated corpus of n articles, as
// go run ./internal/cmd/gencorpus -n N -out DIR does, and returns its
// directory name inside benchDir and its size in bytes.
func corpus(b *testing.B, n int) (string, int64) {
	b.Helper()
	root := benchDir(b)
	name := fmt.Sprintf("c%d", n)
	done := filepath.Join(root, name+".complete")
	if _, err := os.Stat(done); err != nil {
		_ = os.RemoveAll(filepath.Join(root, name))
		err := corpusgen.Each(corpusgen.Options{Articles: n, Seed: 1}, func(a corpusgen.Article) error {
			p := filepath.Join(root, name, filepath.FromSlash(a.Path))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			return os.WriteFile(p, a.Text, 0o644)
		})
		if err == nil {
			err = os.WriteFile(done, nil, 0o644)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	var size int64
	err := filepath.WalkDir(filepath.Join(root, name), func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			info, err := d.Info()
			if err == nil {
				size += info.Size()
			}
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return name, size
}

// BenchmarkStartup checks one seed article with the embedded rules.
func BenchmarkStartup(b *testing.B) {
	var rss int64
	for b.Loop() {
		r, _ := measured(b, "../..", "check", "--quiet", "testdata/seeds/000_60113713ec3ca20b.txt")
		rss = max(rss, r)
	}
	b.ReportMetric(float64(rss)/(1<<20), "maxrss-MB")
}

// BenchmarkCorpus checks generated corpora of growing size: ns/article
// stays flat when the time grows linearly, and maxrss-MB shows the memory.
func BenchmarkCorpus(b *testing.B) {
	for _, n := range []int{5000, 10000, 20000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			name, size := corpus(b, n)
			b.SetBytes(size)
			var rss int64
			for b.Loop() {
				r, _ := measured(b, benchDir(b), "check", "--quiet", name)
				rss = max(rss, r)
			}
			b.ReportMetric(float64(rss)/(1<<20), "maxrss-MB")
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/article")
		})
	}
}

// BenchmarkArchiveCheck checks one new article of an archived story
// against an archive of 100,000 articles: open the archive, find the
// story's articles through the index of terms, compare, report.
func BenchmarkArchiveCheck(b *testing.B) {
	const n = 100000
	name, _ := corpus(b, n)
	root := benchDir(b)
	db := fmt.Sprintf("archive-%d.db", n)
	// Indexing an archive that is up to date reads and hashes the
	// files and stores nothing.
	cmd := exec.Command(binary, "index", "--quiet", "--archive", db, name)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("index: %v\n%s", err, out)
	}
	// The new article: an archived one with its count of people on board
	// changed by half, so that the comparison with its story has
	// findings.
	src, err := os.ReadFile(filepath.Join(root, name, "story00042", "outlet00.txt"))
	if err != nil {
		b.Fatal(err)
	}
	draft := filepath.Join(b.TempDir(), "draft.txt")
	people := regexp.MustCompile(`\b(\d+) people`)
	changed := people.ReplaceAllFunc(src, func(m []byte) []byte {
		n, _ := strconv.Atoi(string(people.FindSubmatch(m)[1]))
		return []byte(strconv.Itoa(n+n/2) + " people")
	})
	if err := os.WriteFile(draft, changed, 0o644); err != nil {
		b.Fatal(err)
	}
	var rss int64
	for b.Loop() {
		r, out := measured(b, root, "check", "--quiet", "--archive", db, draft)
		rss = max(rss, r)
		if !strings.Contains(out, "[fact.mismatch]") {
			b.Fatalf("no fact.mismatch against the archived story:\n%s", out)
		}
	}
	b.ReportMetric(float64(rss)/(1<<20), "maxrss-MB")
}
