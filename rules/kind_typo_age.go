package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/english"
)

// sameAge is the route of a spelling used once in the run, inside a
// sentence, after a given name and before an age in apposition ("Tilda
// Kestel, 44,"), where another spelling of its story, up to two edits
// away, stands after the same given name with the same age: one person,
// named once by each of two outlets, "Tilda Kestel, 44" in one and "Tilda
// Kessel, 44" in the other. The same_given route takes such a pair at one
// edit only, as two edits in a short name are as likely another person's;
// the same age beside the same given name says it is one person, and a
// slip that makes a word of the language ("Kessel" a word or not) is as
// likely as any other. Nothing tells which spelling is right where each
// is used once, so both are reported, with no fix (a tie); where the
// other is named more often in the story, the spelling is reported as
// its slip.
//
// What keeps two people apart: the given name is no title or generic
// word (generic_before, person_titles), a given name that opens its
// sentence counts only as sameGiven lets it, the word after the spelling
// (if a name) stands after the other too, the ages are equal, and
// exactly one name is within reach.
func (r *typoRule) sameAge(w string, g storyUses, cands []nameTarget, stories *storyMap) []storyTarget {
	if len(g.uses) != 1 {
		return nil
	}
	u := &g.uses[0] // not copied: most uses give no age
	if u.Initial || u.Age == 0 || u.Prev == "" || r.before[u.Prev] || r.titles[u.Prev] {
		return nil
	}
	wRunes := runeLen(w)
	if wRunes < r.cfg.MinLength {
		return nil
	}
	next, _ := r.neighbours(*u)
	var best []storyTarget
	for _, t := range cands {
		if t.word == w || t.known || len(t.n.Uses) == 0 || t.runes < r.cfg.MinLength {
			continue
		}
		const limit = 2
		if t.runes-wRunes > limit || wRunes-t.runes > limit || distanceAbove(letterMask(w), t.letters, limit) {
			continue
		}
		if d := nameDistanceWithin(w, t.word, limit); d < 1 || d > limit || accentOnly(w, t.word) || sameFolded(w, t.word) {
			continue
		}
		if next != "" && !t.n.HasNext(next) || !r.agedAfter(u, t.n, stories.articles(g.story)) {
			continue
		}
		in := stories.names.inStory(t.n, stories.articles(g.story))
		if in.mid == 0 {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: in, beside: true, given: true, tie: in.count == 1, age: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// agedAfter reports whether a kept use of spelling n in the story's
// articles (arts, sorted) stands inside a sentence after the given name
// use u stands after, with u's age: a given name that opens one of the
// two sentences counts, where both open theirs only if it is no English
// word (as sameGiven reads it).
func (r *typoRule) agedAfter(u *NameUse, n *CorpusName, arts []int) bool {
	for k := range n.Uses {
		v := &n.Uses[k]
		if v.Initial || v.Age != u.Age || v.Prev != u.Prev || !inArticles(arts, v.article) {
			continue
		}
		if !v.PrevInitial || !u.PrevInitial || !english.IsWord(strings.ToLower(v.Prev)) {
			return true
		}
	}
	return false
}

// sameNoun is the route of a place named before a common noun: a
// spelling used once in the run, inside a sentence, between "the" and a
// lowercase word ("the Witmore quarry"), where another spelling of its
// story one edit away stands in that frame before the same word in two
// articles or more ("the Whitmore quarry" in two other outlets). Neither
// has a capitalised word beside it to say whose name it is; the noun
// does, and two outlets agreeing on one spelling of it are the evidence
// that a name used so few times cannot give on its own. The spelling
// must be no English word (the frame holds for any adjective: "the
// Border crossing" is no slip of a place); the other may end in a vowel
// where the spelling does not, or another one (a place's name left one
// letter short, which suffixes otherwise reads as a related word), but
// no other ending of the suffix list ("the Velian coast" is a people's,
// not "the Velia coast" slipped); and exactly one name is so.
func (r *typoRule) sameNoun(w string, g storyUses, cands []nameTarget, stories *storyMap) []storyTarget {
	if len(g.uses) != 1 {
		return nil
	}
	u := g.uses[0]
	if u.Initial || u.Noun&1 == 0 || u.Next != "" || runeLen(w) < r.cfg.MinLength {
		return nil
	}
	var best []storyTarget
	// The word list is asked once a name is near: most spellings in
	// the frame meet none.
	word, wordSet := false, false
	for _, t := range cands {
		if !r.nounTarget(w, &t) || !nounTwice(u, t.n, stories.articles(g.story)) {
			continue
		}
		if !wordSet {
			word, wordSet = english.IsWord(strings.ToLower(w)), true
		}
		if word {
			return nil
		}
		in := stories.names.inStory(t.n, stories.articles(g.story))
		if in.mid < 2 || in.articles < 2 {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: in, family: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// nounTarget reports whether target t may be the place w slipped from
// (see sameNoun): another spelling, not of the lexicon, one edit away,
// not an accent or a fold, and a related word only by a final vowel.
func (r *typoRule) nounTarget(w string, t *nameTarget) bool {
	if t.word == w || t.known || len(t.n.Uses) < 2 || t.runes < r.cfg.MinLength {
		return false
	}
	if t.runes-runeLen(w) > 1 || runeLen(w)-t.runes > 1 || distanceAbove(letterMask(w), t.letters, 1) {
		return false
	}
	if nameDistanceWithin(w, t.word, 1) != 1 || accentOnly(w, t.word) || sameFolded(w, t.word) {
		return false
	}
	return !r.related(w, t.word) || vowelEnding(w, t.word)
}

// nounTwice reports whether the kept uses of spelling n stand before
// use u's noun, in u's frame, inside a sentence, with no capitalised
// word after them, in two or more of the story's articles (arts,
// sorted).
func nounTwice(u NameUse, n *CorpusName, arts []int) bool {
	first, k := int32(-1), 0
	for _, v := range n.Uses {
		if v.Initial || v.Noun != u.Noun || v.Next != "" || v.article == first || !inArticles(arts, v.article) {
			continue
		}
		if first < 0 {
			first = v.article
		}
		k++
	}
	return k >= 2
}

// inArticles reports whether article a is one of arts, sorted.
func inArticles(arts []int, a int32) bool {
	_, ok := slices.BinarySearch(arts, int(a))
	return ok
}
