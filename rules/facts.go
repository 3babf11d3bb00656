package rules

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
)

// claim is one quantity tied to a fact: by a fact rule of a story pack,
// or by the automatic key that the autofacts rule builds from its
// context. It is what an article exports for the corpus stage, so it
// holds resolved locations and no reference to the document.
type claim struct {
	// Key identifies the fact: a fact rule's id, or an automatic key
	// such as "speed" or "count:car".
	Key string
	// Label names the fact in messages ("top speed", "armoured vans").
	Label string
	Loc   diag.Location
	// Shown is the claim as messages quote it ("at least 20 cars").
	Shown string
	Q     figure
	// Context holds the sorted, distinct word stems around the quantity,
	// as wordIDs (automatic keys and dates).
	Context []wordID
	// Near holds the context words just before the quantity.
	Near []wordID
	// Years are the years its sentence names (automatic keys only).
	Years []float64
	// Head is the stem of the counted noun of a claim keyed by its
	// contrast word ("people" in "killed 20 people"), or "".
	Head string
	// Mods are the words between the number and its counted noun
	// ("armoured"), stemmed.
	Mods []string
	// Compl is the prepositional complement that narrows the counted
	// noun ("to spain" in "four trips to Spain"), or "".
	Compl string
	// Unique is true when the article makes no other claim with this key.
	Unique bool
	// Role is the contrast group of the word nearest the quantity
	// (killed, injured), or -1.
	Role int
	// Owner is the lower-cased name that is the subject of the clause
	// giving the figure ("greens" in "The Greens won 14.2%"), or ""
	// (automatic keys only).
	Owner string
	// Article is the claim's article number in the corpus; set by the
	// corpus stage.
	Article int
	// When is the range of days of a dated event (date claims only).
	When *dates.Range
	// Names are the names of a dated event's clause, sorted (date claims
	// only).
	Names []string
	// Rel marks a date claim resolved against the article's date.
	Rel bool
	// Conv is the figure of the conversion that restates the claim's in
	// brackets, in another unit of its dimension ("7,950 metres (26,083
	// feet)"), or nil: against a claim written in that unit it is what
	// the article states, as written (claimIntervals.disagree).
	Conv *figure

	// idx is the claim's place among the claims of its key, set by
	// compareKey; place is its article's place in its story, set by
	// compareStory.
	idx, place int
	// onceEach marks a count whose key every article of its story that
	// states it states once; set by the autofacts corpus stage.
	onceEach bool
	// copied marks a count copied under the key of a bare figure of its
	// verb, set by the autofacts corpus stage (resolveBareVerbCounts):
	// it is compared with the bare figures of other articles only.
	copied bool
	// personOnly marks a count that its article gives more than once,
	// of which this is its owner's only one; set by the autofacts
	// corpus stage (personOnlyCounts).
	personOnly bool
	// kid is the number of Key among the distinct keys of the claims
	// compared, in the keys' order, set by numberKeys.
	kid int32
}

// numberKeys sets each claim's kid: the rank of its Key among the
// distinct keys of all the claims, in string order, so that keys compare
// as their numbers do. It returns the number of distinct keys.
//
// The corpus stage groups a story's claims by key several times
// (compareStory, storyKeys, markOnceEach): with the keys numbered once,
// each grouping indexes a slice by number where it hashed every claim's
// key into a map of its own, and compareStory sorts a story's keys as
// numbers, not strings.
func numberKeys(perArticle [][]claim) int {
	total := 0
	for _, cs := range perArticle {
		total += len(cs)
	}
	if total == 0 {
		return 0
	}
	// The keys are numbered in a table kept from one story to the next
	// (the codec's strNumbers), where a map as large as the story's
	// claims was made for every story and rule, and every key hashed
	// by the runtime's map.
	t := keyTablePool.Get().(*keyTable)
	defer t.release()
	nums := &t.nums
	for _, cs := range perArticle {
		var last *claim
		for k := range cs {
			x := &cs[k]
			// Claims of one key often come together: the same
			// string, or an equal one, needs no look-up.
			if last != nil && len(last.Key) == len(x.Key) && last.Key == x.Key {
				x.kid = last.kid
				last = x
				continue
			}
			x.kid = int32(nums.number(x.Key))
			last = x
		}
	}
	// The distinct keys sorted with their numbers beside them: the
	// comparison reads each key straight from the pair, where sorting
	// the numbers read it through the list of keys.
	keys := nums.keys
	sorted := grown(&t.sorted, len(keys))
	for i, k := range keys {
		sorted[i] = numberedKey{k, int32(i)}
	}
	slices.SortFunc(sorted, func(a, b numberedKey) int { return strings.Compare(a.key, b.key) })
	rank := grown(&t.rank, len(keys))
	for r, k := range sorted {
		rank[k.id] = int32(r)
	}
	for _, cs := range perArticle {
		for k := range cs {
			cs[k].kid = rank[cs[k].kid]
		}
	}
	return len(keys)
}

// keyTable is numberKeys's room, kept from story to story.
type keyTable struct {
	nums   strNumbers
	sorted []numberedKey
	rank   []int32
}

// numberedKey is a distinct key and its number in order of first use.
type numberedKey struct {
	key string
	id  int32
}

var keyTablePool = sync.Pool{New: func() any { return new(keyTable) }}

// release forgets the keys (no story's strings kept alive by the pool)
// and returns t to the pool.
func (t *keyTable) release() {
	t.nums.reset()
	clear(t.sorted)
	keyTablePool.Put(t)
}

// figure is what a claim keeps of its quantity: the value and what its
// interval is made of. The positions in the text (a third of a
// quantity.Quantity) are read only while the article is checked; a
// claim is kept, encoded and decoded for the corpus stage, and was 460
// bytes with them.
type figure struct {
	Value, High float64
	Step, Round float64
	Unit        *quantity.Unit
	Qualifier   *quantity.Qualifier
	Kind        quantity.Kind
}

func figureOf(q *quantity.Quantity) figure {
	return figure{Value: q.Value, High: q.High, Step: q.Step, Round: q.Round, Unit: q.Unit, Qualifier: q.Qualifier, Kind: q.Kind}
}

// Interval is the quantity's Interval.
func (f *figure) Interval(p quantity.Precision) quantity.Interval {
	q := quantity.Quantity{Value: f.Value, High: f.High, Step: f.Step, Round: f.Round, Qualifier: f.Qualifier, Unit: f.Unit, Kind: f.Kind}
	return q.Interval(p)
}

// BareInterval is the quantity's BareInterval: its number as written,
// its qualifier left out.
func (f *figure) BareInterval(p quantity.Precision) quantity.Interval {
	q := quantity.Quantity{Value: f.Value, High: f.High, Step: f.Step, Round: f.Round}
	return q.BareInterval(p)
}

// claimInterval is the set of values a claim allows, in the base unit of
// its dimension. Two claims written in the same unit keep the precision
// they were written with; across units a figure may have been rounded in
// conversion ("100 miles" for 160 km).
func claimInterval(x, other *claim, openBound float64) quantity.Interval {
	if x.When != nil {
		return dayInterval(x.When)
	}
	p := quantity.Strict
	if unitName(x.Q.Unit) != unitName(other.Q.Unit) || roundedThousands(&x.Q) {
		p = quantity.Rounded
	}
	return capOpen(x.Q.Interval(p).ToBase(x.Q.Unit), &x.Q, openBound)
}

// roundedThousands reports whether a bare figure is written with zeros
// for its thousands or more and two or more figures before them
// ("41,000", "12,000"; "1.4 million" states its precision already):
// outlets write such a figure for an exact one without a
// word of "about" ("41,000 homes" for 40,700), so it allows the rounding
// of its last non-zero digit even against a figure in the same unit. A
// figure of one non-zero digit ("2,000") is not taken so: it is as often
// a count in its own right, and 2,400 is no rounding of it; nor is a
// smaller figure ("340" for 343), where a change of a few is the kind of
// slip a desk must catch.
func roundedThousands(f *figure) bool {
	return f.Qualifier == nil && f.Kind == quantity.Cardinal && f.Round >= 1000 && f.Round > f.Step && f.Value >= 10*f.Round && f.High == f.Value
}

// capOpen bounds the open top of "at least 127" and "more than 120" at
// share above the figure, when share > 0. In copy such a figure is the
// count confirmed so far, not a mere floor: an article that gives 172
// where the others say "at least 127" is telling a different figure,
// while 130 or 150 may be the same count a few hours on. "Up to 90" and
// "as many as 40" (at-most) state the maximum the same way, so their open
// bottom is bounded as far below: gusts "of up to 120" are not gusts "of
// up to 90". "Under 5" and "fewer than 10" (less-than) stay open: they
// often sit far above the figure.
func capOpen(iv quantity.Interval, f *figure, share float64) quantity.Interval {
	if share <= 0 || f.Qualifier == nil {
		return iv
	}
	switch f.Qualifier.Bound {
	case quantity.AtLeast, quantity.MoreThan:
		if math.IsInf(iv.Hi, 1) && iv.Lo > 0 {
			iv.Hi = iv.Lo * (1 + share)
		}
	case quantity.AtMost:
		if math.IsInf(iv.Lo, -1) && iv.Hi > 0 {
			iv.Lo = iv.Hi / (1 + share)
		}
	}
	return iv
}

func unitName(u *quantity.Unit) string {
	if u == nil {
		return ""
	}
	return u.Name
}

// claimIntervals is what tells whether two claims of one fact cannot
// both be true, computed once per claim for all the pairs it is in: its
// interval (claimInterval), widened by the tolerance, with the precision
// it is written with (against a claim in the same unit) and rounded
// (against another unit).
type claimIntervals struct {
	unit            string
	strict, rounded quantity.Interval
	// convUnit and conv are the unit and interval of the claim's
	// bracketed conversion (claim.Conv), as convertedInterval reads
	// one, or "" and nothing.
	convUnit string
	conv     quantity.Interval
	// about marks a sum or a percentage hedged by "about" (or a word
	// like it), and bare is its interval as written and rounded, the
	// hedge left out: two hedged sums in one currency, or two hedged
	// percentages, are set against each other by it (disagree).
	about bool
	bare  quantity.Interval
	// exact marks a claim written with no qualifier; hedged2 marks a
	// count hedged by "about" or "nearly" at two significant digits in
	// the thousands ("about 6,700"), and near is its number as written
	// with its last digit's rounding and a quarter of its hedge: against
	// an exact count in the same unit it is held to that (disagree).
	exact, hedged2 bool
	near           quantity.Interval
}

func intervalsOf(x *claim, tolerance, openBound float64, variants map[string][]float64) claimIntervals {
	c := claimIntervals{unit: unitName(x.Q.Unit)}
	if x.When != nil {
		c.strict = widen(dayInterval(x.When), tolerance)
		c.rounded = c.strict
		return c
	}
	strict := quantity.Strict
	if roundedThousands(&x.Q) {
		strict = quantity.Rounded
	}
	c.strict = widen(capOpen(x.Q.Interval(strict).ToBase(x.Q.Unit), &x.Q, openBound), tolerance)
	c.rounded = widen(capOpen(x.Q.Interval(quantity.Rounded).ToBase(x.Q.Unit), &x.Q, openBound), tolerance)
	// A unit whose words also name other measures ("gallons", imperial
	// or US) allows, against another unit, the figure in any of them.
	for _, ratio := range unitVariants(variants, c.unit) {
		c.rounded.Lo = min(c.rounded.Lo, c.rounded.Lo*ratio)
		c.rounded.Hi = max(c.rounded.Hi, c.rounded.Hi*ratio)
	}
	if x.Conv != nil {
		c.convUnit = unitName(x.Conv.Unit)
		q := quantity.Quantity{Value: x.Conv.Value, High: x.Conv.High, Step: x.Conv.Step, Round: x.Conv.Round, Unit: x.Conv.Unit, Kind: x.Conv.Kind}
		c.conv = widen(convertedInterval(&q).ToBase(x.Conv.Unit), tolerance)
	}
	if x.Q.Qualifier != nil && x.Q.Qualifier.Bound == quantity.About && x.Q.Unit != nil && (strings.HasPrefix(x.Q.Unit.Dimension, "currency:") || x.Q.Unit.Dimension == "ratio") {
		c.about = true
		c.bare = widen(x.Q.BareInterval(quantity.Rounded).ToBase(x.Q.Unit), tolerance)
	}
	c.exact = x.Q.Qualifier == nil
	if hedgedTwoDigits(&x.Q) {
		c.hedged2 = true
		iv := x.Q.BareInterval(quantity.Rounded)
		t := x.Q.Qualifier.Tolerance / 4
		iv.Lo = min(iv.Lo, x.Q.Value*(1-t))
		if x.Q.Qualifier.Bound == quantity.About {
			iv.Hi = max(iv.Hi, x.Q.High*(1+t))
		}
		c.near = widen(iv, tolerance)
	}
	return c
}

// hedgedTwoDigits reports whether f is a bare count hedged by "about"
// or "nearly" and written to two significant digits in the thousands
// ("about 6,700 households", "nearly 7,100"). Its writer rounded the
// count to its hundreds: against another outlet's exact count the hedge
// covers that rounding, not a tenth of the whole ("about 6,700" is no
// rounding of 7,100). Against another hedged count it keeps its whole
// tolerance: two hedged tallies are often of different moments or
// states ("about 6,100 back at home", "about 5,300 still away").
func hedgedTwoDigits(f *figure) bool {
	q := f.Qualifier
	if q == nil || q.Bound != quantity.About && q.Bound != quantity.Nearly || f.Unit != nil || f.Kind != quantity.Cardinal {
		return false
	}
	return f.Round >= 100 && f.Round > f.Step && f.High == f.Value && f.Value >= 10*f.Round && f.Value < 100*f.Round
}

// unitVariants is variants[unit], without hashing a bare count's empty
// unit name or looking in an empty map: intervalsOf asks it of every
// claim compared.
func unitVariants(variants map[string][]float64, unit string) []float64 {
	if unit == "" || len(variants) == 0 {
		return nil
	}
	return variants[unit]
}

// disagree reports whether the claims of a and b cannot both be true:
// their widened intervals, in the precision the pair calls for, do not
// overlap.
func (a *claimIntervals) disagree(b *claimIntervals) bool {
	if a.unit == b.unit {
		// Two sums hedged alike in one currency ("about $31m", "about
		// $37 million") are each a writer's rounding of one estimate, a
		// valuation or a cost given once by its source: they may differ
		// by their rounding, not by both hedges, which together span a
		// fifth of the sum. So are two hedged percentages ("about 60%"
		// and "roughly 70%" of one catch): a tenth of each was six or
		// seven points. Counts and measures keep their hedges:
		// hedged tallies are often of other moments ("about 3,300
		// restored by Friday", "about 2,900 still cut off on Saturday").
		if a.about && b.about {
			return !a.bare.Overlaps(b.bare)
		}
		if a.hedged2 && b.exact {
			return !a.near.Overlaps(b.strict)
		}
		if b.hedged2 && a.exact {
			return !b.near.Overlaps(a.strict)
		}
		return !a.strict.Overlaps(b.strict)
	}
	// A claim restated in brackets in the other's unit states that
	// figure too, as written: "7,950 metres (26,083 feet)" is no
	// rounding of 26,038 feet, though 7,950 metres may be. The other
	// keeps its own rounding: "21,200ft" may round 21,161 feet.
	if a.convUnit != "" && a.convUnit == b.unit && !a.conv.Overlaps(b.rounded) ||
		b.convUnit != "" && b.convUnit == a.unit && !b.conv.Overlaps(a.rounded) {
		return true
	}
	return !a.rounded.Overlaps(b.rounded)
}

// widen grows an interval by a relative tolerance of its bounds.
func widen(iv quantity.Interval, t float64) quantity.Interval {
	if t <= 0 {
		return iv
	}
	iv.Lo -= t * math.Abs(iv.Lo)
	iv.Hi += t * math.Abs(iv.Hi)
	return iv
}

// gap is the relative distance between two disagreeing claims: the space
// between their intervals over the larger magnitude.
func gap(x, y *claim, openBound float64) float64 {
	a, b := claimInterval(x, y, openBound), claimInterval(y, x, openBound)
	if a.Lo > b.Hi {
		a, b = b, a
	}
	d := b.Lo - a.Hi
	m := max(math.Abs(finite(a.Hi, a.Lo)), math.Abs(finite(b.Lo, b.Hi)))
	if m == 0 || math.IsInf(d, 0) || d <= 0 {
		return 0
	}
	return d / m
}

// finite returns v, or alt when v is infinite.
func finite(v, alt float64) float64 {
	if math.IsInf(v, 0) {
		return alt
	}
	return v
}

// comparison is what a corpus rule supplies to compareStories.
type comparison struct {
	rule Rule
	// variants are the ratios of the other measures a unit's words also
	// name to the unit's own, by unit name (intervalsOf).
	variants map[string][]float64
	// match reports whether two claims of different articles are about
	// the same fact.
	match func(x, y *claim) bool
	// symmetric tells that match(x, y) is match(y, x) for two claims of
	// one key: compareKey then asks each pair of a key's claims once,
	// not once from each side.
	symmetric bool
	// tolerance widens every claim (relative).
	tolerance float64
	// openBound caps the open top of "at least" and "more than" claims
	// at this share above the figure (0: open).
	openBound float64
	// minor is the relative gap under which a disagreement is reported
	// one severity lower (never below warning); major the gap from which
	// it is reported one severity higher (0: never).
	minor, major float64
	// fact sets the diagnostic's fact id; "" uses the claim's key.
	fact string
	// unrelated, if set, tells claims that match but must not be
	// compared after all (neither agreeing nor disagreeing).
	unrelated func(x, y *claim) bool
	// supports, if set, tells whether an article states x's figure
	// somewhere, which counts as agreeing with x when deciding where a
	// disagreement is reported.
	supports func(x *claim, article int) bool
	// vagueIsNeutral: an article whose claim agrees both with x and with
	// every claim that disagrees with x does not side with x ("as early
	// as Tuesday" against "on Tuesday" and "as early as Wednesday").
	vagueIsNeutral bool
	// alsoDisagree, if set, tells pairs that disagree though their
	// intervals overlap (two maxima: kind_autofacts_bounds.go).
	alsoDisagree func(x, y *claim) bool
	// keys, if more than 0, tells that the claims' keys are numbered
	// (numberKeys), keys of them; compareStories numbers them
	// otherwise.
	keys int
}

// maxNamed is how many disagreeing articles a message names.
const maxNamed = 3

// compareStories reports the claims that disagree with the other articles
// of their story. A claim is reported where more articles disagree with it
// than agree, or where none agrees: with several articles that agree and
// one that differs, only the odd one out is reported.
func compareStories(c *Corpus, perArticle [][]claim, cmpr comparison, rep *Reporter) {
	if cmpr.keys <= 0 {
		cmpr.keys = numberKeys(perArticle)
	}
	// Stories share no article, so no claim: they are compared at once
	// on every core, each into a reporter of its own, and the findings
	// are gathered in story order, the same bytes for any number of
	// workers. The comparison was the one stage of a run left on one
	// core. Stories that share an article (never from story.Group) are
	// compared one after the other.
	reps := make([]Reporter, len(c.Stories))
	one := func(i int) { compareStory(c, c.Stories[i], perArticle, cmpr, &reps[i]) }
	workers := c.Jobs
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > 1 && len(c.Stories) > 1 && disjoint(c.Stories, len(perArticle)) {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range min(workers, len(c.Stories)) {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= len(c.Stories) {
						return
					}
					one(i)
				}
			})
		}
		wg.Wait()
	} else {
		for i := range c.Stories {
			one(i)
		}
	}
	for i := range reps {
		rep.diags = append(rep.diags, reps[i].diags...)
	}
}

// disjoint reports whether no article of [0, n) is in two stories.
func disjoint(stories [][]int, n int) bool {
	seen := make([]bool, n)
	for _, story := range stories {
		for _, a := range story {
			if a < 0 || a >= n {
				continue
			}
			if seen[a] {
				return false
			}
			seen[a] = true
		}
	}
	return true
}

// compareStory compares the claims of one story, whose keys are
// numbered (cmpr.keys of them).
func compareStory(c *Corpus, story []int, perArticle [][]claim, cmpr comparison, rep *Reporter) {
	scratch := scratchPool.Get().(*keyScratch)
	// The claims are grouped by key in two passes, counting then
	// placing, into one array: appending to a slice per key in a map
	// grew each slice several times, a third of this function's time.
	// Within a key the claims stay in story order. A key's number in
	// the story (from 0, in order of first use) is found by its number
	// among all keys in keyAt (that number plus one), which is all zero
	// between stories.
	keyAt := scratch.keyAt
	if len(keyAt) < cmpr.keys {
		keyAt = make([]int32, cmpr.keys)
		scratch.keyAt = keyAt
	}
	kids := scratch.storyKeys[:0] // each story key's number among all keys
	counts := scratch.counts[:0]
	// local holds each claim's key number in the story, in story
	// order, so that the placing pass finds no key again.
	local := scratch.kids[:0]
	total := 0
	for _, a := range story {
		if a >= len(perArticle) {
			continue
		}
		for i := range perArticle[a] {
			x := &perArticle[a][i]
			x.Article = a
			k := keyAt[x.kid] - 1
			if k < 0 {
				k = int32(len(kids))
				keyAt[x.kid] = k + 1
				kids = append(kids, x.kid)
				counts = append(counts, 0)
			}
			counts[k]++
			local = append(local, k)
			total++
		}
	}
	scratch.kids = local
	// counts becomes each key's end in the array, filled from its start.
	ends := counts
	for k := 1; k < len(ends); k++ {
		ends[k] += ends[k-1]
	}
	grouped := grown(&scratch.grouped, total)
	fill := grown(&scratch.fill, len(kids))
	for k := range fill {
		fill[k] = startOf(ends, k)
	}
	// places[i] is the place of the article story[i]: an article
	// listed twice takes its first place.
	places := grown(&scratch.places, len(story))
	for p, a := range story {
		places[p] = p
		for q := range p {
			if story[q] == a {
				places[p] = q
				break
			}
		}
		if p >= maxScanned {
			places = placesByMap(story, places)
			break
		}
	}
	next := 0
	for p, a := range story {
		if a >= len(perArticle) {
			continue
		}
		place := places[p]
		for i := range perArticle[a] {
			x := &perArticle[a][i]
			x.place = place
			k := local[next]
			next++
			grouped[fill[k]] = x
			fill[k]++
		}
	}
	scratch.counts = counts
	// The keys in their order, which is their numbers' order.
	order := grown(&scratch.order, len(kids))
	copy(order, kids)
	slices.Sort(order)
	for i, g := range order {
		order[i] = keyAt[g] - 1
	}
	for _, g := range kids {
		keyAt[g] = 0
	}
	scratch.storyKeys = kids
	// The articles' names are made only for a message: most stories
	// have none to write.
	names := &storyNames{c: c, story: story}
	// A claim may have two keys (a noun and a contrast word); it is
	// reported once, under the first key that finds it.
	reported := map[diag.Location]bool{}
	for _, k := range order {
		claims := grouped[startOf(ends, int(k)):ends[k]:ends[k]]
		// A key that one article alone states has no pair to compare:
		// compareKey would find every claim of it without an opponent
		// and report nothing, after building its room for them all.
		// Most keys of a story are such.
		if oneArticle(claims) {
			continue
		}
		compareKey(claims, story, places, cmpr, names, reported, rep, scratch)
	}
	scratch.release()
}

// maxScanned is the longest story whose articles' places compareStory
// finds by scanning the articles before each; a longer one's are found
// by a map (placesByMap).
const maxScanned = 32

// placesByMap sets places[p] to the first place of story[p] in story,
// for every p.
func placesByMap(story []int, places []int) []int {
	first := make(map[int]int, len(story))
	for p, a := range story {
		q, dup := first[a]
		if !dup {
			first[a], q = p, p
		}
		places[p] = q
	}
	return places
}

// oneArticle reports whether the claims are all of one article.
func oneArticle(claims []*claim) bool {
	for _, y := range claims[1:] {
		if y.Article != claims[0].Article {
			return false
		}
	}
	return true
}

// startOf is the start of key k's claims in compareStory's array: the end
// of key k-1's.
func startOf(ends []int, k int) int {
	if k == 0 {
		return 0
	}
	return ends[k-1]
}

// scratchPool keeps compareKey's room from story to story.
var scratchPool = sync.Pool{New: func() any { return new(keyScratch) }}

// release empties s of the claims it points to and returns it to the
// pool.
func (s *keyScratch) release() {
	clear(s.all[:cap(s.all)])
	clear(s.against[:cap(s.against)])
	clear(s.grouped[:cap(s.grouped)])
	scratchPool.Put(s)
}

// standing is a claim's standing towards the other articles of its
// story (compareKey).
type standing struct {
	// agree[p] tells that the article at story[p] agrees; nAgree
	// counts them.
	agree  []bool
	nAgree int
	// against[p] is the claim of the article at story[p] that x
	// disagrees with, or nil.
	against []*claim
	order   []int // the articles of against, in order
	// agreeing are the claims that agree with x (kept only for
	// vagueIsNeutral).
	agreeing []*claim
}

// run is a run of a key's claims of one article (compareKey).
type run struct{ start, end, article, place int }

// keyScratch is compareKey's room, reused from key to key of a story:
// made for each key, it was a fifth of the stage's time in allocation.
type keyScratch struct {
	// counts, fill, grouped, order, kids, storyKeys, keyAt and places
	// are compareStory's room for grouping a story's claims by key.
	counts, fill    []int
	kids            []int32
	storyKeys       []int32
	keyAt           []int32
	places          []int
	grouped         []*claim
	order           []int32
	ivs             []claimIntervals
	all             []standing
	agree           []bool
	against         []*claim
	like            []int
	runs            []run
	firsts, opposed []int
	// verdicts is compareKey's room for a symmetric match's answers.
	verdicts []uint8
	// agreeing is the room of the standings' agreeing lists, carved
	// one after another: a list grown per claim was a fifth of a run's
	// allocations once fact.mismatch kept them (vagueIsNeutral).
	agreeing []*claim
}

// grown returns (*s)[:n], grown as needed and kept in *s.
func grown[T any](s *[]T, n int) []T {
	*s = slices.Grow((*s)[:0], n)[:n]
	return *s
}

// compareKey compares the claims of one key within a story. places
// gives each article of the story its place in story (the first, for
// an article listed twice), by its index there.
//
// A claim's standing towards the other articles is kept in slices
// indexed by that place, carved from two arrays per key: with a map or
// three per claim, the maps were most of the corpus stage's allocations
// and much of its time, since most claims agree with several articles.
//
// scratch is room reused from key to key.
func compareKey(claims []*claim, story []int, places []int, cmpr comparison, names *storyNames, reported map[diag.Location]bool, rep *Reporter, scratch *keyScratch) {
	n, ns := len(claims), len(story)
	for i, x := range claims {
		x.idx = i
	}
	// The claims come in runs of one article each (compareStory adds
	// them article by article).
	runs := scratch.runs[:0]
	for j := 0; j < n; {
		k := j + 1
		for k < n && claims[k].Article == claims[j].Article {
			k++
		}
		runs = append(runs, run{j, k, claims[j].Article, claims[j].place})
		j = k
	}
	scratch.runs = runs
	// like[j] is the first claim of claims[j]'s run that is sameFact
	// with it (j itself if none): only the first of them is compared,
	// as x and as y. As y, a claim like one before it in its article
	// comes to the same match and interval, and so is never the nearer
	// counterpart nor the one that agrees first.
	like := grown(&scratch.like, n)
	firsts := scratch.firsts
	for _, r := range runs {
		firsts = firsts[:0]
		for j := r.start; j < r.end; j++ {
			like[j] = j
			for _, k := range firsts {
				if sameFact(claims[k], claims[j]) {
					like[j] = k
					break
				}
			}
			if like[j] == j {
				firsts = append(firsts, j)
			}
		}
	}
	scratch.firsts = firsts
	// Each claim's interval, widened, in the two precisions a pair may
	// use: claimInterval and widen computed again for every pair were a
	// fifth of the stage. Only the first of like claims is compared.
	ivs := grown(&scratch.ivs, n)
	for i, x := range claims {
		if like[i] == i {
			ivs[i] = intervalsOf(x, cmpr.tolerance, cmpr.openBound, cmpr.variants)
		}
	}
	disagree := func(x, y *claim) bool {
		return ivs[x.idx].disagree(&ivs[y.idx]) || cmpr.alsoDisagree != nil && cmpr.alsoDisagree(x, y)
	}
	// A claim is reported only against a claim of another article that
	// it matches and disagrees with. Where no two articles' claims of the
	// key disagree in figure, nothing of the key is reported, whatever
	// match says: such a key is not compared. On generated copy nine
	// keys in ten that two articles state are such, and they held more
	// than half of the pairs that match was asked about. Disagreeing is
	// a test of two intervals, a tenth of match; the search stops at the
	// first pair that disagrees.
	if !anyDisagree(claims, like, disagree) {
		return
	}
	all := grown(&scratch.all, n)
	clear(all)
	agreeAll := grown(&scratch.agree, n*ns)
	clear(agreeAll)
	againstAll := grown(&scratch.against, n*ns)
	clear(againstAll)
	for i := range claims {
		all[i].agree = agreeAll[i*ns : (i+1)*ns : (i+1)*ns]
		all[i].against = againstAll[i*ns : (i+1)*ns : (i+1)*ns]
	}
	// A symmetric match is asked once per pair of the key's claims:
	// verdicts keeps its answer for the pair (i, j), i < j, asked when
	// claims[i] is x, for when claims[j] is. Each pair that two
	// articles' claims make was asked twice, half of the stage's
	// comparison. Every entry read was written first (x and y are
	// both the first of their like claims, of two articles, either
	// way round), so the room is not cleared. A key of more claims than
	// maxVerdicts asks every pair twice, as before, rather than take
	// room by the square of its size.
	var verdicts []uint8
	if cmpr.symmetric && cmpr.vagueIsNeutral && n <= maxVerdicts {
		verdicts = grown(&scratch.verdicts, pairAt(n-2, n-1)+1)
	}
	// opposed lists the claims that match x and disagree with it, in
	// order (first pass, below); its room is reused for every x.
	opposed := scratch.opposed
	agreeing := scratch.agreeing[:0]
	defer func() {
		clear(agreeing) // drop the story's claims
		scratch.opposed, scratch.agreeing = opposed, agreeing[:0]
	}()
	for i, x := range claims {
		s := &all[i]
		if k := like[i]; k != i {
			t := &all[k]
			copy(s.agree, t.agree)
			copy(s.against, t.against)
			s.nAgree = t.nAgree
			s.order = slices.Clone(t.order)
			s.agreeing = t.agreeing // read only
			continue
		}
		opposed = opposed[:0]
		if cmpr.vagueIsNeutral {
			from := len(agreeing)
			for j, y := range claims {
				if y.Article == x.Article || like[j] != j {
					continue
				}
				switch {
				case verdicts == nil:
					if !cmpr.match(x, y) {
						continue
					}
				case j < i:
					// Asked when claims[j] was x.
					if verdicts[pairAt(j, i)] == 0 {
						continue
					}
				default:
					m := cmpr.match(x, y)
					verdicts[pairAt(i, j)] = b2u8(m)
					if !m {
						continue
					}
				}
				if disagree(x, y) {
					opposed = append(opposed, j)
					continue
				}
				if p := y.place; !s.agree[p] {
					s.agree[p] = true
					s.nAgree++
				}
				agreeing = append(agreeing, y)
			}
			s.agreeing = agreeing[from:len(agreeing):len(agreeing)]
		} else {
			// An article that agrees with x through one claim is not
			// against it through another (its against entry is
			// cleared below), so its other claims need not be looked
			// at: most pairs are skipped in a story that agrees.
			for _, r := range runs {
				if r.article == x.Article || s.agree[r.place] {
					continue
				}
				for j := r.start; j < r.end; j++ {
					y := claims[j]
					if like[j] != j || !cmpr.match(x, y) {
						continue
					}
					if disagree(x, y) {
						opposed = append(opposed, j)
						continue
					}
					s.agree[r.place] = true
					s.nAgree++
					break
				}
			}
		}
		// Then the claims x disagrees with, in order, of articles that do
		// not agree with it.
		for _, j := range opposed {
			y := claims[j]
			p := y.place
			if s.agree[p] && !cmpr.vagueIsNeutral {
				continue
			}
			if cmpr.unrelated != nil && cmpr.unrelated(x, y) {
				continue
			}
			if closerInArticle(claims, x, y, cmpr) {
				continue
			}
			// Of an article's claims, the one nearest x is its
			// counterpart.
			if prev := s.against[p]; prev == nil {
				s.against[p] = y
				s.order = append(s.order, y.Article)
			} else if distance(x, y) < distance(x, prev) {
				s.against[p] = y
			}
		}
		for p, ok := range s.agree {
			if ok && s.against[p] != nil {
				a := s.against[p].Article
				s.against[p] = nil
				s.order = slices.DeleteFunc(s.order, func(b int) bool { return b == a })
			}
		}
		if cmpr.vagueIsNeutral && len(s.order) > 0 {
			for p, ok := range s.agree {
				if !ok {
					continue
				}
				a := story[p]
				if !slices.ContainsFunc(s.agreeing, func(y *claim) bool { return y.Article == a && sides(y, s.against, disagree) }) {
					s.agree[p] = false
					s.nAgree--
				}
			}
		}
		if len(s.order) > 0 && cmpr.supports != nil {
			for q, b := range story {
				p := places[q]
				if s.against[p] == nil && b != x.Article && !s.agree[p] && cmpr.supports(x, b) {
					s.agree[p] = true
					s.nAgree++
				}
			}
		}
	}
	for i, x := range claims {
		s := &all[i]
		if len(s.order) == 0 || (s.nAgree > 0 && len(s.order) <= s.nAgree) {
			continue
		}
		// A claim that disagrees only with claims that more articles
		// disagree with is not the odd one out: they are.
		explained := true
		for _, y := range s.against {
			if y != nil && len(all[y.idx].order) <= len(s.order) {
				explained = false
				break
			}
		}
		if explained {
			continue
		}
		if reported[x.Loc] {
			continue
		}
		reported[x.Loc] = true
		slices.Sort(s.order)
		against := make(map[int]*claim, len(s.order))
		for _, y := range s.against {
			if y != nil {
				against[y.Article] = y
			}
		}
		reportDisagreement(x, s.order, against, cmpr, names.all(), rep)
	}
}

// anyDisagree reports whether two claims of different articles, each
// the first of its like claims (like), disagree.
func anyDisagree(claims []*claim, like []int, disagree func(x, y *claim) bool) bool {
	for i, x := range claims {
		if like[i] != i {
			continue
		}
		for j := i + 1; j < len(claims); j++ {
			if y := claims[j]; like[j] == j && y.Article != x.Article && disagree(x, y) {
				return true
			}
		}
	}
	return false
}

// maxVerdicts is the most claims of one key whose pairs' verdicts
// compareKey keeps (half a megabyte).
const maxVerdicts = 1024

// pairAt is the place of the pair (i, j), i < j, in a triangle of pairs
// laid out row by row of j.
func pairAt(i, j int) int { return j*(j-1)/2 + i }

// b2u8 is 1 for true, 0 for false.
func b2u8(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// sides reports whether y, which agrees with some claim, disagrees with
// one of that claim's opponents (nil entries are none): only then does
// it take a side.
func sides(y *claim, opponents []*claim, disagree func(x, y *claim) bool) bool {
	for _, z := range opponents {
		if z != nil && z.Article != y.Article && disagree(y, z) {
			return true
		}
	}
	return false
}

// closerInArticle reports whether x's article has another claim of the
// key, taken for the same fact as y, whose figure is nearer y's: an
// article states a fact once, so that claim is y's counterpart and x is
// about something else ("winds of 130 km/h" and "easing to 30 km/h"
// against "winds of 93 km/h").
func closerInArticle(claims []*claim, x, y *claim, cmpr comparison) bool {
	d := distance(x, y)
	for _, z := range claims {
		if z != x && z.Article == x.Article && cmpr.match(z, y) && distance(z, y) < d {
			return true
		}
	}
	return false
}

// sameFact reports whether two claims of one article are alike in all
// that the comparison reads: everything but where they stand and how
// they are shown (Loc, Shown, Label and the quantity's positions).
// Generated and real copy repeat a figure in one article; such a claim
// stands towards the other articles exactly as the first like it, so
// compareKey works out its standing once.
func sameFact(x, y *claim) bool {
	p, q := &x.Q, &y.Q
	same := func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }
	// Numbers first: the claims compared are mostly of one key, whose
	// strings are equal and so cost a full comparison.
	if x.Article != y.Article || x.Role != y.Role || x.Unique != y.Unique || x.Rel != y.Rel || p.Kind != q.Kind ||
		!same(p.Value, q.Value) || !same(p.High, q.High) || !same(p.Step, q.Step) || !same(p.Round, q.Round) ||
		len(x.Context) != len(y.Context) || len(x.Near) != len(y.Near) ||
		x.Key != y.Key || x.Head != y.Head || x.Compl != y.Compl || x.Owner != y.Owner {
		return false
	}
	if p.Unit != q.Unit && (p.Unit == nil || q.Unit == nil || *p.Unit != *q.Unit) {
		return false
	}
	if p.Qualifier != q.Qualifier && (p.Qualifier == nil || q.Qualifier == nil || *p.Qualifier != *q.Qualifier) {
		return false
	}
	if x.When != y.When && (x.When == nil || y.When == nil || *x.When != *y.When) {
		return false
	}
	if x.Conv != y.Conv && (x.Conv == nil || y.Conv == nil || x.Conv.Value != y.Conv.Value || unitName(x.Conv.Unit) != unitName(y.Conv.Unit)) {
		return false
	}
	return slices.Equal(x.Context, y.Context) && slices.Equal(x.Near, y.Near) && slices.Equal(x.Mods, y.Mods) &&
		slices.Equal(x.Names, y.Names) && slices.EqualFunc(x.Years, y.Years, same)
}

// distance is how far apart two claims' figures are, as the logarithm of
// their ratio (or their difference, where one is zero or negative).
func distance(x, y *claim) float64 {
	a, b := baseValue(x), baseValue(y)
	if a > 0 && b > 0 {
		return math.Abs(math.Log(a / b))
	}
	return math.Abs(a - b)
}

func reportDisagreement(x *claim, order []int, against map[int]*claim, cmpr comparison, names map[int]string, rep *Reporter) {
	info := cmpr.rule.Info()
	var parts []string
	var related []diag.Related
	largest := 0.0
	for i, a := range order {
		y := against[a]
		largest = max(largest, gap(x, y, cmpr.openBound))
		if i < maxNamed {
			parts = append(parts, fmt.Sprintf("%s in %s:%d", y.Shown, names[a], y.Loc.Start.Line))
		}
		related = append(related, diag.Related{Location: y.Loc, Message: fmt.Sprintf("%s: %s", y.Label, y.Shown)})
	}
	others := strings.Join(parts, ", ")
	if n := len(order) - maxNamed; n > 0 {
		others += fmt.Sprintf(" and %d more %s", n, plural(n, "article", "articles"))
	}
	sev := info.Severity
	switch {
	case largest < cmpr.minor && sev > diag.Warning:
		sev--
	case cmpr.major > 0 && largest >= cmpr.major && sev < diag.Error:
		sev++
	}
	fact := cmp.Or(cmpr.fact, x.Key)
	rep.Add(diag.Diagnostic{
		Location: x.Loc,
		Severity: sev,
		Rule:     info.ID,
		Message:  fmt.Sprintf("%s: %s here; %s", x.Label, x.Shown, others),
		Fact:     fact,
		Related:  related,
	})
}

// storyNames is baseNames of a story, made on first use.
type storyNames struct {
	c     *Corpus
	story []int
	m     map[int]string
}

// all is baseNames(c, story), made at the first call.
func (n *storyNames) all() map[int]string {
	if n.m == nil {
		n.m = baseNames(n.c, n.story)
	}
	return n.m
}

// baseNames names the story's articles in messages by their file names,
// or by their paths where two files of the story share a name.
func baseNames(c *Corpus, story []int) map[int]string {
	names := make(map[int]string, len(story))
	count := map[string]int{}
	for _, a := range story {
		if a < len(c.Paths) {
			count[filepath.Base(c.Paths[a])]++
		}
	}
	for _, a := range story {
		if a >= len(c.Paths) {
			names[a] = "article " + strconv.Itoa(a+1)
			continue
		}
		b := filepath.Base(c.Paths[a])
		if count[b] > 1 {
			b = c.Paths[a]
		}
		names[a] = b
	}
	return names
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// claimsOf converts the facts a rule's Check returned to claims.
func claimsOf(facts []any) [][]claim {
	out := make([][]claim, len(facts))
	for i, f := range facts {
		switch f := f.(type) {
		case []claim:
			out[i] = f
		case *autoFacts:
			if f != nil {
				out[i] = f.Claims
			}
		}
	}
	return out
}

// spanText returns the text of a span of the article's normalised copy.
func spanText(a *Article, s document.Span) string { return a.Doc.Text[s.Start:s.End] }

// formatNumber writes v with the given number of decimals, without
// trailing zeros, and with thousands separators.
func formatNumber(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', max(decimals, 0), 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) > 4 {
		var b strings.Builder
		for i, r := range intPart {
			if i > 0 && (len(intPart)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		intPart = b.String()
	}
	if hasFrac {
		intPart += "." + frac
	}
	if neg {
		intPart = "-" + intPart
	}
	return intPart
}

// decimalsOf is the number of decimals that a step of a written number
// stands for (0.1 → 1).
func decimalsOf(step float64) int {
	if step <= 0 || step >= 1 {
		return 0
	}
	return int(math.Round(-math.Log10(step)))
}
