package checker

import (
	"fmt"
	"os"
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
// (rules.EncodeFacts) and keeps them in memory, or from spillAt articles
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
	// write error, by article*rules+rule.
	mem map[int][]byte
	// at locates the facts written to the file, by article*rules+rule:
	// offset and length (0 for none).
	at []span
}

type span struct{ off, n int64 }

// newFactStore returns a store for a run of n articles and a rule set of
// rules rules: facts as they are below keepAt articles, a file in dir
// (os.TempDir if "") from spillAt articles, encoded in memory otherwise
// or when no file can be made.
func newFactStore(n, rules int, dir string) *factStore {
	s := &factStore{rules: rules, mem: map[int][]byte{}}
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
	return s
}

// put keeps the facts that corpus rule ri returned for article a. It
// fails only for a fact type without an encoding: a bug.
func (s *factStore) put(a, ri int, fact any) error {
	key := a*s.rules + ri
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
	data, err := rules.EncodeFacts(fact)
	if err != nil {
		return fmt.Errorf("internal error while checking (please report it): %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.file != nil && s.err == nil {
		_, err := s.file.WriteAt(data, s.size)
		if err == nil {
			s.at[key] = span{s.size, int64(len(data))}
			s.size += int64(len(data))
			return nil
		}
		// A full disk costs memory, not the run.
		s.err = err
	}
	s.mem[key] = data
	return nil
}

// get returns the facts of article a for rule ri: decoded (nil if none),
// or, when data is not nil, encoded. Kept facts are handed out as they
// are; the caller numbers them in place, so each is asked for once.
func (s *factStore) get(a, ri int) (fact any, data []byte, err error) {
	key := a*s.rules + ri
	if s.kept != nil {
		return s.kept[key], nil, nil
	}
	s.mu.Lock()
	data, inMem := s.mem[key]
	var at span
	if s.at != nil {
		at = s.at[key]
	}
	s.mu.Unlock()
	if inMem || at.n == 0 {
		return nil, data, nil
	}
	buf := make([]byte, at.n)
	if _, err := s.file.ReadAt(buf, at.off); err != nil {
		return nil, nil, fmt.Errorf("reading back the facts of the run: %w", err)
	}
	return nil, buf, nil
}

// encodeAll turns kept facts into encoded ones, for a run whose stories
// share an article: its facts are then decoded once for each story. The
// facts were kept, so put has encoded their types before: an error
// here is a bug.
func (s *factStore) encodeAll() error {
	if s.kept == nil {
		return nil
	}
	for key, f := range s.kept {
		if f == nil {
			continue
		}
		data, err := rules.EncodeFacts(f)
		if err != nil {
			return fmt.Errorf("internal error (please report it): %w", err)
		}
		s.mem[key] = data
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
