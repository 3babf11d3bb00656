package rules

// twoOutlets is the route of a name the story uses too rarely for any
// other route: a spelling used once in the run, inside a sentence, with
// no capitalised word beside it ("rescuers reached Kelvarra by noon"),
// where another spelling of its story one edit away is used exactly
// twice, each time by another article than the spelling's ("Kelvara" in
// two other outlets). Two outlets that agree on a spelling outweigh a
// third that writes it once otherwise; it is the sameNoun route without
// the noun, held to more: the spelling is no English word, both are at
// least minOutletRunes long (a short name one edit from another is as
// likely another name: "Ilvo", "Ilva"), the other is no related word by
// an ending of suffixes but a final vowel, and exactly one name of the
// story is one edit away. A name beside the spelling says whose it is
// and the other routes read it; one written twice in one article is one
// writer's spelling, no agreement.
func (r *typoRule) twoOutlets(w string, g storyUses, cands []nameTarget, stories *storyMap, englishWord *lazyWord) []storyTarget {
	if len(g.uses) != 1 {
		return nil
	}
	u := g.uses[0]
	if u.Initial || u.Next != "" || u.Prev != "" || runeLen(w) < minOutletRunes {
		return nil
	}
	arts := stories.articles(g.story)
	var best []storyTarget
	for _, t := range cands {
		if t.count != 2 || t.runes < minOutletRunes || !r.nounTarget(w, &t) {
			continue
		}
		if englishWord.get(w) {
			return nil
		}
		a, b := &t.n.Uses[0], &t.n.Uses[1]
		if a.article == b.article || a.article == u.article || b.article == u.article ||
			!inArticles(arts, a.article) || !inArticles(arts, b.article) || a.Initial && b.Initial {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: stories.names.inStory(t.n, arts), family: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// minOutletRunes is the shortest name twoOutlets reads.
const minOutletRunes = 6
