package rules

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

func TestStem(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"trips", "trip"},
		{"Trips", "trip"},
		{"rumoured", "rumor"},
		{"rumors", "rumor"},
		{"colours", "color"},
		{"cities", "city"},
		{"ties", "tie"}, // too short for -ies
		{"classes", "class"},
		{"glass", "glass"},
		{"status", "status"},
		{"analysis", "analysis"},
		{"party's", "party"},
		{"parties'", "party"},
		{"counting", "count"},
		{"sing", "sing"},
		{"red", "red"},
		{"wanted", "want"},
		{"hour", "hour"},
		{"four", "four"},
		{"détours", "détor"},
		{"", ""},
	} {
		if got := stem(tc.in); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestContextID checks the stack-lowered, hashed path against the plain
// one: stop words and short words give no word, others the hash of
// their stem, for ASCII and other words alike.
func TestContextID(t *testing.T) {
	g := &grammar{stop: wordSet([]string{"the", "was", "über"})}
	for _, tc := range []struct {
		w       string
		capital bool
		want    string // the stem, "" for none
	}{
		{"trips", false, "trip"},
		{"Turnout", true, "turnout"},
		{"The", true, ""},
		{"the", false, ""},
		{"tHe", false, "the"}, // looked up as written, as before
		{"ox", false, ""},
		{"Ox", true, ""},
		{"cafés", false, "café"},
		{"Über", true, ""},
		{"über", false, ""},
		{"Ärzte", true, "ärzte"},
		{strings.Repeat("long", 20) + "ed", false, strings.Repeat("long", 20)},
		{"Colours", true, "color"},
	} {
		want := wordID(0)
		if tc.want != "" {
			want = wordHash(tc.want)
		}
		if got := g.contextID(tc.w, tc.capital); got != want {
			t.Errorf("contextID(%q, %v) = %#x, want %#x (%q)", tc.w, tc.capital, got, want, tc.want)
		}
	}
}

func TestSharedIDs(t *testing.T) {
	a := []wordID{1, 3, 5, 7, 9}
	b := []wordID{2, 3, 4, 7, 9, 11}
	for _, tc := range []struct{ limit, want int }{{10, 3}, {2, 2}, {0, 0}} {
		if got := sharedIDs(a, b, tc.limit); got != tc.want {
			t.Errorf("sharedIDs(limit %d) = %d, want %d", tc.limit, got, tc.want)
		}
	}
	if got := sharedIDs(nil, b, 5); got != 0 {
		t.Errorf("sharedIDs(nil) = %d", got)
	}
}

// TestStemIn checks the stack path of stemIn against stem.
func TestStemIn(t *testing.T) {
	m := map[string]int{}
	words := []string{"killed", "Killed", "injuries", "INJURIES", "wounded", "colours", "Colours", "toll", "tolls", "cities", "dead", "Ärzte", "cafés", strings.Repeat("x", 60) + "ed"}
	for i, w := range words {
		m[stem(w)] = i
	}
	for _, w := range append(words, "kill", "the", "wounds", "") {
		want, wantOK := m[stem(w)]
		if got, ok := stemIn(m, w); got != want || ok != wantOK {
			t.Errorf("stemIn(%q) = %d, %v; want %d, %v (stem %q)", w, got, ok, want, wantOK, stem(w))
		}
	}
}

// TestNameUsedMid checks that the memo's per-token marks of names give,
// for every word token, what the names' map gives for its text: a
// spelling used capitalised inside a sentence is a name at a sentence's
// start too, one only ever capitalised there is a common word, and a
// token in lower case is in neither.
func TestNameUsedMid(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	a := article(t, set, "Officials said Harbour works went on. Harbour staff met Officials later. "+
		"Later the port reopened. ÉLAN and Élan met; Élan left. Ships came.")
	toks := a.Seg.Tokens
	m := newCtxMemo(len(toks))
	defer m.release()
	marked := 0
	for j, tok := range toks {
		w := tok.Text(a.Doc.Text)
		if tok.Kind != segment.Word || w == "" {
			continue
		}
		got, want := m.nameUsedMid(a, j), !a.commonWord(w)
		if got != want {
			t.Errorf("token %d %q: nameUsedMid = %v, want %v", j, w, got, want)
		}
		if got {
			marked++
		}
	}
	// "Harbour", "Officials" and "Élan" are used inside a sentence.
	if marked < 4 {
		t.Errorf("%d tokens marked as names, want at least 4", marked)
	}
}
