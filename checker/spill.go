package checker

import (
	"fmt"
	"os"
	"sync"
)

// spillAt is the number of articles from which a run keeps the encoded
// facts in a temporary file rather than in memory (a variable for the
// tests): the facts of 20,000
// articles take some 100 MB, and a run's memory should not grow with the
// corpus. Smaller runs keep them in memory, which costs no file.
var spillAt = 5000

// spillDir is where the temporary file is made ("": os.TempDir); a
// variable for the tests.
var spillDir = ""

// factStore keeps the encoded facts of each article and rule between the
// per-article and the corpus stage: in memory, or appended to a temporary
// file (deleted when the run ends) and read back a story at a time. It is
// safe for concurrent use.
type factStore struct {
	rules int // facts per article
	mu    sync.Mutex
	file  *os.File
	size  int64
	err   error // the first write error; the file is then given up
	// mem holds the facts while there is no file, or after a write
	// error, by article*rules+rule.
	mem map[int][]byte
	// at locates the facts written to the file, by article*rules+rule:
	// offset and length (0 for none).
	at []span
}

type span struct{ off, n int64 }

// newFactStore returns a store for a run of n articles and a rule set of
// rules rules: a file in dir (os.TempDir if "") from spillAt articles,
// memory otherwise or when no file can be made.
func newFactStore(n, rules int, dir string) *factStore {
	s := &factStore{rules: rules, mem: map[int][]byte{}}
	if n >= spillAt {
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

// put keeps the facts of article a for rule ri.
func (s *factStore) put(a, ri int, data []byte) {
	if data == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	key := a*s.rules + ri
	if s.file != nil && s.err == nil && len(data) > 0 {
		_, err := s.file.WriteAt(data, s.size)
		if err == nil {
			s.at[key] = span{s.size, int64(len(data))}
			s.size += int64(len(data))
			return
		}
		// A full disk costs memory, not the run.
		s.err = err
	}
	s.mem[key] = data
}

// get returns the facts of article a for rule ri (nil if none).
func (s *factStore) get(a, ri int) ([]byte, error) {
	key := a*s.rules + ri
	s.mu.Lock()
	data, inMem := s.mem[key]
	var at span
	if s.at != nil {
		at = s.at[key]
	}
	s.mu.Unlock()
	if inMem || at.n == 0 {
		return data, nil
	}
	buf := make([]byte, at.n)
	if _, err := s.file.ReadAt(buf, at.off); err != nil {
		return nil, fmt.Errorf("reading back the facts of the run: %w", err)
	}
	return buf, nil
}

// close deletes the file.
func (s *factStore) close() {
	if s.file != nil {
		name := s.file.Name()
		_ = s.file.Close()
		_ = os.Remove(name)
	}
}
