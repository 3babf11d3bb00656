package dates

// wordTable maps short lower-case ASCII words to a byte, for the one
// lookup that every candidate token of Extract makes: an open-addressed
// table hashed on the length and three bytes, whose probe compares at
// most a few short keys, where a Go map hashes the whole string with
// aeshash first.
type wordTable struct {
	slots [wordTableSize]wordSlot
}

// wordTableSize is a power of two, at least four times the words held, so
// that probes stay short.
const wordTableSize = 512

// maxTableWord is the longest word a wordTable holds.
const maxTableWord = 10

type wordSlot struct {
	n   uint8 // length of key; 0 for an empty slot
	val uint8
	key [maxTableWord]byte
}

func wordHash(w []byte) uint32 {
	n := len(w)
	h := uint32(n)*0x9e37 ^ uint32(w[0])*0x85eb ^ uint32(w[n-1])*0xc2b2 ^ uint32(w[n/2])*0x27d4
	return (h ^ h>>7) & (wordTableSize - 1)
}

// put adds w (1 to maxTableWord bytes) with val, which must not be 0.
func (t *wordTable) put(w string, val uint8) {
	if len(w) == 0 || len(w) > maxTableWord || val == 0 {
		panic("dates: bad word table entry " + w)
	}
	for h := wordHash([]byte(w)); ; h = (h + 1) & (wordTableSize - 1) {
		sl := &t.slots[h]
		if sl.n == 0 || string(sl.key[:sl.n]) == w {
			sl.n, sl.val = uint8(len(w)), val
			copy(sl.key[:], w)
			return
		}
	}
}

// get returns the value of w, or 0.
func (t *wordTable) get(w []byte) uint8 {
	if len(w) == 0 || len(w) > maxTableWord {
		return 0
	}
	for h := wordHash(w); ; h = (h + 1) & (wordTableSize - 1) {
		sl := &t.slots[h]
		if sl.n == 0 {
			return 0
		}
		if int(sl.n) == len(w) && string(sl.key[:sl.n]) == string(w) {
			return sl.val
		}
	}
}
