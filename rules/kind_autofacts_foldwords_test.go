package rules

import (
	"strings"
	"testing"
)

// TestFoldWordsByLength checks clauseWordOf, presentWord, sinceWord,
// anchorWord, copulaWord and othersWord, which test
// a word's length first, against the compares they replaced (foldIs
// and strings.EqualFold), on their words in several cases, with a long
// s or a Kelvin sign in place of an "s" or a "k", and on other words.
func TestFoldWordsByLength(t *testing.T) {
	lits := []string{"and", "but", "who", "when", "that", "each", "while", "which", "where", "every", "whereas",
		"now", "today", "currently", "nowadays", "since", "after", "before", "is", "was", "others"}
	var words []string
	for _, l := range lits {
		words = append(words, l, strings.ToUpper(l), strings.ToUpper(l[:1])+l[1:], l+"s", l[1:], "x"+l,
			strings.ReplaceAll(l, "s", "\u017f"), strings.ReplaceAll(l, "s", "S"), strings.ReplaceAll(l, "a", "\u00e0"))
	}
	words = append(words, "", "k", "\u212a", "ſ", "\u212aayak", "KAYA\u212a", "Whereaſ", "NOWADAYſ", "wherea", "whereass", "kayak", "a", "ab",
		"abcdefghij", "\xff\xfe\xfd", "wh\xffreas", "\u017fINCE", "\u017fince\u017f", "nowaday\u017f\u017f", "wherea\u017f\xbf", "Bridgewater", "everyone", "eachother")
	words = append(words, "I\u017f", "i\u017f\u017f", "WA\u017f", "wa\u017fs", "w\u017f", "aFTER", "Befor", "befores", "\xc5\xbf", "i\xc5", "wa\xc5\xbe",
		"OTHER\u017f", "other\u017fs", "othe\u017f")
	for _, w := range words {
		wantEnd := foldIs(w, "and") || foldIs(w, "but") || foldIs(w, "when") || foldIs(w, "while") || strings.EqualFold(w, "whereas") ||
			foldIs(w, "which") || foldIs(w, "who") || foldIs(w, "that") || foldIs(w, "where")
		wantEach := foldIs(w, "each") || foldIs(w, "every")
		want := clauseOther
		switch {
		case wantEnd:
			want = clauseEnd
		case wantEach:
			want = clauseEach
		}
		if got := clauseWordOf(w); got != want {
			t.Errorf("clauseWordOf(%q) = %d, want %d", w, got, want)
		}
		if got, want := sinceWord(w), strings.EqualFold(w, "since"); got != want {
			t.Errorf("sinceWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := anchorWord(w), strings.EqualFold(w, "after") || strings.EqualFold(w, "before"); got != want {
			t.Errorf("anchorWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := copulaWord(w), strings.EqualFold(w, "is") || strings.EqualFold(w, "was"); got != want {
			t.Errorf("copulaWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := othersWord(w), strings.EqualFold(w, "others"); got != want {
			t.Errorf("othersWord(%q) = %v, want %v", w, got, want)
		}
		wantPresent := strings.EqualFold(w, "now") || strings.EqualFold(w, "today") || strings.EqualFold(w, "currently") || strings.EqualFold(w, "nowadays")
		if got := presentWord(w); got != wantPresent {
			t.Errorf("presentWord(%q) = %v, want %v", w, got, wantPresent)
		}
	}
	for _, w := range words {
		for _, l := range append(lits, "kayak", "k", "s") {
			if got, want := foldLit(w, l), strings.EqualFold(w, l); got != want {
				t.Errorf("foldLit(%q, %q) = %v, want %v", w, l, got, want)
			}
		}
	}
	// The long s folds to "s": the case the length switch must not miss.
	if clauseWordOf("whereaſ") != clauseEnd || !presentWord("NOWADAYſ") || !sinceWord("ſINCE") || !copulaWord("Iſ") || !copulaWord("WAſ") || !othersWord("Otherſ") {
		t.Error("a long s no longer folds as strings.EqualFold folds it")
	}
}
