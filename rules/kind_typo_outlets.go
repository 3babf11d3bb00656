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
// story is one edit away. A capitalised word beside the spelling must
// stand beside both uses of the other: "Cape Kelvarra" is a slip of
// "Cape Kelvara" written so by two other outlets, where the other routes,
// which read no generic word (generic_before, generic_after) as a
// name's, say nothing; beside another word, or beside none, it may be
// another place or person. One written twice in one article is one
// writer's spelling, no agreement.
func (r *typoRule) twoOutlets(w string, g storyUses, cands []nameTarget, stories *storyMap, englishWord *lazyWord) []storyTarget {
	if len(g.uses) != 1 {
		return nil
	}
	u := &g.uses[0]
	if u.Initial || runeLen(w) < minOutletRunes {
		return nil
	}
	// A word before u that opens its sentence ("The Kelvara Gorge") is
	// no neighbour: any word may stand there.
	prev := u.Prev
	if u.PrevInitial {
		prev = ""
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
			!inArticles(arts, a.article) || !inArticles(arts, b.article) || a.Initial && b.Initial ||
			!sameBeside(u, prev, a) || !sameBeside(u, prev, b) {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: stories.names.inStory(t.n, arts), family: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// sameBeside reports whether use v stands beside the capitalised words
// that use u stands beside, u.Next and prev where they are not empty
// (after prev, inside its sentence or opening it, and before u.Next),
// and before no other common noun than u's where both stand between
// "the" and one (nounAfter): "the Harnick road" is no slip of "the
// Harnock quarry".
func sameBeside(u *NameUse, prev string, v *NameUse) bool {
	if u.Noun&1 != 0 && v.Noun&1 != 0 && u.Noun != v.Noun {
		return false
	}
	return (u.Next == "" || v.Next == u.Next) && (prev == "" || v.Prev == prev)
}

// minOutletRunes is the shortest name twoOutlets reads.
const minOutletRunes = 6
