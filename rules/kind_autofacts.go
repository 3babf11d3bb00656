package rules

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker/dates"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/checker/document"
	"github.com/factlint/factlint/checker/quantity"
	"github.com/factlint/factlint/checker/segment"
	"github.com/factlint/factlint/internal/english"
	"github.com/factlint/factlint/internal/tomlx"
)

// autoFactsRule compares the quantities of a story's articles with no
// story rule written: each quantity gets an automatic key from its unit's
// dimension ("speed") or from the noun it counts ("count:car"), and its
// context words; two claims of different articles are the same fact when
// their keys are equal and enough of their context agrees.
type autoFactsRule struct {
	info Info
	g    grammar
	// specificCounts gives a unique count of a specific noun a second
	// point (match); genericCounts are the stemmed count keys of the
	// nouns that are not specific ("count:people"), nil when not set.
	specificCounts bool
	genericCounts  map[string]bool
	// personCounts are the stemmed count keys of PersonNouns, nil when
	// none is set; personWords are PersonNouns as written, lowercase.
	personCounts map[string]bool
	personWords  map[string]bool
	// labelNouns are LabelNouns (kind_autofacts_label.go).
	labelNouns words
	// notCounted are CompoundNotCounted (kind_autofacts_label.go); with
	// none set, no compound is read as a count.
	notCounted words
	// spanStarts are SpanStarts (andVerbBetween); with none set, a year
	// dates the figure nearest it across "and" and a verb.
	spanStarts words
	// window is how many words on each side of a quantity make its
	// context.
	window int
	// minScore is the evidence two claims need to be taken for one fact:
	// one point per shared context word, one for a shared modifier of the
	// counted noun, one when neither article makes another claim with the
	// key.
	minScore  int
	tolerance float64
	minor     float64
	major     float64
	openBound float64
	// frames are words that, right before a number, make it a frame or a
	// reference rather than a reported figure.
	frames words
	// remainders are the words after a count that make it a remainder
	// (autoFactsConfig.RemainderWords).
	remainders words
	// balances are the frame words that, right before a sum, name the
	// balance still due (autoFactsConfig.BalanceWords).
	balances words
	// besides are the frame words that, before a count of a role no
	// figure before it has, count that role whole ("Another 29 were
	// injured": kind_autofacts_besides.go).
	besides words
	// fillVerbs are the verbs of a crowd filling a place
	// (autoFactsConfig.FillVerbs).
	fillVerbs words
	// reporting are the verbs that attribute a figure to a source
	// ("police said 15 died"): the name before them is not the figure's
	// owner (ownerOf).
	reporting words
	// scopes are words that make a figure near them a different fact
	// from the same figure without them: a narrower scope ("30.9 per
	// cent of the vote in the constituency" is not the statewide share)
	// or a design, capacity or target ("designed for a river level of
	// 5.5 metres" is not the level measured). scopeKeys are the key
	// suffixes, built once.
	scopes    words
	scopeKeys map[string]string
	// wholeOf maps each word of the whole_synonyms groups, lower-cased,
	// to the complement of its group ("of world"): "12% of global
	// trade" and "12% of world trade" are of one whole.
	wholeOf map[string]string
	// ofNouns maps each word of the of_synonyms groups, lower-cased, to
	// the complement of its group ("of vegetation"): "240 tonnes of
	// greenery" and "240 tonnes of plants" are of one thing
	// (kind_autofacts_whole.go).
	ofNouns map[string]string
	// heights maps each word of the height_frames groups, lower-cased,
	// to the stem of its group's first word: "190 miles up" and "at an
	// altitude of 305 km" are one height (kind_autofacts_height.go).
	heights map[string]string
	// classes answers, in one look-up per token, which of the word sets
	// a claim reads a word is in (classTable), built by useSet.
	classes *classTable
	// facts are the enabled fact rules.
	facts []*factRule
	// maxRatio: figures further apart than this factor are not compared.
	maxRatio float64
	// roles maps the stem of a contrast word to its group: the group
	// nearest a quantity tells which fact about the thing it states
	// (killed or injured, rose or fell).
	roles map[string]int
	// exactRoles maps a contrast word matched as written ("=lives"),
	// in lower case, to its group.
	exactRoles map[string]int
	// maybeRole turns away tokens whose stem cannot be a role word.
	maybeRole *firstBytes
	// roleIDs is roles keyed by the wordIDs of the stems (stemID), asked
	// instead of the map for short ASCII words.
	roleIDs *idMap
	// roleNames name the contrast groups by their first word, and
	// roleKeys are the keys of the claims keyed by them ("role:killed"):
	// built once, not concatenated for every such claim.
	roleNames, roleKeys []string
	// rolePhrases are the idioms of role_phrases, and phraseEnds their
	// last words (kind_autofacts_rolephrase.go).
	rolePhrases []rolePhrase
	phraseEnds  words
	// harmedNouns are the HarmedNouns: nouns of people that say no
	// more than the role of their count (roleHead).
	harmedNouns words
	// bareVerbPhrases are the BareVerbPhrases (bareSubjectVerb).
	bareVerbPhrases []bareVerbPhrase
	// tolls tells, for each contrast group, whether its figure is a
	// running toll and which way it may move between editions.
	tolls []tollDirection
	// changes marks the contrast groups that tell a change (leadsToLevel).
	changes []bool
	// places marks the contrast groups of places (PlaceRoles), which
	// give way to any other group within the window; placeNouns and
	// placePreps are PlaceNouns and PlacePrepositions (placeStated).
	places                 []bool
	placeNouns, placePreps words
	// synonyms numbers the stems of each synonyms group, and canon is
	// the context word each group stands for (its first word's).
	synonyms *idMap
	canon    []wordID
	// unitLabels are the labels of claims of each unit of the rule set
	// (unitLabel), built once by useSet.
	unitLabels map[*quantity.Unit]string
	// durationUnits are the rule set's units of duration, largest
	// first, that a time written in parts is read back into (partSlip).
	durationUnits []*quantity.Unit
	// unitVariants are, by unit name, the ratios to the unit's factor of
	// the other measures its words also name (quantity.Table.Variants):
	// "gallons" imperial or US.
	unitVariants map[string][]float64
	// localDollars are the dimensions a bare "$" amount may be written
	// in besides USD (LocalDollars).
	localDollars []string
	// ageDescriptionRules are AgeDescriptions, and ageDescriptions the
	// names of those rules, lower-cased, set by useSet (age_bare.go).
	ageDescriptionRules []string
	ageDescriptions     map[string]bool
	// ageRoles key the ages of unnamed people (roleAge); ageOthers
	// before the role say the article speaks of a second one.
	ageRoles, ageOthers words
	// ageLeads may stand between the comma after a name and its age
	// ("Ada Merrow, aged 37,", "Ada Merrow, just 37.": apposedAge).
	ageLeads words
	// nouns key counts of nouns of one group alike (kind_autofacts_nouns.go).
	nouns *nounGroups
	// compoundWords are the context words of compound measures by
	// dimension (kind_autofacts_compound.go).
	compoundWords map[string]wordID
	// measuredOfDims are the dimensions whose measures "of" something are
	// claimed again without it (kind_autofacts_measureof.go).
	measuredOfDims map[string]bool
	// shareSubjects maps each word of a share_subjects group to the
	// group's first (kind_autofacts_share.go).
	shareSubjects map[string]string
	// shareWholes maps a noun a percentage may be "of", lower-cased, to
	// the subject such a share is (kind_autofacts_share.go).
	shareWholes map[string]string
	// titles are the title abbreviations of the set ("Mr", "Dr"), which
	// are no given names before a surname (givenName).
	titles map[string]bool
	// percent is the set's unit of a percentage, which a share written
	// as parts of a whole is claimed in ("nine in ten"), or nil.
	percent *quantity.Unit
	// onBoard reads the count of everyone on board a craft, given
	// whole or in its parts (kind_autofacts_aboard.go); nil when the
	// pack sets none.
	onBoard *onBoard
}

type autoFactsConfig struct {
	Common
	comparisonKeys
	MinScore int `toml:"min_score"`
	// FrameWords right before a number make it a frame of time or a
	// reference back ("the past three years", "those two days").
	FrameWords []string `toml:"frame_words"`
	// RemainderWords right after a bare count make it an increment of a
	// total the story gives, not the total: "two more bodies were found"
	// is not the toll. Such a count is compared only with other outlets'
	// increments (restKey).
	RemainderWords []string `toml:"remainder_words"`
	// BalanceWords right before a sum name the balance of a sum still
	// due ("the remaining €36,000 is still outstanding"): a fact of its
	// own, claimed though the word is a frame word ("the remaining three
	// days").
	BalanceWords []string `toml:"balance_words"`
	// BesidesWords are the frame words that, right before a count of a
	// contrast role that no figure of the article before it has, count
	// that role whole: "Five died. Another 29 were injured" gives the
	// injured (kind_autofacts_besides.go).
	BesidesWords []string `toml:"besides_words"`
	// FillVerbs are the verbs, in the past, of a crowd filling a place:
	// "About 90 people packed the chapel to hear him" counts the
	// chapel's crowd, kept apart from a crowd another outlet puts in a
	// place of another name (kind_autofacts_venue.go).
	FillVerbs []string `toml:"fill_verbs"`
	// ReportingVerbs attribute a figure to a source rather than give it
	// an owner: "police said 15 died" and "Adeyemi said 14 died" are one
	// toll.
	ReportingVerbs []string `toml:"reporting_verbs"`
	// ScopeWords near a figure make it a different fact from the same
	// figure without them: "in the constituency", "designed for".
	ScopeWords []string `toml:"scope_words"`
	// WholeSynonyms are groups of words that open the whole a figure
	// is "of" and that outlets write for one another: ["world",
	// "global"] in "12% of world trade", "12% of global trade".
	WholeSynonyms [][]string `toml:"whole_synonyms"`
	// OfSynonyms are groups of nouns that outlets write for one another
	// as what a figure is "of": ["vegetation", "greenery", "plants"] in
	// "240 tonnes of vegetation", "240 tonnes of plants".
	OfSynonyms [][]string `toml:"of_synonyms"`
	// HeightFrames are groups of words that frame a length as one kind
	// of height: ["altitude", "up", "above"] in "190 miles up", "an
	// altitude of 305 km".
	HeightFrames [][]string `toml:"height_frames"`
	// Contrasts are groups of words that tell different facts about one
	// thing apart: ["killed", "dead"] and ["injured", "wounded"]. A word
	// is matched by its stem, or, written after "=", as written only:
	// "=lives" is not the verb "live".
	Contrasts [][]string `toml:"contrasts"`
	// MaxRatio: figures that differ by more than this factor are
	// different facts (0: no limit).
	MaxRatio float64 `toml:"max_ratio"`
	// Synonyms are groups of words that are one context word: "died"
	// and "killed" said of one toll.
	Synonyms [][]string `toml:"synonyms"`
	// RisingTolls name (by their first word) the contrast groups whose
	// figure is a running toll that only rises between editions (the
	// dead, the injured): a later article with more is an update.
	RisingTolls []string `toml:"rising_tolls"`
	// MovingTolls name the groups whose running figure moves both ways
	// (the missing): articles of different dates are not compared.
	MovingTolls []string `toml:"moving_tolls"`
	// LocalDollars are the dimensions of the dollars other than the US
	// one ("currency:AUD"): copy written outside the US gives its own
	// dollar with a bare "$", which the unit table reads as USD.
	LocalDollars []string `toml:"local_dollars"`
	// Changes name (by their first word) the contrast groups that tell
	// a change ("rose", "fell"): "shares rose 3%" is a change, but in
	// "the toll rose to 31" the word only leads to the level reached,
	// and the figure's role is the next contrast word ("toll").
	Changes []string `toml:"changes"`
	// PlaceRoles name (by their first word) the contrast groups whose
	// words name a place a figure's people were taken to or are in
	// ("taken to hospital", "still in hospital"), not what befell them:
	// such a word gives a figure its role only when no word of another
	// group is as near within the window ("five of them in hospital in
	// a critical condition" are the critical).
	PlaceRoles []string `toml:"place_roles"`
	// PlaceNouns are the words of those groups that name the place
	// itself ("hospital"), and PlacePrepositions the words that make
	// such a noun the place a figure's people were taken to or are in
	// ("taken to hospital", "at the city's hospital"): without one of
	// them just before, or with a noun after it that it qualifies ("a
	// hospital spokesman"), the noun is no contrast word.
	PlaceNouns        []string `toml:"place_nouns"`
	PlacePrepositions []string `toml:"place_prepositions"`
	// GenericCounts are the nouns counted of many things in one story
	// (people, years, times, cases): a count of any other noun that each
	// of two articles states once is very likely one fact. Unset, no
	// count gets the point.
	GenericCounts []string `toml:"generic_counts"`
	// PersonNouns are the nouns that count people ("people", "workers",
	// "passengers"): a figure another article gives as a count of
	// people in general (one of them in GenericCounts too) is no
	// statement of a count of things, a noun in neither list ("six
	// people injured" of "seven vans"; peopleAndThings,
	// kind_autofacts_support.go). Unset, no two nouns are told apart
	// so.
	PersonNouns []string `toml:"person_nouns"`
	// LabelNouns are nouns whose number after them is a label, not a
	// count ("on move 41", "at hole 7", "after round 3"): the label of
	// one thing, compared with the same label elsewhere and with the
	// rank that says it ("the 87th move"), never with a count of the
	// noun (kind_autofacts_label.go).
	LabelNouns []string `toml:"label_nouns"`
	// CompoundNotCounted are the words that, joined by a hyphen to a
	// number before a noun, do not name what the number counts ("a
	// 52-strong crew", "40-odd years"); any other such word is the
	// counted noun ("the 27-wagon train": kind_autofacts_label.go).
	CompoundNotCounted []string `toml:"compound_not_counted"`
	// SpanStarts are verbs of the start of a span of work ("began",
	// "started"): a year after one dates the start, not a figure after
	// "and" and a verb of its own ("began in 2011 and employed 870
	// people at its height", said of the span).
	SpanStarts []string `toml:"span_starts"`
	// AgeRoles are the nouns an age of an unnamed person is keyed by
	// ("the 52-year-old driver", "the driver, 52,"); AgeOthers, just
	// before such an age, tell of a second person of the role
	// ("another", "second").
	AgeRoles  []string `toml:"age_roles"`
	AgeOthers []string `toml:"age_others"`
	// AgeLeads are words that may stand between the comma after a
	// name and the person's age ("Ada Merrow, aged 37,").
	AgeLeads []string `toml:"age_leads"`
	// AgeDescriptions are the ids of names rules whose names, after
	// "the 38-year-old", describe a person ("the 38-year-old Chilean
	// stood"): age_bare.go.
	AgeDescriptions []string `toml:"age_descriptions"`
	// count_groups and counted_as: kind_autofacts_nouns.go.
	nounGroupsConfig
	// CompoundWords: kind_autofacts_compound.go.
	CompoundWords []compoundWordConfig `toml:"compound_words"`
	// MeasuredOf: kind_autofacts_measureof.go.
	MeasuredOf []string `toml:"measured_of"`
	// ShareSubjects: kind_autofacts_share.go.
	ShareSubjects [][]string `toml:"share_subjects"`
	// ShareWholes: kind_autofacts_share.go.
	ShareWholes map[string]string `toml:"share_wholes"`
	// RolePhrases: kind_autofacts_rolephrase.go.
	RolePhrases []rolePhraseConfig `toml:"role_phrases"`
	// HarmedNouns: kind_autofacts_rolenoun.go.
	HarmedNouns []string `toml:"harmed_nouns"`
	// BareVerbPhrases: kind_autofacts_bareverb.go.
	BareVerbPhrases []bareVerbPhraseConfig `toml:"bare_verb_phrases"`
	// OnBoard: kind_autofacts_aboard.go.
	OnBoard onBoardConfig `toml:"on_board"`
}

// tollDirection is how a contrast group's figure may change between
// articles of different dates.
type tollDirection uint8

const (
	// notToll: the figure is compared whatever the dates.
	notToll tollDirection = iota
	// tollRises: a later article may give more, never fewer.
	tollRises
	// tollMoves: a later article may give more or fewer.
	tollMoves
)

func newAutoFactsRule(t *tomlx.Table, info Info) (Rule, error) {
	c := autoFactsConfig{comparisonKeys: comparisonKeys{Window: 6}, MinScore: 2}
	if err := t.Decode(&c); err != nil {
		return nil, err
	}
	setCommon(&info, c.Common)
	if err := c.check(t, info.ID); err != nil {
		return nil, err
	}
	if c.MinScore < 1 {
		return nil, t.Errorf("min_score", "rule %q: min_score must be at least 1, not %d", info.ID, c.MinScore)
	}
	roles, exactRoles := map[string]int{}, map[string]int{}
	var roleNames, roleKeys []string
	for g, group := range c.Contrasts {
		if len(group) == 0 {
			return nil, t.Errorf("contrasts", "rule %q: contrasts[%d] is empty", info.ID, g)
		}
		roleNames = append(roleNames, strings.ToLower(strings.TrimPrefix(group[0], "=")))
		roleKeys = append(roleKeys, "role:"+roleNames[g])
		for _, w := range group {
			m, key := roles, stem(w)
			if exact, ok := strings.CutPrefix(w, "="); ok {
				m, key = exactRoles, strings.ToLower(exact)
			}
			if prev, dup := m[key]; dup && prev != g || key == "" {
				return nil, t.Errorf("contrasts", "rule %q: %q is empty or in two contrast groups", info.ID, w)
			}
			m[key] = g
		}
	}
	syn := map[string]int{}
	var canon []wordID
	for g, group := range c.Synonyms {
		if len(group) < 2 {
			return nil, t.Errorf("synonyms", "rule %q: synonyms[%d] needs at least two words", info.ID, g)
		}
		canon = append(canon, wordHash(stem(strings.ToLower(group[0]))))
		for _, w := range group {
			st := stem(strings.ToLower(w))
			if prev, dup := syn[st]; dup && prev != g {
				return nil, t.Errorf("synonyms", "rule %q: %q is in two synonyms groups", info.ID, w)
			}
			syn[st] = g
		}
	}
	tolls := make([]tollDirection, len(roleNames))
	for _, set := range []struct {
		field string
		names []string
		dir   tollDirection
	}{{"rising_tolls", c.RisingTolls, tollRises}, {"moving_tolls", c.MovingTolls, tollMoves}} {
		for _, w := range set.names {
			g := slices.Index(roleNames, strings.ToLower(w))
			if g < 0 {
				return nil, t.Errorf(set.field, "rule %q: %s names %q, which is not the first word of a contrasts group", info.ID, set.field, w)
			}
			if tolls[g] != notToll && tolls[g] != set.dir {
				return nil, t.Errorf(set.field, "rule %q: %q is in rising_tolls and moving_tolls", info.ID, w)
			}
			tolls[g] = set.dir
		}
	}
	changes := make([]bool, len(roleNames))
	for _, w := range c.Changes {
		g := slices.Index(roleNames, strings.ToLower(w))
		if g < 0 {
			return nil, t.Errorf("changes", "rule %q: changes names %q, which is not the first word of a contrasts group", info.ID, w)
		}
		changes[g] = true
	}
	rolePhrases, phraseEnds, err := rolePhrasesOf(t, info.ID, c.RolePhrases, roleNames)
	if err != nil {
		return nil, err
	}
	bareVerbPhrases, err := bareVerbPhrasesOf(t, info.ID, c.BareVerbPhrases)
	if err != nil {
		return nil, err
	}
	places := make([]bool, len(roleNames))
	for _, w := range c.PlaceRoles {
		g := slices.Index(roleNames, strings.ToLower(w))
		if g < 0 {
			return nil, t.Errorf("place_roles", "rule %q: place_roles names %q, which is not the first word of a contrasts group", info.ID, w)
		}
		places[g] = true
	}
	for _, w := range c.PlaceNouns {
		if g, ok := roles[stem(w)]; !ok || !places[g] {
			return nil, t.Errorf("place_nouns", "rule %q: place_nouns names %q, which is not a word of a place_roles group", info.ID, w)
		}
	}
	var generic map[string]bool
	for _, w := range c.GenericCounts {
		if generic == nil {
			generic = map[string]bool{}
		}
		generic["count:"+stem(strings.ToLower(w))] = true
	}
	var persons, personWords map[string]bool
	for _, w := range c.PersonNouns {
		if persons == nil {
			persons, personWords = map[string]bool{}, map[string]bool{}
		}
		persons["count:"+stem(strings.ToLower(w))] = true
		personWords[strings.ToLower(w)] = true
	}
	var synonyms *idMap
	if len(syn) > 0 {
		synonyms = newIDMap(syn)
	}
	nouns, err := newNounGroups(t, info.ID, c.nounGroupsConfig)
	if err != nil {
		return nil, err
	}
	compound, err := compoundWords(t, info.ID, c.CompoundWords)
	if err != nil {
		return nil, err
	}
	shareSubjects, err := shareSubjectGroups(t, info.ID, c.ShareSubjects)
	if err != nil {
		return nil, err
	}
	wholeOf, err := wholeSynonyms(t, info.ID, "whole_synonyms", c.WholeSynonyms)
	if err != nil {
		return nil, err
	}
	ofNouns, err := wholeSynonyms(t, info.ID, "of_synonyms", c.OfSynonyms)
	if err != nil {
		return nil, err
	}
	heights, err := heightFrames(t, info.ID, c.HeightFrames)
	if err != nil {
		return nil, err
	}
	onBoard, err := newOnBoard(t, info.ID, c.OnBoard)
	if err != nil {
		return nil, err
	}
	if c.MaxRatio != 0 && c.MaxRatio < 1 {
		return nil, t.Errorf("max_ratio", "rule %q: max_ratio is a factor of at least 1, not %v", info.ID, c.MaxRatio)
	}
	return &autoFactsRule{
		synonyms:    synonyms,
		canon:       canon,
		maxRatio:    c.MaxRatio,
		roles:       roles,
		maybeRole:   newFirstBytes(unionKeys(roles, exactRoles), true),
		exactRoles:  exactRoles,
		roleIDs:     newIDMap(roles),
		roleNames:   roleNames,
		roleKeys:    roleKeys,
		tolls:       tolls,
		changes:     changes,
		places:      places,
		rolePhrases: rolePhrases,
		phraseEnds:  phraseEnds,
		harmedNouns: wordSet(c.HarmedNouns),

		bareVerbPhrases: bareVerbPhrases,
		placeNouns:      wordSet(c.PlaceNouns),
		placePreps:      wordSet(c.PlacePrepositions),
		info:            info,
		window:          c.Window,
		minScore:        c.MinScore,
		tolerance:       c.Tolerance,
		openBound:       c.OpenBound,
		minor:           c.MinorGap,
		major:           c.MajorGap,
		frames:          wordSet(c.FrameWords),
		remainders:      wordSet(c.RemainderWords),
		balances:        wordSet(c.BalanceWords),
		besides:         wordSet(c.BesidesWords),
		fillVerbs:       wordSet(c.FillVerbs),
		reporting:       wordSet(c.ReportingVerbs),
		scopes:          wordSet(c.ScopeWords),
		scopeKeys:       scopeKeys(c.ScopeWords),
		wholeOf:         wholeOf,
		ofNouns:         ofNouns,
		heights:         heights,

		localDollars:        c.LocalDollars,
		ageRoles:            wordSet(c.AgeRoles),
		ageDescriptionRules: c.AgeDescriptions,
		labelNouns:          wordSet(c.LabelNouns),
		notCounted:          wordSet(c.CompoundNotCounted),
		spanStarts:          wordSet(c.SpanStarts),
		ageOthers:           wordSet(c.AgeOthers),
		ageLeads:            wordSet(c.AgeLeads),

		specificCounts: generic != nil,
		genericCounts:  generic,
		personCounts:   persons,
		personWords:    personWords,
		nouns:          nouns,
		compoundWords:  compound,
		measuredOfDims: dimensionSet(c.MeasuredOf),
		shareSubjects:  shareSubjects,
		shareWholes:    shareWholesOf(shareSubjects, c.ShareWholes),
		onBoard:        onBoard,
	}, nil
}

// autoFacts are what the autofacts rule keeps of an article: its claims,
// and every figure it states, keyed or not.
type autoFacts struct {
	Claims  []claim
	Anchors []anchor
	// Day is the article's own date, when Dated: running tolls of
	// articles of different dates are compared as editions (tollUpdate).
	Day   dates.Day
	Dated bool
}

// anchor is a figure an article states, whatever it counts: "18 of the 22
// crew" states 18 though no noun follows it.
type anchor struct {
	// Dim is the unit's dimension, "" for a bare number.
	Dim  string
	Kind quantity.Kind
	Unit string
	// Strict and Rounded are the figure as written, without its
	// qualifier, in the dimension's base unit.
	Strict, Rounded quantity.Interval
	// Head marks a figure the article states in its headline only
	// (headlineEnd), nowhere in its body.
	Head bool
}

func anchorOf(q *quantity.Quantity, age bool) anchor {
	// The figure as written, without its qualifier (BareInterval: no
	// copy of the whole quantity to drop it).
	u := q.Unit
	if age {
		// "the 47-year-old" states the age that "Tervane, 47," does.
		u = nil
	}
	a := anchor{Kind: q.Kind, Unit: unitName(u), Strict: q.BareInterval(quantity.Strict).ToBase(u), Rounded: q.BareInterval(quantity.Rounded).ToBase(u)}
	switch {
	case age:
		a.Dim = ageDim
	case u != nil:
		a.Dim = u.Dimension
	}
	return a
}

// isAge reports an age written with a unit: "a four-year-old girl", "47
// years old".
func isAge(text string, q *quantity.Quantity) bool {
	rest := text[q.Span.End:]
	return q.Unit != nil && (strings.HasPrefix(rest, "-old") || strings.HasPrefix(rest, " old"))
}

// ageDim is the dimension of an anchor written as an age ("nine years
// old", "the 47-year-old"). It restates only an age claim ("Tervane, 47,"):
// taken for a bare number, "the aircraft was nine years old" restated any
// nine of the story ("nine investigators"), and a claim changed to nine
// was then taken for another fact than the others' six.
const ageDim = "age"

// states reports whether the article of anchors states x's figure.
func states(anchors []anchor, x *claim) bool {
	f := statedFigureOf(x)
	for i := range anchors {
		if f.in(&anchors[i]) {
			return true
		}
	}
	return false
}

// statedFigure is what states asks of each anchor about a claim's
// figure: its dimension (an age's also matches an anchor written as an
// age), its kind, its unit's name, and its bounds in the base unit.
type statedFigure struct {
	dim, unit string
	age       bool
	kind      quantity.Kind
	lo, hi    float64
}

func statedFigureOf(x *claim) statedFigure {
	f := statedFigure{unit: unitName(x.Q.Unit), kind: x.Q.Kind, lo: x.Q.Value, hi: x.Q.High}
	if x.Q.Unit != nil {
		f.dim = x.Q.Unit.Dimension
	} else {
		f.age = strings.HasPrefix(x.Key, "age|")
	}
	if math.IsInf(f.hi, 1) {
		f.hi = f.lo // a part, claimed again of its whole: the figure stated is the part's
	}
	if x.Q.Unit != nil {
		f.lo, f.hi = x.Q.Unit.ToBase(f.lo), x.Q.Unit.ToBase(f.hi)
	}
	return f
}

// in reports whether anchor a states the figure.
func (f *statedFigure) in(a *anchor) bool {
	if (a.Dim != f.dim && (!f.age || a.Dim != ageDim)) || a.Kind != f.kind {
		return false
	}
	// A person's age is stated only as an age: "64 homes" in another
	// outlet is no "Siddiqui, 64" (an age the article gives is an
	// anchor of ageDim, however it is written).
	if f.age && a.Dim != ageDim {
		return false
	}
	iv := a.Rounded
	if a.Unit == f.unit {
		iv = a.Strict
	}
	return iv.Contains(f.lo) && iv.Contains(f.hi)
}

// localDollar reports whether x is an amount written with a bare "$"
// that the article of anchors states in a local dollar: where one
// article gives "A$40 million ($26 million)", another's "$40 million" is
// the same sum in the local dollar, not a disagreement with the US
// figure. The US reading is still compared where no article of the
// pair gives the figure in another dollar.
func (r *autoFactsRule) localDollar(anchors []anchor, x *claim) bool {
	if len(r.localDollars) == 0 || x.Q.Unit == nil || x.Q.Unit.Dimension != "currency:USD" || !bareDollar(x.Shown) {
		return false
	}
	for _, dim := range r.localDollars {
		for i := range anchors {
			a := &anchors[i]
			if a.Dim == dim && a.Kind == x.Q.Kind && a.Rounded.Contains(x.Q.Value) && a.Rounded.Contains(x.Q.High) {
				return true
			}
		}
	}
	return false
}

// bareDollar reports whether shown, a claim as written, gives its sum
// with a "$" no letter comes before ("$40 million", not "US$40
// million"), the sign that stands for whichever dollar the writer's
// country uses.
func bareDollar(shown string) bool {
	i := strings.IndexByte(shown, '$')
	if i < 0 {
		return false
	}
	if i == 0 {
		return true
	}
	b := shown[i-1]
	return (b < 'A' || b > 'Z') && (b < 'a' || b > 'z')
}

// statesWithin reports whether the article of anchors states a figure
// inside the interval of x, a claim with a qualifier: "at least 127"
// elsewhere supports "more than 120", which then is not the odd one out
// against a 172 that disagrees with both.
func statesWithin(anchors []anchor, x *claim, openBound float64) bool {
	if x.Q.Qualifier == nil {
		return false
	}
	dim := ""
	if x.Q.Unit != nil {
		dim = x.Q.Unit.Dimension
	}
	iv := capOpen(x.Q.Interval(quantity.Strict).ToBase(x.Q.Unit), &x.Q, openBound)
	if math.IsInf(iv.Lo, 0) || math.IsInf(iv.Hi, 0) {
		return false // an open bound is supported by any figure beyond it
	}
	for i := range anchors {
		a := &anchors[i]
		if a.Dim == dim && a.Kind == x.Q.Kind && iv.Contains(a.Strict.Lo) && iv.Contains(a.Strict.Hi) {
			return true
		}
	}
	return false
}

// comparisonKeys are the keys of the rules that compare claims.
type comparisonKeys struct {
	// Window is how many words around a quantity are read.
	Window    int     `toml:"window"`
	Tolerance float64 `toml:"tolerance"`
	MinorGap  float64 `toml:"minor_gap"`
	MajorGap  float64 `toml:"major_gap"`
	// OpenBound caps "at least N" and "more than N" at N*(1+OpenBound)
	// (0: no cap).
	OpenBound float64 `toml:"open_bound"`
}

// check validates the keys.
func (c *comparisonKeys) check(t *tomlx.Table, id string) error {
	if c.Window < 1 || c.Window > 50 {
		return t.Errorf("window", "rule %q: window must be between 1 and 50 words, not %d", id, c.Window)
	}
	for _, k := range []struct {
		key string
		v   float64
	}{{"tolerance", c.Tolerance}, {"minor_gap", c.MinorGap}, {"open_bound", c.OpenBound}} {
		if k.v < 0 || k.v > 1 {
			return t.Errorf(k.key, "rule %q: %s is a fraction of the value, between 0 and 1, not %v", id, k.key, k.v)
		}
	}
	if c.MajorGap < 0 {
		return t.Errorf("major_gap", "rule %q: major_gap is a fraction of the value and cannot be negative", id)
	}
	return nil
}

func (r *autoFactsRule) Info() *Info { return &r.info }

// useSet takes the grammar words of the rule set, and the story's fact
// rules: a quantity that one of them claims is compared by that rule,
// and not again here.
func (r *autoFactsRule) useSet(s *Set) {
	r.g = s.grammar
	r.titles = map[string]bool{}
	for k, v := range s.Segment.Abbreviations {
		if v == segment.Title {
			r.titles[k] = true
		}
	}
	r.g.stopIDs = newIDSet(r.g.stop)
	if r.nouns != nil {
		r.nouns.stop = r.g.stop // "140 people will work there" (kind_autofacts_nouns.go)
	}
	// The words of a synonyms group are one context word: the group's
	// first.
	r.g.synonyms, r.g.canon = r.synonyms, r.canon
	r.classes = &classTable{}
	for _, c := range []struct {
		ws words
		c  wordClass
	}{
		{r.g.stop, classStop}, {r.g.preps, classPrep}, {r.g.modifiers, classModifier},
		{r.frames, classFrame}, {r.reporting, classReporting}, {r.scopes, classScope},
		{determiners, classDeterminer}, {clauseVerbs, classClauseVerb}, {r.remainders, classRemainder},
		{r.balances, classBalance}, {r.besides, classBesides}, {r.phraseEnds, classPhraseEnd},
	} {
		r.classes.add(c.ws, c.c)
	}
	if r.onBoard != nil {
		r.classes.add(r.onBoard.nouns(), classAboard)
	}
	r.unitLabels = map[*quantity.Unit]string{}
	r.percent = nil
	r.durationUnits = nil
	r.unitVariants = nil
	if s.Quantities != nil {
		for _, u := range s.Quantities.Units() {
			r.unitLabels[u] = unitLabel(u)
			for _, f := range s.Quantities.Variants(u.Name) {
				if u.Offset == 0 {
					if r.unitVariants == nil {
						r.unitVariants = map[string][]float64{}
					}
					r.unitVariants[u.Name] = append(r.unitVariants[u.Name], f/u.Factor)
				}
			}
			if u.Dimension == durationKey && u.Offset == 0 && u.Factor > 0 {
				r.durationUnits = append(r.durationUnits, u)
			}
			if r.percent == nil && u.Dimension == "ratio" && u.Factor == 0.01 && u.Offset == 0 {
				r.percent = u // the unit of a share (kind_autofacts_proportion.go)
			}
		}
	}
	slices.SortStableFunc(r.durationUnits, func(a, b *quantity.Unit) int { return cmp.Compare(b.Factor, a.Factor) })
	r.facts = nil
	for _, x := range s.All {
		if f, ok := x.(*factRule); ok && !s.Disabled[f.info.ID] {
			r.facts = append(r.facts, f)
		}
	}
	r.ageDescriptions = ageDescriptionsOf(s, r.ageDescriptionRules)
}

// Check returns the article's claims and figures (*autoFacts).
func (r *autoFactsRule) Check(a *Article, _ *Reporter) any {
	qs := a.Quantities()
	if len(qs) == 0 {
		return (*autoFacts)(nil)
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	conv := a.Conversions()
	// Tokens that belong to some amount are not context; ranks are ("the
	// first trip in four years").
	memo := newCtxMemo(len(toks))
	defer memo.release()
	memo.g, memo.classes = &r.g, r.classes
	inQuantity := memo.inQuantity
	for i := range qs {
		q := &qs[i] // not a copy of each quantity
		if q.Kind == quantity.Ordinal {
			continue
		}
		for j := q.Tokens[0]; j < q.Tokens[1]; j++ {
			inQuantity[j] = true
		}
	}
	covered := map[int]bool{}
	for _, f := range r.facts {
		_, numbers := f.claimed(a)
		for _, n := range numbers {
			covered[n] = true
		}
	}
	// A year belongs to the figure nearest it in its sentence: "in 2016,
	// when her party won 66 seats" is about 2016, "rose to 64.8% from
	// 61.9% in 2020" dates 61.9% only. A figure of another year is
	// another fact.
	// years[i] are the years of quantity i: a slice of the memo's, one
	// per quantity, in place of a map made for each article and asked
	// for every claim.
	years := slices.Grow(memo.years[:0], len(qs))[:len(qs)]
	clear(years)
	defer func() { clear(years); memo.years = years[:0] }()
	// Every walk below asks only of the year's own sentence: when the
	// quantities are in sentence order, as extraction gives them, they
	// walk the year's run of them (sentenceRun), not all the article's.
	inOrder := sentencesInOrder(qs)
	for i := range qs {
		q := &qs[i]
		if (q.Kind != quantity.Year || q.Range) && !attributiveYear(text, toks, q) {
			continue
		}
		lo, hi := 0, len(qs)
		if inOrder {
			lo, hi = sentenceRun(qs, i)
		}
		if !otherFigureIn(qs, lo, hi, i) {
			continue // every walk below dates another figure of the sentence, and it has none
		}
		if inFullDate(a, q) {
			continue // "on 3 March 1952": the day of an event, not a year of its figures
		}
		// "the worst flood since 2007, when the river rose to 6.1
		// metres": a clause opened by ", when" just after the year
		// tells what happened that year, so every figure after it in
		// the sentence is of that year, not only the nearest one; so
		// does one opened by "after", up to its end (afterClauseEnd).
		end := len(toks)
		if !whenClauseAfter(text, toks, q) {
			end = afterClauseEnd(text, toks, a.Seg.Sentences[q.Sentence], q)
		}
		if end >= 0 {
			for k := lo; k < hi; k++ {
				p := &qs[k]
				if p.Kind != quantity.Year && p.Sentence == q.Sentence && p.Tokens[0] > q.Tokens[1] && p.Tokens[0] < end && !slices.Contains(years[k], q.Value) {
					years[k] = append(years[k], q.Value)
				}
			}
		}
		if j := q.Tokens[0] - 1; j >= 0 && sinceWord(toks[j].Text(text)) {
			continue // "since 2011" reaches the present
		}
		// A figure after an adverb of the present that follows the
		// year is of the present, not of the year (presentAfter).
		present := presentAfter(text, toks, q.Tokens[1], a.Seg.Sentences[q.Sentence].Last)
		// "In March 2014 a sinkhole opened two streets away, and the
		// school was shut for five weeks": a year that opens its
		// sentence, the sentence's only one, sets the time of all of
		// it, each clause joined on included.
		if from := sentenceOpeningYear(text, toks, a.Seg.Sentences, qs[lo:hi], q); from >= 0 {
			for k := lo; k < hi; k++ {
				p := &qs[k]
				if k != i && p.Kind != quantity.Year && p.Sentence == q.Sentence && p.Tokens[0] >= from && !slices.Contains(years[k], q.Value) && p.Tokens[0] <= present {
					years[k] = append(years[k], q.Value)
				}
			}
		}
		best, bestD := -1, 0
		asideOpen, asideClose := r.yearAside(text, toks, a.Seg.Sentences[q.Sentence], q)
		since := sinceClause(text, toks, a.Seg.Sentences[q.Sentence], q)
		anchor := -1
		if since < 0 {
			anchor = anchorClause(text, toks, a.Seg.Sentences[q.Sentence], q)
		}
		if since < 0 {
			since = relativeClause(a.Calendar, text, toks, a.Seg.Sentences[q.Sentence], q)
		}
		for k := lo; k < hi; k++ {
			p := &qs[k]
			if p.Kind == quantity.Year || p.Sentence != q.Sentence || k == i {
				continue
			}
			if asideOpen >= 0 && p.Tokens[0] >= asideClose {
				continue // after the aside the year closes
			}
			if since >= 0 && p.Tokens[1] <= since && (toks[since].Kind == segment.Word || verbBetween(a.Calendar, text, toks, p.Tokens[1], since)) {
				continue // before the "since" or relative clause the year is in
			}
			if p.Tokens[0] > present {
				continue // "founded in 1998 and now employs 300"
			}
			if anchor >= 0 && anchorDated(toks, p, anchor) {
				continue // "fined £40,000 after a tank failure in 2016"
			}
			d := q.Tokens[0] - p.Tokens[1]
			if p.Tokens[0] > q.Tokens[0] {
				d = p.Tokens[0] - q.Tokens[1]
			}
			if best < 0 || d < bestD {
				best, bestD = k, d
			}
		}
		// "won in 2015 and was re-elected in May 2022 with 61.2%":
		// a year with another year between it and the figure dates an
		// earlier clause, not the figure.
		if best >= 0 && yearBetween(qs[lo:hi], q, &qs[best]) {
			best = -1
		}
		// "cost £9m, against a budget of £7m set in 2019, an overrun
		// of 28%": a year that closes its clause with a comma dates the
		// figure of that clause (yearOpensClause, below), not a nearer
		// one after the comma, which opens another clause.
		before := yearOpensClause(qs[lo:hi], toks, q)
		if before >= 0 && since >= 0 && qs[before+lo].Tokens[1] <= since && toks[since].Kind == segment.Word {
			before = -1
		}
		if before >= 0 && anchor >= 0 && anchorDated(toks, &qs[before+lo], anchor) {
			before = -1
		}
		if best >= 0 && before >= 0 && qs[best].Tokens[0] > q.Tokens[0] && q.Tokens[1] < len(toks) && toks[q.Tokens[1]].Kind == segment.Punct && toks[q.Tokens[1]].Text(text) == "," {
			best = -1
		}
		// "The rebuilding started in 2011 and employed 870 people at its height":
		// the year dates the start of a span of work (span_starts); a
		// figure after "and" and a verb of its own is said of the span,
		// which the year does not date. After a verb of one act ("the
		// storm struck in 2011 and destroyed 870 homes") the year dates
		// both.
		if best >= 0 && a.Calendar != nil && len(r.spanStarts) > 0 && r.spanStartBefore(text, toks, a.Seg.Sentences[q.Sentence], q) && andVerbBetween(a.Calendar, text, toks, q, &qs[best]) {
			best = -1
		}
		if best >= 0 && !slices.Contains(years[best], q.Value) { // the when clause may have dated it
			years[best] = append(years[best], q.Value)
		}
		// "fined 1.2 million lei (about $260,000) in 2021": the nearest
		// figure is a conversion, and the figure it restates is the same
		// sum, of the same year, where the year closes the bracket (its
		// ")" and a word between them at most). A year further on ("a
		// 62ft (19m) yacht, which was seized in 2020") dates a later
		// clause. (The ")" ends the bracketed figure's tokens or is
		// the first token after them.)
		if best >= 0 && qs[best].Tokens[1] <= q.Tokens[0] && q.Tokens[0]-qs[best].Tokens[1] <= 2 {
			if k := restatedBy(a, qs, conv, best); k >= 0 && !slices.Contains(years[k], q.Value) {
				years[k] = append(years[k], q.Value)
			}
		}
		// "A magnitude 5.9 quake in the same province in 2016 killed 12
		// people": the year dates the whole clause it closes, so the
		// figure before it in that clause (no figure and no punctuation
		// between them) is of that year too, even when one after it is
		// nearer. "has 2,400 staff, and was founded in 1937" keeps its
		// figure: a comma ends the clause.
		if before >= 0 && before+lo != best && !slices.Contains(years[before+lo], q.Value) {
			years[before+lo] = append(years[before+lo], q.Value)
		}
	}
	years = r.relativeYears(a, qs, years) // "last year": kind_autofacts_relyear.go
	// The claims are built where they are kept, in an article's claim
	// room (claimRoom) with space for two claims per quantity (the most
	// claimFor appends), so that the slice never grows: a claim is 376
	// bytes, and building them in scratch room to copy them out at their
	// exact number cost a zeroed allocation and a copy of every claim.
	// The room goes back to the memo's pool once the checker has encoded
	// the facts (RecycleFacts).
	claims := memo.claimRoom(2 * len(qs))
	namedAge := slices.Grow(memo.namedAge[:0], len(qs))[:len(qs)]
	clear(namedAge)
	// The figures are located in text order, through one cursor that
	// steps on from the last figure's run and line (locator), where
	// diag.At searched both from scratch for each end of each figure.
	var loc locator
	located := false
	memo.claimSent = memo.claimSent[:0]
	memo.claimQ = memo.claimQ[:0]
	for i := range qs {
		q := &qs[i]
		if conv[i] >= 0 || len(covered) > 0 && covered[q.Number.Start] {
			continue // restates the quantity before it, or a fact rule has it
		}
		if attributiveYear(text, toks, q) {
			continue // a year, dating the figure nearest it above
		}
		first := len(claims)
		claims = r.claimFor(a, q, text, toks, inQuantity, memo, claims)
		if len(claims) == first {
			continue
		}
		c := &claims[first]
		if !located {
			loc, located = newLocator(a.Doc), true
		}
		c.Loc = loc.at(q.Span)
		namedAge[i] = strings.HasPrefix(c.Key, "age|") && q.Unit == nil
		// A conversion that follows is quoted with the claim.
		if i+1 < len(qs) && conv[i+1] == i {
			end := qs[i+1].Span.End
			if strings.HasPrefix(strings.TrimSpace(text[q.Span.End:qs[i+1].Span.Start]), "(") && end < len(text) && text[end] == ')' {
				end++ // the closing parenthesis, from the text rather than appended
			}
			c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: end})
			c.Conv = convFigure(q, &qs[i+1])
		}
		if n := q.Tokens[1]; r.onBoard != nil && q.Unit == nil && n < len(toks) && toks[n].Kind == segment.Word && r.is(memo, text, toks, n, classAboard) {
			// "carrying 51 passengers and seven crew": everyone on
			// board, claimed again (kind_autofacts_aboard.go).
			claims = r.appendAboard(a, qs, i, claims, first)
			c = &claims[first]
		}
		for k := first; k < len(claims); k++ {
			claims[k].Loc = c.Loc
			claims[k].Years = years[i]
		}
		for len(memo.claimSent) < len(claims) {
			memo.claimSent = append(memo.claimSent, int32(q.Sentence)) // each claim's sentence
		}
		for len(memo.claimQ) < len(claims) {
			memo.claimQ = append(memo.claimQ, int32(i)) // each claim's quantity
		}
	}
	companionFigures(claims, memo.claimSent, memo) // kind_autofacts_companion.go
	memo.claimSent = memo.claimSent[:0]
	memo.countKeys(claims)
	for i := range claims {
		claims[i].Unique = memo.keyCount[i] == 1
		if claims[i].Unique || r.maxRatio <= 0 {
			continue
		}
		// A figure of the key too far from this one to be compared with
		// it (the 25 yards of a shot beside the 9.3 miles a player ran)
		// is no rival: the claim is still the article's only one of its
		// size.
		claims[i].Unique = true
		// The claims of the key, in order (countKeys chains them).
		for j := int(memo.keyFirst[i]); j >= 0; j = int(memo.keyNext[j]) {
			if j != i && !farApart(&claims[i], &claims[j], r.maxRatio) && !hedgedWhole(&claims[i], &claims[j]) && sameYears(claims[i].Years, claims[j].Years) {
				claims[i].Unique = false
				break
			}
		}
	}
	r.personOwners(a, qs, claims, memo.claimQ, memo) // kind_autofacts_person.go
	memo.claimQ = memo.claimQ[:0]
	out := &autoFacts{Day: a.Ref.Day, Dated: a.Ref.Known}
	if len(claims) > 0 {
		out.Claims = memo.takeClaims(claims)
	}
	// The anchors are only asked whether one of them states a figure
	// (states), so a figure stated again in the same unit is kept once:
	// generated and real copy repeat their figures, and every
	// disagreeing pair of the corpus stage reads the anchors of two
	// articles.
	kept := memo.anchors[:0]
	set := &memo.anchorSet
	set.reset(len(qs))
	head := headlineEnd(text)
	for i := range qs {
		if qs[i].Kind == quantity.Year || conv[i] >= 0 && boundQualified(&qs[i]) {
			continue // a converted bound: below
		}
		// "Tervane, 47," states an age, as "the 47-year-old" does, and
		// restates no count: where a changed "31 riders" became 13,
		// another article's "Orlik, 13," was taken for the others'
		// statement of it, and the change was never reported.
		// "since he was nine" and "a boy of eight" state an age too
		// (kind_autofacts_pronage.go).
		an := anchorOf(&qs[i], namedAge[i] || isAge(text, &qs[i]) || pronounAge(text, toks, a.Seg.Sentences, &qs[i]) || r.ofAge(text, toks, &qs[i]))
		an.Head = qs[i].Span.Start < head
		if i+1 < len(qs) && conv[i+1] == i && an.Dim != ageDim {
			narrowByConversion(&an, &qs[i], &qs[i+1])
		}
		if k, at := set.find(kept, &an); k >= 0 {
			kept[k].Head = kept[k].Head && an.Head // stated in the body too
		} else {
			set.slots[at] = int32(len(kept) + 1)
			kept = append(kept, an)
		}
	}
	memo.anchors = kept[:0]
	memo.namedAge = namedAge[:0]
	if len(kept) > 0 {
		out.Anchors = append(takeAnchorRoom(len(kept)), kept...)
	}
	return out
}

// convFigure returns the figure of conv, a conversion restating q, for
// claim.Conv: a figure of one number, neither hedged nor a bound, in
// another unit of q's dimension; nil for any other (a sum in another
// currency is converted at a rate of the writer's day, which
// fact.conversion judges).
func convFigure(q, conv *quantity.Quantity) *figure {
	if q.Unit == nil || conv.Unit == nil || conv.Unit.Dimension != q.Unit.Dimension || conv.Unit.Name == q.Unit.Name ||
		strings.HasPrefix(q.Unit.Dimension, "currency:") || conv.Qualifier != nil || conv.Range || conv.Kind != quantity.Cardinal || conv.Value <= 0 {
		return nil
	}
	f := figureOf(conv)
	return &f
}

// narrowByConversion narrows an, the anchor of q, to what the
// conversion restating q in brackets states as well: "7,950 metres
// (26,083 feet)" states the 26,083 feet, not any figure that 7,950
// rounds (26,038 feet is 7,936 metres), though another unit's figure
// is read against q rounded (statedFigure.in). Where the two do not
// meet (a slip of the conversion, fact.conversion's to report), the
// anchor is left as it is.
func narrowByConversion(an *anchor, q, conv *quantity.Quantity) {
	if convFigure(q, conv) == nil {
		return
	}
	iv := convertedInterval(conv).ToBase(conv.Unit)
	r := &an.Rounded
	if !r.Overlaps(iv) {
		return
	}
	if iv.Lo > r.Lo {
		r.Lo, r.LoOpen = iv.Lo, iv.LoOpen
	}
	if iv.Hi < r.Hi {
		r.Hi, r.HiOpen = iv.Hi, iv.HiOpen
	}
}

// boundQualified reports whether q is written as a bound ("over 46mph",
// "almost 60 km", "at least $2m"), not as a figure or an estimate of one.
//
// The anchors leave out such a quantity where it restates the one before
// it (a conversion, "40 knots, or over 46mph"): the bound says only
// that the figure lies beyond it, and its bare number, rounded, may fall
// on another outlet's figure for the same fact (46mph is 39.5 to 40.4
// knots), which made the article seem to state that figure as well, so
// that a changed figure before the bound was taken for another fact and
// never compared. The figure it restates is an anchor of its own; a
// bound that does not hold is fact.conversion's to report.
func boundQualified(q *quantity.Quantity) bool {
	if q.Qualifier == nil {
		return false
	}
	switch q.Qualifier.Bound {
	case quantity.AtLeast, quantity.MoreThan, quantity.AtMost, quantity.LessThan, quantity.Nearly:
		return true
	}
	return false
}

// anchorSet finds, among the anchors an article keeps, the one that
// states the same figure as another (== on every field but Head), by a
// hash of the figure: an open-addressed table of their indexes in kept
// (plus one; 0 is empty), sized for all the article's quantities. A scan
// of the anchors kept for each figure (indexAnchor, the tests'
// reference) grew with the square of the figures and was a fiftieth of
// the claims' instructions on generated copy, which repeats its
// figures. Kept anchors are never equal to each other, so the one found
// is the one the scan found first.
type anchorSet struct {
	slots []int32
	mask  uint64
}

// reset empties the set for up to n anchors.
func (s *anchorSet) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if cap(s.slots) < size {
		s.slots = make([]int32, size)
	} else {
		s.slots = s.slots[:size]
		clear(s.slots)
	}
	s.mask = uint64(size - 1)
}

// anchorHash hashes an anchor's strict figure and kind, the fields
// equal anchors share; -0 is hashed as 0, which it equals.
func anchorHash(an *anchor) uint64 {
	lo, hi := an.Strict.Lo, an.Strict.Hi
	if lo == 0 {
		lo = 0
	}
	if hi == 0 {
		hi = 0
	}
	// A figure's bits differ most in their exponent and first digits,
	// the word's high bits: they are folded down before the
	// multiplication, whose high half is the hash.
	x := math.Float64bits(lo) ^ math.Float64bits(hi)*keyMul2 + uint64(an.Kind)
	x ^= x >> 32
	return x * keyMul >> 32
}

// find returns the index in kept of the anchor that states the same
// figure as an, or -1 and the free slot where an's index goes.
func (s *anchorSet) find(kept []anchor, an *anchor) (int, uint64) {
	for i := anchorHash(an) & s.mask; ; i = (i + 1) & s.mask {
		k := s.slots[i]
		if k == 0 {
			return -1, i
		}
		if x := &kept[k-1]; x.Strict == an.Strict && x.Rounded == an.Rounded && x.Kind == an.Kind && x.Dim == an.Dim && x.Unit == an.Unit {
			return int(k - 1), i
		}
	}
}

// whenClauseAfter reports whether the year q is followed by a comma and
// "when", which opens a clause about that year.
func whenClauseAfter(text string, toks []segment.Token, q *quantity.Quantity) bool {
	j := q.Tokens[1]
	return j+1 < len(toks) && toks[j].Kind == segment.Punct && text[toks[j].Start] == ',' &&
		toks[j+1].Kind == segment.Word && foldIs(toks[j+1].Text(text), "when")
}

// afterClauseEnd returns the end (a token, exclusive) of a clause opened
// by "after" right after the year q, with or without a comma, which tells
// what led to the event of that year: "was fined £90,000 in 2019 after a
// crane fell two floors, injuring two workers" dates the two workers as
// it dates the fine. The clause runs to the first mark, or past a comma
// to the participle phrase it opens ("..., injuring two workers"), and no
// further: after "who took charge in 2019 after the failed 2016 survey,"
// the sentence goes on with its own verb. "after which" and "after that"
// tell what came later, which the year does not date. It returns -1 where
// no such clause follows.
func afterClauseEnd(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) int {
	j := q.Tokens[1]
	if j < sent.Last && toks[j].Kind == segment.Punct && text[toks[j].Start] == ',' {
		j++
	}
	if j+1 >= sent.Last || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "after") || toks[j+1].Kind != segment.Word {
		return -1
	}
	if next := toks[j+1].Text(text); foldIs(next, "which") || foldIs(next, "that") || strings.EqualFold(next, "this") {
		return -1
	}
	participle := false
	for k := j + 1; k < sent.Last; k++ {
		if toks[k].Kind != segment.Punct {
			continue
		}
		if participle || text[toks[k].Start] != ',' || k+1 >= sent.Last || toks[k+1].Kind != segment.Word || !strings.HasSuffix(toks[k+1].Text(text), "ing") {
			return k
		}
		participle = true
	}
	return sent.Last
}

// attributiveYear reports whether q, read as a count, is a year that
// names an event before a singular noun: "the 2018 failure", "the city's
// 2011 collapse". The quantity table takes a year only after "in" and
// the like; such a count would otherwise leave the figure of the
// sentence undated ("the 2018 failure of another dam, which killed
// 30 people" is not this story's toll). A count of two thousand things
// has a plural noun, so a singular one after a plain four-digit number
// of the years of news copy, with "the" or a possessive before it, is
// a year.
func attributiveYear(text string, toks []segment.Token, q *quantity.Quantity) bool {
	if q.Kind != quantity.Cardinal || q.Unit != nil || q.Range || q.Qualifier != nil || q.Value < 1800 || q.Value > 2100 {
		return false
	}
	num := text[q.Number.Start:q.Number.End]
	if len(num) != 4 || strings.Trim(num, "0123456789") != "" {
		return false
	}
	before, after := q.Tokens[0]-1, q.Tokens[1]
	if before < 0 || after >= len(toks) {
		return false
	}
	if p := toks[before].Text(text); !foldIs(p, "the") && !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
		return false
	}
	next := toks[after].Text(text)
	if len(next) < 3 || strings.HasSuffix(next, "s") {
		return false
	}
	for _, c := range next {
		if c < 'a' || c > 'z' {
			return false // a lower-case word: not a name, a number or a sign
		}
	}
	return true
}

// sentenceOpeningYear returns the first token of the clause that the
// year q opens, or -1: q opens its sentence, or a clause after a colon
// or a semicolon, after "In" and at most a month or "early", "late" ("In
// 2014,", "In March 2014 the mine", "Back in 2009", "the van's second
// brake scare in three years: in May 2021 the firm called back ..."), and is the only
// year of the sentence (another year dates the figures near it). The
// year dates every figure of its clause and of the clauses joined on
// after it, never one before the colon.
func sentenceOpeningYear(text string, toks []segment.Token, sents []segment.Sentence, qs []quantity.Quantity, q *quantity.Quantity) int {
	if q.Kind != quantity.Year || q.Range || q.Sentence < 0 || q.Sentence >= len(sents) {
		return -1
	}
	sent := sents[q.Sentence]
	first := sent.First
	// The mark nearest before the year: a colon or a semicolon opens
	// the clause, any other mark leaves the year inside one. Only the
	// four tokens before the year are looked at: the clause's words
	// before the year are at most three, so a mark further back leaves
	// too many of them whatever it is (the year opens nothing), as
	// does the sentence's start further back.
	for j := q.Tokens[0] - 1; j > sent.First && j >= q.Tokens[0]-4; j-- {
		if t := toks[j]; t.Kind == segment.Punct {
			if c := text[t.Start]; c == ':' || c == ';' {
				first = j + 1
			}
			break
		}
	}
	if q.Tokens[0]-first > 3 {
		return -1 // more than "In", a month and one word before it
	}
	in := -1
	for j := first; j < q.Tokens[0]; j++ {
		if toks[j].Kind != segment.Word {
			return -1
		}
		if foldIs(toks[j].Text(text), "in") {
			in = j
		}
	}
	if in < 0 || q.Tokens[0]-first > 3 || in-first > 1 {
		return -1 // "In" first, or after "Back"; then a month at most
	}
	for k := range qs {
		if p := &qs[k]; p != q && p.Sentence == q.Sentence && (p.Kind == quantity.Year || attributiveYear(text, toks, p)) {
			return -1
		}
	}
	return first
}

// yearAside finds the aside a year closes: "The co-operative, founded
// in 1990, has 2,400 staff" dates the founding, not the staff, though
// 2,400 is the figure nearest the year. (A figure before the aside is
// of the thing the aside tells of, and may still take the year: "the
// 14km tunnel, opened in 1990, ...".) An aside is opened by a comma
// and a lower-case word that is no preposition (a participle, "which"),
// within a few words before the year, and closed by a comma right after
// it. "Polls show that, in 2016, the party won 66 seats" has no aside:
// the year opens with "in" and dates the clause. The aside may go on
// after the year in words alone, no figure among them, up to its
// closing comma: "The mill, opened in 1961 and enlarged twice since,
// can grind 4,000 tonnes a day" dates the opening, not the mill's
// capacity. It returns the tokens of the two commas, or -1, -1.
func (r *autoFactsRule) yearAside(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (opening, closing int) {
	const reach = 6 // words between the comma and the year, and after the year
	c := q.Tokens[1]
	for n := 0; c < sent.Last && n <= reach && toks[c].Kind == segment.Word && isLowerWord(toks[c].Text(text)); c, n = c+1, n+1 {
	}
	if c >= sent.Last || toks[c].Kind != segment.Punct || text[toks[c].Start] != ',' {
		return -1, -1
	}
	for j, n := q.Tokens[0]-1, 0; j > sent.First && n <= reach; j-- {
		if toks[j].Kind == segment.Word {
			n++
			continue
		}
		if toks[j].Kind == segment.Possessive {
			continue // a word's: ", set by Tarn's crew in 2019,"
		}
		if toks[j].Kind != segment.Punct || text[toks[j].Start] != ',' || toks[j+1].Kind != segment.Word {
			return -1, -1
		}
		w := toks[j+1].Text(text)
		if !isLowerWord(w) || r.g.preps.hasLower(w) {
			return -1, -1
		}
		return j, c
	}
	return -1, -1
}

// yearBetween reports whether another year of y's sentence lies between
// the year y and the figure p.
func yearBetween(qs []quantity.Quantity, y, p *quantity.Quantity) bool {
	lo, hi := y.Tokens[1], p.Tokens[0]
	if p.Tokens[0] < y.Tokens[0] {
		lo, hi = p.Tokens[1], y.Tokens[0]
	}
	for k := range qs {
		o := &qs[k]
		if o != y && o.Kind == quantity.Year && o.Sentence == y.Sentence && o.Tokens[0] >= lo && o.Tokens[1] <= hi {
			return true
		}
	}
	return false
}

// spanStartBefore reports whether a verb of span_starts stands before
// the year y, up to spanStartReach words before it ("began in 2011",
// "started in May 2011").
func (r *autoFactsRule) spanStartBefore(text string, toks []segment.Token, sent segment.Sentence, y *quantity.Quantity) bool {
	for j := y.Tokens[0] - 1; j >= sent.First && j >= y.Tokens[0]-spanStartReach && toks[j].Kind == segment.Word; j-- {
		if r.spanStarts.hasLower(toks[j].Text(text)) {
			return true
		}
	}
	return false
}

// spanStartReach is how many words before a year spanStartBefore reads.
const spanStartReach = 3

// andVerbBetween reports whether the figure p, after the year y in its
// sentence, opens the object of a predicate of its own that "and" joins
// after the year: "and" and a verb in the past ("started in 2011 and
// employed 870 people"), the words right between them, nothing else
// between the year and "and".
func andVerbBetween(cal *dates.Lexicon, text string, toks []segment.Token, y, p *quantity.Quantity) bool {
	j := y.Tokens[1]
	if p.Tokens[0] <= j || p.Tokens[0] != j+2 || toks[j].Kind != segment.Word || !strings.EqualFold(toks[j].Text(text), "and") {
		return false
	}
	v := toks[j+1]
	if v.Kind != segment.Word {
		return false
	}
	w := v.Text(text)
	return isLowerWord(w) && pastForm(cal, w)
}

// sentencesInOrder reports whether qs are in the order of their
// sentences (each Sentence at least the one before), so that the
// quantities of one sentence are a run of them (sentenceRun).
func sentencesInOrder(qs []quantity.Quantity) bool {
	for i := 1; i < len(qs); i++ {
		if qs[i].Sentence < qs[i-1].Sentence {
			return false
		}
	}
	return true
}

// otherFigureIn reports whether qs[lo:hi] hold a figure other than
// qs[i], in its sentence, that is no year: the only figures a year
// dates. A year alone among the figures of its sentence ("founded in
// 1961") dates none, and the clauses around it are not read.
func otherFigureIn(qs []quantity.Quantity, lo, hi, i int) bool {
	s := qs[i].Sentence
	for k := lo; k < hi; k++ {
		if k != i && qs[k].Kind != quantity.Year && qs[k].Sentence == s {
			return true
		}
	}
	return false
}

// sentenceRun returns the bounds lo, hi of the run of qs (in the order
// of their sentences: sentencesInOrder) that holds qs[i] and every other
// quantity of its sentence.
func sentenceRun(qs []quantity.Quantity, i int) (lo, hi int) {
	s := qs[i].Sentence
	lo, hi = i, i+1
	for lo > 0 && qs[lo-1].Sentence == s {
		lo--
	}
	for hi < len(qs) && qs[hi].Sentence == s {
		hi++
	}
	return lo, hi
}

// sinceClause returns the token of the "since" that opens the clause of
// the year q, a few words before it with nothing but words between
// ("since the harbour was dredged in 1998"), or -1. Such a clause tells from when
// a state has held, as "since 1998" does: a figure before it ("the
// dyke, 3 metres tall and standing since the harbour was dredged in 1998") is
// the state's now, not the year's. A figure after the year is dated as
// before.
func sinceClause(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) int {
	const reach = 5 // tokens between "since" and the year
	for j := q.Tokens[0] - 1; j >= sent.First && j >= q.Tokens[0]-1-reach; j-- {
		if toks[j].Kind != segment.Word {
			return -1
		}
		if sinceWord(toks[j].Text(text)) {
			return j
		}
	}
	return -1
}

// anchorClause returns the token of the "after" or "before" that opens
// the phrase of the year q, a few words before it with nothing but words
// between ("fined £40,000 after a tank failure in 2016"), or -1. The phrase
// dates the event it names, not what came of it: a figure before it is
// of another time (the fine may have come a year later), as a figure
// before a "since" clause is. A figure after the year is dated as
// before ("after a tank failure in 2016 flooded 37 cellars").
func anchorClause(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) int {
	const reach = 5 // tokens between "after" and the year
	for j := q.Tokens[0] - 1; j > sent.First && j >= q.Tokens[0]-1-reach; j-- {
		if toks[j].Kind != segment.Word {
			return -1
		}
		if anchorWord(toks[j].Text(text)) {
			return j
		}
	}
	return -1
}

// anchorWord reports whether w is "after" or "before" in any case, as
// strings.EqualFold tells, by its length first: no letter of either folds
// from a rune outside ASCII, so a byte test per letter is exact.
func anchorWord(w string) bool {
	switch len(w) {
	case 5:
		return foldIs(w, "after")
	case 6:
		return foldIs(w, "before")
	}
	return false
}

// anchorDated reports whether figure p stands before the "after" or
// "before" of a year's phrase, token anchor (anchorClause), in its
// clause: nothing but words between them. A duration is left to its
// year ("collapsed twice in 30 years after a fall in 1993" is measured
// from it), and so is a figure a comma parts from the phrase.
func anchorDated(toks []segment.Token, p *quantity.Quantity, anchor int) bool {
	if p.Tokens[1] > anchor || p.Unit != nil && p.Unit.Dimension == durationKey {
		return false
	}
	for j := p.Tokens[1]; j < anchor; j++ {
		if toks[j].Kind != segment.Word {
			return false
		}
	}
	return true
}

// sinceWord reports whether w is "since" in any case, as
// strings.EqualFold tells, by its length first: the long s (two bytes)
// folds to "s", so "since" is also met at six bytes.
func sinceWord(w string) bool {
	switch len(w) {
	case 5:
		return foldLit(w, "since")
	case 6:
		return w[:2] == "\u017f" && foldIs(w[2:], "ince")
	}
	return false
}

// relativeClause returns the comma before the "which" that opens the
// relative clause of the year q ("the yacht, which was launched in
// 2019"), with nothing but words from "which" to the year, or -1. The
// clause tells of the noun the comma follows, and its year dates that
// noun's act: a figure of the noun ("the 14km tunnel, which opened in
// 1999") takes the year, but not a figure of a clause whose verb comes
// between it and the comma ("spent £2 million preparing the yacht,
// which was launched in 2019", "240 people worked on the build, which
// began in 2021"): verbBetween tells them apart.
func relativeClause(cal *dates.Lexicon, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) int {
	const reach = 8 // words between "which" and the year
	if cal == nil {
		return -1
	}
	for j := q.Tokens[0] - 1; j > sent.First && j >= q.Tokens[0]-1-reach; j-- {
		if toks[j].Kind != segment.Word {
			return -1
		}
		if foldIs(toks[j].Text(text), "which") {
			if isComma(text, toks[j-1], ",") {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// verbBetween reports whether a lower-case verb, in the past by the
// calendar's words or in "-ing", stands among the words from token from
// to the comma at token comma, the last word before the comma left out:
// that word is the noun a relative clause tells of ("the 30-storey
// building, which").
func verbBetween(cal *dates.Lexicon, text string, toks []segment.Token, from, comma int) bool {
	if cal == nil {
		return false
	}
	for j := from; j < comma-1; j++ {
		w := toks[j].Text(text)
		if toks[j].Kind != segment.Word || !isLowerWord(w) {
			continue
		}
		if lw := strings.ToLower(w); pastForm(cal, lw) || len(lw) > 4 && strings.HasSuffix(lw, "ing") {
			return true
		}
	}
	return false
}

// presentAfter returns the token of the first adverb of the present
// ("now", "today", "currently", "nowadays") among tokens from to to, or
// len(toks) when there is none: a figure after it, in a clause after a
// year ("the mill, which was founded in 1998 and now employs 300
// people"), is of the present, not of the year.
func presentAfter(text string, toks []segment.Token, from, to int) int {
	for j := from; j < to && j < len(toks); j++ {
		if toks[j].Kind != segment.Word {
			continue
		}
		if presentWord(toks[j].Text(text)) {
			return j
		}
	}
	return len(toks)
}

// presentWord reports whether w is "now", "today", "currently" or
// "nowadays" in any case, as strings.EqualFold tells: by its length
// first, so that most words cost a compare, not four calls. A word of
// another length than its literal folds to it only through a letter
// of more than one byte (the long s, two bytes, folds to "s"; only "s"
// and "k" among ASCII letters have such a fold): "nowadays" is met so at
// nine bytes.
func presentWord(w string) bool {
	switch len(w) {
	case 3:
		return foldIs(w, "now")
	case 5:
		return foldIs(w, "today")
	case 8:
		return foldLit(w, "nowadays")
	case 9:
		return foldIs(w, "currently") || foldIs(w[:7], "nowaday") && w[7:] == "\u017f"
	}
	return false
}

// yearOpensClause returns the index in qs of the figure just before the
// year q in its sentence when nothing but words lies between them, or -1.
func yearOpensClause(qs []quantity.Quantity, toks []segment.Token, q *quantity.Quantity) int {
	prev := -1
	for k := range qs {
		p := &qs[k]
		if p.Sentence == q.Sentence && p.Kind != quantity.Year && p.Tokens[1] <= q.Tokens[0] && (prev < 0 || p.Tokens[1] > qs[prev].Tokens[1]) {
			prev = k
		}
	}
	if prev < 0 {
		return -1
	}
	for j := qs[prev].Tokens[1]; j < q.Tokens[0]; j++ {
		if toks[j].Kind != segment.Word {
			return -1
		}
	}
	return prev
}

// isOfWord reports whether word token t is "of", in any case, by its two
// bytes: ownerOf asks it of every word before every figure.
func isOfWord(text string, t segment.Token) bool {
	return t.End-t.Start == 2 && text[t.Start]|0x20 == 'o' && text[t.Start+1]|0x20 == 'f'
}

// restatedCount reports a count of a hundred or more after a
// demonstrative, token j ("all of those 18,400 seats"): copy
// points back with it to a count it states, as the count itself, where
// a small one picks members out ("these two men") and a time is a frame
// ("those two years").
func restatedCount(text string, toks []segment.Token, j int, q *quantity.Quantity) bool {
	return q.Unit == nil && q.Value >= 100 && !q.Range && (wordIs(text, toks, j, "those") || wordIs(text, toks, j, "these"))
}

// claimFor appends to out the automatic claim of one quantity, if it has
// a key, and a second claim keyed by its contrast word, if it has one.
func (r *autoFactsRule) claimFor(a *Article, q *quantity.Quantity, text string, toks []segment.Token, skip []bool, memo *ctxMemo, out []claim) []claim {
	if q.Kind == quantity.Year || q.Sentence < 0 || q.Sentence >= len(a.Seg.Sentences) {
		return out
	}
	sent := a.Seg.Sentences[q.Sentence]
	// "heavier than two family cars": a count right after "than" with
	// no bound of its own is the standard a comparison measures by, no
	// figure of the story. (The bounds "more than", "fewer than" are
	// the count's qualifier; a measure after "than", "faster than 60
	// km/h", bounds the story's own.)
	if j := q.Tokens[0] - 1; q.Unit == nil && q.Kind == quantity.Cardinal && q.Qualifier == nil && j >= sent.First && wordIs(text, toks, j, "than") {
		return out
	}
	r.readSentence(memo, a, q.Sentence, skip)
	// "those two years", "the past three days": a frame of time or a
	// reference back, not a figure the article reports.
	if j := q.Tokens[0] - 1; j >= sent.First && toks[j].Kind == segment.Word && r.is(memo, text, toks, j, classFrame) && !furtherSum(r, memo, text, toks, j, q) &&
		(currencyOf(q.Unit) == "" || !r.is(memo, text, toks, j, classBalance)) && // "the remaining €36,000" is claimed
		!restatedCount(text, toks, j, q) {
		if q.Unit != nil || q.Kind != quantity.Cardinal || !r.is(memo, text, toks, j, classBesides) {
			return out
		}
		// "Another 29 were injured": the whole of another role
		// (kind_autofacts_besides.go).
		at := len(out)
		return keepBesides(r.claimOf(a, q, text, toks, sent, skip, memo, out), at)
	}
	return r.claimOf(a, q, text, toks, sent, skip, memo, out)
}

// claimOf is claimFor past its frame word: it appends the claims of q,
// of sentence sent, to out.
func (r *autoFactsRule) claimOf(a *Article, q *quantity.Quantity, text string, toks []segment.Token, sent segment.Sentence, skip []bool, memo *ctxMemo, out []claim) []claim {
	// shareOf is the subject of a share of a whole ("turnout was 58% of
	// the members"), claimed again under it (subjectShare).
	var shareOf string
	// shareWhole is the token of the noun of a share_wholes whole the
	// claim is "of" ("78% of its capacity"), or -1, and shareWholeOf the
	// subject it is claimed again under (subjectShareWhole).
	shareWhole, shareWholeOf := -1, ""
	// Loc is set by Check, for the claims kept: most figures turn out
	// to have no key, and diag.At was a fifth of this stage.
	//
	// The claim is built in place, field by field, in the room after
	// out (which has room for it: see Check), not on the stack to be
	// copied there: a claim is 376 bytes, many of them pointers, and
	// its copy took the collector's bulk write barrier whenever it was
	// marking. The room after the claims is zero (claimRoom, and
	// dropClaim for a quantity that turns out to have no claim).
	at := len(out)
	if at < cap(out) {
		out = out[:at+1]
	} else {
		out = append(out, claim{})
	}
	c := &out[at]
	c.Q, c.Shown = figureOf(q), spanText(a, q.Span)
	// rc is the claim keyed by the contrast word, when hasRole: built
	// in the memo's room for it, not in a claim zeroed on the stack for
	// every figure (376 bytes), which few figures use.
	rc := &memo.roleClaim
	hasRole := false
	end := q.Tokens[1]
	// nounEnd is where the default branch's claims end; noRole, that
	// its roleWithin found no contrast word there; scope and scoped,
	// the scope suffix finish found for the contrast claim rc.
	nounEnd := end
	noRole, scoped := false, false
	scope := ""
	// nameCompl is the complement naming a place or person that narrows
	// a count ("on the Tern"), or "".
	nameCompl := ""
	bareKey := "" // the count's key without the complement (interned)
	switch {
	case q.Unit != nil:
		if q.Kind != quantity.Cardinal {
			return dropClaim(out, at)
		}
		// "the engine alone weighs two tonnes": a part singled out of a
		// whole, whose measure is not the whole's the other copy gives.
		for j, n := q.Tokens[0]-1, 0; j >= sent.First && n < 3; j-- {
			if toks[j].Kind != segment.Word {
				break
			}
			if foldIs(toks[j].Text(text), "alone") {
				return dropClaim(out, at)
			}
			n++
		}
		c.Key = q.Unit.Dimension
		var ok bool
		if c.Label, ok = r.unitLabels[q.Unit]; !ok {
			c.Label = unitLabel(q.Unit)
		}
		if isAge(text, q) {
			// "Tervane, a 47-year-old former mayor": the age of the
			// person named before it, the fact "Tervane, 47," states.
			if name, ok := apposedAgeWithUnit(a, toks, sent, q); ok {
				c.Key, c.Label = "age|"+strings.ToLower(name), "age of "+name
				c.Names = r.givenName(a, toks, sent, q.Tokens[0]-3, memo)
				// isAge saw "-old" or " old" after the unit.
				c.Shown = name + ", " + spanText(a, document.Span{Start: q.Span.Start, End: q.Span.End + len("-old")})
				c.Q.Unit = nil // compared with the bare "47" of "Tervane, 47,"
				break
			}
			if r.roleAge(a, toks, sent, q, c) {
				break // "the 29-year-old driver": keyed by the role (kind_autofacts_age.go)
			}
			// "the 29-year-old": whose age is not said; only "Tervane,
			// 47," is compared.
			return dropClaim(out, at)
		}
		// "three years ago" dates something; it is compared only with
		// other times ago, never with how long something lasted.
		if j := q.Tokens[1]; j < sent.Last && foldIs(toks[j].Text(text), "ago") {
			c.Key += "|ago"
			c.Label = "time ago"
		}
		// "a 62ft yacht", "a 10-hour journey": the noun the figure
		// measures is a modifier, as "armoured" is of vans. A verb's
		// past after a duration is no noun it measures but what
		// happened for that long ("17 days stranded", "nine hours
		// trapped"): the clause another outlet writes "stranded for
		// 17 days", a context word, not a modifier.
		if j := q.Tokens[1]; j < sent.Last && toks[j].Kind == segment.Word && !skip[j] && isLowerWord(toks[j].Text(text)) && !r.is(memo, text, toks, j, classStop) && !r.spentOn(text, toks, sent, q, j, memo) && (q.Unit.Dimension != durationKey || !pastVerb(a, toks[j].Text(text))) {
			c.Mods = []string{stem(toks[j].Text(text))}
		}
		// "190 miles up", "30ft tall": a height, whatever its word
		// (kind_autofacts_height.go).
		if h := r.heightFrame(memo, text, toks, sent, q); h != "" {
			c.Mods = []string{h}
		}
		if p := ratePeriod(a, toks, sent, q); p != "" {
			c.Mods = append(c.Mods, p) // "€2,700 a month": kind_autofacts_rate.go
		}
		// "two days of storms", "14 hours of counting": what the
		// figure measures is part of its key.
		if j := pastRestatement(a, toks, q); j+1 < sent.Last && toks[j].Kind == segment.Word && foldIs(toks[j].Text(text), "of") {
			k := j + 1
			for k < sent.Last && toks[k].Kind == segment.Word && r.is(memo, text, toks, k, classStop) {
				k++
			}
			if j+1 < k && foldIs(toks[j+1].Text(text), "them") {
				if h := r.themWholeAt(a, text, toks, sent, q, memo); h >= 0 {
					k = h // "860 flats, 25% of them": of the flats
				}
			}
			// "40% of the firm's staff" measures the staff, as "40% of
			// the staff" does: an owner before the noun is not what is
			// measured, and another outlet may leave it out.
			if k+1 < sent.Last && toks[k].Kind == segment.Word && toks[k+1].Kind == segment.Possessive {
				n := k + 2
				for n < sent.Last && toks[n].Kind == segment.Word && r.is(memo, text, toks, n, classStop) {
					n++
				}
				if n = pastFigures(text, toks, sent, n); n < sent.Last && toks[n].Kind == segment.Word { // kind_autofacts_ofwhole.go
					k = n
				}
			} else {
				k = pastFigures(text, toks, sent, k) // "of its 2,000 staff"
			}
			k = r.pastCompoundModifier(a, text, toks, sent, k, memo)
			if s := r.shareWholeAt(memo, text, toks, sent, q, k); s != "" {
				shareWhole, shareWholeOf = k, s // "78% of its capacity" as "78% full": kind_autofacts_share.go
			}
			if k < sent.Last && toks[k].Kind == segment.Word {
				if thr := r.ofThreshold(memo, text, toks, sent, k); thr != "" { // autofacts_ofthreshold.go
					c.Compl = memo.ofComplAt(text, toks, k) // "of " and the word's stem
					c.Key += "|" + c.Compl + thr
				} else if w, ok := r.wholeOfAt(memo, text, toks, k); ok {
					c.Compl = w // "of global trade" as "of world trade"
					c.Key += "|" + w
				} else if w, ok := r.ofNounAt(memo, text, toks, k); ok {
					c.Compl = w // "of greenery" as "of vegetation"
					c.Key += "|" + w
				} else {
					c.Compl, c.Key = memo.ofKeyAt(text, toks, k, c.Key) // c.Key + "|" + c.Compl
				}
				if shareDimension(q.Unit.Dimension) {
					shareOf = r.clauseSubject(a, text, toks, sent, q.Tokens[0]-1, memo) // kind_autofacts_share.go
				}
			}
		}
		// "turnout rose to 71%", "a premium of 18%": what a percentage
		// is said of (kind_autofacts_share.go).
		if c.Compl == "" && shareDimension(q.Unit.Dimension) {
			c.Head = r.shareSubject(a, text, toks, sent, q, memo)
		}
		// "a 3.2-tonne load of timber" (kind_autofacts_compound.go).
		if c.Compl == "" {
			if cp := r.compoundOf(text, toks, sent, q, memo); cp != "" {
				c.Compl = cp
				c.Key += "|" + cp
			}
		}
		// "four hours after the blast": a time measured from a named
		// event is that span only, not the whole of what the copy
		// tells ("freed after four hours", "the search lasted four
		// hours"); it is compared only with times from the same event.
		// "within two hours the roof had gone": how soon something
		// happened, not how long anything lasted ("crews worked for
		// ten hours"); compared only with other such times.
		if q.Unit.Dimension == durationKey && c.Compl == "" {
			if j := q.Tokens[0] - 1; j >= sent.First && toks[j].Kind == segment.Word && foldIs(toks[j].Text(text), "within") {
				c.Compl = "within"
				c.Key += "|" + c.Compl
			}
		}
		if q.Unit.Dimension == durationKey && c.Compl == "" {
			if j := q.Tokens[1]; j+1 < sent.Last && toks[j].Kind == segment.Word && eventAnchor(toks[j].Text(text)) {
				k := j + 1
				for k < sent.Last && toks[k].Kind == segment.Word && r.is(memo, text, toks, k, classStop) {
					k++
				}
				// Not a figure of its own ("14 hours after a
				// seven-week trial": the trial is measured, not
				// anchored to).
				if k < sent.Last && toks[k].Kind == segment.Word && isLowerWord(toks[k].Text(text)) && !strings.ContainsAny(toks[k].Text(text), "-0123456789") && (toks[k].End >= len(text) || text[toks[k].End] != '-') {
					c.Compl = strings.ToLower(toks[j].Text(text)) + " " + stem(toks[k].Text(text))
					c.Key += "|" + c.Compl
				}
			}
		}
	default:
		// "Tervane, 47, said": the age of the person named before it.
		if name, at, ok := apposedAge(text, toks, sent, q, r.ageLeads); ok {
			c.Key, c.Label = memo.ageKeyAt(text, toks, at) // "age|"+strings.ToLower(name), "age of "+name
			c.Names = r.givenName(a, toks, sent, at, memo)
			if toks[at].End+len(", ") == q.Span.Start && text[toks[at].End:q.Span.Start] == ", " {
				c.Shown = text[toks[at].Start:q.Span.End] // name + ", " + c.Shown, as written
			} else {
				c.Shown = name + ", " + c.Shown
			}
			break
		}
		if r.roleAge(a, toks, sent, q, c) {
			break // "the driver, 38,": keyed by the role (kind_autofacts_age.go)
		}
		// "nine in ten voters": a share, claimed as a percentage; its
		// whole is no count (kind_autofacts_proportion.go).
		if p, k := proportionWhole(a, q); p != nil {
			if !r.proportionClaim(a, c, q, p, k, memo) {
				return dropClaim(out, at)
			}
			r.finish(a, c, q, sent, k, skip, memo, false)
			return out
		}
		if proportionPart(a, q) {
			return dropClaim(out, at)
		}
		// A bare number counts the noun after it. One is too common a
		// word ("one of them") and the first or last too common a rank
		// to be compared without a rule.
		if q.Value <= 1 && !q.Range {
			return dropClaim(out, at)
		}
		np, hasNoun := r.g.countedNounIn(text, toks, sent, q, memo)
		if !hasNoun {
			np, hasNoun = repetitions(text, toks, sent, q) // "circled the Earth six times": kind_autofacts_times.go
		}
		if hasNoun {
			nounEnd = np.End
		}
		// "on move 41": a label, not a count (kind_autofacts_label.go).
		if !hasNoun && (r.labelClaim(a, c, q, sent, skip, memo) || r.compoundCountClaim(a, c, q, sent, skip, memo)) {
			return out // "the 27-wagon train": kind_autofacts_label.go
		}
		if !hasNoun && q.Kind == quantity.Ordinal {
			if j, ok := rankedMinute(text, toks, sent, q); ok {
				c.Key, c.Label = minuteKey, "minute"
				c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[j].End})
				c.Context, c.Near = r.g.contexts(a, sent, q.Tokens[0], j+1, minuteWindow, nearWindow, skip, memo)
				c.Role = r.role(text, toks, sent, q.Tokens[0], j+1, memo)
				return out
			}
		}
		if !hasNoun && q.Kind == quantity.Ordinal {
			// "The collapse was the third": the subject's noun
			// (kind_autofacts_rank.go).
			if sp, ok := r.rankSubject(text, toks, sent, q); ok {
				np, hasNoun = sp, true
			}
		}
		// A count next to a word of a contrast group is keyed by it too,
		// whatever it counts or if the noun is left out: "killed 20
		// people", "the death toll rose to 20", "20 were killed". Not
		// the whole of a part: "three of the nine were hurt".
		g, word := r.roleWithin(a, q.Sentence, q.Tokens[0], nounEnd, r.window, skip, memo)
		if g < 0 {
			g, word = r.levelRole(a, q, memo) // "the toll ... rose to nine": kind_autofacts_level.go
		}
		if g < 0 && hasNoun {
			g, word = r.nounRole(text, toks, np, memo) // "12 deaths": kind_autofacts_rolenoun.go
		}
		if g < 0 && hasNoun && len(np.Mods) > 0 {
			g, word = r.modRole(text, toks, q, np, memo) // "69 cancelled departures": kind_autofacts_rolenoun.go
		}
		// The claims of this branch are finished with end = nounEnd, and
		// role's tokens (window tokens on each side) are among
		// roleWithin's (window words on each side, from the same clause
		// start, with the same tests): where roleWithin finds no
		// contrast word, role finds none either and is not walked again.
		noRole = g < 0
		// A figure with a fraction ("a 7.1 quake kills nine") counts no
		// one.
		if g >= 0 && q.Kind == quantity.Cardinal && q.Value == math.Trunc(q.Value) && !r.partitiveTotal(text, toks, sent, q, memo) && !r.partOfWhole(text, toks, sent, q, memo) {
			*rc = *c
			rc.Key, rc.Label = r.roleKeys[g], strings.ToLower(word)
			rc.Shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[nounEnd-1].End})
			if hasNoun {
				rc.Head = r.roleHead(text, toks, np, memo) // kind_autofacts_rolenoun.go
			}
			scope, scoped = r.finish(a, rc, q, sent, nounEnd, skip, memo, false)
			hasRole = true
		}
		if !hasNoun {
			if hasRole {
				out[at] = *rc
				return out
			}
			// "a crowd of 52,340": the noun before "of".
			if n := r.g.nounBefore(text, toks, sent, q); n != "" && q.Kind == quantity.Cardinal {
				c.Key, c.Label = r.nouns.key("count:"+stem(n), "", text, toks, sent, 0, 0), n
				c.Shown = spanText(a, document.Span{Start: toks[q.Tokens[0]-2].Start, End: q.Span.End})
				r.finish(a, c, q, sent, end, skip, memo, noRole)
				return out
			}
			// "The attendance was 9,412": a group's noun the figure's
			// clause is said of (kind_autofacts_nouns.go).
			if j := r.nouns.linkedNoun(text, toks, sent, q); j >= 0 && q.Kind == quantity.Cardinal {
				n := strings.ToLower(toks[j].Text(text))
				c.Key, c.Label = r.nouns.key("count:"+stem(n), "", text, toks, sent, 0, 0), n
				c.Shown = spanText(a, document.Span{Start: toks[j].Start, End: q.Span.End})
				r.finish(a, c, q, sent, end, skip, memo, noRole)
				return out
			}
			// "40 of the 900 buses": a part counts the noun of its
			// whole (kind_autofacts_part.go).
			if head, last, sized, ok := r.partOf(a, text, toks, sent, q, memo); ok && q.Kind == quantity.Cardinal {
				c.Key, c.Label = r.nouns.key(memo.partKey(head), "", text, toks, sent, 0, 0), head
				c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[last].End})
				r.finish(a, c, q, sent, end, skip, memo, noRole)
				if !sized {
					// "320 of their ticket machines": also a bound of the
					// bare count (kind_autofacts_part.go).
					out = r.partAgain(a, text, toks, sent, q, head, last, memo, out, at)
				}
				return out
			}
			// "Of the 1,457 tenants, 659 are pensioners": the whole
			// opens the sentence (kind_autofacts_part.go).
			if head, ok := r.frontedPartOf(a, text, toks, sent, q, memo); ok && q.Kind == quantity.Cardinal {
				c.Key, c.Label = r.nouns.key(memo.partKey(head), "", text, toks, sent, 0, 0), head
				r.finish(a, c, q, sent, end, skip, memo, noRole)
				return out
			}
			// "By dusk, 212 had been shuttled across": keyed by its verb,
			// the noun found in the corpus stage (kind_autofacts_bareverb.go).
			if v, verb, ok := r.bareSubjectVerb(a, text, toks, sent, q, skip, memo); ok {
				c.Key, c.Label = bareVerbKey+strconv.FormatUint(v, 16), "number "+verb
				r.finish(a, c, q, sent, end, skip, memo, noRole)
				return out
			}
			return dropClaim(out, at)
		}
		c.Mods, c.Compl = np.Mods, np.Compl
		nameCompl = np.Compl
		label := np.Head
		if len(np.Mods) > 0 && np.End > q.Tokens[1] { // a subject's rank has its noun before it
			label = strings.ToLower(text[toks[q.Tokens[1]].Start:toks[np.End-1].End])
		}
		if q.Kind == quantity.Ordinal {
			c.Key = "rank:" + stem(np.Head)
			c.Label = "rank of " + label
		} else {
			c.Key = memo.countGroupKey(r.nouns, np.Head, text, toks, sent, q.Tokens[0], np.End) // r.nouns.key
			if p := countPeriod(a, toks, sent, np.End); p != "" {
				c.Key += p // "250,000 guests a year": kind_autofacts_rate.go
			} else if perItem(a, toks, sent, q, np.End, memo.cuesAt(q.Sentence)) {
				c.Key += perItemKey // "each hiker had two guides": kind_autofacts_each.go
			}
			c.Label = label
			bareKey = c.Key
		}
		// "14,000 fans at the Rook Arena": a crowd's place, no part of
		// the key (kind_autofacts_venue.go).
		if c.Compl != "" && q.Kind == quantity.Cardinal {
			if v := r.venueAt(text, toks, sent, c.Key, np.End, memo); v != "" {
				c.Compl, nameCompl = v, ""
			}
		}
		if c.Compl != "" && nameCompl != "" {
			c.Key = memo.nameComplKey(np.complID, c.Key, c.Compl) // c.Key + "|" + c.Compl
		}
		c.Shown = spanText(a, document.Span{Start: q.Span.Start, End: toks[np.End-1].End})
		end = np.End
		// "260 people filled the guild's hall": the place, no part of
		// the key (kind_autofacts_venue.go).
		if c.Compl == "" && q.Kind == quantity.Cardinal {
			c.Compl = r.venueOf(a, text, toks, sent, np.End, memo)
		}
	}
	if hasRole && scoped && end == nounEnd {
		// The contrast claim was finished from the same figure, sentence
		// and end: its context, near words, role, owner and scope are
		// this claim's too (contexts, role, ownerOf and scopeOf read
		// nothing else), so they are not walked for a second time. The
		// two claims share the context slices.
		c.Context, c.Near, c.Role, c.Owner = rc.Context, rc.Near, rc.Role, rc.Owner
		if scope != "" && !strings.HasPrefix(c.Key, "age|") {
			c.Key += scope
		}
	} else {
		r.finish(a, c, q, sent, end, skip, memo, noRole && end == nounEnd)
		r.addCompoundWord(text, toks, sent, q, c) // "the 900-tonne press": kind_autofacts_compound.go
	}
	if hasRole {
		out = append(out, *rc)
	}
	if nameCompl != "" && bareKey != "" && c.Compl == nameCompl && (c.Q.Qualifier == nil || c.Q.Qualifier.Bound != quantity.AtMost && c.Q.Qualifier.Bound != quantity.LessThan) {
		// "40 medics to Port Ellin" and "40 medics": another outlet
		// leaves the name out of the same count. The count is claimed
		// once more under the key without the complement, to be compared
		// with the counts that have none (complementsMatch). But a
		// complement may narrow the count to a part ("four trips to
		// Rome" of "nine trips"), and a part is no larger than its
		// whole: the claim made again says only that the whole is at
		// least the part. So "40 medics to Port Ellin" disagrees with
		// "30 medics", and "four trips to Rome" agrees with "nine
		// trips". (The cap on "at least" of open_bound would make the
		// part a share of the whole: the bound is dropped, and the
		// figure's own rounding kept.)
		bc := out[at]
		if len(bc.Key) != len(bareKey)+1+len(nameCompl) {
			bareKey = strings.Replace(bc.Key, "|"+nameCompl, "", 1) // a scope after it
		}
		bc.Key = bareKey
		bc.Compl = bareMark + nameCompl
		if bc.Q.Qualifier != nil && (bc.Q.Qualifier.Bound == quantity.AtLeast || bc.Q.Qualifier.Bound == quantity.MoreThan) {
			bc.Q.Qualifier = nil
		}
		bc.Q.High = math.Inf(1)
		out = append(out, bc)
	}
	if q.Unit != nil && len(r.measuredOfDims) > 0 {
		out = r.measuredOf(out, at) // "3,200 tonnes of ash": kind_autofacts_measureof.go
	}
	if shareWhole >= 0 {
		out = r.subjectShareWhole(out, at, text, toks[shareWhole], shareWholeOf) // "78% of its capacity": kind_autofacts_share.go
	}
	if shareOf != "" {
		out = subjectShare(out, at, shareOf) // "turnout was 58% of the members": kind_autofacts_share.go
	}
	return out
}

// pastCompoundModifier returns the noun that a hyphened compound at
// token k modifies ("supply-chain spending", "low-income households"),
// or k where the compound is not followed by one: the word after it in
// lower case, of three letters or more, neither a grammar word nor a
// verb's past ("the work-force stayed"). What a share is "of" is that
// noun, as another outlet's "spending on the supply chain" says.
func (r *autoFactsRule) pastCompoundModifier(a *Article, text string, toks []segment.Token, sent segment.Sentence, k int, memo *ctxMemo) int {
	e := k
	for e+2 < sent.Last && toks[e].Kind == segment.Word && hyphenAt(text, toks, e+1, sent.Last) && toks[e+2].Joined && toks[e+2].Kind == segment.Word {
		e += 2
	}
	n := e + 1
	if e == k || n >= sent.Last || toks[n].Kind != segment.Word || toks[n].Joined {
		return k
	}
	w := toks[n].Text(text)
	if len(w) < 3 || !isLowerWord(w) || r.is(memo, text, toks, n, classStop) {
		return k
	}
	if cal := a.Calendar; cal != nil && cal.Past[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
		return k
	}
	return n
}

// bareMark starts the Compl of a count's claim made again without its
// complement: "~to spain" is the claim of "four trips to Spain" under
// the key of "nine trips". Such a claim is compared only with claims
// that have no complement (complementsMatch), and only on the evidence
// of the words around them: "four trips to Spain" and "nine trips" are
// each their article's one count of trips, and that is no evidence that
// they count the same trips.
const bareMark = "~"

// spentOn reports whether token j, right after the sum q, is a verb in
// "-ing" that takes an object after it ("spent £3.8m fixing the lower
// floors", "£9m preparing Velmira", "£2m removing it"): what the sum was
// spent on, said as a clause, not a noun the sum measures ("a £40m
// housing scheme", "£5m funding for") that keeps two sums apart. Outlets
// name the work in other verbs ("fixing", "removing", "getting the boat
// ready"), and the modifier of one against the other's made them two
// facts. The object is a determiner, a pronoun or a capitalised name.
func (r *autoFactsRule) spentOn(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, j int, memo *ctxMemo) bool {
	if currencyOf(q.Unit) == "" || !strings.HasSuffix(toks[j].Text(text), "ing") || j+1 >= sent.Last || toks[j+1].Kind != segment.Word {
		return false
	}
	w := toks[j+1].Text(text)
	if r.is(memo, text, toks, j+1, classDeterminer) || startsUpper(w) {
		return true
	}
	switch w {
	case "it", "them", "him", "her", "this", "these", "those":
		return true
	}
	return false
}

// placeBare reports whether compl is that of a count made again without
// a complement that puts it in a named place, after "in" or "at" ("~in
// dunlow" of "381 growers in Dunlow County"). Such a count, one slip of
// the pen from the other article's count of the noun ("318 growers"),
// each its article's only one, is the story's count of the story's
// place: the slip is the point a shared word would be (match). The
// claim made again is still a lower bound, so a place's count larger
// than the whole is what it finds. A complement of other prepositions
// ("four trips to Spain") gets no such point, nor does a count that is
// no slip of the other ("46 growers" against "180 growers in Dunlow
// County" may count two sets).
func placeBare(compl string) bool {
	c, ok := strings.CutPrefix(compl, bareMark)
	return ok && (strings.HasPrefix(c, "in ") || strings.HasPrefix(c, "at "))
}

// complementsMatch reports whether claims with the complements a and b
// may be one fact: the same complement, or no complement against a count
// made again without its own (bareMark); two such counts are not, as
// "four trips to Spain" is not "two trips to Rome".
func complementsMatch(a, b string) bool {
	// A named place narrows nothing: it keeps apart only counts of two
	// places (kind_autofacts_venue.go).
	if va, vb := strings.HasPrefix(a, venueMark), strings.HasPrefix(b, venueMark); va || vb {
		if va && vb {
			return a == b
		}
		if va {
			a = ""
		} else {
			b = ""
		}
	}
	if a == b {
		return !strings.HasPrefix(a, bareMark)
	}
	return (a == "" && strings.HasPrefix(b, bareMark)) || (b == "" && strings.HasPrefix(a, bareMark))
}

// dropClaim clears the claim claimFor began at out[at] and returns out
// without it, so that the room after the claims stays zero.
func dropClaim(out []claim, at int) []claim {
	out[at] = claim{}
	return out[:at]
}

// unitLabel is the label of the claims of unit u: its dimension, or
// "amount in" a currency.
func unitLabel(u *quantity.Unit) string {
	if l, ok := strings.CutPrefix(u.Dimension, "currency:"); ok {
		return "amount in " + l
	}
	return u.Dimension
}

// finish adds a claim's context: the words around the quantity (tokens
// up to end), those just before it, and its contrast role (-1 without
// looking when noRole: the caller knows there is none). It returns the
// scope suffix it added to the key, and whether it looked for one (not
// for an age).
func (r *autoFactsRule) finish(a *Article, c *claim, q *quantity.Quantity, sent segment.Sentence, end int, skip []bool, memo *ctxMemo, noRole bool) (string, bool) {
	age := strings.HasPrefix(c.Key, "age|")
	var scope string
	c.Context, c.Near, c.Role, scope = r.aroundFigure(a, q.Sentence, q.Tokens[0], end, skip, memo, !noRole, !age)
	c.Owner = r.ownerOf(a.Doc.Text, a.Seg.Tokens, sent, q, memo)
	if age {
		return "", false
	}
	// Most figures have no scope word and no extra suffix: no
	// concatenation of empty strings (a call each).
	if extra := r.claimExtras(a, c, q, sent, memo); extra != "" { // kind_autofacts_parts.go
		scope += extra
	}
	if scope != "" {
		c.Key += scope
	}
	return scope, true
}

// aroundFigure returns what finish asks of the tokens on each side of a
// figure (tokens from to end) of sentence si: its context and near words
// (what contexts gives, with the rule's window), its contrast role (what
// role gives; -1 when not withRole) and its scope suffix ("" when not
// withScope). It reads them from the arrays readSentence fills once per
// sentence, in short loops without a call: walked per figure through the
// memo, the three walks asked it about each token three times over
// (throughput round 15). TestAroundFigure checks it against those walks.
//
// The scope suffix is that of the scope word nearest the figure within
// the window on either side. Claims of one scope word are compared with
// each other, never with claims without it: a figure for the
// constituency is a different fact from the statewide one, a design
// level from the level measured. The scan stops at another number, whose
// word it would be: "a crowd of 52,340 at the 55,000-capacity stadium".
func (r *autoFactsRule) aroundFigure(a *Article, si, from, end int, skip []bool, memo *ctxMemo, withRole, withScope bool) (ctx, near []wordID, role int, scope string) {
	r.readSentence(memo, a, si, skip)
	sent := a.Seg.Sentences[si]
	words, toks := memo.word, a.Seg.Tokens
	window := r.window
	// The context: window words on each side, the near words among the
	// first nearWindow before. The context is gathered where it is kept,
	// at the end of the memo's kept room, with room for its three walks
	// of window words at most, and sorted there (keptSorted): gathered
	// in scratch room, it was copied out for every figure.
	// A fragment answering a question takes the question's words too
	// (answeredQuestion, asked only after a question mark): room for
	// them as well. The near words, two walks of nearWindow at most,
	// are gathered on the stack and kept after the context, in the
	// room made for them here.
	room, question := 3*window+2*nearWindow, -1
	if afterQuestion(a, si) {
		question = answeredQuestion(a, si, from)
	}
	if question >= 0 {
		room += questionWords
	}
	memo.keepRoom(room)
	var nearRoom [2 * nearWindow]wordID
	ctx, nw := memo.kept[len(memo.kept):len(memo.kept)], nearRoom[:0]
	n := 0
	for j := from - 1; j >= sent.First && (n < window || n < nearWindow); j-- {
		if toks[j].Kind != segment.Word {
			continue
		}
		n++
		if w := words[j]; w != 0 {
			if n <= window {
				ctx = append(ctx, w)
			}
			if n <= nearWindow {
				nw = append(nw, w)
			}
		}
	}
	// The end of a change, "fell from 31C to 24C": its context is also
	// what changed, before "from", as its start's is, and so are its
	// near words ("fell from 31C to 24C" says "fell to 24C").
	// (changeStart asked only after a word of two bytes, as "to" is.)
	if j := from - 1; j > sent.First && toks[j].Kind == segment.Word && toks[j].End-toks[j].Start == 2 {
		if k := changeStart(a.Doc.Text, toks, sent, from); k >= 0 {
			n = 0
			for j := k - 1; j >= sent.First && n < window; j-- {
				if toks[j].Kind == segment.Word {
					n++
					if w := words[j]; w != 0 {
						ctx = append(ctx, w)
						if n <= nearWindow {
							nw = append(nw, w)
						}
					}
				}
			}
		}
	}
	n = 0
	for j := end; j < sent.Last && n < window; j++ {
		if toks[j].Kind == segment.Word {
			n++
			if w := words[j]; w != 0 {
				ctx = append(ctx, w)
			}
		}
	}
	if q := question; q >= 0 {
		// "His previous best? A mere 250 metres.": a figure that opens
		// a short fragment answering a question just before it takes
		// the question's words as context, as the fragment has none of
		// its own.
		r.readSentence(memo, a, q, skip)
		qs := a.Seg.Sentences[q]
		for j := qs.First; j < qs.Last; j++ {
			if w := memo.word[j]; w != 0 && toks[j].Kind == segment.Word {
				ctx = append(ctx, w)
			}
		}
	}
	ctx = memo.keptSorted(ctx)
	near = memo.keptNear(nw)
	// A sentence without a contrast word or without a scope word (most
	// have neither) is not walked for them (sentenceCues).
	role = -1
	cues := memo.cuesAt(si)
	if withRole && len(r.roles) > 0 && cues&cueRole != 0 {
		role = r.roleAround(a, sent, from, end, memo)
	}
	if withScope && len(r.scopes) > 0 && cues&cueScope != 0 {
		scope = r.scopeAround(a, sent, from, end, memo)
	}
	return ctx, near, role, scope
}

// afterQuestion reports whether the sentence before sentence si ends in
// a question mark: what answeredQuestion asks first, in a call that
// inlines, for every figure.
func afterQuestion(a *Article, si int) bool {
	if si <= 0 || si >= len(a.Seg.Sentences) {
		return false
	}
	p := &a.Seg.Sentences[si-1]
	if p.Last <= p.First {
		return false
	}
	t := &a.Seg.Tokens[p.Last-1]
	return t.Kind == segment.Punct && t.End-t.Start == 1 && a.Doc.Text[t.Start] == '?'
}

// changeStart returns, for a figure at token from after the word "to",
// the token of the "from" that opens its change ("from 31C to 24C",
// "from £4m a year to £6m"), or -1: a "from" at most changeReach tokens
// back, with a number between it and "to", at most changeWords other
// words and no comma or clause mark.
func changeStart(text string, toks []segment.Token, sent segment.Sentence, from int) int {
	j := from - 1
	if j <= sent.First || toks[j].Kind != segment.Word || !foldIs(toks[j].Text(text), "to") {
		return -1
	}
	number, words := false, 0
	for k := j - 1; k >= sent.First && k >= j-changeReach; k-- {
		t := &toks[k]
		switch t.Kind {
		case segment.Number:
			number = true
		case segment.Word:
			w := t.Text(text)
			if c := w[0]; c >= '0' && c <= '9' {
				number = true // "88F", "24C"
				continue
			}
			if foldIs(w, "from") {
				if number {
					return k
				}
				return -1
			}
			// Only the start's figure lies between: its unit, a
			// conversion in brackets, a word or two ("from a
			// roasting 88F").
			if words++; words > changeWords || foldIs(w, "to") {
				return -1
			}
		default:
			if c := text[t.Start]; c == ';' || c == ':' || c == '.' || c == ',' {
				return -1
			}
		}
	}
	return -1
}

// changeWords is how many words other than figures may lie between
// "from" and "to" (changeStart): "degrees Celsius (88 degrees
// Fahrenheit)".
const changeWords = 5

// changeReach is how many tokens back changeStart looks for "from".
const changeReach = 12

// roleAround is role for a figure of a read sentence (readSentence):
// the contrast group nearest the figure (tokens from..to) within the
// window, from the clause's first token (clauseFirst) on; at equal
// distance the word before wins ("killed 20 people, injured 50").
func (r *autoFactsRule) roleAround(a *Article, sent segment.Sentence, from, to int, memo *ctxMemo) int {
	text, toks := a.Doc.Text, a.Seg.Tokens
	first := r.clauseFirst(text, toks, sent, from, to, memo)
	roles := memo.tokRole
	place := -1 // the nearest place group (PlaceRoles), if no other
	after := r.roleWalkAfter(text, toks, sent, to, memo)
	for d := 1; d <= r.window; d++ {
		for _, j := range [2]int{from - d, after + d} {
			if j < first || j >= sent.Last || j >= to && ownFigureAfter(j, sent, memo.inQuantity) {
				continue
			}
			if g := int(roles[j]); g >= 0 && !r.leadsToLevel(text, toks, g, j, from) {
				if r.places[g] {
					if place < 0 {
						place = g
					}
					continue
				}
				return g
			}
		}
	}
	return place
}

// scopeAround is the scope suffix for a figure of a read sentence
// (readSentence), tokens from to end: that of the scope word nearest
// it within the window on either side, or "". At equal distance the
// word before wins; the scan stops at another number.
func (r *autoFactsRule) scopeAround(a *Article, sent segment.Sentence, from, end int, memo *ctxMemo) string {
	bits := memo.tokBits
	db, da := r.window+1, r.window+1
	jb, ja := -1, -1
	for j := from - 1; j >= sent.First && j >= from-r.window; j-- {
		if bits[j]&tokNumber != 0 {
			break
		}
		if bits[j]&tokScope != 0 {
			jb, db = j, from-j
			break
		}
	}
	for j := end; j < sent.Last && j < end+r.window && j-end+1 < db; j++ {
		if bits[j]&tokNumber != 0 {
			break
		}
		if bits[j]&tokScope != 0 {
			if fromPoint(a.Doc.Text, a.Seg.Tokens, end, j) {
				break // "landed 210 metres from its target": a point it is measured from
			}
			ja, da = j, j-end+1
			break
		}
	}
	switch {
	case da < db:
		jb = ja
	case jb < 0:
		return ""
	}
	return r.scopeKeys[strings.ToLower(a.Seg.Tokens[jb].Text(a.Doc.Text))]
}

// fromPoint reports whether scope word j after a figure ending at token
// end is the object of "from" right after the figure, a determiner and
// one word between them at most: "landed 210 metres from its target",
// "stopped 40 metres from the safety limit". The figure is a distance
// measured from the point the word names, not a target or a limit of
// its own, and keeps the key of the figures it is compared with.
func fromPoint(text string, toks []segment.Token, end, j int) bool {
	if j-end < 1 || j-end > 3 || !foldIs(toks[end].Text(text), "from") {
		return false
	}
	for k := end + 1; k < j; k++ {
		if toks[k].Kind != segment.Word {
			return false
		}
	}
	return true
}

// scopeKeys maps each scope word to the suffix of the keys of its
// claims, so that a claim is keyed without concatenating.
func scopeKeys(ws []string) map[string]string {
	m := make(map[string]string, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = "|" + strings.ToLower(w)
	}
	return m
}

// startsUpper reports a word that starts with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// ownerWindow is how many tokens before a figure its owner's name and
// verb may take: "The Greens won 14.2%", "Hale had lost £164,000".
const ownerWindow = 4

// ownerOf returns the name that is the subject of the clause giving the
// figure, lower-cased, or "": a capitalised word (not the sentence's
// first) followed only by lower-case words up to the figure, at least
// one of them (the verb). A punctuation mark or a reporting verb between
// them leaves the figure without an owner: "Adeyemi said 14 died" is the
// toll, as "police said 15 died" is.
func (r *autoFactsRule) ownerOf(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) string {
	relative := false
	for j := q.Tokens[0] - 1; j > sent.First && j >= q.Tokens[0]-ownerWindow-1; j-- {
		t := &toks[j]
		if t.Kind != segment.Word {
			// A relative clause's figure is its antecedent's: "the
			// plant, which employs 1,150 people".
			if t.Kind == segment.Punct && text[t.Start] == ',' && j < q.Tokens[0]-1 && !relative {
				// "Margaret Tulloch, 81, a retired teacher, lost
				// £212,000": the subject before an apposition.
				return r.subjectOf(text, toks, sent, j, memo)
			}
			if relative && t.Kind == segment.Punct && text[t.Start] == ',' {
				return r.antecedentName(text, toks, sent, j, memo)
			}
			return ""
		}
		if j < q.Tokens[0]-ownerWindow {
			return "" // only a comma may stand one further back
		}
		lw := memo.lexOf(text, toks, j)
		if lw.lower {
			relative = relative || lw.relative
			if lw.class&classReporting != 0 {
				return ""
			}
			// "Rana Dekova was one of just NINE pilots": the subject is
			// one of those counted, not their owner.
			if isOfWord(text, toks[j]) && wordIs(text, toks, j-1, "one") {
				return ""
			}
			continue
		}
		// A capitalised grammar or calendar word is no subject: "The
		// firm on Monday cut 200 jobs" and "the firm cut 200 jobs"
		// state one figure of one owner, not Monday's figure and
		// another's. (An acronym spelt like one, "US", is a name.)
		if lw.class&classStop != 0 && !lw.allCaps {
			continue
		}
		w := t.Text(text)
		if j == q.Tokens[0]-1 || !startsUpper(w) {
			return "" // no verb between ("Brent 84.2"), or not a name ("122mm")
		}
		if r.is(memo, text, toks, j+1, classPrep) {
			return "" // a place, not a subject: "to Karsa with 193 people"
		}
		if !lw.allCaps {
			return memo.loweredAt(text, toks, j) // ownerName's, without lowering the name per figure
		}
		return ownerName(text, toks, w)
	}
	return ""
}

// antecedentName returns the owner of a figure in a relative clause
// that the comma at token c opens, lower-cased, or "": the name just
// before the comma, when the relative pronoun follows it ("the Penrose
// Trust, which gave £3.6m" is the trust's gift, as "the Penrose Trust
// contributed £3.6m" is). A common noun ("the plant, which employs
// 1,150 people"), a word that opens the sentence or a grammar word
// leaves the figure without an owner, as before: a list of donors each
// in its relative clause ("the Trust, which gave £3.6m, the Council,
// which found £1.9m") no longer gives every gift to no one, so that
// one donor's sum is not taken for another's.
func (r *autoFactsRule) antecedentName(text string, toks []segment.Token, sent segment.Sentence, c int, memo *ctxMemo) string {
	n := c - 1
	if n <= sent.First || c+1 >= sent.Last || toks[n].Kind != segment.Word || toks[c+1].Kind != segment.Word {
		return ""
	}
	if !memo.lexOf(text, toks, c+1).relative {
		return ""
	}
	lw := memo.lexOf(text, toks, n)
	if lw.lower || lw.class&classStop != 0 && !lw.allCaps {
		return ""
	}
	if !lw.allCaps {
		return memo.loweredAt(text, toks, n)
	}
	return ownerName(text, toks, toks[n].Text(text))
}

// subjectOf returns the name that is the subject of the sentence before
// token limit, lower-cased (its last word: "Markus Heiden" is "heiden"),
// or "": the first run of capitalised words followed by the comma that
// opens an apposition, or by a possessive. Only an apposition closed by
// a comma just before the figure's clause makes the name its subject:
// "The ship slammed into the shoal, battered by 58mph winds" gives the
// winds no owner. A possessive passes the subject on
// to the name it owns ("The CCU's Markus Heiden"); a single capitalised
// word opening the sentence ("Rescuers, working all night, pulled") and
// a run opening with a preposition ("In Brunnwald, the party took") are
// not names the rule can tell from common words.
//
// A pack without reporting verbs cannot tell a subject from a source
// that only reports the clause, so it gets no owner this way.
func (r *autoFactsRule) subjectOf(text string, toks []segment.Token, sent segment.Sentence, limit int, memo *ctxMemo) string {
	if len(r.reporting) == 0 {
		return ""
	}
	for i := sent.First; i < limit; i++ {
		if toks[i].Kind != segment.Word || !startsUpper(toks[i].Text(text)) {
			continue
		}
		k := i
		for k < limit && toks[k].Kind == segment.Word && startsUpper(toks[k].Text(text)) {
			k++
		}
		first := i
		i = k - 1
		if k >= limit {
			return ""
		}
		if first == sent.First && (k-first == 1 || r.is(memo, text, toks, first, classPrep)) {
			continue
		}
		switch next := toks[k]; {
		case next.Kind == segment.Possessive:
			continue // the owned name follows
		case next.Kind == segment.Punct && text[next.Start] == ',':
			// A subject that only reports the clause giving the
			// figure does not own it: "Novak of Harlow Transit said
			// the bridge, built in Linz, carries no more than 40 tonnes".
			for m := k; m < limit; m++ {
				if toks[m].Kind == segment.Word && r.is(memo, text, toks, m, classReporting) {
					return ""
				}
			}
			return ownerName(text, toks, toks[k-1].Text(text))
		}
		return ""
	}
	return ""
}

// ownerName is the owner a name w stands for, lower-cased. An acronym
// the article spells out ("the Northern Farmers Union (NFU)") stands
// for the last word of its expansion, the word an outlet that writes
// the name out gets as the owner ("the Northern Farmers Union won"):
// without it, one article's "The NFU took 31%" and another's "the
// Northern Farmers Union won 31%" had two owners and were never
// compared.
func ownerName(text string, toks []segment.Token, w string) string {
	if isAllCaps(w) {
		if full := expansionOf(text, toks, w); full != "" {
			return strings.ToLower(full)
		}
	}
	return strings.ToLower(w)
}

// maxAcronymGap is how many lower-case words an acronym's expansion may
// hold between its capitalised words ("Union of Mine Workers").
const maxAcronymGap = 2

// expansionOf returns the last word of the run of capitalised words
// that the article spells acronym out with, "(ACRONYM)" just after it
// and its initials the acronym's letters, or "" when the article does
// not spell it out.
func expansionOf(text string, toks []segment.Token, acronym string) string {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].Kind != segment.Word || toks[i].Text(text) != acronym {
			continue
		}
		open, closing := toks[i-1], toks[i+1]
		if open.Kind != segment.Punct || text[open.Start] != '(' || closing.Kind != segment.Punct || text[closing.Start] != ')' {
			continue
		}
		letters := []rune(acronym)
		n, gap := len(letters), 0
		last := ""
		for j := i - 2; j >= 0 && n > 0 && toks[j].Kind == segment.Word; j-- {
			t := toks[j].Text(text)
			if !startsUpper(t) {
				if gap++; gap > maxAcronymGap || last == "" {
					break
				}
				continue
			}
			first, _ := utf8.DecodeRuneInString(t)
			if first != letters[n-1] {
				break
			}
			if last == "" {
				last = t
			}
			n--
		}
		if n == 0 {
			return last
		}
	}
	return ""
}

// minuteWindow is how many words on each side make the context of a
// minute (rankedMinute): its whole sentence, in practice. A report names
// the event of a minute in its own words ("curled a 25-yard screamer into
// the top corner in the 76th minute", "in the 67th minute, curling a shot
// into the top corner"), often further away than the window of other
// figures; the other minutes of a match are told apart by the same words.
const minuteWindow = 30

// minuteKey is the key of the minutes of rankedMinute.
const minuteKey = "rank:minute"

// commonWord reports whether w is not a name of the article: names are
// left out of contexts, as every sentence of a story shares them.
func (a *Article) commonWord(w string) bool {
	f := a.Names().Form(w)
	return f == nil || f.Mid == 0
}

// rankedMinute finds the minute after a rank, "the 67th minute" or "a
// 67th-minute strike", and returns its token. "minute" is a grammar word,
// too common to be a counted noun; but in a report of a match, a race or
// a debate the minute something happened in is a fact that outlets state
// alike. Other time words are left out on purpose: "the third day of
// talks" changes with the day an article is written.
func rankedMinute(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (int, bool) {
	j := q.Tokens[1]
	if j+1 < sent.Last && toks[j].Kind == segment.Punct && toks[j].Joined && text[toks[j].Start] == '-' {
		j++
	}
	if j < sent.Last && toks[j].Kind == segment.Word && foldIs(toks[j].Text(text), "minute") {
		return j, true
	}
	return 0, false
}

// partitiveTotal reports a count that is the whole of a part: "nine" in
// "three of the nine", "one of 40 members". A figure right after "of"
// that follows a noun of the sentence's own ("a toll of 17 lives",
// "the rescue of 300 climbers") is what that noun measures, not a
// whole: its contrast word keys it as "17 people died" is keyed. A part
// is a figure or a quantifier (a stop word: "most of 300"), and a whole
// after a noun has its determiner ("the deaths of the 17 crew" stays a
// whole).
func (r *autoFactsRule) partitiveTotal(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) bool {
	j := q.Tokens[0] - 1
	det := false
	for j >= sent.First && r.is(memo, text, toks, j, classDeterminer) {
		j--
		det = true
	}
	if j < sent.First || !foldIs(toks[j].Text(text), "of") {
		return false
	}
	if k := j - 1; !det && k >= sent.First && toks[k].Kind == segment.Word && !memo.inQuantity[k] &&
		isLowerWord(toks[k].Text(text)) && !r.is(memo, text, toks, k, classStop) {
		return false
	}
	return true
}

// partOfWhole reports a count that is a part of a total the sentence
// names: "40" in "263 were injured, 40 of them seriously", and "about 90" in "Of the 263 injured, about 90 are still
// in hospital". A part is not the toll its contrast word names. "Of the
// 22 seafarers aboard, 18 were winched to safety" keeps its 18: the
// contrast word is the part's own, not the whole's.
func (r *autoFactsRule) partOfWhole(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) bool {
	if j := q.Tokens[1]; j+1 < sent.Last && foldIs(toks[j].Text(text), "of") {
		w := strings.ToLower(toks[j+1].Text(text))
		if w == "them" || w == "whom" {
			// "41 detained, 23 of whom were arrested": a contrast word
			// after the part, other than the whole's, makes it a fact
			// of its own; "treated for injuries, 40 of them for head
			// wounds" stays a part of the injured.
			whole := -1
			for k := q.Tokens[0] - 1; k >= sent.First && whole < 0; k-- {
				if toks[k].Kind == segment.Word {
					whole = r.tokenRole(text, toks, k, memo)
				}
			}
			// A place ("40 of them at the regional hospital") is
			// where the part is, no fact of its own (PlaceRoles).
			for k := j + 2; k < sent.Last && toks[k].Kind == segment.Word; k++ {
				if g := r.tokenRole(text, toks, k, memo); g >= 0 && g != whole && !r.places[g] {
					return false
				}
			}
			return true
		}
		// "Eight of the dead were children", "nine of the injured are
		// critical": a part of the toll the word after "the" names,
		// not the toll. A contrast word of another group after it
		// makes it a fact of its own ("two of the injured died").
		if j+2 < sent.Last && (w == "the" || w == "those") && toks[j+2].Kind == segment.Word {
			whole := r.tokenRole(text, toks, j+2, memo)
			if whole < 0 || r.places[whole] {
				return false
			}
			for k := j + 3; k < sent.Last && toks[k].Kind == segment.Word; k++ {
				if g := r.tokenRole(text, toks, k, memo); g >= 0 && g != whole && !r.places[g] {
					return false
				}
			}
			return true
		}
	}
	// "Of the 263 injured, about 90": the figures after the comma that
	// closes an opening "Of the N ...". A place is no role of the whole:
	// "Of the 23 taken to hospital, five are critical" counts the
	// critical.
	if !foldIs(toks[sent.First].Text(text), "of") {
		return false
	}
	wholeRole := false
	for j := sent.First + 1; j < q.Tokens[0]; j++ {
		if toks[j].Kind == segment.Punct && text[toks[j].Start] == ',' {
			return wholeRole
		}
		if g := r.tokenRole(text, toks, j, memo); toks[j].Kind == segment.Word && g >= 0 && !r.places[g] {
			wholeRole = true
		}
	}
	return false
}

// roleWithin finds the contrast word within dist words of the quantity
// (tokens from..to) in its sentence si, the nearest first; -1 if none.
// It reads the sentence's tokens from the memo (readSentence, with skip).
func (r *autoFactsRule) roleWithin(a *Article, si, from, to, dist int, skip []bool, memo *ctxMemo) (int, string) {
	if len(r.roles) == 0 {
		return -1, ""
	}
	r.readSentence(memo, a, si, skip)
	if memo.cuesAt(si)&cueRole == 0 {
		return -1, "" // no contrast word in the sentence (sentenceCues)
	}
	text, toks := a.Doc.Text, a.Seg.Tokens
	sent := a.Seg.Sentences[si]
	bits, roles := memo.tokBits, memo.tokRole
	before, after := from, r.roleWalkAfter(text, toks, sent, to, memo)
	first := r.clauseFirst(text, toks, sent, from, to, memo)
	place, placeAt := -1, -1 // the nearest word of a place group (PlaceRoles)
	for d := 1; d <= dist; d++ {
		// Count words only, so "killed, at least 20" still reaches.
		for before > first {
			before--
			if bits[before]&tokWord != 0 {
				break
			}
		}
		for after+1 < sent.Last {
			after++
			if bits[after]&tokWord != 0 {
				break
			}
		}
		for _, j := range [2]int{before, after} {
			if j < first || j >= sent.Last || (j >= from && j < to) || bits[j]&tokWord == 0 || j >= to && ownFigureAfter(j, sent, skip) {
				continue
			}
			if g := int(roles[j]); g >= 0 && !r.leadsToLevel(text, toks, g, j, from) {
				if r.places[g] {
					if place < 0 {
						place, placeAt = g, j
					}
					continue
				}
				if _, ok := r.phraseRole(text, toks, j, memo); ok {
					return g, r.roleNames[g] // "critical", not "lives": kind_autofacts_rolephrase.go
				}
				return g, toks[j].Text(text)
			}
		}
	}
	if place >= 0 {
		return place, toks[placeAt].Text(text)
	}
	return -1, ""
}

// ownFigureAfter reports whether the word at j, after a figure, is
// followed right away by a figure of its own, which it takes as its
// object: in "a coach carrying 41 passengers, killing three" the 41 are
// not the killed, the three are. inQuantity marks the tokens of figures.
func ownFigureAfter(j int, sent segment.Sentence, inQuantity []bool) bool {
	return j+1 < sent.Last && j+1 < len(inQuantity) && inQuantity[j+1]
}

// roleWalkAfter is the token after which the walks for a contrast word
// read the words after a figure that ends before token to: to-1, or to
// where a remainder word follows the figure ("six dead and three more
// missing"): it is the count's own, and the word after it as near as
// the word before the count.
func (r *autoFactsRule) roleWalkAfter(text string, toks []segment.Token, sent segment.Sentence, to int, memo *ctxMemo) int {
	if to < sent.Last && toks[to].Kind == segment.Word && r.is(memo, text, toks, to, classRemainder) {
		return to
	}
	return to - 1
}

// clauseFirst is the first token a contrast word for the figure at
// tokens from..to may be read from: the sentence's first, unless the
// figure follows "and" (or "and that", a second reported clause) and
// has a verb of its own after it ("six were hurt and four are
// missing", "said six were hurt and that four are missing"), which
// opens a clause that does not take the contrast word of the clause
// before.
func (r *autoFactsRule) clauseFirst(text string, toks []segment.Token, sent segment.Sentence, from, to int, memo *ctxMemo) int {
	if from-1 < sent.First || to >= sent.Last || toks[to].Kind != segment.Word || !r.is(memo, text, toks, to, classClauseVerb) {
		return sent.First
	}
	j := from - 1
	if j-1 >= sent.First && foldIs(toks[j].Text(text), "that") {
		j--
	}
	if foldIs(toks[j].Text(text), "and") {
		return from
	}
	return sent.First
}

// is reports whether token j's word is in the word sets of class c (see
// classTable), asked once per token of the article.
func (r *autoFactsRule) is(memo *ctxMemo, text string, toks []segment.Token, j int, c wordClass) bool {
	return memo.classOf(text, toks, j)&c != 0
}

// roleOf is the contrast group of token j, or -1; kept with the
// spelling's reading in memo (if not nil), as every figure near the
// token asks again, and every token of the spelling has the same.
func (r *autoFactsRule) roleOf(text string, toks []segment.Token, j int, memo *ctxMemo) int {
	if memo == nil {
		id, ok := stemID(toks[j].Text(text))
		return r.roleOfWord(toks[j].Text(text), id, ok)
	}
	return r.roleOfLex(memo.lexOf(text, toks, j), text, toks, j)
}

// tokenRole is roleOf of token j, but -1 for a noun of a place group
// that does not state the place (placeStated).
func (r *autoFactsRule) tokenRole(text string, toks []segment.Token, j int, memo *ctxMemo) int {
	if g, ok := r.phraseRole(text, toks, j, memo); ok {
		return g // "fighting for their lives": kind_autofacts_rolephrase.go
	}
	g := r.roleOf(text, toks, j, memo)
	if g >= 0 && r.places[g] && !r.placeStated(text, toks, j, memo) {
		return -1
	}
	return g
}

// placeStated reports whether token j, a word of a place group
// (PlaceRoles), states where a figure's people were taken or are: a
// word of the group that is no noun of the place ("hospitalised")
// always does; a noun of the place (PlaceNouns) after a place
// preposition at most three words before it, but not as the modifier
// of a noun after it: "taken to hospital", "in hospital with
// burns", "at Brack Street General Hospital", but not "a hospital
// spokesman said", "the hospital trust", nor "discharged from
// hospital".
func (r *autoFactsRule) placeStated(text string, toks []segment.Token, j int, memo *ctxMemo) bool {
	if !r.placeNouns.hasLower(toks[j].Text(text)) {
		return true
	}
	if k := j + 1; k < len(toks) && toks[k].Kind == segment.Word && isLowerWord(toks[k].Text(text)) && !r.stopAt(text, toks, k, memo) {
		return false
	}
	for k, n := j-1, 0; k >= 0 && n < placeNounReach; k-- {
		switch toks[k].Kind {
		case segment.Word:
			if r.placePreps.hasLower(toks[k].Text(text)) {
				return true
			}
			n++
		case segment.Possessive:
		default:
			return false
		}
	}
	return false
}

// placeNounReach is how many words before a place noun its preposition may
// stand: "to the regional hospital", "at Brack Street General Hospital".
const placeNounReach = 3

// stopAt reports whether token j is a stop word.
func (r *autoFactsRule) stopAt(text string, toks []segment.Token, j int, memo *ctxMemo) bool {
	if memo != nil {
		return r.is(memo, text, toks, j, classStop)
	}
	return r.g.stop.hasLower(toks[j].Text(text))
}

// roleOfLex is roleOf of token j, whose spelling's reading is lw.
func (r *autoFactsRule) roleOfLex(lw *lexWord, text string, toks []segment.Token, j int) int {
	if lw.role == roleUnknown {
		lw.role = int32(r.roleOfWord(toks[j].Text(text), lw.stem, lw.stemOK))
	}
	return int(lw.role)
}

// roleOfWord is the contrast group of a word token spelt w, whose stem
// has wordID id when ok, or -1.
func (r *autoFactsRule) roleOfWord(w string, id wordID, ok bool) int {
	if !r.maybeRole.may(w) {
		return -1
	}
	if len(r.exactRoles) > 0 {
		if g, found := lowerIn(r.exactRoles, w); found {
			return g
		}
	}
	if ok {
		return r.roleIDs.get(id)
	}
	if x, ok := stemIn(r.roles, w); ok {
		return x
	}
	return -1
}

// role finds the contrast word nearest the quantity (tokens from..to) in
// its sentence, within the window, and returns its group; -1 if none.
// At equal distance the word before wins ("killed 20 people, injured
// 50").
func (r *autoFactsRule) role(text string, toks []segment.Token, sent segment.Sentence, from, to int, memo *ctxMemo) int {
	if len(r.roles) == 0 {
		return -1
	}
	first := r.clauseFirst(text, toks, sent, from, to, memo)
	place := -1 // the nearest place group (PlaceRoles), if no other
	after := r.roleWalkAfter(text, toks, sent, to, memo)
	for d := 1; d <= r.window; d++ {
		for _, j := range []int{from - d, after + d} {
			if j < first || j >= sent.Last || toks[j].Kind != segment.Word || j >= to && ownFigureAfter(j, sent, memo.inQuantity) {
				continue
			}
			if g := r.tokenRole(text, toks, j, memo); g >= 0 && !r.leadsToLevel(text, toks, g, j, from) {
				if r.places[g] {
					if place < 0 {
						place = g
					}
					continue
				}
				return g
			}
		}
	}
	return place
}

// leadsToLevel reports whether the word at j, of contrast group g, is a
// change word that only leads to the level a figure gives: "deaths rose
// to 31" (the word, then "to", then the figure at from) states the
// toll, not a rise of 31.
func (r *autoFactsRule) leadsToLevel(text string, toks []segment.Token, g, j, from int) bool {
	return r.changes[g] && j == from-2 && foldIs(toks[from-1].Text(text), "to")
}

// nearWindow is how many words before a figure are its near context.
const nearWindow = 3

// apposedAge reads a person's age written between commas after the name:
// "Ilse Dekova, 47, said", or closing the sentence after a comma: "said
// the club's coach, Ilse Dekova, 47." (the full stop ends the apposition
// as the comma does), or in a relative clause: "Ms Novak, who is 47,
// said", or after a word of leads (age_leads): "Ilse Dekova, aged 47,",
// "Ilse Dekova, just 47.". It returns the name's last word and its
// token.
func apposedAge(text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, leads words) (string, int, bool) {
	i, j := q.Tokens[0], q.Tokens[1]
	if q.Kind != quantity.Cardinal || q.Range || q.Qualifier != nil || q.Words || i-2 < sent.First || j >= sent.Last {
		return "", 0, false
	}
	if q.Value < 1 || q.Value > 120 || q.Value != math.Trunc(q.Value) {
		return "", 0, false
	}
	comma := func(t segment.Token) bool { return t.Kind == segment.Punct && text[t.Start] == ',' }
	// Only a full stop that is the sentence's last token: "47.5" is
	// not read as a figure and a stop, and "47?" or "47!" is rare in
	// apposition.
	closes := comma(toks[j]) || (j == sent.Last-1 && toks[j].Kind == segment.Punct && text[toks[j].Start] == '.')
	copula := toks[i-1].Kind == segment.Word && copulaWord(toks[i-1].Text(text))
	andAfter := toks[j].Kind == segment.Word && foldIs(toks[j].Text(text), "and")
	if !closes && (!copula || !andAfter) {
		return "", 0, false
	}
	// "Ilse Dekova, who is 47," says the same with a relative clause;
	// "who was" too, in copy about the past.
	n := i - 2
	if n-2 >= sent.First && copula && toks[i-2].Kind == segment.Word &&
		foldIs(toks[i-2].Text(text), "who") && comma(toks[i-3]) {
		n = i - 4
	} else if copula && i-3 >= sent.First && comma(toks[i-2]) {
		// "The coach, Ilse Dekova, is 47 and …": a name in apposition,
		// and its age the verb's.
		n = i - 3
	} else if i-3 >= sent.First && toks[i-1].Kind == segment.Word && leads.hasLower(toks[i-1].Text(text)) && comma(toks[i-2]) {
		n = i - 3 // "Ada Merrow, aged 37,": a word of age_leads
	} else if !comma(toks[i-1]) {
		return "", 0, false
	}
	name := toks[n]
	if name.Kind != segment.Word || !isCapitalised(name.Text(text)) || isAllCaps(name.Text(text)) {
		return "", 0, false
	}
	return name.Text(text), n, true
}

// copulaWord reports whether w is "is" or "was" in any case, as
// strings.EqualFold tells, by its length first: the long s (two bytes)
// folds to "s", so "is" is also met at three bytes and "was" at four.
func copulaWord(w string) bool {
	switch len(w) {
	case 2:
		return foldLit(w, "is")
	case 3:
		return foldLit(w, "was") || w[0]|0x20 == 'i' && w[1:] == "\u017f"
	case 4:
		return foldIs(w[:2], "wa") && w[2:] == "\u017f"
	}
	return false
}

// resolveGivenNames keys an age given with a given name only ("her
// sister Mira, 38,") as the age of the person another article names in
// full ("Mira Odell, 38,", keyed by the surname), so that the two meet.
// It does so only where the corpus is sure whose name it is: the given
// name is followed by one capitalised word in the whole corpus, and
// some article keys an age by it. Where that word goes after another
// capitalised word too (two people of one surname, a mother and her
// son; see onlyAfter), the age is marked givenOnly: a surname alone
// may be either's, so it meets only an age given with the same given
// name ("Anselm Reyne, 58" for "her husband Anselm, 58"). A surname read
// as the age's name is left alone: it is followed by no capitalised
// word, or by one that keys no age.
func resolveGivenNames(names *NameIndex, perArticle [][]claim) {
	if names == nil {
		return
	}
	var ages map[string]bool // the age keys of the corpus, made when needed
	for i := range perArticle {
		for k := range perArticle[i] {
			x := &perArticle[i][k]
			given, ok := strings.CutPrefix(x.Label, "age of ")
			if !ok || !strings.HasPrefix(x.Key, "age|") {
				continue
			}
			form := names.Form(given)
			if form == nil || len(form.Nexts) != 1 {
				continue
			}
			surname := form.Nexts[0]
			sf := names.Form(surname)
			if sf == nil {
				continue
			}
			// Another given name before the surname ("Anselm" and
			// "Hedda" Reyne): the age is still that person's, but
			// a surname alone may be either, so it is compared only
			// with an age given with the same given name (match).
			who := []string{given}
			if !onlyAfter(sf, given) {
				who = append(who, givenOnly)
			}
			if ages == nil {
				ages = make(map[string]bool)
				for _, cs := range perArticle {
					for m := range cs {
						if strings.HasPrefix(cs[m].Key, "age|") {
							ages[cs[m].Key] = true
						}
					}
				}
			}
			key := "age|" + strings.ToLower(surname)
			if !ages[key] {
				continue
			}
			// The given name still tells the person from another of
			// the surname (see match).
			x.Key, x.Label, x.Names = key, "age of "+surname, who
		}
	}
}

// givenOnly marks, after its given name in Names, an age keyed by the
// surname its given name goes before (resolveGivenNames) where the
// corpus writes another given name before that surname too: it is
// compared only with ages given with the same given name.
const givenOnly = "\x00given"

// givenOnlyAge reports whether x is an age resolveGivenNames keyed so.
func givenOnlyAge(x *claim) bool {
	return len(x.Names) == 2 && x.Names[1] == givenOnly
}

// onlyAfter reports whether every capitalised word the corpus writes
// before the spelling f is given: Prevs leave out sentence openers, which
// may be any word, so the uses of a rare spelling are read too ("Jonas
// Odell said" opening a sentence is a second Odell).
func onlyAfter(f *CorpusName, given string) bool {
	for _, p := range f.Prevs {
		if p != given {
			return false
		}
	}
	for i := range f.Uses {
		if p := f.Uses[i].Prev; p != "" && p != given {
			return false
		}
	}
	return true
}

// apposedAgeWithUnit reads a person's age written with its unit in
// apposition to the name: "Oskar Tervane, a 47-year-old former mayor",
// "Reyes, the 21-year-old", "Odell: The 29-year-old, who ...". It returns
// the name's last word. "The 29-year-old" alone, which refers back to
// someone, is not read: the person is not named. Nor is a capitalised
// word that opens the sentence and is not a name of the article
// ("However, the 29-year-old").
func apposedAgeWithUnit(a *Article, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity) (string, bool) {
	text := a.Doc.Text
	i := q.Tokens[0]
	if q.Kind != quantity.Cardinal || q.Range || q.Qualifier != nil || i-3 < sent.First {
		return "", false
	}
	if q.Value < 1 || q.Value > 120 || q.Value != math.Trunc(q.Value) {
		return "", false
	}
	det, punct, name := toks[i-1], toks[i-2], toks[i-3]
	if d := det.Text(text); det.Kind != segment.Word || (!foldIs(d, "a") && !foldIs(d, "the")) {
		return "", false
	}
	if punct.Kind != segment.Punct || (text[punct.Start] != ',' && text[punct.Start] != ':') {
		return "", false
	}
	if name.Kind != segment.Word || !isCapitalised(name.Text(text)) || isAllCaps(name.Text(text)) {
		return "", false
	}
	if i-3 == sent.First && a.commonWord(name.Text(text)) {
		return "", false
	}
	return name.Text(text), true
}

// givenName returns, as the Names of an age's claim, the given name
// written right before the surname at token n ("Tomas" of "Oskar Tervane,
// 47,"), or nil: a capitalised word one space before it, not all
// capitals, not a title ("Mr", "Dr") and not a word of the language
// opening the sentence that the article uses as no name ("Yesterday
// Tervane, 47, said").
//
// A surname written alone ("Penrose, 38,") gets the one given name its
// own article writes before it elsewhere ("Talia Penrose"): the article
// is about that person, and a surname alone in another outlet whose
// copy names a second person of the family ("her mother, Ada Penrose,
// 66") is not hers.
func (r *autoFactsRule) givenName(a *Article, toks []segment.Token, sent segment.Sentence, n int, memo *ctxMemo) []string {
	text := a.Doc.Text
	g := n - 1
	if g < sent.First || toks[g].Kind != segment.Word || text[toks[g].End:toks[n].Start] != " " {
		return r.soleGivenName(a, toks[n].Text(text))
	}
	w := toks[g].Text(text)
	if !isCapitalised(w) || isAllCaps(w) || r.titles[w] || (g == sent.First && a.commonWord(w) && memo.englishAt(text, toks, g)) {
		return r.soleGivenName(a, toks[n].Text(text))
	}
	return []string{w}
}

// soleGivenName returns, as an age's Names, the one capitalised word
// the article writes right before the surname, not a title ("Mr"), or
// nil where it writes none or more than one. One that opens its sentence
// counts unless it is a word of the language the article writes nowhere
// inside a sentence ("Yesterday").
func (r *autoFactsRule) soleGivenName(a *Article, surname string) []string {
	f := a.Names().Form(surname)
	if f == nil {
		return nil
	}
	given := ""
	one := func(p string) bool {
		if p == "" || p == given || r.titles[p] || isAllCaps(p) {
			return true
		}
		if given != "" {
			return false
		}
		given = p
		return true
	}
	for _, p := range f.Prevs {
		if !one(p) {
			return nil
		}
	}
	for i := range f.Uses {
		u := &f.Uses[i]
		if u.PrevInitial && a.commonWord(u.Prev) && english.IsWord(strings.ToLower(u.Prev)) {
			continue
		}
		if !one(u.Prev) {
			return nil
		}
	}
	if given == "" {
		return nil
	}
	return []string{given}
}

// match tells whether two claims with the same key are the same fact.
func (r *autoFactsRule) match(x, y *claim) bool {
	if strings.HasPrefix(x.Key, "age|") {
		// The key names the person by the surname; two given names
		// before it are two people of one family ("Oskar Tervane, 47"
		// and his wife "Lina Tervane, 44"). A surname alone is taken
		// for either.
		if givenOnlyAge(x) || givenOnlyAge(y) {
			return len(x.Names) > 0 && len(y.Names) > 0 && x.Names[0] == y.Names[0]
		}
		return len(x.Names) == 0 || len(y.Names) == 0 || x.Names[0] == y.Names[0]
	}
	if x.Q.Kind != y.Q.Kind || !complementsMatch(x.Compl, y.Compl) {
		return false
	}
	bare := strings.HasPrefix(x.Compl, bareMark) || strings.HasPrefix(y.Compl, bareMark)
	person := r.personCount(x, y) // kind_autofacts_person.go
	if x.Role >= 0 && y.Role >= 0 && x.Role != y.Role && !person {
		return false
	}
	// Figures of two named subjects are two facts: "The Greens won
	// 14.2%" and "The BfO won 17.6%".
	if x.Owner != y.Owner && !sameOwner(x, y) { // kind_autofacts_parts.go
		return false
	}
	if x.Head != "" && y.Head != "" && x.Head != y.Head {
		return false // "two officers injured" is not "50 people injured"
	}
	if subjectShareOf(x, y) || subjectShareOf(y, x) {
		return false // kind_autofacts_share.go
	}
	if !sameYears(x.Years, y.Years) {
		return false
	}
	// Words just before the figures count twice: "turnout rose to
	// 64.8%" and "Turnout was 68.4%".
	// The cheap points first; the shared words are counted only as far
	// as the score still needs (this test runs for every pair of a
	// key's claims in a story).
	score := 0
	if len(x.Mods) > 0 && len(y.Mods) > 0 {
		if sharedUnsorted(x.Mods, y.Mods) == 0 && !r.sameKindMods(x.Mods, y.Mods) {
			return false
		}
		score++
	} else if len(x.Mods)+len(y.Mods) > 0 && strings.HasPrefix(x.Key, "currency:") && (modNear(x.Mods, y.Near) || modNear(y.Mods, x.Near)) {
		// "a 1.4m kroner expedition" and "the expedition cost 1.2m
		// kroner": the noun a sum is the price of, before the other's
		// figure, is evidence as a shared modifier is.
		score++
	}
	// Each the only claim of its key in its article is evidence only
	// when neither duration names an event the other does not: "a
	// 60-day state of emergency" and "suspended for at least two weeks"
	// are each their article's only duration, and of two things. (A
	// count's modifier is an adjective, "63 trusting clients" are "63
	// clients"; a length's the object, "a 62ft (19m) yacht" is "a 62ft
	// yacht".)
	// Nor is it for times of day: copy times one event, another
	// outlet another ("the blast at 3.40am", "a press conference at
	// noon"), so the only time of each article is no evidence of one
	// event; shared words must say it.
	if x.Unique && y.Unique && (!strings.HasPrefix(x.Key, durationKey) || (len(x.Mods) > 0) == (len(y.Mods) > 0)) && !strings.HasPrefix(x.Key, quantity.TimeOfDay.Dimension) {
		score++
		// A count of a specific noun ("14 ferries", "312 gulls") that
		// each article states once is one fact even where the outlets
		// word the sentence apart ("closed 14 ferries" and "Fourteen
		// ferries have been laid up"): a generic noun (people, years,
		// times) counts many things in one story and gets no more than
		// the one point, and so does a noun counted twice in one article
		// of the story (markOnceEach). Nor does a count with a modifier
		// the other lacks: "two armoured ferries" may be a part of "nine
		// ferries". Two counts that both carry a contrast role keep
		// their own evidence (Head below); where only one does, the
		// role is the outlet's wording, not another fact: "moved 1,240
		// tenants" and "1,240 tenants were evacuated" count the same
		// tenants (different roles never get here).
		if !bare && r.specificCounts && x.onceEach && y.onceEach && (x.Role < 0 || y.Role < 0) && (len(x.Mods) > 0) == (len(y.Mods) > 0) && !r.genericCounts[x.Key] {
			score++
		}
	}
	// A count keyed by its contrast word that counts the same noun
	// ("killed 127 people", "120 people have been killed") states the
	// role and the thing counted alike: that is evidence as a shared
	// modifier is.
	if x.Head != "" && x.Head == y.Head {
		score++
	}
	if person {
		score += 2
	}
	if levelPoint(x, y) { // kind_autofacts_level.go
		score++
	}
	need := r.minScore
	if x.Key == minuteKey {
		// A context of a whole sentence shares more words by chance
		// ("a header in the 23rd minute", "equalised with a header in
		// the 54th minute"): it needs a word more.
		need++
	}
	if score >= need {
		return true
	}
	score += sharedIDs(x.Context, y.Context, need-score)
	if score >= need {
		return true
	}
	score += sharedIDs(x.Near, y.Near, need-score)
	if score >= need {
		return true
	}
	// A figure one slip of the pen from the other is a point too
	// (kind_autofacts_slip.go), asked last: most pairs are decided
	// before it. Not for a count of a generic noun (people, years),
	// which counts many things of one story: as with the specific
	// count's point, its figures are told apart by their words.
	if placeBare(x.Compl) || placeBare(y.Compl) {
		// A count in a named place made again as a bound is one slip
		// of the pen from the other as its figure is.
		qx, qy := x.Q, y.Q
		qx.High, qy.High = qx.Value, qy.Value
		return score+1 == need && figureSlip(&qx, &qy) && !r.genericCounts[x.Key]
	}
	return score+1 == need && (figureSlip(&x.Q, &y.Q) && !r.genericCounts[x.Key] || partSlip(&x.Q, &y.Q, r.durationUnits))
}

// themWholeAt returns the token of the noun that "them" stands for in
// "N% of them" right after a comma that ends a count of its sentence
// ("plans 860 flats, 25% of them for social rent": the flats), or -1: the
// share is of that count's noun, as another outlet's "30% of the homes"
// is, not of the word after "them".
func (r *autoFactsRule) themWholeAt(a *Article, text string, toks []segment.Token, sent segment.Sentence, q *quantity.Quantity, memo *ctxMemo) int {
	comma := q.Tokens[0] - 1
	if comma <= sent.First || !isComma(text, toks[comma], ",") {
		return -1
	}
	qs := a.Quantities()
	last := -1 // the last figure before the comma
	for i := range qs {
		if p := &qs[i]; p.Sentence == q.Sentence && p.Tokens[1] <= comma {
			last = i
		}
	}
	if last < 0 {
		return -1
	}
	p := &qs[last]
	if p.Kind != quantity.Cardinal || p.Unit != nil {
		return -1
	}
	np, ok := r.g.countedNounIn(text, toks, sent, p, memo)
	if !ok || np.End > comma || comma-np.End > themReach {
		return -1
	}
	for j := np.End; j < comma; j++ {
		if toks[j].Kind != segment.Word {
			return -1 // "860 flats (in 2019), 52% of them": not the noun's own words
		}
	}
	return np.End - 1
}

// themReach is how many words may follow the noun of the count "them"
// stands for before the comma ("860 flats at Corby Yard, 52% of them").
const themReach = 4

// fragmentWords and questionWords are the most words of a fragment and
// of the question it answers (answeredQuestion).
const fragmentWords, questionWords = 6, 10

// answeredQuestion returns the sentence before sentence si when si is
// a short fragment ("A mere 250 metres.") whose figure, at token from,
// opens it with two words before it at most, and the sentence before is
// a short question in the same paragraph ("His previous best?"): the
// fragment answers it. It returns -1 otherwise.
func answeredQuestion(a *Article, si, from int) int {
	if si <= 0 || si >= len(a.Seg.Sentences) {
		return -1
	}
	toks, text := a.Seg.Tokens, a.Doc.Text
	sent, prev := a.Seg.Sentences[si], a.Seg.Sentences[si-1]
	if prev.Last <= prev.First || sent.First >= sent.Last {
		return -1
	}
	// The question mark first: most sentences follow none.
	end := toks[prev.Last-1]
	if end.Kind != segment.Punct || end.End-end.Start != 1 || text[end.Start] != '?' {
		return -1
	}
	if wordsIn(toks, sent.First, from) > 2 || wordsIn(toks, sent.First, sent.Last) > fragmentWords || wordsIn(toks, prev.First, prev.Last) > questionWords {
		return -1
	}
	if strings.IndexByte(text[end.End:toks[sent.First].Start], '\n') >= 0 {
		return -1 // another paragraph
	}
	return si - 1
}

// wordsIn counts the word tokens of toks[from:to].
func wordsIn(toks []segment.Token, from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if toks[j].Kind == segment.Word {
			n++
		}
	}
	return n
}

// modNear reports whether one of the stems mods is among the near words
// of another claim.
func modNear(mods []string, near []wordID) bool {
	for _, m := range mods {
		if slices.Contains(near, wordHash(m)) {
			return true
		}
	}
	return false
}

// durationKey starts the keys of durations.
const durationKey = "duration"

// sameYears reports whether two claims' sentences name the same years.
func sameYears(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for _, y := range a {
		if !slices.Contains(b, y) {
			return false
		}
	}
	return true
}

// sameKindMods reports whether a modifier of a and one of b are words
// of one contrast group: "a 28% fall" and "a 28% drop" measure one
// change, as "fell 28%" and "dropped 28%" have one role.
func (r *autoFactsRule) sameKindMods(a, b []string) bool {
	for _, x := range a {
		gx, ok := r.roles[x]
		if !ok {
			continue
		}
		for _, y := range b {
			if gy, ok := r.roles[y]; ok && gy == gx {
				return true
			}
		}
	}
	return false
}

// sharedUnsorted counts the strings of a that are in b.
func sharedUnsorted(a, b []string) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				n++
				break
			}
		}
	}
	return n
}

func (r *autoFactsRule) CheckCorpus(c *Corpus, facts []any, rep *Reporter) {
	anchors := make([][]anchor, len(facts))
	for i, f := range facts {
		if af, ok := f.(*autoFacts); ok && af != nil {
			anchors[i] = af.Anchors
		}
	}
	// Two figures far apart in size are different facts, not an error
	// (41 killed, 1,040 injured). Where the other article states this
	// claim's figure elsewhere, or this article the other's, the claims
	// were keyed together by mistake: "16 million people" and "12.4
	// million registered voters" in one article, "12.4 million people
	// were registered" in another.
	days := make([]dates.Day, len(facts))
	dated := make([]bool, len(facts))
	for i, f := range facts {
		if af, ok := f.(*autoFacts); ok && af != nil {
			days[i], dated[i] = af.Day, af.Dated
		}
	}
	perArticle := claimsOf(facts)
	// storyOf is each article's story, for the test of a headline that
	// contradicts its body (restatedInHeadline).
	storyOf := make([]int, len(facts))
	for i := range storyOf {
		storyOf[i] = -1
	}
	for i, st := range c.Stories {
		for _, b := range st {
			if b >= 0 && b < len(storyOf) {
				storyOf[b] = i
			}
		}
	}
	storyAt := func(article int) []int {
		if article < 0 || article >= len(storyOf) || storyOf[article] < 0 {
			return nil
		}
		return c.Stories[storyOf[article]]
	}
	resolveGivenNames(c.Names, perArticle)
	roleAgesOnce(c, perArticle, anchors)
	resolveBareVerbCounts(c, perArticle, r.maxRatio) // kind_autofacts_bareverb.go
	r.localDollarsOf(c.Stories, perArticle)          // kind_autofacts_dollars.go
	oneTally(c.Stories, perArticle)                  // kind_autofacts_tally.go
	ownedComplement(c.Stories, perArticle)           // kind_autofacts_owned.go
	personOnlyCounts(perArticle)                     // kind_autofacts_person.go
	// The keys are final: numbered once for every grouping by key below.
	nkeys := numberKeys(perArticle)
	if r.specificCounts {
		markOnceEach(c.Stories, perArticle, nkeys)
	}
	editions := r.editions(c.Stories, perArticle)
	climbing := r.climbingTolls(c.Stories, perArticle, days, dated, editions) // kind_autofacts_running.go
	apart := func(x, y *claim) bool {
		if r.maxRatio > 0 && farApart(x, y, r.maxRatio) || durationScalesApart(x, y) {
			return true
		}
		if dated[x.Article] && dated[y.Article] && days[x.Article] != days[y.Article] &&
			(r.tollUpdate(x, y, days[x.Article], days[y.Article]) || runningDuration(x, y, days[x.Article], days[y.Article])) {
			return true
		}
		return editions[[2]int{min(x.Article, y.Article), max(x.Article, y.Article)}] && (r.movingToll(x, y) || r.earlierBound(x, y, days, dated, climbing))
	}
	unrelated := func(x, y *claim) bool {
		if apart(x, y) {
			return true
		}
		// A count copied under a bare figure's verb is compared with
		// the bare figures of other articles only
		// (kind_autofacts_bareverb.go).
		if (x.copied || y.copied) && (x.copied == y.copied || x.Article == y.Article) {
			return true
		}
		if oneNamedAge(perArticle, x, y) { // kind_autofacts_named.go
			return false
		}
		if partsOfSum(perArticle, x, y) { // kind_autofacts_sum.go
			return true
		}
		// The headline's figure is no other fact where one article
		// states the other's figure in its headline only
		// (kind_autofacts_headline.go).
		// Nor is a figure stated as the count of another noun that the
		// claim's own article counts alike, nor one of people in general
		// stated of a count of things (kind_autofacts_support.go).
		if xs, ys := statesFigure(anchors[x.Article], y) && !r.countedApartPair(perArticle, y, x), statesFigure(anchors[y.Article], x) && !r.countedApartPair(perArticle, x, y); xs != ys {
			if xs && !restatedInHeadline(storyAt(x.Article), anchors, x, y) || ys && !restatedInHeadline(storyAt(y.Article), anchors, y, x) {
				return true
			}
		} else if xs {
			return true
		}
		return r.localDollar(anchors[y.Article], x) || r.localDollar(anchors[x.Article], y) ||
			r.ambiguousDollar(anchors[y.Article], x, y) || r.ambiguousDollar(anchors[x.Article], y, x) // localdollar.go
	}
	// A figure under a maximum is no statement of it: "up to 110"
	// changed from 90 was taken as supported by another article's
	// 95 km/h gauge reading (kind_autofacts_bounds.go).
	supports := func(x *claim, article int) bool {
		return article < len(anchors) && (statesAsFinely(anchors[article], x) && !r.countedApart(perArticle, x, article) || !isMaximum(x) && statesWithin(anchors[article], x, r.openBound))
	}
	// A claim that fits both of two exact figures that disagree ("more
	// than 300 homes" beside 312 and 321) sides with neither: counted
	// for each, two outlets' round "more than 300" outnumbered the one
	// exact figure against a changed one, which was never reported.
	cmpr := comparison{rule: r, match: r.match, symmetric: true, tolerance: r.tolerance, openBound: r.openBound, minor: r.minor, major: r.major, unrelated: unrelated, supports: supports, vagueIsNeutral: true,
		alsoDisagree: func(x, y *claim) bool {
			return r.openBound > 0 && (maximaDisagree(x, y, r.tolerance) || minimaDisagree(x, y, r.tolerance))
		}, keys: nkeys, variants: r.unitVariants}
	compareStories(c, perArticle, cmpr, rep)
	compared := len(rep.diags)
	r.selfContradictions(c, perArticle, anchors, cmpr, rep)
	r.unitRestatements(c, perArticle, cmpr, rep)                          // kind_autofacts_unitrestated.go
	r.restatedFigures(c, perArticle, anchors, apart, cmpr, compared, rep) // kind_autofacts_restated.go
}

// markOnceEach marks the counts whose key each article of their story
// that states it states once (claim.onceEach): a noun counted of two
// things in one article ("12 ferries sailed and 3 ferries were held") is
// counted of many things in the story, and a count of it is no more
// likely one fact because another article gives it once.
func markOnceEach(stories [][]int, perArticle [][]claim, nkeys int) {
	// The counts of each key, by its number (numberKeys, nkeys of them):
	// claims, articles, and the last article plus one; all zero between
	// stories.
	type spread struct{ claims, articles, last int32 }
	seen := make([]spread, nkeys)
	for _, story := range stories {
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				x := &perArticle[b][k]
				if !strings.HasPrefix(x.Key, "count:") || len(x.Years) > 0 {
					continue
				}
				// "about 50 otters" beside "three otters" counts the
				// whole, not a second event of the noun (hedgedWhole).
				if x.Q.Qualifier != nil && !x.Unique && hedgedWholeIn(perArticle[b], x) {
					continue
				}
				s := &seen[x.kid]
				s.claims++
				if s.last != int32(b)+1 {
					s.last = int32(b) + 1
					s.articles++
				}
			}
		}
		// Only the keys of counts were counted: any other's claims
		// are 0.
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				x := &perArticle[b][k]
				s := &seen[x.kid]
				x.onceEach = s.claims > 0 && s.claims == s.articles && len(x.Years) == 0
			}
		}
		for _, b := range story {
			if b < 0 || b >= len(perArticle) {
				continue
			}
			for k := range perArticle[b] {
				seen[perArticle[b][k].kid] = spread{}
			}
		}
	}
}

// tollUpdate reports whether claims x and y, of articles of different
// dates dx and dy, are one running toll as two editions
// give it: coverage updates the dead and the missing from one day to the
// next, and the later figure is news, not a disagreement. A toll that
// only rises is an update where the later article gives at least as many;
// fewer is still reported, since it cannot be. A toll that moves both
// ways is never compared across dates. Figures that are not running
// counts (ages, ranks, measures, sums) are compared whatever the dates,
// and so is the toll of a past event, whose sentence names a year before
// its article's ("in 2011, a quake killed 41"): it no longer changes.
func (r *autoFactsRule) tollUpdate(x, y *claim, dx, dy dates.Day) bool {
	if x.Role < 0 || x.Role != y.Role || x.Role >= len(r.tolls) || r.tolls[x.Role] == notToll {
		return false
	}
	if x.Q.Unit != nil || y.Q.Unit != nil || !runningCountKey(x.Key) || namesPastYear(x, dx) || namesPastYear(y, dy) {
		return false
	}
	if r.tolls[x.Role] == tollMoves {
		return true
	}
	earlier, later := x, y
	if dy < dx {
		earlier, later = y, x
	}
	return later.Q.Value >= earlier.Q.Value
}

// editions lists the pairs of articles of one story (lower number
// first) that are evidently editions of different hours, dated or not:
// one gives a rising toll only as a lower bound below the figure the
// other gives for it ("at least four dead" against "seven dead"), as copy
// does while the count is still climbing. Only articles of one story are
// paired, so the cost stays linear in the corpus (a story has a handful
// of articles). Nil when no article bounds a toll.
func (r *autoFactsRule) editions(stories [][]int, perArticle [][]claim) map[[2]int]bool {
	var out map[[2]int]bool
	// most holds, for each story place and role, the largest figure
	// the article there gives for the role's toll (largestTolls), made
	// at the story's first bound: each bound then asks it once per
	// article, where it looked through every claim of the story.
	var most []float64
	nr := len(r.tolls)
	for _, story := range stories {
		ready := false
		for _, a := range story {
			for i := range perArticle[a] {
				x := &perArticle[a][i]
				if x.Role < 0 || x.Role >= len(r.tolls) || r.tolls[x.Role] != tollRises || x.Q.Unit != nil || x.Key != r.roleKeys[x.Role] {
					continue
				}
				if q := x.Q.Qualifier; q == nil || (q.Bound != quantity.AtLeast && q.Bound != quantity.MoreThan) {
					continue
				}
				if !ready {
					most, ready = r.largestTolls(most, story, perArticle), true
				}
				for p, b := range story {
					pair := [2]int{min(a, b), max(a, b)}
					if b == a || out[pair] {
						continue
					}
					if most[p*nr+x.Role] > x.Q.Value {
						if out == nil {
							out = make(map[[2]int]bool)
						}
						out[pair] = true
					}
				}
			}
		}
	}
	return out
}

// largestTolls returns in most, for each place p of the story and role
// g, at p*len(r.tolls)+g, the largest figure without a unit that the
// article at p gives under the role's key (-Inf if none): a figure
// above a bound of the toll is there exactly when the largest is.
func (r *autoFactsRule) largestTolls(most []float64, story []int, perArticle [][]claim) []float64 {
	nr := len(r.tolls)
	most = slices.Grow(most[:0], len(story)*nr)[:len(story)*nr]
	for i := range most {
		most[i] = math.Inf(-1)
	}
	for p, b := range story {
		if b < 0 || b >= len(perArticle) {
			continue
		}
		for k := range perArticle[b] {
			y := &perArticle[b][k]
			if y.Role < 0 || y.Role >= nr || y.Q.Unit != nil || y.Key != r.roleKeys[y.Role] {
				continue
			}
			if m := &most[p*nr+y.Role]; y.Q.Value > *m {
				*m = y.Q.Value
			}
		}
	}
	return most
}

// movingToll reports whether x and y give one toll that moves both ways
// (the missing), which differs between editions of different hours.
func (r *autoFactsRule) movingToll(x, y *claim) bool {
	return x.Role >= 0 && x.Role == y.Role && x.Role < len(r.tolls) && r.tolls[x.Role] == tollMoves && x.Q.Unit == nil && y.Q.Unit == nil
}

// namesPastYear reports whether c's sentence names a year before that of
// its article's date d.
func namesPastYear(c *claim, d dates.Day) bool {
	if len(c.Years) == 0 {
		return false
	}
	year, _, _ := d.Civil()
	for _, y := range c.Years {
		if y < float64(year) {
			return true
		}
	}
	return false
}

// runningCountKey reports whether a claim of this key counts something
// (a noun or a contrast word), rather than giving an age or a rank.
func runningCountKey(key string) bool {
	return !strings.HasPrefix(key, "age|") && !strings.HasPrefix(key, "rank:")
}

// minSiding is how many other articles must side with one of an
// article's two figures for one fact, and against the other, before the
// article is said to disagree with itself.
const minSiding = 2

// selfContradictions reports an article that gives two figures for one
// fact where the other articles of its story side with one of them: a
// headline that still says "12 years" over a body that says 17, when
// every other outlet says 12. compareStories leaves such a claim alone,
// since its article states the other articles' figure, which usually
// means the claims were keyed together by mistake; here the figure the
// article states too is itself a claim of the key, taken for the same
// fact as the odd claim and as the other articles' claims, so the two are
// one fact stated twice, not two facts keyed alike.
//
// Only the claim that at least minSiding other articles disagree with,
// while none agrees with it, is reported, where compareStories did not
// report it already.
func (r *autoFactsRule) selfContradictions(c *Corpus, perArticle [][]claim, anchors [][]anchor, cmpr comparison, rep *Reporter) {
	var done map[diag.Location]bool // made when first needed
	// keys holds a story's claims grouped by key, with the number of
	// articles that state each key, made when the story's first article
	// with two claims of one key is met; sided is the room of sidesWith.
	// Both are reused from story to story: a map of slices per story,
	// and a map per pair asked, were a quarter of a run's allocations.
	// The pairs of an article are found through keys too: the claims of
	// x's key in x's article lie together there, so a claim is paired
	// with those alone rather than with every claim of its article (a
	// string comparison of keys per pair was most of this function),
	// and each claim's intervals are computed once per story.
	// An article repeats a figure: the claims alike in all that match
	// and sidesWith read (sameFact) stand alike towards the other
	// articles. classes holds, for the article being paired, one claim
	// of each such class that has met a pair, with the places of the
	// other articles' claims taken for the same fact as it (others,
	// from matchingOthers, in othersRoom); sides holds what sidesWith
	// found for a class and a claim z asked of it. Both are worked out
	// once per class rather than once per claim.
	//
	// All of it is taken from selfPool and given back when done: the
	// checker runs this once per story, and a room of its own each
	// time was some 25 allocations a story.
	room := selfPool.Get().(*selfRoom)
	keys, runs, sided, classes, othersRoom, sides := room.keys, room.runs, room.sided, room.classes, room.othersRoom, room.sides
	defer func() {
		room.keys, room.runs, room.sided, room.classes, room.othersRoom, room.sides = keys, runs, sided, classes, othersRoom, sides
		room.release()
	}()
	for _, story := range c.Stories {
		built := false
		var names map[int]string
		for p, a := range story {
			if a < 0 || a >= len(perArticle) {
				continue
			}
			cs := perArticle[a]
			if !slices.ContainsFunc(cs, func(x claim) bool { return !x.Unique && x.When == nil }) {
				continue
			}
			if !built {
				keys.build(story, perArticle, cmpr.keys)
				keys.variants = cmpr.variants
				runs.reset(len(keys.claims))
				built = true
			}
			classes, othersRoom, sides = classes[:0], othersRoom[:0], sides[:0]
			for i := range cs {
				x := &cs[i]
				// A claim that is its article's only one of its key
				// has nothing to contradict.
				if x.Unique || x.When != nil {
					continue
				}
				// Only claims of a key that at least minSiding other
				// articles state can be reported (sidesWith): the
				// others are asked for no pair of the rest, before
				// their intervals and matches are computed. x's own
				// article states the key, so it is one of the articles
				// counted.
				px := keys.placeOf(p, i)
				n := keys.key[px]
				lo, hi, stating := int(keys.start[n]), int(keys.start[n+1]), int(keys.counts[n])
				if stating-1 < minSiding {
					continue
				}
				from, to := keys.sameArticle(px)
				runs.classify(&keys, from, to)
				// others are the claims of x's key in the story's other
				// articles taken for the same fact as x, found once per
				// class of x: only they can side with either figure.
				found := false
				var others []int
				class := -1
				for k := from; k < to; k++ {
					z := keys.claims[k]
					if k == px || z.Loc.Start.Line == x.Loc.Start.Line || !runs.pair(from, px, k, func() bool {
						return keys.iv(px, r.tolerance, r.openBound).disagree(keys.iv(k, r.tolerance, r.openBound)) && r.match(x, z)
					}) {
						continue
					}
					// A part and the sum it makes with another figure
					// of the article are no contradiction
					// (kind_autofacts_sum.go).
					if partOfSum(cs, x, z) || partOfSum(cs, z, x) {
						continue
					}
					if done == nil {
						done = reportedAt(rep)
					}
					if done[x.Loc] {
						break
					}
					if !found {
						found = true
						for c := range classes {
							if classes[c].key == n && sameFact(classes[c].x, x) {
								class = c
								break
							}
						}
						if class < 0 {
							start := len(othersRoom)
							othersRoom = r.matchingOthers(othersRoom, &keys, lo, hi, x)
							class = len(classes)
							classes = append(classes, alikeClass{x: x, key: n, from: start, to: len(othersRoom)})
						}
						others = othersRoom[classes[class].from:classes[class].to:classes[class].to]
						if articlesOf(&keys, others) < minSiding {
							break // too few articles to side with z
						}
					}
					ok, known := false, false
					for _, m := range sides {
						if m.class == class && sameFact(m.z, z) {
							sided, ok, known = append(sided[:0], m.sided...), m.ok, true
							break
						}
					}
					if !known {
						sided, ok = r.sidesWith(sided[:0], &keys, others, x, z, keys.iv(px, r.tolerance, r.openBound), keys.iv(k, r.tolerance, r.openBound), anchors)
						m := sidesMemo{class: class, z: z, ok: ok}
						if ok {
							m.sided = slices.Clone(sided)
						}
						sides = append(sides, m)
					}
					if ok {
						if names == nil {
							names = baseNames(c, story)
						}
						done[x.Loc] = true
						rep.Add(r.selfFinding(x, z, sided, cmpr, names))
						break
					}
				}
			}
		}
	}
}

// alikeClass is a class of claims alike of selfContradictions: the
// claim x that stands for it, its key's number in storyKeys, and where
// the places of the other articles' claims taken for the same fact as
// it are in the room of others.
type alikeClass struct {
	x        *claim
	key      int32
	from, to int
}

// sidesMemo is what sidesWith found for a class and a claim z.
type sidesMemo struct {
	class int
	z     *claim
	ok    bool
	sided []*claim // when ok
}

// selfRoom is the room of selfContradictions, kept in selfPool between
// calls.
type selfRoom struct {
	keys       storyKeys
	runs       alikeRuns
	sided      []*claim
	classes    []alikeClass
	othersRoom []int
	sides      []sidesMemo
}

var selfPool = sync.Pool{New: func() any { return new(selfRoom) }}

// release empties m of the claims, and the strings of claims, it points
// to (a story's decoded facts are reused or dropped once compared) and
// returns it to selfPool.
func (m *selfRoom) release() {
	k := &m.keys
	clear(k.claims[:cap(k.claims)])
	clear(k.ivs[:cap(k.ivs)])
	clear(m.sided[:cap(m.sided)])
	clear(m.classes[:cap(m.classes)])
	clear(m.sides[:cap(m.sides)])
	m.sided, m.classes, m.sides = m.sided[:0], m.classes[:0], m.sides[:0]
	selfPool.Put(m)
}

// alikeRuns sorts the claims of each run of storyKeys (the claims of one
// key in one article, storyKeys.sameArticle) into classes of claims alike
// in all that the comparison reads (sameFact), and keeps, for each pair
// of classes of a run, whether their claims are a pair that
// selfContradictions looks into (their figures disagree and they are
// taken for the same fact): an article repeats its figures, and the
// test, asked for every two claims of a run, costs a comparison of their
// words, where the classes cost it once.
type alikeRuns struct {
	class []int32 // each place's class in its run; -1 while not sorted
	// count and at are, at the first place of a sorted run, its number
	// of classes and where its classes' pairs start in pairs (class x
	// with class z at at+x*count+z): 0 not asked, 1 a pair, 2 not.
	count, at []int32
	pairs     []int8
	reps      []int    // room: the first place of each class of a run
	prints    []uint64 // and its factPrint
}

// reset readies r for a story of n claims.
func (r *alikeRuns) reset(n int) {
	r.class = slices.Grow(r.class[:0], n)[:n]
	for i := range r.class {
		r.class[i] = -1
	}
	r.count = slices.Grow(r.count[:0], n)[:n]
	r.at = slices.Grow(r.at[:0], n)[:n]
	r.pairs = r.pairs[:0]
}

// classify sorts the run of keys.claims[from:to] into classes, unless it
// is sorted already.
func (r *alikeRuns) classify(keys *storyKeys, from, to int) {
	if r.class[from] >= 0 {
		return
	}
	r.reps, r.prints = r.reps[:0], r.prints[:0]
	for k := from; k < to; k++ {
		y := keys.claims[k]
		p := factPrint(y)
		c := -1
		for i, rep := range r.reps {
			if r.prints[i] == p && sameFact(keys.claims[rep], y) {
				c = i
				break
			}
		}
		if c < 0 {
			c = len(r.reps)
			r.reps, r.prints = append(r.reps, k), append(r.prints, p)
		}
		r.class[k] = int32(c)
	}
	n := len(r.reps)
	r.count[from], r.at[from] = int32(n), int32(len(r.pairs))
	r.pairs = append(r.pairs, make([]int8, n*n)...)
}

// pair tells whether the claims at places x and z of the run that starts
// at from are a pair (test), asking test once for each two classes.
func (r *alikeRuns) pair(from, x, z int, test func() bool) bool {
	i := int(r.at[from]) + int(r.class[x])*int(r.count[from]) + int(r.class[z])
	if r.pairs[i] == 0 {
		r.pairs[i] = 2
		if test() {
			r.pairs[i] = 1
		}
	}
	return r.pairs[i] == 1
}

// storyKeys is one story's claims grouped by key, in story order within
// a key, each with its Article set, and the number of articles that
// state each key. It replaced a stable sort of the story's claims by key
// and a binary search per claim; the groups are placed in two passes,
// counting then placing, into one array reused from story to story.
type storyKeys struct {
	// keyAt is the story's number plus one of each key by its number
	// among all keys (claim.kid), all zero between builds.
	keyAt  []int32
	start  []int32 // key k's claims are claims[start[k]:start[k+1]]
	fill   []int32 // the next free place of each key while placing
	last   []int32 // the last article counted for each key
	counts []int32 // the articles that state each key
	claims []*claim
	// key and pos are, for each place of claims, its key's number and
	// the story place of its article; first[p] is where the places of
	// the claims of the article at story place p start in places, which
	// holds each claim's place in claims (placeOf), in article order.
	key, pos      []int32
	first, places []int32
	// ivs are the intervals of claims, computed when first asked
	// (haveIv).
	ivs    []claimIntervals
	haveIv []bool
	// variants are the rule's unitVariants (intervalsOf).
	variants map[string][]float64
}

// build groups the claims of the story's articles, whose keys are
// numbered (numberKeys), nkeys of them.
func (s *storyKeys) build(story []int, perArticle [][]claim, nkeys int) {
	if len(s.keyAt) < nkeys {
		s.keyAt = make([]int32, nkeys)
	}
	s.fill, s.last, s.counts = s.fill[:0], s.last[:0], s.counts[:0]
	s.first = slices.Grow(s.first[:0], len(story)+1)[:len(story)+1]
	total := 0
	// places holds each claim's key number during the counting pass,
	// so that the placing pass looks no key up again.
	s.places = s.places[:0]
	for p, b := range story {
		s.first[p] = int32(total)
		if b < 0 || b >= len(perArticle) {
			continue
		}
		for k := range perArticle[b] {
			y := &perArticle[b][k]
			y.Article = b
			n := s.keyAt[y.kid] - 1
			if n < 0 {
				n = int32(len(s.fill))
				s.keyAt[y.kid] = n + 1
				s.fill = append(s.fill, 0)
				s.last = append(s.last, -1)
				s.counts = append(s.counts, 0)
			}
			s.places = append(s.places, n)
			s.fill[n]++
			// Counted as articlesOf counts: a change of article
			// in story order.
			if s.last[n] != int32(b) {
				s.last[n] = int32(b)
				s.counts[n]++
			}
			total++
		}
	}
	s.first[len(story)] = int32(total)
	s.start = slices.Grow(s.start[:0], len(s.fill)+1)[:len(s.fill)+1]
	at := int32(0)
	for n, m := range s.fill {
		s.start[n], s.fill[n] = at, at
		at += m
	}
	s.start[len(s.fill)] = at
	s.claims = slices.Grow(s.claims[:0], total)[:total]
	s.key = slices.Grow(s.key[:0], total)[:total]
	s.pos = slices.Grow(s.pos[:0], total)[:total]
	s.ivs = slices.Grow(s.ivs[:0], total)[:total]
	s.haveIv = slices.Grow(s.haveIv[:0], total)[:total]
	clear(s.haveIv)
	i := 0
	for p, b := range story {
		if b < 0 || b >= len(perArticle) {
			continue
		}
		for k := range perArticle[b] {
			n := s.places[i]
			at := s.fill[n]
			s.claims[at], s.key[at], s.pos[at] = &perArticle[b][k], n, int32(p)
			s.places[i] = at
			s.fill[n]++
			i++
		}
	}
	// keyAt is all zero again: each key's first claim names it.
	for n := range len(s.fill) {
		s.keyAt[s.claims[s.start[n]].kid] = 0
	}
}

// sameArticle returns where the claims of the key and story place of
// s.claims[at] lie in s.claims, [from, to): the claims of its key in its
// article, in article order, which are its neighbours there.
func (s *storyKeys) sameArticle(at int) (from, to int) {
	n, p := s.key[at], s.pos[at]
	lo, hi := int(s.start[n]), int(s.start[n+1])
	from, to = at, at+1
	for from > lo && s.pos[from-1] == p {
		from--
	}
	for to < hi && s.pos[to] == p {
		to++
	}
	return from, to
}

// placeOf returns the place in s.claims of claim i of the article at
// story place p.
func (s *storyKeys) placeOf(p, i int) int { return int(s.places[int(s.first[p])+i]) }

// of returns where the claims of key are in s.claims, [lo, hi), in
// story order, and the number of articles that state it.
func (s *storyKeys) of(key string) (lo, hi, articles int) {
	for n := range len(s.counts) {
		if s.claims[s.start[n]].Key == key {
			return int(s.start[n]), int(s.start[n+1]), int(s.counts[n])
		}
	}
	return 0, 0, 0
}

// iv returns the intervals of s.claims[k], computed when first asked.
func (s *storyKeys) iv(k int, tolerance, openBound float64) *claimIntervals {
	if !s.haveIv[k] {
		s.ivs[k], s.haveIv[k] = intervalsOf(s.claims[k], tolerance, openBound, s.variants), true
	}
	return &s.ivs[k]
}

// matchingOthers appends to out the places in keys.claims, from lo to
// hi, of the claims that are of another article than x and taken for the
// same fact as x. Places, not claims, so that sidesWith finds each
// claim's intervals, computed once per story rather than once per pair.
func (r *autoFactsRule) matchingOthers(out []int, keys *storyKeys, lo, hi int, x *claim) []int {
	for k := lo; k < hi; k++ {
		if y := keys.claims[k]; y.Article != x.Article && r.match(x, y) {
			out = append(out, k)
		}
	}
	return out
}

// articlesOf counts the articles of the claims at places of
// keys.claims, which come in story order.
func articlesOf(keys *storyKeys, places []int) int {
	n := 0
	for i, k := range places {
		if i == 0 || keys.claims[k].Article != keys.claims[places[i-1]].Article {
			n++
		}
	}
	return n
}

// sidesWith tells whether the other articles side with z against x, two
// claims of one article (selfContradictions): at least minSiding of them
// have a claim taken for the same fact as both, worded at least as much
// like x as like z, that agrees with z and disagrees with x; and none has
// one that agrees with x (or states x's figure anywhere). A claim that
// agrees with neither is about something else, and is left out. places
// are the claims of the key in the story's other articles taken for the
// same fact as x (their places in keys.claims, from matchingOthers), in
// story order, and xi and zi the intervals of x and z; it appends to sided
// the first such claim of each article.
func (r *autoFactsRule) sidesWith(sided []*claim, keys *storyKeys, places []int, x, z *claim, xi, zi *claimIntervals, anchors [][]anchor) ([]*claim, bool) {
	for _, k := range places {
		y := keys.claims[k]
		if !r.match(z, y) {
			continue
		}
		yi := keys.iv(k, r.tolerance, r.openBound)
		if !xi.disagree(yi) || states(anchors[y.Article], x) {
			return sided, false // an article that sides with x
		}
		if zi.disagree(yi) {
			continue // a claim of neither figure: about something else
		}
		if wordsShared(x, y) < wordsShared(z, y) {
			// y is worded more like z than like x: it says nothing
			// of whether x is z stated again or another fact of the
			// key ("operating profit" beside "net profit" against
			// "net profit"), and does not count.
			continue
		}
		if !slices.ContainsFunc(sided, func(s *claim) bool { return s.Article == y.Article }) {
			sided = append(sided, y)
		}
	}
	return sided, len(sided) >= minSiding
}

// wordsShared counts the context words, and the words just before the
// figures, that two claims share.
func wordsShared(x, y *claim) int {
	return sharedIDs(x.Context, y.Context, math.MaxInt) + sharedIDs(x.Near, y.Near, math.MaxInt)
}

// selfFinding is the finding of x, which disagrees with z in its own
// article and with the claims of other articles in sided, which side
// with z.
func (r *autoFactsRule) selfFinding(x, z *claim, sided []*claim, cmpr comparison, names map[int]string) diag.Diagnostic {
	largest := gap(x, z, cmpr.openBound)
	parts := []string{fmt.Sprintf("%s at line %d of this article", z.Shown, z.Loc.Start.Line)}
	related := []diag.Related{{Location: z.Loc, Message: fmt.Sprintf("%s: %s", z.Label, z.Shown)}}
	for i, y := range sided {
		if i < maxNamed {
			parts = append(parts, fmt.Sprintf("%s in %s:%d", y.Shown, names[y.Article], y.Loc.Start.Line))
		}
		related = append(related, diag.Related{Location: y.Loc, Message: fmt.Sprintf("%s: %s", y.Label, y.Shown)})
	}
	others := strings.Join(parts, ", ")
	if n := len(sided) - maxNamed; n > 0 {
		others += fmt.Sprintf(" and %d more %s", n, plural(n, "article", "articles"))
	}
	sev := r.info.Severity
	switch {
	case largest < cmpr.minor && sev > diag.Warning:
		sev--
	case cmpr.major > 0 && largest >= cmpr.major && sev < diag.Error:
		sev++
	}
	return diag.Diagnostic{
		Location: x.Loc,
		Severity: sev,
		Rule:     r.info.ID,
		Message:  fmt.Sprintf("%s: %s here; %s", x.Label, x.Shown, others),
		Fact:     x.Key,
		Related:  related,
	}
}

// hedgedWhole reports whether y, a count of x's noun, is a hedged figure
// of the whole the noun's things belong to, no rival of x: "about 50
// otters live on the river" beside "three otters were found dead",
// "some 300 seals breed on the island" beside "seven seals were
// stranded".
// x is exact (no qualifier), y is qualified as "about" or "nearly"
// ("some", "roughly", "almost") and at least hedgedWholeRatio times x,
// both whole counts of a noun without a unit or a contrast role:
// an event's count and a round figure of a population that an article
// gives in passing. x is still its article's only count of its size.
func hedgedWhole(x, y *claim) bool {
	if x.Q.Qualifier != nil || y.Q.Qualifier == nil || x.Q.Unit != nil || y.Q.Unit != nil || x.Role >= 0 || y.Role >= 0 || x.Q.Kind != quantity.Cardinal || y.Q.Kind != quantity.Cardinal || x.Q.Value <= 0 || !strings.HasPrefix(x.Key, "count:") {
		return false
	}
	if b := y.Q.Qualifier.Bound; b != quantity.About && b != quantity.Nearly {
		return false
	}
	return y.Q.Value >= hedgedWholeRatio*x.Q.High && y.Q.Value >= hedgedWholeRatio*x.Q.Value
}

// hedgedWholeIn reports whether y is the hedged whole (hedgedWhole) of
// a count of its key among cs, its article's claims.
func hedgedWholeIn(cs []claim, y *claim) bool {
	for k := range cs {
		if x := &cs[k]; x != y && x.kid == y.kid && hedgedWhole(x, y) {
			return true
		}
	}
	return false
}

// hedgedWholeRatio is how many times an exact count a hedged count of its
// noun must be to be taken for the whole (hedgedWhole): a figure near
// the count may be the same one, hedged.
const hedgedWholeRatio = 4

// farApart reports whether two claims' figures differ by more than a
// factor of ratio.
func farApart(x, y *claim, ratio float64) bool {
	a, b := math.Abs(baseValue(x)), math.Abs(baseValue(y))
	if a == 0 || b == 0 {
		return false
	}
	return a/b > ratio || b/a > ratio
}

func baseValue(x *claim) float64 {
	if x.Q.Unit == nil {
		return x.Q.Value
	}
	return x.Q.Unit.ToBase(x.Q.Value)
}

// eventAnchor reports whether w, right after a duration, measures it
// from an event: "three hours after the blast", "two days before the
// vote", "a week since the fire", "ten minutes into the match".
func eventAnchor(w string) bool {
	for _, a := range [...]string{"after", "before", "since", "into"} {
		if strings.EqualFold(w, a) {
			return true
		}
	}
	return false
}

// restatedBy returns the figure that qs[j] restates, or -1: the figure
// it converts (conv), or the one just before a sum in another currency
// in brackets ("1.2 million lei (about $260,000)"), which the
// conversions do not join where the first figure's unit is not known as
// money.
func restatedBy(a *Article, qs []quantity.Quantity, conv []int, j int) int {
	if j < 0 || j >= len(qs) {
		return -1
	}
	if conv[j] >= 0 {
		return conv[j]
	}
	if j == 0 || qs[j].Unit == nil || !strings.HasPrefix(qs[j].Unit.Dimension, "currency:") {
		return -1
	}
	p := &qs[j-1]
	if p.Sentence != qs[j].Sentence || p.Kind != quantity.Cardinal || qs[j].Kind != quantity.Cardinal || p.Unit == qs[j].Unit {
		return -1
	}
	between, ok := strings.CutSuffix(strings.TrimSpace(a.Doc.Text[p.Span.End:qs[j].Span.Start]), "(")
	if !ok {
		return -1
	}
	// A figure without a unit is followed by what it counts: "1.2
	// million lei (".
	if between = strings.TrimSpace(between); between != "" && (p.Unit != nil || strings.IndexFunc(between, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0) {
		return -1
	}
	return j - 1
}

// inFullDate reports whether the year q is written in a date with its
// day and month ("sailed on 3 March 1952", "March 3, 1952").
func inFullDate(a *Article, q *quantity.Quantity) bool {
	for _, e := range a.Dates() {
		if e.Span.Start > q.Span.Start {
			break
		}
		if e.Day != 0 && e.Month != 0 && e.Year != 0 && e.Span.End >= q.Span.End {
			return true
		}
	}
	return false
}

// reportedAt returns the locations of the findings rep holds so far: a
// later pass reports nothing where an earlier one did.
func reportedAt(rep *Reporter) map[diag.Location]bool {
	done := make(map[diag.Location]bool, len(rep.diags))
	for _, d := range rep.diags {
		done[d.Location] = true
	}
	return done
}
