package rules

// This file holds what the same_person route (kind_typo_person.go) takes
// as evidence that a name is a person's where no title stands before the
// given name, and its route for a name written after a title.

import "strings"

// aloneToo reports whether name t is used in the story (articles arts,
// t counted there as in) without the given name g before it at least
// once: the given name's uses bound those of t after it, and the
// spelling being judged takes one of them. News copy names a person in
// full once and by the family name alone after that ("Ilse Vostrin won.
// Vostrin, 31, ..."); the second word of a place's or a body's name is
// not used on its own that way ("Vel Dorran" is not "Dorran"), so a
// family name used on its own is a person's.
func aloneToo(ix *NameIndex, g string, in storyCount, arts []int) bool {
	f := ix.Form(g)
	if f == nil {
		return false
	}
	given := ix.inStory(f, arts)
	return in.count > given.count-1
}

// oneEditTarget reports whether target t may be the name w slipped
// from, by the test the title and same-article routes share: another
// spelling, not of the lexicon, named at least twice, exactly one edit
// from w (an accent alone, a fold or a related word with an ending
// added is no slip).
func (r *typoRule) oneEditTarget(w string, t *nameTarget) bool {
	if t.word == w || t.known || t.count < 2 {
		return false
	}
	if t.runes-runeLen(w) > 1 || runeLen(w)-t.runes > 1 || distanceAbove(letterMask(w), t.letters, 1) {
		return false
	}
	return nameDistanceWithin(w, t.word, 1) == 1 && !accentOnly(w, t.word) && !sameFolded(w, t.word) && !r.related(w, t.word)
}

// sameTitle is the same_person route for a spelling used once in the run,
// inside a sentence, right after a person's title (person_titles): "Dr
// Vorstel" where "Dr Annike Vorster" and "Dr Vorster" are named. The title tells nothing of which person it is ("Councillor
// Braun" and "Councillor Brown" are two councillors), so the route asks
// more than the given-name one does:
//   - one edit, not a related word with an ending added, and no English
//     word;
//   - the name stands after exactly one given name (no title) in the
//     run: the story names one person of that family name, in full;
//   - the name is used at least twice in the story, once inside a
//     sentence;
//   - exactly one name is within reach.
func (r *typoRule) sameTitle(w string, g storyUses, cands []nameTarget, stories *storyMap) []storyTarget {
	var best []storyTarget
	for _, t := range cands {
		if !r.oneEditTarget(w, &t) {
			continue
		}
		if r.givenNames(t.n) != 1 {
			continue
		}
		in := stories.names.inStory(t.n, stories.articles(g.story))
		if in.mid == 0 || in.count < 2 {
			continue
		}
		// Neither beside nor given: the title is the only word beside
		// the spelling, and it tells nothing (sameContext).
		best = append(best, storyTarget{nameTarget: t, in: in})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// givenNames counts the words before spelling n in the run that are no
// title: its given names, one for each person of that family name.
func (r *typoRule) givenNames(n *CorpusName) int {
	k := 0
	for _, p := range n.Prevs {
		if !r.before[p] && !r.titles[p] {
			k++
		}
	}
	return k
}

// openerBefore reports whether the capitalised word prev stands before
// name somewhere in the run where prev opens its sentence: "Ada Wrenne
// has kept bees for 40 years", after a dateline, where the use judged
// reads "beekeeper Ada Wrenn, 71,". A name's Prevs leave openers out, as
// an opener may be any word; but a word the use judged has before it
// inside a sentence is a name there, and the same word opening the
// other's sentence is that name (sameContext). The words after a
// spelling keep its uses as openers too, so prev's tell it whatever
// name's uses are kept.
func openerBefore(ix *NameIndex, prev, name string) bool {
	f := ix.Form(prev)
	return f != nil && f.HasNext(name)
}

// consonantN reports whether one of a and b is the other with an "n"
// added after a consonant: "Brow", "Brown". The suffix list's "n" makes
// a people of a place ("Velia", "Velian"), after a vowel; after a
// consonant it makes another word, so beside the same name it is a slip
// as a final vowel changed is (vowelEnding).
func consonantN(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 || len(b) == 0 || a[len(a)-1] != 'n' || !strings.HasPrefix(a, b) {
		return false
	}
	c := b[len(b)-1] | 0x20
	return c >= 'a' && c <= 'z' && !isVowel(c)
}
