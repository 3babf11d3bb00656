package rules_test

import "testing"

// TestVagueCountSidesWithNeither checks that a claim that agrees with
// two exact figures that disagree ("more than 300 homes" with 314 and
// 341) sides with neither: before, each article's "more than 300" was
// taken to agree with the changed figure, which then outnumbered the one
// exact figure against it and was never reported.
func TestVagueCountSidesWithNeither(t *testing.T) {
	b := "In the flooded hamlets 314 cottages were destroyed, the council said."
	c := "More than 300 cottages were destroyed in the hamlets."
	d := "Over 300 cottages were destroyed, with the largest hamlet almost gone."
	for _, tc := range []struct {
		name, a string
		want    []string
	}{
		{
			name: "two exact figures apart",
			a:    "Across the flooded hamlets, 341 cottages were destroyed.",
			want: []string{
				"a.txt:1:29: fact.mismatch: cottages: 341 cottages here; 314 cottages in b.txt:1",
				"b.txt:1:24: fact.mismatch: cottages: 314 cottages here; 341 cottages in a.txt:1",
			},
		},
		{name: "the same figure", a: "Across the flooded hamlets, 314 cottages were destroyed."},
		{name: "within the vague ones only", a: "Across the flooded hamlets, hundreds of cottages were destroyed."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.a, "b.txt", b, "c.txt", c, "d.txt", d), tc.want...)
		})
	}
}
