package rules

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/cases"
)

func TestPrefilterLiterals(t *testing.T) {
	for _, tc := range []struct {
		re   string
		want []string // nil: no prefilter
	}{
		{`\bDefence\b`, []string{"Defence"}},
		{`\b(?P<m>Mrs?|Ms|Mx|Dr|Prof)[ \t]+\p{Lu}`, []string{"Dr\t", "Dr ", "Mr\t", "Mr ", "Mrs\t", "Mrs ", "Ms\t", "Ms ", "Mx\t", "Mx ", "Prof\t", "Prof "}},
		{`\b(?P<m>(?:Mrs?|Ms|Mx|Dr|Prof)\.)[ \t]+\p{Lu}`, []string{"Dr.\t", "Dr. ", "Mr.\t", "Mr. ", "Mrs.\t", "Mrs. ", "Ms.\t", "Ms. ", "Mx.\t", "Mx. ", "Prof.\t", "Prof. "}},
		{`^Read more:`, []string{"Read more:"}},
		{`colou?r`, []string{"color", "colour"}},
		{`a+bc`, []string{"abc"}},
		{`(?:ab)+c`, []string{"abc"}},
		{`a{2,}b`, []string{"aa"}},
		{`x\d+ km`, []string{"0 km", "1 km", "2 km", "3 km", "4 km", "5 km", "6 km", "7 km", "8 km", "9 km"}},
		{`[0-9]+`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`(?i)defence`, nil},
		{`.*`, nil},
		{`a|.`, nil},
		{`\w+`, nil},
		{`(?:ab)?c?`, nil},
	} {
		got := newPattern(regexp.MustCompile(tc.re)).lits
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: literals %q, want %q", tc.re, got, tc.want)
		}
	}
}

func TestPrefilterPrefixes(t *testing.T) {
	for _, tc := range []struct {
		re   string
		want []string // nil: no prefix test
		fold bool
	}{
		{`^(?i:audio by)\s+\S+$`, []string{"audio by\t", "audio by\n", "audio by\f", "audio by\r", "audio by "}, true},
		{`^(?i:advertisement|advert|sponsored( content)?|skip advertisement)$`, []string{"advert", "skip advertisement", "sponsored"}, true},
		{`^\d+\s+(?i:minutes?)$`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, false},
		{`^(?i:a)B`, []string{"ab"}, true},
		{`^Read more:`, []string{"Read more:"}, false},
		{`^ab?c`, []string{"abc", "ac"}, false},
		{`Read more:`, nil, false},
		{`(?m)^Read`, nil, false},
		{`^.*x`, nil, false},
		{`^(?i:é)`, nil, false},
	} {
		p := newPattern(regexp.MustCompile(tc.re))
		if !slices.Equal(p.prefixes, tc.want) || (tc.want != nil && p.foldPrefix != tc.fold) {
			t.Errorf("%s: prefixes %q (fold %v), want %q (fold %v)", tc.re, p.prefixes, p.foldPrefix, tc.want, tc.fold)
		}
	}
}

// TestPrefilterNeverHidesAMatch checks the one thing the prefilter must
// never do: say there is no match where the regexp finds one.
func TestPrefilterNeverHidesAMatch(t *testing.T) {
	patterns := []string{
		`\b(?P<m>Mrs?|Ms|Mx|Dr|Prof)[ \t]+\p{Lu}`, `\b(?P<m>(?:Mrs?|Ms|Mx|Dr|Prof)\.)[ \t]+\p{Lu}`,
		`\bDefen[cs]e\b`, `ab?c+d`, `(?:x|yz)w`, `[ab][cd]e`, `a{1,3}b`, `^M(?:r|s)\.?$`,
		`^(?i:mr|a)\s*[bd]`, `^(?i:a)B`, `^\d*M`, `^(?:x|(?i:DE))`, `(?:ab)+c`, `a+bc`, `Mr[ .]+D`,
	}
	alphabet := []string{"M", "r", "s", ".", " ", "\t", "N", "D", "a", "b", "c", "d", "e", "w", "x", "y", "z", "Defence", "Prof", "é", "\n", "Mr.", "Dr. ", "A", "B", "mR", "dE", "1", "ab", "c"}
	r := rand.New(rand.NewPCG(1, 2))
	for _, src := range patterns {
		p := newPattern(regexp.MustCompile(src))
		if p.lits == nil && p.prefixes == nil {
			t.Errorf("%s: no prefilter derived", src)
			continue
		}
		matched := 0
		for range 20000 {
			var b strings.Builder
			for range r.IntN(8) {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			s := b.String()
			if p.MatchString(s) {
				matched++
				if !p.mayMatch(s) {
					t.Fatalf("%s: prefilter %q %q rejects %q, which matches", src, p.prefixes, p.lits, s)
				}
			}
		}
		if matched == 0 {
			t.Errorf("%s: no random text matched; the test proves nothing", src)
		}
	}
}

// TestFoldKey checks the hand-folded ASCII path against cases.Fold.
func TestFoldKey(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, pair := range [][2]string{{"Jae", "In"}, {"KIM", "jong"}, {"Zoë", "Ångström"}, {"Straße", "X"}, {"", ""}} {
		if got, want := foldKey(pair[0], pair[1]), cases.Fold().String(pair[0]+pair[1]); got != want {
			t.Errorf("foldKey(%q, %q) = %q, want %q", pair[0], pair[1], got, want)
		}
	}
	for range 2000 {
		var b [2][]byte
		for k := range b {
			for range r.IntN(8) {
				b[k] = append(b[k], byte(r.IntN(128)))
			}
		}
		a, c := string(b[0]), string(b[1])
		if got, want := foldKey(a, c), cases.Fold().String(a+c); got != want {
			t.Fatalf("foldKey(%q, %q) = %q, want %q", a, c, got, want)
		}
	}
}

// TestFirstBytes checks the set filter against the map it guards: a word
// of the set (or whose stem is, with fold) is never turned away.
func TestFirstBytes(t *testing.T) {
	titles := map[string]bool{"Mr": true, "Mrs": true, "Dr": true, "Prof": true}
	f := newFirstBytes(titles, false)
	for _, w := range []string{"Mr", "Mrs", "Dr", "Prof"} {
		if !f.may(w) {
			t.Errorf("%q turned away", w)
		}
	}
	for _, w := range []string{"M", "mr", "The", "", "Xr"} {
		if f.may(w) {
			t.Errorf("%q let through", w)
		}
	}
	roles := map[string]int{stem("killed"): 0, stem("injuries"): 1, stem("Wounded"): 1}
	g := newFirstBytes(roles, true)
	for _, w := range []string{"killed", "Killed", "KILLED", "injuries", "Injury", "wounded", "Überfall", "İnjured"} {
		if _, in := roles[stem(w)]; in && !g.may(w) {
			t.Errorf("%q (stem %q) turned away", w, stem(w))
		}
	}
	for _, w := range []string{"said", "the", "ki"} {
		if g.may(w) {
			t.Errorf("%q let through", w)
		}
	}
	if !newFirstBytes(map[string]bool{"": true}, false).may("anything") {
		t.Error("a set with the empty word turns words away")
	}
	if newFirstBytes(map[string]bool{}, false).may("anything") {
		t.Error("an empty set lets words through")
	}
}

// TestFindStartsAgrees checks the start-directed search against the
// regexp's own on random text: the same matches and groups, or the
// pattern keeps the plain search.
func TestFindStartsAgrees(t *testing.T) {
	for _, tc := range []struct {
		re       string
		directed bool
	}{
		{`\b(?P<m>Mrs?|Ms|Mx|Dr|Prof)[ \t]+\p{Lu}`, true},
		{`\b(?P<m>(?:Mrs?|Ms|Mx|Dr|Prof)\.)[ \t]+\p{Lu}`, true},
		{`\bDefence\b`, true},
		{`\bDefen[cs]e\b`, true},
		{`ab?c+d`, true},
		{`(?:x|yz)w`, true},
		{`Mr[ .]+D`, true},
		{`(a)(b)?c|d(e)`, true},
		{`é+a`, true},
		{`(?i)mr`, false},        // folded: too many spellings
		{`\w+`, false},           // no literal start
		{`(?:\bMr|Dr)\.`, false}, // \b in one branch only
		{`\B[ab]c`, false},
		{`(?m)^Mr`, false},
		{`\b\.M`, false}, // \b before a non-word byte
		{`^Mr`, false},   // anchored: the prefix test does it
	} {
		p := newPattern(regexp.MustCompile(tc.re))
		if (p.found != nil) != tc.directed {
			t.Errorf("%s: directed search %v, want %v", tc.re, p.found != nil, tc.directed)
		}
	}
	patterns := []string{
		`\b(?P<m>Mrs?|Ms|Mx|Dr|Prof)[ \t]+\p{Lu}`, `\b(?P<m>(?:Mrs?|Ms|Mx|Dr|Prof)\.)[ \t]+\p{Lu}`,
		`\bDefen[cs]e\b`, `ab?c+d`, `(?:x|yz)w`, `Mr[ .]+D`, `(a)(b)?c|d(e)`, `é+a`, `\bab*`, `a(?:b|bc)`, `c\b`,
	}
	alphabet := []string{"M", "r", "s", ".", " ", "\t", "N", "D", "a", "b", "c", "d", "e", "w", "x", "y", "z", "Defence", "Defense", "Prof", "é", "\n", "Mr.", "Dr. ", "A", "B", "_", "1", "ab", "\xe9", "\x80"}
	r := rand.New(rand.NewPCG(3, 4))
	for _, src := range patterns {
		p := newPattern(regexp.MustCompile(src))
		if p.found == nil {
			t.Errorf("%s: no directed search", src)
			continue
		}
		found := 0
		for range 20000 {
			var b strings.Builder
			for range r.IntN(14) {
				b.WriteString(alphabet[r.IntN(len(alphabet))])
			}
			s := b.String()
			for _, n := range []int{-1, 1, 2} {
				got, want := p.FindAllStringSubmatchIndex(s, n), p.Regexp.FindAllStringSubmatchIndex(s, n)
				if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
					t.Fatalf("%s on %q (n %d): %v, want %v", src, s, n, got, want)
				}
				found += len(want)
			}
		}
		if found == 0 {
			t.Errorf("%s: no random text matched; the test proves nothing", src)
		}
	}
}

// TestFindStartsOnCorpora runs the default pack's consistency variants
// over every article of the test corpora, line by line and whole, and
// checks the start-directed search finds what the regexp finds.
func TestFindStartsOnCorpora(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var ps []*pattern
	for _, r := range set.All {
		if c, ok := r.(*consistencyRule); ok {
			ps = append(ps, c.variants...)
		}
	}
	files, err := filepath.Glob("../testdata/*/*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../testdata/*/*.txt")
	files = append(files, more...)
	if len(ps) < 4 || len(files) < 50 {
		t.Fatalf("%d patterns, %d files: too few to prove anything", len(ps), len(files))
	}
	found, directed := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		for _, s := range append(strings.Split(text, "\n"), text) {
			for _, p := range ps {
				got, want := p.FindAllStringSubmatchIndex(s, -1), p.Regexp.FindAllStringSubmatchIndex(s, -1)
				if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
					t.Fatalf("%s: %s: %v, want %v", f, p, got, want)
				}
				found += len(want)
				if p.found != nil {
					directed++
				}
			}
		}
	}
	if found == 0 || directed == 0 {
		t.Errorf("%d matches, %d directed searches: the test proves nothing", found, directed)
	}
}

// TestLitGroupsAgree checks that mayMatch with its strings grouped by
// first byte answers as strings.Contains of each string does.
func TestLitGroupsAgree(t *testing.T) {
	p := newPattern(regexp.MustCompile(`\b(?P<m>Mrs?|Ms|Mx|Dr|Prof)[ \t]+\p{Lu}`))
	if len(p.litGroups) != 3 {
		t.Fatalf("groups %v, want three (D, M, P)", p.litGroups)
	}
	if q := newPattern(regexp.MustCompile(`\bDefence\b`)); q.litGroups != nil {
		t.Errorf("one string grouped: %v", q.litGroups)
	}
	alphabet := []string{"M", "r", "s", "D", "P", "rof", " ", "\t", "x", "a", "Mr", "é"}
	r := rand.New(rand.NewPCG(7, 8))
	yes := 0
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		s := b.String()
		want := slices.ContainsFunc(p.lits, func(l string) bool { return strings.Contains(s, l) })
		if got := p.mayMatch(s); got != want {
			t.Fatalf("mayMatch(%q) = %v, want %v", s, got, want)
		}
		if want {
			yes++
		}
	}
	if yes == 0 {
		t.Error("no random text held a string; the test proves nothing")
	}
}
