package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
)

// ampersandLink reports whether the capitalised tokens first and second
// are joined by an ampersand, one space either side ("Quarley & Tenk"):
// a firm's name of two names, whose halves stand beside each other as a
// given name and a family name do, so a slip in either half beside the
// other ("Quarly & Tenk", "Quarley & Tenx") is read against the spelling
// that stands beside the same half (rule typo). "and" joins no name:
// "Ossery and Harnvik" are two places.
func ampersandLink(text string, toks []segment.Token, first, second int32) bool {
	if second-first > 2 || second <= first {
		return false
	}
	s, e := toks[first].End, toks[second].Start
	return e == s+3 && text[s] == ' ' && text[s+1] == '&' && text[s+2] == ' '
}

// ampersandNext and ampersandPrev are the words kept as the Next of the
// first half of a name joined by an ampersand and the Prev of its second
// half: the other half with the ampersand. The ampersand keeps them apart
// from a given name and a family name, as a hyphen does (hyphenPrev):
// "Quarley & Tenk" gives no given name "Quarley" to "Tenk", which an age
// keyed by a given name would take (resolveGivenNames), nor makes
// "Quarley Tenk" a person.
func ampersandNext(second string) string { return "& " + second }

func ampersandPrev(first string) string { return first + " &" }

// firmHalf reports whether use u is the first half of a name joined by
// an ampersand whose second half the spelling n stands before too:
// "Quarly & Tenk" where "Quarley & Tenk" is named. The second half says
// which firm it is, as a family name after a given name says which
// person: for rule typo's same_given it is the same given name.
func firmHalf(u NameUse, n *CorpusName) bool {
	return strings.HasPrefix(u.Next, "& ") && n.HasNext(u.Next)
}
