package quantity

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/segment"
)

// want is an expected quantity. high 0 means equal to value.
type want struct {
	span, num   string
	value, high float64
	kind        Kind
	unit, qual  string
	rng         bool
	list        int
}

// c is a bare cardinal; the helpers below change one field each.
func c(span, num string, v float64) want { return want{span: span, num: num, value: v} }

func (w want) u(unit string) want  { w.unit = unit; return w }
func (w want) q(qual string) want  { w.qual = qual; return w }
func (w want) l(list int) want     { w.list = list; return w }
func (w want) r(high float64) want { w.rng, w.high = true, high; return w }
func (w want) n(num string) want   { w.num = num; return w }

func ord(span string, v float64) want  { return want{span: span, num: span, value: v, kind: Ordinal} }
func year(span string, v float64) want { return want{span: span, num: span, value: v, kind: Year} }

// extractCase is one row of the extraction tables: the quantities a text
// gives.
type extractCase struct {
	name string
	text string
	want []want
}

var extractTests = []extractCase{
	// Digits.
	{"integer", "It has 20 cars.", []want{c("20", "20", 20)}},
	{"thousands", "It has 1,500 cars.", []want{c("1,500", "1,500", 1500)}},
	{"decimal", "It rose 1.5 points.", []want{c("1.5", "1.5", 1.5)}},
	{"decimal zero", "It rose 8.0 points.", []want{c("8.0", "8.0", 8)}},
	{"zero", "It has 0 cars.", []want{c("0", "0", 0)}},
	{"huge", "It is 99999999999999999999999 bytes.", []want{c("99999999999999999999999", "99999999999999999999999", 1e23)}},

	// Scale words.
	{"million", "It has 1.5 million people.", []want{c("1.5 million", "1.5 million", 1.5e6)}},
	{"billion", "It has 5.7 billion people.", []want{c("5.7 billion", "5.7 billion", 5.7e9)}},
	{"bn", "It has 5.7bn people.", []want{c("5.7bn", "5.7bn", 5.7e9)}},
	{"trillion", "It owes 2 trillion.", []want{c("2 trillion", "2 trillion", 2e12)}},
	{"crore", "It raised Rs 9,270 crore.", []want{c("Rs 9,270 crore", "9,270 crore", 9.27e10).u("INR")}},
	{"lakh", "He has 5 lakh followers.", []want{c("5 lakh", "5 lakh", 5e5)}},
	{"lakh crore", "It is worth 1.2 lakh crore rupees.", []want{c("1.2 lakh crore rupees", "1.2 lakh crore", 1.2e12).u("INR")}},
	{"thousand million", "It cost 2 thousand million.", []want{c("2 thousand million", "2 thousand million", 2e9)}},
	{"smaller scale after", "It cost 4 million thousand.", []want{c("4 million", "4 million", 4e6)}},
	{"thousand", "It has 3 thousand people.", []want{c("3 thousand", "3 thousand", 3000)}},
	{"tn", "It owes 2tn.", []want{c("2tn", "2tn", 2e12)}},
	{"currency m", "It cost $5m.", []want{c("$5m", "5m", 5e6).u("USD")}},
	{"currency bn", "It cost £2bn.", []want{c("£2bn", "2bn", 2e9).u("GBP")}},
	{"currency billion", "It cost $5.7 billion.", []want{c("$5.7 billion", "5.7 billion", 5.7e9).u("USD")}},
	{"currency k", "It cost $10k.", []want{c("$10k", "10k", 1e4).u("USD")}},
	{"m without currency is metres", "It is 5m long.", []want{c("5m", "5", 5).u("m")}},

	// Number words.
	{"unit word", "He has nine sons.", []want{c("nine", "nine", 9)}},
	{"teen", "He has nineteen sons.", []want{c("nineteen", "nineteen", 19)}},
	{"tens", "He has ninety sons.", []want{c("ninety", "ninety", 90)}},
	{"hyphenated", "He has twenty-one sons.", []want{c("twenty-one", "twenty-one", 21)}},
	{"a hundred", "He has a hundred sons.", []want{c("a hundred", "a hundred", 100)}},
	{"hundred and", "He has one hundred and twenty sons.", []want{c("one hundred and twenty", "one hundred and twenty", 120)}},
	{"two thousand", "He has two thousand sons.", []want{c("two thousand", "two thousand", 2000)}},
	{"thousand and", "He has two thousand and five sons.", []want{c("two thousand and five", "two thousand and five", 2005)}},
	{"compound", "He has two thousand five hundred sons.", []want{c("two thousand five hundred", "two thousand five hundred", 2500)}},
	{"a dozen", "He has a dozen sons.", []want{c("a dozen", "a dozen", 12)}},
	{"two dozen", "He has two dozen sons.", []want{c("two dozen", "two dozen", 24)}},
	{"half a dozen", "He has half a dozen sons.", []want{c("half a dozen", "half a dozen", 6)}},
	{"a million", "He has a million sons.", []want{c("a million", "a million", 1e6)}},
	{"three million", "He has three million sons.", []want{c("three million", "three million", 3e6)}},
	{"half a million", "He has half a million sons.", []want{c("half a million", "half a million", 5e5)}},
	{"two and a half million", "He has two and a half million sons.", []want{c("two and a half million", "two and a half million", 2.5e6)}},
	{"capitalised at sentence start", "Three of them came.", []want{c("Three", "Three", 3)}},
	{"one", "He has one son.", []want{c("one", "one", 1)}},
	{"zero word", "He has zero sons.", []want{c("zero", "zero", 0)}},
	{"vague plurals", "Dozens of people, hundreds of cars and thousands of birds, tens of thousands.", nil},
	{"millions", "Millions watched.", nil},
	{"a alone", "He has a son and an idea.", nil},
	{"no one", "No one came, and they helped one another.", nil},
	{"capitalised name", "He drove in Formula One races.", nil},
	{"name in capitals", "He drove in FORMULA ONE races.", nil},
	{"after a weekday", "The index stood Friday 18 per cent above its low, and by Tuesday 65 pupils were home.", []want{c("18 per cent", "18", 18).u("%"), c("65", "65", 65)}},
	{"a weekday's date", "The fair starts on Friday 13 September.", nil},
	{"shouted after a word in lower case", "They could get up to SIX YEARS and killed NINE hens.", []want{c("up to SIX YEARS", "SIX", 6).u("year").q("up to"), c("NINE", "NINE", 9)}},
	// After the word opening the sentence, a word of the language whose
	// capital is the sentence's: the copy's emphasis again.
	{"shouted after the opening word", "After TWELVE days adrift they landed. All THIRTY-ONE crew lived.", []want{c("TWELVE days", "TWELVE", 12).u("day"), c("THIRTY-ONE", "THIRTY-ONE", 31)}},
	{"capitals after an opening name", "Vantar ELEVEN landed.", nil},
	{"compound adjective", "They held one-on-one talks and a two-way call.", nil},
	// A word of the language in capitals before digits is the copy's
	// emphasis, after a word in lower case or the opening article; a
	// name in capitals (no English word) keeps its number.
	{"shouted word before digits", "A WHOPPING 3,570 fans came and a STAGGERING 87 dogs.", []want{c("3,570", "3,570", 3570), c("87", "87", 87)}},
	{"name in capitals before digits", "The ZQX 250 fell and they rang XYB 111.", nil},

	// Ordinals.
	{"10th", "It is his 10th trip.", []want{ord("10th", 10)}},
	{"21st", "In the 21st century.", []want{ord("21st", 21)}},
	{"2nd 3rd", "The 2nd and 3rd.", []want{ord("2nd", 2).l(1), ord("3rd", 3).l(1)}},
	{"first", "His first trip.", []want{ord("first", 1)}},
	{"second", "His second trip.", []want{ord("second", 2)}},
	{"second alone", "He came second.", []want{ord("second", 2)}},
	{"a second", "A second summit.", []want{ord("second", 2)}},
	{"third", "His third trip.", []want{ord("third", 3)}},
	{"tenth", "His tenth trip.", []want{ord("tenth", 10)}},
	{"eleventh", "His eleventh trip.", []want{ord("eleventh", 11)}},
	{"twentieth", "His twentieth trip.", []want{ord("twentieth", 20)}},
	{"twenty-first", "His twenty-first trip.", []want{ord("twenty-first", 21)}},
	{"hundredth", "His hundredth trip.", []want{ord("hundredth", 100)}},
	{"a third term", "He won a third term.", []want{ord("third", 3)}},
	{"seconds unit", "It took 30 seconds.", []want{c("30 seconds", "30", 30).u("s")}},

	// Fractions.
	{"half", "Half of them came.", []want{c("Half", "Half", 0.5)}},
	{"a half", "It rose by a half.", []want{c("a half", "a half", 0.5)}},
	{"a third", "A third of them came.", []want{c("A third", "A third", 1.0/3)}},
	{"a quarter", "A quarter of them came.", []want{c("A quarter", "A quarter", 0.25)}},
	{"two-thirds", "Two-thirds of them came.", []want{c("Two-thirds", "Two-thirds", 2.0/3)}},
	{"three quarters", "Three quarters of them came.", []want{c("Three quarters", "Three quarters", 0.75)}},
	{"one fifth", "One fifth of them came.", []want{c("One fifth", "One fifth", 0.2)}},
	{"one and a half", "It took one and a half days.", []want{c("one and a half days", "one and a half", 1.5).u("day")}},
	{"one and a half bare", "It rose one and a half times.", []want{c("one and a half", "one and a half", 1.5)}},
	{"a year and a half", "It lasted a year and a half.", []want{c("a year and a half", "a year and a half", 1.5).u("year")}},
	{"two and a half hours", "It took two and a half hours.", []want{c("two and a half hours", "two and a half", 2.5).u("h")}},
	{"half an hour", "It took half an hour.", []want{c("half an hour", "half", 0.5).u("h")}},
	{"less than half", "It is less than half.", []want{c("less than half", "half", 0.5).q("less than")}},
	{"half-brother", "His half-brother came.", nil},

	// Percentages.
	{"percent sign", "It fell 8%.", []want{c("8%", "8", 8).u("%")}},
	{"percent sign decimal", "It declined to 8.0%.", []want{c("8.0%", "8.0", 8).u("%")}},
	{"percent", "It fell 8 percent.", []want{c("8 percent", "8", 8).u("%")}},
	{"per cent", "It fell 8 per cent.", []want{c("8 per cent", "8", 8).u("%")}},
	{"percentage points", "It fell 2 percentage points.", []want{c("2 percentage points", "2", 2).u("pp")}},
	{"percent range", "It fell 5%-8%.", []want{c("5%-8%", "5%-8", 5).u("%").r(8)}},

	// Money.
	{"dollar prefix", "It cost $5.7 billion.", []want{c("$5.7 billion", "5.7 billion", 5.7e9).u("USD")}},
	{"US$", "It cost US$5 million.", []want{c("US$5 million", "5 million", 5e6).u("USD")}},
	{"pound prefix", "It cost £5.", []want{c("£5", "5", 5).u("GBP")}},
	{"euro prefix", "It cost €5.", []want{c("€5", "5", 5).u("EUR")}},
	{"yen prefix", "It cost ¥500.", []want{c("¥500", "500", 500).u("JPY")}},
	{"won prefix", "It cost ₩500.", []want{c("₩500", "500", 500).u("KRW")}},
	{"dollars", "It cost 5 million dollars.", []want{c("5 million dollars", "5 million", 5e6).u("USD")}},
	{"euros", "It cost 5 euros.", []want{c("5 euros", "5", 5).u("EUR")}},
	{"pounds sterling", "It cost 5 pounds sterling.", []want{c("5 pounds sterling", "5", 5).u("GBP")}},
	{"pounds are mass", "It weighs 5 pounds.", []want{c("5 pounds", "5", 5).u("lb")}},
	{"pence", "It paid 312 pence a share.", []want{c("312 pence", "312", 312).u("GBp")}},
	{"p glued", "It paid 312p a share.", []want{c("312p", "312", 312).u("GBp")}},
	{"hyphenated and a half", "He was jailed for 11-and-a-half years.", []want{c("11-and-a-half years", "11-and-a-half", 11.5).u("year")}},
	{"compound duration", "He was jailed for 11 years and six months on Friday.", []want{c("11 years and six months", "11 years and six months", 11.5).u("year")}},
	{"compound without and", "It took 2 hours 30 minutes.", []want{c("2 hours 30 minutes", "2 hours 30 minutes", 2.5).u("h")}},
	// Not one amount: the second is not less than one of the first, or
	// the two are in a longer list, or in different units' dimensions.
	{"not compound: 14 months", "It took 2 years and 14 months.", []want{c("2 years", "2", 2).u("year").l(1), c("14 months", "14", 14).u("month").l(1)}},
	{"not compound: list of three", "It took 2 years, 3 years and six months.", []want{c("2 years", "2", 2).u("year").l(1), c("3 years", "3", 3).u("year").l(1), c("six months", "six", 6).u("month").l(1)}},
	// A list of parts in falling units is one amount, however long.
	{"compound list of four", "She was at sea for 52 days, 7 hours, 18 minutes and 6 seconds.", []want{c("52 days, 7 hours, 18 minutes and 6 seconds", "52 days, 7 hours, 18 minutes and 6 seconds", 52+7.0/24+18.0/1440+6.0/86400).u("day")}},
	{"compound list, serial comma", "The crossing took 31 days, 2 hours, and 9 minutes.", []want{c("31 days, 2 hours, and 9 minutes", "31 days, 2 hours, and 9 minutes", 31+2.0/24+9.0/1440).u("day")}},
	{"not compound: a list of three in rising units", "It took 9 minutes, 2 hours and 31 days.", []want{c("9 minutes", "9", 9).u("min").l(1), c("2 hours", "2", 2).u("h").l(1), c("31 days", "31", 31).u("day").l(1)}},
	{"not compound: a part as large as the unit before", "It took 3 days, 30 hours and 9 minutes.", []want{c("3 days", "3", 3).u("day").l(1), c("30 hours", "30", 30).u("h").l(1), c("9 minutes", "9", 9).u("min").l(1)}},
	{"not compound: a list of three joined by or", "It took 3 days, 4 hours or 9 minutes.", []want{c("3 days", "3", 3).u("day").l(1), c("4 hours", "4", 4).u("h").l(1), c("9 minutes", "9", 9).u("min").l(1)}},
	{"not compound: larger second", "It took six months and 2 years.", []want{c("six months", "six", 6).u("month").l(1), c("2 years", "2", 2).u("year").l(1)}},
	{"glued million", "It was £1.1million in all.", []want{c("£1.1million", "1.1million", 1.1e6).u("GBP")}},
	{"glued billion", "It was a 1.42billion deal.", []want{c("1.42billion", "1.42billion", 1.42e9)}},
	{"p apart is not pence", "It paid 312 p a share.", []want{c("312", "312", 312)}},
	{"roubles", "It cost 5 roubles or 6 rubles.", []want{c("5 roubles", "5", 5).u("RUB").l(1), c("6 rubles", "6", 6).u("RUB").l(1)}},
	{"yuan", "It cost 5 yuan.", []want{c("5 yuan", "5", 5).u("CNY")}},
	{"yen", "It cost 5 yen.", []want{c("5 yen", "5", 5).u("JPY")}},
	{"won is a verb", "The team won 5 games.", []want{c("5", "5", 5)}},
	{"lone dollar", "It cost $ and % more.", nil},

	// Units after a number.
	{"km/h", "It goes 59 km/h.", []want{c("59 km/h", "59", 59).u("km/h")}},
	{"km/h glued", "It goes 59km/h.", []want{c("59km/h", "59", 59).u("km/h")}},
	{"mph glued", "It goes 37mph.", []want{c("37mph", "37", 37).u("mph")}},
	{"mph", "It goes 37 mph.", []want{c("37 mph", "37", 37).u("mph")}},
	{"kph", "It goes 59 kph.", []want{c("59 kph", "59", 59).u("km/h")}},
	{"miles per hour", "It goes 37 miles per hour.", []want{c("37 miles per hour", "37", 37).u("mph")}},
	{"kilometres an hour", "It goes 59 kilometres an hour.", []want{c("59 kilometres an hour", "59", 59).u("km/h")}},
	{"km an hour", "It goes 59 km an hour.", []want{c("59 km an hour", "59", 59).u("km/h")}},
	{"km", "It is 130 km away.", []want{c("130 km", "130", 130).u("km")}},
	{"miles", "It is 80 miles away.", []want{c("80 miles", "80", 80).u("mi")}},
	{"calibre", "It fires 122mm shells.", []want{c("122mm", "122", 122).u("mm")}},
	{"kg", "It weighs 10 kg.", []want{c("10 kg", "10", 10).u("kg")}},
	{"tonnes", "It weighs 5 tonnes.", []want{c("5 tonnes", "5", 5).u("t")}},
	{"tons", "It weighs 5 tons.", []want{c("5 tons", "5", 5).u("ton")}},
	{"square kilometres", "It covers 30 square kilometres.", []want{c("30 square kilometres", "30", 30).u("km2")}},
	{"sq km", "It covers 30 sq km.", []want{c("30 sq km", "30", 30).u("km2")}},
	{"km2", "It covers 30 km2.", []want{c("30 km2", "30", 30).u("km2")}},
	{"km²", "It covers 30 km².", []want{c("30 km²", "30", 30).u("km2")}},
	{"litres", "It holds 5 litres.", []want{c("5 litres", "5", 5).u("L")}},
	{"attached C", "It was 30C.", []want{c("30C", "30", 30).u("°C")}},
	{"degree sign", "It was 30°C.", []want{c("30°C", "30", 30).u("°C")}},
	{"degrees Celsius", "It was 30 degrees Celsius.", []want{c("30 degrees Celsius", "30", 30).u("°C")}},
	{"attached F", "It was 86F.", []want{c("86F", "86", 86).u("°F")}},
	{"degrees Fahrenheit", "It was 86 degrees Fahrenheit.", []want{c("86 degrees Fahrenheit", "86", 86).u("°F")}},
	{"minus", "It was -5C, or minus 3 degrees Celsius.", []want{c("-5C", "-5", -5).u("°C"), c("minus 3 degrees Celsius", "minus 3", -3).u("°C")}},
	{"attached is case-sensitive", "It was 30c and 5G.", nil},
	{"minutes", "It took 70 minutes.", []want{c("70 minutes", "70", 70).u("min")}},
	{"an hour", "It took an hour.", []want{c("an hour", "an", 1).u("h")}},
	{"two hours", "It took two hours.", []want{c("two hours", "two", 2).u("h")}},
	{"years", "It took 4 years.", []want{c("4 years", "4", 4).u("year")}},
	{"two decades", "It took two decades.", []want{c("two decades", "two", 2).u("decade")}},
	{"a day", "It took a day.", []want{c("a day", "a", 1).u("day")}},
	{"an entire day", "It took an entire day.", []want{c("an entire day", "an", 1).u("day")}},
	{"a whole day", "It took a whole day.", []want{c("a whole day", "a", 1).u("day")}},
	{"a full day", "It took a full day.", []want{c("a full day", "a", 1).u("day")}},
	{"a week", "It took a week.", []want{c("a week", "a", 1).u("week")}},
	{"three months", "It took three months.", []want{c("three months", "three", 3).u("month")}},
	{"a mile", "It is a mile away.", []want{c("a mile", "a", 1).u("mi")}},
	{"twice a day", "He eats twice a day, three times a day and 5 per day.", []want{c("three", "three", 3), c("5", "5", 5)}},
	{"rate after amount", "It costs $5 a day.", []want{c("$5", "5", 5).u("USD")}},
	{"rate after a conversion", "The dune crept 3 metres (10 feet) a week.", []want{c("3 metres", "3", 3).u("m"), c("10 feet", "10", 10).u("ft")}},
	{"a percent is no quantity", "It is a percent of it.", nil},
	{"attributive hour", "It is a 10-hour journey.", []want{c("10-hour", "10", 10).u("h")}},
	{"attributive km/h", "It is a 59-km/h train.", []want{c("59-km/h", "59", 59).u("km/h")}},
	{"attributive km", "It is a 130-km stretch.", []want{c("130-km", "130", 130).u("km")}},
	{"year-old", "A 10-year-old boy.", []want{c("10-year", "10", 10).u("year")}},
	{"word attributive", "A two-hour meeting.", []want{c("two-hour", "two", 2).u("h")}},
	{"1 miles", "It is 1 miles away.", []want{c("1 miles", "1", 1).u("mi")}},
	{"number then noun", "It was a 10-point plan.", []want{c("10", "10", 10)}},

	// Qualifiers.
	{"at least", "It has at least 20 cars.", []want{c("at least 20", "20", 20).q("at least")}},
	{"more than", "It took more than four years.", []want{c("more than four years", "four", 4).u("year").q("more than")}},
	{"over", "It took over four years.", []want{c("over four years", "four", 4).u("year").q("over")}},
	{"about", "It took about 70 minutes.", []want{c("about 70 minutes", "70", 70).u("min").q("about")}},
	{"up to", "It holds up to 10.", []want{c("up to 10", "10", 10).q("up to")}},
	{"nearly", "It holds nearly 300.", []want{c("nearly 300", "300", 300).q("nearly")}},
	{"almost", "It holds almost 300.", []want{c("almost 300", "300", 300).q("almost")}},
	{"under", "It holds under 5.", []want{c("under 5", "5", 5).q("under")}},
	{"some", "It holds some 20.", []want{c("some 20", "20", 20).q("some")}},
	{"roughly", "It holds roughly 20.", []want{c("roughly 20", "20", 20).q("roughly")}},
	{"no fewer than", "It holds no fewer than 20.", []want{c("no fewer than 20", "20", 20).q("no fewer than")}},
	{"fewer than", "It holds fewer than 20.", []want{c("fewer than 20", "20", 20).q("fewer than")}},
	{"as many as", "It holds as many as 20.", []want{c("as many as 20", "20", 20).q("as many as")}},
	{"in excess of", "It holds in excess of 20.", []want{c("in excess of 20", "20", 20).q("in excess of")}},
	{"upwards of", "It holds upwards of 20.", []want{c("upwards of 20", "20", 20).q("upwards of")}},
	{"just over", "It holds just over 20.", []want{c("just over 20", "20", 20).q("just over")}},
	{"just under", "It holds just under 20.", []want{c("just under 20", "20", 20).q("just under")}},
	{"approximately", "It holds approximately 20.", []want{c("approximately 20", "20", 20).q("approximately")}},
	{"around", "It holds around 20.", []want{c("around 20", "20", 20).q("around")}},
	{"an estimated", "It holds an estimated 20.", []want{c("an estimated 20", "20", 20).q("an estimated")}},
	{"exactly", "It holds exactly 20.", []want{c("exactly 20", "20", 20).q("exactly")}},
	{"approx.", "It holds approx. 20.", []want{c("approx. 20", "20", 20).q("approx.")}},
	{"capitalised qualifier", "More than 20 came.", []want{c("More than 20", "20", 20).q("more than")}},
	{"qualifier before currency", "It cost more than $5 million.", []want{c("more than $5 million", "5 million", 5e6).u("USD").q("more than")}},
	{"qualifier before a", "It lasted about an hour.", []want{c("about an hour", "an", 1).u("h").q("about")}},
	{"qualifier before a year and a half", "After more than a year and a half of war.", []want{c("more than a year and a half", "a year and a half", 1.5).u("year").q("more than")}},
	{"takeover", "After the takeover 5 staff left.", []want{c("5", "5", 5)}},
	{"qualifier without number", "It is about time, over there, some day.", nil},
	{"qualifier before ordinal", "It is about 10th.", []want{ord("10th", 10)}},

	// Ranges.
	{"to", "It takes 10 to 12 days.", []want{c("10 to 12 days", "10 to 12", 10).u("day").r(12)}},
	{"hyphen", "It takes 10-12 days.", []want{c("10-12 days", "10-12", 10).u("day").r(12)}},
	{"between", "It takes between 10 and 12 km.", []want{c("between 10 and 12 km", "10 and 12", 10).u("km").r(12)}},
	{"from to", "It is from 10 to 12 km.", []want{c("from 10 to 12 km", "10 to 12", 10).u("km").r(12)}},
	{"words to", "It takes two to three hours.", []want{c("two to three hours", "two to three", 2).u("h").r(3)}},
	{"scale applies to both", "It costs 10 to 12 million.", []want{c("10 to 12 million", "10 to 12 million", 1e7).r(1.2e7)}},
	{"currency and scale", "It costs $10-12 million.", []want{c("$10-12 million", "10-12 million", 1e7).u("USD").r(1.2e7)}},
	{"qualified range", "It takes about 10 to 12 days.", []want{c("about 10 to 12 days", "10 to 12", 10).u("day").r(12).q("about")}},
	{"and is a list", "It takes 10 and 12 days.", []want{c("10", "10", 10).u("day").l(1), c("12 days", "12", 12).u("day").l(1)}},
	{"score", "They won 3-1 and drew 2-2.", nil},
	{"decreasing to", "It fell from 12 to 10.", []want{c("12", "12", 12), c("10", "10", 10)}},
	{"year range", "In 2018-2019 it grew.", []want{year("2018-2019", 2018).r(2019)}},
	{"short year range", "In 2018-19 it grew.", []want{year("2018-19", 2018).r(2019)}},
	{"between years", "Between 2018 and 2019 it grew.", []want{year("Between 2018 and 2019", 2018).r(2019).n("2018 and 2019")}},
	{"from years", "From 2018 to 2019 it grew.", []want{year("From 2018 to 2019", 2018).r(2019).n("2018 to 2019")}},

	// Lists.
	{"calibres", "It needs 122mm and 152mm shells.", []want{c("122mm", "122", 122).u("mm").l(1), c("152mm", "152", 152).u("mm").l(1)}},
	{"trailing unit", "It is 10, 20 and 30 km.", []want{c("10", "10", 10).u("km").l(1), c("20", "20", 20).u("km").l(1), c("30 km", "30", 30).u("km").l(1)}},
	{"trailing unit stops at words", "It is 5 cars, 20 and 30 km.", []want{c("5", "5", 5), c("20", "20", 20).u("km").l(1), c("30 km", "30", 30).u("km").l(1)}},
	{"unit of its own", "It is 5 miles, 20 and 30 km.", []want{c("5 miles", "5", 5).u("mi").l(1), c("20", "20", 20).u("km").l(1), c("30 km", "30", 30).u("km").l(1)}},
	{"two lists", "It is 1 or 2 km, then 3 and 4 miles.", []want{c("1", "1", 1).u("km").l(1), c("2 km", "2", 2).u("km").l(1), c("3", "3", 3).u("mi").l(2), c("4 miles", "4", 4).u("mi").l(2)}},
	{"words list", "It takes two, three or four days.", []want{c("two", "two", 2).l(1), c("three", "three", 3).l(1), c("four days", "four", 4).u("day").l(1)}},
	{"comma without and", "In 2019, 20 people died.", []want{year("2019", 2019), c("20", "20", 20)}},
	{"years list", "It came in 2018 and 2019.", []want{year("2018", 2018).l(1), year("2019", 2019).l(1)}},
	{"years list of three", "It came in 2019, 2020 and 2021.", []want{year("2019", 2019).l(1), year("2020", 2020).l(1), year("2021", 2021).l(1)}},
	{"mixed kinds", "In 2018 and 20 cars.", []want{year("2018", 2018), c("20", "20", 20)}},
	{"incompatible units", "It is 5 km and 3 hours.", []want{c("5 km", "5", 5).u("km"), c("3 hours", "3", 3).u("h")}},

	// Years.
	{"in year", "It happened in 2019.", []want{year("2019", 2019)}},
	{"month year", "It happened in April 2019.", []want{year("2019", 2019)}},
	{"since", "Since 2011 it grew.", []want{year("2011", 2011)}},
	{"day comma year", "On September 11, 2023 it began.", []want{year("2023", 2023)}},
	{"mid", "By mid-2019 it grew.", []want{year("2019", 2019)}},
	{"early", "It grew in early 2020.", []want{year("2020", 2020)}},
	{"old year", "It was built in 1850.", []want{year("1850", 1850)}},
	{"bare year", "The 2019 figures.", []want{c("2019", "2019", 2019)}},
	{"bare year at end", "It was the best of 2019.", []want{year("2019", 2019)}},
	{"year before punctuation", "The crash, 2019, was bad.", []want{year("2019", 2019)}},
	{"count with comma", "It has 2,000 people.", []want{c("2,000", "2,000", 2000)}},
	{"count before noun", "It has 2000 people.", []want{c("2000", "2000", 2000)}},
	{"of count", "A crowd of 2000 people.", []want{c("2000", "2000", 2000)}},
	{"of year", "The summer of 2019 was hot.", []want{year("2019", 2019)}},
	{"qualified count", "It has more than 2000.", []want{c("more than 2000", "2000", 2000).q("more than")}},
	{"decades", "In the 1980s and the 1990's.", nil},
	{"possessive year", "It is 2019's best.", []want{year("2019", 2019)}},
	{"his 10th trip", "It is his 10th trip since assuming power in 2011.", []want{ord("10th", 10), year("2011", 2011)}},

	// Not quantities.
	{"Covid-19", "The Covid-19 pandemic.", nil},
	{"F-16", "An F-16, a MiG-29 and the G-7.", nil},
	{"letters then digits", "The U20 WWCQ, the G7, a 4x4 and a B52.", nil},
	{"name before number", "It aired on state TV Russia 24 and on a Boeing 737 near Apollo 11 under Article 5.", nil},
	// A quote that closes the sentence before does not make the next
	// sentence's first word a name; one joined to the word still opens
	// a quotation.
	{"sentence after a closing quote", "She said: \"We were lucky.\" All 40 canoeists reached the shore.", []want{c("40", "40", 40)}},
	{"name after an opening quote", "He said: \"Boeing 737 jets are safe.\"", nil},
	{"name before number on the next line", "A Boeing\n737 landed.", nil},

	// A name's number is never millions: the name is an object and the
	// number a sum.
	{"name before millions", "The cuts will save Brantwell 12 million euros.", []want{c("12 million euros", "12 million", 12e6).u("EUR")}},
	{"day after month", "It began on March 11 and on Sept. 11.", nil},
	{"day before month", "It began on 11 September.", nil},
	{"time with colon", "It began at 10:30.", []want{c("10:30", "10:30", 630).u(TimeOfDay.Name)}},
	{"p.m.", "It began at 7 p.m. sharp.", []want{c("7 p.m.", "7", 1140).u(TimeOfDay.Name)}},
	{"pm glued", "It began at 7pm sharp.", []want{c("7pm", "7pm", 1140).u(TimeOfDay.Name)}},
	{"am", "It began at 7 am sharp.", []want{c("7 am", "7", 420).u(TimeOfDay.Name)}},
	{"o'clock", "It began at seven o'clock.", nil},
	{"URL", "See example.com/news/2023/09 or mail 123@example.com now.", nil},
	{"No.", "He is No. 1 and No 2.", nil},
	{"No at start", "No 10 said so.", nil},
	{"hash", "He is #1.", nil},
	{"phone", "Call 020 7946 0000 now.", nil},
	{"version", "Version 1.2.3 is out.", nil},
	{"slash", "After 9/11 it is open 24/7.", nil},
	{"ISO date", "Published 2023-09-11 at noon.", nil},
	{"glued garbage", "It is 1e999 and 3D.", nil},
	{"bad commas", "It is 10,20 and 1,50.", nil},

	// Sentences of the seeds.
	{"train", "It is rumoured to include at least 20 bulletproof cars, making it heavier than average trains and unable to go beyond 59 km/h (37mph).",
		[]want{c("at least 20", "20", 20).q("at least"), c("59 km/h", "59", 59).u("km/h"), c("37mph", "37", 37).u("mph")}},
	{"distance", "Vladivostok lies 130 km (80 miles) from the border.", []want{c("130 km", "130", 130).u("km"), c("80 miles", "80", 80).u("mi")}},
	{"past three years", "For much of the past three years it was shut.", []want{c("three years", "three", 3).u("year")}},
	{"April 2019", "They met for the first time in April 2019.", []want{ord("first", 1), year("2019", 2019)}},
	{"year and a half of war", "It also comes after more than a year and a half of war in Ukraine.",
		[]want{c("more than a year and a half", "a year and a half", 1.5).u("year").q("more than")}},
	{"trips", "Three of this nine trips have been made in planes and two, both to the DMZ, by car.",
		[]want{c("Three", "Three", 3), c("nine", "nine", 9), c("two", "two", 2)}},
	{"wheel change", "On that occasion, the wheel change took about 70 minutes.", []want{c("about 70 minutes", "70", 70).u("min").q("about")}},
	{"lasted about an hour", "The stop, which lasted about an hour, was brief.", []want{c("about an hour", "an", 1).u("h").q("about")}},
	{"four years", "It is his first trip in more than four years, and the first since the pandemic.",
		[]want{ord("first", 1), c("more than four years", "four", 4).u("year").q("more than"), ord("first", 1)}},
	{"less than half of trips", "Rail travel accounts for less than half of his foreign trips.", []want{c("less than half", "half", 0.5).q("less than")}},
	{"entire day", "His journey is expected to take an entire day.", []want{c("an entire day", "an", 1).u("day")}},
	{"declined", "Share of the sector declined to 8.0% - the bank said.", []want{c("8.0%", "8.0", 8).u("%")}},
	{"one-on-one", "They will meet in a one-on-one format.", nil},
	{"one in", "One in Singapore, one in Hanoi and one in the zone.", []want{c("One", "One", 1), c("one", "one", 1), c("one", "one", 1)}},

	// Edge cases.
	{"empty", "", nil},
	{"lone percent", "% of it", nil},
	{"lone dollar at end", "It cost $", nil},
	{"qualifier at end", "It cost more than", nil},
	{"a at end", "It cost a", nil},
	{"between at end", "It is between", nil},
	{"hyphen at end", "It is 10-", []want{c("10", "10", 10)}},
	{"sentences", "It took 5 days. Then 6 more.", []want{c("5 days", "5", 5).u("day"), c("6", "6", 6)}},
}

func TestExtract(t *testing.T) { runExtractCases(t, extractTests) }

// runExtractCases checks each case's quantities, in order, and the
// invariants of every extraction.
func runExtractCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := extract(t, tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("%q: %d quantities, want %d:\n%s", tc.text, len(got), len(tc.want), dump(tc.text, got))
			}
			for i, w := range tc.want {
				if d := diff(tc.text, got[i], w); d != "" {
					t.Errorf("%q: quantity %d: %s\n%s", tc.text, i, d, dump(tc.text, got))
				}
			}
			checkInvariants(t, tc.text, seg(tc.text), got)
		})
	}
}

// describe shows a quantity in test failures.
func describe(text string, q Quantity) string {
	u := ""
	if q.Unit != nil {
		u = q.Unit.Name + "[" + text[q.UnitSpan.Start:q.UnitSpan.End] + "]"
	}
	ql := ""
	if q.Qualifier != nil {
		ql = q.Qualifier.Words
	}
	return fmt.Sprintf("%q num=%q v=%g hi=%g kind=%d unit=%s q=%q range=%v list=%d step=%g round=%g words=%v tok=%v sent=%d",
		text[q.Span.Start:q.Span.End], text[q.Number.Start:q.Number.End], q.Value, q.High, q.Kind, u, ql, q.Range,
		q.List, q.Step, q.Round, q.Words, q.Tokens, q.Sentence)
}

func dump(text string, qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		b.WriteString("  " + describe(text, q) + "\n")
	}
	return b.String()
}

func diff(text string, q Quantity, w want) string {
	var d []string
	if got := text[q.Span.Start:q.Span.End]; got != w.span {
		d = append(d, fmt.Sprintf("span %q, want %q", got, w.span))
	}
	if got := text[q.Number.Start:q.Number.End]; got != w.num {
		d = append(d, fmt.Sprintf("number %q, want %q", got, w.num))
	}
	high := w.high
	if !w.rng {
		high = w.value
	}
	if !near(q.Value, w.value) || !near(q.High, high) {
		d = append(d, fmt.Sprintf("value %g-%g, want %g-%g", q.Value, q.High, w.value, high))
	}
	if q.Kind != w.kind {
		d = append(d, fmt.Sprintf("kind %d, want %d", q.Kind, w.kind))
	}
	unit := ""
	if q.Unit != nil {
		unit = q.Unit.Name
	}
	if unit != w.unit {
		d = append(d, fmt.Sprintf("unit %q, want %q", unit, w.unit))
	}
	qual := ""
	if q.Qualifier != nil {
		qual = q.Qualifier.Words
	}
	if qual != w.qual {
		d = append(d, fmt.Sprintf("qualifier %q, want %q", qual, w.qual))
	}
	if q.Range != w.rng {
		d = append(d, fmt.Sprintf("range %v, want %v", q.Range, w.rng))
	}
	if q.List != w.list {
		d = append(d, fmt.Sprintf("list %d, want %d", q.List, w.list))
	}
	return strings.Join(d, "; ")
}

func near(a, b float64) bool {
	return a == b || math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func TestPrecision(t *testing.T) {
	tests := []struct {
		text        string
		step, round float64
	}{
		{"20", 1, 10},
		{"80", 1, 10},
		{"85", 1, 5},
		{"150", 1, 50},
		{"130", 1, 10},
		{"1,500", 1, 100},
		{"37", 1, 1},
		{"1.5", 0.1, 0.1},
		{"8.0", 0.1, 1},
		{"0", 1, 1},
		{"5", 1, 1},
		{"50", 1, 10},
		{"25", 1, 5},
		{"0.25", 0.01, 0.01},
		{"1.5 million", 1e5, 1e5},
		{"150 million", 1e6, 5e7},
		{"5.7bn", 1e8, 1e8},
		{"nine", 1, 1},
		{"twenty", 1, 10},
		{"twenty-five", 1, 5},
		{"one hundred and fifty", 1, 50},
		{"a hundred", 100, 100},
		{"three million", 1e6, 1e6},
		{"a dozen", 1, 6},
		{"half", 0.5, 0.5},
		{"two-thirds", 1.0 / 3, 1.0 / 3},
		// A fraction is as exact as its decimal ("2.5"); it rounds to itself.
		{"two and a half", 0.1, 0.5},
		{"11-and-a-half", 0.1, 0.5},
		{"two and a quarter", 0.01, 0.25},
		{"two and a half million", 1e5, 5e5},
		// A compound: the step of its smaller unit.
		{"11 years and six months", 1.0 / 12, 1.0 / 12},
		{"2 hours 30 minutes", 1.0 / 60, 1.0 / 6},
		{"3 days, 4 hours and 25 minutes", 1.0 / 1440, 5.0 / 1440},
		{"an hour", 1, 1},
		{"10 to 12", 1, 1},
	}
	for _, tc := range tests {
		text := "It was " + tc.text + " then."
		qs := extract(t, text)
		if len(qs) != 1 {
			t.Errorf("%q: %d quantities", text, len(qs))
			continue
		}
		if !near(qs[0].Step, tc.step) || !near(qs[0].Round, tc.round) {
			t.Errorf("%q: step %g round %g, want %g %g", tc.text, qs[0].Step, qs[0].Round, tc.step, tc.round)
		}
	}
}

func TestWordsFlagAndSpans(t *testing.T) {
	text := "Three of them took 12 hours, a day, and the 10th took twenty-first place."
	qs := extract(t, text)
	words := []bool{true, false, true, false, true}
	if len(qs) != len(words) {
		t.Fatalf("got\n%s", dump(text, qs))
	}
	for i, w := range words {
		if qs[i].Words != w {
			t.Errorf("%s: Words %v", describe(text, qs[i]), qs[i].Words)
		}
	}
	// Tokens and sentence of "12 hours".
	q := qs[1]
	s := seg(text)
	if s.Tokens[q.Tokens[0]].Start != q.Span.Start || s.Tokens[q.Tokens[1]-1].End != q.Span.End || q.Tokens[1]-q.Tokens[0] != 2 {
		t.Errorf("tokens %v", q.Tokens)
	}
	if got := text[q.UnitSpan.Start:q.UnitSpan.End]; got != "hours" {
		t.Errorf("unit span %q", got)
	}
	if qs[0].UnitSpan != (document.Span{}) {
		t.Errorf("bare count has a unit span %v", qs[0].UnitSpan)
	}
}

func TestSentences(t *testing.T) {
	text := "It took 5 days. Then 6 more came. And 7."
	qs := extract(t, text)
	if len(qs) != 3 {
		t.Fatalf("got\n%s", dump(text, qs))
	}
	for i, q := range qs {
		if q.Sentence != i {
			t.Errorf("%s: sentence %d, want %d", describe(text, q), q.Sentence, i)
		}
	}
}

func TestListCounter(t *testing.T) {
	text := "It is 1 or 2 km. Then 3 and 4 miles. And 5, 6 and 7 days."
	qs := extract(t, text)
	lists := []int{1, 1, 2, 2, 3, 3, 3}
	if len(qs) != len(lists) {
		t.Fatalf("got\n%s", dump(text, qs))
	}
	for i, l := range lists {
		if qs[i].List != l {
			t.Errorf("%s: list %d, want %d", describe(text, qs[i]), qs[i].List, l)
		}
	}
	// The counter starts again with each call.
	if qs := extract(t, "3 and 4."); len(qs) != 2 || qs[0].List != 1 {
		t.Errorf("second call: %+v", qs)
	}
}

// TestSharedUnits checks that a quantity's unit and qualifier are the
// table's own.
func TestSharedUnits(t *testing.T) {
	tb := pack(t)
	qs := extract(t, "It is at least 5 km.")
	if len(qs) != 1 || qs[0].Unit != tb.Unit("km") || qs[0].Qualifier.Bound != AtLeast {
		t.Fatalf("%+v", qs)
	}
}

// clockTests are race and running times written as a clock, and the
// numbers with colons that are none.
var clockTests = []extractCase{
	{"clock duration", "She won in 2:21:09 on Sunday.", []want{c("2:21:09", "2:21:09", 8469).u("s")}},
	{"clock duration two-digit hours", "The climb took 11:05:00.", []want{c("11:05:00", "11:05:00", 39900).u("s")}},
	{"clock duration qualified", "He ran it in under 2:05:41.", []want{c("under 2:05:41", "2:05:41", 7541).u("s").q("under")}},
	{"clock minutes over 59", "It read 2:75:10.", nil},
	{"clock one-digit parts", "Mix them 1:2:3.", nil},
	{"clock four parts", "Logged at 1:02:03:04.", nil},
	{"clock time of day with seconds", "It struck at 10:30:00 GMT.", nil},
	{"clock time pm", "It struck at 10:30:00 pm.", nil},
	{"two-part colon", "It won 3:1, verse 3:16.", nil},
	{"hours minutes seconds words", "The record is 2 hours 5 minutes 41 seconds.", []want{c("2 hours 5 minutes 41 seconds", "2 hours 5 minutes 41 seconds", 2+5.0/60+41.0/3600).u("h")}},
	{"glued h min sec", "The record is 2hr 5min 41sec.", []want{c("2hr 5min 41sec", "2hr 5min 41sec", 2+5.0/60+41.0/3600).u("h")}},
}

func TestExtractClock(t *testing.T) { runExtractCases(t, clockTests) }

// TestHeadlineOverNumber checks that a headline's last word in capitals
// is not read as the name of the number that opens the paragraph under
// it ("PIER CLOSED" over "Six stalls"), as a name is of the number after
// it on one line ("Boeing 737").
func TestHeadlineOverNumber(t *testing.T) {
	for _, tc := range []struct {
		head, para string
		want       []string
	}{
		{"PIER CLOSED", "Six stalls were shut.", []string{"Six"}},
		{"PIER CLOSED", "14 stalls were shut.", []string{"14"}},
		{"Pier closed", "Six stalls were shut.", []string{"Six"}},
		{"PIER CLOSED", "A Boeing 737 landed.", nil},
		// After a month and a full stop: a day in digits ("Sept. 11")
		// on its line only.
		{"Pier closed. It shut in Sept.", "Six stalls were shut.", []string{"Six"}},
		{"Pier closed. It shut in Sept.", "14 stalls were shut.", []string{"14"}},
		{"Pier closed", "It shut in Feb. Six stalls went.", []string{"Six"}},
		{"Pier closed", "It shut on Sept. 11 this year.", nil},
	} {
		text := tc.head + "\n\n" + tc.para
		blocks := []segment.Block{{Start: 0, End: len(tc.head)}, {Start: len(tc.head) + 2, End: len(text)}}
		var got []string
		for _, q := range pack(t).Extract(text, segment.Segment(text, blocks, &segment.Options{})) {
			got = append(got, text[q.Span.Start:q.Span.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: got %q, want %q", text, got, tc.want)
		}
	}
}
