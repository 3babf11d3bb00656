package rules

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/corpusgen"
)

// TestNameArena checks that what the arena hands out is a copy, cut at
// its length, so that appending to one piece never writes over the next.
func TestNameArena(t *testing.T) {
	var a nameArena
	src := []byte("Anna Novak")
	w := a.str(string(src[:4]))
	src[0] = 'X'
	if w != "Anna" {
		t.Errorf("str = %q after its source changed, want a copy %q", w, "Anna")
	}
	if a.str("") != "" {
		t.Error(`str("") is not empty`)
	}
	long := strings.Repeat("x", arenaBytes)
	if a.str(long) != long {
		t.Error("a word longer than a chunk is not copied whole")
	}
	for _, n := range []int{1, 3, arenaStrs / 4, arenaStrs/4 + 1, arenaStrs} {
		s1, s2 := a.strings(n), a.strings(n)
		if len(s1) != n || cap(s1) != n || len(s2) != n || cap(s2) != n {
			t.Fatalf("strings(%d): len %d cap %d, len %d cap %d", n, len(s1), cap(s1), len(s2), cap(s2))
		}
		s2[0] = "kept"
		_ = append(s1, "appended")
		if s2[0] != "kept" {
			t.Fatalf("strings(%d): an append to one piece wrote over the next", n)
		}
		u1, u2 := a.useRoom(n), a.useRoom(n)
		if len(u1) != n || cap(u1) != n || len(u2) != n || cap(u2) != n {
			t.Fatalf("useRoom(%d): len %d cap %d", n, len(u1), cap(u1))
		}
		u2[0].Next = "kept"
		_ = append(u1, NameUse{Next: "appended"})
		if u2[0].Next != "kept" {
			t.Fatalf("useRoom(%d): an append to one piece wrote over the next", n)
		}
	}
	seen := map[*CorpusName]bool{}
	for range 3 * arenaNames {
		c := a.name()
		if seen[c] || !reflect.DeepEqual(*c, CorpusName{}) {
			t.Fatal("name handed out a CorpusName twice or not zero")
		}
		seen[c] = true
	}
}

// naiveIndex is what NameIndex.Add computes, spelled out with maps and
// one insertion at a time, as the index did before its arena: the
// reference that TestNameIndexNaive holds the index to.
func naiveIndex(stats []*NameStats) map[string]*CorpusName {
	forms := map[string]*CorpusName{}
	ids := int32(0)
	for a, st := range stats {
		if st == nil {
			continue
		}
		for i, w := range st.words {
			f := &st.forms[i]
			c := forms[w]
			if c == nil {
				ids++
				c = &CorpusName{First: f.First, id: ids}
				forms[strings.Clone(w)] = c
			}
			for _, set := range []struct {
				dst *[]string
				src []string
			}{{&c.Nexts, f.Nexts}, {&c.Prevs, f.Prevs}} {
				for _, n := range set.src {
					if len(*set.dst) >= maxNexts {
						break
					}
					if !slices.Contains(*set.dst, n) {
						*set.dst = append(*set.dst, n)
						sort.Strings(*set.dst)
					}
				}
			}
			c.Count += f.Count
			c.Mid += f.Mid
			c.Articles++
			if c.Count <= rareUses {
				for _, u := range f.Uses {
					u.article = int32(a)
					c.Uses = append(c.Uses, u)
				}
			} else {
				c.Uses = nil
			}
		}
	}
	return forms
}

// TestNameIndexNaive builds the index of the test corpora's articles
// and holds it to naiveIndex: every spelling's counts, first use,
// neighbours and uses.
func TestNameIndexNaive(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := tableDocs(t)
	paths := make([]string, 0, len(docs))
	for p := range docs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	var stats []*NameStats
	for i, p := range paths {
		stats = append(stats, articleAt(t, set, p, docs[p], i).Names())
	}
	got, want := IndexNames(stats).formsMap(), naiveIndex(stats)
	if len(got) != len(want) || len(got) < 1000 {
		t.Fatalf("%d spellings, want %d (and at least 1,000)", len(got), len(want))
	}
	full := 0
	for w, wc := range want {
		gc := got[w]
		if gc == nil {
			t.Fatalf("%q missing", w)
		}
		if len(gc.Nexts) == maxNexts {
			full++
		}
		if !reflect.DeepEqual(gc, wc) {
			t.Errorf("%q:\n got %+v\nwant %+v", w, gc, wc)
		}
	}
	if full == 0 {
		t.Error("no spelling has a full set of neighbours: the corpora do not test the cap")
	}
}

// TestIndexNeighbourCopies: a word the index first keeps as a neighbour
// only (a decoded article's, or a hyphen's first half), and later meets
// as a spelling of its own, has one copy in the index, so that a set of
// neighbours that holds it is not given it twice when it comes again
// (addNeighbours finds a neighbour in a set by its copy's address).
func TestIndexNeighbourCopies(t *testing.T) {
	decoded := func(forms map[string]*NameForm) *NameStats { return &NameStats{Forms: forms} }
	for _, tc := range []struct {
		name  string
		stats []*NameStats
		word  string
		nexts []string
		prevs []string
	}{
		{
			name: "next met before its spelling",
			stats: []*NameStats{
				decoded(map[string]*NameForm{"Orla": {Count: 4, Mid: 4, Nexts: []string{"Brenn"}}}),
				decoded(map[string]*NameForm{"Brenn": {Count: 4, Mid: 4}}),
				decoded(map[string]*NameForm{"Orla": {Count: 4, Mid: 4, Nexts: []string{"Brenn", "Cato"}}}),
				decoded(map[string]*NameForm{"Orla": {Count: 4, Mid: 4, Nexts: []string{"Brenn"}}}),
			},
			word: "Orla", nexts: []string{"Brenn", "Cato"},
		},
		{
			name: "prev met before its spelling, then in one article with it",
			stats: []*NameStats{
				decoded(map[string]*NameForm{"Ivo": {Count: 4, Mid: 4, Prevs: []string{"Dal-"}}}),
				decoded(map[string]*NameForm{"Dal-": {Count: 4, Mid: 4}, "Ivo": {Count: 4, Mid: 4, Prevs: []string{"Dal-", "Ebo"}}}),
				decoded(map[string]*NameForm{"Ivo": {Count: 4, Mid: 4, Prevs: []string{"Dal-"}}}),
			},
			word: "Ivo", prevs: []string{"Dal-", "Ebo"},
		},
	} {
		ix := IndexNames(tc.stats)
		c := ix.Form(tc.word)
		if c == nil {
			t.Fatalf("%s: %q is not in the index", tc.name, tc.word)
		}
		if !slices.Equal(c.Nexts, tc.nexts) || !slices.Equal(c.Prevs, tc.prevs) {
			t.Errorf("%s: nexts %q, prevs %q; want %q, %q", tc.name, c.Nexts, c.Prevs, tc.nexts, tc.prevs)
		}
	}
}

// TestNeighbourSpellings: statsOf gives each neighbour of each spelling
// the article's spelling it is (nearNext, nearPrev: the index folds a
// neighbour by that number, not by its text), or -1 for a word that is
// no spelling of the article (a hyphen's first half, "Brel-"), in the
// order of the spellings and of their sorted neighbours; and postOf
// keeps a first use in a post wherever addPost used to.
func TestNeighbourSpellings(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	texts := [][]byte{
		[]byte("Harbour talks\n\nCouncillor Ada Quill spoke first. Later Ada Quill and Tomas Brel-Orrin met Zeno Quill, and Orrin said Quill was right. Then Ada Quill left with Tomas Brel-Orrin.\n"),
		[]byte("Bridge vote\n\nThe mayor, Ines Varo, said Varo Street would close. Ines Varo and Ines Kell both voted; Kell, Varo and Ines Abel did not.\n"),
	}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 60, Seed: 9}) {
		texts = append(texts, g.Text)
	}
	made, neighbours := 0, 0
	for i, text := range texts {
		st := articleAt(t, set, "a.txt", text, i).Names()
		index := map[string]int32{}
		for k, w := range st.words {
			index[w] = int32(k)
		}
		check := func(side string, ws []string, ats []int32) []int32 {
			if len(ats) < len(ws) {
				t.Fatalf("article %d: %d %s spellings for %d words", i, len(ats), side, len(ws))
			}
			for j, w := range ws {
				want, ok := index[w]
				if !ok {
					want = -1
					made++
				}
				if ats[j] != want {
					t.Errorf("article %d: %s %q is spelling %d, want %d", i, side, w, ats[j], want)
				}
				neighbours++
			}
			return ats[len(ws):]
		}
		nexts, prevs := st.nearNext, st.nearPrev
		for k := range st.forms {
			f := &st.forms[k]
			nexts = check("next", f.Nexts, nexts)
			prevs = check("prev", f.Prevs, prevs)
			if !slices.IsSorted(f.Nexts) || !slices.IsSorted(f.Prevs) {
				t.Errorf("article %d: neighbours of %q not sorted: %q, %q", i, st.words[k], f.Nexts, f.Prevs)
			}
			// What addPost makes of postOf's post.
			p, l := postOf(st.words[k], f), f.First
			if p.line >= 0 && int(p.name) != utf8.RuneCountInString(st.words[k]) {
				p.line = -1
			}
			inPost := l.End.Line == l.Start.Line && l.EndByte-l.StartByte == len(st.words[k]) && l.End.Column-l.Start.Column == utf8.RuneCountInString(st.words[k])
			if (p.line >= 0) != inPost || inPost && (int(p.line) != l.Start.Line || int(p.col) != l.Start.Column || int(p.start) != l.StartByte) {
				t.Errorf("article %d: post of %q is %+v for a first use at %+v", i, st.words[k], p, l)
			}
		}
		if len(nexts)+len(prevs) > 0 {
			t.Errorf("article %d: %d neighbour spellings left over", i, len(nexts)+len(prevs))
		}
	}
	if made == 0 || neighbours < 100 {
		t.Errorf("%d neighbours, %d of them no spelling: the test tests too little", neighbours, made)
	}
}
