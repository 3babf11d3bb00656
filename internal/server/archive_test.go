package server_test

import (
	"bytes"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/archive"
	"github.com/factlint/factlint/internal/cli"
	"github.com/factlint/factlint/internal/server"
	"github.com/factlint/factlint/rules"
)

// seedArchive builds an archive of the seeds with factlint index and
// opens it for reading.
func seedArchive(t *testing.T) *archive.Archive {
	t.Helper()
	db := filepath.Join(t.TempDir(), "seeds.db")
	var stderr bytes.Buffer
	env := cli.Env{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr, Getenv: func(string) string { return "" }, Dir: t.TempDir(), IsTerminal: func(io.Writer) bool { return false }}
	if code := cli.Main([]string{"index", "--archive", db, seedsDir}, env); code != 0 {
		t.Fatalf("index: exit %d: %s", code, stderr.String())
	}
	set, err := rules.Load("")
	if err != nil {
		t.Fatal(err)
	}
	arch, err := archive.Open(db, set.Fingerprint(cli.Version))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = arch.Close() })
	return arch
}

// TestCheckAgainstArchive: with an archive built by factlint index (and
// no published files), a draft is compared with the archived articles of
// its story, and only the draft's findings come back.
func TestCheckAgainstArchive(t *testing.T) {
	arch := seedArchive(t)

	// Alone, the draft has no other spelling to be compared with.
	draft := "North Korean leader Kim Jong Un met Russian President Vladimir Putting at the Vostochny Cosmodrome, where Putin showed him the launch pads.\n"
	alone := decode(t, checkJSON(t, newServer(t, server.Config{}).URL, server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft.txt", Text: draft}}}))
	for _, x := range alone.Diagnostics {
		if x.Rule == "name.typo" {
			t.Fatalf("the draft alone has a typo finding; the test proves nothing: %s", x.Message)
		}
	}

	ts := newServer(t, server.Config{Prior: arch.Candidates})
	d := decode(t, checkJSON(t, ts.URL, server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft.txt", Text: draft}}}))
	typo := false
	for _, x := range d.Diagnostics {
		if x.File != "draft.txt" {
			t.Errorf("a finding outside the draft: %s:%d %s", x.File, x.Line, x.Rule)
		}
		if x.Rule == "name.typo" && strings.Contains(x.Message, `"Putting"`) {
			typo = true
			// The archived articles are counted. (The related place is
			// the name's first use, and the run's own articles come
			// before the archived ones.)
			if !strings.Contains(x.Message, "in 5 articles") {
				t.Errorf("the typo's evidence does not count the archived articles: %s", x.Message)
			}
		}
	}
	if !typo {
		t.Errorf("no name.typo finding for the draft against the archive: %+v", d.Diagnostics)
	}
}

// TestArchiveWithPublishedPaths: an archive of the seeds together with
// the same seeds as published files (the paths index gave them) counts
// each article once — a published article replaces the archived one of
// its path — so the answer is the one of the published files alone.
func TestArchiveWithPublishedPaths(t *testing.T) {
	arch := seedArchive(t)
	paths, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var inputs []checker.Input
	for _, p := range paths {
		inputs = append(inputs, checker.Input{Path: p, Src: []byte(seed(t, filepath.Base(p)))})
	}
	// A draft that the archive finds candidates for.
	draft := "North Korean leader Kim Jong Un met Russian President Vladimir Putting at the Vostochny Cosmodrome, where Putin showed him the launch pads.\n"
	req := server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft.txt", Text: draft}}}
	if ps, err := arch.Candidates(nil, nil); err != nil || len(ps) != 0 {
		t.Fatalf("candidates of nothing: %v, %v", ps, err)
	}
	published := checkJSON(t, newServer(t, server.Config{Corpus: server.NewStatic(inputs)}).URL, req)
	var (
		mu     sync.Mutex
		handed []string
	)
	defer server.SetPriorsHook(func(ps []checker.Prior) {
		mu.Lock()
		defer mu.Unlock()
		handed = handed[:0]
		for _, p := range ps {
			handed = append(handed, p.Path)
		}
	})()
	both := checkJSON(t, newServer(t, server.Config{Corpus: server.NewStatic(inputs), Prior: arch.Candidates}).URL, req)
	if !strings.Contains(string(published), `looks like a misspelling`) {
		t.Fatalf("the published seeds do not give the typo's evidence: %s", published)
	}
	if !bytes.Equal(both, published) {
		t.Errorf("with the archive of the same files:\n%s\nwithout it:\n%s", both, published)
	}
	mu.Lock()
	defer mu.Unlock()
	slices.Sort(handed)
	if len(handed) != len(paths) || len(slices.Compact(handed)) != len(paths) {
		t.Errorf("priors %v, want each of the %d seeds once", handed, len(paths))
	}
}
