package story

import (
	"slices"
	"strings"
)

// link is a pair of articles a < b (indices into the run grouped by Auto)
// that share enough distinctive terms.
type link struct {
	a, b int32
	// shared is the number of distinct distinctive terms they share.
	shared int32
	// strong is set when the shared weight reaches the overlap threshold
	// for the larger article too, not only for the smaller: each article
	// is mostly about what the other is about. A round-up shares a small
	// part of its names with each story it covers, so its links are weak
	// from its side.
	strong bool
}

// neighbour is one entry of an article's adjacency list.
type neighbour struct {
	to     int32
	link   int32 // index into the links slice
	shared int32
	strong bool
}

// keepLinks returns the links that may join stories: all of them, except
// the links of a hub to every story but one.
//
// An article k is a hub when the articles it is linked to (its
// neighbours) fall into at least two groups that are stories of their own
// without k. The groups are the connected parts of the strong links among
// the neighbours, and of their strong links to one article beyond them:
// two neighbours that both name the rest of one story are in it without
// k, and two articles of one story that each name two others of it would
// otherwise each take the other for a hub and cut a third off. A group
// is a story of its own when it holds two
// or more neighbours, or one neighbour with a strong link to an article
// that is not k's neighbour (the rest of its story, which k does not
// name). A round-up, a live blog, a digest or an index page is such an
// article: it names one or more articles of each story it covers, and
// those stories share nothing strong with each other but it. A hub keeps
// its links to the one group it shares the most terms with (see better)
// and loses the others, so that it joins one story and merges none. Links
// to neighbours that stand alone around a hub are lost too: they are
// stories of their own, as far as the hub can tell.
//
// An article linked to single articles that are not linked to each other
// (a chain, or one long article and briefs that each quote part of it) is
// no hub: nothing shows that those articles are separate stories, and
// one story whose outlets each picked other names would otherwise split.
//
// The cost, on top of the linking itself, is at most Σ over the articles
// k of the strong links of k's neighbours: every article's neighbours are
// marked, and the strong links of each neighbour are walked once, until
// the neighbours are found to be one group. A story whose articles are
// all linked costs about its number of links; a hub's many weak links are
// not walked by its neighbours.
func keepLinks(n int, links []link, paths []string) []link {
	if len(links) == 0 {
		return links
	}
	// Adjacency lists in one flat slice: adj[off[k]:off[k+1]], sorted by
	// neighbour so that nothing depends on the order links were found.
	off := make([]int, n+1)
	for _, l := range links {
		off[l.a+1]++
		off[l.b+1]++
	}
	for k := range n {
		off[k+1] += off[k]
	}
	adj := make([]neighbour, off[n])
	fill := slices.Clone(off[:n])
	for i, l := range links {
		adj[fill[l.a]] = neighbour{to: l.b, link: int32(i), shared: l.shared, strong: l.strong}
		fill[l.a]++
		adj[fill[l.b]] = neighbour{to: l.a, link: int32(i), shared: l.shared, strong: l.strong}
		fill[l.b]++
	}
	// The strong links alone, apart: a round-up has many links, few of
	// them strong, and its neighbours walk these lists.
	soff := make([]int, n+1)
	for k := range n {
		list := adj[off[k]:off[k+1]]
		slices.SortFunc(list, func(x, y neighbour) int { return int(x.to - y.to) })
		soff[k+1] = soff[k]
		for _, e := range list {
			if e.strong {
				soff[k+1]++
			}
		}
	}
	strong := make([]int32, 0, soff[n])
	for _, e := range adj {
		if e.strong {
			strong = append(strong, e.to)
		}
	}

	var (
		dropped = make([]bool, len(links))
		mark    = make([]int32, n) // k+1 while the neighbours of k are examined
		parent  = make([]int32, n) // union-find among the neighbours of k
		size    = make([]int32, n) // per group root: articles, with those beyond
		beyond  = make([]int32, n) // per neighbour: strong links beyond k's neighbours
		reached = make([]int32, n) // k+1 once an article beyond is reached from k's neighbours
		reacher = make([]int32, n) // per article beyond: the first neighbour that reached it
		shared  = make([]int32, n) // per group root: terms shared with k
		first   = make([]int32, n) // per group root: article with the first path
	)
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for k := range n {
		around := adj[off[k]:off[k+1]]
		// Two groups are needed.
		if len(around) < 2 {
			continue
		}
		stamp := int32(k) + 1
		for _, e := range around {
			mark[e.to] = stamp
			parent[e.to] = e.to
			size[e.to], shared[e.to], first[e.to] = 0, 0, e.to
		}
		// Join the neighbours by their strong links among themselves,
		// and count their strong links to articles beyond k's reach.
		// Once all neighbours are one group k is no hub, and the
		// rest need not be walked: in a story whose articles are all
		// linked this happens with the first neighbour, so the cost
		// stays near the number of links.
		parts := len(around)
		for _, e := range around {
			beyond[e.to] = 0
			for _, f := range strong[soff[e.to]:soff[e.to+1]] {
				switch {
				case f == int32(k):
				case mark[f] != stamp:
					beyond[e.to]++
					if reached[f] != stamp {
						reached[f], reacher[f] = stamp, e.to
						continue
					}
					// Two neighbours strongly linked to one article
					// beyond are one story without k, whichever of
					// them k is linked to.
					if ra, rb := find(e.to), find(reacher[f]); ra != rb {
						parent[max(ra, rb)] = min(ra, rb)
						parts--
					}
				default:
					ra, rb := find(e.to), find(f)
					if ra != rb {
						parent[max(ra, rb)] = min(ra, rb)
						parts--
					}
				}
			}
			if parts == 1 {
				break
			}
		}
		if parts == 1 {
			continue
		}
		// A group is a story of its own when, without k, it holds at
		// least two articles: two of k's neighbours, or one and an
		// article beyond.
		groups := 0
		for _, e := range around {
			r := find(e.to)
			was := size[r]
			size[r] += 1 + beyond[e.to]
			if was < 2 && size[r] >= 2 {
				groups++
			}
			shared[r] += e.shared
			if strings.Compare(paths[e.to], paths[first[r]]) < 0 {
				first[r] = e.to
			}
		}
		if groups < 2 {
			continue
		}
		best := int32(-1)
		for _, e := range around {
			r := find(e.to)
			if r != e.to {
				continue
			}
			if best < 0 || better(r, best, shared, size, first, paths) {
				best = r
			}
		}
		for _, e := range around {
			if find(e.to) != best {
				dropped[e.link] = true
			}
		}
	}

	kept := links[:0]
	for i, l := range links {
		if !dropped[i] {
			kept = append(kept, l)
		}
	}
	return kept
}

// better reports whether group root r is a better story for a hub than
// group root s: more shared terms, then more articles (with their strong
// links beyond the hub's neighbours), then the first path.
func better(r, s int32, shared, size, first []int32, paths []string) bool {
	if shared[r] != shared[s] {
		return shared[r] > shared[s]
	}
	if size[r] != size[s] {
		return size[r] > size[s]
	}
	return paths[first[r]] < paths[first[s]]
}
