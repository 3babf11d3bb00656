package server_test

import (
	"encoding/json"
	"log"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/corpusgen"
	"github.com/factlint/factlint/internal/server"
)

// reChecked is a Corpus that is not a *server.Static: the server checks
// it again with every request, as it did before corpora were extracted.
type reChecked struct{ *server.Static }

// TestExtractedCorpusTouchesOnlyTheStory: against 500 generated
// articles, a draft of one story is compared with the published
// articles of that story only (the others lend their names, not their
// facts), and gets the findings a full re-check of the corpus gives.
func TestExtractedCorpusTouchesOnlyTheStory(t *testing.T) {
	arts := corpusgen.Generate(corpusgen.Options{Articles: 501, Seed: 7})
	var inputs []checker.Input
	story := map[string]bool{}
	for _, a := range arts[1:] {
		inputs = append(inputs, checker.Input{Path: a.Path, Src: a.Text})
		if path.Dir(a.Path) == path.Dir(arts[0].Path) {
			story[a.Path] = true
		}
	}
	if len(story) == 0 {
		t.Fatalf("the draft's story %s has no published article", path.Dir(arts[0].Path))
	}
	corpus := server.NewStatic(inputs)
	// A draft of the story with a figure and a name gone wrong.
	text := string(arts[0].Text)
	for _, c := range [][2]string{{"from 200 victims", "from 290 victims"}, {"Stenundnor endorsed", "Stenundnar endorsed"}} {
		if !strings.Contains(text, c[0]) {
			t.Fatalf("the generated draft has no %q any more: %s", c[0], text)
		}
		text = strings.ReplaceAll(text, c[0], c[1])
	}
	req := server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft.txt", Text: text}}}

	var mu sync.Mutex
	var compared []string
	handed := 0
	defer server.SetPriorsHook(func(ps []checker.Prior) {
		mu.Lock()
		defer mu.Unlock()
		handed = len(ps)
		for _, p := range ps {
			if p.Story != "" || len(p.Terms) > 0 {
				compared = append(compared, p.Path)
			}
		}
	})()
	got := checkJSON(t, newServer(t, server.Config{Corpus: corpus}).URL, req)
	mu.Lock()
	var want []string
	for p := range story {
		want = append(want, p)
	}
	slices.Sort(want)
	// The candidates are the story's articles and, by the archive's
	// rule, any article that shares three distinctive names with the
	// draft: a few, not the corpus.
	for _, p := range want {
		if !slices.Contains(compared, p) {
			t.Errorf("not compared with %s, an article of the draft's story", p)
		}
	}
	if len(compared) > 2*len(want) {
		t.Errorf("compared with %d articles, %v; the story has %d", len(compared), compared, len(want))
	}
	if handed != len(inputs) {
		t.Errorf("%d articles lent their names, want all %d", handed, len(inputs))
	}
	mu.Unlock()

	full := checkJSON(t, newServer(t, server.Config{Corpus: reChecked{corpus}}).URL, req)
	g, f := decode(t, got), decode(t, full)
	rules := map[string]int{}
	for _, x := range g.Diagnostics {
		rules[x.Rule]++
	}
	if rules["fact.mismatch"] == 0 || rules["name.typo"] == 0 {
		t.Fatalf("the draft's figure and name were not caught: %s", got)
	}
	if !sameFindings(g, f) {
		t.Errorf("extracted corpus:\n%s\nfull re-check:\n%s", got, full)
	}
}

// sameFindings compares two answers finding by finding. The note of a
// name.typo finding (where the name is first used) may differ: the
// published articles come after the submitted ones when they are
// extracted priors, before them when they are checked again, so the
// first use is the draft's own when it uses the name.
func sameFindings(a, b doc) bool {
	if len(a.Diagnostics) != len(b.Diagnostics) {
		return false
	}
	for i := range a.Diagnostics {
		x, y := a.Diagnostics[i], b.Diagnostics[i]
		if x.Rule == "name.typo" && y.Rule == "name.typo" {
			x.Related, y.Related = nil, nil
		}
		bx, _ := json.Marshal(x)
		by, _ := json.Marshal(y)
		if string(bx) != string(by) {
			return false
		}
	}
	return true
}

// TestUnreadablePublishedArticle: a published article the checker
// cannot read (binary) is reported once, when the server starts, not
// with every request, and the others are still compared with.
func TestUnreadablePublishedArticle(t *testing.T) {
	var logged strings.Builder
	var mu sync.Mutex
	inputs := []checker.Input{
		{Path: "published/blob.txt", Src: []byte("\x00\x01\x02")},
		{Path: "published/" + nextSeed, Src: []byte(seed(t, nextSeed))},
	}
	ts := newServer(t, server.Config{Corpus: server.NewStatic(inputs), Log: log.New(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return logged.Write(p)
	}), "", 0)})
	for range 2 {
		d := decode(t, checkJSON(t, ts.URL, server.CheckRequest{Articles: []server.ArticleRequest{{Name: "draft", Text: seed(t, typoSeed)}}}))
		if len(d.Diagnostics) == 0 {
			t.Error("no findings against the readable published article")
		}
	}
	mu.Lock()
	defer mu.Unlock()
	if n := strings.Count(logged.String(), "published/blob.txt: binary file"); n != 1 {
		t.Errorf("the binary article is logged %d times, want once:\n%s", n, logged.String())
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestExtractedCorpusEachGroupMode: for every --group, a draft of one
// generated story gets against the extracted corpus the findings that a
// full re-check gives.
func TestExtractedCorpusEachGroupMode(t *testing.T) {
	arts := corpusgen.Generate(corpusgen.Options{Articles: 61, Seed: 7})
	var inputs []checker.Input
	for _, a := range arts[1:] {
		inputs = append(inputs, checker.Input{Path: a.Path, Src: a.Text})
	}
	text := strings.ReplaceAll(string(arts[0].Text), "from 200 victims", "from 290 victims")
	// In the story's directory, for --group dir.
	req := server.CheckRequest{Articles: []server.ArticleRequest{{Name: path.Dir(arts[0].Path) + "/draft.txt", Text: text}}}
	corpus := server.NewStatic(inputs)
	for _, mode := range []story.Mode{story.Auto, story.Dir, story.All} {
		t.Run(mode.String(), func(t *testing.T) {
			got := checkJSON(t, newServer(t, server.Config{Corpus: corpus, Group: mode}).URL, req)
			full := checkJSON(t, newServer(t, server.Config{Corpus: reChecked{corpus}, Group: mode}).URL, req)
			g := decode(t, got)
			mismatch := false
			for _, x := range g.Diagnostics {
				mismatch = mismatch || x.Rule == "fact.mismatch"
			}
			if !mismatch {
				t.Fatalf("the draft's figure was not caught: %s", got)
			}
			if !sameFindings(g, decode(t, full)) {
				t.Errorf("extracted corpus:\n%s\nfull re-check:\n%s", got, full)
			}
		})
	}
}
