package segment

import (
	"slices"
	"testing"
)

// TestListedByMarks checks the segmenter's list of tokens (Result.Listed)
// against the marks a stage sets (Words.Marks): every token is listed
// while nothing is marked; a word whose spelling is marked MarkSkip, and
// a sign of one byte marked so, are left out from the next segmentation
// on, wherever the word stands (in a run of words, before a comma, at
// the block's end, after a digit's token); numbers and words not yet
// numbered are always listed (a word with a digit, read by word); a Result of Segment, or one segmented
// while the marks served another key, has no list for the key.
func TestListedByMarks(t *testing.T) {
	type key struct{ name string }
	k1, k2 := &key{"one"}, &key{"two"}
	cases := []struct {
		text string
		skip []string // spellings and signs marked MarkSkip
		want []string // the listed tokens' text, in order
	}{
		{"The ferry left at dawn, and 12 boats followed the ferry.", []string{"ferry", "at", "and", "boats", ","},
			[]string{"The", "left", "dawn", "12", "followed", "the", "."}},
		{"Quietly, quietly the hens slept.", []string{"quietly", "the", "hens", "slept", ",", "."},
			[]string{"Quietly"}},
		{"Nine goats grazed on Z9 hills", []string{"goats", "grazed", "on", "hills", "Nine"},
			[]string{"Z9"}},
		{"A pier (old) stood; a pier", []string{"pier", "(", ";"},
			[]string{"A", "old", ")", "stood", "a"}},
	}
	for _, c := range cases {
		w := new(Words)
		blocks := []Block{{0, len(c.text)}}
		// Room for every token: fastWords leaves a word to word (which
		// lists it, as it is not numbered yet) when the tokens' room
		// may run out before its end.
		r := &Result{Words: w, Tokens: make([]Token, 0, 64)}
		Into(r, c.text, blocks, &Options{})
		if _, ok := r.ListedFor(k1); ok {
			t.Fatalf("%q: listed for a key never asked", c.text)
		}
		marks, punct := w.Marks(k1)
		for _, s := range c.skip {
			if len(s) == 1 && !isLetterByte(s[0]) {
				punct[s[0]] = MarkSkip | 1
				continue
			}
			n := w.lookup(s)
			if n == 0 {
				t.Fatalf("%q: %q not numbered", c.text, s)
			}
			marks[n] = MarkSkip | 1
		}
		Into(r, c.text, blocks, &Options{})
		listed, ok := r.ListedFor(k1)
		if !ok {
			t.Fatalf("%q: not listed for the key of the marks", c.text)
		}
		var got []string
		for _, i := range listed {
			got = append(got, r.Tokens[i].Text(c.text))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: listed %q, want %q", c.text, got, c.want)
		}
		if _, ok := r.ListedFor(k2); ok {
			t.Errorf("%q: listed for another key", c.text)
		}
		// The marks serve another key: cleared, and nothing is skipped.
		if marks, _ := w.Marks(k2); slices.ContainsFunc(marks, func(m uint8) bool { return m != 0 }) {
			t.Errorf("%q: marks not cleared for another key", c.text)
		}
		Into(r, c.text, blocks, &Options{})
		if listed, ok := r.ListedFor(k2); !ok || len(listed) != len(r.Tokens) {
			t.Errorf("%q: %d of %d tokens listed with no marks (%v)", c.text, len(listed), len(r.Tokens), ok)
		}
		if _, ok := Segment(c.text, blocks, &Options{}).ListedFor(nil); ok {
			t.Errorf("%q: a Result of Segment is listed", c.text)
		}
	}
}
