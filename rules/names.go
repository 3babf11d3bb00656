package rules

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// rareUses is how many uses of a capitalised word are kept with their
// positions; rarer words are the ones that may be misspellings.
const rareUses = 3

// NameUse is one use of a capitalised word.
type NameUse struct {
	Loc diag.Location
	// Initial is true where the word opens a sentence or clause, where
	// any word is capitalised.
	Initial bool
	// Next is the capitalised word that follows, one space away, as a
	// family name follows a given name ("" if none).
	Next string
	// Prev is the capitalised word before it, one space away, as a given
	// name goes before a family name ("" if none).
	Prev string
}

// maxNexts bounds the following words kept per spelling.
const maxNexts = 64

// NameForm counts the uses of one capitalised spelling.
type NameForm struct {
	Count int
	// Mid counts the uses inside a sentence, where only names are
	// capitalised.
	Mid   int
	First diag.Location
	// Uses holds every use while there are at most rareUses of them.
	Uses []NameUse
	// Nexts are the capitalised words that follow the spelling.
	Nexts map[string]bool
	// Prevs are the capitalised words that go before it.
	Prevs map[string]bool
}

// NameStats are the capitalised words of one article.
type NameStats struct {
	Forms map[string]*NameForm
}

// collectNames counts the capitalised words of an article's copy.
func collectNames(a *Article) *NameStats {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	// Sized for a distinct capitalised word in about sixteen tokens, as
	// in news copy, so that the map is not rebuilt as it grows.
	st := &NameStats{Forms: make(map[string]*NameForm, len(toks)/16)}
	for i, t := range toks {
		if t.Kind != segment.Word {
			continue
		}
		w := text[t.Start:t.End]
		if !isCapitalised(w) {
			continue
		}
		f := st.Forms[w]
		first := f == nil
		if first {
			f = &NameForm{}
			st.Forms[w] = f
		}
		next := ""
		if i+1 < len(toks) && toks[i+1].Kind == segment.Word && text[t.End:toks[i+1].Start] == " " {
			if nw := toks[i+1].Text(text); isCapitalised(nw) {
				next = nw
				if f.Nexts == nil {
					f.Nexts = map[string]bool{}
				}
				if len(f.Nexts) < maxNexts {
					f.Nexts[nw] = true
				}
			}
		}
		prev := ""
		if i > 0 && toks[i-1].Kind == segment.Word && text[toks[i-1].End:t.Start] == " " {
			if pw := toks[i-1].Text(text); isCapitalised(pw) && !toks[i-1].Initial {
				prev = pw
				if f.Prevs == nil {
					f.Prevs = map[string]bool{}
				}
				if len(f.Prevs) < maxNexts {
					f.Prevs[pw] = true
				}
			}
		}
		f.Count++
		if !t.Initial {
			f.Mid++
		}
		if first || f.Count <= rareUses {
			loc := diag.At(a.Doc, document.Span{Start: t.Start, End: t.End})
			if first {
				f.First = loc
			}
			f.Uses = append(f.Uses, NameUse{Loc: loc, Initial: t.Initial, Next: next, Prev: prev})
		}
		if f.Count > rareUses {
			f.Uses = nil
		}
	}
	return st
}

// isCapitalised reports a word whose first character is an upper-case
// letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports a word of two or more letters written in capitals
// (an acronym or a shouted headline).
func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// CorpusName counts one capitalised spelling across the corpus.
type CorpusName struct {
	Count, Mid, Articles int
	// First is the first use in corpus order.
	First diag.Location
	// Uses holds every use while the corpus has at most rareUses.
	Uses []NameUse
	// Nexts are the capitalised words that follow the spelling.
	Nexts map[string]bool
	// Prevs are the capitalised words that go before it.
	Prevs map[string]bool
}

// NameIndex counts capitalised spellings across the corpus.
type NameIndex struct {
	Forms map[string]*CorpusName
}

// IndexNames merges the articles' name statistics, in corpus order.
func IndexNames(stats []*NameStats) *NameIndex {
	ix := NewNameIndex()
	for _, st := range stats {
		ix.Add(st)
	}
	return ix
}

// NewNameIndex returns an empty index, to Add articles to one by one.
func NewNameIndex() *NameIndex { return &NameIndex{Forms: map[string]*CorpusName{}} }

// Add merges one article's name statistics into the index; articles are
// added in corpus order. The index keeps copies of the spellings, not
// slices of the article's text, so that the article can be dropped.
func (ix *NameIndex) Add(st *NameStats) {
	if st == nil {
		return
	}
	for w, f := range st.Forms {
		c := ix.Forms[w]
		if c == nil {
			c = &CorpusName{First: f.First}
			ix.Forms[strings.Clone(w)] = c
		}
		for nw := range f.Nexts {
			if c.Nexts == nil {
				c.Nexts = map[string]bool{}
			}
			if len(c.Nexts) < maxNexts && !c.Nexts[nw] {
				c.Nexts[strings.Clone(nw)] = true
			}
		}
		for pw := range f.Prevs {
			if c.Prevs == nil {
				c.Prevs = map[string]bool{}
			}
			if len(c.Prevs) < maxNexts && !c.Prevs[pw] {
				c.Prevs[strings.Clone(pw)] = true
			}
		}
		c.Count += f.Count
		c.Mid += f.Mid
		c.Articles++
		if c.Count <= rareUses {
			for _, u := range f.Uses {
				u.Next, u.Prev = strings.Clone(u.Next), strings.Clone(u.Prev)
				c.Uses = append(c.Uses, u)
			}
		} else {
			c.Uses = nil
		}
	}
}

// Lexicon holds the names the rule set knows: every word of every name and
// variant in a names rule.
type Lexicon struct {
	Words map[string]bool
	// Targets are the words that the typo rule matches even when the
	// articles never use them (a desk's lexicon, not a gazetteer).
	Targets map[string]bool
}

// sortedTargets returns the target words in order.
func (l *Lexicon) sortedTargets() []string {
	if l == nil {
		return nil
	}
	ws := make([]string, 0, len(l.Targets))
	for w := range l.Targets {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}

// Has reports whether w is a word of a known name.
func (l *Lexicon) Has(w string) bool { return l != nil && l.Words[w] }
