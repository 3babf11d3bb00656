package quantity

import (
	"os"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/factlint/factlint/checker/segment"
	_ "github.com/factlint/factlint/internal/golden"
)

// packFile is the schema of rules/pack/quantities.toml.
type packFile struct {
	Quantities struct {
		Fillers []string `toml:"fillers"`
	} `toml:"quantities"`
	Unit      []UnitDef      `toml:"unit"`
	Qualifier []QualifierDef `toml:"qualifier"`
	// Grammar is read by the rules, not by this package.
	Grammar map[string]any `toml:"grammar"`
}

const packPath = "../../rules/pack/quantities.toml"

var (
	packOnce  sync.Once
	packTable *Table
	packDefs  packFile
	packErr   error
)

// readPack decodes the pack strictly.
func readPack() (packFile, error) {
	var f packFile
	data, err := os.ReadFile(packPath)
	if err != nil {
		return f, err
	}
	md, err := toml.Decode(string(data), &f)
	if err != nil {
		return f, err
	}
	if u := md.Undecoded(); len(u) > 0 {
		return f, &undecodedError{keys: u}
	}
	return f, nil
}

type undecodedError struct{ keys []toml.Key }

func (e *undecodedError) Error() string {
	var s []string
	for _, k := range e.keys {
		s = append(s, k.String())
	}
	return "undecoded keys: " + strings.Join(s, ", ")
}

// pack returns the table of the default rule pack.
func pack(t testing.TB) *Table {
	t.Helper()
	packOnce.Do(func() {
		packDefs, packErr = readPack()
		if packErr != nil {
			return
		}
		tb := NewTable()
		tb.AddFillers(packDefs.Quantities.Fillers)
		for _, u := range packDefs.Unit {
			if err := tb.AddUnit(u); err != nil {
				packErr = err
				return
			}
		}
		for _, q := range packDefs.Qualifier {
			if err := tb.AddQualifier(q); err != nil {
				packErr = err
				return
			}
		}
		packTable = tb
	})
	if packErr != nil {
		t.Fatalf("%s: %v", packPath, packErr)
	}
	return packTable
}

func seg(text string) *segment.Result {
	return segment.Segment(text, []segment.Block{{Start: 0, End: len(text)}}, &segment.Options{})
}

func extract(t testing.TB, text string) []Quantity {
	t.Helper()
	return pack(t).Extract(text, seg(text))
}

func TestPackLoads(t *testing.T) {
	tb := pack(t)
	if len(tb.Units()) < 40 {
		t.Errorf("only %d units", len(tb.Units()))
	}
	for _, name := range []string{"km/h", "mph", "km", "mi", "%", "pp", "USD", "GBP", "lb", "°C", "°F", "h", "year"} {
		if tb.Unit(name) == nil {
			t.Errorf("no unit %q", name)
		}
	}
	if tb.Unit("nope") != nil {
		t.Error(`Unit("nope") is not nil`)
	}
	units := tb.Units()
	if units[0].Name != packDefs.Unit[0].Name || units[len(units)-1].Name != packDefs.Unit[len(packDefs.Unit)-1].Name {
		t.Error("Units() is not in definition order")
	}
	units[0] = nil // a copy
	if tb.Units()[0] == nil {
		t.Error("Units() returns the table's own slice")
	}
}

// TestPackRoundTrip extracts "5 <alias>", "5<attached>" and "<prefix>5"
// for every unit of the pack.
func TestPackRoundTrip(t *testing.T) {
	tb := pack(t)
	for _, d := range packDefs.Unit {
		for _, a := range d.Aliases {
			for _, text := range []string{"It was 5 " + a + " then.", "It was 5 " + strings.ToUpper(a) + " then."} {
				checkOne(t, tb, text, "5 "+text[len("It was 5 "):len(text)-len(" then.")], d.Name)
			}
		}
		for _, a := range d.Attached {
			checkOne(t, tb, "It was 5"+a+" then.", "5"+a, d.Name)
		}
		for _, a := range d.Prefixes {
			// A prefix of letters is spaced: "USD5" is one word.
			sep := ""
			if r, _ := utf8.DecodeLastRuneInString(a); unicode.IsLetter(r) {
				sep = " "
			}
			// A prefix of one capital letter reads no plain integer
			// of fewer than four digits (TestOneLetterPrefix).
			if len(a) != 1 || a[0] < 'A' || a[0] > 'Z' {
				checkOne(t, tb, "It was "+a+sep+"5 then.", a+sep+"5", d.Name)
			}
			checkOne(t, tb, "It was "+a+sep+"5 million then.", a+sep+"5 million", d.Name)
		}
	}
}

func checkOne(t *testing.T, tb *Table, text, span, unit string) {
	t.Helper()
	qs := tb.Extract(text, seg(text))
	if len(qs) != 1 {
		t.Errorf("%q: %d quantities, want 1", text, len(qs))
		return
	}
	q := qs[0]
	if got := text[q.Span.Start:q.Span.End]; got != span {
		t.Errorf("%q: span %q, want %q", text, got, span)
	}
	if q.Unit == nil || q.Unit.Name != unit {
		t.Errorf("%q: unit %v, want %q", text, q.Unit, unit)
	}
}

func TestAddUnitErrors(t *testing.T) {
	ok := UnitDef{Name: "km", Dimension: "length", Factor: 1000, Aliases: []string{"km"}}
	tests := []struct {
		name string
		def  UnitDef
		want string
	}{
		{"no name", UnitDef{Dimension: "length", Factor: 1, Aliases: []string{"x"}}, "missing name"},
		{"twice", ok, `name "km" is already defined`},
		{"no dimension", UnitDef{Name: "x", Factor: 1, Aliases: []string{"x"}}, "missing dimension"},
		{"zero factor", UnitDef{Name: "x", Dimension: "length", Aliases: []string{"x"}}, "factor 0"},
		{"negative factor", UnitDef{Name: "x", Dimension: "length", Factor: -2, Aliases: []string{"x"}}, "factor -2"},
		{"no forms", UnitDef{Name: "x", Dimension: "length", Factor: 1}, "at least one alias"},
		{"zero variant", UnitDef{Name: "x", Dimension: "length", Factor: 1, Aliases: []string{"x"}, Variants: []float64{0}}, "variant factor 0"},
		{"alias taken", UnitDef{Name: "x", Dimension: "length", Factor: 1, Aliases: []string{"KM"}}, `alias "KM" already belongs to unit "km"`},
		{"empty alias", UnitDef{Name: "x", Dimension: "length", Factor: 1, Aliases: []string{" "}}, "empty alias"},
		{"digit alias", UnitDef{Name: "x", Dimension: "length", Factor: 1, Aliases: []string{"2x"}}, `alias "2x" must not begin with a digit`},
		{"attached symbol", UnitDef{Name: "x", Dimension: "length", Factor: 1, Attached: []string{"°"}}, `attached form "°" must be letters only`},
		{"prefix taken", UnitDef{Name: "x", Dimension: "currency:X", Factor: 1, Prefixes: []string{"$"}}, `prefix "$" already belongs to unit "dollar"`},
	}
	tb := NewTable()
	if err := tb.AddUnit(ok); err != nil {
		t.Fatal(err)
	}
	if err := tb.AddUnit(UnitDef{Name: "dollar", Dimension: "currency:USD", Factor: 1, Prefixes: []string{"$"}}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		err := tb.AddUnit(tc.def)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
	// A failed unit leaves no trace.
	if tb.Unit("x") != nil || len(tb.Units()) != 2 {
		t.Errorf("failed units were added: %d units", len(tb.Units()))
	}
	// The same alias twice in one unit is fine.
	if err := tb.AddUnit(UnitDef{Name: "y", Dimension: "length", Factor: 1, Aliases: []string{"yy", "YY"}}); err != nil {
		t.Error(err)
	}
}

func TestAddQualifierErrors(t *testing.T) {
	tb := NewTable()
	if err := tb.AddQualifier(QualifierDef{Bound: "at-least", Words: []string{"at least"}}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		def  QualifierDef
		want string
	}{
		{QualifierDef{Bound: "roughly", Words: []string{"x"}}, `unknown bound "roughly"`},
		{QualifierDef{Bound: "about", Words: []string{"x"}}, "tolerance 0 of bound \"about\""},
		{QualifierDef{Bound: "nearly", Tolerance: 1, Words: []string{"x"}}, "tolerance 1 of bound \"nearly\""},
		{QualifierDef{Bound: "exact", Tolerance: 0.1, Words: []string{"x"}}, "must be 0"},
		{QualifierDef{Bound: "exact"}, "has no words"},
		{QualifierDef{Bound: "more-than", Words: []string{"At  Least"}}, `qualifier "At Least" already belongs to bound "at-least"`},
	}
	for _, tc := range tests {
		err := tb.AddQualifier(tc.def)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.def, err, tc.want)
		}
	}
}

// TestTableFromCode builds a small table by hand: the extractor knows no
// unit of its own.
func TestTableFromCode(t *testing.T) {
	tb := NewTable()
	text := "It took 5 hours, about 3 leagues."
	if qs := tb.Extract(text, seg(text)); len(qs) != 2 || qs[0].Unit != nil || qs[1].Qualifier != nil {
		t.Fatalf("empty table: %+v", qs)
	}
	must(t, tb.AddUnit(UnitDef{Name: "league", Dimension: "length", Factor: 4828, Aliases: []string{"league", "leagues"}}))
	must(t, tb.AddQualifier(QualifierDef{Bound: "about", Tolerance: 0.2, Words: []string{"about"}}))
	qs := tb.Extract(text, seg(text))
	if len(qs) != 2 || qs[1].Unit != tb.Unit("league") || qs[1].Qualifier == nil || qs[1].Qualifier.Tolerance != 0.2 {
		t.Fatalf("got %+v", qs)
	}
	if got := text[qs[1].Span.Start:qs[1].Span.End]; got != "about 3 leagues" {
		t.Errorf("span %q", got)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestExtractNil(t *testing.T) {
	var tb *Table
	if tb.Extract("5 km", seg("5 km")) != nil {
		t.Error("nil table")
	}
	if pack(t).Extract("5 km", nil) != nil {
		t.Error("nil segmentation")
	}
	// A segmentation of another, longer text.
	long := "It was 5 km and 10 miles away."
	if qs := pack(t).Extract("It was 5 km", seg(long)); len(qs) != 1 {
		t.Errorf("mismatched segmentation: %+v", qs)
	}
}

// TestOneLetterPrefix checks that a currency prefix of one capital
// letter (the rand's "R") reads a sum written as one, with a scale word,
// a point, a separator or four digits, but not a plain integer of fewer
// digits, which is most often a road's or a model's number ("the R79"),
// while "$21" is still a sum. Invented copy.
func TestOneLetterPrefix(t *testing.T) {
	tb := pack(t)
	opts := &segment.Options{Glued: segment.NewGlued(tb.GluedPrefixes())}
	read := func(text string) []Quantity {
		return tb.Extract(text, segment.Segment(text, []segment.Block{{Start: 0, End: len(text)}}, opts))
	}
	for _, tc := range []struct {
		text, span, unit string
	}{
		{"The repairs cost R17m then.", "R17m", "ZAR"},
		{"The repairs cost R4.2 billion then.", "R4.2 billion", "ZAR"},
		{"The duty adds R53,000 then.", "R53,000", "ZAR"},
		{"Shares closed at R61.40 then.", "R61.40", "ZAR"},
		{"The fine was R2000 then.", "R2000", "ZAR"},
		{"The fine was $21 then.", "$21", "USD"},
	} {
		qs := read(tc.text)
		if len(qs) != 1 || tc.text[qs[0].Span.Start:qs[0].Span.End] != tc.span || qs[0].Unit == nil || qs[0].Unit.Name != tc.unit {
			t.Errorf("%q: %d quantities, want %q in %s", tc.text, len(qs), tc.span, tc.unit)
		}
	}
	for _, text := range []string{"Traffic on the R79 was slow.", "Take the R634 north.", "It was R 5 then."} {
		for _, q := range read(text) {
			if q.Unit != nil {
				t.Errorf("%q: read %q as a sum in %s", text, text[q.Span.Start:q.Span.End], q.Unit.Name)
			}
		}
	}
}

// TestUnitVariants checks that a unit's variants are kept by its name and
// that a unit without any, or an unknown one, has none.
func TestUnitVariants(t *testing.T) {
	tb := NewTable()
	if err := tb.AddUnit(UnitDef{Name: "gal", Dimension: "volume", Factor: 0.003785411784, Aliases: []string{"gallons"}, Variants: []float64{0.00454609}}); err != nil {
		t.Fatal(err)
	}
	if err := tb.AddUnit(UnitDef{Name: "L", Dimension: "volume", Factor: 0.001, Aliases: []string{"litres"}}); err != nil {
		t.Fatal(err)
	}
	if got := tb.Variants("gal"); len(got) != 1 || got[0] != 0.00454609 {
		t.Errorf("Variants(gal) = %v, want [0.00454609]", got)
	}
	if got := tb.Variants("L"); got != nil {
		t.Errorf("Variants(L) = %v, want none", got)
	}
	if got := (*Table)(nil).Variants("gal"); got != nil {
		t.Errorf("nil table: Variants(gal) = %v, want none", got)
	}
}
