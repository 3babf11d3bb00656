package rules

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
)

// TestLexTableAgrees checks that what the memo's table of spellings
// gives for every token of the testdata corpora and of generated
// articles (lexOf: classes, stem, context word, synonym, case, contrast
// group) is what the functions it stands for give for the token's text.
// One memo serves all the articles, so the table is asked about
// spellings it read in earlier articles, as the checker's pooled memos
// are; a second rule's grammar in between must empty it.
func TestLexTableAgrees(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	other, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r, r2 := autoFactsOf(t, set), autoFactsOf(t, other)
	m := &ctxMemo{}
	tokens, carried := 0, 0
	for i, a := range walkArticles(t, set, 50) {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m.lex = make([]int32, len(toks))
		if i == 20 {
			// Another rule's tables: the spellings read for r are not
			// taken for r2's, nor r2's for r's after.
			m.g, m.classes = &r2.g, r2.classes
			m.lexOf(text, toks, 0)
			if len(m.lexed.words) != 2 || m.lexed.g != &r2.g {
				t.Fatalf("table not emptied for another rule: %d words", len(m.lexed.words)-1)
			}
			clear(m.lex)
		}
		m.g, m.classes = &r.g, r.classes
		before := len(m.lexed.words)
		for j := range toks {
			w := toks[j].Text(text)
			if m.lex[j] == 0 && before > 1 {
				if k, _ := m.lexed.find(w, keyOf(w)); k > 0 {
					carried++
				}
			}
			lw := m.lexOf(text, toks, j)
			where := fmt.Sprintf("%s token %d %q", a.Doc.Path, j, w)
			checkClasses(t, r, w, lw.class)
			if id, ok := stemID(w); lw.stemOK != ok || (ok && lw.stem != id) {
				t.Errorf("%s: stem %x %v, stemID %x %v", where, lw.stem, lw.stemOK, id, ok)
			}
			ctx := r.g.contextID(w, !isLowerWord(w))
			if lw.ctx != ctx {
				t.Errorf("%s: ctx %x, contextID %x", where, lw.ctx, ctx)
			}
			word := ctx
			if k := r.synonyms.get(ctx); ctx != 0 && k >= 0 {
				word = r.canon[k]
			}
			if lw.word != word {
				t.Errorf("%s: context word %x, want %x", where, lw.word, word)
			}
			if lw.lower != isLowerWord(w) || lw.allCaps != isAllCaps(w) {
				t.Errorf("%s: lower %v allCaps %v, want %v %v", where, lw.lower, lw.allCaps, isLowerWord(w), isAllCaps(w))
			}
			if lower := strings.ToLower(w); lw.plain != (lower == w) || lw.plural != r.g.isPlural(lower) {
				t.Errorf("%s: plain %v plural %v, want %v %v", where, lw.plain, lw.plural, lower == w, r.g.isPlural(lower))
			}
			if want := slices.Contains([]string{"which", "who", "that", "where", "whose"}, w); lw.relative != want {
				t.Errorf("%s: relative %v, want %v", where, lw.relative, want)
			}
			if toks[j].Kind == segment.Word {
				id, ok := stemID(w)
				if got, want := r.roleOf(text, toks, j, m), r.roleOfWord(w, id, ok); got != want {
					t.Errorf("%s: role %d, want %d", where, got, want)
				}
				tokens++
			}
		}
		if t.Failed() {
			return
		}
	}
	if tokens < 10000 || carried < 1000 {
		t.Errorf("only %d word tokens read, %d of them spellings from earlier articles", tokens, carried)
	}
}

// TestRoleOfWord checks the contrast group of spellings against the
// pack's groups, looked up by stem in the map (stemIn).
func TestRoleOfWord(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	killed, injured := r.roles[stem("killed")], r.roles[stem("injured")]
	if killed == injured {
		t.Fatal("killed and injured in one contrast group")
	}
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"killed", killed}, {"Killed", killed}, {"KILLED", killed}, {"deaths", killed},
		{"injured", injured}, {"the", -1}, {"", -1}, {"Ärzte", -1},
	} {
		id, ok := stemID(tc.w)
		if got := r.roleOfWord(tc.w, id, ok); got != tc.want {
			t.Errorf("roleOfWord(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

// TestLexTableGrows checks the table's numbering of spellings through
// its growth: each spelling keeps its number, is found by its bytes, and
// a spelling never added is not found.
func TestLexTableGrows(t *testing.T) {
	var tb lexTable
	tb.reset(nil, nil)
	n := 3 * firstLexSlots
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		h := keyOf(w)
		k, at := tb.find(w, h)
		if k >= 0 {
			t.Fatalf("%q found before it was added", w)
		}
		if got := tb.add(w, h, at, lexWord{role: int32(i)}); got != int32(i+1) {
			t.Fatalf("%q numbered %d, want %d", w, got, i+1)
		}
	}
	if len(tb.slots) < 2*n {
		t.Fatalf("%d slots for %d words", len(tb.slots), n)
	}
	for i := range n {
		w := fmt.Sprintf("w%d", i)
		k, _ := tb.find(w, keyOf(w))
		if k != int32(i+1) || tb.words[k].role != int32(i) {
			t.Errorf("%q: number %d, want %d", w, k, i+1)
		}
	}
	if k, _ := tb.find("w", keyOf("w")); k >= 0 {
		t.Errorf("w found, number %d", k)
	}
	tb.reset(nil, nil)
	if k, _ := tb.find("w1", keyOf("w1")); k >= 0 || len(tb.words) != 1 {
		t.Errorf("after reset: w1 number %d, %d words", k, len(tb.words)-1)
	}
}

// TestAroundFigure checks that aroundFigure, reading the sentence's
// arrays, finds what the three walks it replaces find, walked apart as
// they were before (contexts, role and scopeOfRef), and roleWithin what
// roleWithinRef finds, on every figure of the testdata
// corpora and of generated articles, ending at the figure and at its
// counted noun. Each outcome that can vary must occur, or the test
// proves little.
func TestAroundFigure(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoFactsOf(t, set)
	var roles, scopes, contexts, figures, within, answers int
	for _, a := range walkArticles(t, set, 100) {
		text, toks := a.Doc.Text, a.Seg.Tokens
		m := newCtxMemo(len(toks))
		m.g, m.classes = &r.g, r.classes
		qs := a.Quantities()
		for i := range qs {
			q := &qs[i]
			if q.Kind == quantity.Ordinal {
				continue // ranks are context, as in Check
			}
			for j := q.Tokens[0]; j < q.Tokens[1]; j++ {
				m.inQuantity[j] = true
			}
		}
		for i := range qs {
			q := &qs[i]
			if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
				continue
			}
			sent := a.Seg.Sentences[q.Sentence]
			ends := []int{q.Tokens[1]}
			if np, ok := r.g.countedNounIn(text, toks, sent, q, m); ok {
				ends = append(ends, np.End)
			}
			for _, end := range ends {
				g, word := r.roleWithin(a, q.Sentence, q.Tokens[0], end, r.window, m.inQuantity, m)
				if wantG, wantWord := r.roleWithinRef(text, toks, sent, q.Tokens[0], end, r.window, m); g != wantG || word != wantWord {
					t.Errorf("%s: %q: roleWithin %d %q, want %d %q", a.Doc.Path, text[q.Span.Start:q.Span.End], g, word, wantG, wantWord)
				}
				if g >= 0 {
					within++
				}
				for _, with := range [][2]bool{{true, true}, {false, true}, {true, false}} {
					ctx, near, role, scope := r.aroundFigure(a, q.Sentence, q.Tokens[0], end, m.inQuantity, m, with[0], with[1])
					wantCtx, wantNear := r.g.contexts(a, sent, q.Tokens[0], end, r.window, nearWindow, m.inQuantity, m)
					if qi := answeredQuestion(a, q.Sentence, q.Tokens[0]); qi >= 0 {
						// A fragment answering a question: the question's words too.
						qs := a.Seg.Sentences[qi]
						more, _ := r.g.contexts(a, qs, qs.Last, qs.Last, questionWords, nearWindow, m.inQuantity, m)
						wantCtx = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(wantCtx), more...))))
						answers++
					}
					wantRole, wantScope := -1, ""
					if with[0] {
						wantRole = r.role(text, toks, sent, q.Tokens[0], end, m)
					}
					if with[1] {
						wantScope = r.scopeOfRef(text, toks, sent, q.Tokens[0], end, m)
					}
					where := fmt.Sprintf("%s: %q (end %d, with %v)", a.Doc.Path, text[q.Span.Start:q.Span.End], end, with)
					if !slices.Equal(ctx, wantCtx) || !slices.Equal(near, wantNear) {
						t.Errorf("%s: context %x near %x, want %x %x", where, ctx, near, wantCtx, wantNear)
					}
					if role != wantRole || scope != wantScope {
						t.Errorf("%s: role %d scope %q, want %d %q", where, role, scope, wantRole, wantScope)
					}
					if role >= 0 {
						roles++
					}
					if scope != "" {
						scopes++
					}
					if len(ctx) > 0 {
						contexts++
					}
					figures++
				}
			}
		}
		m.release()
		if t.Failed() {
			return
		}
	}
	if roles < 100 || scopes < 20 || contexts < 1000 || figures-roles < 100 || within < 100 || answers == 0 {
		t.Errorf("%d walks: %d found a role, %d a scope, %d a context, roleWithin %d, %d answered a question: too few to test", figures, roles, scopes, contexts, within, answers)
	}
}

// scopeOfRef is how the scope suffix was found before aroundFigure read
// it in its walk, kept as the reference the walk is checked against. It
// returns the key suffix of the scope word nearest the figure
// (tokens from to end) within the window on either side, or "". Claims
// of one scope word are compared with each other, never with claims
// without it: a figure for the constituency is a different fact from
// the statewide one, a design level from the level measured. The scan
// stops at another number, whose word it would be: "a crowd of 52,340
// at the 55,000-capacity stadium".
func (r *autoFactsRule) scopeOfRef(text string, toks []segment.Token, sent segment.Sentence, from, end int, memo *ctxMemo) string {
	if len(r.scopes) == 0 {
		return ""
	}
	before, after := "", ""
	db, da := r.window+1, r.window+1
	for j := from - 1; j >= sent.First && j >= from-r.window; j-- {
		if toks[j].Kind == segment.Number {
			break
		}
		if toks[j].Kind == segment.Word && r.is(memo, text, toks, j, classScope) {
			before, db = r.scopeKeys[strings.ToLower(toks[j].Text(text))], from-j
			break
		}
	}
	for j := end; j < sent.Last && j < end+r.window; j++ {
		if toks[j].Kind == segment.Number {
			break
		}
		if toks[j].Kind == segment.Word && r.is(memo, text, toks, j, classScope) {
			if fromPoint(text, toks, end, j) {
				break // the point a distance is measured from
			}
			after, da = r.scopeKeys[strings.ToLower(toks[j].Text(text))], j-end+1
			break
		}
	}
	if da < db {
		return after
	}
	return before
}

// roleWithinRef is roleWithin as it was before it read the sentence from
// the memo's arrays (readSentence), kept as the reference it is checked
// against. It finds the contrast word within dist words of the quantity
// (tokens from..to) in its sentence, the nearest first; -1 if none.
func (r *autoFactsRule) roleWithinRef(text string, toks []segment.Token, sent segment.Sentence, from, to, dist int, memo *ctxMemo) (int, string) {
	if len(r.roles) == 0 {
		return -1, ""
	}
	before, after := from, to-1
	if to < sent.Last && toks[to].Kind == segment.Word && r.is(memo, text, toks, to, classRemainder) {
		after = to // "three more missing": the remainder word is the count's
	}
	first := r.clauseFirst(text, toks, sent, from, to, memo)
	place, placeWord := -1, ""
	for d := 1; d <= dist; d++ {
		// Count words only, so "killed, at least 20" still reaches.
		for before > first {
			before--
			if toks[before].Kind == segment.Word {
				break
			}
		}
		for after+1 < sent.Last {
			after++
			if toks[after].Kind == segment.Word {
				break
			}
		}
		for _, j := range []int{before, after} {
			if j < first || j >= sent.Last || (j >= from && j < to) || toks[j].Kind != segment.Word {
				continue
			}
			if j >= to && j+1 < sent.Last && memo.inQuantity[j+1] {
				continue // the word's own figure follows it (ownFigureAfter)
			}
			if g := r.tokenRole(text, toks, j, memo); g >= 0 && !r.leadsToLevel(text, toks, g, j, from) {
				if r.places[g] {
					if place < 0 {
						place, placeWord = g, toks[j].Text(text)
					}
					continue
				}
				if _, ok := r.phraseRole(text, toks, j, memo); ok {
					return g, r.roleNames[g] // a role phrase is named by its group
				}
				return g, toks[j].Text(text)
			}
		}
	}
	return place, placeWord
}

// TestKeyChains checks the chains countKeys links the claims of each key
// into (keyFirst, keyNext), which Check walks to tell a unique claim:
// from any claim, its chain holds exactly the claims of its key, in
// order, for articles of 0 to 120 claims with keys repeated in different
// patterns, in one memo reused from article to article.
func TestKeyChains(t *testing.T) {
	m := &ctxMemo{}
	for n := range 121 {
		for _, distinct := range []int{1, 2, 9, n + 1} {
			claims := make([]claim, n)
			for i := range claims {
				claims[i].Key = fmt.Sprintf("count:w%d", (i*5)%distinct)
			}
			m.countKeys(claims)
			for i := range claims {
				var got, want []int
				for j := int(m.keyFirst[i]); j >= 0; j = int(m.keyNext[j]) {
					got = append(got, j)
					if len(got) > n {
						t.Fatalf("n=%d distinct=%d: claim %d's chain does not end", n, distinct, i)
					}
				}
				for j := range claims {
					if claims[j].Key == claims[i].Key {
						want = append(want, j)
					}
				}
				if !slices.Equal(got, want) {
					t.Fatalf("n=%d distinct=%d: claim %d (%q): chain %v, want %v", n, distinct, i, claims[i].Key, got, want)
				}
			}
		}
	}
}

// TestKeyAt checks keyAt against keyOf for every span length around the
// 8-byte limit, at every place of a text, up to its very end (where
// keyAt cannot load 8 bytes and falls back to keyOf).
func TestKeyAt(t *testing.T) {
	texts := []string{"", "a", "abcdefgh", "ab cd ef gh ij kl mn op qr st", "Zürich’s 1,200 bytes\x00\xff mixed é",
		"overwhelmingly underwritten counterbalances, notwithstanding"}
	for _, text := range texts {
		for s := 0; s <= len(text); s++ {
			for e := s; e <= len(text) && e <= s+20; e++ {
				if got, want := keyAt(text, s, e), keyOf(text[s:e]); got != want {
					t.Errorf("keyAt(%q, %d, %d) = %+v, keyOf = %+v", text, s, e, got, want)
				}
			}
		}
	}
}

// TestCountSoFarOnce checks the memo's countSoFar, which scans each
// sentence once (soFarFrom, from its spellings' bits), against countSoFar's own scan from the
// figure, on every figure of the testdata corpora, of generated articles
// and of sentences made to put figures before, between and after the
// count words and their cues. Both answers must occur, or the test
// proves little.
func TestCountSoFarOnce(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	arts := walkArticles(t, set, 100)
	for i, text := range []string{
		"Crews moved 40 families, and the number was expected to rise to 60.",
		"The toll stood at 12, a figure that could climb, and 30 more were hurt.",
		"About 300 people, 20 of them children, were moved; the total may grow by 15 and the count is likely to increase.",
		"The number of 7 rose, and 40 homes were lost; the figure is set to rise.",
		"Police said 12 people were hurt. The toll is certain to grow past 20.",
		"The toll, 40, could rise, and the number of 25 may climb.",
		"Its 9 numbers, 14 figures and 18 totals were going to rise in 2025.",
		"They gave 40 figures that could rise.",
	} {
		arts = append(arts, articleAt(t, set, fmt.Sprintf("made%d.txt", i), []byte(text), len(arts)))
	}
	r := autoRule(t, set)
	counts := [2]int{}
	for _, a := range arts {
		// m finds each sentence's cue on its own walk (soFarFrom), read
		// the one found in readSentence's pass, as the claims do.
		m, read := newCtxMemo(len(a.Seg.Tokens)), newCtxMemo(len(a.Seg.Tokens))
		read.g, read.classes = &r.g, r.classes
		qs := a.Quantities()
		for i := range qs {
			q := &qs[i]
			if q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
				continue
			}
			want := countSoFar(a.Doc.Text, a.Seg.Tokens, a.Seg.Sentences[q.Sentence], q)
			if got := m.countSoFar(a, q); got != want {
				t.Errorf("%s: %q: countSoFar %v, want %v", a.Doc.Path, a.Doc.Text[q.Span.Start:q.Span.End], got, want)
			}
			r.readSentence(read, a, q.Sentence, read.inQuantity)
			if got := read.countSoFar(a, q); got != want {
				t.Errorf("%s: %q: countSoFar after readSentence %v, want %v", a.Doc.Path, a.Doc.Text[q.Span.Start:q.Span.End], got, want)
			}
			if want {
				counts[1]++
			} else {
				counts[0]++
			}
		}
		m.release()
		read.release()
	}
	if counts[0] < 1000 || counts[1] < 5 {
		t.Errorf("%d figures without a count-so-far cue and %d with one: too few to test", counts[0], counts[1])
	}
	t.Logf("%d figures without a cue, %d with", counts[0], counts[1])
}

// countSoFar is the plain reading of ctxMemo.countSoFar, the one it
// replaced: from figure q to the end of its sentence, a word that names a
// count followed within six words by a verb of growth after a modal or
// after "expected to" and the like, each word compared as text.
func countSoFar(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) bool {
	subject := -1
	for j := q.Tokens[1]; j < sent.Last; j++ {
		if toks[j].Kind != segment.Word {
			continue
		}
		w := toks[j].Text(text)
		switch {
		case foldedIn(w, "number", "numbers", "toll", "figure", "figures", "total", "count"):
			subject = j
		case subject >= 0 && j-subject <= 6 && foldedIn(w, "rise", "climb", "grow", "increase"):
			prev := toks[j-1].Text(text)
			if foldedIn(prev, "could", "may", "might", "will", "would") {
				return true
			}
			if strings.EqualFold(prev, "to") && j-2 > subject &&
				foldedIn(toks[j-2].Text(text), "expected", "likely", "set", "feared", "forecast", "bound", "certain", "going") {
				return true
			}
		}
	}
	return false
}

// indexAnchor is the index in kept of the anchor that states the same
// figure as an (== on every field but Head, the figures first), or -1:
// the scan of the anchors kept that anchorSet replaced.
func indexAnchor(kept []anchor, an *anchor) int {
	for i := range kept {
		k := &kept[i]
		if k.Strict == an.Strict && k.Rounded == an.Rounded && k.Kind == an.Kind && k.Dim == an.Dim && k.Unit == an.Unit {
			return i
		}
	}
	return -1
}

// TestIndexAnchor checks indexAnchor against slices.IndexFunc with ==
// on every field but Head, the comparison it replaced, for the anchors
// of every figure of the testdata corpora and generated articles against
// every list of anchors kept before it, and on anchors that differ in
// one field only (a NaN is equal to nothing, -0 equal to 0, as == has
// it; Head is not compared); and anchorSet against indexAnchor, keeping
// the anchors as Check does (one set for all, reset as for a new
// article every 40 anchors, and once small enough to grow).
func TestIndexAnchor(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var all []anchor
	for _, a := range walkArticles(t, set, 50) {
		qs := a.Quantities()
		for i := range qs {
			all = append(all, anchorOf(&qs[i], isAge(a.Doc.Text, &qs[i])))
		}
	}
	base := anchor{Dim: "length", Kind: quantity.Cardinal, Unit: "m", Strict: quantity.Interval{Lo: 4, Hi: 4}, Rounded: quantity.Interval{Lo: 3.5, Hi: 4.5}}
	nan := base
	nan.Strict.Lo = math.NaN()
	negZero := base
	negZero.Strict = quantity.Interval{Lo: math.Copysign(0, -1), Hi: 0}
	zero := base
	zero.Strict = quantity.Interval{}
	for _, change := range []func(*anchor){
		func(x *anchor) { x.Dim = "" }, func(x *anchor) { x.Kind = quantity.Ordinal }, func(x *anchor) { x.Unit = "km" },
		func(x *anchor) { x.Strict.Hi = 5 }, func(x *anchor) { x.Rounded.LoOpen = true }, func(x *anchor) { x.Rounded.HiOpen = true },
		func(x *anchor) { x.Head = true },
	} {
		x := base
		change(&x)
		all = append(all, base, x)
	}
	all = append(all, nan, nan, negZero, zero)
	found := 0
	for i := range all {
		want := slices.IndexFunc(all[:i], func(k anchor) bool { k.Head = all[i].Head; return k == all[i] })
		if got := indexAnchor(all[:i], &all[i]); got != want {
			t.Errorf("anchor %d %+v: indexAnchor %v, slices.IndexFunc %v", i, all[i], got, want)
		}
		if want >= 0 {
			found++
		}
	}
	if found == 0 || found == len(all) {
		t.Fatalf("%d of %d anchors repeat one before: both answers must occur", found, len(all))
	}
	// The anchors that differ in one field, a NaN and the zeros are a
	// set of their own.
	tail := len(all) - 18
	var as anchorSet
	var kept []anchor
	as.reset(1)
	for i := range all {
		if i%40 == 0 || i == tail {
			kept = kept[:0]
			as.reset(min(40, len(all)-i))
		}
		an := all[i]
		k, at := as.find(kept, &an)
		if want := indexAnchor(kept, &an); k != want {
			t.Fatalf("anchor %d %+v: anchorSet %v, indexAnchor %v", i, an, k, want)
		}
		if k < 0 {
			as.slots[at] = int32(len(kept) + 1)
			kept = append(kept, an)
		}
	}
}

// TestWordAt checks lexTable.wordAt, whose short spellings are found by
// hash and length in the slots alone, against the table's words: every
// word token of the testdata corpora and of generated articles, and
// every span of up to 10 bytes of texts made of near spellings (one
// byte or one length apart, NUL bytes, the text's end), must get the
// same number each time it is met and a number whose bytes are its
// spelling; distinct spellings get distinct numbers.
func TestWordAt(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	r := autoRule(t, set)
	m := newCtxMemo(0)
	defer m.release()
	m.g, m.classes = &r.g, r.classes
	tb := &m.lexed
	tb.reset(m.g, m.classes)
	byText := map[string]int32{}
	check := func(text string, s, e int) {
		t.Helper()
		id := tb.wordAt(m, text, s, e)
		w := &tb.words[id]
		if got := string(tb.bytes[w.off : w.off+w.n]); got != text[s:e] {
			t.Fatalf("wordAt(%q, %d, %d) = word %d spelt %q", text, s, e, id, got)
		}
		if prev, ok := byText[text[s:e]]; ok && prev != id {
			t.Fatalf("%q numbered %d and %d", text[s:e], prev, id)
		}
		byText[text[s:e]] = id
	}
	for _, a := range walkArticles(t, set, 50) {
		for _, tok := range a.Seg.Tokens {
			if tok.Kind == segment.Word {
				check(a.Doc.Text, tok.Start, tok.End)
			}
		}
	}
	for _, text := range []string{"aaaaaaaaab aaaaaaaab aab ab a b ba", "the them theme themes\x00the\x00them", "zz\x00z\x00\x00\x00\x00\x00\x00z", "ÿÿÿÿÿÿÿÿ ÿÿÿÿ", "b a\x00 c"} {
		for s := 0; s < len(text); s++ {
			for e := s + 1; e <= len(text) && e <= s+10; e++ {
				check(text, s, e)
			}
		}
	}
	ids := map[int32]bool{}
	for _, id := range byText {
		ids[id] = true
	}
	if len(ids) != len(byText) || len(byText) < 1000 {
		t.Fatalf("%d spellings got %d numbers", len(byText), len(ids))
	}
}

// TestLexTableLongSpellings checks that spellings of 9 to 16 bytes,
// keyed by their two packed words, are told apart where they share
// their first 8 bytes or differ only in their last, at every length
// around the limits, by find and by wordAt reading them from a text.
func TestLexTableLongSpellings(t *testing.T) {
	var ws []string
	for _, stem := range []string{"abcdefgh", "abcdefgi", "quarterfinalist", "quarterfinalists"} {
		for n := 1; n <= 18; n++ {
			w := stem
			for len(w) < n {
				w += "x"
			}
			ws = append(ws, w[:n], w[:n-1]+"y")
		}
	}
	ws = slices.Compact(slices.Sorted(slices.Values(ws)))
	var tb lexTable
	tb.reset(nil, nil)
	m := newCtxMemo(0)
	defer m.release()
	text := strings.Join(ws, " ") + strings.Repeat(" ", 20)
	want := map[string]int32{}
	at := 0
	for _, w := range ws {
		id := tb.wordAt(m, text, at, at+len(w))
		if old, ok := want[w]; ok && old != id {
			t.Fatalf("%q numbered %d and %d", w, old, id)
		}
		want[w] = id
		at += len(w) + 1
	}
	seen := map[int32]string{}
	for w, id := range want {
		if o, ok := seen[id]; ok {
			t.Errorf("%q and %q share number %d", w, o, id)
		}
		seen[id] = w
		if k, _ := tb.find(w, keyOf(w)); k != id {
			t.Errorf("find(%q) = %d, wordAt gave %d", w, k, id)
		}
		if got := string(tb.bytes[tb.words[id].off : tb.words[id].off+tb.words[id].n]); got != w {
			t.Errorf("number %d spells %q, want %q", id, got, w)
		}
	}
	// Read again from the text: the same numbers.
	at = 0
	for _, w := range ws {
		if id := tb.wordAt(m, text, at, at+len(w)); id != want[w] {
			t.Errorf("%q read again: %d, want %d", w, id, want[w])
		}
		at += len(w) + 1
	}
}
