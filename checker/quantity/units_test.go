package quantity

import "testing"

// TestExtractWrittenUnits checks figures written in forms the unit table
// once missed: currencies beyond the major ones, a currency word that
// several countries share, basis points, and a fraction in words with
// "of a" before its unit.
func TestExtractWrittenUnits(t *testing.T) {
	runExtractCases(t, []extractCase{
		// A shared word is its own unit; a code or adjective names the currency.
		{"shared krone word", "It costs 120 kroner.", []want{c("120 kroner", "120", 120).u("kroner")}},
		{"krona singular", "It costs 1 krona.", []want{c("1 krona", "1", 1).u("kroner")}},
		{"scaled krone word", "She took a 2 million kroner loan.", []want{c("2 million kroner", "2 million", 2e6).u("kroner")}},
		// "Kronor" is the Swedish plural alone, and wires name each
		// Nordic currency "crowns" after its country's adjective.
		{"the Swedish plural", "She took a 2 million kronor loan.", []want{c("2 million kronor", "2 million", 2e6).u("SEK")}},
		{"crowns after an adjective", "It cost 3 million Danish crowns.", []want{c("3 million Danish crowns", "3 million", 3e6).u("DKK")}},
		{"code prefix", "It raised DKK 4m.", []want{c("DKK 4m", "4m", 4e6).u("DKK")}},
		{"adjective names it", "It raised 4 million Swedish kronor.", []want{c("4 million Swedish kronor", "4 million", 4e6).u("SEK")}},
		// A ship's size in gross tonnes is read as the tonnes another
		// outlet writes ("the 31,200-tonne ship").
		{"gross tonnes", "The ship, of 31,200 gross tonnes, sank.", []want{c("31,200 gross tonnes", "31,200", 31200).u("t")}},
		{"zloty", "It costs 75 zlotys.", []want{c("75 zlotys", "75", 75).u("PLN")}},
		{"forint", "It costs 900 forints.", []want{c("900 forints", "900", 900).u("HUF")}},
		{"koruna", "It costs 300 koruna.", []want{c("300 koruna", "300", 300).u("CZK")}},
		{"rand", "It cost 1.9 billion rand.", []want{c("1.9 billion rand", "1.9 billion", 1.9e9).u("ZAR")}},
		{"shared peso word", "It cost 8 million pesos.", []want{c("8 million pesos", "8 million", 8e6).u("peso")}},
		{"real is a word", "It has 3 real problems.", []want{c("3", "3", 3)}},
		{"reais", "It cost 40 reais.", []want{c("40 reais", "40", 40).u("BRL")}},
		// Basis points: the percentage-point dimension at a hundredth.
		{"basis points", "It cut rates by 75 basis points.", []want{c("75 basis points", "75", 75).u("bp")}},
		{"bp glued", "Yields rose 12bp.", []want{c("12bp", "12", 12).u("bp")}},
		{"basis point attributive", "A 50 basis point cut.", []want{c("50 basis point", "50", 50).u("bp")}},
		// Fractions in words with "of a" and a unit.
		{"quarter of a pp", "It rose by a quarter of a percentage point.", []want{c("a quarter of a percentage point", "a quarter", 0.25).u("pp")}},
		{"three-quarters of a mile", "It lies three-quarters of a mile away.", []want{c("three-quarters of a mile", "three-quarters", 0.75).u("mi")}},
		{"third of an hour", "It took a third of an hour.", []want{c("a third of an hour", "a third", 1.0/3).u("h")}},
		{"fraction of a thing", "It took a quarter of a cake.", []want{c("a quarter", "a quarter", 0.25)}},
		{"fraction of a currency stays bare", "It took a quarter of a dollar.", []want{c("a quarter", "a quarter", 0.25)}},
		{"one and a half hours", "It lasted one and a half hours.", []want{c("one and a half hours", "one and a half", 1.5).u("h")}},
	})
}

// TestBasisPointsConvert checks that a basis point is a hundredth of a
// percentage point, so that "25 basis points" and "0.25 percentage
// points" are one interval.
func TestBasisPointsConvert(t *testing.T) {
	tb := pack(t)
	bp, pp := tb.Unit("bp"), tb.Unit("pp")
	if bp == nil || pp == nil {
		t.Fatal("the pack lacks bp or pp")
	}
	if bp.Dimension != pp.Dimension {
		t.Fatalf("bp is %q, pp is %q: not one dimension", bp.Dimension, pp.Dimension)
	}
	if got := 25 * bp.Factor / pp.Factor; got < 0.2499999 || got > 0.2500001 {
		t.Errorf("25 bp = %g pp, want 0.25", got)
	}
	if k, p := tb.Unit("kroner"), tb.Unit("NOK"); k == nil || p == nil || k.Dimension == p.Dimension {
		t.Errorf("the shared krone word and NOK must be two dimensions")
	}
}
