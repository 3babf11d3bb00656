package story

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
)

// Mode selects how articles are grouped.
type Mode uint8

// Grouping modes.
const (
	// Auto groups articles that share enough distinctive terms.
	Auto Mode = iota
	// Dir makes one story per directory (filepath.Dir of the path).
	Dir
	// All puts every article in one story.
	All
)

// String names the mode as users write it.
func (m Mode) String() string {
	switch m {
	case Auto:
		return "auto"
	case Dir:
		return "dir"
	case All:
		return "all"
	}
	return fmt.Sprintf("mode(%d)", int(m))
}

// ParseMode reads "auto", "dir" or "all".
func ParseMode(s string) (Mode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "auto":
		return Auto, nil
	case "dir":
		return Dir, nil
	case "all":
		return All, nil
	}
	return 0, fmt.Errorf("unknown story mode %q (want auto, dir or all)", s)
}

// Article is what grouping knows of one article.
type Article struct {
	Path string
	// Story is an explicit story id (front matter "story:"); "" if none.
	Story string
	// Terms are the article's distinctive terms, already normalised by the
	// caller (case-folded names such as "rotterdam", "anna novak");
	// duplicates allowed.
	Terms []string
	// TermIDs, if not nil, number Terms (TermIDs[k] is Terms[k]'s) in
	// one numbering of all the articles' terms, from 0: equal terms,
	// equal numbers. A caller that interns the terms anyway numbers them
	// there, and grouping reads the numbers instead of hashing every
	// term of every article again. Without them (or with a length other
	// than Terms'), grouping numbers the terms itself.
	TermIDs []int32
	// Figures are the article's figures, each a number with what it
	// counts or its unit ("146 cases", "22 per cent"), as [FigureKey]
	// hashes them; duplicates allowed. A shared figure is evidence like a
	// shared term, but figures an article does not share never count in
	// its size: a story's articles quote different figures far more often
	// than they name different people, so unshared figures would only
	// dilute the overlap of weakly linked articles.
	Figures []uint64
}

// FigureKey returns the key of a figure: the value (low and high end, the
// same for a single value) and its unit or counted word, ASCII letters
// case-folded. A 64-bit FNV-1a hash rather than a string: one per
// quantity of every article would otherwise be an allocation each, and a
// collision only adds one shared figure to one pair.
func FigureKey(low, high float64, word string) uint64 {
	const prime = 1099511628211
	h := uint64(14695981039346656037)
	for _, v := range [2]uint64{math.Float64bits(low), math.Float64bits(high)} {
		for range 8 {
			h = (h ^ (v & 0xff)) * prime
			v >>= 8
		}
	}
	for i := range len(word) {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * prime
	}
	return h
}

// Options tune Auto.
type Options struct {
	// MinShared is the number of distinct shared terms that links two
	// articles (default 3 when 0 or less).
	MinShared int
	// MinOverlap is the least share of the smaller article's distinct
	// terms that must be shared, each term weighted by ln(1 + n/df)
	// (default 0.3 when 0 or less).
	MinOverlap float64
	// ManyShared is the number of shared terms from which ManyOverlap is
	// enough (default 5): articles of one story by different outlets
	// share many names, while each also names people of its own.
	ManyShared int
	// ManyOverlap is the least weighted share when at least ManyShared
	// terms are shared (default 0.15).
	ManyOverlap float64
}

// Defaults used when an Options field is 0.
const (
	defaultMinShared   = 3
	defaultMinOverlap  = 0.3
	defaultManyShared  = 5
	defaultManyOverlap = 0.15
)

// Bounds of the document-frequency cap: a term used by more than
// clamp(n/capDivisor, capMin, capMax) articles is not distinctive.
const (
	capDivisor = 50
	capMin     = 100
	capMax     = 1000
)

// Group returns the stories: each a sorted slice of article indices,
// stories ordered by their first index. Every article is in exactly one
// story (an article linked to nothing is a story of its own).
func Group(articles []Article, mode Mode, opt Options) [][]int {
	var (
		groups   [][]int
		explicit = map[string]int{} // story id → index in groups
		rest     []int              // articles without a story id
	)
	for i, a := range articles {
		if a.Story == "" {
			rest = append(rest, i)
			continue
		}
		g, ok := explicit[a.Story]
		if !ok {
			g = len(groups)
			explicit[a.Story] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}

	if len(rest) > 0 {
		switch mode {
		case Dir:
			groups = append(groups, byDir(articles, rest)...)
		case All:
			groups = append(groups, rest)
		default:
			groups = append(groups, byTerms(articles, rest, opt)...)
		}
	}

	// Every group is built in increasing index order and groups are
	// disjoint, so ordering by first index is total.
	slices.SortFunc(groups, func(a, b []int) int { return a[0] - b[0] })
	return groups
}

// byDir groups the articles at indices idx by directory.
func byDir(articles []Article, idx []int) [][]int {
	var groups [][]int
	byName := map[string]int{}
	for _, i := range idx {
		dir := filepath.Dir(filepath.Clean(articles[i].Path))
		g, ok := byName[dir]
		if !ok {
			g = len(groups)
			byName[dir] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	return groups
}

// distinctiveCap returns the largest document frequency of a distinctive
// term in a run of n articles.
func distinctiveCap(n int) int {
	return min(max(n/capDivisor, capMin), capMax)
}

// byTerms groups the articles at indices idx by shared distinctive terms;
// see the package documentation for the algorithm.
func byTerms(articles []Article, idx []int, opt Options) [][]int {
	n := len(idx)
	minShared := opt.MinShared
	if minShared <= 0 {
		minShared = defaultMinShared
	}
	minOverlap := opt.MinOverlap
	if minOverlap <= 0 {
		minOverlap = defaultMinOverlap
	}
	manyShared := opt.ManyShared
	if manyShared <= 0 {
		manyShared = defaultManyShared
	}
	manyOverlap := opt.ManyOverlap
	if manyOverlap <= 0 {
		manyOverlap = defaultManyOverlap
	}

	// Intern terms in input order and keep each article's distinct term
	// ids, sorted, in one flat slice: terms[start[k]:start[k+1]].
	total := 0
	for _, i := range idx {
		total += len(articles[i].Terms) + len(articles[i].Figures)
	}
	// Terms the caller numbered are renumbered through a dense table
	// (local[g] is global term g's id plus one, 0 for none yet), in the
	// order a map of the terms would number them, so the ids, and all
	// that follows from them, are the same.
	numbered := true
	maxID := int32(-1)
	for _, i := range idx {
		a := &articles[i]
		if len(a.TermIDs) != len(a.Terms) {
			numbered = false
			break
		}
		for _, g := range a.TermIDs {
			if g < 0 {
				numbered = false
				break
			}
			maxID = max(maxID, g)
		}
	}
	var ids map[string]int32
	var local []int32
	if numbered {
		local = make([]int32, maxID+1)
	} else {
		ids = make(map[string]int32, total/4)
	}
	var df []int32
	var figure []bool // by term id: the term is a figure
	var figIDs figureTable
	figIDs.reset(1 << 9)
	start := make([]int, n+1)
	terms := make([]int32, 0, total)
	for k, i := range idx {
		first := len(terms)
		if numbered {
			for _, g := range articles[i].TermIDs {
				id := local[g] - 1
				if id < 0 {
					id = int32(len(df))
					local[g] = id + 1
					df = append(df, 0)
					figure = append(figure, false)
				}
				terms = append(terms, id)
			}
		} else {
			for _, t := range articles[i].Terms {
				id, ok := ids[t]
				if !ok {
					id = int32(len(df))
					ids[t] = id
					df = append(df, 0)
					figure = append(figure, false)
				}
				terms = append(terms, id)
			}
		}
		for _, f := range articles[i].Figures {
			// Figures have ids of their own, apart from terms.
			id, at := figIDs.find(f)
			if id < 0 {
				id = int32(len(df))
				figIDs.add(at, f, id)
				df = append(df, 0)
				figure = append(figure, true)
			}
			terms = append(terms, id)
		}
		own := terms[first:]
		slices.Sort(own)
		own = slices.Compact(own)
		terms = terms[:first+len(own)]
		for _, id := range own {
			df[id]++
		}
		start[k+1] = len(terms)
	}

	// Count each article's distinct distinctive terms, and keep only its
	// shared distinctive terms (df between 2 and the cap), compacting
	// terms in place: iteration k reads the old start[k+1] before it is
	// rewritten, and never writes past what it has read.
	limit := int32(distinctiveCap(n))
	// A term weighs ln(1 + n/df): a name few articles use tells more
	// than one many use (an outlet's own name, a capital city).
	weight := make([]float64, len(df))
	for id, d := range df {
		weight[id] = math.Log1p(float64(n) / float64(d))
	}
	size := make([]float64, n)
	w := 0
	for k := range n {
		first := w
		for _, id := range terms[start[k]:start[k+1]] {
			if df[id] > limit {
				continue
			}
			if !figure[id] {
				size[k] += weight[id]
			}
			if df[id] >= 2 {
				terms[w] = id
				w++
			}
		}
		start[k] = first
	}
	start[n] = w
	terms = terms[:w]

	// Inverted index: postings[off[id]:off[id+1]] lists, in increasing
	// order, the articles using term id, for shared distinctive terms.
	off := make([]int, len(df)+1)
	for id, d := range df {
		c := 0
		if d >= 2 && d <= limit {
			c = int(d)
		}
		off[id+1] = off[id] + c
	}
	postings := make([]int32, off[len(df)])
	// after[x] is where the articles after article k begin in the
	// postings of the term at terms[x] (an article of k): the postings
	// are filled in order of article, so that is the fill's place once
	// k is written, and no search of the list finds k again.
	after := make([]int32, len(terms))
	fill := slices.Clone(off[:len(df)])
	for k := range n {
		for x := start[k]; x < start[k+1]; x++ {
			id := terms[x]
			postings[fill[id]] = int32(k)
			fill[id]++
			after[x] = int32(fill[id])
		}
	}

	// Count shared terms of article k with each later article and keep
	// the links. tally[j] holds what article j shares with k: the
	// terms and their weight, and the shared figures' part of both.
	var links, byFigures []link
	tally := make([]pairTally, n)
	var touched []int32
	for k := range n {
		for x := start[k]; x < start[k+1]; x++ {
			id := terms[x]
			later := postings[after[x]:off[id+1]]
			// The term's weight is added to each pair in order of
			// term, as ever: the sums are the same to the last bit.
			wt := weight[id]
			if figure[id] {
				for _, j := range later {
					p := &tally[j]
					if p.count == 0 {
						touched = append(touched, j)
					}
					p.count++
					p.mass += wt
					p.figCount++
					p.figMass += wt
				}
				continue
			}
			for _, j := range later {
				p := &tally[j]
				if p.count == 0 {
					touched = append(touched, j)
				}
				p.count++
				p.mass += wt
			}
		}
		for _, j := range touched {
			p := &tally[j]
			shared, sharedMass := int(p.count), p.mass
			figs, figsMass := int(p.figCount), p.figMass
			*p = pairTally{}

			if l, ok := linkOf(shared-figs, sharedMass-figsMass, size[k], size[j], minShared, minOverlap, manyShared, manyOverlap); ok {
				l.a, l.b = int32(k), j
				links = append(links, l)
				continue
			}
			// Names alone do not link: shared figures may, when at
			// least minFigureNames names are shared too, for an
			// article that names alone link to nothing (below).
			if figs == 0 || shared-figs < minFigureNames {
				continue
			}
			if l, ok := linkOf(shared, sharedMass, size[k], size[j], minShared, minOverlap, manyShared, manyOverlap); ok {
				l.a, l.b = int32(k), j
				byFigures = append(byFigures, l)
			}
		}
		touched = touched[:0]
	}
	// A link that needs figures is kept only when one of its articles is
	// linked to nothing by names: a regional piece that names few of the
	// story's people. An article that names link already has its story,
	// and a round-up that quotes the names and figures of many stories
	// would gain links to each of them.
	if len(byFigures) > 0 {
		named := make([]bool, n)
		for _, l := range links {
			named[l.a], named[l.b] = true, true
		}
		for _, l := range byFigures {
			if !named[l.a] || !named[l.b] {
				links = append(links, l)
			}
		}
	}

	paths := make([]string, n)
	for k, i := range idx {
		paths[k] = articles[i].Path
	}
	uf := newUnionFind(n)
	for _, l := range keepLinks(n, links, paths) {
		uf.union(int(l.a), int(l.b))
	}

	// Components in order of their first article.
	var groups [][]int
	group := make([]int, n)
	for k := range n {
		r := uf.find(k)
		if r == k {
			group[k] = len(groups)
			groups = append(groups, nil)
		}
		g := group[r]
		groups[g] = append(groups[g], idx[k])
	}
	return groups
}

// pairTally is what two articles share, as byTerms counts it: shared
// terms and their weight, and the shared figures' part of both.
type pairTally struct {
	count, figCount int32
	mass, figMass   float64
}

// figureTable numbers the figures' keys for byTerms: an open-addressed
// table (linear probing, at most three quarters full) of keys and their
// ids plus one (0: an empty slot), in two arrays, twelve bytes a slot. A
// Go map of the keys hashed and probed each one with its set-up; the
// keys are hashes already.
type figureTable struct {
	keys []uint64
	ids  []int32
	n    int
}

// reset makes the table room for about n keys.
func (t *figureTable) reset(n int) {
	size := 16
	for 3*size < 4*n {
		size *= 2
	}
	t.keys, t.ids, t.n = make([]uint64, size), make([]int32, size), 0
}

// find returns the id of key, or -1 and the empty slot where it belongs,
// which add fills.
func (t *figureTable) find(key uint64) (int32, int) {
	mask := len(t.ids) - 1
	i := int(key*0x9e3779b97f4a7c15>>32) & mask
	for t.ids[i] != 0 {
		if t.keys[i] == key {
			return t.ids[i] - 1, i
		}
		i = (i + 1) & mask
	}
	return -1, i
}

// add puts key, numbered id, in empty slot i (from find), and grows the
// table past three quarters full.
func (t *figureTable) add(i int, key uint64, id int32) {
	t.keys[i], t.ids[i] = key, id+1
	t.n++
	if 4*t.n <= 3*len(t.ids) {
		return
	}
	keys, ids := t.keys, t.ids
	t.keys, t.ids = make([]uint64, 2*len(keys)), make([]int32, 2*len(ids))
	for j, id := range ids {
		if id != 0 {
			_, at := t.find(keys[j])
			t.keys[at], t.ids[at] = keys[j], id
		}
	}
}

// minFigureNames is the least number of shared names with which shared
// figures can complete a link: figures alone ("3 per cent", "200 seats")
// recur across unrelated stories.
const minFigureNames = 2

// linkOf tells whether articles of distinctive weight sizeA and sizeB
// that share shared terms of weight mass are linked, and whether the link
// is strong.
func linkOf(shared int, mass, sizeA, sizeB float64, minShared int, minOverlap float64, manyShared int, manyOverlap float64) (link, bool) {
	if shared < minShared {
		return link{}, false
	}
	need := minOverlap
	if shared >= manyShared {
		need = min(need, manyOverlap)
	}
	if mass < need*min(sizeA, sizeB) {
		return link{}, false
	}
	return link{shared: int32(shared), strong: mass >= need*max(sizeA, sizeB)}, true
}

// unionFind is a disjoint-set forest whose roots are the smallest member
// of their set.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{parent: p}
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}
