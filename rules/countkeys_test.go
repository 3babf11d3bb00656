package rules

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/factlint/factlint/internal/corpusgen"
)

// TestCountKeys checks the memo's key table against a map of the key
// strings, the count it replaces, for articles of 0 to 300 claims with
// keys repeated in different patterns (the table grows and is reused
// from article to article, as the pooled memo is).
func TestCountKeys(t *testing.T) {
	m := &ctxMemo{}
	for n := range 301 {
		for _, distinct := range []int{1, 3, 17, n + 1} {
			claims := make([]claim, n)
			for i := range claims {
				claims[i].Key = fmt.Sprintf("count:w%d", (i*7)%distinct)
				if i%5 == 0 {
					claims[i].Key = "speed"
				}
			}
			want := map[string]int{}
			for i := range claims {
				want[claims[i].Key]++
			}
			m.countKeys(claims)
			for i := range claims {
				if got := int(m.keyCount[i]); got != want[claims[i].Key] {
					t.Fatalf("n=%d distinct=%d: claim %d (%q) counted %d, want %d", n, distinct, i, claims[i].Key, got, want[claims[i].Key])
				}
				for j := range claims {
					if same := m.keyOf[i] == m.keyOf[j]; same != (claims[i].Key == claims[j].Key) {
						t.Fatalf("n=%d distinct=%d: claims %d (%q) and %d (%q): same key number %v", n, distinct, i, claims[i].Key, j, claims[j].Key, same)
					}
				}
			}
		}
	}
}

// TestCountKey checks the memo's interned count keys against the
// concatenation they replace, for more nouns than the memo keeps (so
// that it starts afresh at least once) and each asked twice.
func TestCountKey(t *testing.T) {
	m := &ctxMemo{}
	nouns := []string{"trips", "rumoured", "Vans", "cities", "glasses", "buses", "colours", "a", "naïve", "x's"}
	for i := range 2*maxInterned + 10 {
		nouns = append(nouns, fmt.Sprintf("w%dings", i))
	}
	for range 2 {
		for _, n := range nouns {
			if got, want := m.countKey(n), "count:"+stem(n); got != want {
				t.Fatalf("countKey(%q) = %q, want %q", n, got, want)
			}
		}
	}
	if len(m.keyStrings) > maxInterned {
		t.Errorf("the memo keeps %d nouns, more than %d", len(m.keyStrings), maxInterned)
	}
}

// TestClaimRooms checks the claim rooms: claims that are never recycled
// stay as built while other articles are built, no two articles' claims
// share an array, and claims built in recycled rooms (as the checker
// recycles them, once encoded) encode as claims built in fresh ones;
// a recycled room is cleared, so it pins no article's text.
func TestClaimRooms(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	var arts []*Article
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 300, Seed: 3}) {
		arts = append(arts, articleAt(t, set, g.Path, g.Text, i))
	}
	first := make([]*autoFacts, len(arts))
	enc := make([][]byte, len(arts))
	arrays := map[*claim]int{}
	total := 0
	for i, a := range arts {
		first[i] = rule.Check(a, nil).(*autoFacts)
		if first[i] == nil || len(first[i].Claims) == 0 {
			continue
		}
		c := first[i].Claims
		total += len(c)
		end := &c[:cap(c)][cap(c)-1]
		if k, ok := arrays[end]; ok {
			t.Fatalf("articles %d and %d: claims in one array", k, i)
		}
		arrays[end] = i
		var err error
		if enc[i], err = EncodeFacts(first[i]); err != nil {
			t.Fatal(err)
		}
	}
	if total < 2*maxRoom {
		t.Fatalf("only %d claims: the test should build more than a room's worth", total)
	}
	for i, a := range arts {
		again := rule.Check(a, nil).(*autoFacts)
		if !reflect.DeepEqual(first[i], again) {
			t.Fatalf("article %d: its claims changed after other articles were built", i)
		}
	}
	recycled := 0
	for i, a := range arts {
		f := rule.Check(a, nil)
		data, err := EncodeFacts(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, enc[i]) && enc[i] != nil {
			t.Fatalf("article %d: claims built in a recycled room encode differently", i)
		}
		if af, ok := f.(*autoFacts); ok && af != nil && len(af.Claims) > 0 {
			room := af.Claims[:cap(af.Claims)]
			RecycleFacts(f)
			recycled++
			for k := range room {
				if !reflect.ValueOf(room[k]).IsZero() {
					t.Fatalf("article %d: recycled room not cleared at claim %d", i, k)
				}
			}
		}
	}
	if recycled == 0 {
		t.Fatal("no claims were recycled")
	}
}

// TestRoleIDs checks the contrast groups read by stemID and idMap
// against the map they replace (stemIn), for every contrast word of the
// default pack as written, capitalised, in capitals and with endings,
// and for every word of 200 generated articles.
func TestRoleIDs(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	if len(rule.roles) == 0 {
		t.Fatal("no autofacts rule with contrast words in the default pack")
	}
	var ws []string
	for w := range rule.roles {
		ws = append(ws, []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w), w + "s", w + "ed", w + "ing", w + "'s", w + "é", w[:len(w)-1]}...)
	}
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 200, Seed: 5}) {
		a := articleAt(t, set, g.Path, g.Text, i)
		for _, tok := range a.Seg.Tokens {
			ws = append(ws, tok.Text(a.Doc.Text))
		}
	}
	found := 0
	for _, w := range ws {
		want, ok := stemIn(rule.roles, w)
		if !ok {
			want = -1
		} else {
			found++
		}
		got := -1
		if id, fast := stemID(w); fast {
			got = rule.roleIDs.get(id)
		} else if x, ok := stemIn(rule.roles, w); ok {
			got = x
		}
		if got != want {
			t.Errorf("%q: group %d, want %d", w, got, want)
		}
	}
	if found < len(rule.roles) {
		t.Fatalf("only %d of the words are contrast words", found)
	}
}
