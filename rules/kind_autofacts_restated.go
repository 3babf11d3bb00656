package rules

import (
	"github.com/factlint/factlint/checker/diag"
)

// restatedFigures reports a claim whose article states, elsewhere, the
// figure that the other articles of its story give for the same fact: a
// headline "Storm floods 480 homes" over a body that says "flooded 840
// homes", when two other outlets say 480. compareStories leaves such a
// claim alone (unrelated: an article that states the other articles'
// figure usually had two facts keyed together by mistake), and
// selfContradictions finds it only where the figure stated again is a
// claim of the same key taken for the same fact as the odd one; a
// headline is worded apart from the body ("480 homes" with no verb), or
// keyed apart ("homes" against "flooded", a count against a toll), and
// often is not.
//
// Here the other articles speak for the two figures being one fact: at
// least minSiding of them have a claim taken for the same fact as x
// (match) whose figure disagrees with x and that x's article states too;
// those claims agree with each other; no claim of another article taken
// for the same fact agrees with x; and no other article states x's
// figure at all. A fact only one outlet reports ("640 jobs cut; 120 jobs
// move abroad", the others only "640 jobs") would be taken for the odd
// figure, were it not that the others' wording must also agree with x's
// more than it does with nothing: x and each siding claim share the
// evidence match asks for, as in compareStories. The reported claim is
// x, the one figure no other article states.
//
// apart is the test of unrelated that does not rest on the article
// stating the other's figure (far-apart figures, updated tolls,
// editions). The first compared findings of rep are compareStories':
// where one of them is x's, this finding takes its place, since it
// names the headline and every article that sides with it, where
// compareStories (which compares x with the other outlets despite the
// headline: restatedInHeadline) names only the outlets whose claims no
// closer claim of the headline's answers.
func (r *autoFactsRule) restatedFigures(c *Corpus, perArticle [][]claim, anchors [][]anchor, apart func(x, y *claim) bool, cmpr comparison, compared int, rep *Reporter) {
	var done map[diag.Location]int // made when first needed: the finding at each place
	room := selfPool.Get().(*selfRoom)
	keys, sided := room.keys, room.sided
	defer func() {
		room.keys, room.sided = keys, sided
		room.release()
	}()
	// heads[a] is headLine of article a, found when first asked (0:
	// not yet; an article with a claim has a headline line of 1 or
	// more): it was found again for every claim looked at.
	var heads []int
	for _, story := range c.Stories {
		if len(story) < minSiding+1 {
			continue
		}
		keys.build(story, perArticle, cmpr.keys)
		var names map[int]string
		for n := range len(keys.start) - 1 {
			lo, hi := int(keys.start[n]), int(keys.start[n+1])
			if keys.counts[n] < minSiding+1 {
				continue // too few other articles to side with anything
			}
			for k := lo; k < hi; k++ {
				x := keys.claims[k]
				if x.When != nil || x.Article < 0 || x.Article >= len(anchors) {
					continue
				}
				cs := perArticle[x.Article]
				if heads == nil {
					heads = make([]int, len(perArticle))
				}
				head := heads[x.Article]
				if head == 0 {
					head = headLine(cs)
					heads[x.Article] = head
				}
				if head == x.Loc.Start.Line {
					continue
				}
				xi := keys.iv(k, r.tolerance, r.openBound)
				for i := range cs {
					z := &cs[i]
					if z.Loc.Start.Line != head || z.When != nil || z.Q.Kind != x.Q.Kind || unitDim(z) != unitDim(x) {
						continue
					}
					zi := intervalsOf(z, r.tolerance, r.openBound, r.unitVariants)
					if !xi.disagree(&zi) || partOfSum(cs, x, z) || partOfSum(cs, z, x) {
						continue
					}
					var ok bool
					sided, ok = r.sideWithHeadline(sided[:0], &keys, lo, hi, k, z, &zi, apart)
					if !ok || !r.statedNowhereElse(story, anchors, x) {
						continue
					}
					if done == nil {
						done = make(map[diag.Location]int, len(rep.diags))
						for i, d := range rep.diags {
							if _, ok := done[d.Location]; !ok {
								done[d.Location] = i
							}
						}
					}
					if i, ok := done[x.Loc]; !ok || i < compared {
						if names == nil {
							names = baseNames(c, story)
						}
						d := r.selfFinding(x, z, sided, cmpr, names)
						if ok {
							rep.diags[i] = d
						} else {
							rep.Add(d)
						}
						done[x.Loc] = len(rep.diags) // answered here
					}
					break
				}
			}
		}
	}
}

// headLine is the line of an article's headline: the first line of the
// article that makes a claim (cs are its claims).
func headLine(cs []claim) int {
	head := 0
	for i := range cs {
		if l := cs[i].Loc.Start.Line; head == 0 || l < head {
			head = l
		}
	}
	return head
}

// sideWithHeadline appends to sided the first claim of each other
// article, of the key of keys.claims[k] (x) and taken for the same fact
// as x (match), that agrees with the headline figure zi of x's article,
// and tells whether at least minSiding articles have one and none has
// one that agrees with x but not with the headline: a claim that fits
// both ("more than 200" beside 212 and 221) sides with neither. The
// claims of x's key lie in keys.claims[lo:hi].
func (r *autoFactsRule) sideWithHeadline(sided []*claim, keys *storyKeys, lo, hi, k int, z *claim, zi *claimIntervals, apart func(x, y *claim) bool) ([]*claim, bool) {
	x := keys.claims[k]
	xi := keys.iv(k, r.tolerance, r.openBound)
	likeX := false
	for j := lo; j < hi; j++ {
		y := keys.claims[j]
		if y.Article == x.Article || y.When != nil {
			continue
		}
		yi := keys.iv(j, r.tolerance, r.openBound)
		withX, withZ := !xi.disagree(yi), !zi.disagree(yi)
		if withX == withZ || !r.match(x, y) {
			continue // a claim of neither figure, or of both
		}
		if withX {
			return sided, false // an article that sides with x
		}
		if apart(x, y) {
			continue
		}
		// Worded more like the headline than like x, y may be the
		// headline's fact and x another of the key ("operating profit"
		// beside a headline's "net profit"); but a headline is worded
		// like the other outlets' headlines and leads, so one word more
		// is allowed where another article words its claim at least as
		// much like x.
		wx, wz := wordsShared(x, y), wordsShared(z, y)
		if wx+1 < wz {
			continue
		}
		likeX = likeX || wx >= wz
		if len(sided) == 0 || sided[len(sided)-1].Article != y.Article {
			sided = append(sided, y)
		}
	}
	return sided, likeX && len(sided) >= minSiding
}

// statedNowhereElse reports whether no article of the story but x's own
// states x's figure.
func (r *autoFactsRule) statedNowhereElse(story []int, anchors [][]anchor, x *claim) bool {
	for _, b := range story {
		if b != x.Article && b >= 0 && b < len(anchors) && states(anchors[b], x) {
			return false
		}
	}
	return true
}

// unitDim is the dimension of a claim's unit, "" for a bare number.
func unitDim(x *claim) string {
	if x.Q.Unit == nil {
		return ""
	}
	return x.Q.Unit.Dimension
}
