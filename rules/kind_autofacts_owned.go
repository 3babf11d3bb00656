package rules

import (
	"slices"
	"strings"
)

// This file holds the count said of a name another outlet owns
// (ownedComplement).

// ownedComplement takes back the part reading of a count whose name
// complement another article of its story gives as the owner of a count
// of the same key: "There were 41 pupils on the Quenby coach" is claimed
// again as "at least 41 pupils" (a complement may narrow a count to a
// part: "four trips to Rome" of "nine trips"), but where another outlet
// writes "a Quenby coach carrying 41 pupils", the name owns that
// outlet's count, and the two count the same thing. The claim made
// again then says its figure, not a floor, so a changed "14 pupils on
// the Quenby coach" disagrees with the others' 41. On the dev sets the
// name owns another outlet's count three times, each of the same count.
func ownedComplement(stories [][]int, perArticle [][]claim) {
	var owners []string // the story's owners, gathered on its first bare complement
	for _, story := range stories {
		owners = owners[:0]
		gathered := false
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				x := &perArticle[b][k]
				// A figure's bounds first: most claims are exact, and
				// their complement is not read.
				if x.Q.High == x.Q.Value {
					continue
				}
				rest, ok := strings.CutPrefix(x.Compl, bareMark)
				if !ok {
					continue
				}
				_, name, ok := strings.Cut(rest, " ")
				if !ok || name == "" {
					continue
				}
				// Most names own no count anywhere in the story: one pass
				// over its claims answers that for all of them, where the
				// walk below is one pass per complement.
				if !gathered {
					owners, gathered = storyOwners(owners, story, perArticle), true
				}
				if !slices.Contains(owners, name) {
					continue
				}
				if ownedElsewhere(story, b, perArticle, x.Key, name) {
					x.Q.High = x.Q.Value
				}
			}
		}
	}
}

// ownedElsewhere reports whether an article of story other than b gives
// a claim of key whose owner is name.
func ownedElsewhere(story []int, b int, perArticle [][]claim, key, name string) bool {
	for _, o := range story {
		if o == b || o < 0 || o >= len(perArticle) {
			continue
		}
		for m := range perArticle[o] {
			if y := &perArticle[o][m]; y.Key == key && y.Owner == name {
				return true
			}
		}
	}
	return false
}

// storyOwners returns out with the distinct owners of the claims of
// story's articles.
func storyOwners(out []string, story []int, perArticle [][]claim) []string {
	for _, o := range story {
		if o < 0 || o >= len(perArticle) {
			continue
		}
		for m := range perArticle[o] {
			if w := perArticle[o][m].Owner; w != "" && !slices.Contains(out, w) {
				out = append(out, w)
			}
		}
	}
	return out
}
