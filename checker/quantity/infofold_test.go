package quantity

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestCaselessRunes checks caseless against unicode.ToLower: no rune of
// its ranges is changed by lower-casing, so infoFold may copy them.
func TestCaselessRunes(t *testing.T) {
	n := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !caseless(r) {
			continue
		}
		n++
		if unicode.ToLower(r) != r {
			t.Errorf("caseless(%U) but ToLower gives %U", r, unicode.ToLower(r))
		}
	}
	if n != 32+112+48 {
		t.Errorf("%d caseless runes, want %d", n, 32+112+48)
	}
	if caseless(unicode.ReplacementChar) {
		t.Error("caseless(U+FFFD): strings.ToLower writes it for an invalid byte")
	}
}

// TestInfoFoldMatchesToLower checks info against the map look-up of
// strings.ToLower that it replaces, on tokens with non-ASCII bytes:
// symbols of the vocabulary in either case, letters that fold to ASCII
// (KELVIN SIGN, dotted capital I), letters with a lower case, invalid
// bytes, and every token of the testdata articles.
func TestInfoFoldMatchesToLower(t *testing.T) {
	tb := pack(t)
	words := []string{
		"€", "£", "¥", "₹", "₴", "฿", "₽", "₩", "₦", "₪", "°", "ºC", "ºc", "ºF", "°C", "°c", "\u2019", "\u201c", "\u2014", "\u00a0",
		"\u212Am", "\u212A", "k\u212A", "\u0130", "Ünal", "ÜNAL", "Zoë", "€\xff", "\xff", "\xe2\x82", "\ufffd", "º\u212A",
		"US$", "C$", "HK\u0024", "A€", "a€", "€A", "MILLION\u2019", strings.Repeat("€", 10), strings.Repeat("€", 11),
	}
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		text := string(src)
		for _, tk := range seg(text).Tokens {
			w := tk.Text(text)
			if strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 }) >= 0 {
				words = append(words, w)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, w := range words {
		var want *vinfo
		if len(w) > 0 && len(w) <= 32 {
			want = tb.vocab[strings.ToLower(w)]
		}
		if got := tb.info(w); got != want {
			t.Errorf("info(%q) = %p, want %p (vocab[ToLower])", w, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 10 || len(words) < 300 {
		t.Errorf("%d words with non-ASCII bytes, %d in the vocabulary: the test lost its cases", len(words), found)
	}
}
