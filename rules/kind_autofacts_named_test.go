package rules_test

import "testing"

// TestNamedAgeStatedElsewhere checks that the age of a named person is
// compared even where the other article states the changed figure for
// something else (a hull's age, a count): the key names the person, so
// that is no sign of two facts keyed together.
func TestNamedAgeStatedElsewhere(t *testing.T) {
	b := "The skipper, Aldo Brenning, 61, was questioned at the quay. The trawler, 16 years old, was towed in."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "the other article gives the figure as a hull's age",
			a:    "The skipper, Aldo Brenning, 16, was questioned at the quay.",
			want: []string{
				"a.txt:1:29: fact.mismatch: age of Brenning: Brenning, 16 here; Brenning, 61 in b.txt:1",
				"b.txt:1:29: fact.mismatch: age of Brenning: Brenning, 61 here; Brenning, 16 in a.txt:1",
			},
		},
		{
			name: "the same age",
			a:    "The skipper, Aldo Brenning, 61, was questioned at the quay.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.a, "b.txt", b), tc.want...)
		})
	}
}

// TestNamedAgeOfAnother checks that where one article names a husband by
// his given name beside his wife's full name, her age is not compared
// with his in the others.
func TestNamedAgeOfAnother(t *testing.T) {
	expect(t, check(t, autoFacts,
		"a.txt", "Among the dead was Piet Orlik, 34, a welder from the valley.",
		"b.txt", "The widow, Jana Orlik, 31, whose husband Piet, 34, died below, wept."))
}
