package rules_test

import "testing"

// TestConversionQualified checks conversions of a figure with a word
// before it ("about", "some", "up to", "around") and of sizes whose
// first member borrows the second's unit ("120 by 150 cm"). The word
// before the figure qualifies the restatement as much as the figure, so
// the figure is converted as written.
func TestConversionQualified(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return check(t, conversionPack, "a.txt", text+"\n")
	}, []conversionCase{
		{"The pit, about 40 metres (131 feet) deep, flooded.", ""},
		{"The pit, about 40 metres (113 feet) deep, flooded.", "fact.conversion: about 40 metres is about 131 feet, not 113 feet"},
		{"The pit, about 40 metres (about 130ft) deep, flooded.", ""},
		{"The van fell some 250 metres (about 720ft) into the gorge.", "fact.conversion: some 250 metres is about 820ft, not about 720ft"},
		{"The shaft runs up to 640 metres (2,100 feet) below the hill.", ""},
		{"The shaft runs up to 640 metres (2,300 feet) below the hill.", "fact.conversion: up to 640 metres is about 2100 feet, not 2,300 feet"},
		{"Divers worked at around 2,040 metres (6,480 feet) below.", "fact.conversion: around 2,040 metres is about 6693 feet, not 6,480 feet"},
		{"Divers worked at around 2,040 metres (6,690 feet) below.", ""},
		// A bound restated as a bound is no slip.
		{"The storm brought more than 100 km/h (more than 60mph) gusts.", ""},
		// A size whose first member is a bare number of the second's unit.
		{"The quilt measures 120 by 150 cm (47 by 59 inches) in all.", ""},
		{"The quilt measures 120 by 150 cm (57 by 59 inches) in all.", "fact.conversion: 120 is about 47"},
		{"The quilt measures 120 by 150 cm (47 by 69 inches) in all.", "fact.conversion: 150 cm is about 59 inches, not 69 inches"},
	})
}

// TestConversionPackRates checks the default pack's rates of the
// Australian and New Zealand dollars: a sum restated in US dollars at no
// rate the pair kept is reported, one at a rate it kept is not.
func TestConversionPackRates(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return checkDefaultRule(t, "fact.conversion", "a.txt", text+"\n")
	}, []conversionCase{
		{"date 2024-05-02 Roads\nThe bypass cost NZ$340 million ($205 million) to build.", ""},
		{"date 2024-05-02 Roads\nThe bypass cost NZ$340 million ($305 million) to build.", "NZ$340 million is $187 million to $218 million at the rates of 2024 (0.55 to 0.64 USD per NZD)"},
		{"date 2023-09-12 Mines\nThe smelter cost A$120 million ($80 million) to build.", ""},
		{"date 2023-09-12 Mines\nThe smelter cost A$120 million ($120 million) to build.", "A$120 million is $74 million to $86 million at the rates of 2023 (0.62 to 0.72 USD per AUD)"},
	})
}

// TestConversionRoundFigure checks how far a round conversion may have
// been rounded: as its last non-zero digit allows ("150" to the nearest
// 50), but by no more than a tenth of itself, so a restatement that no
// rounding of the right figure gives is reported.
func TestConversionRoundFigure(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return check(t, conversionPack, "a.txt", text+"\n")
	}, []conversionCase{
		// 81 mph is 130.4 km/h.
		{"Gusts of 81 mph (130 km/h) tore at the pier.", ""},
		{"Gusts of 81 mph (150 km/h) tore at the pier.", "fact.conversion: 81 mph is about 130 km/h, not 150 km/h"},
		{"Gusts of up to 81 mph (150 km/h) tore at the pier.", "fact.conversion: up to 81 mph is about 130 km/h, not 150 km/h"},
		// 80 miles is 128.7 km: "100" is no rounding of it.
		{"The pipeline runs 80 miles (100 km) inland.", "fact.conversion: 80 miles is about 129 km, not 100 km"},
		{"The pipeline runs 80 miles (130 km) inland.", ""},
		// Round restatements within a tenth still pass: 60 mph is
		// 96.6 km/h, 20 miles 32.2 km, 5,000 feet 1,524 m, 3,000 miles
		// 4,828 km.
		{"The limit is 60 mph (100 km/h) there.", ""},
		{"The lake lies 20 miles (30 km) north.", ""},
		{"The ridge rises 5,000 feet (1,500 metres) above the plain.", ""},
		{"The route is 3,000 miles (5,000 km) long.", ""},
		// A qualified restatement keeps its qualifier's range.
		{"The lake lies 20 miles (about 35 km) north.", ""},
	})
}
