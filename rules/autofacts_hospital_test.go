package rules_test

import "testing"

// TestHospitalCounts checks the count of people taken to hospital, a
// place role (place_roles): "three were taken to hospital" is a figure
// of its own, told apart from the injured it is a part of, and the
// hospital gives way to any other contrast word near the figure ("in a
// critical condition"). "Hospital" states the place only after a
// place preposition ("taken to the town's hospital"), not as the
// modifier of a noun ("a hospital spokesman"), and a clause opened by
// "and that" does not take the contrast word of the clause before.
func TestHospitalCounts(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a bare count taken to hospital",
			articles: []string{
				"a.txt", "Nineteen people were hurt when the pier collapsed, and eight were taken to hospital.\n",
				"b.txt", "Nineteen people were hurt when the pier collapsed, and eight were taken to hospital.\n",
				"c.txt", "Nineteen people were hurt when the pier collapsed, and six were taken to hospital.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "the same count worded as rushed to hospital and admitted to hospital",
			articles: []string{
				"a.txt", "Nineteen people were hurt when the pier collapsed. Eight were rushed to hospital.\n",
				"b.txt", "Medics said eight people had been admitted to hospital after the pier collapsed.\n",
				"c.txt", "Nineteen people were hurt when the pier collapsed. Six were rushed to hospital.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "taken to hospital is no injured toll",
			articles: []string{
				"a.txt", "Nineteen people were hurt when the pier collapsed, and eight were taken to hospital.\n",
				"b.txt", "Nineteen people were hurt when the pier collapsed; eight were taken to hospital.\n",
				"c.txt", "Nineteen people were hurt when the pier collapsed, and eight were taken to hospital.\n",
			},
		},
		{
			name: "a second reported clause keeps its own role",
			articles: []string{
				"a.txt", "Forty people were taken to hospital, the coastguard said.\n",
				"b.txt", "Forty people were taken to hospital, the coastguard said.\n",
				"c.txt", "The coastguard said 300 people had been evacuated and that 45 had been taken to hospital.\n",
			},
			want: []string{"c.txt:1:60:"}, // the 45, not the 300 evacuated
		},
		{
			name: "the hospital gives way to a grave state",
			articles: []string{
				"a.txt", "Of the 40 people taken to Tarnby General Hospital, five were in a critical condition.\n",
				"b.txt", "Five of the injured were critical, doctors at the county hospital said.\n",
				"c.txt", "Of the 40 people taken to Tarnby General Hospital, seven were in a critical condition.\n",
			},
			want: []string{"c.txt:1:"},
		},
		{
			name: "discharged from hospital states no place",
			articles: []string{
				"a.txt", "Eight were taken to hospital after the pier collapsed.\n",
				"b.txt", "Eight were taken to hospital after the pier collapsed.\n",
				"c.txt", "By the evening six had been discharged from hospital, after the pier collapsed.\n",
			},
		},
		{
			name: "a hospital spokesman states no place",
			articles: []string{
				"a.txt", "Eight were taken to hospital after the pier collapsed.\n",
				"b.txt", "Eight were taken to hospital after the pier collapsed.\n",
				"c.txt", "A hospital spokesman said six had gone home after the pier collapsed.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
