package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/segment"
)

// maxParticles is the most name particles read between two capitalised
// words of one name: "van der", "de la".
const maxParticles = 2

// particleLink reports whether the capitalised words at tokens before and
// after are two words of one name joined by lowercase name particles
// (the typo rule's particles, as written): a given name and a family
// name that opens with a particle, spaced or joined to it by a hyphen
// ("Ilham el-Vardi", "Joost van der Meulen", "Rui da Lomba"). The
// family name then stands after the given name as it would without the
// particle, so a slip in it is read after the same given name (rule
// typo, same_given), and an age keyed by the given name finds it. One
// space must part the given name from the first particle and the
// particles from each other; the last is followed by one space, or by
// a hyphen that touches both it and the family name. A word of a hyphen
// compound that is no particle ("pre-", "anti-") joins nothing, and
// neither does a particle with no capitalised word one space before it
// ("in mid-March").
func particleLink(particles map[string]bool, text string, toks []segment.Token, before, after int32) bool {
	n := after - before
	if len(particles) == 0 || n < 2 || n > maxParticles+2 || before < 0 || int(after) >= len(toks) {
		return false
	}
	last := after - 1
	hyphen := false
	if h := &toks[last]; h.Kind == segment.Punct {
		if h.End != h.Start+1 || text[h.Start] != '-' || h.End != toks[after].Start || toks[last-1].End != h.Start {
			return false
		}
		hyphen, last = true, last-1
	}
	if last <= before || last-before > maxParticles {
		return false
	}
	for i := before + 1; i <= last; i++ {
		p := &toks[i]
		if p.Kind != segment.Word || !particles[text[p.Start:p.End]] || !isSpace1(text, toks[i-1].End, p.Start) {
			return false
		}
	}
	return hyphen || isSpace1(text, toks[last].End, toks[after].Start)
}

// particlesBefore returns the particles between the given name at token
// before and the family name at token after that particleLink joins, as
// written ("el-", "van der "), for a spelling used count times: a copy,
// so that a use kept in the corpus's index keeps no article's text
// alive, made only for the rare spellings whose uses are kept.
func particlesBefore(text string, toks []segment.Token, before, after int32, count int) string {
	if count > rareUses {
		return ""
	}
	return strings.Clone(text[toks[before+1].Start:toks[after].Start])
}
