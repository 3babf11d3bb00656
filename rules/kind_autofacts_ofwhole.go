package rules

import (
	"github.com/factlint/factlint/checker/segment"
)

// This file holds the head of the whole a share or measure is "of"
// (pastFigures): the noun after a figure that sizes the whole.

// pastFigures returns the token after the figures that size a whole
// before its noun, from token k: "40% of the firm's 2,000 staff" and
// "8% of its 6,000-strong workforce" measure the staff and the
// workforce, as "40% of the firm's staff" does, and another outlet
// leaves the size out. A number, and a word joined to it by a hyphen
// ("6,000-strong"), is passed; k itself if there is none.
func pastFigures(text string, toks []segment.Token, sent segment.Sentence, k int) int {
	n := k
	for n < sent.Last && toks[n].Kind == segment.Number {
		n++
		// "6,000-strong": the word joined on is the figure's.
		for n+1 < sent.Last && toks[n].Kind == segment.Punct && toks[n].Joined && text[toks[n].Start] == '-' && toks[n+1].Kind == segment.Word && toks[n+1].Joined {
			n += 2
		}
	}
	if n == k || n >= sent.Last || toks[n].Kind != segment.Word {
		return k
	}
	return n
}
