package rules_test

import "testing"

// TestDateFactsWhenClause checks that a date followed by a clause of
// "when" is the date of that clause's event, not of the event the
// sentence opens with: "the worst flood since June 2011, when four
// farmers died" dates the deaths of 2011, and another article that
// dates them otherwise is a finding.
func TestDateFactsWhenClause(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the when-clause names the earlier event, killed and died are one kind",
			articles: []string{
				"a.txt", "date 2025-02-12 The flood is the worst in the valley since June 2011, when four farmers died on the Brenner road.",
				"b.txt", "date 2025-02-12 It was the deadliest flood in the valley since June 2013, when four farmers were killed on the Brenner road.",
				"c.txt", "date 2025-02-12 In June 2011, four farmers died on the Brenner road.",
			},
			want: []string{"b.txt:1:64: fact.date: date of the death: since June 2013 here; since June 2011 in a.txt:1, In June 2011 in c.txt:1"},
		},
		{
			name: "the same day in every article is silent",
			articles: []string{
				"a.txt", "date 2025-02-12 The flood is the worst in the valley since June 2011, when four farmers died on the Brenner road.",
				"b.txt", "date 2025-02-12 It was the deadliest flood in the valley since June 2011, when four farmers were killed on the Brenner road.",
			},
		},
		{
			name: "a when-clause without an event word makes no claim, though the sentence opens with one",
			articles: []string{
				"a.txt", "date 2025-02-12 The flood is the worst in the valley since June 2011, when the levees were raised.",
				"b.txt", "date 2025-02-12 The flood is the worst in the valley since June 2013, when the dam was finished.",
			},
		},
		{
			name: "different earlier events in the when-clauses are not paired",
			articles: []string{
				"a.txt", "date 2025-02-12 The flood is the worst in the valley since June 2011, when four farmers died on the Brenner road.",
				"b.txt", "date 2025-02-12 Rescuers said it was the worst since March 2019, when a climber was killed on the Keller glacier.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}

// TestDateFactsOwnedVerb checks that a verb dated by a date just before
// it ("the firm on Monday recalled") does not date a later date of its
// clause, and that product recalls are events of their own.
func TestDateFactsOwnedVerb(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a later date of the clause is of something else",
			articles: []string{
				"a.txt", "date 2025-03-14 Holm Cycles on Thursday recalled 9,000 e-bikes over a battery fault it first heard about 30 months ago.",
				"b.txt", "date 2025-03-14 In June 2022 Holm Cycles recalled about 3,000 e-bikes over a battery fault.",
			},
		},
		{
			name: "recalls dated differently are a finding",
			articles: []string{
				"a.txt", "date 2025-03-14 In June 2022 Holm Cycles recalled about 3,000 e-bikes over loose pedals.",
				"b.txt", "date 2025-03-14 It is the second recall since June 2023, when about 3,000 e-bikes were recalled over loose pedals.",
			},
			want: []string{"a.txt:1:20: fact.date: date of the recall: In June 2022 here;", "b.txt:1:47: fact.date: date of the recall: since June 2023 here;"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}
