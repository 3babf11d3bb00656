package rules

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestSymmetricMatchAskedOnce checks that compareKey asks a symmetric
// match once per pair of a key's claims of two articles, where it asked
// it from both sides, and that the findings are those of asking both
// sides: invented stories of counts of one key, some repeated in like
// words within an article, matched by their first context word.
func TestSymmetricMatchAskedOnce(t *testing.T) {
	type fig struct {
		v    float64
		word wordID
	}
	for _, tc := range []struct {
		name     string
		articles [][]fig
		// pairs is the number of pairs of claims of two articles, each
		// the first of its like claims in its article: the asks saved.
		// (Where a figure disagrees, closerInArticle asks the pairs it
		// needs either way.)
		pairs int
	}{
		{"one differs", [][]fig{{{40, 1}}, {{40, 2}}, {{44, 1}}}, 3},
		{"odd one out", [][]fig{{{40, 1}}, {{40, 1}}, {{71, 1}}, {{40, 1}}}, 6},
		{"two facts apart", [][]fig{{{40, 1}, {9, 2}}, {{40, 1}, {9, 2}}, {{40, 1}, {14, 2}}}, 12},
		{"repeated in an article", [][]fig{{{40, 1}, {40, 1}}, {{40, 1}}, {{52, 1}, {52, 1}, {52, 1}}}, 3},
		{"nothing shared", [][]fig{{{40, 1}}, {{61, 2}}, {{83, 3}}}, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			run := func(symmetric bool) ([]string, int) {
				perArticle := make([][]claim, len(tc.articles))
				story := make([]int, len(tc.articles))
				paths := make([]string, len(tc.articles))
				for a, figs := range tc.articles {
					story[a] = a
					paths[a] = fmt.Sprintf("%c.txt", 'a'+a)
					for i, f := range figs {
						perArticle[a] = append(perArticle[a], claim{
							Key: "count:heron", Label: "herons", Shown: fmt.Sprint(f.v),
							Loc:     diag.Location{File: paths[a], Start: document.Position{Line: i + 1, Column: 5}, StartByte: 10 * i},
							Q:       figure{Value: f.v, High: f.v, Step: 1, Round: 1},
							Context: []wordID{f.word}, Role: -1,
						})
					}
				}
				asked := 0
				match := func(x, y *claim) bool {
					asked++
					return x.Context[0] == y.Context[0]
				}
				rep := NewReporter(nil)
				c := &Corpus{Articles: len(perArticle), Stories: [][]int{story}, Paths: paths, Jobs: 1}
				compareStories(c, perArticle, comparison{rule: &factRule{}, match: match, symmetric: symmetric, vagueIsNeutral: true}, rep)
				var out []string
				for _, d := range rep.Diagnostics() {
					out = append(out, fmt.Sprintf("%s:%d %s", d.File, d.Start.Line, d.Message))
				}
				return out, asked
			}
			want, both := run(false)
			got, once := run(true)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("findings asked once per pair:\n%q\nasked from both sides:\n%q", got, want)
			}
			if both-once != tc.pairs {
				t.Errorf("match asked %d times with each pair asked once, %d asked from both sides: %d asks saved, want %d", once, both, both-once, tc.pairs)
			}
			if len(want) == 0 && tc.name != "nothing shared" {
				t.Errorf("no finding: the story should disagree")
			}
		})
	}
}

// TestAutoFactsMatchSymmetric checks what fact.mismatch's comparison
// claims (comparison.symmetric): that its match of two claims of one key
// is the same either way round, for every pair of claims of one key in
// the stories of a generated corpus, before and after the corpus stage's
// passes set their marks (onceEach, copied).
func TestAutoFactsMatchSymmetric(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	rule := autoRule(t, set)
	var perArticle [][]claim
	var paths []string
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 150, Seed: 11}) {
		a := articleAt(t, set, g.Path, g.Text, i)
		f, _ := rule.Check(a, nil).(*autoFacts)
		var cs []claim
		if f != nil {
			cs = f.Claims
		}
		for k := range cs {
			cs[k].Article = i
		}
		perArticle = append(perArticle, cs)
		paths = append(paths, g.Path)
	}
	stories := storiesByDir(paths)
	markOnceEach(stories, perArticle, numberKeys(perArticle))
	pairs := 0
	for _, st := range stories {
		byKey := map[string][]*claim{}
		for _, a := range st {
			for k := range perArticle[a] {
				x := &perArticle[a][k]
				byKey[x.Key] = append(byKey[x.Key], x)
			}
		}
		for key, cs := range byKey {
			for i, x := range cs {
				for _, y := range cs[i+1:] {
					if x.Article == y.Article {
						continue
					}
					pairs++
					if xy, yx := rule.match(x, y), rule.match(y, x); xy != yx {
						t.Errorf("%s: match(%s at %d:%d, %s at %d:%d) is %v, the other way round %v", key, x.Shown, x.Article, x.Loc.Start.Line, y.Shown, y.Article, y.Loc.Start.Line, xy, yx)
					}
				}
			}
		}
	}
	if pairs < 1000 {
		t.Fatalf("only %d pairs compared", pairs)
	}
}

// TestAgreeingKeyNotCompared checks that compareKey does not ask match
// about a key whose claims of two articles all agree in figure (nothing
// of it can be reported), and does where two of them disagree, with the
// findings of asking: invented stories of one key, with the figures of
// each article (a like word for all, so that every pair matches).
func TestAgreeingKeyNotCompared(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles [][]float64
		asked    bool
		want     []string
	}{
		{"one figure", [][]float64{{40}, {40}, {40}}, false, nil},
		{"one figure, repeated", [][]float64{{40, 40}, {40}, {40, 40, 40}}, false, nil},
		{"a second figure in one article", [][]float64{{40, 52}, {40}}, true, nil},
		{"one differs", [][]float64{{40}, {40}, {47}}, true, []string{"c.txt:1 herons: 47 here; 40 in a.txt:1, 40 in b.txt:1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			perArticle := make([][]claim, len(tc.articles))
			story := make([]int, len(tc.articles))
			paths := make([]string, len(tc.articles))
			for a, figs := range tc.articles {
				story[a] = a
				paths[a] = fmt.Sprintf("%c.txt", 'a'+a)
				for i, v := range figs {
					perArticle[a] = append(perArticle[a], claim{
						Key: "count:heron", Label: "herons", Shown: fmt.Sprint(v),
						Loc:     diag.Location{File: paths[a], Start: document.Position{Line: i + 1, Column: 5}, StartByte: 10 * i},
						Q:       figure{Value: v, High: v, Step: 1, Round: 1},
						Context: []wordID{1}, Role: -1,
					})
				}
			}
			asked := 0
			match := func(x, y *claim) bool {
				asked++
				return true
			}
			rep := NewReporter(nil)
			c := &Corpus{Articles: len(perArticle), Stories: [][]int{story}, Paths: paths, Jobs: 1}
			compareStories(c, perArticle, comparison{rule: &factRule{}, match: match, symmetric: true, vagueIsNeutral: true}, rep)
			var got []string
			for _, d := range rep.Diagnostics() {
				got = append(got, fmt.Sprintf("%s:%d %s", d.File, d.Start.Line, d.Message))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("findings %q, want %q", got, tc.want)
			}
			if (asked > 0) != tc.asked {
				t.Errorf("match asked %d times; want asked: %v", asked, tc.asked)
			}
		})
	}
}
