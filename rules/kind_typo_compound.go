package rules

// firstLetter is the route for a slip of a name's first letter inside a
// name of several words: "MV Silver Gall" where "MV Silver Gull" is named
// throughout. The targets of the other routes share the spelling's first
// letter (they are read by initial), so a slip of that letter, which
// often makes another word of the language ("Fell" for "Bell"), is
// never weighed by them. Here the only evidence is the compound:
//   - a use inside a sentence stands beside a name word (not a generic
//     word: "Port", "North", "Street", a title) that the other spelling
//     stands beside too, and beside no name it never does (besideSame):
//     one name written two ways, not two names of one kind ("Port
//     Talbot", "Port Louis");
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
	if len(w) < r.cfg.MinLength || len(w) > 31 || w[0] < 'A' || w[0] > 'Z' || !isASCII(w) {
		return nil
	}
	beside := false
	for _, u := range g.uses {
		if next, prev := r.neighbours(u); !u.Initial && (next != "" || prev != "") && !r.titles[u.Prev] {
			beside = true
			break
		}
	}
	if !beside {
		return nil
	}
	var buf [32]byte
	other := buf[:len(w)]
	copy(other, w)
	count := len(g.uses)
	var best []storyTarget
	for c := byte('A'); c <= 'Z'; c++ {
		if c == w[0] {
			continue
		}
		other[0] = c
		n := stories.names.Forms[string(other)]
		if n == nil || n.id <= 0 || int(n.id) >= len(tt.at) || tt.at[n.id] == 0 {
			continue
		}
		t := tt.all[tt.at[n.id]-1]
		if t.known || r.notTargets[t.word] || r.before[t.word] || r.after[t.word] || r.related(w, t.word) {
			continue
		}
		in := stories.names.inStory(n, stories.articles(g.story))
		if in.mid == 0 || in.articles < 2 || in.count < r.cfg.MinNameUses || in.count < r.cfg.MinRatio*count {
			continue
		}
		same := false
		for _, u := range g.uses {
			if !u.Initial && !r.titles[u.Prev] && r.besideSame(u, n) {
				same = true
				break
			}
		}
		if !same {
			continue
		}
		best = append(best, storyTarget{nameTarget: t, in: in, beside: true})
	}
	if len(best) != 1 {
		return nil
	}
	return best
}
