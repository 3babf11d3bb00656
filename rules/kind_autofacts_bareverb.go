package rules

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// A bare figure that opens its clause as the subject of a verb ("By
// dusk, 212 had been shuttled to the mainland", "Forty-one were screened") counts
// what the sentences before it named, which the copy leaves out; another
// outlet writes the noun ("shuttled 212 passengers to the mainland", "41
// pupils were screened"). Such a figure is keyed by its verb alone
// (bareVerbKey) and, in the corpus stage, given the key of the count the
// other articles of its story say with the same verb, where they say it
// of one noun only (resolveBareVerbCounts). Figures of one verb that no
// such count names are compared with each other.

// Some verbs of a bare figure are phrases that end their clause ("Of
// those seen, 19 were kept in."), and say what a verb of one word
// says ("19 were admitted"): the pack's bare_verb_phrases name them, word
// by word, and the verb they stand for, whose key the figure takes. The
// phrase must end the clause (a punctuation mark or the sentence's end
// after it), so "kept in custody" is none.

// bareVerbPhraseConfig is one entry of bare_verb_phrases.
type bareVerbPhraseConfig struct {
	Words []string `toml:"words"`
	As    string   `toml:"as"`
}

// bareVerbPhrase is a phrase of bare_verb_phrases, its words and verb
// lower-cased.
type bareVerbPhrase struct {
	words []string
	as    string
}

// bareVerbPhrasesOf reads bare_verb_phrases.
func bareVerbPhrasesOf(t *tomlx.Table, id string, cs []bareVerbPhraseConfig) ([]bareVerbPhrase, error) {
	var out []bareVerbPhrase
	for i, c := range cs {
		as := strings.ToLower(strings.TrimSpace(c.As))
		if len(c.Words) < 2 || as == "" || strings.ContainsAny(as, " \t") {
			return nil, t.Errorf("bare_verb_phrases", "rule %q: bare_verb_phrases[%d] needs at least two words and one verb as", id, i)
		}
		ws := make([]string, len(c.Words))
		for k, w := range c.Words {
			ws[k] = strings.ToLower(strings.TrimSpace(w))
		}
		out = append(out, bareVerbPhrase{ws, as})
	}
	return out, nil
}

// bareVerbPhraseAt returns the phrase of bare_verb_phrases that starts
// at token k and ends its clause, and true.
func (r *autoFactsRule) bareVerbPhraseAt(text string, toks []segment.Token, sent segment.Sentence, k int) (*bareVerbPhrase, bool) {
next:
	for i := range r.bareVerbPhrases {
		p := &r.bareVerbPhrases[i]
		end := k + len(p.words)
		if end > sent.Last {
			continue
		}
		for m, w := range p.words {
			t := toks[k+m]
			if t.Kind != segment.Word || !strings.EqualFold(t.Text(text), w) {
				continue next
			}
		}
		if end < sent.Last && toks[end].Kind != segment.Punct {
			continue
		}
		return p, true
	}
	return nil, false
}

// bareVerbKey opens the key of a bare figure keyed by its verb: the
// verb's context word, in hexadecimal, follows.
const bareVerbKey = "count:?|"

// bareVerbReach is how many grammar words may stand between a bare
// figure and its verb: "had been", "have since", "were later".
const bareVerbReach = 3

// bareSubjectVerb returns the context word of the verb a bare figure q
// is the subject of, the verb as written, and true: q opens its sentence or a clause (after a
// comma, a semicolon, "and" or "but"), and after up to bareVerbReach
// grammar words ("had been", "have since") comes a lower-case verb in
// the past ending in "-ed" ("shuttled", "screened") that is no reporting
// verb. "Forty were over 70" and "133 did" have no such verb.
func (r *autoFactsRule) bareSubjectVerb(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, skip []bool, memo *ctxMemo) (wordID, string, bool) {
	if a.Calendar == nil || q.Kind != quantity.Cardinal || q.Unit != nil || q.Range {
		return 0, "", false
	}
	if j := q.Tokens[0] - 1; j >= sent.First {
		switch t := toks[j]; t.Kind {
		case segment.Punct:
			if c := text[t.Start]; c != ',' && c != ';' {
				return 0, "", false
			}
		case segment.Word:
			if !foldIs(t.Text(text), "and") && !foldIs(t.Text(text), "but") {
				return 0, "", false
			}
		default:
			return 0, "", false
		}
	}
	for k, n := q.Tokens[1], 0; k < sent.Last && n <= bareVerbReach; k, n = k+1, n+1 {
		t := toks[k]
		if t.Kind != segment.Word {
			return 0, "", false
		}
		w := t.Text(text)
		if !isLowerWord(w) {
			return 0, "", false
		}
		cls := memo.classOf(text, toks, k)
		if cls&classStop != 0 {
			continue // "had", "been", "since", "still"
		}
		if len(r.bareVerbPhrases) > 0 {
			if p, ok := r.bareVerbPhraseAt(text, toks, sent, k); ok {
				if v := r.g.synonym(r.g.contextID(p.as, false)); v != 0 {
					return v, p.as, true
				}
				return 0, "", false
			}
		}
		if cls&classReporting != 0 || len(w) <= 4 || !strings.HasSuffix(w, "ed") || !pastForm(a.Calendar, w) {
			return 0, "", false
		}
		r.readSentence(memo, a, q.Sentence, skip)
		if v := memo.word[k]; v != 0 {
			return v, w, true
		}
		return 0, "", false
	}
	return 0, "", false
}

// bareVerbOf returns the verb's context word a key made by bareVerbKey
// holds, and true; false for any other key.
func bareVerbOf(key string) (wordID, bool) {
	rest, ok := strings.CutPrefix(key, bareVerbKey)
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseUint(rest, 16, 64)
	return v, err == nil
}

// resolveBareVerbCounts finds what each bare figure keyed by its verb
// counts: the count that the other articles of its story give beside
// the same verb, as its object ("shuttled 212 passengers across": the
// verb among its near words) or, where none does, anywhere in its
// context ("212 passengers were shuttled"). Only counts of a noun alone
// are read (no complement, no part, no scope), and only where all of
// them count one noun: where the verb is said of passengers in one
// article and of crew in another, what the figure counts is not known.
// Those counts are copied under the bare figure's key (marked copied),
// so that "221 had been shuttled across" is compared with "shuttled
// 212 passengers across", and the figure takes their noun for its label.
// Bare figures of one verb are compared with each other in any case.
// Each claim of a bare figure's key is Unique as Check would have found.
func resolveBareVerbCounts(c *Corpus, perArticle [][]claim, maxRatio float64) {
	if c == nil {
		return
	}
	type copyOf struct {
		article, claim int
		key            string
	}
	var copies []copyOf
	for _, story := range c.Stories {
		for _, i := range story {
			if i < 0 || i >= len(perArticle) {
				continue
			}
			for k := range perArticle[i] {
				x := &perArticle[i][k]
				verb, ok := bareVerbOf(x.Key)
				if !ok {
					continue
				}
				var near, wide pick
				for _, j := range story {
					if j == i || j < 0 || j >= len(perArticle) {
						continue
					}
					for m := range perArticle[j] {
						y := &perArticle[j][m]
						if y.copied || !strings.HasPrefix(y.Key, "count:") || strings.Contains(y.Key, "|") || y.Q.Unit != nil || !slices.Contains(y.Context, verb) {
							continue
						}
						wide.add(y, j, m)
						if slices.Contains(y.Near, verb) {
							near.add(y, j, m)
						}
					}
				}
				if len(near.at) > 0 {
					wide = near
				}
				if len(wide.at) == 0 || wide.several {
					continue
				}
				x.Label = wide.label
				for _, at := range wide.at {
					cp := copyOf{at[0], at[1], x.Key}
					if !slices.Contains(copies, cp) {
						copies = append(copies, cp)
					}
				}
			}
		}
	}
	touched := make(map[int]bool, len(copies))
	for _, cp := range copies {
		y := perArticle[cp.article][cp.claim]
		y.Key, y.copied = cp.key, true
		perArticle[cp.article] = append(slices.Clip(perArticle[cp.article]), y)
		touched[cp.article] = true
	}
	for i := range touched {
		cs := perArticle[i]
		for k := range cs {
			if _, ok := bareVerbOf(cs[k].Key); !ok {
				continue
			}
			cs[k].Unique = true
			for m := range cs {
				if m != k && cs[m].Key == cs[k].Key && (maxRatio <= 0 || !farApart(&cs[k], &cs[m], maxRatio)) && sameYears(cs[k].Years, cs[m].Years) {
					cs[k].Unique = false
					break
				}
			}
		}
	}
}

// pick gathers the counts read for a bare figure: their one key and
// label, or several keys, and where each is (article, claim).
type pick struct {
	key, label string
	several    bool
	at         [][2]int
}

func (p *pick) add(y *claim, article, at int) {
	if p.key != "" && p.key != y.Key {
		p.several = true
	}
	p.key, p.label = y.Key, y.Label
	p.at = append(p.at, [2]int{article, at})
}
