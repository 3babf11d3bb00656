package rules

import "github.com/factlint/factlint/checker/segment"

// hyphenHalf reports whether token second is the second half of a
// hyphenated name whose first half is token first ("Wendel-Marsh"): the
// first half goes before it as a given name goes before a family name,
// so a slip in the second half after the same first half is read as one
// after the same given name (rule typo, same_given). Both halves must
// touch the hyphen.
func hyphenHalf(text string, toks []segment.Token, first, second int32) bool {
	if first != second-2 || first < 0 {
		return false
	}
	a, h, b := &toks[first], &toks[first+1], &toks[second]
	return h.Kind == segment.Punct && h.End == h.Start+1 && text[h.Start] == '-' && a.End == h.Start && h.End == b.Start
}

// hyphenPrev is the word kept as the Prev of a hyphenated name's second
// half: its first half with the hyphen. The hyphen keeps it apart from
// a given name: "Korva-Lind" (two names joined, a pact or a match) gives
// no given name "Korva" to "Lind", which an age keyed by a given name
// would take (resolveGivenNames), nor makes "Korva Lind" the same
// person.
func hyphenPrev(first string) string { return first + "-" }
