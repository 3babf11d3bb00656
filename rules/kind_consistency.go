package rules

import (
	"fmt"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/internal/tomlx"
)

// consistencyRule reports spellings or styles that must not be mixed
// (Colour/Color, "Mr"/"Mr."), within one article or across the
// checked articles: each use of a minority form is reported with the
// majority form as related location.
type consistencyRule struct {
	info     Info
	scope    string
	what     string
	variants []*pattern
}

type consistencyConfig struct {
	Common
	Scope string `toml:"scope"`
	// What names the thing in messages ("the word", "the title").
	What     string   `toml:"what"`
	Variants []string `toml:"variants"`
}

func newConsistencyRule(t *tomlx.Table, info Info) (Rule, error) {
	var c consistencyConfig
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	r := &consistencyRule{info: info, scope: c.Scope, what: c.What}
	switch r.scope {
	case "":
		r.scope = "corpus"
	case "article", "corpus":
	default:
		return nil, t.Errorf("scope", "rule %q: scope must be \"article\" or \"corpus\", not %q", info.ID, c.Scope)
	}
	if r.what == "" {
		r.what = "it"
	}
	if len(c.Variants) < 2 {
		return nil, t.Errorf("variants", "rule %q needs at least two variants", info.ID)
	}
	for i, v := range c.Variants {
		re, err := compilePattern(t, "variants", fmt.Sprintf("variants[%d]", i), v, info.ID)
		if err != nil {
			return nil, err
		}
		r.variants = append(r.variants, newPattern(re))
	}
	return r, nil
}

func (r *consistencyRule) Info() *Info { return &r.info }

func (r *consistencyRule) Check(a *Article, rep *Reporter) any {
	var uses []formUse
	text := a.Doc.Text
	// Most articles hold none of a variant's required strings anywhere:
	// one scan of the whole text spares a scan of each block.
	absent := make([]bool, len(r.variants))
	for vi, re := range r.variants {
		absent[vi] = !re.mayMatch(text)
	}
	for _, b := range a.Blocks {
		for vi, re := range r.variants {
			if absent[vi] || !re.mayMatch(text[b.Start:b.End]) {
				continue
			}
			m := re.SubexpIndex("m")
			for _, loc := range re.FindAllStringSubmatchIndex(text[b.Start:b.End], -1) {
				s, e := loc[0], loc[1]
				if m > 0 && loc[2*m] >= 0 {
					s, e = loc[2*m], loc[2*m+1]
				}
				sp := document.Span{Start: b.Start + s, End: b.Start + e}
				uses = append(uses, formUse{
					Form: fmt.Sprint(vi), Text: text[sp.Start:sp.End], Shown: text[sp.Start:sp.End],
					Loc: rep.At(sp), Article: a.Index,
				})
			}
		}
	}
	sortUses(uses)
	if r.scope == "article" {
		reportMinority(r, uses, false, r.what, "", rep)
		return nil
	}
	return uses
}

// CheckCorpus compares the forms within each story: a run holds many
// stories, and one story's proper name in one spelling ("the
// Defense Department" of a foreign country) is no house-style slip of
// another story's title in the other ("the Ministry of Defence").
func (r *consistencyRule) CheckCorpus(c *Corpus, facts []any, rep *Reporter) {
	if r.scope != "corpus" {
		return
	}
	var all []formUse
	for _, story := range c.Stories {
		all = all[:0]
		for _, a := range story {
			if a < 0 || a >= len(facts) {
				continue
			}
			if uses, ok := facts[a].([]formUse); ok {
				all = append(all, uses...)
			}
		}
		reportMinority(r, all, true, r.what, "", rep)
	}
}
