package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// tableDocs are nameDocs and the articles of the fresh corpora, where
// counts with lists and titles stand.
func tableDocs(t *testing.T) map[string][]byte {
	t.Helper()
	docs := nameDocs(t)
	dirs, _ := filepath.Glob("../testdata/fresh*")
	for _, dir := range dirs {
		_ = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() && filepath.Ext(p) == ".txt" {
				if b, err := os.ReadFile(p); err == nil {
					docs[p] = b
				}
			}
			return nil
		})
	}
	if len(docs) < 100 {
		t.Fatalf("only %d documents", len(docs))
	}
	return docs
}

// TestCapWordsTable checks the table of capitalised words against a walk
// of every token: the capitalised word tokens in order, their spellings
// numbered in order of first use, and each spelling's uses, uses inside
// a sentence and first use; and that the NameStats built from the table
// later agree with it.
func TestCapWordsTable(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for path, src := range tableDocs(t) {
		a := articleAt(t, set, path, src, 0)
		sc := a.capWords()
		if a.names != nil {
			t.Fatalf("%s: capWords built the NameStats", path)
		}
		text := a.Doc.Text
		var toks []nameTok
		var words []string
		var tallies []nameTally
		ids := map[string]int32{}
		furnFrom, furnTo := furnitureLine(text)
		for i, tk := range a.Seg.Tokens {
			if tk.Kind != segment.Word || tk.End <= tk.Start || !isCapitalised(text[tk.Start:tk.End]) || tk.Start >= furnFrom && tk.Start < furnTo {
				continue
			}
			w := text[tk.Start:tk.End]
			id, ok := ids[w]
			if !ok {
				id = int32(len(words))
				ids[w] = id
				words = append(words, w)
				tallies = append(tallies, nameTally{first: int32(len(toks))})
			}
			tallies[id].count++
			if !tk.Initial {
				tallies[id].mid++
			}
			toks = append(toks, nameTok{tok: int32(i), form: id})
		}
		if !reflect.DeepEqual(sc.toks, toks) && (len(sc.toks) != 0 || len(toks) != 0) {
			t.Errorf("%s: tokens\n got %v\nwant %v", path, sc.toks, toks)
		}
		if !reflect.DeepEqual(sc.words, words) && (len(sc.words) != 0 || len(words) != 0) {
			t.Errorf("%s: words\n got %q\nwant %q", path, sc.words, words)
		}
		if !reflect.DeepEqual(sc.tallies, tallies) && (len(sc.tallies) != 0 || len(tallies) != 0) {
			t.Errorf("%s: tallies\n got %v\nwant %v", path, sc.tallies, tallies)
		}
		st := a.Names()
		if a.scanNames() != sc {
			t.Errorf("%s: Names built a second table", path)
		}
		for id, w := range words {
			f := st.FormMap()[w]
			if f == nil || f.Count != int(tallies[id].count) || f.Mid != sc.mid(int32(id)) || f != &sc.forms[id] {
				t.Errorf("%s: %q: NameForm %+v disagrees with the table %+v", path, w, f, tallies[id])
			}
		}
	}
}

// TestBareCounts checks the index of bare counts against the map of them
// by first token that it replaced (filled in text order, the last count
// at a token kept), at every token of every article.
func TestBareCounts(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for path, src := range tableDocs(t) {
		a := articleAt(t, set, path, src, 0)
		a.Calendar, a.Ref = set.Dates, dates.RefOf(a.Doc.Meta.Date)
		qs := a.Quantities()
		want := map[int]*quantity.Quantity{}
		for i := range qs {
			if q := &qs[i]; q.Unit == nil && q.Kind == quantity.Cardinal && !q.Range {
				want[q.Tokens[0]] = q
			}
		}
		b := bareCountsOf(qs)
		for tok := -1; tok <= len(a.Seg.Tokens); tok++ {
			if got := b.at(tok); got != want[tok] {
				t.Errorf("%s: token %d: got %v, want %v", path, tok, got, want[tok])
			}
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no bare counts in the documents")
	}
}

// TestTitleWalkMatchesTokens checks that style.title-without-name, which
// asks once per spelling whether a word is a title, reports what a walk
// of every token of every sentence reports.
func TestTitleWalkMatchesTokens(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var r *honorificRule
	for _, x := range set.Rules {
		if h, ok := x.(*honorificRule); ok && h.capsOnly {
			r = h
		}
	}
	if r == nil {
		t.Fatal("no honorific rule with capitalised titles in the default pack")
	}
	reported := 0
	for path, src := range tableDocs(t) {
		a := articleAt(t, set, path, src, 0)
		got := NewReporter(a.Doc)
		r.Check(a, got)
		want := NewReporter(a.Doc)
		for _, s := range a.Seg.Sentences {
			for i := s.First; i < s.Last; i++ {
				r.at(a, want, i, s)
			}
		}
		if !reflect.DeepEqual(got.Diagnostics(), want.Diagnostics()) {
			t.Errorf("%s:\n got %v\nwant %v", path, got.Diagnostics(), want.Diagnostics())
		}
		reported += len(want.Diagnostics())
	}
	if reported == 0 {
		t.Fatal("no title without a name in the documents: the test compares nothing")
	}
}

// TestPlainName checks plainName against the test it replaced,
// !isAllCaps(w) && lettersOnly(w), on a table of awkward words and on
// every capitalised spelling of the test documents.
func TestPlainName(t *testing.T) {
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"", false}, {"A", true}, {"I", true}, {"UN", false}, {"Un", true}, {"NATO", false}, {"McDonald", true},
		{"MacDONALD", true}, {"O'Brien", false}, {"Jae-in", false}, {"B52", false}, {"Łódź", true}, {"ŁÓDŹ", false},
		{"Émile", true}, {"ÉMILE", false}, {"É", true}, {"Zoë", true}, {"A\xff", false}, {"aB", true}, {"AB", false},
	} {
		if got := plainName(c.w); got != c.want {
			t.Errorf("plainName(%q) = %v, want %v", c.w, got, c.want)
		}
		if ref := !isAllCaps(c.w) && lettersOnly(c.w); ref != c.want {
			t.Errorf("reference(%q) = %v: the table is wrong", c.w, ref)
		}
	}
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for path, src := range tableDocs(t) {
		a := articleAt(t, set, path, src, 0)
		for _, w := range a.capWords().words {
			if got, want := plainName(w), !isAllCaps(w) && lettersOnly(w); got != want {
				t.Errorf("%s: plainName(%q) = %v, want %v", path, w, got, want)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no spellings compared")
	}
}

// TestFurnitureFirstByte checks that the first-byte tables of the
// boilerplate rules turn away no line that a pattern matches: each rule
// finds the same furniture with them as with tables that let every line
// through, on the test documents and on furniture lines written in
// either case.
func TestFurnitureFirstByte(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := tableDocs(t)
	docs["furniture.txt"] = []byte("Audio By Carbonatix\n\nA man said so.\n\nAUDIO BY someone\n\nlisten to this article 3 min\n\nLatest Stories\n\n-\n\nA story\n\n26 minutes -\n\nAnother\n\n3 hours ago\n\nadvertisement\n\nFollow us on Facebook, X\n")
	all := new([256]bool)
	for c := range all {
		all[c] = true
	}
	rules := 0
	found := 0
	for _, x := range set.Rules {
		r, ok := x.(*boilerplateRule)
		if !ok {
			continue
		}
		rules++
		open := *r
		open.linesFirst, open.startFirst = all, all
		for path, src := range docs {
			a := articleAt(t, set, path, src, 0)
			blocks := a.Doc.Blocks
			got, want := NewReporter(a.Doc), NewReporter(a.Doc)
			gs := r.Furniture(a.Doc, blocks, got)
			ws := open.Furniture(a.Doc, blocks, want)
			if !reflect.DeepEqual(gs, ws) || !reflect.DeepEqual(got.Diagnostics(), want.Diagnostics()) {
				t.Errorf("%s, %s: got %v %v, want %v %v", path, r.info.ID, gs, got.Diagnostics(), ws, want.Diagnostics())
			}
			found += len(ws)
		}
	}
	if rules < 2 || found < 4 {
		t.Fatalf("%d boilerplate rules found %d blocks: the test compares too little", rules, found)
	}
}

// TestFirstByteTable checks the table of first bytes on patterns with and
// without prefixes.
func TestFirstByteTable(t *testing.T) {
	for _, c := range []struct {
		res       []string
		in, notIn string
	}{
		{[]string{`^(?i:audio by)\s+\S+$`}, "aA", "bBzZ1 "},
		{[]string{`^Latest`, `^(?i:share)`}, "LsS", "lAa"},
		{[]string{`^Latest`, `minutes`}, "LlAaz1 ", ""}, // a pattern without prefixes: every byte
		{[]string{`^(a|)b`}, "ab", "z"},
	} {
		var ps []*pattern
		for _, s := range c.res {
			ps = append(ps, newPattern(regexp.MustCompile(s)))
		}
		tab := firstByteTable(ps)
		for i := 0; i < len(c.in); i++ {
			if !tab[c.in[i]] {
				t.Errorf("%q: %q not in the table", c.res, c.in[i])
			}
		}
		for i := 0; i < len(c.notIn); i++ {
			if tab[c.notIn[i]] {
				t.Errorf("%q: %q in the table", c.res, c.notIn[i])
			}
		}
	}
}
