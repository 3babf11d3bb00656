package rules_test

import "testing"

// TestTreatmentIsTheInjured checks that a bare figure that "needed
// treatment" counts the injured, as "treated 27 people" does: the verb's
// noun is a word of the injured's contrast group, so the two counts are
// compared; the same figure is silent.
func TestTreatmentIsTheInjured(t *testing.T) {
	verb := "Paramedics treated 27 people at the scene, mostly for smoke, a brigade spokesman added.\n"
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

// TestDurationWithItsVerb checks that a verb's past right after a
// duration ("nine hours trapped") is read as what happened for that
// long, not as a noun the duration measures: such a duration is compared
// with another outlet's "trapped for 19 hours" as two durations each the
// only one of its article, and the words of one verb class ("stranded",
// "stuck", "trapped") are one context word.
func TestDurationWithItsVerb(t *testing.T) {
	for _, tc := range []struct {
		name, first, third string
		want               []string
	}{
		{"a participle after the duration: reported",
			"The climbers were trapped on the ledge for 19 hours.\n",
			"Nine hours trapped, then the rope held.\n",
			[]string{"c.txt:1:1: fact.mismatch:"}},
		{"a participle after the duration, the same figure: silent",
			"The climbers were trapped on the ledge for 19 hours.\n",
			"Nineteen hours trapped, then the rope held.\n",
			nil},
		{"a noun after the duration: silent",
			"The climbers were trapped on the ledge for 19 hours.\n",
			"Nine hours walking, then the rope held.\n",
			nil},
		{"stuck and stranded: reported",
			"Hikers were stranded for 17 days.\n",
			"The walkers, stuck for 71 days, lived on berries.\n",
			[]string{"c.txt:1:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.first, "b.txt", tc.first, "c.txt", tc.third)
			expect(t, got, tc.want...)
		})
	}
}

// TestCountPerPeriod checks that a count per unit of time ("2,000
// visitors a day") is keyed apart from a count of the noun, so that it
// is no rival of the article's one count of the day: that count is then
// compared with another outlet's, each its article's only count of the
// noun. A time before an event ("a year ago") is no period.
func TestCountPerPeriod(t *testing.T) {
	for _, tc := range []struct {
		name, first, third string
		want               []string
	}{
		{"a rate beside the count: the count reported",
			"The gallery reopened on Sunday, and 6,210 visitors queued along the quay to get in. Its owners hope for 2,000 visitors a day until autumn.\n",
			"By closing time 6,120 visitors had seen the new wing.\n",
			[]string{"c.txt:1:17: fact.mismatch:"}},
		{"the same count: silent",
			"The gallery reopened on Sunday, and 6,210 visitors queued along the quay to get in. Its owners hope for 2,000 visitors a day until autumn.\n",
			"By closing time 6,210 visitors had seen the new wing.\n",
			nil},
		{"a year ago is no period: silent",
			"The gallery reopened on Sunday, and 6,210 visitors queued along the quay to get in. It had 2,000 visitors a year ago.\n",
			"By closing time 6,120 visitors had seen the new wing.\n",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.first, "b.txt", tc.first, "c.txt", tc.third)
			expect(t, got, tc.want...)
		})
	}
}

// TestPronounAgeStatesNoCount checks that the age a clause of time gives
// a person by a pronoun ("since she was eight") is no statement of a
// count: another article's part changed to that number is still
// compared with the part the first article gives, where a bare number
// said of no person ("when the field was eight") still states it.
func TestPronounAgeStatesNoCount(t *testing.T) {
	part := "Conditions were so harsh that eight of the 52 riders who began had to quit.\n"
	for _, tc := range []struct {
		name, first string
		want        []string
	}{
		{"an age by a pronoun: reported",
			"Of the 52 riders who started, nine withdrew before the coast. Moreno has ridden since she was eight.\n",
			[]string{"c.txt:1:31: fact.mismatch:"}},
		{"a number said of no person: silent",
			"Of the 52 riders who started, nine withdrew before the coast. The lead group shrank until the bunch was eight.\n",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.first, "b.txt", tc.first, "c.txt", part)
			expect(t, got, tc.want...)
		})
	}
}

// TestPartOfAModifiedWhole checks that a part of a whole whose noun has
// a noun before it ("38 of her travel receipts") counts the whole's noun,
// as "38 of her receipts" does, and so is compared with another outlet's
// part; "38 of them failed the check" names no whole.
func TestPartOfAModifiedWhole(t *testing.T) {
	for _, tc := range []struct {
		name, first, third string
		want               []string
	}{
		{"a modified whole: reported",
			"Inspectors said 38 of her travel receipts failed the check.\n",
			"The review showed 83 of her receipts failed the check.\n",
			[]string{"c.txt:1:19: fact.mismatch:"}},
		{"a modified whole, the same figure: silent",
			"Inspectors said 38 of her travel receipts failed the check.\n",
			"The review showed 38 of her receipts failed the check.\n",
			nil},
		// "them" after a sentence of two counts stands for neither
		// (pronounWhole); after one of one count it is that count's noun
		// (TestPartOfThem).
		{"a pronoun, then a verb: no whole, silent",
			"She filed 140 receipts for 12 trips. Inspectors said 38 of them failed the check.\n",
			"The review showed 83 of her receipts failed the check.\n",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.first, "b.txt", tc.first, "c.txt", tc.third)
			expect(t, got, tc.want...)
		})
	}
}

// TestRepetitions checks that a bare count of "times" that ends its
// clause or goes on with when it happened ("circled the moon four
// times", "capsized three times before dawn") is a count of
// repetitions, compared with another outlet's, while "three times
// higher", "five times the size" and "three times a day" are no count.
func TestRepetitions(t *testing.T) {
	for _, tc := range []struct {
		name, first, third string
		want               []string
	}{
		{"a count of times: reported",
			"The probe went round the moon four times before it landed.\n",
			"The probe went round the moon five times.\n",
			[]string{"c.txt:1:"}},
		{"the same count: silent",
			"The probe went round the moon four times before it landed.\n",
			"The probe went round the moon four times.\n",
			nil},
		{"a multiplier: silent",
			"The probe went round the moon four times faster than the last one.\n",
			"The probe went round the moon five times faster than the last one.\n",
			nil},
		{"a rate: silent",
			"The probe went round the moon four times a day.\n",
			"The probe went round the moon five times a day.\n",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", tc.first, "b.txt", tc.first, "c.txt", tc.third)
			expect(t, got, tc.want...)
		})
	}
}
