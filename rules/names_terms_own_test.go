package rules

import (
	"slices"
	"testing"
)

// TestStoryTermsOwnSlice: StoryTerms makes its slice for each call, so
// that a caller may keep and change it (the checker keeps it without a
// copy): a second call's terms do not share the first call's memory.
func TestStoryTermsOwnSlice(t *testing.T) {
	set, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	a := articleAt(t, set, "a.txt", []byte("Orla Penmarric opened the Velstow depot. Penmarric said Velstow would grow.\n"), 0)
	first := set.StoryTerms(a)
	if len(first) == 0 {
		t.Fatal("no story terms")
	}
	want := slices.Clone(first)
	for i := range first {
		first[i] = "changed"
	}
	if second := set.StoryTerms(a); !slices.Equal(second, want) {
		t.Errorf("second call's terms %q, want %q (the first call's slice is shared)", second, want)
	}
}
