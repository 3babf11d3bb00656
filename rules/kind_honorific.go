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
	return &honorificRule{info: info, titles: titles, maybeTitle: newFirstBytes(titles, false), notNames: set(c.NotNames, ""), particles: set(c.Particles, "")}, nil
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

func (r *honorificRule) Check(a *Article, rep *Reporter) any {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	for _, s := range a.Seg.Sentences {
		for i := s.First; i < s.Last; i++ {
			t := toks[i]
			if t.Kind != segment.Word || !r.maybeTitle.may(t.Text(text)) || !r.titles[t.Text(text)] {
				continue
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
				continue
			}
			n := toks[j]
			w := n.Text(text)
			switch {
			case n.Kind == segment.Word && isCapitalised(w) && !r.notNames[w]:
				continue // a name
			case n.Kind == segment.Word && r.particles[w]:
				continue
			case n.Kind == segment.Word && startsLower(w) && end == t.End:
				continue // "Mr" used as a word, not a title
			case n.Kind != segment.Word:
				if end == t.End {
					continue
				}
				rep.Report(r, document.Span{Start: t.Start, End: end},
					fmt.Sprintf("%q is not followed by a name: a name seems to be missing", title), nil, nil)
				continue
			}
			rep.Report(r, document.Span{Start: t.Start, End: n.End},
				fmt.Sprintf("%q is followed by %q, not by a name: a name seems to be missing (\"%s …\")", title, w, text[t.Start:n.End]), nil, nil)
		}
	}
	return nil
}

func startsLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}
