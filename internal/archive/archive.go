package archive

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"sort"
	"strconv"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/rules"
	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// DefaultPath is the archive's file when --archive is not given.
const DefaultPath = ".factlint-archive.db"

// Timeout is how long opening an archive waits for the lock that another
// process holds.
var Timeout = 10 * time.Second

const (
	tool          = "factlint-archive"
	layoutVersion = "1"
	recordVersion = 1
)

var (
	bucketMeta     = []byte("meta")
	bucketArticles = []byte("articles")
	bucketPaths    = []byte("paths")
	bucketTerms    = []byte("terms")
)

// Errors of Open and OpenWrite, wrapped with the file and the details.
var (
	// ErrForeign: the file is not a factlint archive, or is damaged.
	ErrForeign = errors.New("not a factlint archive, or a damaged one")
	// ErrStale: the archive was made by other rules or another version
	// of factlint.
	ErrStale = errors.New("made with other rules or another version of factlint")
	// ErrMissing: there is no archive at the path.
	ErrMissing = errors.New("no archive")
)

// Key identifies a record: a hash of the article's path and bytes.
type Key [16]byte

// KeyOf returns the key of the article at path with bytes src.
func KeyOf(path string, src []byte) Key {
	h := sha256.New()
	fmt.Fprintf(h, "%d:%s", len(path), path)
	h.Write(src)
	var k Key
	copy(k[:], h.Sum(nil))
	return k
}

// Archive is an open archive.
type Archive struct {
	db    *bolt.DB
	path  string
	count int
}

// Path is the archive's file.
func (a *Archive) Path() string { return a.path }

// Len is the number of archived articles.
func (a *Archive) Len() int { return a.count }

// Close closes the archive.
func (a *Archive) Close() error { return a.db.Close() }

// Open opens the archive at path for reading. fingerprint is the rules
// fingerprint of the run; an archive made with another is ErrStale.
func Open(path, fingerprint string) (*Archive, error) {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: %w (build one with factlint index --archive %s PATH...)", path, ErrMissing, path)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	db, err := openDB(path, true)
	if err != nil {
		return nil, err
	}
	a := &Archive{db: db, path: path}
	err = guard(func() error {
		return db.View(func(tx *bolt.Tx) error {
			n, err := checkMeta(tx, fingerprint)
			a.count = n
			return err
		})
	})
	if err != nil {
		_ = db.Close()
		if errors.Is(err, ErrStale) {
			return nil, fmt.Errorf("%s: %w; rebuild it with factlint index --archive %s PATH", path, err, path)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// OpenWrite opens the archive at path for indexing, creating it if there
// is none. A stale archive is emptied, to be indexed again (rebuilt is
// then true); a foreign or damaged file is an error and is left as it is.
func OpenWrite(path, fingerprint string) (a *Archive, rebuilt bool, err error) {
	db, err := openDB(path, false)
	if err != nil {
		return nil, false, err
	}
	a = &Archive{db: db, path: path}
	err = guard(func() error {
		return db.Update(func(tx *bolt.Tx) error {
			meta := tx.Bucket(bucketMeta)
			if meta == nil {
				// A new file; a bbolt file of another program has
				// buckets and no meta.
				empty := true
				_ = tx.ForEach(func([]byte, *bolt.Bucket) error { empty = false; return nil })
				if !empty {
					return fmt.Errorf("%w: a bbolt database without factlint's meta", ErrForeign)
				}
				return initialise(tx, fingerprint)
			}
			n, err := checkMeta(tx, fingerprint)
			if errors.Is(err, ErrStale) {
				rebuilt = true
				for _, b := range [][]byte{bucketMeta, bucketArticles, bucketPaths, bucketTerms} {
					if tx.Bucket(b) != nil {
						if err := tx.DeleteBucket(b); err != nil {
							return err
						}
					}
				}
				return initialise(tx, fingerprint)
			}
			a.count = n
			return err
		})
	})
	if err != nil {
		_ = db.Close()
		return nil, false, fmt.Errorf("%s: %w", path, err)
	}
	return a, rebuilt, nil
}

// openDB opens the bbolt file; an error says what the file is not.
func openDB(path string, readOnly bool) (*bolt.DB, error) {
	var db *bolt.DB
	err := guard(func() error {
		var err error
		db, err = bolt.Open(path, 0o644, &bolt.Options{ReadOnly: readOnly, Timeout: Timeout})
		return err
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("%s: another factlint is writing the archive (gave up after %v)", path, Timeout)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return nil, fmt.Errorf("%s: %w", path, err) // permission denied and such
	}
	// Invalid, version mismatch, checksum, too small, a panic: whatever
	// the file is, it is not an archive this factlint can read.
	return nil, fmt.Errorf("%s: %w (%w)", path, ErrForeign, err)
}

var errPanic = errors.New("the database could not be read")

// guard runs fn, turning a panic of bbolt on a damaged file into an
// error: a damaged archive must not take the run down.
func guard(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%w: %v", errPanic, p)
		}
	}()
	return fn()
}

func initialise(tx *bolt.Tx, fingerprint string) error {
	meta, err := tx.CreateBucket(bucketMeta)
	if err != nil {
		return err
	}
	for k, v := range map[string]string{"tool": tool, "layout": layoutVersion, "rules": fingerprint, "count": "0"} {
		if err := meta.Put([]byte(k), []byte(v)); err != nil {
			return err
		}
	}
	for _, b := range [][]byte{bucketArticles, bucketPaths, bucketTerms} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// checkMeta verifies an archive's meta and returns its article count.
func checkMeta(tx *bolt.Tx, fingerprint string) (int, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil || string(meta.Get([]byte("tool"))) != tool {
		return 0, fmt.Errorf("%w: no factlint meta", ErrForeign)
	}
	for _, b := range [][]byte{bucketArticles, bucketPaths, bucketTerms} {
		if tx.Bucket(b) == nil {
			return 0, fmt.Errorf("%w: bucket %s is missing", ErrForeign, b)
		}
	}
	if v := string(meta.Get([]byte("layout"))); v != layoutVersion {
		return 0, fmt.Errorf("%w (layout %q, this factlint reads %q)", ErrStale, v, layoutVersion)
	}
	if v := string(meta.Get([]byte("rules"))); v != fingerprint {
		return 0, fmt.Errorf("%w (rules fingerprint %.12s…, this run's is %.12s…)", ErrStale, v, fingerprint)
	}
	n, err := strconv.Atoi(string(meta.Get([]byte("count"))))
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w: bad article count %q", ErrForeign, meta.Get([]byte("count")))
	}
	return n, nil
}

// Paths returns every archived path with its record key.
func (a *Archive) Paths() (map[string]Key, error) {
	out := map[string]Key{}
	err := guard(func() error {
		return a.db.View(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketPaths).ForEach(func(k, v []byte) error {
				var key Key
				if len(v) != len(key) {
					return fmt.Errorf("%w: path %q has a bad key", ErrForeign, k)
				}
				copy(key[:], v)
				out[string(k)] = key
				return nil
			})
		})
	})
	return out, err
}

// Write is one write transaction of Update.
type Write struct {
	tx    *bolt.Tx
	count int
}

// TestHookMidUpdate runs, when a test sets it, inside every write
// transaction once its changes are made and before they are committed:
// the kill tests stop a real factlint there.
var TestHookMidUpdate func()

// Update runs fn in one write transaction: all its changes are stored, or
// none (a crash in the middle leaves the archive as it was: bbolt writes
// the changed pages elsewhere in the file and switches to them with one
// meta page write, after syncing them).
func (a *Archive) Update(fn func(w *Write) error) error {
	var count int
	err := guard(func() error {
		return a.db.Update(func(tx *bolt.Tx) error {
			w := &Write{tx: tx, count: a.count}
			if err := fn(w); err != nil {
				return err
			}
			if err := tx.Bucket(bucketMeta).Put([]byte("count"), []byte(strconv.Itoa(w.count))); err != nil {
				return err
			}
			if TestHookMidUpdate != nil {
				TestHookMidUpdate()
			}
			count = w.count
			return nil
		})
	})
	if err == nil {
		a.count = count // only once committed
	}
	return err
}

// storyTerm is the term under which an article with a story id is
// indexed: the articles of one story id always meet.
func storyTerm(id string) string { return "\x01story:" + id }

// Put stores the extracted facts of the article at e.Path under key,
// replacing what the path held.
func (w *Write) Put(key Key, e *checker.Extracted) error {
	if err := w.Remove(e.Path); err != nil {
		return err
	}
	arts, paths, terms := w.tx.Bucket(bucketArticles), w.tx.Bucket(bucketPaths), w.tx.Bucket(bucketTerms)
	if err := arts.Put(key[:], encodeRecord(e)); err != nil {
		return err
	}
	if err := paths.Put([]byte(e.Path), key[:]); err != nil {
		return err
	}
	for _, t := range indexTerms(e.Story, e.Terms) {
		if err := terms.Put(termKey(t, key), nil); err != nil {
			return err
		}
	}
	w.count++
	return nil
}

// Remove deletes the article archived at path, if any.
func (w *Write) Remove(path string) error {
	paths := w.tx.Bucket(bucketPaths)
	v := paths.Get([]byte(path))
	if v == nil {
		return nil
	}
	var key Key
	copy(key[:], v)
	arts, terms := w.tx.Bucket(bucketArticles), w.tx.Bucket(bucketTerms)
	if data := arts.Get(key[:]); data != nil {
		// A damaged record's terms cannot be read; they stay in the
		// index, pointing at nothing, and are skipped when read.
		if rec, err := decodeRecord(data); err == nil {
			for _, t := range indexTerms(rec.Story, rec.Terms) {
				if err := terms.Delete(termKey(t, key)); err != nil {
					return err
				}
			}
		}
		if err := arts.Delete(key[:]); err != nil {
			return err
		}
	}
	w.count--
	return paths.Delete([]byte(path))
}

func indexTerms(storyID string, terms []string) []string {
	out := terms
	if storyID != "" {
		out = append(append([]string(nil), terms...), storyTerm(storyID))
	}
	return out
}

func termKey(term string, key Key) []byte {
	b := make([]byte, 0, len(term)+1+len(key))
	b = append(b, term...)
	b = append(b, 0)
	return append(b, key[:]...)
}

// Candidates returns the archived articles that may belong to the story
// of one of the given articles (their story ids and story terms): those
// with the same story id, and those that share at least minShared
// distinctive terms with one of them — a term is distinctive when at
// most clamp(n/50, 100, 1000) archived articles use it, as story.Group
// counts it. At most maxCandidates per article are returned, those that
// share the most terms. Only their records are read. The result is
// sorted by path.
func (a *Archive) Candidates(stories []string, terms [][]string) ([]checker.Prior, error) {
	var out []checker.Prior
	err := guard(func() error {
		return a.db.View(func(tx *bolt.Tx) error {
			ix := tx.Bucket(bucketTerms)
			chosen := Select(Index[Key]{
				Count:   a.count,
				Term:    func(t string, limit int) []Key { return postings(ix, t, limit) },
				Story:   func(id string, limit int) []Key { return postings(ix, storyTerm(id), limit) },
				Compare: func(x, y Key) int { return bytes.Compare(x[:], y[:]) },
			}, stories, terms)
			arts := tx.Bucket(bucketArticles)
			for k := range chosen {
				data := arts.Get(k[:])
				if data == nil {
					continue // a term of a removed, damaged record
				}
				rec, err := decodeRecord(data)
				if err != nil {
					return fmt.Errorf("record %x: %w", k, err)
				}
				names, err := rules.DecodeNames(rec.Names)
				if err != nil {
					return fmt.Errorf("%s (archived): %w", rec.Path, err)
				}
				out = append(out, checker.Prior{Path: rec.Path, Story: rec.Story, Terms: rec.Terms, Names: names, Facts: rec.Facts})
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.path, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out, nil
}

const (
	// minShared is story.Group's default number of shared terms that
	// links two articles.
	minShared = 3
	// maxCandidates bounds the archived articles compared with one new
	// article: a story has tens of articles, not thousands.
	maxCandidates = 200
)

// postings returns the keys of the records that use term, or nil when
// more than limit do (the term is not distinctive).
func postings(ix *bolt.Bucket, term string, limit int) []Key {
	prefix := append([]byte(term), 0)
	var keys []Key
	c := ix.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(keys) == limit {
			return nil
		}
		var key Key
		if len(k)-len(prefix) != len(key) {
			continue
		}
		copy(key[:], k[len(prefix):])
		keys = append(keys, key)
	}
	return keys
}

// record is one archived article.
type record struct {
	Path, Story string
	Terms       []string
	Names       []byte
	Facts       map[string][]byte
}

func encodeRecord(e *checker.Extracted) []byte {
	var b []byte
	b = append(b, recordVersion)
	str := func(s []byte) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	str([]byte(e.Path))
	str([]byte(e.Story))
	b = binary.AppendUvarint(b, uint64(len(e.Terms)))
	for _, t := range e.Terms {
		str([]byte(t))
	}
	str(e.Names)
	ids := make([]string, 0, len(e.Facts))
	for id := range e.Facts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	b = binary.AppendUvarint(b, uint64(len(ids)))
	for _, id := range ids {
		str([]byte(id))
		str(e.Facts[id])
	}
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

var errDamaged = errors.New("damaged record")

func decodeRecord(data []byte) (*record, error) {
	if len(data) < 5 {
		return nil, errDamaged
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errDamaged)
	}
	if body[0] != recordVersion {
		return nil, fmt.Errorf("%w: record version %d", errDamaged, body[0])
	}
	off := 1
	num := func() (int, bool) {
		v, n := binary.Uvarint(body[off:])
		if n <= 0 || v > uint64(len(body)) {
			return 0, false
		}
		off += n
		return int(v), true
	}
	bytesOf := func() ([]byte, bool) {
		n, ok := num()
		if !ok || off+n > len(body) {
			return nil, false
		}
		s := body[off : off+n]
		off += n
		return bytes.Clone(s), true
	}
	rec := &record{}
	p, ok1 := bytesOf()
	s, ok2 := bytesOf()
	nt, ok3 := num()
	if !ok1 || !ok2 || !ok3 {
		return nil, errDamaged
	}
	rec.Path, rec.Story = string(p), string(s)
	for range nt {
		t, ok := bytesOf()
		if !ok {
			return nil, errDamaged
		}
		rec.Terms = append(rec.Terms, string(t))
	}
	var ok bool
	if rec.Names, ok = bytesOf(); !ok {
		return nil, errDamaged
	}
	nf, ok := num()
	if !ok {
		return nil, errDamaged
	}
	rec.Facts = make(map[string][]byte, nf)
	for range nf {
		id, ok1 := bytesOf()
		f, ok2 := bytesOf()
		if !ok1 || !ok2 {
			return nil, errDamaged
		}
		rec.Facts[string(id)] = f
	}
	if off != len(body) {
		return nil, fmt.Errorf("%w: trailing bytes", errDamaged)
	}
	return rec, nil
}
