package rules_test

import "testing"

// TestRestatedMeasureOf checks that what a measure restated in other
// units measures is read after the restatement: "4.2 million litres (1.1
// million gallons) of floodwater" is a volume of floodwater, as "2.4
// million litres of floodwater" is, and the two are compared.
func TestRestatedMeasureOf(t *testing.T) {
	other := "Crews pumped 4.2 million litres of floodwater from the quarry."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "restated in brackets",
			text: "Crews pumped 2.4 million litres (630,000 gallons) of floodwater from the quarry.",
			want: []string{
				"a.txt:1:14: fact.mismatch: volume: 2.4 million litres (630,000 gallons) here; 4.2 million litres in b.txt:1",
				"b.txt:1:14: fact.mismatch: volume: 4.2 million litres here; 2.4 million litres (630,000 gallons) in a.txt:1",
			},
		},
		{name: "the same figure restated", text: "Crews pumped 4.2 million litres (1.1 million gallons) of floodwater from the quarry."},
		{name: "something else restated", text: "Crews pumped 2.4 million litres (630,000 gallons) of diesel into the tanks."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.text, "b.txt", other), tc.want...)
		})
	}
}
