package dates

import "testing"

// TestWordTable checks the table against the map it is built from: every
// start word is found with its value, and words that are none (a prefix,
// a longer word, one differing in a byte) are not.
func TestWordTable(t *testing.T) {
	for w, f := range startWords {
		if got := startTable.get([]byte(w)); got != f {
			t.Errorf("get(%q) = %d, want %d", w, got, f)
		}
		for _, other := range []string{w[:len(w)-1], w + "s", "x" + w[1:], w[:len(w)-1] + "q"} {
			if _, ok := startWords[other]; ok || other == "" {
				continue
			}
			if got := startTable.get([]byte(other)); got != 0 {
				t.Errorf("get(%q) = %d, want 0", other, got)
			}
		}
	}
	if got := startTable.get([]byte("septembers_")); got != 0 {
		t.Errorf("a word longer than any key: %d", got)
	}
}
