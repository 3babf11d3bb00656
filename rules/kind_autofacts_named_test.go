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

// TestYearAsideOfCount checks that a year in another clause of a
// count's sentence ("set up in 1902 and still buys grain from 301
// mills") does not keep the count from the others' count of the noun,
// where each article counts the noun once; and that it still does where
// an article counts the noun twice, a past count and a present one.
func TestYearAsideOfCount(t *testing.T) {
	config := autoFacts + `generic_counts = ["people", "times"]
`
	b := "The co-operative, which employs 90 people, buys grain from 310 mills."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "a year in another clause",
			a:    "The co-operative was set up in 1902 and still buys grain from 301 mills.",
			want: []string{
				"a.txt:1:63: fact.mismatch: mills: 301 mills here; 310 mills in b.txt:1",
				"b.txt:1:60: fact.mismatch: mills: 310 mills here; 301 mills in a.txt:1",
			},
		},
		{name: "the same count", a: "The co-operative was set up in 1902 and still buys grain from 310 mills."},
		{
			name: "a past count beside the present one",
			a:    "In 1902 the co-operative bought grain from 301 mills. It buys from 310 mills now.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, config, "a.txt", tc.a, "b.txt", b), tc.want...)
		})
	}
}
