package rules_test

import "testing"

// TestFigureAgainstABracketedConversion checks that a claim whose figure
// its article restates in brackets in another unit ("6,450 metres
// (21,161 feet)") is set against another outlet's figure in that unit as
// the conversion writes it, not only as the first figure rounds: the
// 21,116 feet of a slip lie within what 6,450 metres rounds to, but not
// within 21,161 feet. A figure the other outlet rounds itself, or gives
// as the conversion does, still agrees.
func TestFigureAgainstABracketedConversion(t *testing.T) {
	a := "The team reached the upper camp at 6,450 metres (21,161 feet) on Monday night."
	for _, tc := range []struct {
		name, b string
		want    []string
	}{
		{
			name: "a slip of the converted figure",
			b:    "The team reached the upper camp at 21,116ft on Monday night.",
			want: []string{
				"a.txt:1:36: fact.mismatch: length: 6,450 metres (21,161 feet) here; 21,116ft in b.txt:1",
				"b.txt:1:36: fact.mismatch: length: 21,116ft here; 6,450 metres (21,161 feet) in a.txt:1",
			},
		},
		{name: "the converted figure", b: "The team reached the upper camp at 21,161ft on Monday night."},
		{name: "the converted figure rounded", b: "The team reached the upper camp at 21,200ft on Monday night."},
		{name: "the first figure", b: "The team reached the upper camp at 6,450m on Monday night."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", a, "b.txt", tc.b), tc.want...)
		})
	}
	// A hedged figure in the converted unit, within what a round first
	// figure allows but not within its conversion.
	expect(t, check(t, autoFacts, "a.txt", "Hail flattened vines on 2,600 hectares (6,425 acres) of the valley.", "b.txt", "Hail flattened vines on around 6,820 acres of the valley."),
		"a.txt:1:25: fact.mismatch: area: 2,600 hectares (6,425 acres) here; around 6,820 acres in b.txt:1",
		"b.txt:1:25: fact.mismatch: area: around 6,820 acres here; 2,600 hectares (6,425 acres) in a.txt:1")
	expect(t, check(t, autoFacts, "a.txt", "Hail flattened vines on 2,600 hectares (6,425 acres) of the valley.", "b.txt", "Hail flattened vines on around 6,400 acres of the valley."))
}
