package rules_test

import (
	"strings"
	"testing"
)

// TestWrittenUnitsMismatch runs the default pack over two articles of one
// story that give a figure in forms the unit table reads since basis
// points, shared currency words and "a quarter of a" were added: a
// changed figure is found, the same one written another way is silent,
// and figures of different dimensions (a local sum and its dollar
// equivalent, percentages and percentage points) are never compared.
func TestWrittenUnitsMismatch(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want int
	}{
		{"basis points against a fraction of a point, same",
			"The central bank cut its lending rate by 50 basis points on Monday.",
			"The central bank cut its lending rate by half a percentage point on Monday.", 0},
		{"basis points against a fraction of a point, changed",
			"The central bank cut its lending rate by 50 basis points on Monday.",
			"The central bank cut its lending rate by a quarter of a percentage point on Monday.", 2},
		{"basis points against decimal points, same",
			"The central bank cut its lending rate by 75 basis points on Monday.",
			"The central bank cut its lending rate by 0.75 percentage points on Monday.", 0},
		{"percent is not percentage points",
			"The central bank cut its lending rate by 50 basis points on Monday.",
			"The central bank cut its lending rate by 0.5 percent on Monday.", 0},
		{"shared currency word, changed",
			"The town fined the owner 820 kroner for the damage.",
			"The town fined the owner 280 kroner for the damage.", 2},
		{"shared currency word, same",
			"The town fined the owner 820 kroner for the damage.",
			"The town fined the owner 820 kroner for the damage.", 0},
		{"local sum and its dollar equivalent",
			"The town fined the owner 820 zlotys for the damage.",
			"The town fined the owner $210 for the damage.", 0},
		{"shared word and a code are kept apart",
			"The town fined the owner 820 kroner for the damage.",
			"The town fined the owner SEK 900 for the damage.", 0},
		// "megawatts of power" names the dimension twice: the phrase is
		// the unit, not a complement that keys it apart.
		{"megawatts of power against MW, changed",
			"The fault at the substation took 1,800MW off the grid within minutes.",
			"The fault at the substation took 1,300 megawatts of power off the grid within minutes.", 2},
		{"megawatts of electricity against MW, same",
			"The fault at the substation took 1,800MW off the grid within minutes.",
			"The fault at the substation took 1,800 megawatts of electricity off the grid within minutes.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", tc.b)
			if len(got) != tc.want {
				t.Errorf("%d findings, want %d:\n  %s", len(got), tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestBasisPointConversion checks a conversion in brackets between
// percentage points and basis points.
func TestBasisPointConversion(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"The bank cut its rate by 0.25 percentage points (25 basis points).", 0},
		{"The bank cut its rate by half a percentage point (50 basis points).", 0},
		{"The bank cut its rate by 0.25 percentage points (35 basis points).", 1},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.conversion", "a.txt", tc.text)
			if len(got) != tc.want {
				t.Errorf("%d findings, want %d:\n  %s", len(got), tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestValueSynonyms checks the default pack's synonyms "worth", "valued"
// and "value": a sum each article gives once is one fact when one outlet
// says what it is worth and another what it is valued at.
func TestValueSynonyms(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want int
	}{
		{"worth against valued at, changed",
			"Thieves took jewellery worth an estimated €40 million.",
			"The pieces, valued at €46 million, went overnight.", 2},
		{"worth against the value, changed",
			"Thieves took jewellery worth an estimated €40 million.",
			"Insurers put the value of the pieces at €46 million.", 2},
		{"worth against valued at, same",
			"Thieves took jewellery worth an estimated €40 million.",
			"The pieces, valued at €40 million, went overnight.", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.a, "b.txt", tc.b)
			if len(got) != tc.want {
				t.Errorf("%d findings, want %d:\n  %s", len(got), tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}
