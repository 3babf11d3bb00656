package server

import (
	"fmt"
	"path/filepath"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/story"
	"github.com/factlint/factlint/internal/archive"
	"github.com/factlint/factlint/rules"
)

// index is a Static corpus extracted once, at start-up: what the checker
// keeps of each published article (facts, names, story terms), and an
// inverted index of story terms and ids, so that a request extracts only
// the submitted articles and compares them with the published articles of
// their stories, as check --archive does with an archive. It is read-only
// once built, and so safe for concurrent requests.
type index struct {
	// priors are the extracted articles, in corpus order (by path);
	// articles the checker skipped (binary, UTF-16) are not here.
	priors []checker.Prior
	// context are the same articles without their story: their names
	// and the facts of the rules that compare across the whole run
	// (name.variant, corpus-scope consistency), as when the whole corpus
	// was checked again. name.typo judges a spelling within its story,
	// so for it only the priors of the draft's story count, as in check.
	context []checker.Prior
	// paths are the paths of every corpus article, skipped ones
	// included: an archived article of one of them is replaced by it.
	paths   map[string]bool
	byTerm  map[string][]int // term → priors using it, ascending
	byStory map[string][]int // story id → priors of it, ascending
	byDir   map[string][]int // directory → priors in it, ascending (story.Dir)
}

// newIndex extracts inputs (sorted by path) with set. The notices of
// articles that could not be checked are logged once, here, instead of
// at every request.
func newIndex(inputs []checker.Input, set *rules.Set, logf func(string, ...any)) (*index, error) {
	ex := make([]*checker.Extracted, len(inputs))
	var failed error
	checker.Extract(inputs, checker.Options{Rules: set}, func(i int, e *checker.Extracted, err error) {
		if err != nil {
			logf("%s: %s", inputs[i].Path, err)
			return
		}
		ex[i] = e
	})
	// The rules that compare within a story only: their facts are
	// handed over for the candidates of a request's stories alone.
	scoped := map[string]bool{}
	for _, r := range set.Rules {
		if rules.StoryScoped(r) {
			scoped[r.Info().ID] = true
		}
	}
	ix := &index{paths: make(map[string]bool, len(inputs)), byTerm: map[string][]int{}, byStory: map[string][]int{}, byDir: map[string][]int{}}
	for i, e := range ex {
		ix.paths[inputs[i].Path] = true
		if e == nil {
			continue
		}
		names, err := rules.DecodeNames(e.Names)
		if err != nil && failed == nil {
			failed = fmt.Errorf("%s: %w", e.Path, err)
		}
		k := len(ix.priors)
		ix.priors = append(ix.priors, checker.Prior{Path: e.Path, Story: e.Story, Terms: e.Terms, Names: names, Facts: e.Facts})
		run := map[string][]byte{}
		for id, f := range e.Facts {
			if !scoped[id] {
				run[id] = f
			}
		}
		ix.context = append(ix.context, checker.Prior{Path: e.Path, Names: names, Facts: run})
		seen := map[string]bool{}
		for _, t := range e.Terms {
			if !seen[t] {
				seen[t] = true
				ix.byTerm[t] = append(ix.byTerm[t], k)
			}
		}
		if e.Story != "" {
			ix.byStory[e.Story] = append(ix.byStory[e.Story], k)
		}
		dir := filepath.Dir(filepath.Clean(e.Path))
		ix.byDir[dir] = append(ix.byDir[dir], k)
	}
	if failed != nil {
		return nil, fmt.Errorf("extracting the corpus: %w", failed)
	}
	return ix, nil
}

// capped returns list, or nil when it holds more than limit articles, as
// an archive's postings do.
func capped(list []int, limit int) []int {
	if len(list) > limit {
		return nil
	}
	return list
}

// candidates returns the published articles that the submitted ones
// (their paths, story ids and story terms) are compared with, in corpus
// order, leaving out those in skip (replaced by a submitted article); the
// others come without their story (index.context). How
// they are picked follows mode, as story.Group groups: by story id, and
// by shared distinctive terms (archive.Select, the rule of an archive)
// for Auto, by directory for Dir; All compares with every article.
func (ix *index) candidates(mode story.Mode, paths, stories []string, terms [][]string, skip map[string]bool) []checker.Prior {
	var chosen map[int]bool
	switch mode {
	case story.All:
		chosen = make(map[int]bool, len(ix.priors))
		for k := range ix.priors {
			chosen[k] = true
		}
	case story.Dir:
		chosen = map[int]bool{}
		for _, p := range paths {
			for _, k := range ix.byDir[filepath.Dir(filepath.Clean(p))] {
				chosen[k] = true
			}
		}
		for _, id := range stories {
			for _, k := range ix.byStory[id] {
				chosen[k] = true
			}
		}
	default:
		chosen = archive.Select(archive.Index[int]{
			Count:   len(ix.priors),
			Term:    func(t string, limit int) []int { return capped(ix.byTerm[t], limit) },
			Story:   func(id string, limit int) []int { return capped(ix.byStory[id], limit) },
			Compare: func(a, b int) int { return a - b },
		}, stories, terms)
	}
	out := make([]checker.Prior, 0, len(ix.priors))
	for k := range ix.priors {
		switch {
		case skip[ix.priors[k].Path]:
		case chosen[k]:
			out = append(out, ix.priors[k])
		default:
			out = append(out, ix.context[k])
		}
	}
	return out
}

// combine puts the archived priors after the published ones, leaving out
// an archived article that a published or submitted one replaces (same
// path: the published copy is the newer).
func combine(published, archived []checker.Prior, corpusPaths, skip map[string]bool) []checker.Prior {
	out := published
	for _, p := range archived {
		if !corpusPaths[p.Path] && !skip[p.Path] {
			out = append(out, p)
		}
	}
	return out
}
