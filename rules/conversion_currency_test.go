package rules_test

import (
	"strings"
	"testing"
)

const currencyConversion = `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
rates = [
  { from = "GBP", to = "USD", year = 2025, low = 1.20, high = 1.38 },
  { from = "EUR", to = "GBP", year = 2025, low = 0.82, high = 0.88 },
]
`

// TestCurrencyConversion checks sums restated in another currency
// against the year's range of the rate, both ways, and leaves alone what
// the table cannot judge.
func TestCurrencyConversion(t *testing.T) {
	dated := func(s string) string { return "date 2025-06-06 A headline\n" + s + "\n" }
	for _, tc := range []struct {
		text string
		want []string
	}{
		{dated("He took 4.3 million pounds ($5.5 million) from investors."), nil},
		{dated("He took 4.3 million pounds ($8.5 million) from investors."), []string{
			"a.txt:2:29: fact.conversion: 4.3 million pounds is $5.2 million to $5.9 million at the rates of 2025 (1.2 to 1.38 USD per GBP), not $8.5 million"}},
		{dated("The fine was £4m (about $5.1m)."), nil},
		{dated("The fine was £4m (about $3.5m)."), []string{
			"a.txt:2:19: fact.conversion: £4m is $4.8m to $5.5m at the rates of 2025 (1.2 to 1.38 USD per GBP), not about $3.5m"}},
		// The other way round, from the pair given one way.
		{dated("Net profit rose to $287m (£226m)."), nil},
		{dated("Net profit rose to $287m (£320m)."), []string{"a.txt:2:27: fact.conversion: $287m is £208m to £239m"}},
		{dated("It cost €100m (£86m)."), nil},
		// Rounded conversions pass: £11bn is $13.2bn to $15.2bn.
		{dated("It was valued at 11 billion pounds ($14 billion)."), nil},
		// "about" qualifies the sum and its conversion alike: the
		// conversion restates the figure as written, not the range
		// "about" allows.
		{dated("It was valued at about 11 billion pounds ($14 billion)."), nil},
		{dated("It was valued at about 11 billion pounds ($18 billion)."), []string{
			"a.txt:2:43: fact.conversion: about 11 billion pounds is $13 billion to $15 billion at the rates of 2025 (1.2 to 1.38 USD per GBP), not $18 billion"}},
		// A year the table lacks or a pair it lacks: no claim.
		{"date 2031-01-01 A headline\nHe took 4.3 million pounds ($8.5 million).\n", nil},
		{dated("It cost ¥100m ($2m)."), nil},
		// No date: the union of the table's years (here one) judges.
		{"He took 4.3 million pounds ($8.5 million).", []string{
			"a.txt:1:29: fact.conversion: 4.3 million pounds is $5.2 million to $5.9 million at the rates of 2025 (1.2 to 1.38 USD per GBP), not $8.5 million"}},
		{"He took 4.3 million pounds ($5.5 million).", nil},
		// Not a conversion: two sums side by side.
		{dated("It raised £4m, ($9m in total) last year."), nil},
	} {
		t.Run(strings.TrimPrefix(tc.text, "date 2025-06-06 A headline\n"), func(t *testing.T) {
			expect(t, check(t, currencyConversion, "a.txt", tc.text), tc.want...)
		})
	}
}

// TestCurrencyConversionUndated checks an article without a year against
// the union of the pair's ranges over the table's years: a sum inside any
// year's range passes, one outside all of them is reported with the span
// of years.
func TestCurrencyConversionUndated(t *testing.T) {
	cfg := `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
rate_margin = 0
rates = [
  { from = "GBP", to = "USD", year = 2021, low = 1.30, high = 1.42 },
  { from = "GBP", to = "USD", year = 2022, low = 1.03, high = 1.37 },
]
`
	for _, tc := range []struct {
		text string
		want []string
	}{
		// 1.05 was a rate of 2022 only, 1.40 of 2021 only: both pass.
		{"It cost £100m ($105m).", nil},
		{"It cost £100m ($140m).", nil},
		{"It cost £100m ($186m).", []string{
			"a.txt:1:16: fact.conversion: £100m is $103m to $142m at the rates of 2021-2022 (1.03 to 1.42 USD per GBP), not $186m"}},
		{"It cost €100m ($186m).", nil}, // a pair the table lacks
	} {
		t.Run(tc.text, func(t *testing.T) {
			expect(t, check(t, cfg, "a.txt", tc.text), tc.want...)
		})
	}
}

// TestCurrencyRatesConfig rejects a rate table that cannot be read.
func TestCurrencyRatesConfig(t *testing.T) {
	for _, bad := range []string{
		`rates = [{ from = "GBP", to = "GBP", year = 2025, low = 1, high = 1 }]`,
		`rates = [{ from = "GBP", to = "USD", year = 2025, low = 1.4, high = 1.2 }]`,
		`rates = [{ from = "GBP", to = "USD", low = 1.2, high = 1.4 }]`,
		`rates = [{ from = "GBP", to = "USD", year = 2025, low = 1.2, high = 1.4 }, { from = "USD", to = "GBP", year = 2025, low = 0.7, high = 0.8 }]`,
		`rate_margin = 2`,
		`rate_drift = -0.1`,
		`rate_ahead = 9`,
	} {
		cfg := "default_rules = false\n[[rule]]\nid = \"fact.conversion\"\nkind = \"conversion\"\n" + bad + "\n"
		if _, err := load(t, cfg); err == nil {
			t.Errorf("%s: loaded, want an error", bad)
		} else if !strings.Contains(err.Error(), "fact.conversion") {
			t.Errorf("%s: %v: the error does not name the rule", bad, err)
		}
	}
}

// TestCurrencyCrossRates checks a pair the table lacks at the cross of
// its currencies' rows against a third of the same year: AUD>GBP from
// AUD>USD and GBP>USD. The cross of two ranges is wider than either, so a
// near-slip passes, but a sum restated with its digits swapped does not.
func TestCurrencyCrossRates(t *testing.T) {
	cfg := `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
rate_margin = 0
rates = [
  { from = "AUD", to = "USD", year = 2024, low = 0.60, high = 0.70 },
  { from = "GBP", to = "USD", year = 2024, low = 1.20, high = 1.40 },
  { from = "NZD", to = "USD", year = 2024, low = 0.55, high = 0.65 },
  { from = "NZD", to = "AUD", year = 2024, low = 0.88, high = 0.95 },
]
`
	dated := func(s string) string { return "date 2024-08-02 A headline\n" + s + "\n" }
	for _, tc := range []struct {
		text string
		want []string
	}{
		// AUD>GBP: 0.60/1.40 to 0.70/1.20, 0.43 to 0.58.
		{dated("The dig cost A$4.8m (£2.6m)."), nil},
		{dated("The dig cost A$4.8m (£6.2m)."), []string{
			"a.txt:2:22: fact.conversion: A$4.8m is £2.1m to £2.8m at the rates of 2024 through USD (0.4286 to 0.5833 GBP per AUD), not £6.2m"}},
		{dated("The dig cost £2.6m (A$4.8m)."), nil},
		{dated("The dig cost £2.6m (A$8.4m)."), []string{
			"a.txt:2:21: fact.conversion: £2.6m is A$4.5m to A$6.1m at the rates of 2024 through USD (1.714 to 2.333 AUD per GBP), not A$8.4m"}},
		// A pair with rows of its own is read at them, not at the wider
		// cross (0.786 to 1.083 through USD): NZ$10m is A$8.8m to A$9.5m.
		{dated("The grant was NZ$10m (A$10.5m)."), []string{
			"a.txt:2:23: fact.conversion: NZ$10m is A$8.8m to A$9.5m at the rates of 2024 (0.88 to 0.95 AUD per NZD), not A$10.5m"}},
		// No year of the third's rows: no claim.
		{"date 2023-08-02 A headline\nThe dig cost A$4.8m (£6.2m).\n", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expect(t, check(t, cfg, "a.txt", tc.text), tc.want...)
		})
	}
}

// TestCurrencyYearsAhead checks copy dated after the table's last year
// against the union of its last two years, widened by rate_drift for
// each year past the last, up to rate_ahead years; later copy is not
// checked.
func TestCurrencyYearsAhead(t *testing.T) {
	cfg := `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
rate_margin = 0
rate_ahead = 2
rate_drift = 0.1
rates = [
  { from = "GBP", to = "USD", year = 2023, low = 1.00, high = 1.10 },
  { from = "GBP", to = "USD", year = 2024, low = 1.20, high = 1.30 },
  { from = "GBP", to = "USD", year = 2025, low = 1.25, high = 1.35 },
]
`
	for _, tc := range []struct {
		text string
		want []string
	}{
		// 2026: 1.20 to 1.35 widened by a tenth, 1.08 to 1.485.
		{"date 2026-05-01 A headline\nIt cost £10m ($14.5m).\n", nil},
		{"date 2026-05-01 A headline\nIt cost £10m ($41m).\n", []string{
			"a.txt:2:15: fact.conversion: £10m is $11m to $15m at the rates of 2024-2025 widened for 2026 (1.08 to 1.485 USD per GBP), not $41m"}},
		// 2027: by two tenths, 0.96 to 1.62.
		{"date 2027-05-01 A headline\nIt cost £10m ($16m).\n", nil},
		{"date 2027-05-01 A headline\nIt cost £10m ($61m).\n", []string{
			"a.txt:2:15: fact.conversion: £10m is $9.6m to $16.2m at the rates of 2024-2025 widened for 2027 (0.96 to 1.62 USD per GBP), not $61m"}},
		// Past rate_ahead: no claim.
		{"date 2028-05-01 A headline\nIt cost £10m ($61m).\n", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expect(t, check(t, cfg, "a.txt", tc.text), tc.want...)
		})
	}
}

// TestCurrencyStatedRate checks sums restated in another currency against
// a rate the article states, as wire copy does in a footer ("($1 =
// 18.20 rand)"): more narrowly than the year's range, both ways, and
// with or without a table row for the pair.
func TestCurrencyStatedRate(t *testing.T) {
	dated := func(s string) string { return "date 2025-06-06 A headline\n" + s + "\n" }
	for _, tc := range []struct {
		text string
		want []string
	}{
		// 4.3 million pounds at 1.30: $5.59 million. The year's range
		// (1.2 to 1.38) would let $5.2 million pass.
		{dated("He took 4.3 million pounds ($5.6 million).\n(£1 = $1.30)"), nil},
		{dated("He took 4.3 million pounds ($5.2 million).\n(£1 = $1.30)"), []string{
			"a.txt:2:29: fact.conversion: 4.3 million pounds is about $5.6 million at the article's rate (£1 = $1.30), not $5.2 million"}},
		// The other way round, and "pounds" after the "=" as sterling.
		{dated("The levy is $130 (£100).\n($1 = 0.77 pounds)"), nil},
		{dated("The levy is $130 (£120).\n($1 = 0.77 pounds)"), []string{
			"a.txt:2:19: fact.conversion: $130 is about £100 at the article's rate ($1 = 0.77 pounds), not £120"}},
		// A pair the table lacks is checked at the stated rate alone.
		{dated("The plant costs 9.1 billion rand ($500 million).\n($1 = 18.20 rand)"), nil},
		{dated("The plant costs 9.1 billion rand ($540 million).\n($1 = 18.20 rand)"), []string{
			"a.txt:2:35: fact.conversion: 9.1 billion rand is about $500 million at the article's rate ($1 = 18.20 rand), not $540 million"}},
		// Two different rates for one pair: neither is trusted, and the
		// table judges.
		{dated("He took 4.3 million pounds ($5.2 million).\n(£1 = $1.30)\n(£1 = $1.25)"), nil},
		// Not a stated rate: a sum of more than one unit.
		{dated("He took 4.3 million pounds ($5.2 million).\n(£2 = $2.60)"), nil},
	} {
		t.Run(strings.TrimPrefix(tc.text, "date 2025-06-06 A headline\n"), func(t *testing.T) {
			expect(t, check(t, currencyConversion, "a.txt", tc.text), tc.want...)
		})
	}
}

// TestPackEuropeanCurrencies checks the default pack's European
// currencies: sums in kronor, Danish crowns and zlotys restated in euros
// or dollars are checked at the euro's rates (crossed through the euro
// for the dollar), and "kronor" and "Swedish crowns" are the one
// currency whose sums outlets compare.
func TestPackEuropeanCurrencies(t *testing.T) {
	dated := func(s string) string { return "date 2024-03-05 A headline\n" + s + "\n" }
	for _, tc := range []struct {
		name     string
		rule     string
		articles []string
		want     []string
	}{
		{
			name:     "Danish crowns in euros",
			rule:     "fact.conversion",
			articles: []string{"a.txt", dated("The council put the bill at 52 million Danish crowns (7 million euros).")},
		},
		{
			name:     "Danish crowns in too many euros",
			rule:     "fact.conversion",
			articles: []string{"a.txt", dated("The council put the bill at 52 million Danish crowns (9 million euros).")},
			want: []string{
				"a.txt:2:55: fact.conversion: 52 million Danish crowns is about 7 million euros at the rates of 2024 (0.1337 to 0.1346 EUR per DKK), not 9 million euros",
			},
		},
		{
			name:     "kronor in dollars, through the euro",
			rule:     "fact.conversion",
			articles: []string{"a.txt", dated("The mill expects to lose 310 million kronor ($29 million).")},
		},
		{
			name:     "kronor in too many dollars",
			rule:     "fact.conversion",
			articles: []string{"a.txt", dated("The mill expects to lose 310 million kronor ($45 million).")},
			want: []string{
				"a.txt:2:46: fact.conversion: 310 million kronor is $27 million to $32 million at the rates of 2024 through EUR (0.08559 to 0.1018 USD per SEK), not $45 million",
			},
		},
		{
			name:     "zlotys in euros",
			rule:     "fact.conversion",
			articles: []string{"a.txt", dated("Aid of 4.2 million zlotys (1 million euros) was promised."), "b.txt", dated("Aid of 4.2 million zlotys (1.6 million euros) was promised.")},
			want: []string{
				"b.txt:2:28: fact.conversion: 4.2 million zlotys is about 1 million euros at the rates of 2024 (0.2268 to 0.2358 EUR per PLN), not 1.6 million euros",
			},
		},
		{
			name: "kronor and Swedish crowns are one currency",
			rule: "fact.mismatch",
			articles: []string{
				"a.txt", "The mill on the Orvik river expects to lose 310 million kronor in revenue.\n",
				"b.txt", "The Orvik river mill expects to lose 310 million Swedish crowns in revenue.\n",
				"c.txt", "The mill on the Orvik river expects to lose 380 million kronor in revenue.\n",
			},
			want: []string{
				"c.txt:1:45: fact.mismatch: amount in SEK: 380 million kronor here; 310 million kronor in a.txt:1, 310 million Swedish crowns in b.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, tc.rule, tc.articles...), tc.want...)
		})
	}
}
