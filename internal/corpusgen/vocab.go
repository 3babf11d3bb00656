package corpusgen

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// vocabText holds the word pools, the background grammar and the events
// with their facts and phrasings; see its comments for the format.
//
//go:embed vocab.txt
var vocabText string

// noun is a noun with its plural ("" for a noun without one).
type noun struct{ one, many string }

// verb is a verb in the forms the grammar uses.
type verb struct{ base, s, past, pp, ing string }

// factSpec is a fact of an event: its name, type and range.
type factSpec struct {
	name, typ string
	lo, hi    int
}

// kind is a kind of event: its words, people, organisation, facts and
// phrasings.
type kind struct {
	name                 string
	events, titles       []string
	org                  string
	facts                []factSpec
	heads, lines, quotes []template
}

// part is a piece of a template: literal text, or a slot ({name}) when
// slot is set.
type part struct {
	text string
	slot bool
}

// template is a sentence pattern cut into parts once, at load.
type template []part

// vocab is the parsed vocab.txt.
type vocab struct {
	given, syllables, placeForms, topics, orgForms, orgNouns []string
	nouns, countable, profs                                  []noun
	verbs                                                    []verb
	adjs, advs, roleWords                                    []string
	clauses, subs, attribs, quotes                           []template
	// plainSubs are the subordinate clauses without a figure: those a
	// fact line may take, so that no figure of the background stands
	// next to a fact's words.
	plainSubs []template
	common    kind
	kinds     []kind
	// reserved are the words a coined name must not look like a
	// misspelling of, by first letter.
	reserved map[byte][]string
	// near memoises nearReserved by coined word.
	near sync.Map
}

var loadVocab = sync.OnceValues(func() (*vocab, error) { return parseVocab(vocabText) })

// parseVocab reads the sections of text ("[name]" lines; "#" comments).
func parseVocab(text string) (*vocab, error) {
	v := &vocab{}
	var section string
	var k *kind
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			k = nil
			if section == "common" {
				k = &v.common
			} else if name, ok := strings.CutPrefix(section, "kind "); ok {
				v.kinds = append(v.kinds, kind{name: name})
				k = &v.kinds[len(v.kinds)-1]
			}
			continue
		}
		if err := v.add(section, k, line); err != nil {
			return nil, fmt.Errorf("vocab.txt:%d: %w", n+1, err)
		}
	}
	if len(v.kinds) == 0 || len(v.countable) == 0 || len(v.verbs) == 0 || len(v.clauses) == 0 || len(v.orgNouns) == 0 {
		return nil, fmt.Errorf("vocab.txt: missing sections")
	}
	v.keepApart()
	v.reserve()
	for _, t := range v.subs {
		if !slices.ContainsFunc(t, func(p part) bool { return p.slot && (p.text == "num" || p.text == "pctof" || p.text == "year") }) {
			v.plainSubs = append(v.plainSubs, t)
		}
	}
	return v, nil
}

// add adds one line of section (of kind k for an event section).
func (v *vocab) add(section string, k *kind, line string) error {
	if k != nil {
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("%q: want KEY: VALUE", line)
		}
		val = strings.TrimSpace(val)
		switch key {
		case "event":
			k.events = strings.Fields(val)
		case "titles":
			k.titles = strings.Split(val, "|")
		case "org":
			k.org = val
		case "facts":
			for _, f := range strings.Fields(val) {
				name, spec, _ := strings.Cut(f, "=")
				fs := strings.Split(spec, ":")
				if len(fs) != 3 {
					return fmt.Errorf("fact %q: want NAME=TYPE:LOW:HIGH", f)
				}
				lo, err1 := strconv.Atoi(fs[1])
				hi, err2 := strconv.Atoi(fs[2])
				if err1 != nil || err2 != nil || hi < lo {
					return fmt.Errorf("fact %q: bad range", f)
				}
				k.facts = append(k.facts, factSpec{name, fs[0], lo, hi})
			}
		case "head":
			k.heads = append(k.heads, parseTemplate(val))
		case "fact":
			k.lines = append(k.lines, parseTemplate(val))
		case "quote":
			k.quotes = append(k.quotes, parseTemplate(val))
		default:
			return fmt.Errorf("unknown key %q", key)
		}
		return nil
	}
	words := strings.Fields(line)
	switch section {
	case "given":
		v.given = append(v.given, words...)
	case "syllables":
		v.syllables = append(v.syllables, words...)
	case "placeforms":
		v.placeForms = append(v.placeForms, line)
	case "orgforms":
		v.orgForms = append(v.orgForms, line)
	case "orgnouns":
		v.orgNouns = append(v.orgNouns, line)
	case "topics":
		v.topics = append(v.topics, words...)
	case "nouns", "professions":
		for _, w := range words {
			one, many, ok := strings.Cut(w, ":")
			if !ok {
				many = plural(one)
			}
			if many == "-" {
				many = ""
			}
			n := noun{strings.ReplaceAll(one, "-", " "), strings.ReplaceAll(many, "-", " ")}
			if section == "professions" {
				v.profs = append(v.profs, n)
				continue
			}
			v.nouns = append(v.nouns, n)
			if n.many != "" && n.many != n.one {
				v.countable = append(v.countable, n)
			}
		}
	case "verbs":
		for _, w := range words {
			f := strings.Split(w, ":")
			vb := verb{base: f[0], s: thirdPerson(f[0]), ing: ingForm(f[0])}
			switch len(f) {
			case 1:
				vb.past = pastForm(f[0])
				vb.pp = vb.past
			case 3:
				vb.past, vb.pp = f[1], f[2]
				if strings.HasSuffix(vb.past, f[0][len(f[0])-1:]+f[0][len(f[0])-1:]+"ed") {
					// A doubled final consonant doubles before -ing too.
					vb.ing = f[0] + f[0][len(f[0])-1:] + "ing"
				}
			default:
				return fmt.Errorf("verb %q: want BASE or BASE:PAST:PARTICIPLE", w)
			}
			v.verbs = append(v.verbs, vb)
		}
	case "rolewords":
		v.roleWords = append(v.roleWords, words...)
	case "adjectives":
		v.adjs = append(v.adjs, words...)
	case "adverbs":
		v.advs = append(v.advs, words...)
	case "clauses":
		v.clauses = append(v.clauses, parseTemplate(line))
	case "subs":
		v.subs = append(v.subs, parseTemplate(line))
	case "attribs":
		v.attribs = append(v.attribs, parseTemplate(line))
	case "quotes":
		v.quotes = append(v.quotes, parseTemplate(line))
	default:
		return fmt.Errorf("line outside a known section: %q", line)
	}
	return nil
}

// keepApart takes out of the background's pools every word that the
// events' fact lines use (and its forms): a figure of the background
// then never shares its context with a fact, so two outlets never seem
// to disagree on a fact because a random sentence put another figure
// near the same words.
func (v *vocab) keepApart() {
	used := map[string]bool{}
	for _, k := range append([]kind{v.common}, v.kinds...) {
		for _, ts := range [][]template{k.heads, k.lines, k.quotes} {
			for _, t := range ts {
				for _, p := range t {
					if !p.slot {
						for _, f := range strings.Fields(p.text) {
							used[strings.ToLower(strings.Trim(f, ",.:;\"'"))] = true
						}
					}
				}
			}
		}
	}
	for _, w := range v.roleWords {
		used[w] = true
	}
	clash := func(w string) bool {
		for _, f := range []string{w, w + "s", w + "es", w + "d", w + "ed", w + "ing", strings.TrimSuffix(w, "e") + "ing"} {
			if used[f] {
				return true
			}
		}
		return false
	}
	keep := func(ns []noun) []noun {
		return slices.DeleteFunc(ns, func(n noun) bool { return clash(n.one) || n.many != "" && clash(n.many) })
	}
	v.nouns, v.countable = keep(v.nouns), keep(v.countable)
	v.verbs = slices.DeleteFunc(v.verbs, func(vb verb) bool { return clash(vb.base) || clash(vb.past) || clash(vb.pp) })
	v.adjs = slices.DeleteFunc(v.adjs, clash)
	v.advs = slices.DeleteFunc(v.advs, clash)
}

// reserve lists the capitalised words of the copy that are not coined:
// given names, days and months, and every word of the pools (any may
// start a sentence).
func (v *vocab) reserve() {
	v.reserved = map[byte][]string{}
	add := func(w string) {
		w = strings.ToLower(strings.Trim(w, ",.'{}"))
		if len(w) > 2 {
			v.reserved[w[0]] = append(v.reserved[w[0]], w)
		}
	}
	for _, ws := range [][]string{v.given, v.adjs, v.advs, v.topics} {
		for _, w := range ws {
			add(w)
		}
	}
	for _, ls := range [][]string{v.orgForms, v.orgNouns, v.placeForms} {
		for _, l := range ls {
			for _, w := range strings.Fields(l) {
				add(w)
			}
		}
	}
	for _, k := range v.kinds {
		for _, t := range k.titles {
			for _, w := range strings.Fields(t) {
				add(w)
			}
		}
		for _, w := range strings.Fields(k.org) {
			add(w)
		}
	}
	for _, n := range append(append([]noun(nil), v.nouns...), v.profs...) {
		add(n.one)
		add(n.many)
	}
	for _, vb := range v.verbs {
		add(vb.base)
		add(vb.past)
	}
	for m := time.January; m <= time.December; m++ {
		add(m.String())
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		add(d.String())
	}
}

// nearReserved reports a coined word (capitalised) that is within two
// edits of a reserved word of the same first letter (three for long
// ones).
func (v *vocab) nearReserved(w string) bool {
	if x, ok := v.near.Load(w); ok {
		return x.(bool)
	}
	lw := strings.ToLower(w)
	near := false
	for _, n := range v.reserved[lw[0]] {
		if within(lw, n, nameLimit(lw, n)) {
			near = true
			break
		}
	}
	v.near.Store(w, near)
	return near
}

// nameLimit is the edit distance within which two names look like one
// misspelt.
func nameLimit(a, b string) int {
	if len(a) >= 6 && len(b) >= 6 {
		return 3
	}
	return 2
}

// parseTemplate cuts s into literal text and {slots}.
func parseTemplate(s string) template {
	var t template
	for s != "" {
		i := strings.IndexByte(s, '{')
		j := strings.IndexByte(s[max(i, 0):], '}')
		if i < 0 || j < 0 {
			t = append(t, part{text: s})
			break
		}
		if i > 0 {
			t = append(t, part{text: s[:i]})
		}
		t = append(t, part{text: s[i+1 : i+j], slot: true})
		s = s[i+j+1:]
	}
	return t
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// plural is the regular plural of a noun.
func plural(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// thirdPerson is the -s form of a regular verb.
func thirdPerson(w string) string {
	if w == "have" {
		return "has"
	}
	if strings.HasSuffix(w, "o") {
		return w + "es"
	}
	return plural(w)
}

// pastForm is the -ed form of a regular verb.
func pastForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	}
	return w + "ed"
}

// ingForm is the -ing form of a verb.
func ingForm(w string) string {
	n := len(w)
	switch {
	case strings.HasSuffix(w, "ee") || strings.HasSuffix(w, "ye"):
		return w + "ing"
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying"
	case strings.HasSuffix(w, "e") && n > 2:
		return w[:n-1] + "ing"
	}
	return w + "ing"
}
