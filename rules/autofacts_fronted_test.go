package rules

import (
	"strings"
	"testing"
)

// TestAutoFactsPartNoSize checks the parts of a whole whose noun the
// part leaves out: a part of a whole of no stated size ("about 659 of
// the tenants") and a whole that opens the sentence ("Of the 1,457
// tenants, about 659 ...", "Of the estate's tenants, 659 ...") count
// the whole's noun as a part, compared with other outlets' parts of it;
// a whole without a noun ("Of the 1,457, 659 ...", "of them") or a clause
// not opened by "of" is no part of any noun. Two articles give the
// first text, a third the second.
func TestAutoFactsPartNoSize(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"no size against the whole first: kept", "About 659 of the tenants at Quenby Court are pensioners, the landlord said.", "Of the 1,457 tenants at Quenby Court, about 1,037 are pensioners, the landlord said.", true},
		{"no size against the whole first: same figure, silent", "About 659 of the tenants at Quenby Court are pensioners, the landlord said.", "Of the 1,457 tenants at Quenby Court, about 659 are pensioners, the landlord said.", false},
		{"whole first without its size: kept", "Of the estate's tenants, 659 are pensioners, the landlord said.", "Some 1,037 of the tenants at Quenby Court are pensioners, the landlord said.", true},
		{"a whole without a noun: silent", "About 659 of the tenants at Quenby Court are pensioners, the landlord said.", "Of the 1,457, about 1,037 are pensioners, the landlord said.", false},
		{"a pronoun: silent", "About 659 of the tenants at Quenby Court are pensioners, the landlord said.", "About 1,037 of them are pensioners, the landlord said.", false},
		{"another noun: silent", "About 659 of the tenants at Quenby Court are pensioners, the landlord said.", "Of the 1,457 flats at Quenby Court, about 1,037 are let to pensioners, the landlord said.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
	show := func(c *claim) string { return c.Shown + " | " + c.Key }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Of the 1,457 tenants, 659 are pensioners.", []string{"1,457 tenants | count:tenant", "659 | count:tenant|part"}},
		{"Of the landlord's tenants, 659 are pensioners.", []string{"659 | count:tenant|part"}},
		{"Some 659 of the tenants are pensioners.", []string{"Some 659 of the tenants | count:tenant|part", "Some 659 of the tenants | count:tenant"}}, // and a bound of the bare count (partAgain)
		{"Of the 1,457, 659 are pensioners.", nil},
		{"After the fire, 659 are pensioners.", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expectClaims(t, set, rule, tc.text, show, tc.want)
		})
	}
}
