package rules_test

import (
	"slices"
	"testing"
)

// TestAgeAfterCopula checks fact.mismatch on an age given by "is" after
// a name in apposition ("The coach, Ilse Dekova, is 47 and …"): it is
// the person's age, compared with another outlet's "Ilse Dekova, 44,";
// the same age agrees.
func TestAgeAfterCopula(t *testing.T) {
	for _, tc := range []struct {
		name, first string
		want        []string
	}{
		{"another age", "The coach, Ilse Dekova, is 47 and has led the club through three promotions.\n", []string{
			"a.txt:1:28: fact.mismatch: age of Dekova: Dekova, 47 here; Dekova, 44 in b.txt:1",
			"b.txt:1:14: fact.mismatch: age of Dekova: Dekova, 44 here; Dekova, 47 in a.txt:1",
		}},
		{"the same age", "The coach, Ilse Dekova, is 44 and has led the club through three promotions.\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch",
				"a.txt", tc.first,
				"b.txt", "Ilse Dekova, 44, the club's coach, said the squad would recover.\n",
			)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
