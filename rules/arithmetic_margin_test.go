package rules_test

import "testing"

// TestArithmeticMargin checks a margin stated between two totals of its
// sentence, with the default pack's margin_words: "won with W, M ahead
// of NAME on Y" holds where M is the distance between W and Y, each
// figure with the rounding it was written with. Invented copy.
func TestArithmeticMargin(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return checkDefaultRule(t, "fact.arithmetic", "a.txt", text)
	}, []conversionCase{
		{"Ysolde Krane won the final with 418.5 points, 9.8 points ahead of Orlen's Mira Quisk on 408.7.", ""},
		{"Ysolde Krane won the final with 418.5 points, 9.8 points ahead of Orlen's Mira Quisk on 426.7.", "fact.arithmetic: 418.5 and 426.7 are 8.2 apart, not 9.8"},
		{"Ysolde Krane won the final with 418.5 points, 9.8 points ahead of Orlen's Mira Quisk on 413.2.", "fact.arithmetic: 418.5 and 413.2 are 5.3 apart, not 9.8"},
		// A bare margin, and the other side's total with its noun.
		{"Krane won with 418.5 points, 9.8 ahead of Quisk on 408.7 points.", ""},
		{"Krane won with 418.5 points, 8.9 ahead of Quisk on 408.7 points.", "fact.arithmetic: 418.5 and 408.7 are 9.8 apart, not 8.9"},
		// Other figures between the total and the margin, and a lead
		// in votes, and one behind.
		{"Dorn took the seat with 12,340 votes after a recount of 310 ballots, 1,020 votes clear of Vell on 11,320.", ""},
		{"Dorn took the seat with 12,340 votes after a recount of 310 ballots, 1,200 votes clear of Vell on 11,320.", "fact.arithmetic: 12,340 and 11,320 are 1,020 apart, not 1,200"},
		{"Quisk finished on 408.7 points, 9.8 behind Krane on 418.5. Orlen was third.", ""},
		{"Quisk finished on 408.7 points, 7.8 behind Krane on 418.5.", "fact.arithmetic: 408.7 and 418.5 are 9.8 apart, not 7.8"},
		// The figures' rounding: "about 10" allows 9.8.
		{"Krane won with 418.5 points, about 10 points ahead of Quisk on 408.7.", ""},
		// Left alone: a margin over something unquantified, a total
		// not opened by "with" or "on", another noun, a lower-case
		// other side.
		{"Krane won with 418.5 points, 9.8 points ahead of the field.", ""},
		{"Krane scored 418.5 points, 7.8 points ahead of Quisk on 408.7.", ""},
		{"Krane won with 418.5 points, 7.8 seconds ahead of Quisk on 408.7.", ""},
		{"Krane won with 418.5 points, 7.8 points ahead of her average of 408.7.", ""},
		{"Krane won with 418.5 points, 7.8 points ahead of Quisk on 408.7 after two rounds.", ""},
	})
}
