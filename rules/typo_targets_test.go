package rules

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestTypoTargetsOfStory checks the targets name.typo judges a story
// against: the targets its articles use and the lexicon's anywhere
// ones, in the run's order, each once, against the straightforward
// filter of every target by inStory.
func TestTypoTargetsOfStory(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs := []string{
		"Officials in Varnholt met Dana Korrel. Later Korrel visited Varnholt.\n",
		"Aides said Korrel and Ostrava agreed in Varnholt.\n",
		"Delegates in Ostrava met Vesna Kallin. Kallin spoke in Ostrava.\n",
		"Vesna Kallin, Dana Korrel and Ostrava officials met.\n",
	}
	var stats []*NameStats
	for i, d := range docs {
		stats = append(stats, articleAt(t, set, "a"+string(rune('0'+i))+".txt", []byte(d), i).Names())
	}
	ix := IndexNames(stats)
	tt := &typoTargets{at: make([]int32, len(ix.words)+1), anywhere: map[rune][]int32{}}
	words := slices.Sorted(slices.Values(ix.words))
	for _, w := range words {
		tt.add(nameTarget{word: w, n: ix.Form(w)})
	}
	// Two lexicon names that no article uses, targets anywhere.
	for _, w := range []string{"Kelmar", "Vostrin"} {
		tt.add(nameTarget{word: w, n: &CorpusName{}, known: true, anywhere: true})
	}
	checkTargetsOf(t, ix, tt)
	// Targets added in reverse order, in runs of initials that
	// initialRanges cuts; then, after names no story uses that make more
	// runs than it cuts, where every target is tested instead.
	for _, runs := range []int{0, maxInitialRuns} {
		tt = &typoTargets{at: make([]int32, len(ix.words)+1), anywhere: map[rune][]int32{}}
		for range runs {
			for _, w := range []string{"Zorel", "Abden"} {
				tt.add(nameTarget{word: w, n: &CorpusName{}})
			}
		}
		for _, w := range slices.Backward(words) {
			tt.add(nameTarget{word: w, n: ix.Form(w)})
		}
		checkTargetsOf(t, ix, tt)
		if _, cut := tt.initialRanges('K'); cut != (runs == 0) {
			t.Errorf("%d added runs: initialRanges cut %v", runs, cut)
		}
	}
}

// checkTargetsOf compares tt.of, for three stories of the index's four
// articles and several initials, with the straightforward filter of
// every target.
func checkTargetsOf(t *testing.T, ix *NameIndex, tt *typoTargets) {
	t.Helper()
	stories := [][]int{{0, 1}, {2, 3}, {1, 3}}
	m := &storyMap{stories: stories, names: ix}
	tt.stories = make([][]int32, len(stories))
	for s, arts := range stories {
		for _, first := range []rune{'K', 'V', 'O', 'D', 'Z'} {
			var want []string
			for _, t := range tt.all {
				if r, _ := utf8.DecodeRuneInString(t.word); r != first {
					continue
				}
				if t.anywhere || ix.inStory(t.n, arts).count > 0 {
					want = append(want, t.word)
				}
			}
			var got []string
			for _, t := range tt.of(m, s, first) {
				got = append(got, t.word)
			}
			if !slices.Equal(got, want) {
				t.Errorf("story %v, initial %c: targets %q, want %q", arts, first, got, want)
			}
		}
	}
}

// TestSortKeyOrder checks that sortKey orders words as strings.Compare
// does wherever the keys differ, and ties only words that agree on
// their first eight bytes (or but for trailing NULs within them).
func TestSortKeyOrder(t *testing.T) {
	words := []string{"", "A", "Ab", "Ab\x00", "Ab\x00c", "Abcdefgh", "Abcdefghi", "Abcdefgz", "Abcdefgha",
		"Zürich", "Zurich", "Ängel", "Angel", "\xff", "Ostrava", "Ostravak", "Ostravaka", "O"}
	for _, a := range words {
		for _, b := range words {
			ka, kb := sortKey(a), sortKey(b)
			c := strings.Compare(a, b)
			switch {
			case ka < kb && c >= 0, ka > kb && c <= 0:
				t.Errorf("sortKey(%q) %x, sortKey(%q) %x: out of the words' order", a, ka, b, kb)
			case ka == kb && a[:min(len(a), 8)] != b[:min(len(b), 8)] && strings.TrimRight(a[:min(len(a), 8)], "\x00") != strings.TrimRight(b[:min(len(b), 8)], "\x00"):
				t.Errorf("sortKey(%q) = sortKey(%q) = %x for words that differ in their first eight bytes", a, b, ka)
			}
		}
	}
}

// TestSortedForms checks sortedForms against a plain sort by word, on
// words that tie on their keys and words that do not.
func TestSortedForms(t *testing.T) {
	words := []string{"Ostravakia", "Ostravakai", "Abe", "Zorel", "Ostravak", "Ängel", "Angel", "Korrel", "Ab", "Ostravakaa", "Kallin"}
	for n := range len(words) + 1 {
		var fs []namedForm
		for _, w := range words[:n] {
			fs = append(fs, namedForm{w: w, key: sortKey(w), runes: len(w)})
		}
		want := slices.Clone(fs)
		slices.SortFunc(want, func(a, b namedForm) int { return strings.Compare(a.w, b.w) })
		if got := sortedForms(fs); !slices.Equal(got, want) {
			t.Errorf("%d words: sorted %v, want %v", n, got, want)
		}
	}
}

// TestSortedFormsMany checks sortedForms against a plain sort by word on
// runs long enough to be sorted by their keys' bytes (radixSort): coined
// words of every length, many sharing their first eight bytes, some
// with letters beyond ASCII, in a shuffled order.
func TestSortedFormsMany(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	letters := []string{"a", "e", "k", "o", "r", "s", "v", "z", "é", "ø"}
	stems := []string{"Velmarsk", "Kordavin", "Ostreval", "Ulm", "Zé", "B"}
	seen := map[string]bool{}
	var words []string
	for len(words) < 3000 {
		w := stems[rng.IntN(len(stems))]
		for range rng.IntN(6) {
			w += letters[rng.IntN(len(letters))]
		}
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	for _, n := range []int{radixFrom - 1, radixFrom, radixFrom + 1, 500, len(words)} {
		var fs []namedForm
		for _, w := range words[:n] {
			fs = append(fs, namedForm{w: w, key: sortKey(w), runes: len(w)})
		}
		want := slices.Clone(fs)
		slices.SortFunc(want, func(a, b namedForm) int { return strings.Compare(a.w, b.w) })
		if got := sortedForms(fs); !slices.Equal(got, want) {
			t.Errorf("%d words: not in the order of a plain sort", n)
		}
	}
}

// TestSortedSet checks sortedSet, which targetsIn reads a story's
// targets with, against a plain sort, for sets few and many for the
// size of their table of bits, and that it leaves the table empty.
func TestSortedSet(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for _, c := range []struct{ n, universe int }{{0, 64}, {1, 64}, {1, 6400}, {5, 6400}, {40, 6400}, {300, 6400}, {6400, 6400}} {
		seen := make([]uint64, (c.universe+63)/64)
		var ks []int32
		for _, k := range rng.Perm(c.universe)[:c.n] {
			ks = append(ks, int32(k))
			seen[k>>6] |= 1 << (k & 63)
		}
		want := slices.Sorted(slices.Values(ks))
		got := sortedSet(slices.Clone(ks), seen)
		if !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%d of %d: %v, want %v", c.n, c.universe, got, want)
		}
		if slices.ContainsFunc(seen, func(w uint64) bool { return w != 0 }) {
			t.Errorf("%d of %d: the set is not left empty", c.n, c.universe)
		}
	}
}
