package rules

import (
	"math"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// Ages of people the copy does not name ("a 67-year-old man", "the
// driver, 38,") are keyed by the role noun they are said of
// (age_roles in the pack): another outlet's "a 52-year-old man from the
// town" is the same person's age far more often than not, since copy
// names a role so only for the one person it is about. Two ages of one
// role in one article are two people, and such an article's ages of
// that role are compared with none (roleAgesOnce).

// roleAgeKey opens the keys of the ages of unnamed people; a colon is
// never in a surname, so "age|role:man" is no Mr Man's age.
const roleAgeKey = "age|role:"

// roleAgeHeadline marks the key of a headline's age of a role set
// aside for the body's (headlineAgeOfBody); compared with nothing.
const roleAgeHeadline = "|headline:"

// roleAgeSecond ends the key of an age said of "another" person of a
// role: the article speaks of two of them.
const roleAgeSecond = "|another"

// roleAge keys q, an age of no named person, by the role noun it is said
// of, and reports whether it did:
//
//   - "the 52-year-old man", "a 67-year-old retired teacher": the noun
//     the age modifies, up to two lower-case words after it;
//   - "the pilot, a 52-year-old from the coast": the head the age is in
//     apposition to;
//   - "the driver, 52," (or closing the sentence) and "a woman aged 52":
//     a bare figure after the role.
//
// A range ("aged 30 to 40"), a qualified or fractional figure and a
// figure written in words are not read.
func (r *autoFactsRule) roleAge(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, c *claim) bool {
	if len(r.ageRoles) == 0 {
		return false
	}
	if r.pairAge(a, toks, sent, q, c) {
		return true // "aged 23 and 70": keyed by the other age (age_pair.go)
	}
	if q.Kind != quantity.Cardinal || q.Range || q.Qualifier != nil || q.List > 0 {
		return false
	}
	if q.Value < 1 || q.Value > 120 || q.Value != math.Trunc(q.Value) {
		return false
	}
	text := a.Doc.Text
	i := q.Tokens[0]
	role, roleTok := -1, -1 // the role noun's token, and where the phrase starts
	shownEnd := q.Span.End
	if q.Unit != nil {
		if !strings.HasPrefix(text[q.Span.End:], "-old") {
			return false // "he was 38 years old" says nothing of a role
		}
		shownEnd += len("-old")
		if i-2 >= sent.First && isAsA(text, toks[i-2], toks[i-1]) {
			// "first rowed for the county as a nine-year-old": an age at another
			// time than the story's, never the person's age now.
			c.Key, c.Label = bareAgeKey+bareAgeOther, "age"
			c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: shownEnd})
			c.Q.Unit = nil
			return true
		}
		// "the pilot, a 52-year-old from the coast"
		if i-3 >= sent.First && r.isDet(text, toks[i-1]) && isComma(text, toks[i-2], ",:") && r.isRole(text, toks[i-3]) {
			role, roleTok = i-3, i-3
		} else {
			// "the 52-year-old man": the first word after "-old" that
			// is a role, past at most two lower-case modifiers.
			j := q.Tokens[1]
			for j < sent.Last && toks[j].Start < shownEnd {
				j++
			}
			for n := 0; j < sent.Last && n < 3 && toks[j].Kind == segment.Word && isLowerWord(toks[j].Text(text)); j, n = j+1, n+1 {
				if r.isRole(text, toks[j]) {
					if j+1 < sent.Last && toks[j+1].Kind == segment.Possessive {
						return false // "the 38-year-old man's wife"
					}
					role, roleTok = j, i
					shownEnd = toks[j].End
					break
				}
			}
			if role < 0 {
				return r.bareAge(a, toks, sent, q, c, shownEnd) // age_bare.go
			}
		}
	} else {
		if q.Words || i-2 < sent.First || q.Tokens[1] >= sent.Last {
			return false
		}
		next := toks[q.Tokens[1]]
		closes := isComma(text, next, ",") || (q.Tokens[1] == sent.Last-1 && isComma(text, next, "."))
		switch {
		case isComma(text, toks[i-1], ",") && closes && r.isRole(text, toks[i-2]):
			role, roleTok = i-2, i-2 // "the driver, 38,"
		case foldIs(toks[i-1].Text(text), "aged") && toks[i-1].Kind == segment.Word && r.isRole(text, toks[i-2]):
			// "a woman aged 52": not "aged 52 and 54", a list of two.
			if next.Kind == segment.Word && foldIs(next.Text(text), "and") {
				return false
			}
			role, roleTok = i-2, i-2
		}
		if role >= 0 {
			c.Shown = spanText(a, document.Span{Start: toks[role].Start, End: q.Span.End})
		}
	}
	if role < 0 {
		return false
	}
	noun := strings.ToLower(toks[role].Text(text))
	c.Key, c.Label = roleAgeKey+noun, "age of the "+noun
	if q.Unit != nil {
		c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: shownEnd})
		c.Q.Unit = nil // compared with the bare "38" of "the driver, 38,"
	}
	// "another 30-year-old man", "a second woman, 41,": the article
	// speaks of two people of the role.
	for j := roleTok - 1; j >= sent.First && j >= roleTok-2; j-- {
		if w := toks[j].Text(text); toks[j].Kind == segment.Word && r.ageOthers.hasLower(w) {
			c.Key += roleAgeSecond
			break
		}
	}
	r.besideName(a, toks, sent, q, c) // age_beside.go
	return true
}

// isRole reports whether t is a lower-case role noun of the pack: a
// capitalised one is a name or opens the sentence, and is read as such.
func (r *autoFactsRule) isRole(text string, t segment.Token) bool {
	w := t.Text(text)
	return t.Kind == segment.Word && isLowerWord(w) && r.ageRoles[w]
}

// isAsA reports whether the words as and det are "as a" or "as an".
func isAsA(text string, as, det segment.Token) bool {
	if as.Kind != segment.Word || det.Kind != segment.Word || !strings.EqualFold(as.Text(text), "as") {
		return false
	}
	w := det.Text(text)
	return foldIs(w, "a") || foldIs(w, "an")
}

// isDet reports whether t is "a", "an" or "the".
func (r *autoFactsRule) isDet(text string, t segment.Token) bool {
	w := t.Text(text)
	return t.Kind == segment.Word && (foldIs(w, "a") || foldIs(w, "an") || foldIs(w, "the"))
}

// isComma reports whether t is a punctuation token opening with one of
// the bytes of set.
func isComma(text string, t segment.Token, set string) bool {
	return t.Kind == segment.Punct && strings.IndexByte(set, text[t.Start]) >= 0
}

// roleAgesOnce leaves an article's ages of a role to be compared only
// where the article gives the role one age: two ages of one role in one
// article ("a 30-year-old woman and a 45-year-old woman", or "another
// 30-year-old woman") are two people, and which of them another outlet
// means is not known. Such claims get a key of their own, compared with
// nothing. An age dated by a year of its sentence ("in 2019, a
// 30-year-old man") is keyed with that year: it is a past event's.
//
// A headline's age of a role is no second person, though: "Woman, 61,
// wins jackpot" over a body whose one age of the role is "a 67-year-old
// woman" ages the woman the body is about, and one of the two figures
// is a slip (headlineAgeOfBody). The body's age is then compared as the
// article's one age of the role, and the headline's with nothing; the
// corpus stage's test of a figure stated in the headline only
// (restatedInHeadline) tells whether the others side with the headline.
// anchors are each article's anchors.
func roleAgesOnce(c *Corpus, perArticle [][]claim, anchors [][]anchor) {
	resolveBesideAges(c, perArticle) // age_beside.go
	resolveBareAges(c, perArticle)   // age_bare.go
	type seen struct {
		value   float64
		several bool
		// n counts the role's ages and first, last are the first
		// and last of them, for headlineAgeOfBody.
		n, first, last int
		second         bool
	}
	var ages map[string]*seen
	for i := range perArticle {
		cs := perArticle[i]
		clear(ages)
		for k := range cs {
			x := &cs[k]
			if !strings.HasPrefix(x.Key, roleAgeKey) {
				continue
			}
			for _, y := range x.Years {
				x.Key += "|" + strconv.FormatFloat(y, 'f', -1, 64)
			}
			base, second := strings.CutSuffix(x.Key, roleAgeSecond)
			if ages == nil {
				ages = map[string]*seen{}
			}
			s := ages[base]
			if s == nil {
				s = &seen{value: x.Q.Value, first: k}
				ages[base] = s
			}
			if second || s.value != x.Q.Value || x.Q.High != x.Q.Value {
				s.several = true
			}
			s.n, s.last = s.n+1, k
			s.second = s.second || second
			x.Key = base
		}
		for _, s := range ages {
			if s.several && s.n == 2 && !s.second && i < len(anchors) && headlineAgeOfBody(anchors[i], &cs[s.first], &cs[s.last]) {
				// The body's age is the article's age of the role; the
				// headline's, kept under it, would be the body's nearer
				// counterpart of the others' figure (closerInArticle)
				// and hide the slip, so it is compared with nothing.
				s.several = false
				h := &cs[s.first]
				h.Key += roleAgeHeadline + strconv.Itoa(i) + ":" + strconv.Itoa(s.first)
			}
		}
		for k := range cs {
			x := &cs[k]
			if s := ages[x.Key]; s != nil && s.several && strings.HasPrefix(x.Key, roleAgeKey) {
				x.Key += "|several:" + strconv.Itoa(i) + ":" + strconv.Itoa(k)
			}
		}
	}
}

// headlineAgeOfBody reports whether head and body, an article's two ages
// of one role (head the first), are one person's: head is an age the
// article states in its headline only (anchor.Head), and body one it
// states in its body. A headline ages the person its body is about
// ("Pensioner, 81, rescued" over "the 81-year-old pensioner"); where
// the body never gives the headline's age and gives the role one other
// age, that age is the same person's, and the two disagree. A headline
// age that the body states too is another person's where they differ:
// the body gives both.
func headlineAgeOfBody(anchors []anchor, head, body *claim) bool {
	if head.Q.High != head.Q.Value || body.Q.High != body.Q.Value || head.Loc.StartByte >= body.Loc.StartByte {
		return false
	}
	fh, fb := statedFigureOf(head), statedFigureOf(body)
	headOnly, inBody := false, false
	for i := range anchors {
		a := &anchors[i]
		if fh.in(a) {
			if !a.Head {
				return false
			}
			headOnly = true
		}
		inBody = inBody || !a.Head && fb.in(a)
	}
	return headOnly && inBody
}
