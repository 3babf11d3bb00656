package rules

import (
	"strconv"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestPackRatesHoldPublishedFixings checks the default pack's yearly
// currency ranges against rates published for days of those years: each
// must lie inside its year's range as written, before rate_margin widens
// it. The rows were written without a data feed; these fixings are the
// samples they were checked against. Where a row is given the other way
// round ("USD" to "JPY"), the fixing is read as the row is.
func TestPackRatesHoldPublishedFixings(t *testing.T) {
	raw, err := defaultPack.ReadFile("pack/facts.toml")
	if err != nil {
		t.Fatal(err)
	}
	var pack struct {
		Rule []struct {
			ID    string
			Rates []struct {
				From, To  string
				Year      int
				Low, High float64
			}
		}
	}
	if _, err := toml.Decode(string(raw), &pack); err != nil {
		t.Fatal(err)
	}
	type band struct{ low, high float64 }
	rows := map[string]band{}
	for _, r := range pack.Rule {
		for _, x := range r.Rates {
			rows[x.From+">"+x.To+"@"+strconv.Itoa(x.Year)] = band{x.Low, x.High}
		}
	}
	for _, f := range []struct {
		day   string // the day of the fixing and where it was published
		pair  string // as the pack's row gives it
		rates []float64
	}{
		// The Federal Reserve's H.10 weekly releases (noon buying rates
		// in New York), one week each.
		{"2022-04-25..29, H.10", "AUD>USD", []float64{0.7147, 0.7145, 0.7124, 0.7077, 0.7101}},
		{"2022-04-25..29, H.10", "GBP>USD", []float64{1.2698, 1.2617, 1.2547, 1.2443, 1.2565}},
		{"2022-04-25..29, H.10", "USD>JPY", []float64{127.66, 127.37, 128.44, 130.94, 129.84}},
		{"2022-04-25..29, H.10", "USD>CNY", []float64{6.5585, 6.5552, 6.5595, 6.6243, 6.6080}},
		{"2022-04-25..29, H.10", "USD>ZAR", []float64{15.7550, 15.8300, 15.9500, 16.0625, 15.7675}},
		{"2022-04-25..29, H.10", "USD>CHF", []float64{0.9585, 0.9610, 0.9695, 0.9724, 0.9723}},
		{"2022-07-18..22, H.10", "EUR>USD", []float64{1.0160, 1.0238, 1.0217, 1.0197, 1.0225}},
		{"2022-07-18..22, H.10", "USD>INR", []float64{79.99, 79.88, 79.96, 79.85, 79.83}},
		{"2022-07-18..22, H.10", "USD>ZAR", []float64{17.0725, 17.0533, 17.1025, 17.0675, 16.8300}},
		{"2022-07-18..22, H.10", "NZD>USD", []float64{0.6172, 0.6228, 0.6238, 0.6216, 0.6273}},
		{"2023-03-13..17, H.10", "USD>CAD", []float64{1.3687, 1.3676, 1.3799, 1.3761, 1.3753}},
		{"2023-03-13..17, H.10", "USD>CHF", []float64{0.9118, 0.9137, 0.9243, 0.9299, 0.9284}},
		{"2023-03-13..17, H.10", "USD>JPY", []float64{133.13, 134.33, 132.81, 133.01, 132.01}},
		{"2023-04-17..21, H.10", "USD>CNY", []float64{6.8786, 6.8755, 6.8851, 6.8725, 6.8920}},
		{"2023-07-31..08-04, H.10", "USD>ZAR", []float64{17.8081, 18.2365, 18.5437, 18.7496, 18.3939}},
		{"2023-12-11..15, H.10", "USD>JPY", []float64{146.41, 145.45, 145.17, 141.53, 141.80}},
		{"2023-12-11..15, H.10", "USD>INR", []float64{83.38, 83.37, 83.40, 83.28, 83.02}},
		{"2023-12-11..15, H.10", "USD>ZAR", []float64{19.1039, 19.0167, 19.0511, 18.2946, 18.2575}},
		{"2023-12-11..15, H.10", "GBP>USD", []float64{1.2550, 1.2549, 1.2527, 1.2767, 1.2709}},
		{"2024-01-29..02-02, H.10", "USD>CNY", []float64{7.1798, 7.1755, 7.1673, 7.1799, 7.1920}},
		{"2024-01-29..02-02, H.10", "USD>JPY", []float64{147.65, 147.71, 146.26, 146.18, 148.54}},
		{"2024-01-29..02-02, H.10", "USD>CHF", []float64{0.8640, 0.8624, 0.8587, 0.8579, 0.8676}},
		{"2024-01-29..02-02, H.10", "AUD>USD", []float64{0.6594, 0.6595, 0.6600, 0.6566, 0.6510}},
		{"2024-01-29..02-02, H.10", "NZD>USD", []float64{0.6110, 0.6129, 0.6147, 0.6135, 0.6066}},
		// The end of 2025, from market reports: the rupee's record low
		// close (16 December), the rand's three-year high (30 December)
		// and the yuan's fixing (22 December).
		{"2025-12-16, rupee close", "USD>INR", []float64{90.93}},
		{"2025-12-30, rand", "USD>ZAR", []float64{16.665}},
		{"2025-12-22, yuan central parity", "USD>CNY", []float64{7.0572}},
	} {
		year := f.day[:4]
		b, ok := rows[f.pair+"@"+year]
		if !ok {
			t.Errorf("%s: no row for %s in %s", f.day, f.pair, year)
			continue
		}
		for _, r := range f.rates {
			if r < b.low || r > b.high {
				t.Errorf("%s: %s at %g lies outside the pack's %s range %g to %g", f.day, f.pair, r, year, b.low, b.high)
			}
		}
	}
}
