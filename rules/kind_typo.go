package rules

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/internal/english"
	"github.com/factlint/factlint/internal/tomlx"
)

// typoRule finds misspelt names: a capitalised word inside a sentence,
// where only names are capitalised, that is used rarely, is not a known
// name, and is within a small edit distance of a name that is known from
// a lexicon or learned from the articles of its story ("talks in Genvea"
// where "Geneva" is named 19 times). A word opening a sentence, where any
// word is capitalised, is reported only when it is no English word
// (judge_initial): "Puttin said" is, "Putting the figures together" is
// not.
type typoRule struct {
	info Info
	cfg  typoConfig
	// suffixes are the configured suffixes and the empty one.
	suffixes []string
	// after and before hold the configured generic words; titles the
	// person_titles; notTargets the not_targets.
	after, before, titles, notTargets map[string]bool
	// kin numbers the kin_words (kinSet): each word's number maps to
	// the number of the first word of its kin_groups group, or its own.
	kin map[uint32]uint32
}

type typoConfig struct {
	Common
	// MinNameUses: a capitalised word used this often, at least once
	// inside a sentence, is a name learned from the articles.
	MinNameUses int `toml:"min_name_uses"`
	// MaxTypoUses: a word used more often than this is not a typo.
	MaxTypoUses int `toml:"max_typo_uses"`
	// MinRatio: the name is used at least this many times as often as
	// the suspected typo.
	MinRatio int `toml:"min_ratio"`
	// MinNameUsesBeside, if more than 0: a name used this often (and at
	// least twice as often as the suspected typo) is a target too, but
	// only for the uses of the typo that stand beside the same name as
	// it does: "Dtan Falk" where "Dean Falk" is named twice. The full
	// name is the evidence that a name used too rarely to be learned on
	// its own would need: one person, two spellings.
	MinNameUsesBeside int `toml:"min_name_uses_beside"`
	// MaxTypoArticles, if more than 0: a spelling used in more articles
	// than this is one that several writers chose, not a slip of one of
	// them. Off by default: the same slip is often copied from one
	// article to the next (a draft and its published version, a
	// reporter's two pieces).
	MaxTypoArticles int `toml:"max_typo_articles"`
	// MaxCandidates: a word within reach of more names than this is
	// a name of its own in a crowd of similar ones ("Sanveta" near
	// "Sanvel", "Sanvelo", "Santa" …), not a misspelling of one of them.
	MaxCandidates int `toml:"max_candidates"`
	// MinLength: names shorter than this (in letters) are not matched.
	MinLength int `toml:"min_length"`
	// MaxDistance is the largest edit distance reported, for names of
	// LongName letters or more; shorter names allow one edit.
	MaxDistance int `toml:"max_distance"`
	LongName    int `toml:"long_name"`
	// Suffixes turn a name into a related word, not a typo: "Russia",
	// "Russian", "Russians".
	Suffixes []string `toml:"suffixes"`
	// SlipSuffixes are suffixes that are a slip after all where the
	// longer spelling is used once, beside the same name as the shorter
	// (a given name), and the shorter is named min_name_uses times or
	// more and min_ratio times as often: "Helen Quennells" where
	// "Helen Quennell" is named throughout. "the Smiths", a possessive
	// and a place ("Jenkins" with no given name) stand beside no name.
	SlipSuffixes []string `toml:"slip_suffixes"`
	// GenericAfter and GenericBefore are capitalised words that stand
	// after (or before) names of many kinds without telling whose name
	// it is: the kind of a place or body ("Town", "Island", "Hall"),
	// titles ("Governor"). There they are no sign of a different person
	// or place (see sameContext): "Keslford Town Hall" is judged as
	// "Keslford".
	GenericAfter []string `toml:"generic_after"`
	// JudgeInitial: a spelling that is no English word (package
	// english) is judged at the start of a sentence too. Names are
	// misspelt there as often as anywhere ("Halvnk, who founded the
	// party, ..."), and a word that is not English is capitalised there
	// because it is a name.
	JudgeInitial  bool     `toml:"judge_initial"`
	GenericBefore []string `toml:"generic_before"`
	// SameGiven: a spelling one edit (a transposition counts as one)
	// from a name that stands after the same given name is a slip even
	// where neither is used often: "Dtan Falk" in one article, "Dtna
	// Falk" in another. Reporters copy a person's name from one note, so
	// one person written two ways beside one given name is a slip in one
	// of them, however rarely the story names that person; and a
	// related ending ("Ilko", "Ilka") or a slip ending is no excuse
	// there. The name must still be used more often than the spelling:
	// where both are used as often, one of them is wrong and mostly
	// nothing tells which, and a report on the right one is a false
	// alarm; a single use each way is reported on both sides, as a
	// question, with no fix (see oneEach). A
	// letter that differs only by its accent is a regional or
	// transliterated spelling, not judged by this route.
	SameGiven bool `toml:"same_given"`
	// SamePerson: a spelling used once in the run, after a given name
	// that a name of its story, used at least twice there, stands after
	// too, is a slip of that name at up to three edits, and though the
	// two are related words by their endings (see samePerson).
	SamePerson bool `toml:"same_person"`
	// PersonTitles are capitalised words that stand before the names of
	// many people, as generic_before does, but are left out of
	// generic_before's test there: "Councillor Braun" and "Councillor
	// Brown" are two people to the same_person route only.
	PersonTitles []string `toml:"person_titles"`
	// NotTargets are capitalised words that English capitalises
	// without their being names (the months, the days of the week):
	// never the name a spelling is taken to misspell, so "Marcy Street"
	// is not a slip of the month the story's dates name.
	NotTargets []string `toml:"not_targets"`
	// Particles are the lowercase words that open a family name
	// ("el-Vardi", "van der Meulen"), as written: the names scan reads
	// a family name after them as standing after the given name before
	// them (see particleLink), for every rule that reads names.
	Particles []string `toml:"particles"`
	// KinWords are the family words that stand before a person's given
	// name ("son", "wife", "mum"), matched with their first letter in
	// either case: a spelling used once after one is a slip of a name
	// one edit away that another article writes after the same word
	// (see sameKin).
	KinWords []string `toml:"kin_words"`
	// KinGroups are family words that name one tie, each string the
	// words of one tie parted by spaces ("father dad daddy"): sameKin
	// reads a word of a group as any other of it.
	KinGroups []string `toml:"kin_groups"`
}

func newTypoRule(t *tomlx.Table, info Info) (Rule, error) {
	c := typoConfig{MinNameUses: 3, MinNameUsesBeside: 2, MaxTypoUses: 2, MaxCandidates: 2, MinRatio: 3, MinLength: 4, MaxDistance: 2, LongName: 5}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	switch {
	case c.MaxTypoUses < 1 || c.MaxTypoUses > rareUses:
		return nil, t.Errorf("max_typo_uses", "rule %q: max_typo_uses must be between 1 and %d", info.ID, rareUses)
	case c.MinNameUses < 1:
		return nil, t.Errorf("min_name_uses", "rule %q: min_name_uses must be at least 1", info.ID)
	case c.MaxTypoArticles < 0:
		return nil, t.Errorf("max_typo_articles", "rule %q: max_typo_articles must be 0 (no limit) or more", info.ID)
	case c.MaxCandidates < 1:
		return nil, t.Errorf("max_candidates", "rule %q: max_candidates must be at least 1", info.ID)
	case c.MinRatio < 1:
		return nil, t.Errorf("min_ratio", "rule %q: min_ratio must be at least 1", info.ID)
	case c.MaxDistance < 1 || c.MaxDistance > 3:
		return nil, t.Errorf("max_distance", "rule %q: max_distance must be 1, 2 or 3", info.ID)
	case c.MinLength < 2:
		return nil, t.Errorf("min_length", "rule %q: min_length must be at least 2", info.ID)
	case c.LongName < 2:
		return nil, t.Errorf("long_name", "rule %q: long_name must be at least 2", info.ID)
	case c.MinNameUsesBeside != 0 && (c.MinNameUsesBeside < 2 || c.MinNameUsesBeside > c.MinNameUses):
		return nil, t.Errorf("min_name_uses_beside", "rule %q: min_name_uses_beside must be 0 (off) or between 2 and min_name_uses (%d)", info.ID, c.MinNameUses)
	case c.MinNameUses <= c.MaxTypoUses:
		return nil, t.Errorf("min_name_uses", "rule %q: min_name_uses (%d) must be more than max_typo_uses (%d), or no word could be both", info.ID, c.MinNameUses, c.MaxTypoUses)
	}
	return &typoRule{info: info, cfg: c, suffixes: append([]string{""}, c.Suffixes...), after: exactSet(c.GenericAfter), before: exactSet(c.GenericBefore), titles: exactSet(c.PersonTitles), notTargets: exactSet(c.NotTargets), kin: kinSet(c.KinWords, c.KinGroups)}, nil
}

func (r *typoRule) Info() *Info { return &r.info }

// particleWords are the particles the names scan reads (Set.NameParticles).
func (r *typoRule) particleWords() []string { return r.cfg.Particles }

// Check does nothing: the comparison needs the whole corpus, and the
// checker counts every article's names for the corpus stage.
func (r *typoRule) Check(*Article, *Reporter) any { return nil }

type nameTarget struct {
	word string
	n    *CorpusName
	// runes is the word's length in runes; known tells a lexicon name,
	// anywhere one that is a target even where the copy does not use it
	// (typo_targets); a known name that is not is a target only in the
	// stories that use it.
	runes           int
	known, anywhere bool
	// count is n.Count, read for every pair without following n.
	count int
	// letters is the word's letterMask.
	letters uint64
}

// storyTarget is a target with its counts in the story being judged.
// beside marks a name used too rarely to be a target on its own, taken
// for the uses of the typo that stand beside a name it stands beside
// (min_name_uses_beside).
type storyTarget struct {
	nameTarget
	in     storyCount
	beside bool
	// given marks a target taken by same_given: its uses count only
	// where they stand after the same given name.
	given bool
	// tie marks a same_given target used exactly once, as the word is:
	// nothing tells which is right, so both uses are reported, each
	// pointing at the other, with no fix (see oneEach).
	tie bool
	// family marks a target taken by sameArticle or sameNoun: the use
	// judged is its only one, and the route read the words beside it.
	family bool
	// age marks a target taken by sameAge: after the same given name
	// and with the same age.
	age bool
	// kin marks a target taken by sameKin: after the same family word.
	kin bool
	// surname marks a target taken by sameSurname: before the same
	// family name.
	surname bool
}

// CheckCorpus judges each rare spelling within its story: against the
// names that the articles of its story use, counted over those articles,
// and against the lexicon. A name of another story is no evidence: a
// newsroom's run holds many stories, and a rare name of one (a ship
// "Maris") is near some common word of another ("March", "Marcus")
// without being a slip.
//
// One thing is still read from the whole run: a spelling used more than
// max_typo_uses times across the run is not judged at all, as a name of
// its own somewhere (and its uses are not kept).
func (r *typoRule) CheckCorpus(c *Corpus, _ []any, rep *Reporter) {
	// Targets by first letter: the names used often enough across the
	// run, and known names. A name used often enough in a story is used
	// often enough in the run, so these are all the names that may be
	// targets in some story; each is counted in the story only once the
	// cheap tests have passed.
	//
	// The spellings are sorted only once picked, targets and suspects
	// apart: most of a run's spellings are neither, and sorting them all
	// was most of the rule's set-up.
	var targets, suspects []namedForm
	minUses := r.minTargetUses()
	// The index's spellings are walked by id, a slice, not the map:
	// the order does not matter (both lists are sorted below, and
	// spellings are distinct) and a slice costs no hashing. A
	// spelling's length in runes is the index's, counted once when it
	// was added.
	for i, w := range c.Names.words {
		n, runes := c.Names.names[i], c.Names.runes[i]
		known := c.Known.Has(w)
		if known || isAllCaps(w) {
			// Neither a suspect nor, if in capitals, a target.
			if known && runes >= r.cfg.MinLength && !isAllCaps(w) && !r.notTargets[w] {
				targets = append(targets, namedForm{w, n, true, sortKey(w), runes})
			}
			continue
		}
		if n.Count <= r.cfg.MaxTypoUses && n.Count < r.cfg.MinNameUses && runes >= r.cfg.MinLength-1 {
			suspects = append(suspects, namedForm{w, n, false, sortKey(w), runes})
		}
		if n.Count >= minUses && n.Mid >= 1 && runes >= r.cfg.MinLength && !r.notTargets[w] {
			targets = append(targets, namedForm{w, n, false, sortKey(w), runes})
		}
	}
	targets, suspects = sortedForms(targets), sortedForms(suspects)
	tt := &typoTargets{at: make([]int32, len(c.Names.words)+1), anywhere: map[rune][]int32{}}
	for _, t := range targets {
		w, n := t.w, t.n
		tt.add(nameTarget{word: w, n: n, runes: t.runes, known: t.known, anywhere: c.Known.isTarget(w), count: n.Count, letters: letterMask(w)})
	}
	// Lexicon names that the articles do not use are targets too.
	for _, w := range c.Known.sortedTargets() {
		if c.Names.Form(w) == nil && runeLen(w) >= r.cfg.MinLength {
			tt.add(nameTarget{word: w, n: &CorpusName{}, runes: runeLen(w), known: true, anywhere: true, letters: letterMask(w)})
		}
	}
	stories := newStoryMap(c)
	tt.stories = make([][]int32, max(len(c.Stories), 1))
	for _, sf := range suspects {
		w, n := sf.w, sf.n
		// The English word list is asked only when the answer
		// matters, and once: most suspects are used inside a sentence
		// and near no name.
		initial := lazyInitial{r: r, w: w}
		if n.Mid == 0 && !initial.get() {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		for _, g := range stories.group(n) {
			r.judge(w, n.Count, &initial, g, tt.of(stories, g.story, first), tt, stories, rep)
		}
	}
}

// typoTargets are the names that may be targets, in the run's order
// (the names used often enough, sorted, then the lexicon's names that no
// article uses), and for each story those of them that it may take.
//
// A target that the story of a suspect does not use is turned away by
// judge unless the lexicon makes it a target anywhere (typo_targets),
// so each story is judged against the targets its articles use and the
// anywhere ones only: reading every target of the run with the
// suspect's initial made the rule quadratic in the run's names, as a
// newsroom's run names ever more people and places as it grows.
type typoTargets struct {
	all     []nameTarget
	initial []rune
	// at is the index in all plus one of the target of each spelling of
	// the name index by its id, 0 for a spelling that is not one.
	at []int32
	// anywhere are the targets of every story, by initial, in order.
	anywhere map[rune][]int32
	// stories caches each story's targets, in order (nil: not yet
	// read; empty but not nil: none).
	stories [][]int32
	scratch []nameTarget
	// runs and ranges are initialRanges', made on its first call, once
	// every target is added; ownScratch is of's.
	runs       []int32
	ranges     map[rune][]int32
	ownScratch []int32
	// seen is targetsIn's set of the targets it has taken, by index, a
	// bit each; empty between calls.
	seen []uint64
	// tails are initialsBefore's, made on its first call.
	tails map[string]uint32
}

func (tt *typoTargets) add(t nameTarget) {
	k := int32(len(tt.all))
	first, _ := utf8.DecodeRuneInString(t.word)
	tt.all = append(tt.all, t)
	tt.initial = append(tt.initial, first)
	if t.n.id > 0 && int(t.n.id) < len(tt.at) {
		tt.at[t.n.id] = k + 1
	}
	if t.anywhere {
		tt.anywhere[first] = append(tt.anywhere[first], k)
	}
}

// of returns the targets with initial first that story s may take, in
// the run's order: those its articles use and the anywhere ones. The
// slice is valid until the next call.
func (tt *typoTargets) of(m *storyMap, s int, first rune) []nameTarget {
	if s < 0 || s >= len(tt.stories) {
		return nil
	}
	own := tt.stories[s]
	if own == nil {
		own = tt.targetsIn(m.names, m.articles(s))
		tt.stories[s] = own
	}
	// A story uses targets of every initial and is asked about each of
	// its suspects' initials: the story's targets of this initial are
	// cut out of its sorted list by binary search (initialRanges), not
	// found by testing every one of them for each suspect.
	if ranges, ok := tt.initialRanges(first); ok {
		sel := tt.ownScratch[:0]
		for k := 0; k+1 < len(ranges); k += 2 {
			lo, _ := slices.BinarySearch(own, ranges[k])
			hi, _ := slices.BinarySearch(own, ranges[k+1])
			sel = append(sel, own[lo:hi]...)
		}
		tt.ownScratch = sel
		own = sel
	}
	every := tt.anywhere[first]
	out := tt.scratch[:0]
	// Merge the story's own and the anywhere targets, both in order,
	// taking each once.
	i, j := 0, 0
	for i < len(own) || j < len(every) {
		var k int32
		switch {
		case j >= len(every) || i < len(own) && own[i] < every[j]:
			k = own[i]
			i++
		case i >= len(own) || every[j] < own[i]:
			k = every[j]
			j++
		default:
			k = own[i]
			i, j = i+1, j+1
		}
		if tt.initial[k] == first {
			out = append(out, tt.all[k])
		}
	}
	tt.scratch = out
	return out
}

// maxInitialRuns bounds the runs of targets in order of their initials
// that initialRanges cuts: the run's targets are two (the names used,
// sorted, then the lexicon's unused ones, sorted).
const maxInitialRuns = 8

// initialRanges returns the ranges [lo, hi) of the indices in all of
// the targets with initial first, as pairs, in order; false where the
// targets do not fall in a few runs sorted by initial (targets added in
// another order), and every target must be tested.
func (tt *typoTargets) initialRanges(first rune) ([]int32, bool) {
	if tt.runs == nil {
		// The runs of all in which the initials do not decrease.
		tt.runs = []int32{0}
		for k := 1; k < len(tt.initial); k++ {
			if tt.initial[k] < tt.initial[k-1] {
				tt.runs = append(tt.runs, int32(k))
			}
		}
		tt.runs = append(tt.runs, int32(len(tt.initial)))
		tt.ranges = map[rune][]int32{}
	}
	if len(tt.runs) > maxInitialRuns+1 {
		return nil, false
	}
	if r, ok := tt.ranges[first]; ok {
		return r, true
	}
	var r []int32
	for k := 0; k+1 < len(tt.runs); k++ {
		run := tt.initial[tt.runs[k]:tt.runs[k+1]]
		lo, _ := slices.BinarySearch(run, first)
		hi, _ := slices.BinarySearch(run, first+1)
		if lo < hi {
			r = append(r, tt.runs[k]+int32(lo), tt.runs[k]+int32(hi))
		}
	}
	tt.ranges[first] = r
	return r, true
}

// targetsIn returns the indices (at[id]-1) of the targets that the
// articles of story use, sorted, each once; not nil. A target used in
// several of the story's articles is taken once, marked with the call's
// stamp, before the sort: most of a story's names are in most of its
// articles, and sorting every use was most of the cost.
//
// The targets taken are marked in a set of bits by index; where they are
// many for the run's targets, the sorted list is read off the set, which
// costs a word of 64 targets each, not a sort (most stories take
// hundreds of targets of a run's thousands).
func (tt *typoTargets) targetsIn(ix *NameIndex, story []int) []int32 {
	at := tt.at
	if words := (len(tt.all) + 63) / 64; len(tt.seen) < words {
		tt.seen = make([]uint64, words)
	}
	seen := tt.seen
	out := []int32{}
	for _, a := range story {
		if a < 0 || a+1 >= len(ix.starts) {
			continue
		}
		for i := ix.starts[a]; i < ix.starts[a+1]; i++ {
			if id := ix.post(i).name; id > 0 && int(id) < len(at) && at[id] > 0 {
				k := at[id] - 1
				if w, bit := &seen[k>>6], uint64(1)<<(k&63); *w&bit == 0 {
					*w |= bit
					out = append(out, k)
				}
			}
		}
	}
	return sortedSet(out, seen)
}

// sortedSet returns ks, distinct, sorted, and empties seen, the set of
// their bits (bit k&63 of seen[k>>6]), which holds no others. Few are
// sorted, and their words of the set cleared one by one; many are read
// in order off the set.
func sortedSet(ks []int32, seen []uint64) []int32 {
	if len(ks)*16 < len(seen) {
		slices.Sort(ks)
		for _, k := range ks {
			seen[k>>6] = 0
		}
		return ks
	}
	ks = ks[:0]
	for i, w := range seen {
		for w != 0 {
			ks = append(ks, int32(i<<6+bits.TrailingZeros64(w)))
			w &= w - 1
		}
		seen[i] = 0
	}
	return ks
}

// namedForm is a spelling of the index with its counts, and whether the
// lexicon knows it.
type namedForm struct {
	w     string
	n     *CorpusName
	known bool
	// key is sortKey(w), runes its length in runes.
	key   uint64
	runes int
}

// sortedForms sorts fs by word (they are distinct), in place.
// They are sorted as pairs of a key and an index, sixteen bytes to move,
// by the words' first eight bytes as a number (sortKey), and the words
// themselves are compared only where those tie. The keys are sorted by
// their bytes, a pass for each byte in which they differ (radixSort):
// a run's spellings are tens of thousands, and a sort by comparisons,
// each a call, cost some thousand instructions a spelling.
func sortedForms(fs []namedForm) []namedForm {
	ks := make([]keyed, len(fs))
	for i := range fs {
		ks[i] = keyed{fs[i].key, i}
	}
	byWord := func(a, b keyed) int {
		if a.key != b.key {
			return cmp.Compare(a.key, b.key)
		}
		return strings.Compare(fs[a.i].w, fs[b.i].w)
	}
	if len(ks) < radixFrom {
		slices.SortFunc(ks, byWord)
	} else {
		ks = radixSort(ks, make([]keyed, len(ks)))
		// Keys tie only for words that share their first eight bytes:
		// each run of them is sorted by the words.
		for i := 0; i < len(ks); {
			j := i + 1
			for j < len(ks) && ks[j].key == ks[i].key {
				j++
			}
			if j-i > 1 {
				slices.SortFunc(ks[i:j], byWord)
			}
			i = j
		}
	}
	// Put fs in that order in place, cycle by cycle (position k takes
	// the form at ks[k].i), marking each position done with -1.
	for j := range ks {
		if ks[j].i < 0 {
			continue
		}
		first, k := fs[j], j
		for {
			src := ks[k].i
			ks[k].i = -1
			if src == j {
				fs[k] = first
				break
			}
			fs[k] = fs[src]
			k = src
		}
	}
	return fs
}

// keyed is a word's sortKey and its index in the slice being sorted.
type keyed struct {
	key uint64
	i   int
}

// radixFrom is the fewest pairs that sortedForms sorts by radixSort: for
// fewer, clearing and summing its tables costs more than comparing.
const radixFrom = 64

// radixSort sorts ks by key, stably, with tmp (as long as ks) as room,
// and returns the sorted pairs (ks or tmp). The counts of all eight
// bytes are taken in one pass; a byte that all the keys share (the
// padding of short words, mostly) is not sorted by.
func radixSort(ks, tmp []keyed) []keyed {
	if len(ks) < 2 {
		return ks
	}
	var counts [8][256]int
	for _, k := range ks {
		x := k.key
		counts[0][byte(x)]++
		counts[1][byte(x>>8)]++
		counts[2][byte(x>>16)]++
		counts[3][byte(x>>24)]++
		counts[4][byte(x>>32)]++
		counts[5][byte(x>>40)]++
		counts[6][byte(x>>48)]++
		counts[7][byte(x>>56)]++
	}
	src, dst := ks, tmp[:len(ks)]
	for b := range 8 {
		c, shift := &counts[b], uint(8*b)
		if c[byte(src[0].key>>shift)] == len(src) {
			continue
		}
		sum := 0
		for d := range c {
			c[d], sum = sum, sum+c[d]
		}
		for _, k := range src {
			d := byte(k.key >> shift)
			dst[c[d]] = k
			c[d]++
		}
		src, dst = dst, src
	}
	return src
}

// sortKey is the first eight bytes of w as a big-endian number, padded
// with zeros: keys in the order of the words, where they differ (two
// words whose keys tie differ, if at all, after eight bytes, or in one
// being the other with NUL bytes added, so they are compared whole).
func sortKey(w string) uint64 {
	if len(w) >= 8 {
		// One load, not eight (most of a run's spellings are short,
		// but this costs them nothing).
		_ = w[7]
		return uint64(w[0])<<56 | uint64(w[1])<<48 | uint64(w[2])<<40 | uint64(w[3])<<32 |
			uint64(w[4])<<24 | uint64(w[5])<<16 | uint64(w[6])<<8 | uint64(w[7])
	}
	var k uint64
	for i := range 8 {
		k <<= 8
		if i < len(w) {
			k |= uint64(w[i])
		}
	}
	return k
}

// lazyInitial is r.judgedInitial(w), asked of the word list on first
// use.
type lazyInitial struct {
	r     *typoRule
	w     string
	state int8 // 0: not asked, 1: judged initial, 2: not
}

func (l *lazyInitial) get() bool {
	if l.state == 0 {
		l.state = 2
		if l.r.judgedInitial(l.w) {
			l.state = 1
		}
	}
	return l.state == 1
}

// lazyWord is whether a word, lower-cased, is one of the language's
// (package english), asked on first use: most suspects meet no target
// near enough for it to matter.
type lazyWord struct {
	state int8 // 0: not asked, 1: a word, 2: not
}

func (l *lazyWord) get(w string) bool {
	if l.state == 0 {
		l.state = 2
		if english.IsWord(strings.ToLower(w)) {
			l.state = 1
		}
	}
	return l.state == 1
}

// letterMask is the set of the bytes of an ASCII word, each byte by its
// low six bits (the letters of either case each have a bit of their
// own), or noLetters for a word with other bytes. The edit distance of
// two words is at least the number of bits that one has and the other
// has not, either way: each such letter needs an edit of its own (a
// substitution serves one of each side; a transposition none), and
// letters sharing a bit only make the count smaller. Comparing the
// masks of most pairs of similar length turns them away before the
// distance's table is filled.
func letterMask(w string) uint64 {
	var m uint64
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return noLetters
		}
		m |= 1 << (c & 63)
	}
	return m
}

// noLetters marks a word that is not ASCII, for which letterMask bounds
// nothing (an edit of a rune changes several bytes). Bit 0 stands for
// bytes 0 and 64 ('@'), which no name holds.
const noLetters = 1

// distanceAbove reports whether the edit distance of two words with
// letterMasks a and b is surely more than limit.
func distanceAbove(a, b uint64, limit int) bool {
	if a == noLetters || b == noLetters {
		return false
	}
	return bits.OnesCount64(a&^b) > limit || bits.OnesCount64(b&^a) > limit
}

// judge looks for the names that the uses of w in one story misspell, and
// reports them. runCount is w's uses in the whole run; initial is
// r.judgedInitial(w).
func (r *typoRule) judge(w string, runCount int, initial *lazyInitial, g storyUses, cands []nameTarget, tt *typoTargets, stories *storyMap, rep *Reporter) {
	count, mid := len(g.uses), 0
	for _, u := range g.uses {
		if !u.Initial {
			mid++
		}
	}
	if mid == 0 && !initial.get() || (r.cfg.MaxTypoArticles > 0 && g.articles > r.cfg.MaxTypoArticles) {
		return
	}
	best, bestD := []storyTarget(nil), 99
	englishWord := lazyWord{}
	wRunes := runeLen(w)
	wLetters := letterMask(w)
	for _, t := range cands {
		// The cheap tests first: the counts over the run (which bound
		// those of the story), then the lengths (the edit distance is at
		// least their difference), then the suffixes and the distance,
		// and only then the counts in the story.
		if t.word == w {
			continue
		}
		// pair: only the same-given-name route (same_given) may take t.
		pair := false
		if !t.known && t.count < r.minTargetRatio()*count {
			if !r.cfg.SameGiven || t.count < count {
				continue
			}
			pair = true
		}
		limit := 1
		if min(t.runes, wRunes) >= r.cfg.LongName {
			limit = r.cfg.MaxDistance
		}
		if t.runes-wRunes > limit || wRunes-t.runes > limit {
			continue
		}
		// Every pair taken below has a distance of at most limit and
		// bestD, and less than t.runes: one whose letters already
		// differ by more is not one.
		if distanceAbove(wLetters, t.letters, min(limit, bestD, t.runes-1)) {
			continue
		}
		// Spelled alike but for accents or case: one name. Asked only
		// of the few pairs near enough to be weighed at all (the tests
		// above turn nearly every pair away, and none of them asks
		// anything of the pair that this one would have answered).
		if sameFolded(w, t.word) {
			continue
		}
		if r.shortForm(w, t, g.uses) {
			continue
		}
		slip := false
		if r.related(w, t.word) {
			switch {
			case r.slipEnding(w, t.word):
				slip = true
			case r.cfg.SameGiven && !t.known && (vowelEnding(w, t.word) || consonantN(w, t.word)):
				pair = true
			default:
				continue
			}
		}
		d := nameDistanceWithin(w, t.word, min(limit, bestD, t.runes-1))
		if d > limit || d >= t.runes || d > bestD || pair && d != 1 {
			continue
		}
		// Two words of the language two edits apart are two words, not
		// a slip of one: a surname that is a word ("Hunter") beside a
		// word capitalised in a company's name ("Holder"). A slip that
		// makes a word is one edit ("Bell" for "Belk") or makes no word
		// of two ("Trusting" for "Trusk").
		if d >= 2 && englishWord.get(w) && english.IsWord(strings.ToLower(t.word)) {
			continue
		}
		in := stories.names.inStory(t.n, stories.articles(g.story))
		if t.known && !t.anywhere && in.count == 0 || !t.known && in.mid == 0 {
			continue
		}
		if slip && !r.slipUses(g.uses, t, in) {
			continue
		}
		beside := false
		if !pair && !t.known && (in.count < r.cfg.MinNameUses || in.count < r.cfg.MinRatio*count) {
			switch {
			case r.cfg.MinNameUsesBeside > 0 && in.count >= r.cfg.MinNameUsesBeside && in.count >= 2*count &&
				slices.ContainsFunc(g.uses, func(u NameUse) bool { return r.besideSame(u, t.n) }):
				beside = true
			case r.cfg.SameGiven:
				pair = true
			default:
				continue
			}
		}
		tie := false
		if pair {
			if d != 1 || t.known || in.count < count || accentOnly(w, t.word) ||
				!slices.ContainsFunc(g.uses, func(u NameUse) bool { return r.sameGiven(u, t.n) }) {
				continue
			}
			if in.count == count {
				if !oneEach(count, in.count) {
					continue
				}
				tie = true
			}
			beside = true
		}
		st := storyTarget{nameTarget: t, in: in, beside: beside, given: pair, tie: tie}
		switch {
		case d < bestD:
			best, bestD = []storyTarget{st}, d
		case d == bestD:
			best = append(best, st)
		}
	}
	if len(best) > 0 && len(best) <= r.cfg.MaxCandidates && bestD >= 2 {
		best = r.dropFarDoubtful(w, best, count, g.uses, &englishWord)
	}
	if len(best) > 0 && len(best) <= r.cfg.MaxCandidates && !r.anyReported(best, g.uses, initial, stories.names) {
		// No use stands where these names would be its slip: they say
		// nothing of it, and the other routes are asked as if none
		// were near.
		best = nil
	}
	if len(best) == 0 && runCount == 1 {
		best = r.samePerson(w, g, cands, stories, &englishWord)
	}
	if len(best) == 0 {
		best = r.firstLetter(w, g, tt, stories)
	}
	if len(best) == 0 && runCount == 1 {
		best = r.sameAge(w, g, cands, stories)
	}
	if len(best) == 0 && runCount == 1 {
		best = r.sameNoun(w, g, cands, stories)
	}
	if len(best) == 0 && runCount == 1 {
		best = r.sameKin(w, g, cands, stories)
	}
	if len(best) == 0 && runCount == 1 {
		best = r.twoOutlets(w, g, cands, stories, &englishWord)
	}
	if len(best) == 0 && runCount == 1 {
		best = r.sameSurname(w, g, cands, stories, &englishWord)
	}
	if len(best) == 0 || len(best) > r.cfg.MaxCandidates {
		return
	}
	r.report(w, best, g.uses, initial, stories.names, rep)
}

// dropFarDoubtful drops the targets two edits or more from w where w is
// no English word, no use of w stands beside a name the target stands
// beside too, and either
//   - either word is a name of long_name letters or fewer: two edits in a
//     name of five letters change two of its five, and a spelling that is
//     no word is then as likely another name ("the Nerta valley" near
//     "Nerton") as a slip, or
//   - the target is a known name (the gazetteer's) used in the story no
//     more often than w (count uses): the gazetteer knows the great names,
//     not every town or island near them, so one use of each, two edits
//     apart ("Coronado" beside "Colorado"), is as likely two places.
//
// A name beside it can say whose it is ("Dora Velda" where "Dora Vilde"
// is named), and a word of the language capitalised among names
// ("Putting" near "Putin") is a slip: it is no name at all, unless a
// generic word follows it at every use (generic_after): "Canal Square",
// "Mill Road" and "Castle Hill" are names of their own, their first word
// a word of the language as often as not. Such targets still count
// towards max_candidates (a crowd of near names is a sign of a name of
// its own), so they are dropped only after that test.
func (r *typoRule) dropFarDoubtful(w string, best []storyTarget, count int, uses []NameUse, englishWord *lazyWord) []storyTarget {
	if englishWord.get(w) && !r.headsCompound(uses) {
		return best
	}
	wRunes := runeLen(w)
	return slices.DeleteFunc(best, func(st storyTarget) bool {
		return (min(st.runes, wRunes) <= r.cfg.LongName || st.known && st.in.count <= count) &&
			!slices.ContainsFunc(uses, func(u NameUse) bool { return r.besideSame(u, st.n) })
	})
}

// headsCompound reports whether every use stands before a generic word
// (generic_after) that makes a compound name of it: "Canal Square".
func (r *typoRule) headsCompound(uses []NameUse) bool {
	for i := range uses {
		if !r.after[uses[i].Next] {
			return false
		}
	}
	return len(uses) > 0
}

// minTargetUses is the fewest uses of a name learned from the articles
// that may make it a target: min_name_uses, or min_name_uses_beside
// where that is on.
func (r *typoRule) minTargetUses() int {
	if r.cfg.SameGiven {
		return 1 // a name used once, after the same given name
	}
	if r.cfg.MinNameUsesBeside > 0 {
		return min(r.cfg.MinNameUses, r.cfg.MinNameUsesBeside)
	}
	return r.cfg.MinNameUses
}

// minTargetRatio is the smallest ratio of a target's uses to the typo's
// that may make it a target: min_ratio, or 2 for a name beside the same
// name where min_name_uses_beside is on.
func (r *typoRule) minTargetRatio() int {
	if r.cfg.MinNameUsesBeside > 0 {
		return min(r.cfg.MinRatio, 2)
	}
	return r.cfg.MinRatio
}

// judgedInitial reports whether w is judged where it opens a sentence
// too: judge_initial is on and w is no English word.
func (r *typoRule) judgedInitial(w string) bool {
	return r.cfg.JudgeInitial && !english.IsWord(strings.ToLower(w))
}

// storyMap tells the stories of the corpus's articles.
type storyMap struct {
	stories [][]int
	// of is the story of each article, -1 for none; more holds the
	// further stories of an article in several (grouping may give an
	// article to two stories).
	of   []int32
	more map[int32][]int32
	// all is the one story of a corpus that gives none: every article.
	all   []int
	names *NameIndex
	// groups is room for group's result.
	groups []storyUses
}

func newStoryMap(c *Corpus) *storyMap {
	n := max(c.Articles, int(c.Names.articles))
	m := &storyMap{stories: c.Stories, of: make([]int32, n), names: c.Names}
	if len(c.Stories) == 0 {
		// No grouping: the run is one story.
		m.all = make([]int, n)
		for a := range m.all {
			m.all[a] = a
		}
		return m
	}
	for a := range m.of {
		m.of[a] = -1
	}
	for s, st := range c.Stories {
		for _, a := range st {
			switch {
			case a < 0 || a >= n:
			case m.of[a] < 0:
				m.of[a] = int32(s)
			default:
				if m.more == nil {
					m.more = map[int32][]int32{}
				}
				m.more[int32(a)] = append(m.more[int32(a)], int32(s))
			}
		}
	}
	return m
}

// articles returns the articles of story s, sorted.
func (m *storyMap) articles(s int) []int {
	if m.all != nil {
		return m.all
	}
	return m.stories[s]
}

// storyUses are the uses of a spelling in one story.
type storyUses struct {
	story int
	// articles counts the articles of the uses; last is the last one.
	articles int
	last     int32
	uses     []NameUse
}

// group splits the uses of a rare spelling by story, the stories in order
// of their first use; an article in no story is left out. The groups are
// valid until the next call.
func (m *storyMap) group(n *CorpusName) []storyUses {
	if len(n.Uses) == 0 {
		return nil // the uses were not kept (the spelling is not rare)
	}
	out := m.groups[:0]
	// Most rare spellings are used in one story: their uses are the
	// group as they are, not a copy.
	one := true
	s0, ok := m.storyOf(n.Uses[0].article)
	for _, u := range n.Uses {
		if s, _ := m.storyOf(u.article); s != s0 || m.more[u.article] != nil {
			one = false
			break
		}
	}
	if one {
		if ok {
			out = append(out, storyUses{story: int(s0), articles: distinctArticles(n.Uses), uses: n.Uses})
		}
		m.groups = out
		return out
	}
	add := func(s int32, a int32, u NameUse) {
		for i := range out {
			if g := &out[i]; g.story == int(s) {
				if g.last != a {
					g.articles++
					g.last = a
				}
				g.uses = append(g.uses, u)
				return
			}
		}
		out = append(out, storyUses{story: int(s), articles: 1, last: a, uses: []NameUse{u}})
	}
	for _, u := range n.Uses {
		a := u.article
		s, ok := m.storyOf(a)
		if !ok {
			continue
		}
		add(s, a, u)
		for _, s := range m.more[a] {
			add(s, a, u)
		}
	}
	m.groups = out
	return out
}

// storyOf returns the (first) story of article a, and false if it is in
// none.
func (m *storyMap) storyOf(a int32) (int32, bool) {
	switch {
	case m.all != nil:
		return 0, true
	case int(a) >= len(m.of) || m.of[a] < 0:
		return -1, false
	}
	return m.of[a], true
}

// distinctArticles counts the articles of uses, which are in article
// order.
func distinctArticles(uses []NameUse) int {
	n := 0
	for i, u := range uses {
		if i == 0 || u.article != uses[i-1].article {
			n++
		}
	}
	return n
}

// related reports a word and a name that share a stem of at least four
// letters and differ only in their endings from the suffix list ("Russia",
// "Russian"; "Ministry", "Minister"): related words, not a misspelling.
//
// A doubled letter is a slip, whatever the suffixes say: "Marlowee" is
// "Marlowe" with its last letter typed twice, not "Marlowe" with an "e".
func (r *typoRule) related(w, name string) bool {
	if doubledLetter(w, name) || doubledLetter(name, w) {
		return false
	}
	// Both start with the stem, of minStem runes (as many bytes) or
	// more: most pairs differ sooner.
	if len(w) < minStem || len(name) < minStem || w[:minStem] != name[:minStem] {
		return false
	}
	for _, s1 := range r.suffixes {
		stem, ok := strings.CutSuffix(w, s1)
		if !ok || runeLen(stem) < minStem {
			continue
		}
		for _, s2 := range r.suffixes {
			// name == stem+s2, without building the string.
			if len(name) == len(stem)+len(s2) && strings.HasPrefix(name, stem) && strings.HasSuffix(name, s2) {
				return true
			}
		}
	}
	return false
}

// slipEnding reports whether w is name with one of the slip_suffixes:
// "Quennells", "Quennell".
func (r *typoRule) slipEnding(w, name string) bool {
	for _, s := range r.cfg.SlipSuffixes {
		if len(w) == len(name)+len(s) && strings.HasPrefix(w, name) && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// slipUses reports whether the uses of a spelling that is a target's
// name with a slip ending make it a slip (see SlipSuffixes): one use,
// mid-sentence, beside the same names as the target and after the same
// given name, with no apostrophe after it, and a target named often in
// the story.
func (r *typoRule) slipUses(uses []NameUse, t nameTarget, in storyCount) bool {
	if len(uses) != 1 || t.known || in.count < r.cfg.MinNameUses || in.count < r.cfg.MinRatio {
		return false
	}
	u := uses[0]
	// After a given name: a plural -s before a word that follows both
	// spellings is a place's other form ("the Tolvas Shelf", "the Tolva
	// Shelf"), as often as it is a slip.
	return !u.Initial && !u.Apostrophe && r.besideSame(u, t.n) && r.sameGiven(u, t.n)
}

// exactSet makes a set of words, as they are written.
func exactSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// doubledLetter reports whether long is short with one of its letters
// typed twice ("Olvaan", "Olvan"; "Fennn", "Fenn").
func doubledLetter(long, short string) bool {
	if len(long) != len(short)+1 {
		return false
	}
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	// long[i] is the extra byte; the rest must match, and the extra
	// byte must repeat the one before or after it.
	if long[i+1:] != short[i:] {
		return false
	}
	return (i > 0 && long[i] == long[i-1]) || (i+1 < len(long) && long[i] == long[i+1])
}

// sameContext rules out a different person: a word followed by a family
// name ("Mary Smith") is a misspelling of "Mark" only if "Mark" is
// followed by that name somewhere too; a word after a given name ("Kerry
// Bligh") is a misspelling of "Bright" only if "Bright" follows that name
// somewhere too. A word with no name beside it ("Putting has …") is
// judged by its spelling alone.
//
// A generic word after it (generic_after: "Town", "Island") or before it
// (generic_before: "Governor", "Port") is no such sign: "Keslford Town
// Hall", where "Kelsford" is named often but never before "Town", is
// judged by its spelling.
//
// A target taken only because a use stands beside the same name (beside)
// covers only such uses: "Dtan Falk" for "Dean Falk", not a lone "Dtan".
func (r *typoRule) sameContext(u NameUse, targets []storyTarget, ix *NameIndex) bool {
	next, prev := r.neighbours(u)
	for _, t := range targets {
		if r.before[t.word] || r.after[t.word] {
			// A generic word ("North", "Port", "Street") is a name only
			// in a compound: a word is its slip only beside a name the
			// compound has too ("Nroth Veldana" for "North Veldana"),
			// never alone or in a compound of its own ("Nrath Avenue").
			if u.Next != "" && !r.after[u.Next] && t.n.HasNext(u.Next) || u.Prev != "" && t.n.HasPrev(u.Prev) {
				return true
			}
			continue
		}
		switch {
		case t.family:
			return true
		case t.given:
			if r.sameGiven(u, t.n) {
				return true
			}
		case t.beside:
			if r.besideSame(u, t.n) {
				return true
			}
		case next == "" && prev == "":
			return true
		case t.in.count == 0:
			return true // a lexicon name the story does not use
		case (next == "" || t.n.HasNext(next)) && (prev == "" || t.n.HasPrev(prev) || openerBefore(ix, prev, t.word)):
			return true
		}
	}
	return false
}

// neighbours returns the names beside use u that tell whose name it is:
// its Next and Prev, without the generic words, and without a Prev that
// opens the sentence ("Then Dtan said": any word may stand there).
func (r *typoRule) neighbours(u NameUse) (next, prev string) {
	next, prev = u.Next, u.Prev
	if r.after[next] {
		next = ""
	}
	if r.before[prev] || u.PrevInitial {
		prev = ""
	}
	return next, prev
}

// besideSame reports whether use u stands beside a name that the spelling
// n stands beside too, and beside none that n never does: "Dtan Falk"
// and "Dean Falk". A word before u that opens the sentence counts where n
// follows it inside a sentence: "Karel Stanke, the union's leader" and
// "union leader Karel Stanek".
func (r *typoRule) besideSame(u NameUse, n *CorpusName) bool {
	next, prev := r.neighbours(u)
	if prev == "" && u.PrevInitial && !r.before[u.Prev] && n.HasPrev(u.Prev) {
		prev = u.Prev
	}
	return (next != "" || prev != "") && (next == "" || n.HasNext(next)) && (prev == "" || n.HasPrev(prev))
}

// sameGiven reports whether use u stands after a given name that the
// spelling n stands after too, and beside no name that n never does:
// "Dtna Falk" where "Dtan Falk" is named. A title or a place word
// before u (generic_before) is no given name. A given name that opens
// its sentence counts where the other stands after it inside a sentence
// ("Dtna Falk, the chair, said" and "chair Dtan Falk"), and where both
// open a sentence, only if it is no English word: "Then Falk" is no
// given name. The first half of a firm's name stands before its second
// half as a given name stands before a family name, with no name before
// it: "Quarly & Tenk" where "Quarley & Tenk" is named (firmHalf).
func (r *typoRule) sameGiven(u NameUse, n *CorpusName) bool {
	if u.Prev == "" {
		return firmHalf(u, n) // "Quarly & Tenk": nameamp.go
	}
	if r.before[u.Prev] {
		return false
	}
	if next, _ := r.neighbours(u); next != "" && !n.HasNext(next) {
		return false
	}
	if n.HasPrev(u.Prev) {
		return true
	}
	// n's Prevs hold no opener; the uses of a rare spelling are kept,
	// with theirs.
	for _, v := range n.Uses {
		if v.Prev == u.Prev && !r.before[v.Prev] && (!v.PrevInitial || !u.PrevInitial || !english.IsWord(strings.ToLower(v.Prev))) {
			return true
		}
	}
	return false
}

// vowelEnding reports whether two related words differ only in a final
// vowel, changed or added: "Ilka" and "Ilko", "Falke" and "Falk". After
// the same given name that is a slip; a plural or a word of another
// class ("Democrats", "Korean") ends in a consonant.
func vowelEnding(a, b string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	switch {
	case len(a) == len(b):
		return a[:len(a)-1] == b[:len(b)-1] && isVowel(a[len(a)-1]) && isVowel(b[len(b)-1])
	case len(a) == len(b)+1:
		return strings.HasPrefix(a, b) && isVowel(a[len(a)-1])
	}
	return false
}

// oneEach reports whether a tie of two spellings after the same given
// name is reported on both sides: each used exactly once in the story
// (uses, not articles: a name written twice in one article is one
// writer's spelling twice). One person spelt two ways is worth an
// editor's look though nothing tells which way is right; two or more
// uses each way are two writers' settled spellings, more likely two
// people, and stay quiet.
//
// A last letter left off ("Brun" and "Brunn") is no exception: a key
// not pressed and a letter added at a name's end ("Tovell", "Tovellk")
// are both common slips, and picking the shorter side as the slip put a
// fix on the right spelling as often as on the wrong one.
func oneEach(countA, countB int) bool {
	return countA == 1 && countB == 1
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

// accentOnly reports whether a and b, of as many runes, differ in one
// letter that is not ASCII in one of them: "Jose" and "José", a spelling
// that drops or keeps an accent, not a slip of the keys.
func accentOnly(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] && (ra[i] >= utf8.RuneSelf || rb[i] >= utf8.RuneSelf) {
			return true
		}
	}
	return false
}

// minStem is the shortest stem that related words must share.
const minStem = 4

// report reports the uses of w in a story as misspellings of the best
// targets, with their counts in that story; the uses that open a
// sentence only if initial.
func (r *typoRule) report(w string, best []storyTarget, uses []NameUse, initial *lazyInitial, ix *NameIndex, rep *Reporter) {
	var related []diag.Related
	for _, t := range best {
		if t.in.count > 0 {
			related = append(related, diag.Related{Location: t.in.first, Message: fmt.Sprintf("%q is named here", t.word)})
		}
	}
	tie := len(best) == 1 && best[0].tie
	var fix *diag.Fix
	if len(best) == 1 && !tie {
		// Either side of a tie may be the slip: the message names
		// both, the other side's own finding points back here, and
		// there is no fix, as one would as likely break the right
		// spelling.
		fix = &diag.Fix{Replacement: best[0].word, Safe: true}
	}
	var msg string
	for _, u := range uses {
		if u.Initial && !initial.get() || !r.sameContext(u, best, ix) {
			continue
		}
		// A family name after particles is named as written, with
		// them ("el-Wardi"); the location and the fix are the word's.
		m := msg
		if u.Particle != "" || m == "" {
			m = typoMessage(u.Particle, w, best)
			if u.Particle == "" {
				msg = m
			}
		}
		if tie {
			r.reportTie(u.Loc, m, related, rep)
			continue
		}
		rep.ReportAt(r, u.Loc, m, related, fix)
	}
}

// typoMessage is report's message for a use of w, after the particles
// written before it ("el-", "van der "; "" for none), as a slip of best.
func typoMessage(particle, w string, best []storyTarget) string {
	if len(best) == 1 && best[0].tie {
		t := best[0]
		same := "the same given name"
		switch {
		case t.age:
			same = "the same given name and age"
		case t.kin:
			same = "the same family word"
		case t.surname:
			return fmt.Sprintf("%q here; %q in %s:%d, before the same family name (one use each: which is right?)",
				particle+w, particle+t.word, t.in.first.File, t.in.first.Start.Line)
		}
		return fmt.Sprintf("%q here; %q in %s:%d, after %s (one use each: which is right?)",
			particle+w, particle+t.word, t.in.first.File, t.in.first.Start.Line, same)
	}
	names := make([]string, len(best))
	for i, t := range best {
		names[i] = fmt.Sprintf("%q", particle+t.word)
	}
	var why string
	if len(best) == 1 {
		t := best[0]
		switch {
		case t.in.count > 0 && t.beside:
			why = fmt.Sprintf(" (named %s in %s, beside the same name)", times(t.in.count), count(t.in.articles, "article"))
		case t.in.count > 0:
			why = fmt.Sprintf(" (named %s in %s)", times(t.in.count), count(t.in.articles, "article"))
		default:
			why = " (a name in the lexicon)"
		}
	}
	return fmt.Sprintf("%q looks like a misspelling of %s%s", particle+w, strings.Join(names, " or "), why)
}

// anyReported reports whether report would report a use of uses as a
// slip of best: one that opens no sentence (or is judged there too) and
// stands where one of them may be its name (sameContext). A name near in
// spelling that no use's context supports is no evidence either way:
// "Ottar Tonra" where "Ottar Bonra" is named and the story names Tonga,
// a gazetteer's name one edit off, is a slip of the first letter that
// only the first-letter route reads, and was left unjudged because the
// gazetteer's name took the place of every other route's.
func (r *typoRule) anyReported(best []storyTarget, uses []NameUse, initial *lazyInitial, ix *NameIndex) bool {
	for _, u := range uses {
		if (!u.Initial || initial.get()) && r.sameContext(u, best, ix) {
			return true
		}
	}
	return false
}

// reportTie reports one side of a one-use-each tie at warning severity,
// or the rule's own where the pack sets it lower: it asks an editor to
// choose, it does not say which use is wrong.
func (r *typoRule) reportTie(loc diag.Location, msg string, related []diag.Related, rep *Reporter) {
	sev := min(r.info.Severity, diag.Warning)
	rep.Add(diag.Diagnostic{Location: loc, Severity: sev, Rule: r.info.ID, Message: msg, Related: related})
}

// nameDistance is editDistance, computed on the stack for the ASCII
// words of up to 31 bytes that names nearly always are (editDistance
// allocates a table and two rune slices for every pair).
func nameDistance(a, b string) int {
	const most = 31
	if len(a) > most || len(b) > most || len(a) == 0 || len(b) == 0 {
		return editDistance(a, b)
	}
	if !isASCII(a) || !isASCII(b) {
		return editDistance(a, b)
	}
	// Three rows of the table: two back for a transposition.
	var rows [3][most + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// nameDistanceWithin is nameDistance(a, b) where that is at most k, and
// some number more than k where it is not. Rows of the table are
// filled only while the distance may still be k or less: once two
// rows in a row hold nothing within k, no later row can (a cell comes
// from the row above, or from the one above that, by a transposition,
// each adding at least nothing and one edit), so a pair far apart is
// given up after a few letters instead of filled to its end.
func nameDistanceWithin(a, b string, k int) int {
	const most = 31
	if len(a) > most || len(b) > most || len(a) == 0 || len(b) == 0 || k >= most {
		return nameDistance(a, b)
	}
	if !isASCII(a) || !isASCII(b) {
		return editDistance(a, b)
	}
	if len(a)-len(b) > k || len(b)-len(a) > k {
		// Each byte more is an edit.
		return k + 1
	}
	// Only the cells within k of the diagonal are filled (a cell j-i
	// away from it is at least |j-i|): the band of row i is lo to hi.
	// A row's cells beside its band, which the next rows read, hold
	// big, more than k: every cell whose distance is k or less is
	// then exact, and every other more than k.
	big := uint8(k + 1)
	var rows [3][most + 1]uint8
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = uint8(j)
	}
	// far tells that the row before cur held nothing within k.
	far := false
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		cur[lo-1] = big
		if lo == 1 {
			cur[0] = uint8(i)
		}
		low := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := uint8(1)
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if hi < len(b) {
			cur[hi+1] = big
		}
		if int(low) > k {
			if far {
				return k + 1
			}
			far = true
		} else {
			far = false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return int(prev[len(b)])
}

// shortForm reports whether w is a short form of the given name t, not a
// slip of it: w is t cut short ("Pete" of "Peter", "Chris" of
// "Christopher"), t stands before a family name somewhere in the run, and
// no use of w stands beside a name, as a given or a family name. A
// colleague's "everyone knew Pete" names the man "Peter Arvik" familiarly;
// a family name cut short ("Ashcomb" of "Ashcombe") stands before no
// other name, and "Pete Arvik" where "Peter Arvik" is named is still judged.
func (r *typoRule) shortForm(w string, t nameTarget, uses []NameUse) bool {
	if t.known || len(w) >= len(t.word) || !strings.HasPrefix(t.word, w) || len(t.n.Nexts) == 0 {
		return false
	}
	for _, u := range uses {
		if next, prev := r.neighbours(u); next != "" || prev != "" {
			return false
		}
	}
	return true
}
