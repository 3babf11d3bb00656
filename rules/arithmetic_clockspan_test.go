package rules_test

import "testing"

// TestArithmeticClockSpan checks a duration to the minute against the two
// times of day of its sentence.
func TestArithmeticClockSpan(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return checkDefaultRule(t, "fact.arithmetic", "a.txt", text)
	}, []conversionCase{
		{"The ferry left Orrin at 6.05am and docked at Tarrow at 9.50am, after a crossing of 3 hours 45 minutes.", ""},
		{"The ferry left Orrin at 6.05am and docked at Tarrow at 9.59am, after a crossing of 3 hours 45 minutes.", "fact.arithmetic: 3 hours 45 minutes is not the time from 6.05am to 9.59am, 3 hours 54 minutes"},
		{"The climbers set off at 11.20pm and reached the summit at 1.40pm, a climb of 14 hours 20 minutes.", ""},
		{"The climbers set off at 11.20am and reached the summit at 1.40pm, a climb of 142 minutes.", "fact.arithmetic: 142 minutes is not the time from 11.20am to 1.40pm, 2 hours 20 minutes"},
		// Left alone: a rounded duration, a whole number of hours, a
		// third time, a duration before the first time, a crossing of
		// midnight.
		{"The ferry left Orrin at 6.05am and docked at Tarrow at 9.59am, after a crossing of nearly four hours.", ""},
		{"The ferry left Orrin at 6.05am and docked at Tarrow at 9.59am, after a crossing of three and a quarter hours.", ""},
		{"The ferry left Orrin at 6.05am and docked at Tarrow at 9.59am, after a crossing of 3 hours.", ""},
		{"The ferry left Orrin at 6.05am, was held at 7.10am and docked at 9.59am, after a crossing of 3 hours 45 minutes.", ""},
		{"After 3 hours 45 minutes of waiting, the ferry left Orrin at 6.05am and docked at 9.59am.", ""},
		{"The ferry left Orrin at 10.05pm and docked at Tarrow at 1.50am, after a crossing of 3 hours 40 minutes.", ""},
	})
}
