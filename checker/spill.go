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

// factStore keeps the encoded facts of each article and rule between the
// per-article and the corpus stage: in memory, or appended to a temporary
// file (deleted when the run ends) and read back a story at a time. It is
// safe for concurrent use.
type factStore struct {
	mu   sync.Mutex
	file *os.File
	size int64
	err  error // the first write error; the file is then given up
	// mem holds the facts while there is no file, or after a write error.
	mem map[[2]int][]byte
	// at locates the facts written to the file: offset and length.
	at map[[2]int][2]int64
}

// newFactStore returns a store for a run of n articles: a file in dir
// (os.TempDir if "") from spillAt articles, memory otherwise or when no
// file can be made.
func newFactStore(n int, dir string) *factStore {
	s := &factStore{mem: map[[2]int][]byte{}, at: map[[2]int][2]int64{}}
	if n >= spillAt {
		if f, err := os.CreateTemp(dir, "factlint-facts-*"); err == nil {
			s.file = f
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
	key := [2]int{a, ri}
	if s.file != nil && s.err == nil {
		_, err := s.file.WriteAt(data, s.size)
		if err == nil {
			s.at[key] = [2]int64{s.size, int64(len(data))}
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
	key := [2]int{a, ri}
	s.mu.Lock()
	data, inMem := s.mem[key]
	at, inFile := s.at[key]
	s.mu.Unlock()
	if inMem || !inFile {
		return data, nil
	}
	buf := make([]byte, at[1])
	if _, err := s.file.ReadAt(buf, at[0]); err != nil {
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
