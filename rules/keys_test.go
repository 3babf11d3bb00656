package rules

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// article reads text as a plain-text article with the default pack.
func article(t testing.TB, set *Set, text string) *Article {
	t.Helper()
	return articleAt(t, set, "a.txt", []byte(text), 0)
}

// articleAt reads src as the index-th article, named path.
func articleAt(t testing.TB, set *Set, path string, src []byte, index int) *Article {
	t.Helper()
	return articleWith(t, set, path, src, index, nil)
}

// articleWith is articleAt numbering the article's words with words, as
// a checker's worker numbers every article it segments with its own
// (nil: a Words of the article's own).
func articleWith(t testing.TB, set *Set, path string, src []byte, index int, words *segment.Words) *Article {
	t.Helper()
	doc, err := document.Read(path, src, set.Document)
	if err != nil {
		t.Fatal(err)
	}
	blocks := make([]segment.Block, len(doc.Blocks))
	for i, b := range doc.Blocks {
		blocks[i] = segment.Block{Start: b.Start, End: b.End}
	}
	seg := segment.Into(&segment.Result{Words: words}, doc.Text, blocks, &set.Segment)
	return &Article{Doc: doc, Blocks: doc.Blocks, Seg: seg, Index: index, Units: set.Quantities, NameParticles: set.NameParticles}
}

// defaultAutoFacts returns the default pack and its fact.mismatch rule.
func defaultAutoFacts(t *testing.T) (*Set, *autoFactsRule) {
	t.Helper()
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range set.Rules {
		if a, ok := r.(*autoFactsRule); ok {
			return set, a
		}
	}
	t.Fatal("no autofacts rule in the default pack")
	return nil, nil
}

// expectClaims checks the claims rule makes of text, one article, each
// written by show, against want.
func expectClaims(t *testing.T, set *Set, rule *autoFactsRule, text string, show func(*claim) string, want []string) {
	t.Helper()
	af, _ := rule.Check(article(t, set, text), nil).(*autoFacts)
	var got []string
	if af != nil {
		for i := range af.Claims {
			got = append(got, show(&af.Claims[i]))
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("claims:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestAutomaticKeys lists the claims fact.mismatch makes of a sentence:
// "shown | key | modifiers | context".
func TestAutomaticKeys(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"It is rumoured to include at least 20 bulletproof cars, making it heavier.",
			[]string{"at least 20 bulletproof cars | count:car | bulletproof | heavier include making rumor"}},
		{"The train cannot go beyond 59 km/h (37mph) on the old line.",
			[]string{"59 km/h (37mph) | speed |  | beyond cannot line old train"}},
		{"Kim also made four trips to China over those two years.",
			// A single sentence cannot tell that "Kim" is a name.
			// The count is claimed again without its complement, as a
			// part of all trips (kind_autofacts.go, bareMark).
			[]string{"four trips | count:trip|to china |  | kim made", "four trips | count:trip |  | kim made"}},
		{"It will be his 10th trip since assuming power in 2011.",
			[]string{"10th trip | rank:trip |  | assum power"}},
		{"The ship ran aground after two days of storms.",
			[]string{"two days | duration|of storm |  | aground ran ship storm"}},
		{"Mum-of-two Kerry Bligh, 45, who runs a cafe, said it was sad.",
			[]string{"Bligh, 45 | age|bligh |  | cafe mum run two"}},
		// An age without the person's name is keyed by the role noun it
		// is said of (age_roles); without a role noun it is said of no
		// one (age_bare.go), a key the corpus stage may resolve.
		{"A four-year-old girl was rescued after 30 hours.",
			[]string{"four-year-old girl | age|role:girl |  | girl old rescu", "30 hours | duration |  | girl old rescu"}},
		{"The four-year-old was rescued after 30 hours.",
			[]string{"four-year-old | age|role:? |  | old rescu", "30 hours | duration |  | old rescu"}},
		{"Odell ran 11.8 kilometres (7.3 miles), and a 62ft yacht was sold; a crowd of 52,340 watched.",
			[]string{"11.8 kilometres (7.3 miles) | length |  | odell ran yacht", "62ft | length | yacht | crowd odell ran sold yacht", "crowd of 52,340 | count:spectator |  | crowd sold watch yacht"}},
		{"Turnout was 68.4%, up from 61.9% four years ago.",
			[]string{"68.4% | ratio |  | turnout", "61.9% | ratio|from |  | turnout", "four years | duration|ago |  | turnout"}},
		// No key: one, a frame of time, the whole of a part, a number in
		// a name; the part is keyed by its contrast word, and "hurt" is
		// read as its synonym "injured" (synonyms).
		{"One of them left over the past three years; three of the nine were hurt in the Covid-19 wave.",
			[]string{"three | role:injured |  | injur left past"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			a := article(t, set, tc.text)
			af, _ := rule.Check(a, nil).(*autoFacts)
			// The context is kept as hashes of its stems: each is
			// shown as the stem of the expected ones it hashes from,
			// or in hex, so that any other word shows.
			words := map[wordID]string{}
			for _, w := range tc.want {
				parts := strings.Split(w, " | ")
				for _, st := range strings.Fields(parts[len(parts)-1]) {
					words[wordHash(st)] = st
				}
			}
			var got []string
			if af != nil {
				// The companion figures of a claim's sentence
				// (companionFigures) are left out: TestCompanionFigure
				// checks them.
				companions := map[wordID]bool{}
				for i := range af.Claims {
					companions[companionWord(&af.Claims[i])] = true
				}
				for _, c := range af.Claims {
					var ctx []string
					for _, id := range c.Context {
						if companions[id] {
							continue
						}
						if w, ok := words[id]; ok {
							ctx = append(ctx, w)
						} else {
							ctx = append(ctx, fmt.Sprintf("%#x", id))
						}
					}
					slices.Sort(ctx)
					got = append(got, strings.Join([]string{c.Shown, c.Key, strings.Join(c.Mods, " "), strings.Join(ctx, " ")}, " | "))
				}
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("claims:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tc.want, "\n  "))
			}
		})
	}
}

// TestStopIDs checks that the table of stop-word hashes that contextID
// asks gives each word the context word the stop-word map gives it:
// every stop word of the default pack as written, capitalised and in
// capitals, and words that are not stop words.
func TestStopIDs(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	plain := set.grammar
	plain.stopIDs = nil
	hashed := set.grammar
	hashed.stopIDs = newIDSet(hashed.stop)
	if len(plain.stop) == 0 {
		t.Fatal("the default pack has no stop words")
	}
	ws := []string{"vans", "armoured", "rumoured", "turnout", "iPhone", "café", "ok", "Stations", "TURNOUT"}
	for w := range plain.stop {
		ws = append(ws, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	stopped := 0
	for _, w := range ws {
		for _, capital := range []bool{false, true} {
			want, got := plain.contextID(w, capital), hashed.contextID(w, capital)
			if got != want {
				t.Errorf("contextID(%q, %v) = %x with the hashed stop words, %x with the map", w, capital, got, want)
			}
			if want == 0 && len(w) >= 3 {
				stopped++
			}
		}
	}
	if stopped == 0 {
		t.Error("no word was taken for a stop word: the test compares nothing")
	}
	if hashed.contextID("vans", false) == 0 {
		t.Error(`"vans" is not a stop word but has no context word`)
	}
}
