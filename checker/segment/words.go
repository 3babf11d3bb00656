package segment

import (
	"encoding/binary"
	"strings"
	"unsafe"
)

// Words numbers the spellings of word tokens: Into gives each token of
// Kind Word, in Token.Word, the number of its spelling (its bytes as
// written, case and all), the same number for the same bytes in every
// text segmented with the same Words. The later stages read many words
// again and again (the claims of fact.mismatch, the quantities, the
// names), each from its own table of what a spelling is to it; keyed by
// the number, such a table is an array, where each stage hashed every
// word it read, and compared its bytes, on its own.
//
// A stage that wants another folding of the spelling (lower case, say)
// keeps its reading per number: each number has one spelling, so each
// has one reading.
//
// The numbers say nothing but which tokens are spelt alike: they
// depend on which texts the Words met before, and in which order, so
// nothing observable may depend on them (no order, no output). Numbers
// start at 1; 0 is no number: a token that is no word, or a spelling
// met once the Words holds maxWords of them (a stage then reads the
// spelling as it would without numbers). A Words only grows, and a
// spelling keeps its number while the Words lives; it holds
// copies of the spellings, never a text.
//
// The zero Words is empty and ready to use. A Words is used by one
// goroutine at a time.
type Words struct {
	// short is an open-addressed table of the spellings of at most 8
	// bytes, keyed by the spelling itself packed in a word (x), little
	// endian; mid is the table of those of 9 to 16 bytes, packed in
	// two (x, x2). No word token holds a zero byte (a NUL is no letter,
	// digit or joiner of a word; TestWordsNoZeroByte), so the packed
	// bytes tell the length, and a short slot with x 0 is empty.
	// long is the table of the longer spellings (and of any with a
	// zero byte, were there one), keyed by their hash (longKey) and
	// confirmed by their bytes. mask, midMask and longMask are the
	// tables' sizes less one.
	short    []shortSlot
	mask     uint64
	mid      []midSlot
	midMask  uint64
	long     []longSlot
	longMask uint64
	// pending lists the word tokens tokenize leaves to numberPending.
	pending []int32
	// stops keeps, per number, whether a full stop glued to the
	// spelling may end a sentence (stopAfter): 0 not asked yet, 1 no,
	// 2 yes; for the segmentation Options stopsOpt.
	stops    []uint8
	stopsOpt *Options
	// spell holds each spelling by number, from spell[1].
	spell []spelling
	bytes []byte
	// marks holds a byte per number (len(marks) == len(spell)) and
	// punct one per byte of a sign of one ASCII byte, which a stage
	// sets (Marks) and Into reads to list tokens (Result.Listed);
	// marksKey is the key they were set for.
	marks    []uint8
	punct    [256]uint8
	marksKey any
}

// MarkSkip is the bit of a mark (Words.Marks) that keeps a token out of
// Result.Listed. A mark is a stage's byte: its other bits mean what the
// stage says.
const MarkSkip uint8 = 1 << 7

// Marks returns the Words' marks for key: a byte per spelling number
// (indexed by Token.Word; its length is Len()), and one per byte for the
// signs of one ASCII byte (tokens of Kind Punct), all 0 until the stage
// sets them. Into lists in Result.Listed every token whose mark has
// MarkSkip clear (a mark not set yet among them), so that a stage that
// reads a few kinds of tokens reads the list and not every token: it
// sets MarkSkip on a spelling it turns away, and Into then leaves out
// its tokens, from the next block it segments on.
//
// The marks serve one key at a time (a stage's, and what its reading
// of a spelling depends on, such as a table): asked for another key,
// they are all set to 0 first. A Result lists by the marks of the key
// asked for last before Into (Result.ListedFor). The mark of 0 (no
// number) is never read by Into, and a stage keeps it 0.
func (w *Words) Marks(key any) ([]uint8, *[256]uint8) {
	w.ready()
	if key != w.marksKey {
		clear(w.marks)
		w.punct = [256]uint8{}
		w.marksKey = key
	}
	return w.marks, &w.punct
}

// shortSlot is one slot of Words.short: a spelling of at most 8 bytes,
// packed, and its number.
type shortSlot struct {
	x  uint64
	id uint32
}

// midSlot is one slot of Words.mid: a spelling of 9 to 16 bytes, packed
// in two words, and its number (0: empty).
type midSlot struct {
	x, x2 uint64
	id    uint32
}

// longSlot is one slot of Words.long: the hash of a spelling of more
// than 16 bytes (or with a zero byte) and its number (0: empty).
type longSlot struct {
	h  uint64
	id uint32
}

// spelling places a spelling in Words.bytes.
type spelling struct {
	off, n uint32
}

const (
	// maxWords bounds the spellings a Words numbers: a long run of copy
	// with ever new words does not grow it without end. About 2 MB at
	// most (slots, spellings and bytes).
	maxWords = 1 << 15
	// firstWordSlots is the size of a Words' first tables: small, as
	// a Words may serve one short text (Segment).
	firstWordSlots = 1 << 6
)

// Len returns one more than the highest number given: every number of
// the Words' tokens is less than it. A stage sizes its table by it.
func (w *Words) Len() int { return max(len(w.spell), 1) }

// Spelling returns the spelling numbered n, or "" for 0 or a number the
// Words has not given.
func (w *Words) Spelling(n uint32) string {
	if n == 0 || int(n) >= len(w.spell) {
		return ""
	}
	s := w.spell[n]
	return string(w.bytes[s.off : s.off+s.n])
}

// The multipliers of the tables' hashes (odd).
const (
	wordMul  = 0x9e3779b97f4a7c15
	wordMul2 = 0xc2b2ae3d27d4eb4f
)

// lenMask[n&7] keeps the first n bytes of a little-endian word, for n
// from 1 to 8 (and the first n-8 for n from 9 to 16).
var lenMask = [8]uint64{^uint64(0), 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff}

// midHash is the hash of a spelling of 9 to 16 bytes packed in x and
// x2, whose bits from 32 on pick its first slot.
func midHash(x, x2 uint64) uint64 { return (x*wordMul ^ x2*wordMul2) >> 32 }

// shortHash is the hash of a packed spelling of at most 8 bytes, whose
// bits from 32 on pick its first slot.
func shortHash(x uint64) uint64 { return (x * wordMul) >> 32 }

// longKey is the hash of a spelling of Words.long (FNV-1a).
func longKey(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h ^ h>>29
}

// ready makes a zero Words' first tables.
func (w *Words) ready() {
	if w.short == nil {
		w.short, w.mask = make([]shortSlot, firstWordSlots), firstWordSlots-1
		w.mid, w.midMask = make([]midSlot, firstWordSlots), firstWordSlots-1
		w.long, w.longMask = make([]longSlot, firstWordSlots), firstWordSlots-1
		w.spell = append(w.spell[:0], spelling{}) // 0 is no number
		w.marks = append(w.marks[:0], 0)
	}
}

// noShort and noMid are the short and mid tables of tokenize without a
// Words: one empty slot each, in which no word is found.
var (
	noShort [1]shortSlot
	noMid   [1]midSlot
)

// numberPending gives the words tokenize left to it (w.pending, indices
// of toks, in order) their numbers: a spelling with 8 or 16 bytes of
// text from its start is looked for in the short or mid table in a loop
// without a call; the rest (a word near the end of the text, a longer
// one, any spelling new to the Words) is given to lookup. New spellings
// are numbered in the order of their tokens.
func (w *Words) numberPending(text string, toks []Token) {
	base := unsafe.Pointer(unsafe.StringData(text))
	limit := len(text) - 16
	for _, k := range w.pending {
		t := &toks[k]
		s, n := t.Start, t.End-t.Start
		if uint(n-1) < 8 && s <= limit+8 {
			// 0 <= s and s+8 <= len(text).
			x := binary.LittleEndian.Uint64((*[8]byte)(unsafe.Add(base, s))[:]) & lenMask[n&7]
			short, mask := w.short, w.mask
			i := shortHash(x) & mask
			for short[i].x != x && short[i].x != 0 {
				i = (i + 1) & mask
			}
			if id := short[i].id; id != 0 {
				t.Word = id
				continue
			}
		} else if n > 8 && n <= 16 && s <= limit {
			// 0 <= s and s+16 <= len(text).
			p := (*[16]byte)(unsafe.Add(base, s))
			x, x2 := binary.LittleEndian.Uint64(p[:8]), binary.LittleEndian.Uint64(p[8:])&lenMask[n&7]
			mid, midMask := w.mid, w.midMask
			i := midHash(x, x2) & midMask
			for mid[i].id != 0 && (mid[i].x != x || mid[i].x2 != x2) {
				i = (i + 1) & midMask
			}
			if id := mid[i].id; id != 0 {
				t.Word = id
				continue
			}
		}
		t.Word = w.lookup(text[s:t.End])
	}
	w.pending = w.pending[:0]
}

// lookup returns the number of spelling s, numbering it if it is new and
// the Words has room (else 0).
func (w *Words) lookup(s string) uint32 {
	n := len(s)
	if n == 0 {
		return 0
	}
	w.ready()
	if n <= 8 && strings.IndexByte(s, 0) < 0 {
		var b [8]byte
		copy(b[:], s)
		x := binary.LittleEndian.Uint64(b[:])
		i := shortHash(x) & w.mask
		for ; w.short[i].x != 0; i = (i + 1) & w.mask {
			if w.short[i].x == x {
				return w.short[i].id
			}
		}
		id := w.add(s)
		if id != 0 {
			w.short[i] = shortSlot{x: x, id: id}
			if 2*len(w.spell) > len(w.short) {
				w.short, w.mask = growShort(w.short)
			}
		}
		return id
	}
	if n <= 16 && strings.IndexByte(s, 0) < 0 {
		var b [16]byte
		copy(b[:], s)
		x, x2 := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
		i := midHash(x, x2) & w.midMask
		for ; w.mid[i].id != 0; i = (i + 1) & w.midMask {
			if w.mid[i].x == x && w.mid[i].x2 == x2 {
				return w.mid[i].id
			}
		}
		id := w.add(s)
		if id != 0 {
			w.mid[i] = midSlot{x: x, x2: x2, id: id}
			if 2*len(w.spell) > len(w.mid) {
				w.mid, w.midMask = growMid(w.mid)
			}
		}
		return id
	}
	h := longKey(s)
	i := h & w.longMask
	for ; w.long[i].id != 0; i = (i + 1) & w.longMask {
		if sl := w.long[i]; sl.h == h {
			if sp := w.spell[sl.id]; string(w.bytes[sp.off:sp.off+sp.n]) == s {
				return sl.id
			}
		}
	}
	id := w.add(s)
	if id != 0 {
		w.long[i] = longSlot{h: h, id: id}
		if 2*len(w.spell) > len(w.long) {
			w.long, w.longMask = growLong(w.long)
		}
	}
	return id
}

// add keeps spelling s and returns its number, or 0 when the Words is
// full.
func (w *Words) add(s string) uint32 {
	if len(w.spell) > maxWords {
		return 0
	}
	id := uint32(len(w.spell))
	w.spell = append(w.spell, spelling{off: uint32(len(w.bytes)), n: uint32(len(s))})
	w.bytes = append(w.bytes, s...)
	w.marks = append(w.marks, 0)
	return id
}

// growShort returns old's slots in a table twice its size, and its mask.
func growShort(old []shortSlot) ([]shortSlot, uint64) {
	t := make([]shortSlot, 2*len(old))
	mask := uint64(len(t) - 1)
	for _, sl := range old {
		if sl.x == 0 {
			continue
		}
		i := shortHash(sl.x) & mask
		for t[i].x != 0 {
			i = (i + 1) & mask
		}
		t[i] = sl
	}
	return t, mask
}

// growMid returns old's slots in a table twice its size, and its mask.
func growMid(old []midSlot) ([]midSlot, uint64) {
	t := make([]midSlot, 2*len(old))
	mask := uint64(len(t) - 1)
	for _, sl := range old {
		if sl.id == 0 {
			continue
		}
		i := midHash(sl.x, sl.x2) & mask
		for t[i].id != 0 {
			i = (i + 1) & mask
		}
		t[i] = sl
	}
	return t, mask
}

// growLong returns old's slots in a table twice its size, and its mask.
func growLong(old []longSlot) ([]longSlot, uint64) {
	t := make([]longSlot, 2*len(old))
	mask := uint64(len(t) - 1)
	for _, sl := range old {
		if sl.id == 0 {
			continue
		}
		i := sl.h & mask
		for t[i].id != 0 {
			i = (i + 1) & mask
		}
		t[i] = sl
	}
	return t, mask
}
