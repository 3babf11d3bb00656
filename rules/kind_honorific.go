package rules

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// honorificRule reports a title with no name after it ("his first meeting
// with Mr. This happened after …"): a name was lost in editing.
type honorificRule struct {
	info       Info
	titles     map[string]bool
	maybeTitle *firstBytes
	notNames   map[string]bool
	particles  map[string]bool
	// capsOnly is true when every title starts with an upper-case
	// letter: then only the article's capitalised words, which its
	// names already list, can be titles.
	capsOnly bool
}

type honorificConfig struct {
	Common
	// Titles are written without a full stop; "Mr." matches "Mr" too.
	Titles []string `toml:"titles"`
	// NotNames are capitalised words that cannot follow a title as a
	// name: "This", "The", "He".
	NotNames []string `toml:"not_names"`
	// Particles may start a name in lower case: "de", "van".
	Particles []string `toml:"particles"`
}

func newHonorificRule(t *tomlx.Table, info Info) (Rule, error) {
	var c honorificConfig
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	if len(c.Titles) == 0 {
		return nil, t.Errorf("titles", "rule %q needs titles", info.ID)
	}
	titles := set(c.Titles, ".")
	capsOnly := true
	for w := range titles {
		if w == "" || !capitalisedAt(w, 0, len(w)) {
			capsOnly = false
		}
	}
	return &honorificRule{info: info, titles: titles, maybeTitle: newFirstBytes(titles, false), notNames: set(c.NotNames, ""), particles: set(c.Particles, ""), capsOnly: capsOnly}, nil
}

func set(words []string, trim string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.TrimSuffix(w, trim)] = true
	}
	return m
}

func (r *honorificRule) Info() *Info { return &r.info }

func (r *honorificRule) titleWords() []string {
	ws := make([]string, 0, len(r.titles))
	for w := range r.titles {
		ws = append(ws, w)
	}
	return ws
}

// Check walks the capitalised words of the article's table (capWords),
// not every token, when every title is capitalised, as in the default
// pack. Whether a word is a title is a property of its spelling, so it
// is asked once per spelling (a few dozen per article), not once per
// use; the walk then reads one byte per capitalised word and looks at
// the tokens and sentence only where a title stands, one word in a few
// hundred. Reading each capitalised word's token and looking its text
// up in the map of titles was most of the rule's cost. A pack with a
// title in lower case has every word read.
func (r *honorificRule) Check(a *Article, rep *Reporter) any {
	sents := a.Seg.Sentences
	if !r.capsOnly {
		for _, s := range sents {
			for i := s.First; i < s.Last; i++ {
				r.at(a, rep, i, s)
			}
		}
		return nil
	}
	sc := a.capWords()
	// Most articles have fewer spellings than this: no allocation.
	var room [512]bool
	var isTitle []bool
	for f, w := range sc.words {
		if r.maybeTitle.may(w) && r.titles[w] {
			if isTitle == nil {
				isTitle = room[:0]
				if len(sc.words) > len(room) {
					isTitle = make([]bool, len(sc.words))
				}
				isTitle = isTitle[:len(sc.words)]
			}
			isTitle[f] = true
		}
	}
	if isTitle == nil {
		return nil
	}
	// The capitalised words are in token order; the sentence of each
	// title is found by walking the sentences forward with them.
	si := 0
	for _, nt := range sc.toks {
		if !isTitle[nt.form] {
			continue
		}
		i := int(nt.tok)
		for si < len(sents) && sents[si].Last <= i {
			si++
		}
		if si == len(sents) {
			break
		}
		if s := sents[si]; i >= s.First {
			r.at(a, rep, i, s)
		}
	}
	return nil
}

// at reports token i of sentence s if it is a title not followed by a
// name.
func (r *honorificRule) at(a *Article, rep *Reporter, i int, s segment.Sentence) {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	t := toks[i]
	if t.Kind != segment.Word || !r.maybeTitle.may(t.Text(text)) || !r.titles[t.Text(text)] {
		return
	}
	end := t.End
	j := i + 1
	if j < s.Last && toks[j].Joined && toks[j].Text(text) == "." {
		end = toks[j].End
		j++
	}
	title := text[t.Start:end]
	if j >= s.Last {
		if end != t.End || i > s.First {
			rep.Report(r, document.Span{Start: t.Start, End: end},
				fmt.Sprintf("%q ends the sentence without a name: a name seems to be missing", title), nil, nil)
		}
		return
	}
	n := toks[j]
	w := n.Text(text)
	switch {
	case n.Kind == segment.Word && isCapitalised(w) && !r.notNames[w]:
		return // a name
	case n.Kind == segment.Word && r.particles[w]:
		return
	case n.Kind == segment.Word && startsLower(w) && end == t.End:
		return // "Mr" used as a word, not a title
	case n.Kind != segment.Word:
		if end == t.End {
			return
		}
		rep.Report(r, document.Span{Start: t.Start, End: end},
			fmt.Sprintf("%q is not followed by a name: a name seems to be missing", title), nil, nil)
		return
	}
	rep.Report(r, document.Span{Start: t.Start, End: n.End},
		fmt.Sprintf("%q is followed by %q, not by a name: a name seems to be missing (\"%s …\")", title, w, text[t.Start:n.End]), nil, nil)
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
