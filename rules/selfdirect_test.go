package rules

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/corpusgen"
)

// TestSelfContradictionsDirect checks selfContradictions, which pairs
// claims through storyKeys and alikeRuns and works once per class of
// claims alike, against the direct search it replaced
// (selfContradictionsDirect: every claim of a key paired with every
// claim of its article), on generated stories in which some articles'
// figures are changed, so that articles disagree with themselves and
// with each other: the findings must be the same, in the same order.
func TestSelfContradictionsDirect(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoRule(t, set)
	gen := corpusgen.Generate(corpusgen.Options{Articles: 400, Seed: 11})
	arts := make([]*Article, len(gen))
	paths := make([]string, len(gen))
	for i, g := range gen {
		arts[i] = articleAt(t, set, g.Path, g.Text, i)
		paths[i] = g.Path
	}
	c := &Corpus{Articles: len(arts), Stories: storiesByDir(paths), Paths: paths}
	total := 0
	for round := range 4 {
		facts := func() []any {
			// Fresh claims each time: the corpus stage marks them.
			rng := rand.New(rand.NewPCG(uint64(round), 10))
			out := make([]any, len(arts))
			for i, a := range arts {
				a.quantities, a.quantDone = nil, false
				f := r.Check(a, nil)
				if af, ok := f.(*autoFacts); ok && af != nil && len(af.Claims) > 0 && rng.IntN(3) == 0 {
					// A figure changed here, and its repeats
					// perhaps not: an article at odds with itself.
					for range 1 + rng.IntN(3) {
						x := &af.Claims[rng.IntN(len(af.Claims))]
						x.Q.Value, x.Q.High = x.Q.Value*float64(2+round), x.Q.High*float64(2+round)
					}
				}
				out[i] = f
			}
			return out
		}
		got, want := NewReporter(nil), NewReporter(nil)
		r.CheckCorpus(c, facts(), got)
		checkCorpusDirect(r, c, facts(), want)
		g, w := got.Diagnostics(), want.Diagnostics()
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("round %d: %d findings, want %d, or other ones", round, len(g), len(w))
		}
		t.Logf("round %d: %d findings, %d of them self-contradictions", round, len(w), len(slices.DeleteFunc(slices.Clone(w), func(d diag.Diagnostic) bool { return !strings.Contains(d.Message, "of this article") })))
		if slices.ContainsFunc(w, func(d diag.Diagnostic) bool {
			return strings.Contains(d.Message, "of this article")
		}) {
			total++ // a self-contradiction among them
		}
	}
	if total == 0 {
		t.Fatal("no round found an article at odds with itself: the test tests nothing")
	}
}

// checkCorpusDirect is CheckCorpus with selfContradictionsDirect.
func checkCorpusDirect(r *autoFactsRule, c *Corpus, facts []any, rep *Reporter) {
	anchors := make([][]anchor, len(facts))
	for i, f := range facts {
		if af, ok := f.(*autoFacts); ok && af != nil {
			anchors[i] = af.Anchors
		}
	}
	// Two figures far apart in size are different facts, not an error
	// (41 killed, 1,040 injured). Where the other article states this
	// claim's figure elsewhere, or this article the other's, the claims
	// were keyed together by mistake: "16 million people" and "12.4
	// million registered voters" in one article, "12.4 million people
	// were registered" in another.
	days := make([]dates.Day, len(facts))
	dated := make([]bool, len(facts))
	for i, f := range facts {
		if af, ok := f.(*autoFacts); ok && af != nil {
			days[i], dated[i] = af.Day, af.Dated
		}
	}
	perArticle := claimsOf(facts)
	resolveGivenNames(c.Names, perArticle)
	nkeys := numberKeys(perArticle)
	if r.specificCounts {
		markOnceEach(c.Stories, perArticle, nkeys)
	}
	editions := r.editions(c.Stories, perArticle)
	apart := func(x, y *claim) bool {
		if r.maxRatio > 0 && farApart(x, y, r.maxRatio) {
			return true
		}
		if dated[x.Article] && dated[y.Article] && days[x.Article] != days[y.Article] && r.tollUpdate(x, y, days[x.Article], days[y.Article]) {
			return true
		}
		return editions[[2]int{min(x.Article, y.Article), max(x.Article, y.Article)}] && r.movingToll(x, y)
	}
	unrelated := func(x, y *claim) bool {
		if apart(x, y) {
			return true
		}
		if oneNamedAge(perArticle, x, y) {
			return false
		}
		return states(anchors[y.Article], x) || states(anchors[x.Article], y) ||
			r.localDollar(anchors[y.Article], x) || r.localDollar(anchors[x.Article], y)
	}
	supports := func(x *claim, article int) bool {
		return article < len(anchors) && (states(anchors[article], x) || statesWithin(anchors[article], x, r.openBound))
	}
	cmpr := comparison{rule: r, match: r.match, tolerance: r.tolerance, openBound: r.openBound, minor: r.minor, major: r.major, unrelated: unrelated, supports: supports, vagueIsNeutral: true, keys: nkeys}
	compareStories(c, perArticle, cmpr, rep)
	compared := len(rep.diags)
	selfContradictionsDirect(r, c, perArticle, anchors, cmpr, rep)
	r.restatedFigures(c, perArticle, anchors, apart, cmpr, compared, rep)
}

// selfContradictionsDirect is selfContradictions as it was before
// storyKeys.sameArticle and alikeRuns.
func selfContradictionsDirect(r *autoFactsRule, c *Corpus, perArticle [][]claim, anchors [][]anchor, cmpr comparison, rep *Reporter) {
	var done map[diag.Location]bool // made when first needed
	// keys holds a story's claims grouped by key, with the number of
	// articles that state each key, made when the story's first article
	// with two claims of one key is met; sided is the room of sidesWith.
	// Both are reused from story to story: a map of slices per story,
	// and a map per pair asked, were a quarter of a run's allocations.
	var keys storyKeys
	var sided []*claim
	// ivs and haveIv are the room of one article: the intervals of its
	// claims, computed when a claim is first compared with another of
	// its key; others is the room of one claim (see below). The pairs of an
	// article were a fifth of a run when each pair computed both
	// intervals, and looked through the whole story for each pair.
	var ivs []claimIntervals
	var haveIv []bool
	var others []int
	for _, story := range c.Stories {
		built := false
		var names map[int]string
		for _, a := range story {
			if a < 0 || a >= len(perArticle) {
				continue
			}
			cs := perArticle[a]
			if !slices.ContainsFunc(cs, func(x claim) bool { return !x.Unique && x.When == nil }) {
				continue
			}
			ivs = slices.Grow(ivs[:0], len(cs))[:len(cs)]
			haveIv = slices.Grow(haveIv[:0], len(cs))[:len(cs)]
			clear(haveIv)
			ivOf := func(k int) *claimIntervals {
				if !haveIv[k] {
					ivs[k], haveIv[k] = intervalsOf(&cs[k], r.tolerance, r.openBound, r.unitVariants), true
				}
				return &ivs[k]
			}
			for i := range cs {
				x := &cs[i]
				// A claim that is its article's only one of its key
				// has nothing to contradict.
				if x.Unique || x.When != nil {
					continue
				}
				// Only claims of a key that at least minSiding other
				// articles state can be reported (sidesWith): the
				// others are asked for no pair of the rest, before
				// their intervals and matches are computed. x's own
				// article states the key, so it is one of the articles
				// counted. keys is built at the story's first pair, as
				// the sorted claims it replaced were: a story without
				// one needs none.
				var lo, hi, stating int
				if built {
					if lo, hi, stating = keys.of(x.Key); stating-1 < minSiding {
						continue
					}
				}
				// others are the claims of x's key in the story's other
				// articles taken for the same fact as x, found once per
				// x: only they can side with either figure.
				found := false
				for j := range cs {
					z := &cs[j]
					if j == i || z.Key != x.Key || z.Loc.Start.Line == x.Loc.Start.Line || !ivOf(i).disagree(ivOf(j)) || !r.match(x, z) {
						continue
					}
					if done == nil {
						done = make(map[diag.Location]bool, len(rep.diags))
						for _, d := range rep.diags {
							done[d.Location] = true
						}
					}
					if done[x.Loc] {
						break
					}
					x.Article, z.Article = a, a
					if !found {
						found = true
						if !built {
							keys.build(story, perArticle, cmpr.keys)
							built = true
							if lo, hi, stating = keys.of(x.Key); stating-1 < minSiding {
								break // too few articles to side with z
							}
						}
						others = r.matchingOthers(others[:0], &keys, lo, hi, x)
						if articlesOf(&keys, others) < minSiding {
							break // too few articles to side with z
						}
					}
					var ok bool
					if sided, ok = r.sidesWith(sided[:0], &keys, others, x, z, ivOf(i), ivOf(j), anchors); ok {
						if names == nil {
							names = baseNames(c, story)
						}
						done[x.Loc] = true
						rep.Add(r.selfFinding(x, z, sided, cmpr, names))
						break
					}
				}
			}
		}
	}
}
