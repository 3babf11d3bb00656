package rules

import "github.com/factlint/factlint/checker/segment"

// ageAfter returns the age that follows the name word at token i in
// apposition, ", N," (or ", N." or ", N)"), as news copy gives a person's
// age after the name ("Tilda Kestel, 44, a nurse"), or 0 where none does.
// N is one to three digits and at most maxAge; the comma touches the
// name, and one space parts it from N.
func ageAfter(text string, toks []segment.Token, i int32) uint8 {
	// Most names are followed by no comma, space and digit: told by
	// the bytes, before any token is read.
	if e := toks[i].End; e+3 > len(text) || text[e] != ',' || text[e+1] != ' ' || text[e+2]-'0' > 9 || int(i)+3 >= len(toks) {
		return 0
	}
	c, n, after := &toks[i+1], &toks[i+2], &toks[i+3]
	if c.Kind != segment.Punct || c.Start != toks[i].End || text[c.Start] != ',' ||
		n.Kind != segment.Number || !isSpace1(text, c.End, n.Start) || n.End-n.Start > 3 ||
		after.Kind != segment.Punct || after.Start != n.End {
		return 0
	}
	switch text[after.Start] {
	case ',', '.', ')':
	default:
		return 0
	}
	age := 0
	for k := n.Start; k < n.End; k++ {
		d := text[k]
		if d < '0' || d > '9' {
			return 0
		}
		age = age*10 + int(d-'0')
	}
	if age < 1 || age > maxAge {
		return 0
	}
	return uint8(age)
}

// ageMayFollow is ageAfter's first test, of the bytes after a name that
// ends at byte e: a comma, a space and a digit. It inlines, so that
// statsOf calls ageAfter only for the few names it passes.
func ageMayFollow(text string, e int) bool {
	return e+3 <= len(text) && text[e] == ',' && text[e+1] == ' ' && text[e+2]-'0' <= 9
}

// frameMayFollow is frameOf's first test, of the bytes before a name
// that starts at byte s: a space after a lowercase letter ("the ",
// "Mum "), as nounAfter's "the " and a family word before the name
// both end, or a space after a comma ("his son, Tamas"). It inlines, as
// ageMayFollow does.
func frameMayFollow(text string, s int) bool {
	return s >= 2 && s <= len(text) && text[s-1] == ' ' && (text[s-2]-'a' < 26 || text[s-2] == ',')
}

// maxAge is the oldest age ageAfter reads.
const maxAge = 125

// nounAfter returns a number for the lowercase word that follows the
// name word at token i where the name stands between "the" and that
// word, one space either side ("the Orvell quarry", "The Orvell
// quarry"): a place named before a common noun, the noun telling which
// place it is (rule typo, sameNoun). It is 0 where the frame does not
// hold. The number is the word's FNV-1a hash, never 0, which compares
// the words of two uses without keeping the article's text.
func nounAfter(text string, toks []segment.Token, i int32) uint32 {
	// Most names stand after no "the ": told by the bytes, before any
	// token is read.
	if s := toks[i].Start; s < 4 || text[s-1] != ' ' || text[s-2] != 'e' || text[s-3] != 'h' || text[s-4]|0x20 != 't' || i < 1 || int(i)+1 >= len(toks) {
		return 0
	}
	det, next := &toks[i-1], &toks[i+1]
	if det.Kind != segment.Word || next.Kind != segment.Word || !isSpace1(text, det.End, toks[i].Start) || !isSpace1(text, toks[i].End, next.Start) {
		return 0
	}
	if w := text[det.Start:det.End]; w != "the" && w != "The" {
		return 0
	}
	if c := text[next.Start]; c < 'a' || c > 'z' || next.End-next.Start < 3 {
		return 0
	}
	h := uint32(2166136261)
	for k := next.Start; k < next.End; k++ {
		h = (h ^ uint32(text[k])) * 16777619
	}
	return h | 1
}

// frameOf returns the number of the lowercase word that frames the name
// word at token i: the noun after it where the name stands between "the"
// and that noun (nounAfter: an odd number), or else the lowercase word
// just before it, one space away ("her son Tamas", "his wife Ilka": an
// even number, never 0), or before the comma that sets the name in
// apposition to it ("his son, Tamas, 9,"), which rule typo compares with
// its kin_words (sameKin). It is 0 where neither frame holds. The two
// frames never meet: the word before a name between "the" and a noun is
// "the".
func frameOf(text string, toks []segment.Token, i int32) uint32 {
	if n := nounAfter(text, toks, i); n != 0 {
		return n
	}
	// Most names stand after no lowercase word: told by two bytes.
	s := toks[i].Start
	if s < 2 || text[s-1] != ' ' || i < 1 {
		return 0
	}
	if text[s-2] == ',' {
		return commaFrame(text, toks, i)
	}
	if text[s-2] < 'a' || text[s-2] > 'z' {
		return 0
	}
	w := &toks[i-1]
	if w.Kind != segment.Word || !isSpace1(text, w.End, toks[i].Start) || text[w.Start] < 'a' || text[w.Start] > 'z' {
		return 0
	}
	return wordBefore(text[w.Start:w.End])
}

// commaFrame is frameOf's word before the comma before the name word at
// token i ("his son, Tamas"): the comma touches a lowercase word and one
// space parts it from the name.
func commaFrame(text string, toks []segment.Token, i int32) uint32 {
	if i < 2 {
		return 0
	}
	c, w := &toks[i-1], &toks[i-2]
	if c.Kind != segment.Punct || c.End-c.Start != 1 || text[c.Start] != ',' || !isSpace1(text, c.End, toks[i].Start) ||
		w.Kind != segment.Word || w.End != c.Start || text[w.Start] < 'a' || text[w.Start] > 'z' {
		return 0
	}
	return wordBefore(text[w.Start:w.End])
}

// wordBefore is the even number frameOf gives a lowercase word before a
// name, w: its FNV-1a hash, case folded, with the last bit clear (and 2
// for a hash that would be 0). Rule typo numbers its kin_words so, with
// their first letter in either case.
func wordBefore(w string) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	if h &^= 1; h == 0 {
		return 2
	}
	return h
}
