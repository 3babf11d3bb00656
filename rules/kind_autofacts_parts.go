package rules

import (
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// This file holds what finish asks of a claim besides its context,
// role, owner and scope (claimExtras): whose figure a speaker gives of
// itself, and a figure added to another one.

// speakerMark starts the owner of a figure a speaker gives of itself
// (speakerOwner): such a figure is compared only with figures whose
// owner is named (sameOwner).
const speakerMark = "said:"

// sameOwner reports whether the owners of two claims allow them to be
// one fact: both known and different are two owners' figures ("The
// Greens won 14.2%", "The BfO won 17.6%"), and a speaker's own figure
// ("Ruiz said she had lost £40,000") is another victim's, witness's or
// firm's than any figure given with no owner: a story quotes several
// people's own figures, and a figure without an owner is the story's.
func sameOwner(x, y *claim) bool {
	xo, xs := strings.CutPrefix(x.Owner, speakerMark)
	yo, ys := strings.CutPrefix(y.Owner, speakerMark)
	if xo != "" && yo != "" {
		return xo == yo
	}
	return !xs && !ys
}

// addedKey is the key suffix of a figure added to another one ("plus
// £12m in bonuses"): a part, compared only with other such parts.
const addedKey = "|plus"

// claimExtras completes claim c of quantity q after finish has found its
// owner: a figure a speaker gives of itself is the speaker's
// (speakerOwner), and it returns the key suffix of a figure added to
// another (addedKey), of a group's total (groupKey) or of an earlier
// value a change starts from (earlierKey), or "".
func (r *autoFactsRule) claimExtras(a *Article, c *claim, q *quantity.Quantity, sent segment.Sentence, memo *ctxMemo) string {
	r.levelRoleOf(a, c, q, memo) // kind_autofacts_level.go
	// speakerOwner needs a pronoun and a reporting verb in the sentence,
	// groupTotal "between": a sentence without them (most) is not
	// walked for each of its figures.
	cues := memo.cuesAt(q.Sentence)
	if c.Owner == "" && cues&cuePronoun != 0 && cues&cueReporting != 0 {
		if name := r.speakerOwner(a.Doc.Text, a.Seg.Tokens, sent, q, memo); name != "" {
			c.Owner = speakerMark + name
		}
	}
	if currencyOf(q.Unit) != "" && (addedFigure(a, q, sent) || q.Tokens[0] > sent.First && furtherSum(r, memo, a.Doc.Text, a.Seg.Tokens, q.Tokens[0]-1, q)) {
		return addedKey
	}
	if cues&cueBetween != 0 && groupTotal(a.Doc.Text, a.Seg.Tokens, sent, q) {
		return groupKey
	}
	if earlierValue(a.Doc.Text, a.Seg.Tokens, sent, q) {
		return earlierKey
	}
	if memo.countSoFar(a, q) { // countSoFar, read once per sentence (context.go)
		return soFarKey
	}
	if r.remainder(a, q, sent, memo) {
		return restKey
	}
	return ""
}

// restKey is the key suffix of a bare count that is an increment of a
// total ("two more bodies were found", "30 more nurses"): compared only
// with other outlets' increments, never with the total, of which it is a
// part.
const restKey = "|rest"

// remainder reports whether q is a bare count with a remainder word of
// the pack right after it (autoFactsConfig.RemainderWords), or "other"
// after a count joined by "and" to a noun before it ("his yard and
// eight other yards": the yards besides his). Either is no remainder
// where "and" joins it to a clause whose verb comes right before "and"
// ("two died and nine others were hurt" counts all the hurt).
func (r *autoFactsRule) remainder(a *Article, q *quantity.Quantity, sent segment.Sentence, memo *ctxMemo) bool {
	j := q.Tokens[1]
	toks := a.Seg.Tokens
	if q.Unit != nil || q.Kind != quantity.Cardinal || j >= sent.Last || toks[j].Kind != segment.Word {
		return false
	}
	text := a.Doc.Text
	w := toks[j].Text(text)
	other, others := foldIs(w, "other"), othersWord(w)
	if !other && !others {
		return r.is(memo, text, toks, j, classRemainder) && !r.besideOtherRole(text, toks, sent, q, memo)
	}
	if others && !r.is(memo, text, toks, j, classRemainder) {
		return false
	}
	and := q.Tokens[0] - 1
	if and <= sent.First || toks[and].Kind != segment.Word || !foldIs(toks[and].Text(text), "and") {
		return others
	}
	before := toks[and-1]
	if before.Kind != segment.Word {
		return false
	}
	lw := strings.ToLower(before.Text(text))
	return a.Calendar != nil && !pastForm(a.Calendar, lw) && !r.is(memo, text, toks, and-1, classStop)
}

// besideOtherRole reports whether the count q, with a remainder word
// after it, is "and" a count of another role: "six dead and three more
// missing" counts the missing, all of them, in addition to the dead; it
// adds to no earlier count of the missing.
func (r *autoFactsRule) besideOtherRole(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) bool {
	j, and := q.Tokens[1]+1, q.Tokens[0]-1
	if j >= sent.Last || and-1 < sent.First || toks[j].Kind != segment.Word || toks[and-1].Kind != segment.Word || !foldIs(toks[and].Text(text), "and") {
		return false
	}
	g, p := r.roleOf(text, toks, j, memo), r.roleOf(text, toks, and-1, memo)
	return g >= 0 && p >= 0 && p != g
}

// othersWord reports whether w is "others" in any case, as
// strings.EqualFold tells, by its length first: the long s (two bytes)
// folds to "s", so "others" is also met at seven bytes.
func othersWord(w string) bool {
	switch len(w) {
	case 6:
		return foldLit(w, "others")
	case 7:
		return foldIs(w[:5], "other") && w[5:] == "\u017f"
	}
	return false
}

// soFarKey is the key suffix of a count its own sentence says will grow
// ("40 families had been moved out, and the number was expected to
// rise"): the count so far of an edition written while it climbed,
// compared only with other such counts, not with a later article's.
const soFarKey = "|sofar"

// foldedIn reports whether w is one of words, whatever its case, without
// lower-casing it (a copy for every capitalised word).
func foldedIn(w string, words ...string) bool {
	for _, x := range words {
		if len(w) == len(x) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// earlierKey is the key suffix of the figure a change is measured from
// ("rose to 12.4%, up from 9.8%"): the value of an earlier time,
// compared only with other such figures, not with the figures of now.
const earlierKey = "|from"

// earlierValue reports whether q follows "up from" or "down from": the
// figure a change starts from, in a sentence that usually gives the
// figure of now as well ("made up 18% of the workforce, up from 14%").
func earlierValue(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) bool {
	j := q.Tokens[0] - 1
	if j-1 < sent.First || toks[j].Kind != segment.Word || toks[j-1].Kind != segment.Word || !foldIs(toks[j].Text(text), "from") {
		return false
	}
	w := toks[j-1].Text(text)
	return foldIs(w, "up") || foldIs(w, "down")
}

// groupKey is the key suffix of a figure summed over a group of the
// story's people ("between them they lost £90,000"): compared only with
// other such totals.
const groupKey = "|between"

// groupWindow is how many tokens before a figure "between them" may
// stand in its clause.
const groupWindow = 8

// groupTotal reports whether "between them" (or "us", "you") stands
// before q in its clause: the figure is the total of a group named
// before, neither any one member's figure ("Ruiz lost £40,000") nor the
// story's whole ("the fraud cost 60 clients £2m" against "Of the 60,
// 12 live in the town. Between them they lost £300,000").
func groupTotal(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) bool {
	for j := q.Tokens[0] - 1; j > sent.First && j >= q.Tokens[0]-groupWindow; j-- {
		t := toks[j]
		if t.Kind == segment.Punct && text[t.Start] != ',' {
			return false
		}
		if t.Kind != segment.Word || !foldIs(toks[j-1].Text(text), "between") {
			continue
		}
		switch strings.ToLower(t.Text(text)) {
		case "them", "us", "you":
			return true
		}
	}
	return false
}

// speakerOwner returns the owner of a figure that a speaker gives of
// itself, lower-cased, or "": a reporting verb followed by "he", "she"
// or "it", "that" between them or not, then only lower-case words up to
// the figure ("Ruiz said she had lost £40,000", "Northfield Clinic said
// that it had treated 12 people"). The pronoun stands for the speaker,
// so the loss is Ruiz's own and the 12 patients the clinic's, not the
// figure the story gives for every victim or every hospital, which
// ownerOf leaves without an owner ("Ruiz said 40 had died" is the
// story's toll). The speaker is the capitalised word just before the
// verb (not the sentence's first: "Police said it" opens too many
// sentences to own a figure), or the subject before an apposition closed
// by a comma ("Ruiz, 71, of Holme, said she").
func (r *autoFactsRule) speakerOwner(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	if len(r.reporting) == 0 {
		return ""
	}
	pronoun := -1
	for j := q.Tokens[0] - 1; j > sent.First && j >= q.Tokens[0]-ownerWindow; j-- {
		t := toks[j]
		if t.Kind != segment.Word {
			return ""
		}
		w := t.Text(text)
		if !isLowerWord(w) || r.is(memo, text, toks, j, classReporting) {
			return ""
		}
		if w == "it" || w == "he" || w == "she" {
			pronoun = j
			break
		}
	}
	if pronoun < 0 || pronoun == q.Tokens[0]-1 {
		return "" // no pronoun, or no verb between it and the figure
	}
	v := pronoun - 1
	if v > sent.First && toks[v].Kind == segment.Word && toks[v].Text(text) == "that" {
		v--
	}
	if v <= sent.First || toks[v].Kind != segment.Word || !r.is(memo, text, toks, v, classReporting) {
		return ""
	}
	s := v - 1
	switch t := toks[s]; {
	case t.Kind == segment.Punct && text[t.Start] == ',':
		return r.subjectOf(text, toks, sent, s, memo)
	case t.Kind == segment.Word && s > sent.First && startsUpper(t.Text(text)) && !r.is(memo, text, toks, s, classStop):
		return ownerName(text, toks, t.Text(text))
	}
	return ""
}

// furtherSum reports whether q is a sum that a remainder word just
// before it (token j: "a further €14m", "an extra $2m", "an additional
// £500,000") adds to a sum given before, as "plus" does (addedFigure):
// a part, claimed under addedKey and compared with other outlets' added
// parts ("plus up to 9 million euros"), not dropped as a frame ("a
// further three days" is one) nor compared with the whole.
func furtherSum(r *autoFactsRule, memo *ctxMemo, text string, toks []segment.Token, j int, q *quantity.Quantity) bool {
	return currencyOf(q.Unit) != "" && toks[j].Kind == segment.Word && r.is(memo, text, toks, j, classRemainder)
}

// addedFigure reports whether q is added to a figure given before it:
// "plus" among the three words before it, or before the figure it
// restates in brackets ("a fee of €80m, plus up to €12m (£10m) in
// bonuses"). Such a sum is a part, not the total another article gives
// ("a deal worth up to €92m"). Only sums are asked (claimExtras): a
// price, a fee or a wage is given both as its parts and as the total
// with them, while "4 tonnes of copper plus 2 tonnes of tin" lists two
// things, each stated alike elsewhere.
func addedFigure(a *Article, q *quantity.Quantity, sent segment.Sentence) bool {
	text, toks := a.Doc.Text, a.Seg.Tokens
	start := q.Tokens[0]
	if j := start - 1; j > sent.First && toks[j].Kind == segment.Punct && text[toks[j].Start] == '(' {
		qs := a.Quantities()
		for k := range qs {
			if qs[k].Sentence == q.Sentence && qs[k].Tokens[1] == j {
				start = qs[k].Tokens[0]
				break
			}
		}
	}
	for j, n := start-1, 0; j >= sent.First && n < 3; j-- {
		if toks[j].Kind != segment.Word {
			return false
		}
		if strings.EqualFold(toks[j].Text(text), "plus") {
			return true
		}
		n++
	}
	return false
}
