package rules_test

import "testing"

// TestMeasureRestatedInAnotherUnit checks that an article that gives one
// measure in two units, far apart and in other words, is reported where
// one of them slips and the other outlets side with the other, in the
// slipped figure's unit; and that two close measures of two things (an
// old mark and a new one), which the outlets state each in its own
// figure, are left alone, as is a slip that only one outlet sides
// against.
func TestMeasureRestatedInAnotherUnit(t *testing.T) {
	a := `Crew chief Orrin Vask watched the screen. "When it said 4,215 metres, we cheered," he said. The dive, which reached 13,882 feet, beat the old mark.`
	b := "The probe touched the seabed at 13,829ft on Monday."
	c := "The probe reached a depth of 4,215 metres (13,829 feet) on Monday."
	expect(t, check(t, autoFacts, "a.txt", a, "b.txt", b, "c.txt", c),
		"a.txt:1:117: fact.mismatch: length: 13,882 feet here; 4,215 metres at line 1 of this article, 13,829ft in b.txt:1, 4,215 metres (13,829 feet) in c.txt:1")
	// One outlet alone does not side.
	expect(t, check(t, autoFacts, "a.txt", a, "c.txt", c))
	// The right figure in its unit.
	expect(t, check(t, autoFacts, "a.txt", `Crew chief Orrin Vask watched the screen. "When it said 4,215 metres, we cheered," he said. The dive, which reached 13,829 feet, beat the old mark.`, "b.txt", b, "c.txt", c))
	// An old mark and a new one, 16 metres apart, each stated by the
	// outlets as the article gives it.
	expect(t, check(t, autoFacts,
		"a.txt", "The old record of 4,215 metres had stood since the first dive. On Monday the probe reached 13,882 feet.",
		"b.txt", "The probe touched the seabed at 13,882ft on Monday, beating the old record.",
		"c.txt", "The probe reached 4,231 metres (13,882 feet) on Monday, beating the record of 4,215 metres (13,829 feet)."))
}
