package rules

import (
	"strings"
	"testing"
)

// TestCompoundCount checks that a count written as a compound modifier
// ("the 27-wagon freight train") is compared with the same count written
// plainly ("27 wagons"). Two articles give the first text, a third the
// second.
func TestCompoundCount(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	for _, tc := range []struct {
		name, first, third string
		want               bool
	}{
		{"compound against plain: kept",
			"The freight train of 27 wagons left the rails near Oxley Junction on Sunday night.",
			"The 29-wagon freight train left the rails near Oxley Junction on Sunday night.", true},
		{"compound against plain, same figure: silent",
			"The freight train of 27 wagons left the rails near Oxley Junction on Sunday night.",
			"The 27-wagon freight train left the rails near Oxley Junction on Sunday night.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			texts := []string{tc.first, tc.first, tc.third}
			got := storyFindings(t, set, rule, texts, nil)
			if reported := len(got) > 0; reported != tc.want {
				t.Errorf("reported = %v, want %v; findings:\n  %s", reported, tc.want, strings.Join(got, "\n  "))
			}
		})
	}
}

// TestCompoundCountClaims lists the claims of compounds: the joined word
// is the counted noun, unless it is a word of compound_not_counted ("a
// 31-strong crew", "40-odd years").
func TestCompoundCountClaims(t *testing.T) {
	set, rule := defaultAutoFacts(t)
	show := func(c *claim) string { return c.Shown + " | " + c.Key }
	expectClaims(t, set, rule, "The 29-wagon freight train passed a 14-storey block.", show,
		[]string{"29-wagon | count:wagon", "14-storey | count:floor"})
	expectClaims(t, set, rule, "A 31-strong crew and 40-odd volunteers came.", show, nil)
}
