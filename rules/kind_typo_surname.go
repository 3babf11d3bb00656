package rules

// sameSurname is the route of a given name used once in the run, inside
// a sentence or opening it (it is no English word), before a family
// name ("Isbeth Varrow"), where another
// spelling of its story one edit away stands before the same family
// name in another article ("Isbeth Varrow" there, "Isbath Varrow" here):
// one person named once by each of two outlets, the given name slipped.
// The family name is the evidence the same_given route reads after a
// given name, read the other way round; nothing tells which spelling is
// right where each is used once, so both are reported, with no fix (a
// tie), and where the other is named more often the spelling is its
// slip.
//
// What keeps two people of one family apart: the spelling is no English
// word, the two are no related words by the endings of suffixes (no
// "Marita" and "Marite"), the word after it is a name
// (no generic_after word: "Isbeth Street"), a name before the spelling
// inside its sentence stands before the other too, no article names
// both spellings (the spelling's own article names only it), and
// exactly one name is within reach. englishWord is the caller's lazy
// answer for w (judge's).
func (r *typoRule) sameSurname(w string, g storyUses, cands []nameTarget, stories *storyMap, englishWord *lazyWord) []storyTarget {
	if len(g.uses) != 1 {
		return nil
	}
	u := &g.uses[0]
	wRunes := runeLen(w)
	if u.Next == "" || r.after[u.Next] || u.Apostrophe || wRunes < r.cfg.MinLength {
		return nil
	}
	wLetters := letterMask(w)
	_, prev := r.neighbours(*u)
	arts := stories.articles(g.story)
	var best []storyTarget
	for _, t := range cands {
		if t.word == w || t.known || len(t.n.Uses) == 0 || t.runes < r.cfg.MinLength {
			continue
		}
		if t.runes-wRunes > 1 || wRunes-t.runes > 1 || distanceAbove(wLetters, t.letters, 1) {
			continue
		}
		if nameDistanceWithin(w, t.word, 1) != 1 || accentOnly(w, t.word) || sameFolded(w, t.word) || r.related(w, t.word) {
			continue
		}
		if prev != "" && !t.n.HasPrev(prev) || !r.surnameAfter(u, t.n, arts) {
			continue
		}
		if englishWord.get(w) {
			return nil
		}
		in := stories.names.inStory(t.n, arts)
		if in.mid == 0 {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: in, family: true, tie: in.count == 1, surname: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// surnameAfter reports whether a kept use of spelling n in another
// article of the story (arts, sorted) than use u's stands before u's
// family name (its Next), and no use of n stands in u's article.
func (r *typoRule) surnameAfter(u *NameUse, n *CorpusName, arts []int) bool {
	found := false
	for i := range n.Uses {
		v := &n.Uses[i]
		if v.article == u.article {
			return false
		}
		if v.Next == u.Next && inArticles(arts, v.article) {
			found = true
		}
	}
	return found
}
