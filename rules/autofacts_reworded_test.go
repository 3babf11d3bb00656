package rules_test

import "testing"

// TestTreatmentIsTheInjured checks that a bare figure that "needed
// treatment" counts the injured, as "treated 27 people" does: the verb's
// noun is a word of the injured's contrast group, so the two counts are
// compared; the same figure is silent.
func TestTreatmentIsTheInjured(t *testing.T) {
	verb := "Paramedics treated 27 people at the scene, mostly for smoke, the fire service said.\n"
	for _, tc := range []struct {
		name, noun string
		want       []string
	}{
		{"another figure: reported",
			"Smoke poured over the depot yard and 72 needed treatment from paramedics at the scene.\n",
			[]string{"c.txt:1:38: fact.mismatch:"}},
		{"the same figure: silent",
			"Smoke poured over the depot yard and 27 needed treatment from paramedics at the scene.\n",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", verb, "b.txt", verb, "c.txt", tc.noun)
			expect(t, got, tc.want...)
		})
	}
}
