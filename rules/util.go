package rules

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/internal/tomlx"
)

// setCommon copies the descriptive keys into info; id, kind and severity
// were read before the kind was known.
func setCommon(info *Info, c Common) {
	info.Description = c.Description
	info.Example = c.Example
}

// compilePattern compiles a rule's regular expression (Go's RE2 syntax,
// linear in time, never backtracking). A pattern that matches the empty
// string would report every position and is refused.
func compilePattern(t *tomlx.Table, key, label, pattern, id string) (*regexp.Regexp, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, t.Errorf(key, "rule %q: %s is not a valid regular expression: %v", id, label, err)
	}
	if re.MatchString("") {
		return nil, t.Errorf(key, "rule %q: %s matches the empty string, so it would match everywhere", id, label)
	}
	return re, nil
}

// sortUses orders uses by their place in the file.
func sortUses(uses []formUse) {
	slices.SortStableFunc(uses, func(a, b formUse) int {
		return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Loc.StartByte, b.Loc.StartByte))
	})
}

// editDistance is the optimal-string-alignment Damerau-Levenshtein
// distance between a and b, counted in code points: insertions, deletions,
// substitutions and transpositions of adjacent characters each cost one.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 {
		return len(rb)
	}
	if len(rb) == 0 {
		return len(ra)
	}
	w := len(rb) + 1
	d := make([]int, (len(ra)+1)*w)
	for i := 0; i <= len(ra); i++ {
		d[i*w] = i
	}
	for j := 0; j <= len(rb); j++ {
		d[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(d[(i-1)*w+j]+1, d[i*w+j-1]+1, d[(i-1)*w+j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, d[(i-2)*w+j-2]+1)
			}
			d[i*w+j] = v
		}
	}
	return d[len(ra)*w+len(rb)]
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

// firstBytes turns most words away from a set before a map look-up: a
// word of the set is at least minLen bytes long, and its first byte,
// folded to lower case when fold is set, is one the set's words start
// with. Hashing every token of an article into a map was a tenth of the
// time of a run.
type firstBytes struct {
	minLen int
	fold   bool
	first  [256]bool
}

// newFirstBytes builds the filter of a set's words. Words that stand for
// longer tokens (stems) must not be longer than the tokens they match.
func newFirstBytes[V any](set map[string]V, fold bool) *firstBytes {
	f := &firstBytes{minLen: -1, fold: fold}
	for w := range set {
		if w == "" {
			f.minLen = 0
			for c := range f.first {
				f.first[c] = true
			}
			continue
		}
		if f.minLen < 0 || len(w) < f.minLen {
			f.minLen = len(w)
		}
		c := w[0]
		f.first[c] = true
		if fold && 'a' <= c && c <= 'z' {
			f.first[c-'a'+'A'] = true
		}
		if fold && 'A' <= c && c <= 'Z' {
			f.first[c-'A'+'a'] = true
		}
	}
	return f
}

// may reports whether w, or with fold set the stem of w, may be in the
// set.
func (f *firstBytes) may(w string) bool {
	switch {
	case f.minLen < 0:
		return false
	case f.minLen == 0:
		return true
	case w == "":
		return false
	case f.fold && !isASCII(w):
		// Case mapping outside ASCII may change bytes and length.
		return true
	}
	return len(w) >= f.minLen && f.first[w[0]]
}

func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// unionKeys returns a set of the keys of a and b.
func unionKeys[V any](a, b map[string]V) map[string]bool {
	u := make(map[string]bool, len(a)+len(b))
	for k := range a {
		u[k] = true
	}
	for k := range b {
		u[k] = true
	}
	return u
}

// lowerIn is m[strings.ToLower(w)], an ASCII word of up to 32 bytes
// lowered on the stack: asked of every spelling, a lowered copy of each
// capitalised one was an allocation.
func lowerIn[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) > len(buf) {
		v, ok := m[strings.ToLower(w)]
		return v, ok
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			v, ok := m[strings.ToLower(w)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	v, ok := m[string(b)]
	return v, ok
}
