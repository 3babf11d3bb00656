package rules

import (
	"strings"
)

// samePerson is the route of same_person: a spelling used once in its
// story, inside a sentence, after a given name that a name of the story
// stands after too, named there at least twice as often, and within a
// wider reach than the other routes allow: "Dr Ilse Vosk said" in one
// article where "Dr Ilse Vost" is named throughout the others. A
// reporter copies a person's name from one note; the given name is the
// evidence that it is that person, and a slip that lands on a real word
// or a real name ("Hartwell" for "Hartwood") is as likely as any other.
// The other routes turn such a pair away as too far apart (two or three
// edits) or as related words ("Braker" and "Brakor" share a stem and
// two endings of the suffix list).
//
// What keeps a second person of the same given name quiet:
//   - the spelling is used once in its story and in the run; a second
//     person is named more than once, or in more than one article;
//   - the given name opens no sentence and is no title (generic_before,
//     person_titles): "Councillor Braun" and "Councillor Brown" are two
//     councillors;
//   - the spelling is no English word, so a common noun or a body
//     ("Minister", "Ministry") is never taken;
//   - the edits are few for the length (at most one edit per two
//     letters, at most three), and three only where both begin with the
//     same two letters: "Jackson" and "Johnson" stay two people;
//   - a related pair is taken where the endings differ ("Braker",
//     "Brakor"), but where one is the other with an ending added only if
//     that is one letter, no plural "s", and the given name stands after
//     a title somewhere in the run (person_titles), so that it is a
//     person's: "Mayor Ilse Vostrin" and "Ilse Vostri" are one person
//     spelt two ways, while "Free Settler" and "Free Settlers", or
//     a place beside its people ("Vel Dora", "Vel Doran"), are related
//     words;
//   - at most max_candidates names are within reach.
//
// It is asked only where no other route found a name for the spelling.
// englishWord is the caller's lazy answer for w (judge's).
func (r *typoRule) samePerson(w string, g storyUses, cands []nameTarget, stories *storyMap, englishWord *lazyWord) []storyTarget {
	if !r.cfg.SamePerson || len(g.uses) != 1 {
		return nil
	}
	u := g.uses[0]
	if u.Initial || u.Prev == "" {
		return nil
	}
	// A title is a title where it opens the sentence too ("Dr Vorstel
	// said"); any other opener may be any word.
	if r.titles[u.Prev] {
		if englishWord.get(w) {
			return r.sameArticle(w, g, cands, stories, false)
		}
		if best := r.sameTitle(w, g, cands, stories); len(best) > 0 {
			return best
		}
		return r.sameArticle(w, g, cands, stories, false)
	}
	if u.PrevInitial || r.before[u.Prev] {
		return nil
	}
	// An English word is taken only one edit from the name of a person
	// whose given name, or that name itself, stands after a title
	// somewhere, named in the story as often as a learned name must be:
	// "Dr Ilse Berris" and "Ilse Berries", or "Ilse Berris" and "Ms
	// Berris" where "Ilse Berries" is written once. The word list is
	// asked only once a name is near enough to be weighed (wordSet):
	// most spellings meet none, and the look-up was most of the
	// route's cost.
	word, wordSet, givenTitled := false, false, false
	next, _ := r.neighbours(u)
	wRunes := runeLen(w)
	var best []storyTarget
	bestD := maxPersonEdits + 1
	for _, t := range cands {
		if t.word == w || t.known || t.count < 2 {
			continue
		}
		shorter := min(wRunes, t.runes)
		limit := min(maxPersonEdits, shorter/2, bestD)
		if t.runes-wRunes > limit || wRunes-t.runes > limit || distanceAbove(letterMask(w), t.letters, limit) {
			continue
		}
		d := nameDistanceWithin(w, t.word, limit)
		if d < 1 || d > limit || d == maxPersonEdits && commonPrefix(w, t.word) < 2 {
			continue
		}
		if !wordSet {
			word, wordSet = englishWord.get(w), true
			givenTitled = word && r.titled(stories.names, u.Prev)
		}
		// An English word whose given name stands after no title is
		// no person's name, unless the name it is one edit from stands
		// after a title itself ("Ms Berris"): that is a person's family
		// name, and the given name before both says whose.
		if word && (d != 1 || !givenTitled && !r.titledForm(t.n)) {
			continue
		}
		if accentOnly(w, t.word) || sameFolded(w, t.word) {
			continue
		}
		// A one-letter ending is a slip only in a person's name: the
		// given name stands after a title, or the name is used on its
		// own too (aloneToo); asked last, as it counts in the story.
		ending := false
		if r.related(w, t.word) && (strings.HasPrefix(t.word, w) || strings.HasPrefix(w, t.word)) {
			if !oneLetterEnding(w, t.word) {
				continue
			}
			ending = !r.titled(stories.names, u.Prev)
		}
		if !t.n.HasPrev(u.Prev) || next != "" && !t.n.HasNext(next) {
			continue
		}
		arts := stories.articles(g.story)
		in := stories.names.inStory(t.n, arts)
		if in.mid == 0 || in.count < 2 || word && in.count < r.cfg.MinNameUses {
			continue
		}
		if ending && !aloneToo(stories.names, u.Prev, in, arts) {
			continue
		}
		st := storyTarget{nameTarget: t, in: in, beside: true, given: true}
		if d < bestD {
			best, bestD = best[:0], d
		}
		best = append(best, st)
	}
	if len(best) > r.cfg.MaxCandidates {
		return nil
	}
	if len(best) == 0 {
		if word && !givenTitled {
			return nil // as before any name was weighed
		}
		return r.sameArticle(w, g, cands, stories, true)
	}
	return best
}

// sameArticle is the same_person route for a family name used once in
// the run whose article names the family otherwise, in the other form:
// after a given name where the article has the name after a title
// ("Aurel Vallory, 67, ..." and then "said Mrs Valloray"), or after a
// title where the article has the name after a given name ("Ysolde
// Holdern said ..." and then "Mr Holder added"). A news article names a
// person in full and by title and family name after that; one family
// name written both ways in one article is one family's, and the
// spelling used once is the slip, whether it is a word or not. titled
// tells which form the other spelling must take: after a title (the
// use judged stands after a given name) or after a given name. Asked
// where the other same_person readings took nothing; the other
// spelling must be one edit away, no related word of the suffix list,
// named at least twice in the story, once inside a sentence, and its
// kept uses must hold one of that form in the article of the use
// judged; exactly one name must be within reach.
func (r *typoRule) sameArticle(w string, g storyUses, cands []nameTarget, stories *storyMap, titled bool) []storyTarget {
	u := g.uses[0]
	var best []storyTarget
	for _, t := range cands {
		if !r.oneEditTarget(w, &t) {
			continue
		}
		form := false
		for _, v := range t.n.Uses {
			if v.article != u.article || v.Initial || v.Prev == "" {
				continue
			}
			title := r.titles[v.Prev] || r.before[v.Prev]
			if titled && title || !titled && !title && !v.PrevInitial {
				form = true
				break
			}
		}
		if !form {
			continue
		}
		in := stories.names.inStory(t.n, stories.articles(g.story))
		if in.mid == 0 || in.count < 2 {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: in, family: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// titled reports whether the given name g stands after a title of
// person_titles somewhere in the run: "Mayor Ilse". A title that opens
// its sentence counts too (a spelling's Prevs leave openers out, its
// kept uses, those of a rare one, do not): an opener may be any word,
// but a title is a title there as well.
func (r *typoRule) titled(ix *NameIndex, g string) bool {
	f := ix.Form(g)
	return f != nil && r.titledForm(f)
}

// titledForm reports whether spelling n stands after a title of
// person_titles somewhere in the run ("Ms Berris"), as titled does for a
// given name.
func (r *typoRule) titledForm(n *CorpusName) bool {
	for _, p := range n.Prevs {
		if r.titles[p] {
			return true
		}
	}
	for i := range n.Uses {
		if r.titles[n.Uses[i].Prev] {
			return true
		}
	}
	return false
}

// oneLetterEnding reports whether one of a and b is the other with one
// letter added at its end, neither holds an apostrophe, and the letter
// is no "s": a last key missed or doubled, not a plural or a possessive.
func oneLetterEnding(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	last := a[len(a)-1]
	return len(a) == len(b)+1 && strings.HasPrefix(a, b) && last != 's' && last != 'S' &&
		!strings.ContainsAny(a, "'’")
}

// maxPersonEdits is the most edits the same_person route allows.
const maxPersonEdits = 3

// commonPrefix counts the bytes that a and b begin with alike.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
