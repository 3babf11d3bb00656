package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// A percentage was keyed by its dimension alone ("ratio"), and compared
// with every other percentage of its story on the words around it. A
// story gives many percentages of different things, and two of them
// shared words by chance ("Shares in the firm rose 6%" and "shares of
// its rival fell 2%", "a premium of 18%" and "the shares jumped 27%"):
// a changed figure was then taken for another of them, the nearest in
// size, and never reported.
//
// A percentage says what it is of: the subject of the clause whose verb
// it completes ("turnout rose to 71%", "allowances will increase by 3%",
// "traffic into the city was 40% heavier"), the noun before its "of"
// ("a premium of 18%", "growth of 2.3%") or the noun it modifies ("an 18%
// premium"). That noun is the claim's Head, as the counted noun is of a
// count keyed by its contrast word: two percentages of different
// subjects are different facts (match), and two of one subject have
// that in common as evidence. Where the copy does not say it plainly, a
// percentage has no subject and is compared as before.
//
// Outlets name one subject in other words ("sales" and "takings", "the
// shares" and "the stock"): the pack's share_subjects groups such words,
// and a subject of a group is its first word. Words are matched as
// written, not by stem: a firm's "share" of a market is not its
// "shares".

// shareSubjectGroups maps each word of the share_subjects groups,
// lower-cased, to its group's first word.
func shareSubjectGroups(t *tomlx.Table, id string, groups [][]string) (map[string]string, error) {
	if len(groups) == 0 {
		return nil, nil
	}
	m := map[string]string{}
	for g, group := range groups {
		if len(group) < 2 {
			return nil, t.Errorf("share_subjects", "rule %q: share_subjects[%d] needs at least two words", id, g)
		}
		first := strings.ToLower(group[0])
		for _, w := range group {
			w = strings.ToLower(w)
			if prev, dup := m[w]; dup && prev != first {
				return nil, t.Errorf("share_subjects", "rule %q: %q is in two share_subjects groups", id, w)
			}
			m[w] = first
		}
	}
	return m, nil
}

// subject is the subject word w stands for: its share_subjects group's
// first word, or w.
func (r *autoFactsRule) subject(w string) string {
	if s, ok := r.shareSubjects[w]; ok {
		return s
	}
	return w
}

// shareSubject returns the noun percentage q is said of, lower-cased
// (or its share_subjects group's first word), or "" where its sentence
// does not name it plainly.
func (r *autoFactsRule) shareSubject(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	if s := r.predicateSubject(text, toks, sent, q, memo); s != "" {
		return s
	}
	if s := r.partNoun(a, text, toks, sent, q, memo); s != "" {
		return s
	}
	// "a premium of 18%", "growth of 2.3%".
	if n := r.g.nounBefore(text, toks, sent, q); n != "" {
		if r.roleOf(text, toks, q.Tokens[0]-2, memo) >= 0 {
			return "" // "a rise of 6%": a change, said of something else
		}
		// "the reservoir sank to a low of 21%": a level that a verb
		// reaches or leaves ("to", "at", "from") is said of the verb's
		// subject. Another
		// preposition opens a noun that is the subject itself: "on a
		// turnout of 58%", "with a margin of 6%".
		if d := q.Tokens[0] - 3; d-1 >= sent.First && r.is(memo, text, toks, d, classDeterminer) && toks[d-1].Kind == segment.Word && levelPrep(toks[d-1].Text(text)) {
			return r.clauseSubject(a, text, toks, sent, d-1, memo)
		}
		return r.subject(strings.ToLower(n))
	}
	// "hotels reported 97% occupancy": a figure that a verb takes as
	// its object with a noun after it is that noun's share, not the
	// subject's ("hotels were 93% full" is; the noun is a Mods word).
	if k, v := q.Tokens[1], q.Tokens[0]-1; k < sent.Last && v >= sent.First && r.objectVerb(a, text, toks, v, memo) && r.subjectWord(a, text, toks, k, sent.First, memo) && r.roleOf(text, toks, k, memo) < 0 {
		return r.subject(strings.ToLower(toks[k].Text(text)))
	}
	if s := r.clauseSubject(a, text, toks, sent, q.Tokens[0]-1, memo); s != "" {
		return s
	}
	// "an 18% premium", "a 15 per cent stake": the noun after a figure
	// that a determiner opens. A change ("a 7% pay rise") is said of
	// something else: of the noun "in" opens after it, or of none.
	j := q.Tokens[0] - 1
	if j < sent.First || !r.is(memo, text, toks, j, classDeterminer) {
		return ""
	}
	k := q.Tokens[1]
	if k >= sent.Last || !r.subjectWord(a, text, toks, k, sent.First, memo) {
		return ""
	}
	// "a 7% pay rise": the last of two such words.
	if k+1 < sent.Last && r.subjectWord(a, text, toks, k+1, sent.First, memo) {
		k++
	}
	if r.roleOf(text, toks, k, memo) >= 0 {
		// "a 14% rise in fares": the change is said of the noun that
		// "in" opens after it, the last of its words.
		n := k + 1
		if n >= sent.Last || toks[n].Kind != segment.Word || !foldIs(toks[n].Text(text), "in") {
			return ""
		}
		n++
		for n < sent.Last && toks[n].Kind == segment.Word && r.is(memo, text, toks, n, classDeterminer) {
			n++
		}
		head := -1
		for ; n < sent.Last && r.subjectWord(a, text, toks, n, sent.First, memo); n++ {
			head = n
		}
		if head < 0 {
			return ""
		}
		k = head
	}
	return r.subject(strings.ToLower(toks[k].Text(text)))
}

// predicateSubject returns the subject a percentage is said of by the
// word right after it, where that word is one of the share_subjects
// groups and ends the figure's phrase (the clause ends after it, or a
// grammar word follows: "was 71 per cent effective in older adults"),
// or "". An outlet gives a measure by its noun ("an efficacy of 71%",
// "efficacy was 71%") or by the adjective of it after the figure ("the
// jab was 71% effective", "the wards were 93% full"): the adjective is
// what the figure measures, not the clause's subject ("jab", "wards"),
// which other outlets name in other words or not at all. Only the
// pack's words: an adjective that is no measure ("71% higher", "a 6%
// pay rise") is read as before.
func (r *autoFactsRule) predicateSubject(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	k := q.Tokens[1]
	if len(r.shareSubjects) == 0 || k >= sent.Last || toks[k].Kind != segment.Word || !isLowerWord(toks[k].Text(text)) {
		return ""
	}
	s, ok := r.shareSubjects[toks[k].Text(text)]
	if !ok || toks[k].End < len(text) && text[toks[k].End] == '-' {
		return "" // "a 20% full-time rise": the first half of a compound
	}
	if n := k + 1; n < sent.Last && toks[n].Kind == segment.Word && !r.is(memo, text, toks, n, classStop) {
		return "" // "a 15% stock rise": the word modifies a noun after it
	}
	return s
}

// partNoun returns the noun a percentage that opens its clause is the
// share of, by a form of "be" right after it, or "": "roughly 75% were
// common bream" says what "bream made up 75% of the catch" does,
// whose subject is the part (clauseSubject). The noun is the last of
// the words after the verb, up to punctuation or a grammar word, and no
// past ("64% were destroyed": an act, said of something else) nor a
// contrast word.
func (r *autoFactsRule) partNoun(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	v := q.Tokens[1]
	if v+1 >= sent.Last || toks[v].Kind != segment.Word || !beForm[toks[v].Text(text)] || a.Calendar == nil {
		return ""
	}
	if f := q.Tokens[0]; f > sent.First && (toks[f-1].Kind != segment.Punct || !strings.ContainsAny(text[toks[f-1].Start:toks[f-1].End], ",;:")) {
		return ""
	}
	head := -1
	for n := v + 1; n < sent.Last && r.subjectWord(a, text, toks, n, sent.First, memo); n++ {
		head = n
	}
	if head < 0 {
		return ""
	}
	if e := head + 1; e < sent.Last && toks[e].Kind == segment.Word && !r.is(memo, text, toks, e, classStop) {
		return ""
	}
	w := strings.ToLower(toks[head].Text(text))
	if pastForm(a.Calendar, w) || r.roleOf(text, toks, head, memo) >= 0 {
		return ""
	}
	return r.subject(w)
}

// objectVerb reports whether token j is a verb in the past that takes
// what follows as its object ("reported", "recorded", "posted"): not a
// form of "be", nor a change ("rose 5%"), which is said of the subject.
func (r *autoFactsRule) objectVerb(a *Article, text string, toks []segment.Token, j int, memo *ctxMemo) bool {
	cal := a.Calendar
	if cal == nil || toks[j].Kind != segment.Word {
		return false
	}
	w := toks[j].Text(text)
	if !isLowerWord(w) {
		return false
	}
	lw := strings.ToLower(w)
	if beForm[lw] || r.changeWord(text, toks, j, memo) {
		return false
	}
	return pastForm(cal, lw)
}

// levelPrep reports whether w is a preposition by which a verb reaches
// or leaves a level: "sank to a low of", "stood at a high of", "rose
// from a low of".
func levelPrep(w string) bool {
	return foldIs(w, "to") || foldIs(w, "at") || foldIs(w, "from")
}

// subjectShare appends to out the claim at at, a percentage of a whole
// ("58% of the 12,400 members"), made again as the share of its clause's
// subject: "Turnout was 58% of the members" says what "a turnout of 58%"
// does, though the one is keyed by its whole ("ratio|of member") and the
// other by nothing. The claim made again has no complement (bareMark)
// and the subject as its Head, so it is compared only with percentages
// of no whole whose subject is the same (subjectShareOf): one of a
// subject unsaid may be any other share of the story ("his party won
// 41% of the vote" is no turnout).
func subjectShare(out []claim, at int, subject string) []claim {
	c := &out[at]
	if c.Compl == "" || strings.HasPrefix(c.Compl, bareMark) {
		return out
	}
	bc := *c
	bc.Key = strings.Replace(bc.Key, "|"+bc.Compl, "", 1)
	bc.Compl = bareMark + bc.Compl
	bc.Head = subject
	return append(out, bc)
}

// subjectShareOf reports whether x is a share made again as its
// subject's (subjectShare) and y no share of that subject.
func subjectShareOf(x, y *claim) bool {
	return x.Head != "" && y.Head != x.Head && strings.HasPrefix(x.Compl, bareMark) && x.Q.Unit != nil && shareDimension(x.Q.Unit.Dimension)
}

// clauseSubject returns the subject of the clause that a percentage
// completes, the figure's phrase ending after token before: the noun
// just before its verb, past the auxiliaries ("has fallen to", "will
// increase by", "was up"). The verb is a form of
// "be", a change word of the contrasts, a past ("jumped", "stood") or a
// word after an auxiliary ("will increase", "to grow"); only grammar
// words may stand between it and the figure. A name just before the
// verb that a preposition opens is passed ("Shares in Quenlow rose",
// "traffic into Lenby was"), and a name alone is no subject.
func (r *autoFactsRule) clauseSubject(a *Article, text string, toks []segment.Token, sent segment.Sentence, before int, memo *ctxMemo) string {
	cal := a.Calendar
	if cal == nil {
		return ""
	}
	j := before
	// Grammar words between the verb and the figure: "rose to", "was
	// up", "closed up", "fell by"; a form of "be" among them is the verb.
	for ; j >= sent.First && toks[j].Kind == segment.Word && j > before-maxShareGap; j-- {
		w := strings.ToLower(toks[j].Text(text))
		if beForm[w] || !r.is(memo, text, toks, j, classStop) {
			break
		}
	}
	if j < sent.First || toks[j].Kind != segment.Word {
		return ""
	}
	w := toks[j].Text(text)
	lw := strings.ToLower(w)
	verb := beForm[lw]
	if !verb && isLowerWord(w) {
		switch {
		case pastForm(cal, lw):
			verb = true
		case r.changeWord(text, toks, j, memo):
			verb = true
		case j > sent.First && toks[j-1].Kind == segment.Word && auxiliary(cal.Future, cal.Auxiliaries, strings.ToLower(toks[j-1].Text(text))):
			verb = true
		}
	}
	if !verb {
		return ""
	}
	// Past the auxiliaries before the verb: "has fallen", "will rise",
	// "is expected to grow".
	k := j - 1
	for k >= sent.First && toks[k].Kind == segment.Word && (beForm[strings.ToLower(toks[k].Text(text))] || auxiliary(cal.Future, cal.Auxiliaries, strings.ToLower(toks[k].Text(text)))) {
		k--
	}
	if k < sent.First || toks[k].Kind != segment.Word {
		return ""
	}
	// The subject's noun phrase ends here. A phrase that a preposition
	// opens is a complement of the subject, read past: "Takings in the
	// six weeks to the holiday fell", "Shares in Quenlow rose".
	for hops := 0; hops <= maxSubjectHops && k >= sent.First; hops++ {
		end := k
		for k >= sent.First && (toks[k].Kind == segment.Possessive || toks[k].Kind == segment.Word && !r.is(memo, text, toks, k, classStop)) {
			k--
		}
		if k == end {
			return ""
		}
		m := k
		for m >= sent.First && (toks[m].Kind == segment.Number || toks[m].Kind == segment.Word && r.is(memo, text, toks, m, classDeterminer)) {
			m--
		}
		if m >= sent.First && toks[m].Kind == segment.Word && r.is(memo, text, toks, m, classPrep) {
			k = m - 1
			continue
		}
		// The head is the phrase's last noun: "the basic tax
		// rate", "Quenlow's shares".
		for h := end; h > k; h-- {
			if r.subjectWord(a, text, toks, h, sent.First, memo) {
				return r.subject(strings.ToLower(toks[h].Text(text)))
			}
		}
		return ""
	}
	return ""
}

// maxSubjectHops bounds the complements read past to a subject.
const maxSubjectHops = 3

// subjectWord reports whether token k may be the noun a percentage is
// of: a word in lower case, or one that opens its sentence capitalised
// and is no name of the article (commonWord), of three letters or more
// and no grammar word.
func (r *autoFactsRule) subjectWord(a *Article, text string, toks []segment.Token, k, first int, memo *ctxMemo) bool {
	if toks[k].Kind != segment.Word {
		return false
	}
	w := toks[k].Text(text)
	if len(w) < 3 || strings.ContainsAny(w, "0123456789") || r.is(memo, text, toks, k, classStop) {
		return false
	}
	if isLowerWord(w) {
		return true
	}
	return k == first && strings.ToLower(w[1:]) == w[1:] && a.commonWord(w)
}

// changeWord reports whether token j is a word of a contrast group that
// tells a change ("rose", "fell").
func (r *autoFactsRule) changeWord(text string, toks []segment.Token, j int, memo *ctxMemo) bool {
	g := r.roleOf(text, toks, j, memo)
	return g >= 0 && g < len(r.changes) && r.changes[g]
}

// auxiliary reports whether w, lower-cased, is a word of the dates
// pack's future or auxiliaries before a verb ("will", "would", "to",
// "has").
func auxiliary(future, aux map[string]bool, w string) bool {
	return future[w] || aux[w] || w == "had"
}

// beForm are the forms of "be" that make a percentage after them the
// value of their subject ("turnout was 71%").
var beForm = map[string]bool{"is": true, "are": true, "was": true, "were": true, "been": true}

// maxShareGap bounds the grammar words between a percentage and its
// verb ("was up by", "closed up at").
const maxShareGap = 3

// shareDimension reports whether dim is a percentage's or a change of
// one in points.
func shareDimension(dim string) bool {
	return dim == "ratio" || dim == "percentage-points"
}

// A share of a whole may be the share another outlet gives by its
// subject: "the tank was at 64% of its capacity" says what "it was 64%
// full" does, and "an occupancy of 64%" too. The pack's share_wholes
// maps such a noun of the whole ("capacity") to the subject it stands
// for ("occupancy", read through share_subjects): the share keeps its
// claim of the whole, compared with the others' shares of it, and is
// claimed again under that subject (subjectShareWhole), as subjectShare
// claims a share of a whole again under its clause's subject.

// shareWholesOf returns the share_wholes table with its nouns
// lower-cased and each subject read through the share_subjects groups,
// or nil when it is empty.
func shareWholesOf(groups map[string]string, wholes map[string]string) map[string]string {
	if len(wholes) == 0 {
		return nil
	}
	m := make(map[string]string, len(wholes))
	for w, s := range wholes {
		s = strings.ToLower(s)
		if g, ok := groups[s]; ok {
			s = g
		}
		m[strings.ToLower(w)] = s
	}
	return m
}

// shareWholeAt returns the subject of share_wholes that percentage q is
// said of by the noun at token k, the first word of its "of"
// complement past its grammar words, or "". The noun must end the
// figure's phrase (punctuation, a grammar word or the sentence's end
// after it): "of capacity charges" is of the charges.
func (r *autoFactsRule) shareWholeAt(memo *ctxMemo, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, k int) string {
	if len(r.shareWholes) == 0 || k >= sent.Last || toks[k].Kind != segment.Word || !shareDimension(q.Unit.Dimension) {
		return ""
	}
	s, ok := r.shareWholes[strings.ToLower(toks[k].Text(text))]
	if !ok {
		return ""
	}
	if n := k + 1; n < sent.Last && (toks[n].Kind == segment.Word && !r.is(memo, text, toks, n, classStop) || toks[k].End < len(text) && text[toks[k].End] == '-') {
		return ""
	}
	return s
}

// subjectShareWhole claims out[at], a share of the whole whose noun is
// token whole ("capacity"), again as a share of subject ("occupancy"):
// its key without the complement, nor the whole's noun as a scope word
// ("capacity" keeps a design or limit apart, which the share of it is
// not), its complement marked bare (bareMark) and the subject its Head,
// so that it is compared only with percentages of that subject of no
// whole (subjectShareOf).
func (r *autoFactsRule) subjectShareWhole(out []claim, at int, text string, whole segment.Token, subject string) []claim {
	c := &out[at]
	if c.Compl == "" || strings.HasPrefix(c.Compl, bareMark) {
		return out
	}
	bc := *c
	bc.Key = strings.Replace(bc.Key, "|"+bc.Compl, "", 1)
	if sk := r.scopeKeys[strings.ToLower(whole.Text(text))]; sk != "" {
		bc.Key = strings.Replace(bc.Key, sk, "", 1)
	}
	bc.Compl = bareMark + bc.Compl
	bc.Head = subject
	return append(out, bc)
}
