package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// "The 38-year-old" names no one: copy writes it for the person the
// sentence before has named, most often the person the story is about,
// but the nearest name is often someone else's. Such an age is kept
// under a key of its own and compared with nothing, unless where whose
// age it is is beyond doubt (resolveBareAges): the article gives no
// other age of an unnamed person and, of the people the story ages by
// name and the article does not, names exactly one before it. Then it
// is that person's age.

// bareAgeKey is the key of an age said of no one; "?" is no role noun.
const bareAgeKey = roleAgeKey + "?"

// bareAgeOther ends the key of an age that no role noun follows but that
// is not "the 38-year-old" alone: a thing's age ("a 38-year-old
// record"), or one with no article before it ("her 38-year-old
// brother"). It is never resolved, but tells that its article gives
// another age, of someone or something else.
const bareAgeOther = "!"

// bareAge keys q, an age with no role noun after it, as an age said of
// no one, and reports that it did. Only "the 38-year-old" or "a
// 38-year-old" followed by punctuation, the sentence's end, a grammar
// word or a verb in the past ("the 38-year-old, who", "the 38-year-old
// was", "the 38-year-old from the coast", "the 38-year-old stood") may be
// resolved; any other gets bareAgeOther.
func (r *autoFactsRule) bareAge(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, c *claim, shownEnd int) bool {
	text := a.Doc.Text
	c.Key, c.Label = bareAgeKey, "age"
	c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: shownEnd})
	c.Q.Unit = nil // compared, once resolved, with the bare "36" of "Lodreth, 36,"
	i := q.Tokens[0]
	if i-1 < sent.First || !r.isDet(text, toks[i-1]) {
		c.Key += bareAgeOther
		return true
	}
	j := q.Tokens[1]
	for j < sent.Last && toks[j].Start < shownEnd {
		j++
	}
	// "the 38-year-old Chilean stood": a name of age_descriptions (a
	// nationality) after the age describes the person, and the word
	// after it is read as the word after the age is.
	if j+1 < sent.Last && toks[j].Kind == segment.Word && r.describesPerson(toks[j].Text(text)) && (!toks[j+1].Joined || toks[j+1].Text(text) != "-") {
		j++ // not "the 38-year-old Danish-built ferry"
	}
	if j < sent.Last {
		switch t := toks[j]; t.Kind {
		case segment.Punct:
		case segment.Word:
			// After a quotation's verb ("," said the 38-year-old
			// mother of two"), lower-case words describe the person.
			described := isLowerWord(t.Text(text)) && r.quoteSpeaker(text, toks, sent, i)
			if w := t.Text(text); !described && (!isLowerWord(w) || !r.g.stop.hasLower(w) && !pastVerb(a, w)) {
				c.Key += bareAgeOther // "a 38-year-old record"
			}
		default:
			c.Key += bareAgeOther // "the 38-year-old's wife"
		}
	}
	// "A 38-year-old ...": a lead that names the person in the next
	// sentence (age_beside.go). "The 38-year-old" is resolved below.
	if !foldIs(toks[i-1].Text(text), "the") {
		r.besideName(a, toks, sent, q, c)
	}
	return true
}

// quoteSpeaker reports whether the age that opens at token i is the
// speaker's of a quotation's attribution put after it, the verb before
// its subject: `"We ran," said the 38-year-old mother of two`. Only a
// person speaks, so the lower-case words after such an age describe
// the person ("mother of two", "retired baker"), not a thing whose age
// it is ("the 38-year-old bridge"); and the speaker is someone the copy
// has brought in before the quotation, not a new person: "said a
// 38-year-old" brings one in. A reporting verb with no quotation closed
// before it opens a clause ("said the 38-year-old bridge had passed")
// and is not read so.
func (r *autoFactsRule) quoteSpeaker(text string, toks []segment.Token, sent segment.Sentence, i int) bool {
	if i-4 < sent.First || !foldIs(toks[i-1].Text(text), "the") || toks[i-1].Kind != segment.Word {
		return false
	}
	if v := toks[i-2]; v.Kind != segment.Word || !isLowerWord(v.Text(text)) || !r.reporting.hasLower(v.Text(text)) {
		return false
	}
	q := toks[i-3]
	if q.Kind != segment.Punct || (q.Text(text) != `"` && q.Text(text) != "\u201d") {
		return false
	}
	return isComma(text, toks[i-4], ",!?")
}

// pastVerb reports whether the lower-case word w is a verb in the past
// by the article's calendar words ("stood", "watched"): "the
// 38-year-old stood" is a person's age, as "the 38-year-old was" is.
func pastVerb(a *Article, w string) bool {
	return a.Calendar != nil && pastForm(a.Calendar, strings.ToLower(w))
}

// pastForm reports whether lw, lower-cased, is a verb in the past by
// the calendar's words: one of its past forms, or a word of more than
// four letters in "-ed" that is not one of its words that only look so
// ("speed", "hundred").
func pastForm(cal *dates.Lexicon, lw string) bool {
	return cal.Past[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed") && !cal.NotPast[lw]
}

// resolveBareAges gives an age said of no one the key of the person its
// story ages by name whom its article names before it (see above),
// where its article gives no other age of an unnamed person and dates
// it by no year. The others get a
// key of their own, compared with nothing.
func resolveBareAges(c *Corpus, perArticle [][]claim) {
	if c != nil && c.Names != nil {
		for _, story := range c.Stories {
			resolveBareAgesOf(c.Names, story, perArticle)
		}
	}
	for i := range perArticle {
		for k := range perArticle[i] {
			if x := &perArticle[i][k]; strings.HasPrefix(x.Key, bareAgeKey) {
				x.Key += "|" + strconv.Itoa(i) + ":" + strconv.Itoa(k)
			}
		}
	}
}

// resolveBareAgesOf resolves the ages said of no one of one story. An
// article's age is taken for the person aged by name in the story whom
// the article names before it, where that is one person: someone named
// only later, or two people named before it, leave it unresolved. A
// person whose age is keyed by a surname shared with another given name
// (givenOnly: "Ute Kessing, 68" beside "Piet Kessing, 39") is a person
// of their own, named where the given name is, and aged in an article
// only by an age given with that given name.
func resolveBareAgesOf(names *NameIndex, story []int, perArticle [][]claim) {
	type person struct {
		key, label string
		given      string // the given name of a givenOnly age, or ""
		form       *CorpusName
	}
	var people []person
	for _, i := range story {
		if i < 0 || i >= len(perArticle) {
			return
		}
		for k := range perArticle[i] {
			x := &perArticle[i][k]
			if !namedAge(x) {
				continue
			}
			given, name := "", strings.TrimPrefix(x.Label, "age of ")
			if givenOnlyAge(x) {
				given, name = x.Names[0], x.Names[0]
			}
			if slices.ContainsFunc(people, func(p person) bool { return p.key == x.Key && p.given == given }) {
				continue
			}
			form := names.Form(name)
			if form == nil {
				return // a name the index does not hold: not known who is named where
			}
			people = append(people, person{x.Key, x.Label, given, form})
		}
	}
	if len(people) == 0 {
		return
	}
	one := make([]int, 1)
	for _, i := range story {
		// The article's one age said of no one, and no age of a role
		// or a pair: those are of people the copy does not name, whom
		// "the 38-year-old" may be.
		var bare *claim
		unnamed := 0
		for k := range perArticle[i] {
			x := &perArticle[i][k]
			if strings.HasPrefix(x.Key, roleAgeKey) {
				unnamed++
				if x.Key == bareAgeKey {
					bare = x
				}
			}
		}
		if unnamed != 1 || bare == nil || len(bare.Years) > 0 {
			continue
		}
		// The article's ages by name: a person aged there is not the
		// one "the 38-year-old" stands for unless it restates the
		// age, and one that does is left alone.
		restated := false
		aged := func(p *person) bool {
			for k := range perArticle[i] {
				if x := &perArticle[i][k]; x.Key == p.key && (p.given == "" || len(x.Names) > 0 && x.Names[0] == p.given) {
					return true
				}
			}
			return false
		}
		for k := range perArticle[i] {
			if x := &perArticle[i][k]; namedAge(x) && x.Q.Value == bare.Q.Value {
				restated = true
			}
		}
		if restated {
			continue
		}
		one[0] = i
		who := -1
		for p := range people {
			if aged(&people[p]) {
				continue
			}
			if in := names.inStory(people[p].form, one); in.articles > 0 && in.first.StartByte < bare.Loc.StartByte {
				if who >= 0 {
					who = -2 // two people named before it
					break
				}
				who = p
			}
		}
		if who >= 0 {
			bare.Key, bare.Label = people[who].key, people[who].label
			if g := people[who].given; g != "" {
				bare.Names = []string{g, givenOnly}
			}
		}
	}
}

// describesPerson reports whether w, capitalised, is a name of the
// age_descriptions rules ("Chilean", "Peruvian"): after "the 38-year-old"
// it tells where the person is from, as "the 38-year-old from the coast"
// does, not what thing is that old ("the 38-year-old Fokker").
func (r *autoFactsRule) describesPerson(w string) bool {
	if len(r.ageDescriptions) == 0 || isLowerWord(w) {
		return false
	}
	return words(r.ageDescriptions).hasLower(w)
}

// ageDescriptionsOf returns the names, lower-cased, of the names rules
// of s with the given ids, enabled or not (nil for none).
func ageDescriptionsOf(s *Set, ids []string) map[string]bool {
	var m map[string]bool
	for _, x := range s.All {
		n, ok := x.(*namesRule)
		if !ok || !slices.Contains(ids, n.info.ID) {
			continue
		}
		if m == nil {
			m = map[string]bool{}
		}
		for _, e := range n.entries {
			m[strings.ToLower(e.name)] = true
		}
	}
	return m
}

// prepare checks that every id of age_descriptions is a names rule of
// the set.
func (r *autoFactsRule) prepare(s *Set) error {
	for _, id := range r.ageDescriptionRules {
		found := false
		for _, x := range s.All {
			if n, ok := x.(*namesRule); ok && n.info.ID == id {
				found = true
				break
			}
		}
		if !found {
			return fmt.Errorf("rule %q: age_descriptions: %q is no names rule", r.info.ID, id)
		}
	}
	return nil
}
