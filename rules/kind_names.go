package rules

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/tomlx"
)

// namesRule keeps the spellings of a name consistent across the checked
// articles. Its lexicon lists names with their accepted variant spellings
// and aliases; every word of them is a known name for the typo rule. With
// learn = true it also finds, without a lexicon, names written in
// several ways that differ only in hyphens or capitals ("Al-Qaeda",
// "Al-qaeda", "Al Qaeda").
type namesRule struct {
	info        Info
	learn       bool
	typoTargets bool
	entries     []nameEntry
}

type nameEntry struct {
	name  string
	forms []string // name and variants: spellings that must not be mixed
	re    *regexp.Regexp
	words []string
}

type namesConfig struct {
	Common
	Learn bool `toml:"learn"`
	// TypoTargets makes the names targets of the typo rule even where
	// the articles never use them (default true). A gazetteer of
	// countries sets it to false: its names are known, so never taken for
	// misspellings, but only the names the copy uses are matched.
	TypoTargets *bool `toml:"typo_targets"`
	Name        []struct {
		Name     string   `toml:"name"`
		Variants []string `toml:"variants"`
		Aliases  []string `toml:"aliases"`
	} `toml:"name"`
}

func newNamesRule(t *tomlx.Table, info Info) (Rule, error) {
	var c namesConfig
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	r := &namesRule{info: info, learn: c.Learn, typoTargets: c.TypoTargets == nil || *c.TypoTargets}
	for i, n := range c.Name {
		if strings.TrimSpace(n.Name) == "" {
			return nil, t.Errorf("name", "rule %q: name[%d] has no name", info.ID, i)
		}
		e := nameEntry{name: n.Name, forms: append([]string{n.Name}, n.Variants...)}
		if len(n.Variants) > 0 {
			// Only names with variants are searched for: a name with one
			// spelling cannot be spelled inconsistently.
			alts := append([]string{}, e.forms...)
			sort.SliceStable(alts, func(a, b int) bool { return len(alts[a]) > len(alts[b]) })
			quoted := make([]string, len(alts))
			for k, a := range alts {
				quoted[k] = regexp.QuoteMeta(a)
			}
			e.re = regexp.MustCompile(strings.Join(quoted, "|"))
		}
		for _, s := range append(append([]string{}, e.forms...), n.Aliases...) {
			for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
				if isCapitalised(w) {
					e.words = append(e.words, w)
				}
			}
		}
		r.entries = append(r.entries, e)
	}
	return r, nil
}

func (r *namesRule) Info() *Info { return &r.info }

func (r *namesRule) lexiconWords() ([]string, bool) {
	var ws []string
	for _, e := range r.entries {
		ws = append(ws, e.words...)
	}
	return ws, r.typoTargets
}

// namesFacts are the uses of lexicon names (by entry) and of learned
// spellings (by key) in one article.
type namesFacts struct {
	lexicon map[int][]formUse
	learned map[string][]formUse
	// compound marks the learned keys that were seen written with a
	// hyphen; only those keys are compared.
	compound map[string]bool
}

func (r *namesRule) Check(a *Article, rep *Reporter) any {
	f := &namesFacts{lexicon: map[int][]formUse{}, learned: map[string][]formUse{}, compound: map[string]bool{}}
	text := a.Doc.Text
	for ei, e := range r.entries {
		if e.re == nil {
			continue
		}
		for _, b := range a.Blocks {
			for _, m := range e.re.FindAllStringIndex(text[b.Start:b.End], -1) {
				s, end := b.Start+m[0], b.Start+m[1]
				if !wordBoundary(text, s, end) {
					continue
				}
				sp := document.Span{Start: s, End: end}
				f.lexicon[ei] = append(f.lexicon[ei], formUse{Form: text[s:end], Text: text[s:end], Shown: text[s:end], Loc: rep.At(sp), Article: a.Index})
			}
		}
	}
	if r.learn {
		r.learnForms(a, f, rep)
	}
	return f
}

// wordBoundary reports whether text[s:e] is not part of a longer word.
func wordBoundary(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if isWordish(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if isWordish(r) {
			return false
		}
	}
	return true
}

func isWordish(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// learnForms records two-part names written with a hyphen ("Jae-in") or
// a space ("Jae In"), keyed by their letters in lower case.
func (r *namesRule) learnForms(a *Article, f *namesFacts, rep *Reporter) {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	for _, s := range a.Seg.Sentences {
		if titleCase(text, toks[s.First:s.Last]) {
			continue // a title-case headline capitalises every word
		}
		for i := s.First; i+1 < s.Last; i++ {
			t := toks[i]
			w := t.Text(text)
			if t.Kind != segment.Word || !isCapitalised(w) || isAllCaps(w) || !lettersOnly(w) {
				continue
			}
			var second segment.Token
			compound := false
			switch {
			case i+2 < s.Last && toks[i+1].Joined && toks[i+1].Text(text) == "-" && toks[i+2].Joined &&
				toks[i+2].Kind == segment.Word && lettersOnly(toks[i+2].Text(text)) &&
				!hyphenAt(text, toks, i+3, s.Last) && (!toks[i].Joined || !hyphenAt(text, toks, i-1, s.Last)):
				second, compound = toks[i+2], true
			case !toks[i+1].Joined && toks[i+1].Kind == segment.Word && isCapitalised(toks[i+1].Text(text)) &&
				!isAllCaps(toks[i+1].Text(text)) && lettersOnly(toks[i+1].Text(text)) && text[t.End:toks[i+1].Start] == " ":
				second = toks[i+1]
			default:
				continue
			}
			core := text[t.Start:second.End]
			key := foldKey(w, second.Text(text))
			start, prefix := t.Start, ""
			if i > s.First {
				p := toks[i-1]
				pw := p.Text(text)
				// The preceding capitalised word is part of the name
				// (a family name before "Jae-in") unless it only opens
				// the sentence ("The").
				if p.Kind == segment.Word && isCapitalised(pw) && !isAllCaps(pw) && text[p.End:t.Start] == " " &&
					(!p.Initial || a.Names().Forms[pw].Mid > 0) {
					start, prefix = p.Start, text[p.Start:t.Start]
				}
			}
			sp := document.Span{Start: start, End: second.End}
			f.learned[key] = append(f.learned[key], formUse{
				Form: core, Text: core, Shown: text[start:second.End], Prefix: prefix,
				Loc: rep.At(sp), Article: a.Index,
			})
			if compound {
				f.compound[key] = true
				i += 2
			}
		}
	}
}

// hyphenAt reports a hyphen token joined to the word before it at toks[i]
// (within the sentence that ends at last): the compound goes on.
func hyphenAt(text string, toks []segment.Token, i, last int) bool {
	return i >= 0 && i < last && toks[i].Joined && toks[i].Text(text) == "-"
}

// titleCase reports a sentence in which nearly every longer word is
// capitalised, as in a headline.
func titleCase(text string, toks []segment.Token) bool {
	long, caps := 0, 0
	for k, t := range toks {
		w := t.Text(text)
		if t.Kind != segment.Word || utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if isCapitalised(w) {
			caps++
		} else if caps+len(toks)-k-1 < 4*(long-caps) {
			// Even if every word left were capitalised, fewer than
			// four in five would be: most sentences end here.
			return false
		}
	}
	return long >= 3 && caps*5 >= long*4
}

func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

func (r *namesRule) CheckCorpus(_ *Corpus, facts []any, rep *Reporter) {
	lexicon := map[int][]formUse{}
	learned := map[string][]formUse{}
	compound := map[string]bool{}
	for _, x := range facts {
		f, ok := x.(*namesFacts)
		if !ok {
			continue
		}
		for k, v := range f.lexicon {
			lexicon[k] = append(lexicon[k], v...)
		}
		for k, v := range f.learned {
			learned[k] = append(learned[k], v...)
		}
		for k := range f.compound {
			compound[k] = true
		}
	}
	for ei, e := range r.entries {
		uses := lexicon[ei]
		sortUses(uses)
		reportMinority(r, uses, true, "the name", e.name, rep)
	}
	keys := make([]string, 0, len(compound))
	for k := range compound {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		uses := learned[k]
		sortUses(uses)
		reportMinority(r, uses, true, "the name", "", rep)
	}
}

// foldKey is the case-folded a+b. ASCII, which folds to lower case, is
// folded by hand: a caser per call (cases.Fold) and its transform cost an
// allocation and most of the time of learning forms.
func foldKey(a, b string) string {
	ascii := true
	for _, w := range [2]string{a, b} {
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				ascii = false
			}
		}
	}
	if !ascii {
		return cases.Fold().String(a + b)
	}
	var sb strings.Builder
	sb.Grow(len(a) + len(b))
	for _, w := range [2]string{a, b} {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			sb.WriteByte(c)
		}
	}
	return sb.String()
}
