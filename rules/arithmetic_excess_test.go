package rules_test

import (
	"testing"
)

// TestArithmeticExcess checks a share that states how far one figure of
// its sentence is above or below another of the same unit, with the
// default pack's words: "X, P% more than the Y" and "X, against a budget
// of Y, an overrun of P%". Invented copy.
func TestArithmeticExcess(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return checkDefaultRule(t, "fact.arithmetic", "a.txt", text)
	}, []conversionCase{
		// "X, P% more than the Y": X/Y - 1.
		{"The bridge at Tolvern cost £86m, 14.7% more than the £75m budget agreed in 2020.", ""},
		{"The bridge at Tolvern cost £86m, 17.4% more than the £75m budget agreed in 2020.", "fact.arithmetic: £86m against £75m is 14.7%, not 17.4%"},
		{"The bridge at Tolvern cost £86m, 15% more than the £75m budget agreed in 2020.", ""},
		{"The bridge at Tolvern cost £86m, 25% more than the £75m budget agreed in 2020.", "fact.arithmetic: £86m against £75m is 15%, not 25%"},
		// A share of more where X is the smaller.
		{"The bridge at Tolvern cost £60m, 20% more than the £75m budget agreed in 2020.", "fact.arithmetic: £60m is less than £75m, not 20% more"},
		// A conversion in brackets after X is skipped.
		{"The bridge at Tolvern cost £86m ($110m), 14.7% more than the £75m budget.", ""},
		{"The bridge at Tolvern cost £86m ($110m), 17.4% more than the £75m budget.", "fact.arithmetic: £86m against £75m is 14.7%, not 17.4%"},
		// A noun and "of" before Y, and a restatement of X in commas.
		{"The dam at Orlo held 9,480 tonnes, 14.9% more than the old record of 8,250 tonnes.", ""},
		{"The dam at Orlo held 9,480 tonnes, 19.4% more than the old record of 8,250 tonnes.", "fact.arithmetic: 9,480 tonnes against 8,250 tonnes is 14.9%, not 19.4%"},
		{"Orlo had 276mm of rain, about 11 inches, some 15% more than the old high of 240mm.", ""},
		{"Orlo had 276mm of rain, about 11 inches, some 25% more than the old high of 240mm.", "fact.arithmetic: 276mm against 240mm is 15%, not some 25%"},
		// A hedged share keeps its hedge.
		{"The survey cost NZ$41m, almost 60 per cent more than the NZ$26m spent in 2018.", ""},
		{"The survey cost C$41m, almost 90 per cent more than the C$26m paid in 2018.", "fact.arithmetic: C$41m against C$26m is 58%, not almost 90 per cent"},
		// A word of less: 1 - X/Y.
		{"The ferry line carried 12,000 tonnes, 20% less than the 15,000 tonnes of 2023.", ""},
		{"The ferry line carried 12,000 tonnes, 30% less than the 15,000 tonnes of 2023.", "fact.arithmetic: 12,000 tonnes against 15,000 tonnes is 20%, not 30%"},
		// "X, against a budget of Y, an overrun of P%".
		{"The depot cost €58m, against a budget of €47m drawn up in 2016, an overrun of 23.4 per cent.", ""},
		{"The depot cost €58m, against a budget of €47m drawn up in 2016, an overrun of 32.4 per cent.", "fact.arithmetic: €58m against €47m is 23.4%, not 32.4 per cent"},
		{"Sales reached $9.2m, compared with $8.4m a year earlier, an increase of 9.5%.", ""},
		{"Sales reached $9.2m, compared with $8.4m a year earlier, an increase of 15%.", "fact.arithmetic: $9.2m against $8.4m is 10%, not 15%"},
		// The figures' rounding: "$8m" may be $7.5m to $8.5m.
		{"Sales reached $9.2m, compared with $8m a year earlier, an increase of 19%.", ""},
		// Left alone: a comparison with an unquantified thing, figures of
		// other units, a bare count before the comma, a third figure.
		{"The bridge at Tolvern cost £86m, 25% more than the previous crossing.", ""},
		{"The bridge at Tolvern cost £86m, 25% more than the 40 tonnes planned.", ""},
		{"The fund drew 300 investors, 25% more than the £75m of 2020.", ""},
		{"The bridge at Tolvern cost £86m in 2024 and £12m in upkeep, against a budget of £75m, an overrun of 40%.", ""},
		{"The depot cost €58m, with a budget of €47m, an overrun of 32.4 per cent.", ""},
	})
}
