package rules

// A frame word right before a figure drops it ("another three days",
// "the other two"), but after a figure of one role "another" counts the
// people of the next: "Five people died. Another 29 were injured" gives
// the injured, 29, as "killing five and injuring 29" does. Such a count
// (besides_words before a bare cardinal) is claimed when it has a
// contrast role that no figure of its article before it has; where one
// before it has its role ("Three died on Monday. Another two died on
// Tuesday") it adds to that figure, and stays unclaimed, as does one of
// no role ("Another 40 firefighters were sent").

// keepBesides keeps the claims that claimOf appended to out from at,
// for a count after a word of besides_words, when they have a contrast
// role that none of out's claims before at has: of them, only the
// claims of that role. Otherwise it drops them all. The room after the
// claims kept is left zero, as dropClaim leaves it.
func keepBesides(out []claim, at int) []claim {
	role := -1
	for k := at; k < len(out); k++ {
		if out[k].Role >= 0 {
			role = out[k].Role
			break
		}
	}
	for k := 0; k < at && role >= 0; k++ {
		if out[k].Role == role {
			role = -1
		}
	}
	n := at
	for k := at; k < len(out); k++ {
		if role >= 0 && out[k].Role == role {
			out[n] = out[k]
			n++
		}
	}
	clear(out[n:])
	return out[:n]
}
