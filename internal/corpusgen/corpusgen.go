// Package corpusgen generates a corpus of news-like articles for
// benchmarks: stories of several articles that share names and facts,
// written with different wording, with the numbers, units, qualifiers,
// conversions, quotes and datelines of real copy. The same seed gives the
// same corpus.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article.
type Article struct {
	// Path is "storyNNNNN/outletNN.txt".
	Path string
	Text []byte
	// Misspelt are the misspellings injected into the article
	// (Options.Misspell); none by default.
	Misspelt []Misspelling
}

// Misspelling is a name of the story misspelt on purpose in one place,
// for measuring how many misspellings a checker finds.
type Misspelling struct {
	// Offset is the byte offset of Wrong in the article's Text.
	Offset int
	// Right is the name as the story spells it, Wrong the misspelling.
	Right, Wrong string
}

// Options size the corpus.
type Options struct {
	// Articles is the number of articles.
	Articles int
	// MinPerStory and MaxPerStory bound a story's articles (2 and 10 by
	// default).
	MinPerStory, MaxPerStory int
	// Bytes is the rough size of an article (4096 by default).
	Bytes int
	Seed  uint64
	// Misspell, if more than 0, misspells one name of the story in
	// every Misspell-th article: one use inside a sentence of a single-
	// word name that the story spells right elsewhere, with one letter
	// after the first substituted, dropped or doubled. The choices come
	// from a random source of their own, so the corpus is otherwise the
	// one the same seed gives without misspellings.
	Misspell int
}

// syllables make place and family names, so that stories name places
// and people of their own, as real stories do.
var syllables = []string{"ka", "ran", "vel", "mor", "dun", "sel", "ta", "bri", "lo", "wen", "gar", "ost", "ni", "per", "hal", "ve", "cor", "lin", "dra", "mes", "tol", "ba", "ri", "san", "ul", "fen", "zo", "quil", "har", "min"}

// coined returns a capitalised name of two or three syllables.
func coined(r *rand.Rand) string {
	n := 2 + r.IntN(2)
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.IntN(len(syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

var (
	given   = []string{"Anna", "Marek", "Sofia", "Daniel", "Leila", "Tomas", "Ines", "Kwame", "Yuki", "Oleg", "Priya", "Mateo", "Hana", "Samuel", "Irina", "Jonas", "Amara", "Pavel", "Lucia", "Farid"}
	family  = []string{"Novak", "Kowalski", "Haddad", "Okafor", "Tanaka", "Petrov", "Mendes", "Larsen", "Sato", "Nkemelu", "Varga", "Ibarra", "Lindqvist", "Moreau", "Castellano", "Dimitrov", "Osei", "Bauer", "Rahman", "Keller"}
	towns   = []string{"Harlow", "Kessler", "Marden", "Velstad", "Ostrava", "Brennick", "Toliara", "Carrow", "Limsk", "Durnford", "Pellworth", "Santa Irene", "Kolvik", "Arbeth", "Norwell", "Tessin", "Gravel Bay", "Orrin", "Calder", "Wexmoor"}
	bodies  = []string{"Ministry of Transport", "National Rail Authority", "Coast Guard", "Fire Service", "Interior Ministry", "Red Cross", "Port Authority", "Met Office", "Electoral Commission", "Health Ministry"}
	outlets = []string{"Daily Courier", "Morning Ledger", "Evening Post", "Wire Service", "Herald", "Gazette", "Chronicle", "Observer", "Tribune", "Sentinel"}
	things  = []string{"train", "ferry", "convoy", "airliner", "tanker", "bus", "barge", "freighter"}
	months  = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	days    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	fillers = []string{
		"Officials declined to comment further on the matter.",
		"The incident drew comparisons with earlier events in the region.",
		"Residents said they had not been told what to expect.",
		"Critics have long warned that the system was under strain.",
		"The government has promised a full review of the circumstances.",
		"Local businesses said the disruption had cost them dearly.",
		"Analysts said the figures would be revised as more information became available.",
		"It was not immediately clear who would take responsibility.",
	}
)

// story holds the facts that every article of a story shares.
type story struct {
	person, official, town, town2, body, thing string
	// extra are more people and places the story names.
	extra                                      []string
	speedKMH, cars, people, injured, km, hours int
	cost                                       float64
	year, day, month                           int
}

func newStory(r *rand.Rand) story {
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	return story{
		person:   pick(given) + " " + coined(r),
		official: pick(given) + " " + pick(family),
		town:     coined(r),
		town2:    pick(towns),
		body:     pick(bodies),
		thing:    pick(things),
		speedKMH: 40 + r.IntN(120),
		cars:     5 + r.IntN(30),
		people:   10 + r.IntN(400),
		injured:  3 + r.IntN(90),
		km:       20 + r.IntN(600),
		hours:    2 + r.IntN(30),
		cost:     float64(1+r.IntN(90)) / 10,
		year:     1995 + r.IntN(28),
		day:      r.IntN(7),
		month:    r.IntN(12),
		extra:    []string{pick(given) + " " + coined(r), coined(r), pick(given) + " " + coined(r), pick(given) + " " + coined(r)},
	}
}

// sentences writes the fact sentences of one article of st, worded by
// the outlet's variant.
func (st *story) sentences(r *rand.Rand, variant int) []string {
	mph := float64(st.speedKMH) / 1.609344
	miles := float64(st.km) / 1.609344
	v := func(options ...string) string { return options[(variant+r.IntN(2))%len(options)] }
	return []string{
		fmt.Sprintf("%s - The %s carrying %s left %s on %s, the %s said.", strings.ToUpper(st.town), st.thing, st.person, st.town, days[st.day], st.body),
		v(fmt.Sprintf("The %s is said to include at least %d armoured cars, which makes it heavier than most and unable to go beyond %d km/h (%.0fmph).", st.thing, st.cars, st.speedKMH, mph),
			fmt.Sprintf("Its %d armoured cars mean the %s cannot go faster than %d km/h, according to %s.", st.cars, st.thing, st.speedKMH, st.official),
			fmt.Sprintf("With %d armoured cars in tow it travels at no more than %.0f mph.", st.cars, mph)),
		v(fmt.Sprintf("%s lies %d km (%.0f miles) from the border, and the journey is expected to take about %d hours.", st.town2, st.km, miles, st.hours),
			fmt.Sprintf("The trip to %s, some %.0f miles away, should last roughly %d hours.", st.town2, miles, st.hours)),
		v(fmt.Sprintf("At least %d people were on board and %d were injured when the %s stopped suddenly, officials said.", st.people, st.injured, st.thing),
			fmt.Sprintf("The %s said %d people had been injured; more than %d passengers were travelling.", st.body, st.injured, st.people-1)),
		fmt.Sprintf("\"We are doing everything we can,\" %s told the %s on %s.", st.official, outlets[r.IntN(len(outlets))], days[(st.day+1)%7]),
		fmt.Sprintf("%s, who lives in %s, said %s and %s had warned of the risk at a meeting in %s.", st.extra[0], st.extra[1], st.extra[2], st.extra[3], st.town),
		v(fmt.Sprintf("Repairs are expected to cost $%.1f million, and the line was last closed in %s %d.", st.cost, months[st.month], st.year),
			fmt.Sprintf("The bill for repairs could reach $%.1f million, the %s estimated.", st.cost, st.body)),
	}
}

// Generate returns the corpus.
func Generate(opt Options) []Article {
	var out []Article
	_ = Each(opt, func(a Article) error {
		out = append(out, a)
		return nil
	})
	return out
}

// Each generates the corpus of Generate one article at a time, so that a
// corpus larger than memory can be written out; it stops at the first
// error of fn and returns it.
func Each(opt Options, fn func(Article) error) error {
	if opt.MinPerStory <= 0 {
		opt.MinPerStory = 2
	}
	if opt.MaxPerStory < opt.MinPerStory {
		opt.MaxPerStory = max(10, opt.MinPerStory)
	}
	if opt.Bytes <= 0 {
		opt.Bytes = 4096
	}
	r := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	typos := rand.New(rand.NewPCG(opt.Seed, 0x7e90))
	done := 0
	for s := 0; done < opt.Articles; s++ {
		st := newStory(r)
		n := opt.MinPerStory + r.IntN(opt.MaxPerStory-opt.MinPerStory+1)
		for i := 0; i < n && done < opt.Articles; i++ {
			var b strings.Builder
			fmt.Fprintf(&b, "date %d-%02d-%02d ", st.year+1, st.month+1, 1+r.IntN(28))
			facts := st.sentences(r, i)
			for _, f := range facts {
				b.WriteString(f)
				b.WriteString("\n")
			}
			for b.Len() < opt.Bytes {
				b.WriteString(fillers[r.IntN(len(fillers))])
				b.WriteString(" ")
				b.WriteString(facts[1+r.IntN(len(facts)-1)])
				b.WriteString("\n")
			}
			a := Article{Path: fmt.Sprintf("story%05d/outlet%02d.txt", s, i), Text: []byte(b.String())}
			if opt.Misspell > 0 && done%opt.Misspell == opt.Misspell-1 {
				misspell(typos, &a, st.names())
			}
			if err := fn(a); err != nil {
				return err
			}
			done++
		}
	}
	return nil
}

// names returns the single-word names of the story that misspell may
// misspell: its coined names and the official's family name.
func (st *story) names() []string {
	var out []string
	for _, n := range append([]string{st.person, st.official, st.town}, st.extra...) {
		f := strings.Fields(n)
		out = append(out, f[len(f)-1])
	}
	return out
}

// misspell misspells one use of one of names inside a sentence of a, and
// records it; it leaves a as it is if no name is used inside a sentence.
func misspell(r *rand.Rand, a *Article, names []string) {
	text := string(a.Text)
	type use struct {
		off  int
		name string
	}
	var uses []use
	for _, n := range names {
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			i += off
			off = i + len(n)
			// A whole word after a lower-case word or a comma: inside a
			// sentence, where only names are capitalised.
			if i < 2 || text[i-1] != ' ' || !lowerOrComma(text[i-2]) {
				continue
			}
			if off < len(text) && (text[off] >= 'a' && text[off] <= 'z' || text[off] >= 'A' && text[off] <= 'Z') {
				continue
			}
			uses = append(uses, use{i, n})
		}
	}
	if len(uses) == 0 {
		return
	}
	u := uses[r.IntN(len(uses))]
	wrong := mutate(r, u.name)
	a.Text = []byte(text[:u.off] + wrong + text[u.off+len(u.name):])
	a.Misspelt = append(a.Misspelt, Misspelling{Offset: u.off, Right: u.name, Wrong: wrong})
}

// mutate substitutes, drops or doubles one letter of name after its
// first (the names are ASCII).
func mutate(r *rand.Rand, name string) string {
	i := 1 + r.IntN(len(name)-1)
	switch r.IntN(3) {
	case 0:
		c := name[i]
		for c == name[i] {
			c = byte('a' + r.IntN(26))
		}
		return name[:i] + string(c) + name[i+1:]
	case 1:
		return name[:i] + name[i+1:]
	}
	return name[:i+1] + name[i:]
}

// lowerOrComma reports a lower-case ASCII letter or a comma: what goes
// before a name inside a sentence.
func lowerOrComma(c byte) bool { return c >= 'a' && c <= 'z' || c == ',' }
