package rules_test

import "testing"

// TestConversionZones checks the time-zone check of fact.conversion: a
// local time of day restated in UTC in brackets must differ from it by a
// whole number of quarter hours, whatever the zone. The copy is invented.
func TestConversionZones(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return check(t, conversionPack, "a.txt", text)
	}, []conversionCase{
		{"The ferry sank at 4:18 a.m. local time (1018 GMT) off the cape.", ""},
		{"The ferry sank at 4:18 a.m. local time on Tuesday (1018 GMT) off the cape.", ""},
		{"The ferry sank at 9.05pm on Monday (1905 GMT) off the cape.", ""},
		// Zones half and three quarters of an hour off UTC.
		{"The ferry sank at 4:18 a.m. (2248 GMT) off the cape.", ""},
		{"The ferry sank at 4:18 a.m. (2233 UTC) off the cape.", ""},
		// The local minute slipped, or the UTC one's digits swapped.
		{"The ferry sank at 4:81 a.m. local time (1018 GMT) off the cape.", ""},
		{"The ferry sank at 4:28 a.m. local time (1018 GMT) off the cape.", "fact.conversion: 1018 GMT is 4:28 a.m. local time only at an offset of UTC-5:50"},
		{"The ferry sank at 4:18 a.m. local time on Tuesday (1081 GMT) off the cape.", ""},
		{"The ferry sank at 4:18 a.m. local time on Tuesday (1008 GMT) off the cape.", "fact.conversion: 1008 GMT is 4:18 a.m. local time only at an offset of UTC-5:50"},
		{"The ferry sank at 9.05pm on Monday (1955 GMT) off the cape.", "fact.conversion: 1955 GMT is 9.05pm only at an offset of UTC+1:10"},
		{"The ferry sank at 11.05pm (1152 GMT) off the cape.", "fact.conversion: 1152 GMT is 11.05pm only at an offset of UTC+11:13"},
		{"The ferry sank at 1.05am (1152 GMT) off the cape.", "fact.conversion: 1152 GMT is 1.05am only at an offset of UTC-10:47"},
		// Rounded on either side, or not a restatement: not checked.
		{"The ferry sank at about 4:20 a.m. (1018 GMT) off the cape.", ""},
		{"The ferry sank at 4:28 a.m. and the alarm went at 1018 GMT.", ""},
		{"The ferry left at 4:28 a.m., sank (at 1018 GMT) off the cape.", ""},
	})
}
