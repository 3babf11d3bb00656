package rules_test

import "testing"

// TestDateFactsEarlierWeak checks the second reading of earlier years: a
// year alone in its sentence that two other outlets give otherwise, each
// in a sentence that dates something else too (read alone, such a year
// only supports), is reported when the sentences share two points with
// its own, one of them three; one such outlet is not enough. The copy is
// invented.
func TestDateFactsEarlierWeak(t *testing.T) {
	lead := "date 2024-06-20 The Halver Bank raised its base rate to 5.25 per cent on Thursday.\n\n"
	b := lead + "Its base rate was last raised in May 2016, to 4.5 per cent, having stood at 3 per cent since 2009."
	c := lead + "The Halver Bank last raised its base rate in May 2016, to 4.5 per cent, and had held it since 2011."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the years agree",
			articles: []string{"a.txt", lead + "The bank last raised its base rate in May 2016, to 4.5 per cent.", "b.txt", b, "c.txt", c},
		},
		{
			name:     "one outlet moves the year against two sentences of two dates",
			articles: []string{"a.txt", lead + "The bank last raised its base rate in May 2017, to 4.5 per cent.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:3:39: fact.date: year of the earlier event: in May 2017 here; in May 2016 in b.txt:3, in May 2016 in c.txt:3"},
		},
		{
			name:     "against one such sentence alone: no finding",
			articles: []string{"a.txt", lead + "The bank last raised its base rate in May 2017, to 4.5 per cent.", "b.txt", b},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}

// TestDateFactsEarlierParts checks the earlier years of a sentence that
// dates several things: each is read with its own part of the sentence
// (from the last comma, "and" or "but" after the date before it to the
// first before the date after it, a clause of "when" after it kept), and
// an outlet whose only year of the event names another occurrence of it
// ("her first flight") sides with the year an opponent of the claim's
// own reading gives. The copy is invented.
func TestDateFactsEarlierParts(t *testing.T) {
	lead := "date 2031-06-20 A glider pilot of 58 has flown across the Orrin range alone.\n\n"
	moved := lead + "She gave up a flight over the Orrin range in a gale in 2027."
	first := lead + "She had given up her first flight over the Orrin range 40 miles short, in 2028."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a year last of three is read with its own part",
			articles: []string{"a.txt", moved,
				"b.txt", lead + "Her path was long: the Pell gap in 2019, the Kestrel ridge in 2024, and a flight over the Orrin range given up in a gale in 2028, when ice formed on her wings.",
				"c.txt", lead + "The Orrin range beat her in 2028, when a gale made her give up the flight over it; she had flown the Pell gap in 2019."},
			want: []string{"a.txt:3:56: fact.date: year of the earlier event: in 2027 here; in 2028 in b.txt:3, in 2028 in c.txt:3"},
		},
		{
			name: "an outlet of the first flight sides with the year of a flight",
			articles: []string{"a.txt", moved,
				"b.txt", lead + "She gave up a flight over the Orrin range in a gale in 2028, four years after she flew the Kestrel ridge in 2024.",
				"c.txt", first},
			want: []string{"a.txt:3:56: fact.date: year of the earlier event: in 2027 here; in 2028 in b.txt:3, in 2028 in c.txt:3"},
		},
		{
			name: "the outlet of the first flight alone: no finding",
			articles: []string{"a.txt", moved,
				"b.txt", lead + "She flew the Kestrel ridge in 2024 and came back to the range in 2029.",
				"c.txt", first},
		},
		{
			name: "the clause of when after a year of a list is the year's",
			articles: []string{"a.txt", lead + "Ice formed on her wings and she gave up a flight over the range in 2027.",
				"b.txt", lead + "Her path was long: the Pell gap in 2019, the Kestrel ridge in 2024, and the Orrin range in 2028, when ice formed on her wings and she gave up the flight.",
				"c.txt", lead + "The Orrin range beat her in 2028, when ice formed on her wings and she gave up the flight; she had flown the Pell gap in 2019."},
			want: []string{"a.txt:3:68: fact.date: year of the earlier event: in 2027 here; in 2028 in b.txt:3, in 2028 in c.txt:3"},
		},
		{
			name: "the clause of when stays with its year",
			articles: []string{"a.txt", lead + "Guides said traffic on the mountain had doubled since a guide slipped from the ridge there, in March 2025.",
				"b.txt", lead + "A guide slipped from the ridge in March 2026, when the snow was soft, two years after a rockslide in 2024.",
				"c.txt", lead + "It was in March 2026, when a guide slipped from the ridge, that the mountain saw its first death since 1987."},
			want: []string{"a.txt:3:96: fact.date: year of the earlier event: in March 2025 here; in March 2026 in b.txt:3, in March 2026 in c.txt:3"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
