package corpusgen

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordForms pins the regular forms the pools are expanded with.
func TestWordForms(t *testing.T) {
	for _, c := range []struct {
		f        func(string) string
		in, want string
	}{
		{plural, "bus", "buses"}, {plural, "church", "churches"}, {plural, "city", "cities"},
		{plural, "day", "days"}, {plural, "road", "roads"},
		{thirdPerson, "go", "goes"}, {thirdPerson, "carry", "carries"}, {thirdPerson, "warn", "warns"},
		{pastForm, "close", "closed"}, {pastForm, "study", "studied"}, {pastForm, "delay", "delayed"}, {pastForm, "warn", "warned"},
		{ingForm, "close", "closing"}, {ingForm, "see", "seeing"}, {ingForm, "die", "dying"}, {ingForm, "warn", "warning"},
	} {
		if got := c.f(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"velir", "velkin", 2}, {"garpra", "garnar", 3}, {"kavel", "kavel", 0},
		{"mesros", "minros", 2}, {"a", "", 1}, {"abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxy", 1},
	} {
		if got := distance(c.a, c.b); got != c.want {
			t.Errorf("distance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// TestVocabParses: the embedded data parses, every event has facts,
// lines, headlines and people's titles, and every {F.name} of its lines
// is a fact of the event or a common one.
func TestVocabParses(t *testing.T) {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	if len(v.kinds) < 8 {
		t.Errorf("%d kinds of event, want at least 8", len(v.kinds))
	}
	forms := map[string]bool{}
	for _, n := range append(append([]noun(nil), v.nouns...), v.profs...) {
		forms[n.one], forms[n.many] = true, true
	}
	for _, vb := range v.verbs {
		forms[vb.base], forms[vb.s], forms[vb.past], forms[vb.pp], forms[vb.ing] = true, true, true, true, true
	}
	for _, w := range append(append([]string(nil), v.adjs...), v.advs...) {
		forms[w] = true
	}
	if len(forms) < 3500 {
		t.Errorf("%d word forms in the background's pools, want several thousand", len(forms))
	}
	for _, k := range v.kinds {
		names := map[string]bool{}
		for _, f := range append(append([]factSpec(nil), v.common.facts...), k.facts...) {
			names[f.name] = true
		}
		if len(k.lines) == 0 || len(k.heads) == 0 || len(k.titles) < 3 || len(k.events) == 0 {
			t.Errorf("%s: lines, headlines, three titles and event words needed", k.name)
		}
		for _, ts := range [][]template{k.heads, k.lines, k.quotes, v.common.lines} {
			for _, tm := range ts {
				for _, p := range tm {
					if p.slot && len(p.text) > 2 && p.text[:2] == "F." && !names[p.text[2:]] {
						t.Errorf("%s: {%s} is no fact of the event", k.name, p.text)
					}
				}
			}
		}
	}
	if _, err := parseVocab("[nouns]\nroad\n[kind x]\nfacts: a=count:5\n"); err == nil {
		t.Error("a fact without its range parsed")
	}
}

// TestWithinAgreesWithDistance holds the bounded check the generator
// uses to the full distance: on coined names against each other and
// against the reserved words (the pairs the generator asks about), and
// on hand-picked pairs, for every limit nameLimit gives and the ones
// around them.
func TestWithinAgreesWithDistance(t *testing.T) {
	v, err := loadVocab()
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	var words []string
	for range 150 {
		words = append(words, coined(v, r), strings.ToLower(coined(v, r)))
	}
	// Reserved words of a few first letters: enough pairs near and far.
	for _, c := range "bkms" {
		words = append(words, v.reserved[byte(c)]...)
	}
	words = append(words, "", "a", "ab", "ba", "abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxy", "zyxwvutsrqponmlkjihgfedcba")
	near, far := 0, 0
	for _, a := range words {
		for _, b := range words {
			d := distance(a, b)
			for lim := range 5 {
				if got, want := within(a, b, lim), d <= lim; got != want {
					t.Fatalf("within(%q, %q, %d) = %v; distance %d", a, b, lim, got, d)
				}
				if d <= lim {
					near++
				} else {
					far++
				}
			}
		}
	}
	// Both answers must be asked about, or the test shows nothing.
	if near < 1000 || far < 1000 {
		t.Errorf("near %d, far %d answers: want many of both", near, far)
	}
}

// distance is the Levenshtein distance between two ASCII words: the
// plain computation that within (story.go) answers with early stops.
func distance(a, b string) int {
	// Rows on the stack for the short words of the pools and coined
	// names; the generator calls this for every name it coins.
	var r1, r2 [24]int
	prev, cur := r1[:0], r2[:0]
	if len(b)+1 > len(r1) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
