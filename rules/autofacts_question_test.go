package rules_test

import "testing"

// TestFigureAnsweringAQuestion checks that a figure opening a short
// fragment that answers a question just before it ("Her longest swim? A
// mere 41 km.") takes the question's words as context, and is set
// against another outlet's figure of those words; a fragment in another
// paragraph, or after a sentence that asks nothing, does not.
func TestFigureAnsweringAQuestion(t *testing.T) {
	const b = "Marra Quell swam 63 km in the Velt strait. Her longest swim before that was 41 km.\n"
	const c = "Quell swam 63 km across the Velt strait. Her longest swim until then was 41 km.\n"
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "the answer to a question",
			a:    "Marra Quell swam 63 km in the Velt strait. Her longest swim before? A mere 14 km.\n",
			want: []string{"a.txt:1:76: fact.mismatch: length: 14 km here; 41 km in b.txt:1, 41 km in c.txt:1"},
		},
		{
			name: "a fragment after a statement",
			a:    "Marra Quell swam 63 km in the Velt strait. Her longest swim came before. A mere 14 km.\n",
		},
		{
			name: "a fragment in another paragraph",
			a:    "Marra Quell swam 63 km in the Velt strait. Her longest swim before?\n\nA mere 14 km.\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", b, "c.txt", c), tc.want...)
		})
	}
}
