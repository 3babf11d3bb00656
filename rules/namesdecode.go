package rules

import (
	"errors"

	"github.com/factlint/factlint/checker/diag"
)

// decodeNamesFacts decodes names facts (EncodeFacts) keeping only the
// learned names of compound, the only ones the names rules compare
// across the run (GatherRules): the uses of the others, most of the
// encoding of name.variant's facts in news copy, are read past without a
// string or a slice being made. What it returns is what DecodeFacts
// returns with the other learned names deleted, but that a map left
// empty is nil, and facts left with nothing in them (Empty) are nil: the
// names rules take both as they take empty ones.
//
// tab is room for the string table, kept from one call to the next.
func decodeNamesFacts(data []byte, compound map[string]bool, tab *[]lazyString) (fact *namesFacts, err error) {
	r := namesDecoder{decoder: decoder{buf: data}, tab: (*tab)[:0]}
	defer func() {
		clear(r.tab) // no string of this article kept alive
		*tab = r.tab[:0]
	}()
	defer r.recover(&err)
	if r.byte() != tagNames {
		return nil, errors.New("rules: not names facts")
	}
	var f namesFacts // on the stack until it is found to hold something
	if n := r.count(); n > 0 {
		f.compound = make(map[string]bool, n)
		for ; n > 0; n-- {
			f.compound[r.str()] = true
		}
	}
	if n := r.count(); n > 0 {
		f.lexicon = make(map[int][]formUse, n)
		for ; n > 0; n-- {
			k := int(r.varint())
			f.lexicon[k] = r.uses()
		}
	}
	for n := r.count(); n > 0; n-- {
		i := r.next()
		// A conversion in a map index makes no string.
		if !compound[string(r.bytesOf(i))] {
			r.skipUses()
			continue
		}
		if f.learned == nil {
			f.learned = map[string][]formUse{}
		}
		f.learned[r.stringOf(i)] = r.uses()
	}
	if len(r.buf) != r.off {
		return nil, errors.New("rules: trailing bytes after the facts")
	}
	if len(f.lexicon) == 0 && len(f.learned) == 0 && len(f.compound) == 0 {
		return nil, nil // Empty
	}
	out := new(namesFacts)
	*out = f
	return out, nil
}

// namesDecoder reads names facts with a string table whose strings are
// made only when asked for: a string written first in a use that is
// skipped may be referred to by a use that is kept.
type namesDecoder struct {
	decoder
	tab []lazyString
}

// lazyString is a string of the table: its bytes in the encoding, and
// the string once made.
type lazyString struct {
	off, n int
	s      string
	made   bool
}

// next reads a string as encoder.str wrote it and returns its number in
// the table, making no string.
func (r *namesDecoder) next() int {
	v := r.uvarint()
	if v&1 == 1 {
		i := v >> 1
		if i >= uint64(len(r.tab)) {
			panic(errMalformed)
		}
		return int(i)
	}
	return r.added(v >> 1)
}

// skipStr reads past a string as next does, small enough to inline.
func (r *namesDecoder) skipStr() {
	if v := r.uvarint(); v&1 == 0 {
		r.added(v >> 1)
	} else if v>>1 >= uint64(len(r.tab)) {
		panic(errMalformed)
	}
}

// added numbers the new string of n bytes at the offset, reads past it
// and returns its number.
func (r *namesDecoder) added(n uint64) int {
	if n > uint64(len(r.buf)-r.off) {
		panic(errMalformed)
	}
	r.tab = append(r.tab, lazyString{off: r.off, n: int(n)})
	r.off += int(n)
	return len(r.tab) - 1
}

func (r *namesDecoder) bytesOf(i int) []byte {
	e := &r.tab[i]
	return r.buf[e.off : e.off+e.n]
}

func (r *namesDecoder) stringOf(i int) string {
	e := &r.tab[i]
	if !e.made {
		e.s, e.made = string(r.buf[e.off:e.off+e.n]), true
	}
	return e.s
}

func (r *namesDecoder) str() string { return r.stringOf(r.next()) }

// loc is decoder.loc with the table's file name.
func (r *namesDecoder) loc() diag.Location {
	l := diag.Location{File: r.stringOf(r.next())}
	l.Start.Line, l.Start.Column = int(r.varint()), int(r.varint())
	l.End.Line, l.End.Column = int(r.varint()), int(r.varint())
	l.StartByte, l.EndByte = int(r.varint()), int(r.varint())
	return l
}

func (r *namesDecoder) uses() []formUse {
	n := r.count()
	if n == 0 {
		return nil
	}
	us := make([]formUse, n-1)
	for i := range us {
		us[i] = formUse{Form: r.str(), Text: r.str(), Shown: r.str(), Prefix: r.str(), Loc: r.loc(), Article: int(r.varint())}
	}
	return us
}

// skipUses reads past what encoder.uses wrote, keeping the table whole.
// A use's numbers (its location's six and its article) are read past
// with uvarint, which is inlined, not varint, which is a call each: the
// zigzag of a number no one reads is not needed, and the uses skipped
// are most of the names facts of a run.
func (r *namesDecoder) skipUses() {
	for n := r.count(); n > 1; n-- {
		// The form, text, shown text and prefix, and the location's
		// file: mostly references to strings read before, which are
		// only checked here; a new one is numbered (added).
		r.skipStr()
		r.skipStr()
		r.skipStr()
		r.skipStr()
		r.skipStr()
		r.uvarint()
		r.uvarint()
		r.uvarint()
		r.uvarint()
		r.uvarint()
		r.uvarint()
		r.uvarint() // the article
	}
}
