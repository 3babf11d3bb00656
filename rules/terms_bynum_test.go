package rules

import (
	"maps"
	"slices"
	"testing"

	"github.com/factlint/factlint/checker/segment"
)

// TestStoryTermsByNumbers holds StoryTerms, which reads a spelling's
// stop-list and title bits once per number of the segmenter's Words, to
// the reference on articles that share one Words, each read twice, and
// with two Sets taking turns whose titles differ: a reading kept for one
// Set must not serve the other. It fails if the readings are kept by
// number without their Set, or are read for the wrong spelling.
func TestStoryTermsByNumbers(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	// other is the default pack where "Warden" is a title, and "Dr"
	// is none: "Warden Dr Oskar Vemmel" is "dr oskar vemmel" to it, and
	// "oskar vemmel" to the default.
	other := *set
	other.grammar.titles = maps.Clone(set.grammar.titles)
	delete(other.grammar.titles, "Dr")
	other.grammar.titles["Warden"] = true
	if !set.grammar.titles["Dr"] || set.grammar.titles["Warden"] {
		t.Fatal("the default pack's titles changed: pick other words")
	}
	docs := map[string]string{
		"a.txt": "Warden Dr Oskar Vemmel met Dr Pia Traske in Tarvik on Monday.\n\nThe Warden said Oskar Vemmel and Pia Traske spoke. Warden Nils Orrin agreed.\n",
		"b.txt": "In Tarvik, Dr Oskar Vemmel and Warden Nils Orrin spoke to The Quorrel Gazette.\n\nDr Pia Traske of Tarvik Port said the Warden would decide.\n",
	}
	words := new(segment.Words)
	total := 0
	for round := range 2 {
		for _, path := range slices.Sorted(maps.Keys(docs)) {
			for _, s := range []*Set{set, &other} {
				a := articleWith(t, s, path, []byte(docs[path]), 0, words)
				got, want := s.StoryTerms(a), referenceStoryTerms(s, a)
				if !slices.Equal(got, want) {
					t.Errorf("round %d, %s, set %p:\n got %q\nwant %q", round, path, s, got, want)
				}
				total += len(got)
			}
		}
	}
	// Each Set must also read the pack's own terms of the nameDocs,
	// with their words numbered by one Words.
	for path, src := range nameDocs(t) {
		a := articleWith(t, set, path, src, 0, words)
		if got, want := set.StoryTerms(a), referenceStoryTerms(set, a); !slices.Equal(got, want) {
			t.Errorf("%s:\n got %q\nwant %q", path, got, want)
		}
	}
	if total == 0 {
		t.Fatal("no terms")
	}
}
