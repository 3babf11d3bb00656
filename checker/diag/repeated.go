package diag

// DropRepeated removes a cross-article finding that another rule made of
// the same discrepancy: two findings about facts (Fact set) on the same
// span whose other articles' passages overlap say one thing twice (a time
// of day that fact.mismatch compares as a figure and fact.date as the
// event's moment, say), and an editor should read it once. Of such a
// pair the finding kept is the more severe, then the one citing more
// passages, then the one whose rule comes first in order (the rule set's
// order, which the user's packs set), so the choice does not depend on
// the order the rules ran in. order lists rule IDs; a rule not in it
// comes after those that are, by name. Findings of one rule, findings that are not
// about a fact, and findings on different spans are all kept. ds must be
// sorted by Compare; the result is, and reuses ds's array.
func DropRepeated(ds []Diagnostic, order []string) []Diagnostic {
	rank := make(map[string]int, len(order))
	for i, id := range order {
		if _, ok := rank[id]; !ok {
			rank[id] = i
		}
	}
	drop := make([]bool, len(ds))
	dropped := false
	for i := 0; i < len(ds); {
		// Compare sorts by file, then start: a run of one start.
		j := i + 1
		for j < len(ds) && ds[j].File == ds[i].File && ds[j].Start == ds[i].Start {
			j++
		}
		for a := i; a < j; a++ {
			for b := a + 1; b < j; b++ {
				if drop[a] || drop[b] || !sameDiscrepancy(ds[a], ds[b]) {
					continue
				}
				if preferred(ds[b], ds[a], rank) {
					drop[a] = true
				} else {
					drop[b] = true
				}
				dropped = true
			}
		}
		i = j
	}
	if !dropped {
		return ds
	}
	kept := ds[:0]
	for i, d := range ds {
		if !drop[i] {
			kept = append(kept, d)
		}
	}
	clear(ds[len(kept):])
	return kept
}

// sameDiscrepancy reports whether a and b, of different rules, are about
// facts on one span and cite at least one passage in common.
func sameDiscrepancy(a, b Diagnostic) bool {
	if a.Rule == b.Rule || a.Fact == "" || b.Fact == "" || a.End != b.End || a.StartByte != b.StartByte || a.EndByte != b.EndByte {
		return false
	}
	for _, ra := range a.Related {
		for _, rb := range b.Related {
			if ra.Location == rb.Location {
				return true
			}
		}
	}
	return false
}

// preferred reports whether a is kept over b.
func preferred(a, b Diagnostic, rank map[string]int) bool {
	if a.Severity != b.Severity {
		return a.Severity > b.Severity
	}
	if len(a.Related) != len(b.Related) {
		return len(a.Related) > len(b.Related)
	}
	ra, oka := rank[a.Rule]
	rb, okb := rank[b.Rule]
	switch {
	case oka && okb && ra != rb:
		return ra < rb
	case oka != okb:
		return oka
	}
	return a.Rule < b.Rule
}
