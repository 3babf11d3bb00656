package segment

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The tokenizer as it was before its ASCII fast path (Unicode decoding
// of every rune), kept to check that the fast path finds the same tokens.

func refTokenize(text string, start, end int, out []Token) []Token {
	joined := false
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			joined = false
			i += size
			continue
		case refIsWordRune(r):
			j, kind := refScanWord(text, i, end)
			out = append(out, Token{Start: i, End: j, Kind: kind, Joined: joined && len(out) > 0})
			i = j
		case r == '\'' && len(out) > 0 && joined && out[len(out)-1].Kind == Word:
			// A possessive: "Korea's" or "leaders'".
			j := i + 1
			if j < end && (text[j] == 's' || text[j] == 'S') && !refIsWordAt(text, j+1, end) {
				j++
			}
			if j == i+1 && refIsWordAt(text, j, end) {
				// An opening quote glued to a word: punctuation.
				out = append(out, Token{Start: i, End: j, Kind: Punct, Joined: true})
			} else {
				out = append(out, Token{Start: i, End: j, Kind: Possessive, Joined: true})
			}
			i = j
		default:
			out = append(out, Token{Start: i, End: i + size, Kind: Punct, Joined: joined && len(out) > 0})
			i += size
		}
		joined = true
	}
	return out
}

func refIsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// Most copy is ASCII: one table look-up instead of four
		// Unicode range searches.
		return refASCIIWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// refASCIIWord marks the ASCII letters and digits, the ASCII runes for which
// refIsWordRune holds.
var refASCIIWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isLetterByte(byte(c)) || isDigit(byte(c))
	}
	return t
}()

func refIsWordAt(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return refIsWordRune(r)
}

// refScanWord reads a word or number starting at i.
func refScanWord(text string, i, end int) (int, Kind) {
	letters := false
	j := i
	for j < end {
		if c := text[j]; c < utf8.RuneSelf && refASCIIWord[c] {
			letters = letters || isLetterByte(c)
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if refIsWordRune(r) {
			if unicode.IsLetter(r) {
				letters = true
			}
			j += size
			continue
		}
		next := j + size
		switch {
		case (r == ',' || r == '.') && !letters && next < end && isDigit(text[next]):
			// "1,500", "1.5"
			j = next
			continue
		case r == '\'' && letters && refIsWordAt(text, next, end) && !refPossessiveAt(text, j, end):
			// "O'Brien", "didn't"
			j = next
			continue
		case r == '.' && letters && j-i <= 2 && next+1 < end && isLetterByte(text[next]) && text[next+1] == '.':
			// "U.S." and "a.m.": a letter, a full stop, a letter, a full stop.
			j = next
			continue
		}
		break
	}
	// Keep the final full stop of a dotted abbreviation ("U.S."), not
	// of a decimal figure ("magnitude 5.4.").
	if letters && j < end && text[j] == '.' && strings.Contains(text[i:j], ".") {
		j++
	}
	if letters {
		return j, Word
	}
	return j, Number
}
func refPossessiveAt(text string, j, end int) bool {
	return j+1 < end && (text[j+1] == 's' || text[j+1] == 'S') && !refIsWordAt(text, j+2, end)
}

// refTokens tokenizes text in one block with the reference tokenizer.
func refTokens(text string) []Token { return refTokenize(text, 0, len(text), nil) }

// tokenizeSamples are texts that exercise every branch of the tokenizer:
// possessives, quotes, dotted abbreviations, numbers with separators,
// non-ASCII letters, marks and spaces, invalid UTF-8.
var tokenizeSamples = []string{
	"Korea's leaders' talks in the U.S. on Sept. 12, 2023 cost $1,500.50 (about 1.5bn).",
	"O'Brien didn't say 'no' -- \"Fine,\" he said... Then?! Yes.",
	"Zoë Ünal\u00a0met\u2003Moon Jae-in at 10:30 a.m. in Gangneung\u0085, 9mm 5.7bn 30C.",
	"\xff\xe2\x80 bad bytes 'tis '90s rock'n'roll e\u0301t\u00e9 \u0915\u093f x'",
	"Korea's, leaders'. x's-y Kim's\"",
	"A. B. C.D. a.b.c. 1.2.3 1,2 ,5 .5 U.S.A. e.g. i.e.",
}

// TestTokenizeMatchesReference checks the fast tokenizer against the
// reference on the samples, on every prefix and suffix of them, and on
// random mixes of their bytes.
func TestTokenizeMatchesReference(t *testing.T) {
	check := func(text string) {
		t.Helper()
		got, marks := tokenize(text, 0, len(text), nil, nil, nil, nil)
		if want := refTokens(text); !slices.Equal(got, want) {
			t.Fatalf("tokenize(%q)\n got %v\nwant %v", text, got, want)
		}
		// The marks are the punctuation tokens of the bytes sentences
		// acts on, every one, in order.
		var wantMarks []int32
		for i, tk := range got {
			if tk.Kind == Punct && strings.ContainsRune(":([{\"-.!?", rune(text[tk.Start])) {
				wantMarks = append(wantMarks, int32(i))
			}
		}
		if !slices.Equal(marks, wantMarks) {
			t.Fatalf("tokenize(%q): marks %v, want %v", text, marks, wantMarks)
		}
	}
	all := strings.Join(tokenizeSamples, " ")
	for _, s := range tokenizeSamples {
		for k := 0; k <= len(s); k++ {
			check(s[:k])
			check(s[k:])
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		n := rng.IntN(40)
		b := make([]byte, 0, n)
		for range n {
			if rng.IntN(4) == 0 {
				b = append(b, all[rng.IntN(len(all))])
				continue
			}
			k := rng.IntN(len(all))
			b = append(b, all[k:min(len(all), k+1+rng.IntN(6))]...)
		}
		check(string(b))
	}
}

// TestTokenizeNumberedMatchesReference checks tokenize as Into calls it
// (numbering, into a token slice of some room left) against the
// reference: fastWords reads a run of known words only while the text
// has ten bytes after a word and the slice has room, and hands the rest
// to word, so the texts are short mixes of words, marks and spaces read
// with every room from none up, and each word's number must be its
// spelling's. The text goes on after the block's end, which no word
// may read past.
func TestTokenizeNumberedMatchesReference(t *testing.T) {
	words := []string{"a", "an", "ox", "the", "river", "Capstan", "crossing", "Wellbeing", "overstretched", "Nineteenfortyfive",
		"U.S.", "i.e.", "O'Neill", "Zoë", "x9", "Rs40", "RM3", ",", ".", ";", "(", ")", "\"", "'", "-", "?", "7", "1,500"}
	gaps := []string{" ", " ", " ", "", "  ", "\n", ", ", ". ", "; ", " (", "\" "}
	rng := rand.New(rand.NewPCG(3, 4))
	w := &Words{}
	for range 4000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteString(gaps[rng.IntN(len(gaps))])
		}
		text := b.String()
		want := refTokens(text)
		// The Words knows the words of text once it has read it.
		Into(&Result{Words: w}, text, []Block{{0, len(text)}}, nil)
		for room := range len(want) + 2 {
			out := make([]Token, 3, 3+room)
			// The block ends where text does, before more words: no
			// byte after its end may be read.
			got, marks := tokenize(text+"Q Qq", 0, len(text), out, make([]int32, 0, rng.IntN(4)), nil, w)
			w.numberPending(text, got)
			got = got[3:]
			if len(got) != len(want) {
				t.Fatalf("tokenize(%q), room %d: %d tokens, want %d: %v", text, room, len(got), len(want), got)
			}
			for k, tk := range got {
				num := tk.Word
				tk.Word = 0
				if tk != want[k] {
					t.Fatalf("tokenize(%q), room %d: token %d %+v, want %+v", text, room, k, tk, want[k])
				}
				if tk.Kind == Word {
					if wantNum := w.lookup(tk.Text(text)); num != wantNum {
						t.Fatalf("tokenize(%q), room %d: token %d %q numbered %d, want %d", text, room, k, tk.Text(text), num, wantNum)
					}
				} else if num != 0 {
					t.Fatalf("tokenize(%q), room %d: token %d %q numbered %d", text, room, k, tk.Text(text), num)
				}
			}
			var wantMarks []int32
			for k, tk := range got {
				if tk.Kind == Punct && strings.ContainsRune(":([{\"-.!?", rune(text[tk.Start])) {
					wantMarks = append(wantMarks, int32(k+3))
				}
			}
			if !slices.Equal(marks, wantMarks) {
				t.Fatalf("tokenize(%q), room %d: marks %v, want %v", text, room, marks, wantMarks)
			}
		}
	}
}
