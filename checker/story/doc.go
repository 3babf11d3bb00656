// Package story decides which articles of a run belong to the same news
// story, so that facts are compared only within a story.
//
// Articles with an explicit story id (front matter "story:") are grouped by
// that id, whatever the mode, and never joined with articles of another id
// or with articles that have none. The other articles are grouped by the
// mode among themselves: one story per directory ([Dir]), one story for all
// of them ([All]), or by the terms they share ([Auto]).
//
// # Auto
//
// Each term weighs ln(1 + n/df), where df is the number of articles that
// use it: a name few articles use tells more than one many use (an
// outlet's own name, a capital city). Two articles are linked when they
// share at least [Options.MinShared] distinct distinctive terms, and the
// weight of the shared terms is at least [Options.MinOverlap] (0.3) times
// the weight of the distinctive terms of the article that has less, or
// [Options.ManyOverlap] (0.15) times when they share at least
// [Options.ManyShared] (5) terms: articles of one story by different
// outlets share many names, while each also names people of its own. Stories are the connected components of
// the links (union-find), so a chain A~B, B~C puts A, B and C in one story.
//
// A term is distinctive when its document frequency df (the number of
// articles that use it) is at most
//
//	cap = clamp(n/50, 100, 1000)
//
// where n is the number of articles grouped by Auto. A term used by more
// than 100 articles of a small run, by more than 2% of a large one, or by
// more than 1000 articles in any run says little about which story an
// article belongs to ("united states", "police"), so it neither links
// articles nor counts in the overlap denominator. Runs of at most 100
// articles therefore use every term. A story's own names appear in few
// articles; a story of more than cap articles can still hold together
// through its less frequent names.
//
// Shared terms are counted only through an inverted index from term to the
// sorted list of articles that use it; articles that share no distinctive
// term are never compared. For each article i the index lists of its
// distinctive terms with df >= 2 are walked past i, counting shared terms
// per later article j in a dense scratch array that is reset after each
// article; each pair with a count is then tested and, if linked, united.
// Terms with df == 1 are dropped when the index is built, and terms above
// the cap are never walked.
//
// Cost: with P the total number of distinct (article, term) pairs, building
// the index is O(P log P) (interning and sorting each article's terms), and
// counting is O(Σ df(df−1)/2) over distinctive terms, which is at most
// O(P·cap) and so linear in the number of articles for a bounded number of
// terms per article. Memory is O(P + n). The result does not depend on map
// iteration order: term ids are assigned in input order, index lists are
// sorted, and connected components do not depend on the order in which
// links are found.
package story
