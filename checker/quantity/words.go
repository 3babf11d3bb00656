package quantity

// This file holds the English the extractor reads numbers with: number
// words, ordinals, fractions, scale words, months and the few function
// words that decide whether a four-digit number is a year. The units and
// qualifiers are data (see Table).

// lexKind classifies a word of the number lexicon.
type lexKind uint8

const (
	lexNone    lexKind = iota
	lexUnit            // zero .. nineteen
	lexTens            // twenty .. ninety
	lexHundred         // hundred
	lexScale           // thousand, million, billion, trillion
	lexDozen           // dozen
	lexArticle         // a, an
	lexHalf            // half
	lexOther           // only an ordinal or a fraction's denominator
)

// lex is one word of the number lexicon.
type lex struct {
	kind lexKind
	// val is the cardinal value (lexUnit, lexTens, lexDozen).
	val float64
	// exp is the power of ten of lexHundred and lexScale.
	exp int
	// ord is the ordinal's value ("third" is 3), 0 if the word is no
	// ordinal; ordUnit tells an ordinal below ten ("first" .. "ninth"),
	// which may follow a tens word ("twenty-first").
	ord     float64
	ordUnit bool
	// denom is the denominator of a fraction word ("third" and "thirds"
	// are 3, "half" is 2), 0 if the word is none; plural tells "thirds".
	denom  int
	plural bool
}

// lexicon maps lower-case number words to what they mean.
var lexicon = buildLexicon()

func buildLexicon() map[string]lex {
	m := map[string]lex{}
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range units {
		m[w] = lex{kind: lexUnit, val: float64(i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		m[w] = lex{kind: lexTens, val: float64(20 + 10*i)}
	}
	m["hundred"] = lex{kind: lexHundred, exp: 2}
	// "lakh" and "crore" are the Indian English scales (a hundred
	// thousand, ten million): "Rs 19,270 crore", "1.34 lakh crore".
	for w, e := range map[string]int{"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
		"lakh": 5, "lakhs": 5, "crore": 7, "crores": 7} {
		m[w] = lex{kind: lexScale, exp: e}
	}
	m["dozen"] = lex{kind: lexDozen, val: 12}
	m["a"] = lex{kind: lexArticle}
	m["an"] = lex{kind: lexArticle}
	m["half"] = lex{kind: lexHalf, denom: 2}
	m["halves"] = lex{kind: lexOther, denom: 2, plural: true}
	m["quarter"] = lex{kind: lexOther, denom: 4}
	m["quarters"] = lex{kind: lexOther, denom: 4, plural: true}
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
		"tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
		"eighteenth", "nineteenth"}
	for i, w := range ords[1:] {
		n := i + 1
		l := lex{kind: lexOther, ord: float64(n), ordUnit: n < 10}
		if n >= 3 && n <= 10 {
			l.denom = n
			m[w+"s"] = lex{kind: lexOther, denom: n, plural: true}
		}
		m[w] = l
	}
	tensOrd := []string{"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"}
	for i, w := range tensOrd {
		m[w] = lex{kind: lexOther, ord: float64(20 + 10*i)}
	}
	m["hundredth"] = lex{kind: lexOther, ord: 100, exp: 2}
	m["thousandth"] = lex{kind: lexOther, ord: 1e3, exp: 3}
	m["millionth"] = lex{kind: lexOther, ord: 1e6, exp: 6}
	m["billionth"] = lex{kind: lexOther, ord: 1e9, exp: 9}
	return m
}

// scaleSuffixes are the abbreviated scale words, glued to a number or
// after it: "5.7bn", "2 trillion" is spelt out. "m" and "k" are only scale
// words after a currency ("$5m"); elsewhere "m" is the metre.
var scaleSuffixes = map[string]int{"bn": 9, "tn": 12, "trn": 12, "mn": 6, "mln": 6, "bln": 9}

// currencyScales are scale words only after a currency.
var currencyScales = map[string]int{"m": 6, "k": 3}

// ordinalSuffixes end written ordinals: "21st", "2nd", "3rd", "10th".
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// timeWords after a number make it a time of day.
var timeWords = map[string]bool{"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true, "o'clock": true, "gmt": true, "utc": true}

// months are the month names and their abbreviations, lower-cased; they
// count only when written with a capital letter.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// weekdays are the names of the days of the week, lower-cased: with
// their capital they are no name that a number after them belongs to
// ("stood Friday 18 per cent up" is no "Boeing 737").
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// yearWords before a four-digit number make it a year.
var yearWords = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "during": true, "before": true, "after": true,
	"early": true, "late": true, "mid": true, "throughout": true,
}

// weakYearWords make a year unless a plural noun follows ("a total of
// 2000 people").
var weakYearWords = map[string]bool{"of": true, "by": true, "from": true, "to": true}

// yearPrefixes glue to a year with a hyphen: "mid-2015", "pre-2000".
var yearPrefixes = map[string]bool{"mid": true, "pre": true, "post": true, "early": true, "late": true}

// perWords before "a"/"an" make it a rate, not an amount: "twice a day".
var perWords = map[string]bool{"once": true, "twice": true, "thrice": true, "times": true, "per": true, "every": true, "each": true}

// articleDimensions are the dimensions a unit may have to be counted
// after "a"/"an" alone ("an hour", "a mile", "a ton").
var articleDimensions = map[string]bool{"duration": true, "length": true, "mass": true}

// notAfterArticle are unit words that mean something else after "a":
// "a second" is mostly an ordinal.
var notAfterArticle = map[string]bool{"second": true, "sec": true, "secs": true, "seconds": true}

// Word classes of vinfo.class.
const (
	clsLex uint32 = 1 << iota
	clsTime
	clsMonth
	clsWeekday
	clsYear
	clsWeakYear
	clsYearPrefix
	clsPer
	clsNotAfterArticle
	clsNotPlural
	clsPlural
	clsOrdinalSuffix
	clsFiller
	clsScale
	clsCurrencyScale
)

// grammarSets are the word sets of the grammar, as vinfo classes.
var grammarSets = []struct {
	class uint32
	words map[string]bool
}{
	{clsTime, timeWords},
	{clsMonth, months},
	{clsWeekday, weekdays},
	{clsYear, yearWords},
	{clsWeakYear, weakYearWords},
	{clsYearPrefix, yearPrefixes},
	{clsPer, perWords},
	{clsNotAfterArticle, notAfterArticle},
	{clsNotPlural, notPlural},
	{clsPlural, irregularPlurals},
	{clsOrdinalSuffix, ordinalSuffixes},
}

// notPlural are words ending in s that are no plural nouns.
var notPlural = map[string]bool{"was": true, "is": true, "has": true, "as": true, "this": true, "his": true,
	"its": true, "us": true, "thus": true, "does": true, "yes": true, "whereas": true, "unless": true, "plus": true}

// irregularPlurals are plural nouns that do not end in s.
var irregularPlurals = map[string]bool{"people": true, "men": true, "women": true, "children": true}
