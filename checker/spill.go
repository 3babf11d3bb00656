package checker

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"slices"
	"sync"

	"github.com/factlint/factlint/rules"
)

// spillAt is the number of articles from which a run keeps the encoded
// facts in a temporary file rather than in memory (a variable for the
// tests): the facts of 20,000
// articles take some 100 MB, and a run's memory should not grow with the
// corpus. Smaller runs keep them in memory, which costs no file.
var spillAt = 5000

// keepAt is the number of articles from which a run encodes the facts
// (rules.EncodeFacts) rather than keeping them as the rules returned
// them (a variable for the tests). Encoding and decoding cost about a
// tenth of a run's CPU, but decoded facts, and the article text they
// slice, take some 36 KB per article of generated news copy (the claims
// of fact.mismatch are most of it) against some 5 KB encoded (measured
// before throughput round 3 made claims and their encoding smaller; not
// measured again, so the threshold stays). With the
// garbage collector's headroom, a run of 2,499 articles peaked at 200 MB
// keeping them and at 58 MB encoding them; 1,000 articles keep the peak
// near that of a run of 20,000 (about 80 MB).
var keepAt = 1000

// spillDir is where the temporary file is made ("": os.TempDir); a
// variable for the tests.
var spillDir = ""

// factStore keeps the facts of each article and rule between the
// per-article and the corpus stage. A run of fewer than keepAt articles
// keeps them as the rules returned them. A larger one encodes them
// (rules.EncodeStoreFactsTo) and keeps them in memory, or from spillAt articles
// appends them to a temporary file (deleted when the run ends), read back
// a story at a time. It is safe for concurrent use.
type factStore struct {
	rules int // facts per article
	mu    sync.Mutex
	file  *os.File
	size  int64
	err   error // the first write error; the file is then given up
	// kept holds the facts as the rules returned them (rules.Keep) when
	// there is no file, by article*rules+rule.
	kept []any
	// mem holds the encoded facts while there is no file, or after a
	// write error, by article*rules+rule (nil: none there). A slot per
	// article and rule, made once for the run, rather than a map: every
	// put and get of a run hashed a key into a map of tens of thousands
	// of entries, and its growing rehashed them all.
	mem [][]byte
	// n is the number of articles of the run.
	n int
	// chunk is the memory that mem's facts are copied into (keepLocked).
	chunk []byte
	// at locates the facts written to the file, by article*rules+rule:
	// offset and length (0 for none).
	at []span
	// none is the encoding of no facts.
	none []byte
	// pending holds encoded facts not yet written to the file: they are
	// written in large pieces, not one system call per article and rule
	// (180,000 of them for 20,000 articles).
	pending []byte
}

// noFacts is the encoding of no facts (nil).
var noFacts = func() []byte {
	data, err := rules.EncodeFacts(nil)
	if err != nil {
		panic(err) // nil has an encoding: a bug otherwise
	}
	return data
}()

// flushAt is the size from which pending facts are written to the file.
const flushAt = 1 << 20

type span struct{ off, n int64 }

// newFactStore returns a store for a run of n articles and a rule set of
// rules rules: facts as they are below keepAt articles, a file in dir
// (os.TempDir if "") from spillAt articles, encoded in memory otherwise
// or when no file can be made.
func newFactStore(n, rules int, dir string) *factStore {
	s := &factStore{rules: rules, n: n, none: noFacts}
	switch {
	case n < keepAt:
		s.kept = make([]any, n*rules)
	case n >= spillAt:
		if f, err := os.CreateTemp(dir, "factlint-facts-*"); err == nil {
			// Unlinked at once where the system allows it (Unix): a
			// run that is killed leaves nothing behind. Elsewhere the
			// file goes when the store is closed.
			_ = os.Remove(f.Name())
			s.file = f
			s.at = make([]span, n*rules)
		}
	}
	if s.kept == nil && s.file == nil {
		s.mem = make([][]byte, n*rules)
	}
	return s
}

// memLocked returns s.mem, made on first use (a spilled run makes it only
// after a write error). s.mu is held, or no other goroutine uses s.
func (s *factStore) memLocked() [][]byte {
	if s.mem == nil {
		s.mem = make([][]byte, s.n*s.rules)
	}
	return s.mem
}

// forget drops every fact kept for article a, so that the article can be
// checked again and its new facts put. Not for use while workers put.
func (s *factStore) forget(a int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ri := range s.rules {
		key := a*s.rules + ri
		switch {
		case s.kept != nil:
			s.kept[key] = nil
		case s.at != nil:
			s.at[key] = span{}
		}
		if s.mem != nil {
			s.mem[key] = nil
		}
	}
}

// put keeps the facts that corpus rule ri returned for article a. It
// fails only for a fact type without an encoding: a bug. It takes fact
// over: the claims in it are recycled (rules.RecycleFacts, rules.Keep),
// so the caller must not read them after.
func (s *factStore) put(a, ri int, fact any) error {
	key := a*s.rules + ri
	if rules.Empty(fact) {
		// Most articles have no facts for most rules: nothing is
		// kept, encoded or decoded, and getRules hands out nil, which
		// the corpus rules take as they take empty facts.
		return nil
	}
	if s.kept != nil {
		// Each worker writes its own articles' slots, and the
		// corpus stage reads them only after every worker is done.
		f, err := rules.Keep(fact)
		if err != nil {
			return fmt.Errorf("internal error while checking (please report it): %w", err)
		}
		s.kept[key] = f
		return nil
	}
	// The encoding is copied straight from the encoder's room to
	// where it is kept: a copy of its own for each article and rule was
	// an allocation each, and for a spilled run a copy more. It is the
	// store's own (rules.EncodeStoreFactsTo), which never leaves the
	// run: context words written whole and names facts unsorted, which
	// both sides of the codec do with less work than the archive's.
	err := rules.EncodeStoreFactsTo(fact, func(data []byte) error {
		if bytes.Equal(data, s.none) {
			// Most articles have no facts for most rules: nothing is
			// kept, and getRules hands out nil, as decoding would.
			return nil
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.file != nil && s.err == nil {
			s.at[key] = span{s.size + int64(len(s.pending)), int64(len(data))}
			s.pending = append(s.pending, data...)
			if len(s.pending) >= flushAt {
				s.flushLocked()
			}
			return nil
		}
		s.memLocked()[key] = s.keepLocked(data)
		return nil
	})
	if err != nil {
		return fmt.Errorf("internal error while checking (please report it): %w", err)
	}
	// Encoded, the facts are used by nothing more (the worker releases
	// them next): their claims' room serves the next article.
	rules.RecycleFacts(fact)
	return nil
}

// chunkSize is the size of the arrays that a store without a file keeps
// encoded facts in.
const chunkSize = 64 << 10

// keepLocked returns a copy of data in the store's current chunk of
// memory, starting a new chunk when it is full: the facts of a run are
// kept until it ends, so thousands of small allocations become a few
// large ones. s.mu is held.
func (s *factStore) keepLocked(data []byte) []byte {
	if cap(s.chunk)-len(s.chunk) < len(data) {
		s.chunk = make([]byte, 0, max(chunkSize, len(data)))
	}
	n := len(s.chunk)
	s.chunk = append(s.chunk, data...)
	return s.chunk[n : n+len(data) : n+len(data)]
}

// flushLocked writes the pending facts to the file. On a write error
// (a full disk) it keeps them in memory instead, which costs memory, not
// the run. s.mu is held.
func (s *factStore) flushLocked() {
	if len(s.pending) == 0 {
		return
	}
	if _, err := s.file.WriteAt(s.pending, s.size); err != nil {
		s.err = err
		start := s.size
		mem := s.memLocked()
		for key, at := range s.at {
			if at.n > 0 && at.off >= start {
				mem[key] = s.pending[at.off-start : at.off-start+at.n : at.off-start+at.n]
				s.at[key] = span{}
			}
		}
		s.pending = nil
		return
	}
	s.size += int64(len(s.pending))
	s.pending = s.pending[:0]
}

// getRules returns the facts of article a for each rule of rs: decoded
// (nil if none), or, when data is not nil, encoded. Kept facts are
// handed out as they are; the caller numbers them in place, so each is
// asked for once. An article's facts lie together in the file, so they
// are read with one system call, not one per rule.
func (s *factStore) getRules(a int, rs []int) (facts []any, data [][]byte, err error) {
	facts, data = make([]any, len(rs)), make([][]byte, len(rs))
	if err := s.getRulesInto(a, rs, facts, data); err != nil {
		return nil, nil, err
	}
	return facts, data, nil
}

// getRulesInto is getRules into the caller's facts and data, of len(rs)
// each: the corpus rules that see the whole run fetch every article's
// facts twice, and two new slices a fetch were 8,000 allocations for
// 2,000 articles.
func (s *factStore) getRulesInto(a int, rs []int, facts []any, data [][]byte) error {
	clear(facts)
	clear(data)
	if s.kept != nil {
		s.keptInto(a, rs, facts)
		return nil
	}
	s.mu.Lock()
	if s.file != nil && s.err == nil {
		s.flushLocked()
	}
	lo, hi := int64(-1), int64(-1)
	// spans is made only for facts in the file: a run kept in memory
	// (most runs) never needs it, and it cost an allocation per article.
	var spans []span
	for j, ri := range rs {
		key := a*s.rules + ri
		if s.mem != nil && s.mem[key] != nil {
			data[j] = s.mem[key]
			continue
		}
		if s.at == nil || s.at[key].n == 0 {
			continue
		}
		at := s.at[key]
		if spans == nil {
			spans = make([]span, len(rs))
		}
		spans[j] = at
		if lo < 0 || at.off < lo {
			lo = at.off
		}
		hi = max(hi, at.off+at.n)
	}
	s.mu.Unlock()
	if lo < 0 {
		return nil
	}
	buf := make([]byte, hi-lo)
	if _, err := s.file.ReadAt(buf, lo); err != nil {
		return fmt.Errorf("reading back the facts of the run: %w", err)
	}
	for j, at := range spans {
		if at.n > 0 {
			data[j] = buf[at.off-lo : at.off-lo+at.n : at.off-lo+at.n]
		}
	}
	return nil
}

// keptInto sets facts[j] to the kept facts of article a for rule rs[j].
// The store keeps decoded facts (s.kept is not nil).
func (s *factStore) keptInto(a int, rs []int, facts []any) {
	for j, ri := range rs {
		facts[j] = s.kept[a*s.rules+ri]
	}
}

// storyGap is the most bytes of other facts between two articles' facts
// in the file that getStory reads through rather than making another
// system call: a story's articles are checked one after the other, so
// their facts lie together but for those of a few articles of other
// stories that the other workers finished meanwhile.
const storyGap = 16 << 10

// piece is where getStory finds the facts of article k and rule j in the
// file.
type piece struct {
	k, j int
	at   span
}

// getStory is getRules for the articles as: facts[k] and data[k] are
// those of as[k]. The facts in the file are read with one system call
// for each run of them that lies together (storyGap), not one per
// article (20,000 reads for a spilled run of 20,000 articles).
//
// What it returns is in sc (nil: allocated), valid until sc serves
// another story; that includes the bytes read back from the file, so the
// facts decoded from them, which the store's bytes are decoded in place,
// must be done with by then.
func (s *factStore) getStory(as []int, rs []int, sc *storyScratch) (facts [][]any, data [][][]byte, err error) {
	if sc == nil {
		sc = new(storyScratch)
	}
	sc.facts, sc.data = grow(sc.facts, len(as)), grow(sc.data, len(as))
	facts, data = sc.facts, sc.data
	// The articles' rows share one backing array each for facts and for
	// data, where two per article were made (about 10,000 allocations a
	// run of 2,000 articles). Each row is capped at its own length, so a
	// caller that appends to one copies it rather than writing into the
	// next.
	n := len(rs)
	sc.allFacts, sc.allData = grow(sc.allFacts, len(as)*n), grow(sc.allData, len(as)*n)
	allFacts, allData := sc.allFacts, sc.allData
	for k := range as {
		facts[k] = allFacts[k*n : (k+1)*n : (k+1)*n]
		data[k] = allData[k*n : (k+1)*n : (k+1)*n]
	}
	if s.kept != nil {
		for k, a := range as {
			s.keptInto(a, rs, facts[k])
		}
		return facts, data, nil
	}
	pieces := sc.pieces[:0]
	s.mu.Lock()
	if s.file != nil && s.err == nil {
		s.flushLocked()
	}
	for k, a := range as {
		for j, ri := range rs {
			key := a*s.rules + ri
			if s.mem != nil && s.mem[key] != nil {
				data[k][j] = s.mem[key]
				continue
			}
			if s.at != nil && s.at[key].n > 0 {
				pieces = append(pieces, piece{k, j, s.at[key]})
			}
		}
	}
	s.mu.Unlock()
	sc.pieces = pieces
	slices.SortFunc(pieces, func(x, y piece) int { return cmp.Compare(x.at.off, y.at.off) })
	// The runs of bytes to read are laid end to end in one buffer,
	// reused from story to story.
	total := int64(0)
	for i := 0; i < len(pieces); {
		lo, hi := pieces[i].at.off, pieces[i].at.off+pieces[i].at.n
		n := i + 1
		for n < len(pieces) && pieces[n].at.off <= hi+storyGap {
			hi = max(hi, pieces[n].at.off+pieces[n].at.n)
			n++
		}
		total += hi - lo
		i = n
	}
	if int64(cap(sc.buf)) < total {
		sc.buf = make([]byte, total)
	}
	free := sc.buf[:total]
	for i := 0; i < len(pieces); {
		lo, hi := pieces[i].at.off, pieces[i].at.off+pieces[i].at.n
		n := i + 1
		for n < len(pieces) && pieces[n].at.off <= hi+storyGap {
			hi = max(hi, pieces[n].at.off+pieces[n].at.n)
			n++
		}
		buf := free[: hi-lo : hi-lo]
		free = free[hi-lo:]
		if _, err := s.file.ReadAt(buf, lo); err != nil {
			return nil, nil, fmt.Errorf("reading back the facts of the run: %w", err)
		}
		for _, p := range pieces[i:n] {
			off := p.at.off - lo
			data[p.k][p.j] = buf[off : off+p.at.n : off+p.at.n]
		}
		i = n
	}
	return facts, data, nil
}

// encodeAll turns kept facts into encoded ones, for a run whose stories
// share an article: its facts are then decoded once for each story. The
// facts were kept, so put has encoded their types before: an error
// here is a bug.
func (s *factStore) encodeAll() error {
	if s.kept == nil {
		return nil
	}
	mem := s.memLocked()
	for key, f := range s.kept {
		if f == nil {
			continue
		}
		data, err := rules.EncodeFacts(f)
		if err != nil {
			return fmt.Errorf("internal error (please report it): %w", err)
		}
		mem[key] = data
	}
	s.kept = nil
	return nil
}

// close deletes the file.
func (s *factStore) close() {
	if s.file != nil {
		name := s.file.Name()
		_ = s.file.Close()
		_ = os.Remove(name)
	}
}
