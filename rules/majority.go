package rules

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/factlint/factlint/checker/diag"
)

// formUse is one use of one of several spellings that must not be mixed.
type formUse struct {
	// Form identifies the spelling (a variant index, or its text).
	Form string
	// Text is the text at Loc; Shown is how the use is named in
	// messages (the text with a little context, such as a given name).
	Text, Shown string
	// Prefix is kept in front of the form when a fix rewrites Loc.
	Prefix  string
	Loc     diag.Location
	Article int
}

// formTally counts the uses of one form.
type formTally struct {
	form     string
	uses     []formUse
	articles map[int]bool
	texts    map[string]bool
}

// tallyForms groups uses by form, in order of first use.
func tallyForms(uses []formUse) []*formTally {
	var order []*formTally
	by := map[string]*formTally{}
	for _, u := range uses {
		t := by[u.Form]
		if t == nil {
			t = &formTally{form: u.Form, articles: map[int]bool{}, texts: map[string]bool{}}
			by[u.Form] = t
			order = append(order, t)
		}
		t.uses = append(t.uses, u)
		t.articles[u.Article] = true
		t.texts[u.Text] = true
	}
	return order
}

// majorityOf picks the form that the copy uses most: in the most articles,
// then the most times, then the earliest.
func majorityOf(ts []*formTally) *formTally {
	return slices.MaxFunc(ts, func(a, b *formTally) int {
		return cmp.Or(
			cmp.Compare(len(a.articles), len(b.articles)),
			cmp.Compare(len(a.uses), len(b.uses)),
			// Earlier first use wins: compare reversed.
			-cmp.Compare(firstIndex(ts, a), firstIndex(ts, b)),
		)
	})
}

func firstIndex(ts []*formTally, t *formTally) int { return slices.Index(ts, t) }

// reportMinority reports every use of every form but the majority's. In
// article scope uses come from one article; in corpus scope from several
// (the articles of one story for the consistency rules, the run for a
// desk's lexicon of names). A
// preferred form, when the copy uses it, wins over the majority (the
// spelling a desk's lexicon gives).
func reportMinority(rule Rule, uses []formUse, corpus bool, what, preferred string, r *Reporter) {
	ts := tallyForms(uses)
	if len(ts) < 2 {
		return
	}
	maj := majorityOf(ts)
	for _, t := range ts {
		if preferred != "" && t.form == preferred {
			maj = t
		}
	}
	majText := ""
	if len(maj.texts) == 1 {
		majText = maj.uses[0].Text
	}
	for _, t := range ts {
		if t == maj {
			continue
		}
		for _, u := range t.uses {
			var where string
			if corpus {
				where = fmt.Sprintf("%s in %s", times(len(maj.uses)), count(len(maj.articles), "article"))
			} else {
				where = times(len(maj.uses)) + " in this article"
			}
			msg := fmt.Sprintf("%q here, but %q %s; spell %s one way", u.Shown, maj.uses[0].Shown, where, what)
			related := []diag.Related{{Location: maj.uses[0].Loc, Message: fmt.Sprintf("%q is used here", maj.uses[0].Shown)}}
			var fix *diag.Fix
			if majText != "" && len(t.texts) == 1 {
				// The desk's spelling is a decision; a majority is
				// only a vote, for a person to check.
				fix = &diag.Fix{Replacement: u.Prefix + majText, Safe: preferred != "" && maj.form == preferred}
			}
			r.ReportAt(rule, u.Loc, msg, related, fix)
		}
	}
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	return fmt.Sprintf("%d times", n)
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
