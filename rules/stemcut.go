package rules

// stemCut is stemParts of w lowered (ASCII capitals only), read from w's
// last bytes without lowering or copying it: the stem is w's first keep
// bytes, lowered, and then suffix. It looks at no more than w's last
// seven bytes, so a caller may ask it before it has checked that w is
// ASCII, and throw the answer away if w is not.
func stemCut(w string) (keep int, suffix string) {
	n := len(w)
	// at is the lowered byte i places from the end of w[:n] (1 is the
	// last).
	at := func(i int) byte {
		c := w[n-i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	if n >= 2 && w[n-2] == '\'' && at(1) == 's' {
		n -= 2
	}
	if n >= 1 && w[n-1] == '\'' {
		n--
	}
	switch {
	case n > 4 && at(1) == 's' && at(2) == 'e' && at(3) == 'i':
		return n - 3, "y"
	case n > 4 && at(1) == 's' && at(2) == 'e' && at(3) == 's' && at(4) == 's':
		n -= 2
	case n > 3 && at(1) == 's' && at(2) != 's' && at(2) != 'u' && at(2) != 'i':
		n--
	case n > 5 && at(1) == 'd' && at(2) == 'e':
		n -= 2
	case n > 6 && at(1) == 'g' && at(2) == 'n' && at(3) == 'i':
		n -= 3
	}
	if n > 4 && at(1) == 'r' && at(2) == 'u' && at(3) == 'o' {
		return n - 3, "or"
	}
	return n, ""
}
