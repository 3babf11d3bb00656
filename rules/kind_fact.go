package rules

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// factRule is one fact of a story, written by a desk: what ties a
// quantity to it (cue words near it, or patterns), its dimension, and how
// much two articles may differ. All its claims within a story are
// compared; no context matching is needed, since the rule says what the
// fact is.
type factRule struct {
	info      Info
	label     string
	dimension string // a unit dimension, or "count"
	nouns     words  // counted nouns (stems) for "count"
	ordinal   bool
	cues      [][]string // stemmed words of each cue phrase
	patterns  []*regexp.Regexp
	window    int
	tolerance float64
	openBound float64
	minor     float64
	major     float64
	g         grammar
}

type factConfig struct {
	Common
	// Label names the fact in messages ("top speed").
	Label     string `toml:"label"`
	Dimension string `toml:"dimension"`
	// Nouns are the counted nouns of a "count" fact ("car", "carriage").
	Nouns   []string `toml:"nouns"`
	Ordinal bool     `toml:"ordinal"`
	// Cues are words or phrases that tie a nearby quantity to the fact.
	Cues []string `toml:"cues"`
	// Patterns are regular expressions over a sentence; a quantity that
	// lies in the group "q" (or the whole match) is a claim.
	Patterns []string `toml:"patterns"`
	comparisonKeys
}

func newFactRule(t *tomlx.Table, info Info) (Rule, error) {
	c := factConfig{comparisonKeys: comparisonKeys{Window: 8}}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	r := &factRule{info: info, label: c.Label, dimension: c.Dimension, ordinal: c.Ordinal, window: c.Window, tolerance: c.Tolerance, openBound: c.OpenBound, minor: c.MinorGap, major: c.MajorGap}
	if r.label == "" {
		r.label = info.ID
	}
	if c.Dimension == "" {
		return nil, t.Errorf("", "rule %q needs a dimension: \"count\" or a dimension of the unit table such as \"speed\"", info.ID)
	}
	if c.Dimension == "count" {
		if len(c.Nouns) == 0 {
			return nil, t.Errorf("dimension", "rule %q: a count fact needs nouns, the nouns it counts (\"car\")", info.ID)
		}
		r.nouns = words{}
		for _, n := range c.Nouns {
			r.nouns[stem(n)] = true
		}
	} else if len(c.Nouns) > 0 {
		return nil, t.Errorf("nouns", "rule %q: nouns are for dimension = \"count\"", info.ID)
	}
	if c.Ordinal && c.Dimension != "count" {
		return nil, t.Errorf("ordinal", "rule %q: only a count can be ordinal (\"10th trip\")", info.ID)
	}
	if len(c.Cues) == 0 && len(c.Patterns) == 0 {
		return nil, t.Errorf("", "rule %q needs cues or patterns to tell which quantities state the fact", info.ID)
	}
	for i, cue := range c.Cues {
		ws := strings.Fields(cue)
		if len(ws) == 0 {
			return nil, t.Errorf("cues", "rule %q: cues[%d] is empty", info.ID, i)
		}
		for k := range ws {
			ws[k] = stem(ws[k])
		}
		r.cues = append(r.cues, ws)
	}
	for i, p := range c.Patterns {
		re, err := compilePattern(t, "patterns", fmt.Sprintf("patterns[%d]", i), p, info.ID)
		if err != nil {
			return nil, err
		}
		r.patterns = append(r.patterns, re)
	}
	if err := c.check(t, info.ID); err != nil {
		return nil, err
	}
	return r, nil
}

// prepare takes the grammar words and checks what can only be checked
// once every file is loaded: that some unit has the rule's dimension.
func (r *factRule) prepare(s *Set) error {
	r.g = s.grammar
	if r.dimension == "count" {
		return nil
	}
	var dims []string
	seen := map[string]bool{}
	for _, u := range s.Quantities.Units() {
		if u.Dimension == r.dimension {
			return nil
		}
		if !seen[u.Dimension] {
			seen[u.Dimension] = true
			dims = append(dims, u.Dimension)
		}
	}
	return fmt.Errorf("rule %q: no unit has the dimension %q (known: count, %s)", r.info.ID, r.dimension, strings.Join(dims, ", "))
}

func (r *factRule) Info() *Info { return &r.info }

// Check returns the article's claims of this fact ([]claim).
func (r *factRule) Check(a *Article, _ *Reporter) any {
	claims, _ := r.claimed(a)
	return claims
}

// claimed finds the quantities of the article that state the fact: their
// claims, and where each one's number starts in the text.
func (r *factRule) claimed(a *Article) (claims []claim, numbers []int) {
	qs := a.Quantities()
	text, toks := a.Doc.Text, a.Seg.Tokens
	conv := a.Conversions()
	for i := range qs {
		q := &qs[i]
		if conv[i] >= 0 || q.Kind == quantity.Year || q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
			continue
		}
		if (q.Kind == quantity.Ordinal) != r.ordinal {
			continue
		}
		sent := a.Seg.Sentences[q.Sentence]
		shown := spanText(a, q.Span)
		if r.dimension == "count" {
			if q.Unit != nil {
				continue
			}
			np, ok := r.g.countedNoun(text, toks, sent, q)
			if !ok || !r.nouns[stem(np.Head)] {
				continue
			}
			shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[np.End-1].End})
		} else if q.Unit == nil || q.Unit.Dimension != r.dimension {
			continue
		}
		if !r.cued(text, toks, sent, q) && !r.patterned(text, sent, q) {
			continue
		}
		if i+1 < len(qs) && conv[i+1] == i {
			shown = spanText(a, document.Span{Start: q.Span.Start, End: qs[i+1].Span.End})
			if qs[i+1].Span.End < len(text) && text[qs[i+1].Span.End] == ')' {
				shown += ")"
			}
		}
		claims = append(claims, claim{Key: r.info.ID, Label: r.label, Loc: diag.At(a.Doc, q.Span), Shown: shown, Q: figureOf(q)})
		numbers = append(numbers, q.Number.Start)
	}
	return claims, numbers
}

// cued reports whether a cue phrase lies within the window of q, in its
// sentence.
func (r *factRule) cued(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) bool {
	if len(r.cues) == 0 {
		return false
	}
	// The words of the window, stemmed, in order.
	var ws []string
	lo := q.Tokens[0]
	for n := 0; lo > sent.First && n < r.window; {
		lo--
		if toks[lo].Kind == segment.Word {
			n++
		}
	}
	hi := q.Tokens[1]
	for n := 0; hi < sent.Last && n < r.window; hi++ {
		if toks[hi].Kind == segment.Word {
			n++
		}
	}
	for j := lo; j < hi; j++ {
		if toks[j].Kind == segment.Word {
			ws = append(ws, stem(toks[j].Text(text)))
		}
	}
	for _, cue := range r.cues {
		for s := 0; s+len(cue) <= len(ws); s++ {
			if equalWords(ws[s:s+len(cue)], cue) {
				return true
			}
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// patterned reports whether a pattern's group "q" (or whole match) holds
// q's number.
func (r *factRule) patterned(text string, sent segment.Sentence, q *quantity.Quantity) bool {
	s := text[sent.Start:sent.End]
	for _, re := range r.patterns {
		g := re.SubexpIndex("q")
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			lo, hi := m[0], m[1]
			if g >= 0 && m[2*g] >= 0 {
				lo, hi = m[2*g], m[2*g+1]
			}
			if sent.Start+lo <= q.Number.Start && q.Number.End <= sent.Start+hi {
				return true
			}
		}
	}
	return false
}

func (r *factRule) CheckCorpus(c *Corpus, facts []any, rep *Reporter) {
	always := func(_, _ *claim) bool { return true }
	compareStories(c, claimsOf(facts), comparison{rule: r, match: always, tolerance: r.tolerance, openBound: r.openBound, minor: r.minor, major: r.major, fact: r.info.ID}, rep)
}
