package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
)

// This file holds the ranks of one running tally that outlets give under
// several nouns (oneTally).

// tallyKey is the key of the ranks oneTally takes for one tally.
const tallyKey = "rank:|tally"

// minTallyRank is the smallest rank oneTally reads as a place in a
// running tally: "the 31st landslip", "its 31st rockfall". The small
// ordinals order many things of one story ("the third day", "a second
// attempt", "the first time"), and two of them are no evidence of one
// count.
const minTallyRank = 10

// oneTally keys together the ranks of a story that rank one running
// tally under several nouns: "the 31st landslip this year", "its 31st
// rockfall", "the 31st closure" are one count of events, each outlet
// naming the event in its own word, and a changed "the 33rd closure"
// disagrees with the others' 31st though no two share a noun. Only
// where each article of the story that gives a rank of minTallyRank or
// more gives exactly one, as an ordinal ("31st", not a label such as
// "on move 41") with no complement that narrows it, and at least two
// nouns rank it: the comparison still asks the claims' words to agree.
func oneTally(stories [][]int, perArticle [][]claim) {
	for _, story := range stories {
		articles, nouns, first := 0, 0, ""
		ok := true
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			n := 0
			for k := range perArticle[b] {
				x := &perArticle[b][k]
				// The kind and value first: most claims are no
				// ordinal, and the key's prefix is read of the few.
				if x.Q.Kind != quantity.Ordinal || x.Q.Value < minTallyRank || !strings.HasPrefix(x.Key, "rank:") {
					continue
				}
				n++
				if strings.IndexByte(x.Key, '|') >= 0 || x.Q.Unit != nil || x.Q.High != x.Q.Value {
					ok = false
				}
				if first == "" {
					first, nouns = x.Key, 1
				} else if x.Key != first && nouns == 1 {
					nouns = 2
				}
			}
			if n > 1 {
				ok = false
			}
			if n == 1 {
				articles++
			}
		}
		if !ok || articles < 2 || nouns < 2 {
			continue
		}
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				x := &perArticle[b][k]
				if x.Q.Kind == quantity.Ordinal && x.Q.Value >= minTallyRank && strings.HasPrefix(x.Key, "rank:") {
					x.Key = tallyKey
				}
			}
		}
	}
}
