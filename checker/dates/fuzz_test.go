package dates

import (
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that any text is read without a panic, that every
// expression's span lies in the text, on rune boundaries, inside its
// phrase, and that resolving it in any tense never panics and gives an
// ordered range.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"On Wednesday, Sept. 13, 2023, the talks began.",
		"He left three years ago and returns next week, as early as Tuesday.",
		"It happened on the 31st of June 2023 and 2023-02-29 or 9999-12-31.",
		"In mid-July and early 2021 and since March, twenty-one years ago.",
		"May 5 9999 and January 1, 1000, Mon, Jan 1",
		"",
		"\xff\xfe Tuesday",
	} {
		f.Add(s, "2023-09-12")
	}
	f.Fuzz(func(t *testing.T, text, refISO string) {
		seg := segmentText(text)
		ref := RefOf(refISO)
		for _, e := range Extract(text, seg) {
			sp, ph := e.Span, e.Phrase
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("span %v outside the text (%d bytes)", sp, len(text))
			}
			// The document's text is valid UTF-8; on raw bytes a token may
			// end before a stray continuation byte.
			if utf8.ValidString(text) && (!utf8.RuneStart(text[sp.Start]) || (sp.End < len(text) && !utf8.RuneStart(text[sp.End]))) {
				t.Fatalf("span %v not on rune boundaries", sp)
			}
			if ph.Start > sp.Start || ph.End < sp.End {
				t.Fatalf("phrase %v does not hold span %v", ph, sp)
			}
			for _, tense := range []Tense{Past, Unknown, Future} {
				if r, ok := e.Resolve(ref, tense); ok && r.Lo > r.Hi {
					t.Fatalf("%q resolves to a reversed range %v", e.Text(text), r)
				}
			}
			testLexicon.TenseOf(text, seg, &e)
			testLexicon.Attributed(text, seg, &e)
		}
	})
}
