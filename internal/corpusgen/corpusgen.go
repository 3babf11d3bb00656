package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article.
type Article struct {
	// Path is "storyNNNNN/outletNN.txt".
	Path string
	Text []byte
	// Misspelt are the misspellings injected into the article
	// (Options.Misspell); none by default.
	Misspelt []Misspelling
}

// Misspelling is a name of the story misspelt on purpose in one place,
// for measuring how many misspellings a checker finds.
type Misspelling struct {
	// Offset is the byte offset of Wrong in the article's Text.
	Offset int
	// Right is the name as the story spells it, Wrong the misspelling.
	Right, Wrong string
}

// Options size the corpus.
type Options struct {
	// Articles is the number of articles.
	Articles int
	// MinPerStory and MaxPerStory bound a story's articles (2 and 10 by
	// default).
	MinPerStory, MaxPerStory int
	// Bytes is the rough size of an article (4096 by default).
	Bytes int
	Seed  uint64
	// Misspell, if more than 0, misspells one name of the story in
	// every Misspell-th article: one use inside a sentence of a single-
	// word name that the story spells right elsewhere, with one letter
	// after the first substituted, dropped or doubled. The choices come
	// from a random source of their own, so the corpus is otherwise the
	// one the same seed gives without misspellings.
	Misspell int
}

// Generate returns the corpus.
func Generate(opt Options) []Article {
	var out []Article
	_ = Each(opt, func(a Article) error {
		out = append(out, a)
		return nil
	})
	return out
}

// Each generates the corpus of Generate one article at a time, so that a
// corpus larger than memory can be written out; it stops at the first
// error of fn and returns it.
func Each(opt Options, fn func(Article) error) error {
	v, err := loadVocab()
	if err != nil {
		return err
	}
	if opt.MinPerStory <= 0 {
		opt.MinPerStory = 2
	}
	if opt.MaxPerStory < opt.MinPerStory {
		opt.MaxPerStory = max(10, opt.MinPerStory)
	}
	if opt.Bytes <= 0 {
		opt.Bytes = 4096
	}
	r := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	typos := rand.New(rand.NewPCG(opt.Seed, 0x7e90))
	done := 0
	for s := 0; done < opt.Articles; s++ {
		st := newStory(v, r)
		n := opt.MinPerStory + r.IntN(opt.MaxPerStory-opt.MinPerStory+1)
		for i := 0; i < n && done < opt.Articles; i++ {
			a := Article{Path: fmt.Sprintf("story%05d/outlet%02d.txt", s, i), Text: st.article(r, opt.Bytes)}
			if opt.Misspell > 0 && done%opt.Misspell == opt.Misspell-1 {
				misspell(typos, &a, st.names())
			}
			if err := fn(a); err != nil {
				return err
			}
			done++
		}
	}
	return nil
}

// names returns the single-word names of the story that misspell may
// misspell: the surnames of its people and its places.
func (st *story) names() []string {
	out := []string{st.town, st.region, st.capital}
	for _, p := range st.people {
		out = append(out, p.surname)
	}
	return out
}

// misspell misspells one use of one of names inside a sentence of a, and
// records it; it leaves a as it is if no name is used inside a sentence.
func misspell(r *rand.Rand, a *Article, names []string) {
	text := string(a.Text)
	type use struct {
		off  int
		name string
	}
	var uses []use
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			i += off
			off = i + len(n)
			// A whole word after a lower-case word or a comma: inside a
			// sentence, where only names are capitalised.
			if i < 2 || text[i-1] != ' ' || !lowerOrComma(text[i-2]) {
				continue
			}
			if off < len(text) && (text[off] >= 'a' && text[off] <= 'z' || text[off] >= 'A' && text[off] <= 'Z') {
				continue
			}
			uses = append(uses, use{i, n})
		}
	}
	if len(uses) == 0 {
		return
	}
	u := uses[r.IntN(len(uses))]
	wrong := mutate(r, u.name)
	a.Text = []byte(text[:u.off] + wrong + text[u.off+len(u.name):])
	a.Misspelt = append(a.Misspelt, Misspelling{Offset: u.off, Right: u.name, Wrong: wrong})
}

// mutate substitutes, drops or doubles one letter of name after its
// first (the names are ASCII).
func mutate(r *rand.Rand, name string) string {
	i := 1 + r.IntN(len(name)-1)
	switch r.IntN(3) {
	case 0:
		c := name[i]
		for c == name[i] {
			c = byte('a' + r.IntN(26))
		}
		return name[:i] + string(c) + name[i+1:]
	case 1:
		return name[:i] + name[i+1:]
	}
	return name[:i+1] + name[i:]
}

// lowerOrComma reports a lower-case ASCII letter or a comma: what goes
// before a name inside a sentence.
func lowerOrComma(c byte) bool { return c >= 'a' && c <= 'z' || c == ',' }
