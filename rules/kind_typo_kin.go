package rules

import "strings"

// sameKin is the route of a person named by a family word: a spelling
// used once in the run, inside a sentence, right after a word of
// kin_words ("her son Tamas", "his wife Ilka", "Mum Ilka"), where
// another spelling of its story one edit away stands after the same
// family word in another article ("her son Tamos" in another outlet).
// Copy names a victim's or a speaker's family by the family word and the
// given name alone, often once in each outlet, so no given name or
// family name beside it can say whose name it is; the family word does,
// and two people of one story with the same tie and names one letter
// apart are rare. Nothing tells which spelling is right where each is
// used once, so both are reported, with no fix (a tie); where the other
// is named more often, the spelling is reported as its slip.
//
// What keeps two people apart: the same family word on both sides (a
// "son" is no "husband"), the same age where both give one ("her son
// Tamas, 9," and "her son Tamos, 12," are two sons), the name after the
// spelling (if any) after the other too, two articles, and exactly one
// name within reach. The other is no related word by an ending of
// suffixes but a final vowel, as for sameNoun.
func (r *typoRule) sameKin(w string, g storyUses, cands []nameTarget, stories *storyMap) []storyTarget {
	if len(r.kin) == 0 || len(g.uses) != 1 {
		return nil
	}
	u := &g.uses[0]
	k := r.kinOf(u)
	if k == 0 || u.Initial || runeLen(w) < r.cfg.MinLength {
		return nil
	}
	next, _ := r.neighbours(*u)
	arts := stories.articles(g.story)
	var best []storyTarget
	for _, t := range cands {
		if t.word == w || t.known || len(t.n.Uses) == 0 || t.runes < r.cfg.MinLength {
			continue
		}
		if t.runes-runeLen(w) > 1 || runeLen(w)-t.runes > 1 || distanceAbove(letterMask(w), t.letters, 1) {
			continue
		}
		if nameDistanceWithin(w, t.word, 1) != 1 || accentOnly(w, t.word) || sameFolded(w, t.word) {
			continue
		}
		if r.related(w, t.word) && !vowelEnding(w, t.word) {
			continue
		}
		if next != "" && !t.n.HasNext(next) || !r.kinAfter(u, k, t.n, arts) {
			continue
		}
		in := stories.names.inStory(t.n, arts)
		if in.mid == 0 {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: in, family: true, tie: in.count == 1, kin: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// kinOf returns the number of the tie named by the family word of
// kin_words just before use u, lowercase ("her son Tamas", "his son,
// Tamas": the use's frame, see frameOf) or capitalised as its Prev ("Mum
// Ilka", "Wife Ilka" opening a sentence), or 0 where none stands there.
// The words of one group of kin_groups name one tie ("his father, Ivo"
// and "Dad Ivo"), so they give one number (kinSet).
func (r *typoRule) kinOf(u *NameUse) uint32 {
	if u.Noun != 0 && u.Noun&1 == 0 {
		if k := r.kin[u.Noun]; k != 0 {
			return k
		}
	}
	if u.Prev != "" {
		if k := r.kin[wordBefore(u.Prev)]; k != 0 {
			return k
		}
	}
	return 0
}

// kinAfter reports whether a kept use of spelling n in another article
// of the story (arts, sorted) than use u's stands inside a sentence
// after the family word k, with u's age where both give one.
func (r *typoRule) kinAfter(u *NameUse, k uint32, n *CorpusName, arts []int) bool {
	for i := range n.Uses {
		v := &n.Uses[i]
		if v.Initial || v.article == u.article || !inArticles(arts, v.article) || r.kinOf(v) != k {
			continue
		}
		if u.Age == 0 || v.Age == 0 || u.Age == v.Age {
			return true
		}
	}
	return false
}

// kinSet numbers the family words of kin_words as frameOf numbers the
// word before a name (wordBefore), each mapped to the number of its tie:
// the first word's of its group of groups (words parted by spaces), or
// its own where it is in none. A word of a group is a family word even
// where kin_words leaves it out.
func kinSet(words, groups []string) map[uint32]uint32 {
	if len(words) == 0 && len(groups) == 0 {
		return nil
	}
	m := make(map[uint32]uint32, len(words))
	for _, w := range words {
		k := wordBefore(w)
		m[k] = k
	}
	for _, g := range groups {
		ws := strings.Fields(g)
		if len(ws) == 0 {
			continue
		}
		first := wordBefore(ws[0])
		for _, w := range ws {
			m[wordBefore(w)] = first
		}
	}
	return m
}
