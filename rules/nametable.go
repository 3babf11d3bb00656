package rules

import (
	"strings"
	"unsafe"
)

// nameArena is where a NameIndex keeps what it copies out of the
// articles: its spellings' bytes, its CorpusNames, and the first
// neighbours and uses of each, carved from chunks instead of allocated
// one by one. A run's index holds one CorpusName per distinct spelling
// of the run, most of them used in one article only; allocating each
// with its string, its Nexts, Prevs and Uses (grown one append at a
// time) was most of the index's cost, in the allocator and in the
// collector that scans them.
//
// Nothing carved is ever written again by the arena, and every slice it
// hands out has its capacity cut at its length, so that an append to
// one (a corpus name's later neighbour or use) moves it out of the
// chunk instead of writing over its neighbour's part.
type nameArena struct {
	bytes []byte
	names []CorpusName
	strs  []string
	uses  []NameUse
}

// Chunk sizes: large enough that a run allocates a few hundred chunks,
// small enough that a run of one article wastes little.
const (
	arenaBytes = 16 << 10
	arenaNames = 256
	arenaStrs  = 1024
	arenaUses  = 256
)

// str returns a copy of w in the arena's bytes: a string that slices no
// article's text.
func (a *nameArena) str(w string) string {
	if w == "" {
		return ""
	}
	if len(w) > arenaBytes/8 {
		return strings.Clone(w) // a freak word gets its own copy
	}
	if len(a.bytes)+len(w) > cap(a.bytes) {
		a.bytes = make([]byte, 0, arenaBytes)
	}
	at := len(a.bytes)
	a.bytes = append(a.bytes, w...)
	// The bytes from at on are never written again: the arena only
	// appends, and a full chunk is replaced, not reused.
	return unsafe.String(&a.bytes[at], len(w))
}

// name returns a new zero CorpusName.
func (a *nameArena) name() *CorpusName {
	if len(a.names) == cap(a.names) {
		a.names = make([]CorpusName, 0, arenaNames)
	}
	a.names = a.names[:len(a.names)+1]
	return &a.names[len(a.names)-1]
}

// strings returns room for n strings (n > 0), capacity n.
func (a *nameArena) strings(n int) []string { return carve(&a.strs, n, arenaStrs) }

// useRoom returns room for n uses (n > 0), capacity n.
func (a *nameArena) useRoom(n int) []NameUse { return carve(&a.uses, n, arenaUses) }

// carve cuts room for n values (n > 0), capacity n, from the chunk
// *pool, starting a new chunk of the given size when it is full; a
// request over a quarter of a chunk gets a slice of its own. The
// capacity is cut at n so that an append moves the piece out instead of
// overwriting the next.
func carve[T any](pool *[]T, n, chunk int) []T {
	if n > chunk/4 {
		return make([]T, n)
	}
	if len(*pool)+n > cap(*pool) {
		*pool = make([]T, 0, chunk)
	}
	at := len(*pool)
	*pool = (*pool)[:at+n]
	return (*pool)[at : at+n : at+n]
}
