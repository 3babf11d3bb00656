package rules

import "testing"

// TestPersonOwnerClaims lists the owners of counts that an article
// gives more than once (personOwners): a name opening the sentence or
// in the possessive before the figure owns it; a capitalised common
// noun, a name in capitals and a count its article gives once get no
// owner of this kind.
func TestPersonOwnerClaims(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	show := func(c *claim) string { return c.Shown + " | " + c.Key + " | " + c.Owner }
	expectClaims(t, set, rule, "Ilves needed 31 stitches. Surgeons closed Marr's wounds with 9 stitches.", show,
		[]string{"31 stitches | count:stitche | ilves", "9 stitches | count:stitche | marr", "9 stitches | role:injured | "})
	expectClaims(t, set, rule, "Doctors needed 31 stitches. Nurses needed 9 stitches.", show,
		[]string{"31 stitches | count:stitche | ", "9 stitches | count:stitche | "})
	expectClaims(t, set, rule, "ILVES needed 31 stitches. Marr said 9 stitches were used.", show,
		[]string{"31 stitches | count:stitche | ", "9 stitches | count:stitche | "})
	expectClaims(t, set, rule, "Ilves needed 31 stitches on Sunday.", show,
		[]string{"31 stitches | count:stitche | "})
}
