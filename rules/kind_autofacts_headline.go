package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
)

// headlineEnd returns where the article's headline ends in text, or 0
// where it has none: its first line, when that does not end in a full
// stop, a question or an exclamation mark (with any closing quote or
// bracket after it). A headline has no stop at its end; a lead
// paragraph does. ("ALERT! Flood cuts off 62 villages" is one headline of
// two sentences.)
func headlineEnd(text string) int {
	start := len(text) - len(strings.TrimLeft(text, " \t\r\n"))
	end := strings.IndexByte(text[start:], '\n')
	if end < 0 {
		return 0 // one line: no body under it
	}
	end += start
	line := strings.TrimRight(text[start:end], " \t\r\"')”’")
	if line == "" {
		return 0
	}
	switch line[len(line)-1] {
	case '.', '!', '?':
		return 0
	}
	return end
}

// restatedInHeadline reports whether x, a body figure, is a changed
// figure that its own article's headline contradicts: the article
// states y's figure in its headline and nowhere in its body, no other
// article of the story states x's figure, and at least minSiding other
// articles state y's. It is asked only where y's article does not state
// x's figure (unrelated). A headline
// restates the body's main figure ("Gale cuts off 6,180 homes" over "about
// 8,610 homes went without heat"), so a body figure that disagrees with
// its own headline and with the other outlets, which agree with the
// headline, is the figure that was changed. states alone takes the
// headline's figure for another fact of the article, keyed together with
// x by mistake: so it is, where the body states that figure too, or
// another outlet x's, or too few outlets the headline's. A bound ("more
// than 1,750", "above 35") stays with states: beside an exact figure it is
// as often a threshold or another total ("more than 1,750 people work
// there") as the same fact.
func restatedInHeadline(story []int, anchors [][]anchor, x, y *claim) bool {
	if q := x.Q.Qualifier; q != nil && q.Bound != quantity.About && q.Bound != quantity.Nearly {
		return false
	}
	if x.Article < 0 || x.Article >= len(anchors) {
		return false
	}
	own := anchors[x.Article]
	fx, fy := statedFigureOf(x), statedFigureOf(y)
	inBody, headOnly := false, false
	for i := range own {
		a := &own[i]
		if fy.in(a) {
			if !a.Head {
				return false // the body states y's figure too
			}
			headOnly = true
		}
		inBody = inBody || !a.Head && fx.in(a)
	}
	if !headOnly || !inBody {
		return false
	}
	siding := 0
	for _, b := range story {
		if b == x.Article || b < 0 || b >= len(anchors) {
			continue
		}
		for i := range anchors[b] {
			if fx.in(&anchors[b][i]) {
				return false // another article states x's figure (y's among them)
			}
		}
		if states(anchors[b], y) {
			siding++
		}
	}
	return siding >= minSiding
}
