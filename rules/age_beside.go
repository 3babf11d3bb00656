package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// Copy often ages the person it is about by a description, and names
// the person in the sentence beside it: a lead that holds the name back
// ("A 52-year-old baker swam the strait on Sunday." and then "Ada
// Merrow set off at dawn ..."), or a description that refers back to
// the name ("Ada Merrow was first through the door. The 52-year-old retired
// baker had ..."). Another outlet writes "Ada Merrow, 52," and the two
// ages never met. An age of no named person ("a 52-year-old baker",
// "the 52-year-old") is taken for the person named in full at the head
// of the sentence beside it, the one after it for "a", the one before
// for "the", where that sentence opens with the name as the subject of
// a verb that is no reporting verb ("Ada Merrow set off", not "Ada
// Merrow said" nor "Ada Merrow, a neighbour, said"): a new person is
// brought in with an apposition or as a source, the person described
// is the one whose doing the copy goes on with. At the corpus stage
// (resolveBesideAges) it is that person's age only where the story
// ages the person by name in another article and this article does
// not, nor gives the figure as the age of anyone named.

// besideMark is the second of the Names of an age of no named person
// whose first is the surname of the person named at the head of the
// sentence beside it (besideName). It is read and cleared at the corpus
// stage (resolveBesideAges), before any comparison.
const besideMark = "\x00beside"

// besideName sets, as c's Names, the surname of the person named in
// apposition to the description the age q opens ("a 29-year-old diver,
// Ada Merrow,": appositeName), or at the head of the sentence beside
// it ("A 52-year-old baker ...":
// the next sentence; "The 52-year-old ...": the one before), where the
// age, with its article, opens its sentence or follows a dateline's
// dash, and that sentence opens with a given name and a surname, both
// capitalised and not in capitals, followed by a lower-case word that
// is no reporting verb.
func (r *autoFactsRule) besideName(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, c *claim) {
	text := a.Doc.Text
	i := q.Tokens[0]
	if i-1 < sent.First || !r.isDet(text, toks[i-1]) {
		return
	}
	if surname := r.appositeName(text, toks, sent, q); surname != "" {
		c.Names = []string{surname, besideMark}
		return
	}
	if i-1 != afterDateline(text, toks, sent) {
		return
	}
	other := q.Sentence + 1
	if foldIs(toks[i-1].Text(text), "the") {
		other = q.Sentence - 1
	}
	if other < 0 || other >= len(a.Seg.Sentences) {
		return
	}
	s := a.Seg.Sentences[other]
	g := afterDateline(text, toks, s)
	n := g + 1
	if n+1 >= s.Last || toks[g].Kind != segment.Word || toks[n].Kind != segment.Word || toks[n+1].Kind != segment.Word {
		return
	}
	given, surname, verb := toks[g].Text(text), toks[n].Text(text), toks[n+1].Text(text)
	if text[toks[g].End:toks[n].Start] != " " || text[toks[n].End:toks[n+1].Start] != " " {
		return
	}
	if !isCapitalised(given) || isAllCaps(given) || !isCapitalised(surname) || isAllCaps(surname) || r.titles[given] {
		return
	}
	if !isLowerWord(verb) || r.reporting.hasLower(verb) || joining[verb] {
		return
	}
	c.Names = []string{surname, besideMark}
}

// appositeName returns the surname of the name in apposition to a
// description an age opens, "a 29-year-old diver, Ada Merrow, who" (a
// given name and a surname after a comma, then a comma, "who" or the
// sentence's end, after at most maxDescription lower-case words), or "".
func (r *autoFactsRule) appositeName(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) string {
	end := q.Span.End
	if !strings.HasPrefix(text[end:], "-old") {
		return ""
	}
	end += len("-old")
	j := q.Tokens[1]
	for j < sent.Last && toks[j].Start < end {
		j++
	}
	n := 0
	for j < sent.Last && n < maxDescription && toks[j].Kind == segment.Word && isLowerWord(toks[j].Text(text)) {
		j++
		n++
	}
	if n == 0 || j+3 > sent.Last || !isComma(text, toks[j], ",") || toks[j+1].Kind != segment.Word || toks[j+2].Kind != segment.Word {
		return ""
	}
	given, surname := toks[j+1].Text(text), toks[j+2].Text(text)
	if text[toks[j+1].End:toks[j+2].Start] != " " || !isCapitalised(given) || isAllCaps(given) || !isCapitalised(surname) || isAllCaps(surname) || r.titles[given] {
		return ""
	}
	if k := j + 3; k < sent.Last && !isComma(text, toks[k], ",.") && !wordAt(text, toks, k, "who") {
		return ""
	}
	return surname
}

// maxDescription bounds the lower-case words of a description an age
// opens before a name in apposition ("a 24-year-old trainee surfer,").
const maxDescription = 3

// besideAge reports whether x is an age of no named person that
// besideName gave the surname of the person named beside it.
func besideAge(x *claim) bool {
	return len(x.Names) == 2 && x.Names[1] == besideMark && strings.HasPrefix(x.Key, roleAgeKey)
}

// resolveBesideAges gives each age of no named person that besideName
// marked the key of the person named beside it, where the story ages
// that person by name, in another article, and the marked age's article
// gives no age of that person and no age of anyone named with the same
// figure; and clears the mark of every such age.
func resolveBesideAges(c *Corpus, perArticle [][]claim) {
	if c != nil {
		for _, story := range c.Stories {
			resolveBesideAgesOf(story, perArticle)
		}
	}
	for i := range perArticle {
		for k := range perArticle[i] {
			if x := &perArticle[i][k]; besideAge(x) {
				x.Names = nil
			}
		}
	}
}

// resolveBesideAgesOf resolves the marked ages of one story.
func resolveBesideAgesOf(story []int, perArticle [][]claim) {
	for _, i := range story {
		if i < 0 || i >= len(perArticle) {
			return
		}
	}
	for _, i := range story {
		for k := range perArticle[i] {
			x := &perArticle[i][k]
			if !besideAge(x) || len(x.Years) > 0 || strings.HasSuffix(x.Key, roleAgeSecond) {
				continue
			}
			key := "age|" + strings.ToLower(x.Names[0])
			label := ""
			for _, j := range story {
				for m := range perArticle[j] {
					y := &perArticle[j][m]
					if !namedAge(y) {
						continue
					}
					if j == i && (y.Key == key || y.Q.Value == x.Q.Value) {
						label = "\x00" // aged here, or the figure is someone else's
					}
					if j != i && y.Key == key && label == "" {
						label = y.Label
					}
				}
			}
			if label != "" && label != "\x00" {
				x.Key, x.Label, x.Names = key, label, nil
			}
		}
	}
}

// joining are the grammar words that, after a name, make it one of
// several subjects or the head of a longer noun ("Ada Merrow and Tom
// Pryde landed"): no verb of the name's own.
var joining = map[string]bool{"and": true, "or": true, "nor": true, "with": true, "of": true, "from": true}

// maxDateline bounds the tokens of a dateline before its dash
// ("PORT ELLIS, 3 May —").
const maxDateline = 16

// afterDateline returns the token that opens sentence s's own words:
// its first, or the one after a dash among its first maxDateline tokens
// where the sentence opens with a dateline ("PORT ELLIS, May 3 (Wire) -
// A 52-year-old ...").
func afterDateline(text string, toks []segment.Token, s segment.Sentence) int {
	for j := s.First; j < s.Last && j-s.First < maxDateline; j++ {
		t := toks[j]
		if t.Kind == segment.Punct && strings.ContainsAny(t.Text(text), "-–—") && t.Start > 0 && text[t.Start-1] == ' ' && t.End < len(text) && text[t.End] == ' ' {
			return j + 1
		}
	}
	return s.First
}
