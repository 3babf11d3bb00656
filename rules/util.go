package rules

import (
	"cmp"
	"regexp"
	"slices"
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
