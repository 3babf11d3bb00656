package rules_test

import (
	"testing"
)

// TestArithmeticIncrement checks a change restated in relative terms
// right after its size, "by D, or P%", against the one other figure of
// D's unit in the sentence, taken as the figure before the change or
// after it. Invented copy.
func TestArithmeticIncrement(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return checkDefaultRule(t, "fact.arithmetic", "a.txt", text)
	}, []conversionCase{
		// X after the change: 31 / (412 - 31) = 8.1%.
		{"A bull weighing 412 kg won the show, bettering the old mark by 31 kg, or about 8%, the judges said.", ""},
		{"A bull weighing 412 kg won the show, bettering the old mark by 31 kg, or about 18%, the judges said.", "fact.arithmetic: 31 kg is 7.5% of 412 kg, or 8.1% of 412 kg less it, not about 18%"},
		// X before the change: 40 / 500 = 8%.
		{"The herd grew from 500 cows by 40 cows, or 8%, over the year.", ""},
		// A share in brackets.
		{"Fares rose to £4.60, up by £0.40 (9.5%), on Monday.", ""},
		{"Fares rose to £4.60, up by £0.40 (19.5%), on Monday.", "fact.arithmetic: £0.40 is 8.7% of £4.60, or 9.52% of £4.60 less it, not 19.5%"},
		// Left alone: no other figure of the unit, two of them, a share
		// of another whole after "of".
		{"The bull bettered the old mark by 31 kg, or about 18%, the judges said.", ""},
		{"A herd of 30 cows grew by 40 cows, or 18%, over the year.", ""},
		{"A bull of 412 kg beat a cow of 380 kg, and the old mark by 31 kg, or about 18%.", ""},
	})
}
