package quantity

import "testing"

// Sums written in words: "4.6 million pounds" is sterling, as "£4.6m"
// is; a glued scale word at a sentence end ("£1.1million.") is read.
// "pounds" without a scale word stays a weight. "m" and "k" glued to a
// number before a currency word are its scale ("58m euros"). "pounds"
// restated in another currency in brackets is sterling at any size
// ("1,750 pounds ($2,300)"); restated in kilograms it stays a weight.
var sumWordsTests = []extractCase{
	{"million pounds", "The fraud cost 4.6 million pounds, police said.", []want{c("4.6 million pounds", "4.6 million", 4.6e6).u("GBP")}},
	{"billion pounds", "It cost 2 billion pounds.", []want{c("2 billion pounds", "2 billion", 2e9).u("GBP")}},
	{"words million pounds", "It cost three million pounds.", []want{c("three million pounds", "three million", 3e6).u("GBP")}},
	{"million euros", "The firm paid 3 million euros.", []want{c("3 million euros", "3 million", 3e6).u("EUR")}},
	{"million dollars", "The firm paid 2.5 million dollars.", []want{c("2.5 million dollars", "2.5 million", 2.5e6).u("USD")}},
	{"pounds weight", "The parcel weighed 12 pounds.", []want{c("12 pounds", "12", 12).u("lb")}},
	{"thousand pounds weight", "The load weighed 3,000 pounds.", []want{c("3,000 pounds", "3,000", 3000).u("lb")}},
	{"pounds restated in dollars", "Tickets cost 1,750 pounds ($2,300) each.", []want{c("1,750 pounds", "1,750", 1750).u("GBP"), c("$2,300", "2,300", 2300).u("USD")}},
	{"pounds restated in euros", "The prize is 80 pounds (€95).", []want{c("80 pounds", "80", 80).u("GBP"), c("€95", "95", 95).u("EUR")}},
	{"pounds restated in kilograms", "The sack weighed 110 pounds (50 kg).", []want{c("110 pounds", "110", 110).u("lb"), c("50 kg", "50", 50).u("kg")}},
	{"pounds before other brackets", "The sack weighed 110 pounds (a record).", []want{c("110 pounds", "110", 110).u("lb")}},
	{"glued million at end", "The bill came to £1.1million.", []want{c("£1.1million.", "1.1million", 1.1e6).u("GBP")}},
	{"glued bn at end", "It cost $5.7bn.", []want{c("$5.7bn.", "5.7bn", 5.7e9).u("USD")}},
	{"glued unit at end stays", "It ran 5km.", []want{c("5km", "5", 5).u("km")}},
	{"glued million mid", "The bill of £1.1million was paid.", []want{c("£1.1million", "1.1million", 1.1e6).u("GBP")}},
	// "m" and "k" glued to a number are a scale before a currency word,
	// as after a currency sign: "58m euros" is a sum, not 58 metres.
	{"glued m before euros", "The club paid 58m euros for him.", []want{c("58m euros", "58m", 58e6).u("EUR")}},
	{"glued m before pounds", "They lost 4m pounds.", []want{c("4m pounds", "4m", 4e6).u("GBP")}},
	{"glued k before dollars", "She was paid 40k dollars.", []want{c("40k dollars", "40k", 40e3).u("USD")}},
	{"glued k before pounds stays a weight", "The crate weighed 40k pounds.", nil},
	{"glued m before a word stays metres", "The wall is 4m high.", []want{c("4m", "4", 4).u("m")}},
	{"glued m before euro-zone stays metres", "A 4m wall.", []want{c("4m", "4", 4).u("m")}},
}

func TestSumWords(t *testing.T) { runExtractCases(t, sumWordsTests) }
