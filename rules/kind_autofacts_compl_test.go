package rules_test

import "testing"

// TestCountWithoutItsComplement checks that a count narrowed by a named
// complement ("40 medics to Port Ellin") is compared with the count
// another outlet gives without it ("30 medics"), on the evidence of the
// words around them, as a part of it, and never with a count of another
// complement.
func TestCountWithoutItsComplement(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "an outlet names where the count went",
			articles: []string{
				"a.txt", "The agency is flying 40 medics to Port Ellin after the storm.\n",
				"b.txt", "The agency is flying 30 medics to the coast after the storm.\n",
				"c.txt", "After the storm, 30 medics were being flown in by the agency.\n",
			},
			want: []string{"a.txt:1:22: fact.mismatch: medics: 40 medics here; 30 medics in b.txt:1, 30 medics in c.txt:1"},
		},
		{
			// The medics to Port Ellin may be a part of the 40: a
			// part smaller than the whole is no disagreement.
			name: "a part is no larger than its whole",
			articles: []string{
				"a.txt", "The agency is flying 30 medics to Port Ellin after the storm.\n",
				"b.txt", "The agency is flying 40 medics to the coast after the storm.\n",
				"c.txt", "After the storm, 40 medics were being flown in by the agency.\n",
			},
		},
		{
			// Each article's one count of trips, worded apart: that
			// alone is no evidence that they count the same trips.
			name: "a larger part in other words",
			articles: []string{
				"a.txt", "The envoy made 12 trips to Ostrava during his term.\n",
				"b.txt", "Since taking office he has been abroad on nine trips.\n",
			},
		},
		{
			name: "two complements are two counts",
			articles: []string{
				"a.txt", "The agency is flying 30 medics to Port Ellin after the storm.\n",
				"b.txt", "The agency is flying 40 medics to Harwick after the storm.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
