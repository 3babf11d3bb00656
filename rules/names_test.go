package rules

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/corpusgen"
)

// referenceNames is collectNames as it was first written, one map lookup
// and one diag.At per use: the specification the fast version must meet.
func referenceNames(a *Article) *NameStats {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	type form struct {
		NameForm
		nexts, prevs map[string]bool
	}
	forms := map[string]*form{}
	furnFrom, furnTo := furnitureLine(text)
	for i, t := range toks {
		if t.Kind != segment.Word || t.Start >= furnFrom && t.Start < furnTo {
			continue
		}
		w := text[t.Start:t.End]
		if !isCapitalised(w) {
			continue
		}
		f := forms[w]
		first := f == nil
		if first {
			f = &form{nexts: map[string]bool{}, prevs: map[string]bool{}}
			forms[w] = f
		}
		next := ""
		if i+1 < len(toks) && toks[i+1].Kind == segment.Word && text[t.End:toks[i+1].Start] == " " {
			if nw := toks[i+1].Text(text); isCapitalised(nw) {
				next = nw
				if len(f.nexts) < maxNexts {
					f.nexts[nw] = true
				}
			}
		}
		if next == "" {
			// A family name after particles: "Ilham" before "el-Vardi".
			for j := i + 2; j < len(toks) && j <= i+maxParticles+2; j++ {
				if nw := toks[j].Text(text); toks[j].Kind == segment.Word && isCapitalised(nw) && particleLink(a.NameParticles, text, toks, int32(i), int32(j)) {
					next = nw
					if len(f.nexts) < maxNexts {
						f.nexts[nw] = true
					}
					break
				}
			}
		}
		if next == "" {
			// A firm's second half after an ampersand: "Quarley" before
			// "& Tenk", marked by it.
			for j := i + 1; j < len(toks) && j <= i+2; j++ {
				if nw := toks[j].Text(text); toks[j].Kind == segment.Word && isCapitalised(nw) && text[t.End:toks[j].Start] == " & " {
					next = "& " + nw
					if len(f.nexts) < maxNexts {
						f.nexts[next] = true
					}
					break
				}
			}
		}
		prev, prevInitial, particle := "", false, ""
		if i > 0 && toks[i-1].Kind == segment.Word && text[toks[i-1].End:t.Start] == " " {
			if pw := toks[i-1].Text(text); isCapitalised(pw) {
				prev, prevInitial = pw, toks[i-1].Initial
				if len(f.prevs) < maxNexts && !prevInitial {
					f.prevs[pw] = true
				}
			}
		} else if i > 1 && toks[i-2].Kind == segment.Word && text[toks[i-2].End:t.Start] == "-" && toks[i-1].Kind == segment.Punct {
			// The second half of a hyphenated name: the first half,
			// marked by its hyphen, goes before it.
			if pw := toks[i-2].Text(text); isCapitalised(pw) {
				prev = pw + "-"
				if len(f.prevs) < maxNexts {
					f.prevs[prev] = true
				}
			}
		}
		if prev == "" {
			// A firm's first half before an ampersand: "Quarley &"
			// before "Tenk".
			for j := i - 1; j >= 0 && j >= i-2; j-- {
				if pw := toks[j].Text(text); toks[j].Kind == segment.Word && isCapitalised(pw) && text[toks[j].End:t.Start] == " & " {
					prev = pw + " &"
					if len(f.prevs) < maxNexts {
						f.prevs[prev] = true
					}
					break
				}
			}
		}
		if prev == "" {
			// A family name after particles: "Ilham" before "el-Vardi".
			for j := i - 2; j >= 0 && j >= i-maxParticles-2; j-- {
				if pw := toks[j].Text(text); toks[j].Kind == segment.Word && isCapitalised(pw) && particleLink(a.NameParticles, text, toks, int32(j), int32(i)) {
					prev, prevInitial = pw, toks[j].Initial
					particle = text[toks[j+1].Start:t.Start]
					if len(f.prevs) < maxNexts && !prevInitial {
						f.prevs[pw] = true
					}
					break
				}
			}
		}
		f.Count++
		if !t.Initial {
			f.Mid++
		}
		if first || f.Count <= rareUses {
			loc := diag.At(a.Doc, document.Span{Start: t.Start, End: t.End})
			if first {
				f.First = loc
			}
			apos := strings.HasPrefix(text[t.End:], "'") || strings.HasPrefix(text[t.End:], "’")
			// The age and the word that frames it are read as the
			// scan reads them (TestNameAfter checks those readers).
			f.Uses = append(f.Uses, NameUse{Loc: loc, Initial: t.Initial, Next: next, Prev: prev, PrevInitial: prevInitial, Apostrophe: apos,
				Age: ageAfter(text, toks, int32(i)), Noun: frameOf(text, toks, int32(i)), Particle: particle})
		}
		if f.Count > rareUses {
			f.Uses = nil
		}
	}
	st := &NameStats{Forms: map[string]*NameForm{}}
	for w, f := range forms {
		if len(f.nexts) > 0 {
			f.Nexts = slices.Sorted(maps.Keys(f.nexts))
		}
		if len(f.prevs) > 0 {
			f.Prevs = slices.Sorted(maps.Keys(f.prevs))
		}
		st.Forms[w] = &f.NameForm
	}
	return st
}

// nameDocs are the articles the name tests compare on: generated
// articles, the seed and story articles and awkward copy.
func nameDocs(t *testing.T) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{
		"crowd.txt":     []byte("Anna Novak met Olga Brandt. Then Anna Novak, Olga and Anna left.\r\nÉmile Zola and Émile met ÉMILE in Łódź.\n"),
		"empty.txt":     []byte("no capitals here at all.\n"),
		"invalid.txt":   []byte("Anna \xe2\x82 Novak met \xff Olga Brandt.\n"),
		"particles.txt": []byte("Ilham el-Vardi met Joost van der Meulen and Rui da  Lomba. The Quorran pro-Vardi camp met in mid-March. Dr al-Vardi and Ilham el- Vardi left. Ilham de la de Meulen stayed.\n"),
		"stops.txt":     []byte("The Monday talks. On Monday, Anna met The Hague officials. In New York, Officials of NATO and UN met. He met Xi. Ed and Al left Oslo Ön.\n"),
	}
	// A spelling with more than maxNexts distinct words after it and
	// before it.
	var many []byte
	for i := range 3 * maxNexts {
		many = append(many, "They met Chair "...)
		many = append(many, string(rune('A'+i%26))+string(rune('a'+i/26))+"son and "+string(rune('B'+i%25))+string(rune('b'+i/25))+"ey Chair here. "...)
	}
	docs["many.txt"] = many
	docs["firms.txt"] = []byte("Quarley & Tenk Yards built it. Tallowby & Tenk said so, as did Quarle & Tenk and her son Tamas, 9.\nThe Orvell quarry & Vane.")
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 60, Seed: 7}) {
		docs[g.Path] = g.Text
	}
	for _, dir := range []string{"../testdata/seeds", "../testdata/stories"} {
		_ = filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
			if err == nil && !e.IsDir() {
				if b, err := os.ReadFile(p); err == nil {
					docs[p] = b
				}
			}
			return nil
		})
	}
	return docs
}

// TestNamesMatchReference checks collectNames against referenceNames.
func TestNamesMatchReference(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := nameDocs(t)
	for path, src := range docs {
		a := articleAt(t, set, path, src, 0)
		got, want := a.Names(), referenceNames(a)
		if len(got.FormMap()) != len(want.Forms) {
			t.Errorf("%s: %d spellings, want %d", path, len(got.FormMap()), len(want.Forms))
		}
		for w, wf := range want.Forms {
			gf := got.FormMap()[w]
			if gf == nil {
				t.Errorf("%s: %q missing", path, w)
				continue
			}
			if !reflect.DeepEqual(*gf, *wf) {
				t.Errorf("%s: %q:\n got %+v\nwant %+v", path, w, *gf, *wf)
			}
		}
		if path == "many.txt" {
			if f := got.FormMap()["Chair"]; f == nil || len(f.Nexts) != maxNexts || len(f.Prevs) != maxNexts {
				t.Errorf("many.txt: Chair %+v, want %d words before and after", f, maxNexts)
			}
		}
	}
}

// referenceStoryTerms is Set.StoryTerms as it was first written, token by
// token with a string per term.
func referenceStoryTerms(s *Set, a *Article) []string {
	text, toks := a.Doc.Text, a.Seg.Tokens
	var terms []string
	furnFrom, furnTo := furnitureLine(text)
	inFurniture := func(t segment.Token) bool { return t.Start >= furnFrom && t.Start < furnTo }
	for i := 0; i < len(toks); {
		if toks[i].Kind != segment.Word || !isCapitalised(toks[i].Text(text)) || inFurniture(toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].Kind == segment.Word && isCapitalised(toks[j].Text(text)) && !inFurniture(toks[j]) && text[toks[j-1].End:toks[j].Start] == " " {
			j++
		}
		start := i
		if toks[i].Initial && s.grammar.stop[strings.ToLower(toks[i].Text(text))] {
			start++
		}
		// Titles, and a role that opens the sentence before a title,
		// are no part of the name after them.
		for opening := start; j-start > 1; start++ {
			w := toks[start].Text(text)
			role := start == opening && toks[start].Initial && !isAllCaps(w) && referenceNames(a).Forms[w].Mid == 0 && s.grammar.titles[toks[start+1].Text(text)]
			if !s.grammar.titles[w] && !role {
				break
			}
		}
		if start < j {
			term := strings.ToLower(text[toks[start].Start:toks[j-1].End])
			single := j-start == 1
			switch {
			case single && (s.grammar.stop[term] || utf8.RuneCountInString(term) < 3):
			case single && toks[start].Initial && !isAllCaps(toks[start].Text(text)) && referenceNames(a).Forms[toks[start].Text(text)].Mid == 0:
			default:
				terms = append(terms, term)
			}
		}
		i = j
	}
	slices.Sort(terms)
	return slices.Compact(terms)
}

func TestStoryTermsMatchReference(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for path, src := range nameDocs(t) {
		a := articleAt(t, set, path, src, 0)
		got, want := set.StoryTerms(a), referenceStoryTerms(set, a)
		if !slices.Equal(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", path, got, want)
		}
		total += len(got)
	}
	if total < 500 {
		t.Errorf("only %d terms in all", total)
	}
}

// referenceLearnForms is learnForms as it was first written, token by
// token with diag.At for each use.
func referenceLearnForms(a *Article, f *namesFacts, rep *Reporter) {
	text := a.Doc.Text
	toks := a.Seg.Tokens
	furnFrom, furnTo := furnitureLine(text)
	for _, s := range a.Seg.Sentences {
		if titleCase(text, toks[s.First:s.Last]) {
			continue // a title-case headline capitalises every word
		}
		for i := s.First; i+1 < s.Last; i++ {
			t := toks[i]
			w := t.Text(text)
			if t.Kind != segment.Word || !isCapitalised(w) || isAllCaps(w) || !lettersOnly(w) || t.Start >= furnFrom && t.Start < furnTo {
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
					(!p.Initial || referenceNames(a).Forms[pw].Mid > 0) {
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

func TestLearnFormsMatchReference(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := nameDocs(t)
	docs["forms.txt"] = []byte("Kim Jae-in met Jae In and JAE-IN. Lee Jae-In-Ho left. The Jae-in talks. Park Hye-Jin, Hye Jin and Hye-jin met.\n" +
		"A Title Case Headline With Jae In Here\n\nAl-Qaeda and Al Qaeda, al-Qaeda and Jean-Luc Martin, Jean-luc Martin. Zoë-Anne met Zoë Anne.\n")
	var r namesRule
	total := 0
	for path, src := range docs {
		a := articleAt(t, set, path, src, 0)
		got := &namesFacts{learned: map[string][]formUse{}, compound: map[string]bool{}}
		want := &namesFacts{learned: map[string][]formUse{}, compound: map[string]bool{}}
		r.learnForms(a, got)
		referenceLearnForms(a, want, NewReporter(a.Doc))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", path, got, want)
		}
		total += len(got.learned)
		if path == "forms.txt" && (!got.compound["jaein"] || !got.compound["hyejin"]) {
			t.Errorf("forms.txt: compound keys %v", got.compound)
		}
	}
	if total < 200 {
		t.Errorf("only %d learned keys in all", total)
	}
}

// TestNameDistance checks the stack version of the edit distance against
// editDistance on every pair of many name-like words, ASCII and not.
func TestNameDistance(t *testing.T) {
	words := []string{"", "a", "ab", "ba", "Putin", "Puting", "Putting", "Ptuin", "Geneva", "Genvea", "Russia", "Russian", "Marcus", "March", "Maris",
		"Novak", "Nowak", "Zürich", "Zurich", "Łódź", "Lodz", "abcdefghijklmnopqrstuvwxyzabcde", "abcdefghijklmnopqrstuvwxyzabcdef", "bacdefghijklmnopqrstuvwxyzabced"}
	for _, g := range corpusgen.Generate(corpusgen.Options{Articles: 3, Seed: 2}) {
		for _, w := range strings.Fields(string(g.Text)) {
			if len(words) < 300 && isCapitalised(w) {
				words = append(words, strings.Trim(w, ".,;:\"'()"))
			}
		}
	}
	for _, a := range words {
		for _, b := range words {
			if got, want := nameDistance(a, b), editDistance(a, b); got != want {
				t.Fatalf("nameDistance(%q, %q) = %d, editDistance %d", a, b, got, want)
			}
		}
	}
}

// TestIndexSameFromDecoded builds the corpus index from the articles'
// name statistics as collected (walked in order of first use) and as
// decoded from an archive (walked through the map): the same index.
func TestIndexSameFromDecoded(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var fresh, decoded []*NameStats
	for i, g := range corpusgen.Generate(corpusgen.Options{Articles: 150, Seed: 4}) {
		st := articleAt(t, set, g.Path, g.Text, i).Names()
		d, err := DecodeNames(EncodeNames(st))
		if err != nil {
			t.Fatal(err)
		}
		if st.words == nil || d.words != nil {
			t.Fatal("expected collected statistics with, and decoded ones without, the slices")
		}
		fresh, decoded = append(fresh, st), append(decoded, d)
	}
	a, b := IndexNames(fresh), IndexNames(decoded)
	if len(a.formsMap()) < 200 {
		t.Errorf("only %d spellings in the index", len(a.formsMap()))
	}
	// The spellings' counts over any story are the same (their ids and
	// the order of an article's posts follow the order they are added
	// in, which a decoded map does not keep).
	stories := [][]int{{0}, {3, 4, 5, 6}, {10, 70, 149}}
	all := make([]int, 150)
	for i := range all {
		all[i] = i
	}
	stories = append(stories, all)
	for w, ca := range a.formsMap() {
		cb := b.formsMap()[w]
		if cb == nil {
			t.Errorf("%q: not in the index from decoded statistics", w)
			continue
		}
		for _, st := range stories {
			if x, y := a.inStory(ca, st), b.inStory(cb, st); x != y {
				t.Errorf("%q in articles %v: %+v from collected statistics, %+v from decoded ones", w, st, x, y)
			}
		}
		if x := a.inStory(ca, all); x.count != ca.Count || x.mid != ca.Mid || x.articles != ca.Articles || x.first != ca.First {
			t.Errorf("%q: %+v in all the articles, but the index counts %d uses, %d inside sentences, in %d articles, first at %v", w, x, ca.Count, ca.Mid, ca.Articles, ca.First)
		}
	}
	strip := func(forms map[string]*CorpusName) map[string]CorpusName {
		out := map[string]CorpusName{}
		for w, c := range forms {
			x := *c
			x.id = 0
			out[w] = x
		}
		return out
	}
	if !reflect.DeepEqual(strip(a.formsMap()), strip(b.formsMap())) {
		t.Errorf("index of %d spellings from collected statistics differs from the one of %d from decoded ones", len(a.formsMap()), len(b.formsMap()))
	}
}

// TestIndexStoryCounts: a spelling's counts over a story are those of
// the story's articles alone, and its first use there is the location
// collectNames gave it, also where the index cannot keep it in a post of
// its own (markup inside the word, characters beyond ASCII).
func TestIndexStoryCounts(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := []struct{ path, src string }{
		{"a.txt", "Zürich voted. Officials in Zürich met. Aides in Zürich agreed.\n"},
		{"b.html", "<p>Officials said Gen&shy;eva and Zürich agreed, and Geneva voted.</p>\n"},
		{"c.txt", "Delegates in Geneva met.\nLater Geneva voted, and Geneva agreed.\n"},
	}
	var stats []*NameStats
	for i, d := range docs {
		stats = append(stats, articleAt(t, set, d.path, []byte(d.src), i).Names())
	}
	ix := IndexNames(stats)
	for _, tc := range []struct {
		word                 string
		story                []int
		count, mid, articles int
		from                 int // the article whose first use is the story's
	}{
		{"Zürich", []int{0}, 3, 2, 1, 0},
		{"Zürich", []int{1, 2}, 1, 1, 1, 1},
		{"Zürich", []int{0, 1, 2}, 4, 3, 2, 0},
		{"Geneva", []int{0}, 0, 0, 0, -1},
		{"Geneva", []int{1, 2}, 5, 5, 2, 1},
		{"Geneva", []int{2}, 3, 3, 1, 2},
	} {
		c := ix.Form(tc.word)
		if c == nil {
			t.Fatalf("%q is not in the index", tc.word)
		}
		got := ix.inStory(c, tc.story)
		if got.count != tc.count || got.mid != tc.mid || got.articles != tc.articles {
			t.Errorf("%q in %v: %d uses, %d inside sentences, in %d articles; want %d, %d, %d", tc.word, tc.story, got.count, got.mid, got.articles, tc.count, tc.mid, tc.articles)
		}
		if tc.from >= 0 {
			if want := stats[tc.from].FormMap()[tc.word].First; got.first != want {
				t.Errorf("%q in %v: first use %+v, want %+v", tc.word, tc.story, got.first, want)
			}
		}
	}
	// "Gen&shy;eva" is "Geneva" in the text, but longer in the source.
	if f := stats[1].FormMap()["Geneva"].First; f.EndByte-f.StartByte == len("Geneva") {
		t.Errorf("b.html's first Geneva spans %d bytes of the source: the test no longer has markup inside a name", f.EndByte-f.StartByte)
	}
}

// TestRecycledNames: statistics recycled once added to the index give
// their memory to later articles' (RecycleNames), and that changes no
// other article's names: statistics still held stay as collected, and the
// index is the one built from statistics never recycled.
func TestRecycledNames(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	gen := corpusgen.Generate(corpusgen.Options{Articles: 80, Seed: 7})
	// held is an article whose statistics are never recycled; its
	// encoding is taken before any article after it is collected.
	const held = 5
	var heldStats *NameStats
	var heldBytes []byte
	recycled, fresh := NewNameIndex(), NewNameIndex()
	// The statistics never recycled are collected first, so that they
	// take no room that the articles below recycle.
	for i, g := range gen {
		fresh.Add(articleAt(t, set, g.Path, g.Text, i).Names())
	}
	rooms := map[*nameRoom]bool{}
	reused := 0
	for i, g := range gen {
		st := articleAt(t, set, g.Path, g.Text, i).Names()
		if rooms[st.room] {
			reused++
		}
		rooms[st.room] = true
		recycled.Add(st)
		if i == held {
			heldStats, heldBytes = st, EncodeNames(st)
		} else {
			RecycleNames(st)
			if st.Forms != nil || st.forms != nil || st.room != nil {
				t.Fatal("recycled statistics still point at their memory")
			}
		}
	}
	if reused == 0 {
		t.Fatal("no article's statistics were collected in recycled memory")
	}
	if got := EncodeNames(heldStats); !bytes.Equal(got, heldBytes) {
		t.Errorf("article %d's statistics changed while later articles were collected in recycled memory", held)
	}
	if len(fresh.formsMap()) < 100 {
		t.Fatalf("only %d spellings in the index", len(fresh.formsMap()))
	}
	if !reflect.DeepEqual(recycled.formsMap(), fresh.formsMap()) || !reflect.DeepEqual(recycled.wide, fresh.wide) ||
		!reflect.DeepEqual(recycled.files, fresh.files) || recycled.total != fresh.total {
		t.Error("the index built while recycling differs from the one built from statistics never recycled")
	}
	// A recycled room keeps no article's text.
	RecycleNames(heldStats)
	r := nameRoomPool.Get().(*nameRoom)
	for _, w := range r.words[:cap(r.words)] {
		if w != "" {
			t.Fatalf("a recycled room keeps the word %q", w)
		}
	}
	for _, u := range r.uses[:cap(r.uses)] {
		if u.Next != "" || u.Prev != "" || u.Loc.File != "" {
			t.Fatalf("a recycled room keeps a use %+v", u)
		}
	}
	if len(r.m) != 0 || len(r.toks) != 0 {
		t.Fatal("a recycled room is not empty")
	}
}

// TestNameFormsOnAsk: an article's statistics build their map of forms
// by spelling only when a rule asks for it (FormMap, Form), and then
// hold exactly the article's spellings, also in a room recycled from an
// article that had built its map.
func TestNameFormsOnAsk(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text  string
		words map[string][2]int // count, mid
	}{
		{"Quillet Varrow opened the Dunmere depot on Friday. Varrow said the depot in Dunmere would hire staff.\n",
			map[string][2]int{"Quillet": {1, 0}, "Varrow": {2, 1}, "Dunmere": {2, 2}, "Friday": {1, 1}}},
		{"Officials in Brindmoor closed the Quay Road bridge. Brindmoor police said Quay Road stays shut.\n",
			map[string][2]int{"Officials": {1, 0}, "Brindmoor": {2, 1}, "Quay": {2, 2}, "Road": {2, 2}}},
		{"no capitalised word here, only lower case.\n", map[string][2]int{}},
	} {
		// An article before it builds its map, and gives its room back.
		first := articleAt(t, set, "before.txt", []byte("Talbrook Mill shut. Talbrook lost jobs.\n"), 0).Names()
		if first.Form("Talbrook") == nil {
			t.Fatal("Talbrook is not a form of the first article")
		}
		RecycleNames(first)
		st := articleAt(t, set, "a.txt", []byte(tc.text), 1).Names()
		if st.Forms != nil {
			t.Errorf("%q: the map of forms was built before it was asked for", tc.text)
		}
		m := st.FormMap()
		if len(m) != len(tc.words) {
			t.Errorf("%q: %d spellings in the map, want %d", tc.text, len(m), len(tc.words))
		}
		for w, want := range tc.words {
			f := st.Form(w)
			if f == nil || f.Count != want[0] || f.Mid != want[1] {
				t.Errorf("%q: %s: form %+v, want count %d, mid %d", tc.text, w, f, want[0], want[1])
			}
		}
		if st.Form("Talbrook") != nil {
			t.Errorf("%q: the map holds a spelling of the article before", tc.text)
		}
		RecycleNames(st)
	}
}

// TestFurnitureLineBar: the line of page furniture is found where a "|"
// divides short items within the first lines, and nowhere else: not in
// copy without a "|", not where the first "|" is further down than the
// first lines, not in a line of long items.
func TestFurnitureLineBar(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the line found, "" for none
	}{
		{"The Orlen Gazette | News | Tuesday\n\nCouncillors in Orlen voted on the plan.\n", "The Orlen Gazette | News | Tuesday"},
		{"Councillors in Orlen voted on the plan.\n\nThe vote was close.\n", ""},
		{"One.\nTwo.\nThree.\nFour.\nFive.\nSix.\nSeven.\nEight.\nNine.\nTen.\nEleven.\nTwelve.\nThe Orlen Gazette | News\n", ""},
		{"the council said it would look again at the whole plan | before the vote\n", ""},
		{"Councillors voted.\nThe Orlen Gazette | Politics\n", "The Orlen Gazette | Politics"},
	} {
		from, to := furnitureLine(tc.text)
		if got := tc.text[from:to]; got != tc.want {
			t.Errorf("%q: furniture line %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestLearnFormsByNumbers is TestLearnFormsMatchReference with every
// article numbered by one Words, twice over, so that learnForms reads
// the spellings it met in earlier articles by their numbers
// (learnScratch.spell), and then by a Words of each article's own
// between them, so that the readings are emptied and read again.
func TestLearnFormsByNumbers(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := nameDocs(t)
	docs["forms.txt"] = []byte("Orsk Vel-an met Vel An and VEL-AN. Tam Vel-An-Ro left. The Vel-an talks. Ruda Mey-Lin, Mey Lin and Mey-lin met.\n" +
		"Ruda Mey-Lin spoke. Zoë-Anne met Zoë Anne, and Vel An met Zoë-anne.\n")
	paths := make([]string, 0, len(docs))
	for p := range docs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var r namesRule
	shared := new(segment.Words)
	total := 0
	for pass, words := range []*segment.Words{shared, shared, nil, shared} {
		for _, path := range paths {
			a := articleWith(t, set, path, docs[path], 0, words)
			got := &namesFacts{learned: map[string][]formUse{}, compound: map[string]bool{}}
			want := &namesFacts{learned: map[string][]formUse{}, compound: map[string]bool{}}
			r.learnForms(a, got)
			referenceLearnForms(a, want, NewReporter(a.Doc))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("pass %d, %s:\n got %+v\nwant %+v", pass, path, got, want)
			}
			total += len(got.learned)
			if path == "forms.txt" && (!got.compound["velan"] || !got.compound["meylin"] || !got.compound["zoëanne"] || len(got.learned["velan"]) != 4) {
				t.Errorf("pass %d, forms.txt: compound keys %v, learned %v", pass, got.compound, got.learned)
			}
		}
	}
	if total < 800 {
		t.Errorf("only %d learned keys in all", total)
	}
}
