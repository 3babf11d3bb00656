package quantity

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/factlint/factlint/internal/corpusgen"
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

// TestInfoSpanMatchesInfo checks the one-word look-up of short tokens
// against info: every key of the vocabulary and its upper and title case
// (alone, so with fewer than eight bytes of text after it, and followed
// by text), words a byte longer or shorter, bytes that fold near the
// capitals ('@', '[', '`', '{'), NUL, and every token of the testdata
// articles and of generated copy.
func TestInfoSpanMatchesInfo(t *testing.T) {
	tb := pack(t)
	short := 0
	for _, s := range tb.short {
		if s.v != nil {
			short++
		}
	}
	want := 0
	for k := range tb.vocab {
		if len(k) <= shortMax && strings.IndexFunc(k, func(r rune) bool { return r >= 0x80 }) < 0 {
			want++
		}
	}
	if short != want || want < 300 {
		t.Errorf("short table holds %d keys, want %d", short, want)
	}
	var texts []string
	for k := range tb.vocab {
		for _, w := range []string{k, strings.ToUpper(k), strings.ToUpper(k[:1]) + k[1:], k + "s", k[:len(k)-1], "@" + k, k + "[", "`" + k, k + "{", k + "\x00"} {
			texts = append(texts, w, w+" and then some more text")
		}
	}
	texts = append(texts, "\x00", "A", "Z", "@", "[", "`", "{", "KM", "Km", "kM", "PER", "eight", "EIGHT", "thousand", "THOUSAND")
	err := filepath.WalkDir("../../testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		texts = append(texts, string(src))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range corpusgen.Generate(corpusgen.Options{Articles: 50, Seed: 3}) {
		texts = append(texts, string(a.Text))
	}
	checked, found := 0, 0
	for _, text := range texts {
		// The whole text as one token, then each of its tokens.
		spans := [][2]int{{0, len(text)}}
		for _, tk := range seg(text).Tokens {
			spans = append(spans, [2]int{tk.Start, tk.End})
		}
		for _, sp := range spans {
			if sp[0] == sp[1] {
				continue
			}
			got, want := tb.infoSpan(text, sp[0], sp[1]), tb.info(text[sp[0]:sp[1]])
			if got != want {
				t.Fatalf("infoSpan(%q) = %p, info = %p", text[sp[0]:sp[1]], got, want)
			}
			checked++
			if got != nil {
				found++
			}
		}
	}
	if checked < 100000 || found < 5000 {
		t.Errorf("checked %d tokens, %d in the vocabulary: the test lost its cases", checked, found)
	}
}
