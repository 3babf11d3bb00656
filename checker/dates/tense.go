package dates

import (
	"strings"
	"sync"

	"github.com/factlint/factlint/checker/segment"
)

// Lexicon holds the words that tell the tense of a clause and the words
// that make a date the date of a statement rather than of an event. It is
// data, loaded from the rule packs ([dates] in TOML).
type Lexicon struct {
	// Future words point forward: "will", "expected", "due".
	Future map[string]bool
	// Past words point back: "said", "met", "was". Any other word that
	// ends in "-ed" points back too, unless a form of "be" or "to" comes
	// just before it ("is expected", "to be held"), which leaves the
	// tense to the words before.
	Past map[string]bool
	// NotPast are words that end in "-ed" and are no verbs in the past:
	// "speed", "hundred", "indeed".
	NotPast map[string]bool
	// Auxiliaries that make the past participle after them passive or
	// infinitive: "is", "be", "been", "to".
	Auxiliaries map[string]bool
	// Perfect are the auxiliaries of the present perfect ("has", "have"):
	// a participle right after one, before a possessive date ("have
	// welcomed Friday's ruling"), tells of a day gone by, where after
	// "is" or "been" it may not.
	Perfect map[string]bool
	// Speech words make a date the date something was said: "said
	// Monday", "in a statement on Tuesday".
	Speech map[string]bool

	// fut, past, aux and say are the filters of Future, Past,
	// Auxiliaries and Speech, made the first time a class is asked (the
	// maps are final by then; filters), which turn away most words of a
	// date's clause before they are lowered and looked up (WordClass).
	tenseOnce           sync.Once
	fut, past, aux, say wordFilter
}

// filters makes the lexicon's word filters the first time a tense or an
// attribution is asked.
func (l *Lexicon) filters() {
	l.tenseOnce.Do(func() {
		l.fut, l.past = newWordFilter(l.Future), newWordFilter(l.Past)
		l.aux, l.say = newWordFilter(l.Auxiliaries), newWordFilter(l.Speech)
	})
}

// hasLower is hasLower(m, w) for the set m whose filter f is: false
// without a look-up when the filter turns w away.
func (f *wordFilter) hasLower(m map[string]bool, w string) bool {
	return f.may(w) && hasLower(m, w)
}

// wordFilter tells, by the low five bits of a word's first two bytes and
// its length, whether the word may be in a set of words in any case of
// its ASCII letters: most words of copy are in none of the lexicon's
// sets, and are turned away without being lowered and looked up. A set
// with a word under two bytes makes a filter that lets every word by.
type wordFilter struct {
	lens *[1024]uint64
	all  bool
}

// newWordFilter is the filter of the words of sets (lower-case, as
// lowerASCII gives them: a word keeps its length and the low five bits
// of each ASCII letter when lowered).
func newWordFilter(sets ...map[string]bool) wordFilter {
	f := wordFilter{lens: new([1024]uint64)}
	for _, m := range sets {
		for w := range m {
			if len(w) < 2 {
				f.all = true
				continue
			}
			f.lens[int(w[0]&31)<<5|int(w[1]&31)] |= 1 << min(len(w), 63)
		}
	}
	return f
}

// may reports whether w, lowered as lowerASCII lowers it, may be in the
// filter's sets: false only when it is in none.
func (f *wordFilter) may(w string) bool {
	return f.all || len(w) < 2 || f.lens[int(w[0]&31)<<5|int(w[1]&31)]&(1<<min(len(w), 63)) != 0
}

// ClauseStop reports a token that ends a clause: a semicolon, a colon
// (not the one of a time, "3:42"), a bracket or a double quote.
func ClauseStop(text string, toks []segment.Token, j int) bool {
	t := toks[j]
	if t.Kind != segment.Punct {
		return false
	}
	// A switch on the byte, not strings.ContainsRune: the clauses of
	// dates and tenses are walked token by token through this test.
	switch text[t.Start] {
	case ';', ':', '(', ')', '"':
	default:
		return false
	}
	if text[t.Start] == ':' && t.Joined && j+1 < len(toks) && toks[j+1].Joined && toks[j+1].Kind == segment.Number {
		return false
	}
	return true
}

// MaxLead is how many words may come before a date in its clause for
// the date to open it ("On Monday, Smith arrived"): such a date belongs
// with the clause after the comma.
const MaxLead = 3

// maxFronted is how many words a phrase opening its sentence may hold
// when the date ends it at a comma ("In a vote held on Monday, 60 per
// cent backed the plan"): a fronted phrase of no verb, longer than
// MaxLead allows, that dates the clause after the comma.
const maxFronted = 6

// TenseOf tells the tense of the clause around e: the nearest tense word
// before it in its clause, else the nearest after it. Clauses end at
// commas too, except that a date opening its clause ("On Monday, Smith
// arrived") takes its tense from the clause after the comma.
func (l *Lexicon) TenseOf(text string, seg *segment.Result, e *Expr) Tense {
	return l.TenseOfWith(text, seg, e, &WordClasses{})
}

// TenseOfWith is l.TenseOf(text, seg, e), with the classes of seg's word
// tokens (WordClass) kept in c as they are asked (a c of no Tokens
// keeps none): a
// caller that reads the tenses of several dates of an article, or of
// many articles, saves lowering and looking up their words again.
func (l *Lexicon) TenseOfWith(text string, seg *segment.Result, e *Expr, c *WordClasses) Tense {
	if l == nil || e.Sentence < 0 || e.Sentence >= len(seg.Sentences) {
		return Unknown
	}
	l.filters()
	c.set(l, text, seg)
	s := seg.Sentences[e.Sentence]
	toks := seg.Tokens
	comma := func(j int) bool { return toks[j].Kind == segment.Punct && text[toks[j].Start] == ',' }
	// A present perfect tells of a day gone by only through a noun the
	// date qualifies ("have welcomed Monday's ruling"): with a bare day
	// it is a plan ("has called a strike for Thursday"), since English
	// does not write the perfect with a day gone by.
	perfect := Possessed(text, toks, e.Tokens[1], s.Last) >= 0
	lead := 0
	// fronted: the walk back reached the sentence's start, no comma or
	// stop before the date.
	fronted := true
	for j := e.Tokens[0] - 1; j >= s.First; j-- {
		// A bracketed figure ("was fined 2 million euros ($2.3 million)
		// on Friday") restates a figure of the clause in other units: the
		// verb before it still tells the date's tense. (Its closing
		// bracket is punctuation: a word is not asked.)
		if toks[j].Kind == segment.Punct {
			if k := FigureAside(text, toks, s, j); k >= 0 {
				j = k
				continue
			}
		}
		if comma(j) {
			// A place set off by commas ("battered Varden, Alberta, at
			// 4.20pm on Tuesday") is an apposition inside the clause:
			// the verb before it tells the date's tense.
			if k := apposition(text, toks, s, j); k >= 0 {
				j = k
				continue
			}
			if k := l.measureAside(text, toks, s, j, perfect, c); k >= 0 {
				j = k
				continue
			}
			// The object of the date's verb may be a list ("knocked
			// banks, card payments and 31 websites offline on
			// Tuesday"): the verb before its first item tells the
			// tense.
			if t, ok := l.listVerb(text, toks, s, j, e.Tokens[0], perfect, c); ok {
				return t
			}
		}
		if ClauseStop(text, toks, j) || comma(j) {
			fronted = false
			break
		}
		if toks[j].Kind == segment.Word {
			lead++
		}
		if t, ok := l.tenseAt(toks, s, j, perfect, c); ok {
			return t
		}
	}
	// A phrase of no verb that opens the sentence and that the date
	// closes at a comma is fronted, however many words it holds up to
	// maxFronted: the clause after the comma tells its tense.
	if fronted && lead > MaxLead && lead <= maxFronted && e.Tokens[1] < s.Last && comma(e.Tokens[1]) {
		lead = MaxLead
	}
	// A possessive date opening its sentence is its subject's: an aside
	// set off by commas after the subject ("Sunday's storm, the worst
	// since 1998, hit ...") leaves the verb after it to tell the tense.
	most := 1
	if perfect && lead == 0 && e.Tokens[0] == s.First {
		most = 2
	}
	commas := 0
	for j := e.Tokens[1]; j < s.Last; j++ {
		if ClauseStop(text, toks, j) {
			break
		}
		if comma(j) {
			if commas++; commas > most || lead > MaxLead {
				break
			}
		}
		if t, ok := l.tenseAt(toks, s, j, perfect, c); ok {
			return t
		}
	}
	return Unknown
}

// listItem is how many words an item of a list before a date may hold
// (listVerb): "card payments", "31 government websites".
const listItem = 4

// listVerb returns the tense of the verb before a list whose items the
// comma at j separates, the last item joined by "and" or "or" among the
// words [j+1, at) up to the date, none of them a verb (the walk back
// from the date found none): "knocked banks, card payments and 31
// websites offline on Tuesday" is in the past. Each item before the
// comma holds at most listItem words in lower case or figures, set off
// by commas; the first word before the first item that tells a tense
// (tenseAt) gives the list's. False when the words before the comma are
// no such list ("Crews, who had worked all night, ...": a clause).
func (l *Lexicon) listVerb(text string, toks []segment.Token, s segment.Sentence, j, at int, perfect bool, c *WordClasses) (Tense, bool) {
	joined := false
	for k := j + 2; k < at; k++ {
		if toks[k].Kind == segment.Word {
			if w := toks[k].Text(text); w == "and" || w == "or" {
				joined = true
				break
			}
		}
	}
	if !joined {
		return Unknown, false
	}
	words := 0
	for k := j - 1; k >= s.First; k-- {
		t := toks[k]
		if t.Kind == segment.Punct {
			if text[t.Start] != ',' || words == 0 {
				return Unknown, false
			}
			words = 0
			continue
		}
		if t.Kind != segment.Word && t.Kind != segment.Number {
			return Unknown, false
		}
		if words > 0 || t.Kind == segment.Word {
			if tense, ok := l.tenseAt(toks, s, k, perfect, c); ok {
				if words == 0 {
					return Unknown, false
				}
				return tense, true
			}
		}
		if t.Kind == segment.Word && hasUpperASCII(t.Text(text)) {
			return Unknown, false
		}
		if words++; words > listItem {
			return Unknown, false
		}
	}
	return Unknown, false
}

// apposition returns the index of the comma that opens a name set off
// by commas and closed by the comma at j: one to three capitalised words
// between two commas (", Alberta,", ", New South Wales,"), after a
// capitalised word (the name it qualifies: "Varden, Alberta,"); or -1.
func apposition(text string, toks []segment.Token, s segment.Sentence, j int) int {
	words := 0
	for k := j - 1; k > s.First; k-- {
		t := toks[k]
		if t.Kind == segment.Punct && text[t.Start] == ',' {
			if words == 0 || toks[k-1].Kind != segment.Word || !capitalisedWord(toks[k-1].Text(text)) {
				return -1
			}
			return k
		}
		if t.Kind != segment.Word || !capitalisedWord(t.Text(text)) {
			return -1
		}
		if words++; words > 3 {
			return -1
		}
	}
	return -1
}

// measureAsideReach is how many tokens a measure set off by commas may
// hold: a figure, its unit, a bracket restating it and a place ("9
// nautical miles (17 km) off the coast").
const measureAsideReach = 14

// measureAside returns the index of the comma that opens a measure or a
// place set off by commas and closed by the comma at j (", 9 nautical
// miles (17 km) off the coast,", ", 12 weeks late,", ", in the north of
// the valley,"): a phrase that opens with a figure or a word of
// asidePlace and has no word of tense, so no verb of its own; or -1.
// Like a name set off by commas (apposition), it says where or how far,
// inside the clause, and the verb before it tells the date's tense ("ran
// aground on the bank, 9 miles off the coast, at 3.10am on Tuesday"). A
// phrase with a verb (", 40 of them volunteers who waited,") ends the
// clause.
func (l *Lexicon) measureAside(text string, toks []segment.Token, s segment.Sentence, j int, perfect bool, c *WordClasses) int {
	for k := j - 1; k > s.First && k >= j-measureAsideReach; k-- {
		t := toks[k]
		if t.Kind == segment.Punct && text[t.Start] == ',' {
			if k+1 >= j || !asideOpener(text, toks[k+1]) {
				return -1
			}
			return k
		}
		if ClauseStop(text, toks, k) && text[t.Start] != '(' && text[t.Start] != ')' {
			return -1
		}
		if _, ok := l.tenseAt(toks, s, k, perfect, c); ok {
			return -1
		}
	}
	return -1
}

// asidePlace holds the words that open a place set off by commas (",
// in the north of the valley,", ", near the harbour mouth,", ", 40km
// north of Tullow,"): English grammar, not vocabulary of a story.
var asidePlace = map[string]bool{
	"in": true, "at": true, "near": true, "off": true, "outside": true, "inside": true,
	"beside": true, "north": true, "south": true, "east": true, "west": true,
}

// asideOpener reports a token that may open a measure or a place set off
// by commas (measureAside): a figure, or a word of asidePlace in lower
// case.
func asideOpener(text string, t segment.Token) bool {
	if c := text[t.Start]; c >= '0' && c <= '9' {
		return true
	}
	return t.Kind == segment.Word && asidePlace[t.Text(text)]
}

// figureAsideReach is how many tokens a bracketed figure may hold: a
// figure, its unit and a word or two ("(about 25 square miles)").
const figureAsideReach = 6

// FigureAside returns the index of the opening bracket of a bracketed
// figure that closes at token j ("a record of 45.9C (114.6F) set in
// August 2017", "fined 2 million euros ($2.3 million) on Friday"), or
// -1. Such a bracket restates a figure of the clause in other units; it
// is an aside, not the end of the clause. Brackets of words
// ("(pictured)") still end it.
func FigureAside(text string, toks []segment.Token, s segment.Sentence, j int) int {
	if toks[j].Kind != segment.Punct || text[toks[j].Start] != ')' {
		return -1
	}
	for k := j - 1; k >= s.First && k >= j-figureAsideReach; k-- {
		t := toks[k]
		if t.Kind != segment.Punct {
			continue
		}
		// A sign joined to the number after it is part of the figure.
		if k+1 < j && toks[k+1].Joined && toks[k+1].Kind == segment.Number && isCurrencySign(text[t.Start:t.End]) {
			continue
		}
		if text[t.Start] != '(' {
			return -1
		}
		// "114.6F" is one word token, "25 miles" a number and a word,
		// "$2.3" a sign and a number: the aside opens with a digit, or
		// with a sign right before one.
		n := k + 1
		if n+1 < j && toks[n].Kind == segment.Punct && isCurrencySign(text[toks[n].Start:toks[n].End]) {
			n++
		}
		if n < j && text[toks[n].Start] >= '0' && text[toks[n].Start] <= '9' {
			return k
		}
		return -1
	}
	return -1
}

// isCurrencySign reports a sign written before an amount.
func isCurrencySign(p string) bool {
	switch p {
	case "$", "£", "€", "¥":
		return true
	}
	return false
}

// capitalisedWord reports a word that starts with an ASCII capital.
func capitalisedWord(w string) bool { return w != "" && 'A' <= w[0] && w[0] <= 'Z' }

// tenseAt tells the tense that token j marks, if it marks one. perfect
// lets a participle after an auxiliary of Perfect point back. The
// questions asked of the words are their classes (WordClass), kept in c.
func (l *Lexicon) tenseAt(toks []segment.Token, s segment.Sentence, j int, perfect bool, c *WordClasses) (Tense, bool) {
	if toks[j].Kind != segment.Word {
		return Unknown, false
	}
	k := c.of(j)
	// A capitalised word inside a sentence is a name or a month ("May"),
	// not a tense.
	if !toks[j].Initial && k&ClassUpper != 0 {
		return Unknown, false
	}
	if k&ClassFuture != 0 {
		// A word of the future right after a past one ("were scheduled",
		// "was expected", "was due") looks ahead from a day already gone:
		// the day it names may be before the article's or after it, so
		// the clause has no tense to resolve a weekday by, and the walk
		// stops here (the past word before it would say "back").
		if p := j - 1; p >= s.First && toks[p].Kind == segment.Word && c.of(p)&ClassPastWord != 0 {
			return Unknown, true
		}
		return Future, true
	}
	if k&ClassPast == 0 {
		return Unknown, false
	}
	// "is expected", "will be held", "to be delayed": a participle
	// after an auxiliary takes its tense from what comes before. "To"
	// with a verb of its own between ("the order to leave was given",
	// "a plan to widen it was dropped") opens an infinitive that a noun
	// governs: the word after it is the sentence's own verb.
	for p := j - 1; p >= max(s.First, j-2); p-- {
		if toks[p].Kind == segment.Word {
			if p == j-2 && toks[p].Text(c.text) == "to" && (toks[j-1].Kind != segment.Word || c.of(j-1)&ClassAux == 0) {
				break
			}
			if a := c.of(p); a&ClassAux != 0 {
				if perfect && a&ClassPerfect != 0 {
					return Past, true
				}
				return Unknown, false
			}
		}
	}
	return Past, true
}

// The classes of a word: the questions TenseOf and Attributed ask of
// it, answered from its bytes alone (WordClass). They take the low seven
// bits of a byte; the eighth marks a class kept (classKept).
const (
	// ClassUpper: the word holds an ASCII capital.
	ClassUpper uint8 = 1 << iota
	// ClassFuture: a word of Future, in any case.
	ClassFuture
	// ClassPast: a word of Past in any case, or a word in lower case of
	// more than four bytes that ends in "-ed" and is not of NotPast.
	ClassPast
	// ClassPastWord: a word of Past, in any case.
	ClassPastWord
	// ClassAux: a word of Auxiliaries, in any case; ClassPerfect: one of
	// Perfect too.
	ClassAux
	ClassPerfect
	// ClassSpeech: a word of Speech, in any case.
	ClassSpeech
)

// WordClasses keeps the classes (WordClass) of the word tokens of one
// segment.Result as TenseOfWith and AttributedWith ask them: by token,
// and by spelling for a caller whose Results are numbered by one
// segment.Words (segment.Token.Word). A zero entry is one not worked
// out yet; the caller clears Tokens for each Result, and Spellings for
// other Words or another Lexicon.
type WordClasses struct {
	// Tokens has an entry for each token of the Result.
	Tokens []uint8
	// Spellings has an entry for each number the Words has given, or is
	// nil; its entries are one Lexicon's.
	Spellings []uint8
	// l, text and toks are the lexicon and the Result of the call that
	// asks (set), so that of takes the token alone and inlines.
	l    *Lexicon
	text string
	toks []segment.Token
}

// set readies c for the questions of lexicon l about seg's tokens.
func (c *WordClasses) set(l *Lexicon, text string, seg *segment.Result) {
	c.l, c.text, c.toks = l, text, seg.Tokens
}

// classKept marks an entry of WordClasses worked out: WordClass takes
// the low seven bits.
const classKept = 1 << 7

// of returns the classes of word token j, the lexicon's WordClass of its
// text, kept in c; the bit classKept may be set.
func (c *WordClasses) of(j int) uint8 {
	if j < len(c.Tokens) && c.Tokens[j] != 0 {
		return c.Tokens[j]
	}
	return c.learn(j)
}

// learn works out, keeps (where c has a token's entries) and returns the
// classes of word token j.
func (c *WordClasses) learn(j int) uint8 {
	l, t, text := c.l, c.toks[j], c.text
	if j >= len(c.Tokens) {
		return l.WordClass(t.Text(text))
	}
	var k uint8
	if n := int(t.Word); n != 0 && n < len(c.Spellings) {
		if k = c.Spellings[n]; k == 0 {
			k = l.WordClass(t.Text(text)) | classKept
			c.Spellings[n] = k
		}
	} else {
		k = l.WordClass(t.Text(text)) | classKept
	}
	c.Tokens[j] = k
	return k &^ classKept
}

// WordClass returns the classes (Class*) of word w. Most words of copy
// are in none of the lexicon's sets, and the filters turn them away
// before they are lowered and looked up.
func (l *Lexicon) WordClass(w string) uint8 {
	l.filters()
	var c uint8
	upper := hasUpperASCII(w)
	if upper {
		c |= ClassUpper
	}
	fut, past, aux, say := l.fut.may(w), l.past.may(w), l.aux.may(w), l.say.may(w)
	ed := !upper && len(w) > 4 && strings.HasSuffix(w, "ed")
	if !fut && !past && !aux && !say && !ed {
		return c
	}
	lw := lowerASCII(w)
	if fut && l.Future[lw] {
		c |= ClassFuture
	}
	if past && l.Past[lw] {
		c |= ClassPast | ClassPastWord
	}
	if ed && !l.NotPast[lw] {
		c |= ClassPast
	}
	if aux && l.Auxiliaries[lw] {
		c |= ClassAux
		if l.Perfect[lw] {
			c |= ClassPerfect
		}
	}
	if say && l.Speech[lw] {
		c |= ClassSpeech
	}
	return c
}

// Attributed reports a date that is when something was said or
// published, not when the event happened: a speech word within two words
// before it ("said Tuesday", "in a statement on Monday", "statement
// released Monday") or right after it ("Monday's announcement").
func (l *Lexicon) Attributed(text string, seg *segment.Result, e *Expr) bool {
	return l.AttributedWith(text, seg, e, &WordClasses{})
}

// AttributedWith is l.Attributed(text, seg, e), with the classes of seg's
// word tokens kept in c (TenseOfWith).
func (l *Lexicon) AttributedWith(text string, seg *segment.Result, e *Expr, c *WordClasses) bool {
	if l == nil || e.Sentence < 0 || e.Sentence >= len(seg.Sentences) {
		return false
	}
	l.filters()
	c.set(l, text, seg)
	s := seg.Sentences[e.Sentence]
	toks := seg.Tokens
	seen := 0
	for j := e.Tokens[0] - 1; j >= s.First && seen < 3; j-- {
		if toks[j].Kind != segment.Word {
			if ClauseStop(text, toks, j) || text[toks[j].Start] == ',' {
				break
			}
			continue
		}
		seen++
		if c.of(j)&ClassSpeech != 0 {
			return true
		}
	}
	if toldOn(text, toks, s.First, e.Tokens[0], c) {
		return true
	}
	for j := e.Tokens[1]; j < min(s.Last, e.Tokens[1]+2); j++ {
		if toks[j].Kind == segment.Possessive {
			continue
		}
		if toks[j].Kind == segment.Word && c.of(j)&ClassSpeech != 0 {
			return true
		}
		break
	}
	return false
}

// toldOn reports a date after a speech word and its definite object:
// "unveiled the finding on Monday", "confirmed the sale on 4 June". The
// object with "the", "this", "its" or "their" is something the copy has
// told already, and the date is when it was told; an act a speech word
// makes ("declared an emergency on Sunday", "announced a recall on
// Monday") takes no definite article and keeps its date. The words are
// the speech word, the determiner, one noun in lower case and "on",
// each right before the next, ending at token at, the date's first; from
// is the sentence's first token.
func toldOn(text string, toks []segment.Token, from, at int, c *WordClasses) bool {
	j := at - 4
	if j < from {
		return false
	}
	for k := j; k < at; k++ {
		if toks[k].Kind != segment.Word {
			return false
		}
	}
	if w := toks[at-1].Text(text); w != "on" {
		return false
	}
	switch toks[at-3].Text(text) {
	case "the", "this", "its", "their":
	default:
		return false
	}
	if n := toks[at-2].Text(text); hasUpperASCII(n) || c.of(at-2)&^classKept != 0 {
		return false
	}
	return c.of(j)&ClassSpeech != 0
}

// hasUpperASCII reports whether w has an upper-case ASCII letter, that
// is whether lowerASCII(w) != w.
func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// hasLower is m[lowerASCII(w)], lower-cased on the stack: a word with a
// capital (a name, a sentence's first word) is looked up without
// allocating its lower case.
func hasLower(m map[string]bool, w string) bool {
	if len(w) > 32 || !hasUpperASCII(w) {
		return m[lowerASCII(w)]
	}
	var buf [32]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b)]
}
