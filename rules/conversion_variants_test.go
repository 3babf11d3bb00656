package rules_test

import (
	"strings"
	"testing"
)

// TestConversionVariants checks that a conversion into a unit whose words
// also name another measure is right if it holds for either: "gallons"
// are imperial in British copy and US gallons in American copy, "tons"
// long or short. A unit spelled as one measure alone ("US gallons") is
// checked against that one only.
func TestConversionVariants(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // a part of the one finding; "" for none
	}{
		// 3.4 billion litres: 898 million US gallons, 748 million imperial.
		{"The reservoir lost 3.4 billion litres (898 million gallons) in June.", ""},
		{"The reservoir lost 3.4 billion litres (748 million gallons) in June.", ""},
		{"The reservoir lost 3.4 billion litres (650 million gallons) in June.", "is about 898"},
		{"The reservoir lost 3.4 billion litres (748 million US gallons) in June.", "is about 898"},
		// The figure converted is taken as written in either gallon:
		// "about" widened 4.4 billion litres to reach 898 million
		// imperial gallons, and the slip passed.
		{"The reservoir lost about 3.4 billion litres (748 million gallons) in June.", ""},
		{"The reservoir lost about 4.4 billion litres (898 million gallons) in June.", "is about 1,162,357,030 gallons"},
		// From gallons: 20 imperial gallons are 91 litres, 20 US gallons 76.
		{"Each drum holds 20 gallons (91 litres) of oil.", ""},
		{"Each drum holds 20 gallons (76 litres) of oil.", ""},
		{"Each drum holds 20 gallons (60 litres) of oil.", "is about 76 litres"},
		// 500 tonnes: 551 short tons, 492 long tons.
		{"The barge carried 500 tonnes (492 tons) of gravel.", ""},
		{"The barge carried 500 tonnes (551 tons) of gravel.", ""},
		{"The barge carried 500 tonnes (492 short tons) of gravel.", "is about 551"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.conversion", "a.txt", tc.text)
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("got %q, want no finding", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want) {
				t.Fatalf("got %q, want one finding containing %q", got, tc.want)
			}
		})
	}
}
