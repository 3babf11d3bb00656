package english

import (
	_ "embed" // the word list
	"strings"
)

// words holds the lower-case words, one per line, sorted by bytes and
// ending with a newline.
//
//go:embed words.txt
var words string

// IsWord reports whether w, in lower case, is on the list. Words in any
// other case are not: the caller folds them.
func IsWord(w string) bool {
	if w == "" || strings.IndexByte(w, '\n') >= 0 {
		return false
	}
	lo, hi := 0, len(words) // the lines starting in [lo, hi) are candidates
	for lo < hi {
		mid := lo + (hi-lo)/2
		// The line that holds byte mid.
		start := strings.LastIndexByte(words[:mid], '\n') + 1
		end := start + strings.IndexByte(words[start:], '\n')
		switch line := words[start:end]; {
		case line == w:
			return true
		case line < w:
			lo = end + 1
		default:
			hi = start
		}
	}
	return false
}
