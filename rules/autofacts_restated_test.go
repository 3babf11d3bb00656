package rules_test

import "testing"

// TestRestatedHeadline checks that an article whose headline keeps the
// figure the other outlets give, over a body that gives another, is
// reported at the body's figure, and only where the others clearly side
// with the headline.
func TestRestatedHeadline(t *testing.T) {
	headline := "Gale leaves 480 homes under water\nThe gale flooded 840 homes along the coast on Sunday night, the council said.\n"
	same := "The gale flooded 480 homes along the coast on Sunday night.\n"
	also := "Some 480 homes were flooded along the coast, the council said.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the headline keeps the others' figure",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", also},
			want: []string{
				"a.txt:2:18: fact.mismatch: homes: 840 homes here; 480 homes at line 1 of this article, 480 homes in b.txt:1, Some 480 homes in c.txt:1",
			},
		},
		{
			name:     "one other article is not enough",
			articles: []string{"a.txt", headline, "b.txt", same},
		},
		{
			name:     "another article gives the body's figure",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", also, "d.txt", "The gale flooded 840 homes along the coast.\n"},
			// a.txt is left alone; d.txt, which does not state 480, is
			// the odd one out.
			want: []string{"d.txt:1:18: fact.mismatch: homes: 840 homes here; 480 homes in b.txt:1, Some 480 homes in c.txt:1"},
		},
		{
			name:     "a figure of both sides sides with neither",
			articles: []string{"a.txt", "Gale leaves 480 homes under water\nThe gale flooded 450 homes along the coast on Sunday night, the council said.\n", "b.txt", same, "c.txt", "More than 400 homes were flooded along the coast, the council said.\n"},
		},
		{
			// The others' claims are worded like the headline's net
			// profit, not like the body's operating profit: another
			// fact of the key, which only this outlet gives.
			name: "another fact of the key under the headline",
			articles: []string{
				"a.txt", "Net profit rises to $287 million\nOperating profit increased to $412 million.\n",
				"b.txt", "Net profit was $287 million.\n",
				"c.txt", "Its net profit was $287 million.\n",
			},
		},
		{
			// The first line with a figure is the body's own: no
			// headline restates it.
			name:     "the figure is not in a headline",
			articles: []string{"a.txt", "The gale flooded 840 homes along the coast on Sunday night.\n", "b.txt", same, "c.txt", also},
			want: []string{
				"a.txt:1:18: fact.mismatch: homes: 840 homes here; 480 homes in b.txt:1, Some 480 homes in c.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestGraveAndAliveRoles checks two contrast groups of the default pack
// on counts that name no noun: "brought out alive" is a rescue, so the
// bare counts of two outlets are one toll, and a grave state ("in a
// critical condition", "in intensive care") is a part of the injured of
// its own, compared with the same part elsewhere and not with the
// injured.
func TestGraveAndAliveRoles(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a count brought out alive",
			articles: []string{
				"a.txt", "Fourteen were brought out alive from the flooded cellar on Tuesday.\n",
				"b.txt", "Eleven were brought out alive from the cellar, firefighters said.\n",
			},
			want: []string{
				"a.txt:1:1: fact.mismatch: alive: Fourteen here; Eleven in b.txt:1",
				"b.txt:1:1: fact.mismatch: alive: Eleven here; Fourteen in a.txt:1",
			},
		},
		{
			name: "a grave state is not the injured",
			articles: []string{
				"a.txt", "Sixteen people were injured, three of them in a critical condition.\n",
				"b.txt", "Sixteen people were hurt in the blast and three were critical.\n",
				"c.txt", "Sixteen were injured; four of them are in intensive care.\n",
			},
			want: []string{
				"c.txt:1:23: fact.mismatch: injured: four here; three in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
