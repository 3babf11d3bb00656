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
// outlets share many names, while each also names people of its own.
// A link is strong when the shared weight reaches that share of the larger
// article's distinctive terms too: each article is mostly about what the
// other is about.
//
// # Figures
//
// [Article.Figures] are evidence like terms, with two limits. Figures an
// article does not share never count in its size: the articles of one
// story quote different figures far more often than they name different
// people. And a pair linked only with the help of figures needs at least
// minFigureNames (2) shared terms, and is kept only when one of its
// articles is linked to nothing by terms alone: a regional piece that
// names two of a story's people and its own. An article that terms
// already link has its story, and a round-up that quotes the names and
// figures of many stories would otherwise gain a link to each. Figure
// links then go through the hub step like any other.
//
// Stories are the connected components of the links (union-find) that are
// left once hubs have given up theirs, so a chain A~B, B~C puts A, B and C
// in one story.
//
// # Hubs
//
// A round-up, a live blog, a weekly digest or an index page names people
// of several stories and is linked to articles of each; connected
// components would merge those stories through it. So each article k is
// examined with its neighbours (the articles linked to it): the neighbours
// are joined into groups by the strong links among them and by strong
// links of two of them to one article beyond (two articles that both name
// the rest of a story are of it without k), and a neighbour's strong
// links to articles that are not k's neighbours are counted. A
// group counts as a story of its own when, without k, it holds at least
// two articles: two or more neighbours, or one and a strong link beyond.
// When at least two groups count, k is a hub: it keeps its links to the
// group it shares the most terms with (summed over the group; then the
// group with more articles and strong links beyond; then the group with
// the first path) and drops
// all its other links, so it joins that one story and merges none. A
// link is kept when neither of its articles drops it.
//
// Stories that are also linked without the hub stay one story: only the
// hub's links are dropped. Articles around k that stand alone (a chain,
// or briefs that each quote other names of one long article) do not make
// k a hub, since nothing shows they belong to other stories. The price: a
// story whose articles fall into two halves, each strongly linked within,
// is split when no article sees a strong link across them among its own
// neighbours: then every article that links the halves is a hub (see
// "two pairs joined by one link are split" in the tests). Front matter
// "story:" or [Dir] keeps such a story whole.
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
// the index is O(P log P) (interning and sorting each article's terms;
// where the caller numbered the terms, Article.TermIDs, interning is a
// dense table read instead of a hash of each term's text), and
// counting is O(Σ df(df−1)/2) over distinctive terms, which is at most
// O(P·cap) and so linear in the number of articles for a bounded number of
// terms per article. Finding hubs walks, for every article, the strong
// links of its neighbours, and stops as soon as they are one group: about
// the number of links for a story whose articles are all linked, and at
// most Σ over the articles of their neighbours' strong links (a hub's
// many weak links are never walked by its neighbours). Memory is
// O(P + n + links). The result does not depend on map iteration
// order or input order: term ids are assigned in input order, index lists
// and adjacency lists are sorted, a hub's ties are broken by path, and
// connected components do not depend on the order in which links are
// found.
package story
