package rules

import (
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestScanCapsListed checks that the table of capitalised words read
// from the segmenter's list of them (segment.Result.CapsListed) is the
// one read from every token (capsOf, for a segmentation the segmenter
// did not list): the same tokens and spellings in the same order, with
// the same counts, on invented copy with capitalised words of every
// kind (at a sentence's start and inside it, with an accent, an
// apostrophe or a hyphen, in capitals, a line of page furniture) and
// words that are not (a lower-case accented word, a number with a unit).
func TestScanCapsListed(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	src := "---\ntitle: Ferry strike\n---\nThe Harbour Gazette | News | Tuesday\n\n" +
		"Élodie Tessaroli told the Plimsby council on Monday that 340 ferries were idle.\n\n" +
		"\"We waited,\" said O'Rourke-Vance, a NATO adviser. Tessaroli said élan was gone; the Ørsby line ran 12 km.\n\n" +
		"Plimsby's mayor, Wendolyn Ulbrecht, said Ulbrecht would meet Tessaroli again in Dravenholt.\n"
	words := new(segment.Words)
	for range 2 {
		a := articleWith(t, set, "caps.md", []byte(src), 0, words)
		caps, ok := a.Seg.CapsListed()
		if !ok || len(caps) == 0 {
			t.Fatalf("the segmenter listed no capitalised words (%v)", ok)
		}
		listed := scanCaps(a)
		// The same segmentation, not listed by the segmenter.
		b := *a
		b.Seg = &segment.Result{Tokens: a.Seg.Tokens, Sentences: a.Seg.Sentences, Words: a.Seg.Words}
		if _, ok := b.Seg.CapsListed(); ok {
			t.Fatal("a Result made by hand is listed")
		}
		walked := scanCaps(&b)
		if !slices.Equal(listed.toks, walked.toks) || !slices.Equal(listed.words, walked.words) ||
			!slices.Equal(listed.tallies, walked.tallies) || !slices.Equal(listed.nums, walked.nums) {
			t.Fatalf("listed %v %v %v, walked %v %v %v", listed.words, listed.toks, listed.tallies, walked.words, walked.toks, walked.tallies)
		}
		for _, w := range []string{"Élodie", "Tessaroli", "O'Rourke", "NATO", "Ørsby", "Ulbrecht", "Dravenholt", "Plimsby"} {
			if !slices.Contains(listed.words, w) {
				t.Errorf("%q not among the capitalised words %v", w, listed.words)
			}
		}
		for _, w := range []string{"élan", "km", "Gazette"} {
			if slices.Contains(listed.words, w) {
				t.Errorf("%q among the capitalised words %v", w, listed.words)
			}
		}
	}
}
