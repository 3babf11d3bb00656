package rules_test

import "testing"

// TestSelfContradictionKeyStated checks that an article's two figures
// for one fact are reported only when at least two other articles of the
// story state the fact's key, whatever else they state: the corpus stage
// skips the pairs of keys fewer other articles state, and must skip no
// pair it would report.
func TestSelfContradictionKeyStated(t *testing.T) {
	headline := "Adviser jailed for 12 years over pension fraud\nThe adviser was jailed for 17 years on Friday for the fraud.\n"
	same := "The adviser was jailed for 12 years for the fraud.\n"
	// other states a figure of another key (a count of people), not the
	// duration.
	other := "The fraud cost 400 people their savings.\n"
	report := "a.txt:2:28: fact.mismatch: duration: 17 years here; 12 years at line 1 of this article, 12 years in b.txt:1, 12 years in c.txt:1"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "no other article states the key",
			articles: []string{"a.txt", headline, "b.txt", other, "c.txt", other},
		},
		{
			name:     "one other article states the key",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", other, "d.txt", other},
		},
		{
			name:     "two other articles state the key",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", same},
			want:     []string{report},
		},
		{
			name:     "two other articles state the key among other facts",
			articles: []string{"a.txt", headline, "b.txt", same + other, "c.txt", other + same, "d.txt", other},
			want:     []string{"a.txt:2:28: fact.mismatch: duration: 17 years here; 12 years at line 1 of this article, 12 years in b.txt:1, 12 years in c.txt:2"},
		},
		{
			// Only b.txt disagrees with the odd figure: too few to
			// side against it (and a.txt's two figures keep
			// compareStories from reporting either other article).
			name:     "one other article disagrees with the odd figure",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", "The adviser was jailed for 17 years for the fraud.\n"},
		},
		{
			// The second article's two claims of the key count as
			// one article, not two.
			name:     "one other article states the key twice",
			articles: []string{"a.txt", headline, "b.txt", same + same, "c.txt", other},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFactsSynonyms, tc.articles...), tc.want...)
		})
	}
}
