package rules

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/english"
)

// firstLetter is the route for a slip of a name's first letter inside a
// name of several words: "MV Amber Gall" where "MV Amber Gull" is named
// throughout. The targets of the other routes share the spelling's first
// letter (they are read by initial), so a slip of that letter, which
// often makes another word of the language ("Fell" for "Bell"), is
// never weighed by them. Here the only evidence is the compound:
//   - a use inside a sentence stands beside a name word (not a generic
//     word: "Port", "North", "Street", a title) that the other spelling
//     stands beside too, and beside no name it never does (besideSame):
//     one name written two ways, not two names of one kind ("Port
//     Ardle", "Port Vennick"). Where neither spelling is an English
//     word, a generic word shared is enough ("Carnick Bay" where
//     "Warnick Bay" is named): two streets or bays of one story whose
//     names differ in their first letter alone are words ("Tarn Road",
//     "Barn Road"), not coinages;
//   - the other spelling is the spelling with its first letter changed,
//     and nothing else: one edit, no related ending;
//   - it is used min_name_uses times or more in the story, min_ratio
//     times as often as the spelling, in two articles or more, and
//     inside a sentence;
//   - exactly one letter gives such a name.
//
// It is asked only where the other routes found nothing, and only of
// ASCII spellings of min_length letters or more.
func (r *typoRule) firstLetter(w string, g storyUses, tt *typoTargets, stories *storyMap) []storyTarget {
	if len(w) < r.cfg.MinLength || w[0] < 'A' || w[0] > 'Z' || !isASCII(w) {
		return nil
	}
	// Only a target can be the other spelling (see below): where no
	// target is w with another capital first, nothing is read. Most
	// spellings have no such twin, and reading the neighbours' lists
	// for them was most of the route's cost.
	if tt.initialsBefore(w[1:])&^(1<<(w[0]-'A')) == 0 {
		return nil
	}
	// The other spellings are read off the name words beside the uses:
	// those that follow the word before a use, or go before the word
	// after it, and are the spelling with another first letter. Two
	// look-ups and a scan of a short list, not one look-up per letter.
	names := stories.names
	var others []string
	add := func(words []string) {
		for _, x := range words {
			if len(x) == len(w) && x[0] != w[0] && x[0] >= 'A' && x[0] <= 'Z' && x[1:] == w[1:] && !slices.Contains(others, x) {
				others = append(others, x)
			}
		}
	}
	for _, u := range g.uses {
		if u.Initial || r.titles[u.Prev] {
			continue
		}
		// Generic words included: whether they count is asked below,
		// of the few spellings that are near at all.
		next, prev := r.compoundNeighbours(u, true)
		if f := names.Form(prev); prev != "" && f != nil {
			add(f.Nexts)
		}
		if f := names.Form(next); next != "" && f != nil {
			add(f.Prevs)
		}
	}
	if len(others) == 0 {
		return nil
	}
	// loose: the spelling is no English word, so a generic word beside
	// it is evidence too (for a target that is none either).
	loose := !english.IsWord(strings.ToLower(w))
	count := len(g.uses)
	var best []storyTarget
	for _, x := range others {
		n := names.Form(x)
		if n == nil || n.id <= 0 || int(n.id) >= len(tt.at) || tt.at[n.id] == 0 {
			continue
		}
		t := tt.all[tt.at[n.id]-1]
		if t.known || r.notTargets[t.word] || r.before[t.word] || r.after[t.word] || r.related(w, t.word) {
			continue
		}
		in := stories.names.inStory(n, stories.articles(g.story))
		// One use each after the same given name, inside a sentence
		// ("Wenna Vell, 52," where another outlet has "Wenna Dell, 52,"):
		// one person spelt two ways, as same_given takes a pair that
		// shares the first letter; a slip of the first letter makes a
		// word ("Hill" for "Mill") as often as any other slip, and
		// nothing tells which is right, so both are reported (tie).
		if r.cfg.SameGiven && count == 1 && in.count == 1 && in.mid == 1 && in.articles == 1 &&
			oneEach(count, in.count) && !g.uses[0].Initial && r.sameGiven(g.uses[0], n) {
			best = append(best, storyTarget{nameTarget: t, in: in, beside: true, given: true, tie: true})
			continue
		}
		if in.mid == 0 || in.articles < 2 || in.count < r.cfg.MinNameUses || in.count < r.cfg.MinRatio*count {
			continue
		}
		// named: a use stands beside a name word the target does;
		// generic: beside a generic word only, which counts where
		// neither spelling is a word.
		named, generic := false, false
		for _, u := range g.uses {
			if u.Initial || r.titles[u.Prev] {
				continue
			}
			if r.besideSame(u, n) {
				named = true
				break
			}
			if loose && r.besideCompound(u, n) {
				generic = true
			}
		}
		if !named && (!generic || english.IsWord(strings.ToLower(t.word))) {
			continue
		}
		// A target beside a generic word only is judged by sameContext
		// as a name with no name beside it.
		best = append(best, storyTarget{nameTarget: t, in: in, beside: named})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}

// compoundNeighbours is neighbours, keeping the generic words where
// loose: the words beside use u inside its name.
func (r *typoRule) compoundNeighbours(u NameUse, loose bool) (next, prev string) {
	if !loose {
		return r.neighbours(u)
	}
	next, prev = u.Next, u.Prev
	if u.PrevInitial || r.titles[prev] {
		prev = ""
	}
	return next, prev
}

// besideCompound reports whether use u stands beside a word, generic
// ones included, that spelling n stands beside too, and beside none that
// n never does.
func (r *typoRule) besideCompound(u NameUse, n *CorpusName) bool {
	next, prev := r.compoundNeighbours(u, true)
	return (next != "" || prev != "") && (next == "" || n.HasNext(next)) && (prev == "" || n.HasPrev(prev))
}

// initialsBefore returns the capital first letters (bit c-'A' for
// letter c) of the targets that are tail with one such letter before
// it: "Gall" and "Bell" give B for "ell" (and G for "all"). The table
// is made on the first call, once every target is added.
func (tt *typoTargets) initialsBefore(tail string) uint32 {
	if tt.tails == nil {
		tt.tails = make(map[string]uint32, len(tt.all)/2)
		for _, t := range tt.all {
			if w := t.word; len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' {
				tt.tails[w[1:]] |= 1 << (w[0] - 'A')
			}
		}
	}
	return tt.tails[tail]
}
