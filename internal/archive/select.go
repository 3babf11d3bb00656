package archive

import "sort"

// Index is what Select needs of a store of extracted articles: an
// inverted index from story terms and story ids to the articles that use
// them. K identifies an article (a record key in an archive, a position
// in an in-memory corpus).
type Index[K comparable] struct {
	// Count is the number of articles in the store.
	Count int
	// Term returns the articles that use a story term, or nil when more
	// than limit do (the term is not distinctive).
	Term func(term string, limit int) []K
	// Story returns the articles whose front matter gives the story id,
	// or nil when more than limit do.
	Story func(id string, limit int) []K
	// Compare orders two articles that share as many terms, so that
	// the choice among them does not depend on map order.
	Compare func(a, b K) int
}

// Select returns the articles of ix that may belong to the story of one
// of the given articles (their story ids and story terms): those with
// the same story id, and those that share at least minShared distinctive
// terms with one of them — a term is distinctive when at most
// clamp(n/50, 100, 1000) stored articles use it, as story.Group counts
// it. At most maxCandidates per article are kept by shared terms (those
// that share the most), and as many by story id. It is the rule of
// Archive.Candidates, shared with the server's in-memory corpus so that
// both pick the same articles.
func Select[K comparable](ix Index[K], stories []string, terms [][]string) map[K]bool {
	limit := min(max(ix.Count/50, 100), 1000)
	chosen := map[K]bool{}
	for i := range terms {
		shared := map[K]int{}
		seen := map[string]bool{}
		for _, t := range terms[i] {
			if seen[t] {
				continue
			}
			seen[t] = true
			for _, k := range ix.Term(t, limit) {
				shared[k]++
			}
		}
		var best []K
		for k, n := range shared {
			if n >= minShared {
				best = append(best, k)
			}
		}
		sort.Slice(best, func(x, y int) bool {
			if shared[best[x]] != shared[best[y]] {
				return shared[best[x]] > shared[best[y]]
			}
			return ix.Compare(best[x], best[y]) < 0
		})
		for _, k := range best[:min(len(best), maxCandidates)] {
			chosen[k] = true
		}
		if i < len(stories) && stories[i] != "" {
			for _, k := range ix.Story(stories[i], maxCandidates) {
				chosen[k] = true
			}
		}
	}
	return chosen
}
