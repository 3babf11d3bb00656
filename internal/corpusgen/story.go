package corpusgen

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
)

// person is someone a story names: in full with a title or description
// the first time an article names them, by surname after.
type person struct {
	given, surname, title, prof, home string
	age                               int
}

// story holds what every article of a story shares: its kind of event,
// places, people, organisation and facts, and the figures its
// background sentences give (one value per noun, so that two outlets
// never disagree on them).
type story struct {
	v                     *vocab
	kind                  *kind
	town, region, capital string
	places                []string
	org                   string
	people                map[string]*person
	roles                 []string
	facts                 map[string]float64
	types                 map[string]string
	counts, shares        map[string]int
	event                 time.Time
	currency              int
	lines                 []template // the kind's and the common fact lines
	quotes                []template
	// converted is the one sum an outlet may convert to another
	// currency (see the report on bracketed sums).
	converted string
	// coinedNames are the story's names so far: a new one must not
	// look like a misspelling of one of them.
	coinedNames map[byte][]string
}

func abs(n int) int { return max(n, -n) }

// coined returns a capitalised word of two or three syllables: the
// names of people and places, so that each story names its own, as real
// stories do, and names keep coming as the corpus grows.
func coined(v *vocab, r *rand.Rand) string {
	n := 2 + r.IntN(2)
	var b strings.Builder
	for range n {
		b.WriteString(v.syllables[r.IntN(len(v.syllables))])
	}
	w := b.String()
	return strings.ToUpper(w[:1]) + w[1:]
}

// coin coins a name for the story that is not within two edits of a
// name it has already (three for long ones): real stories do not name
// "Velir" and "Velkin", and a checker would rightly take one for a
// misspelling of the other.
func (st *story) coin(r *rand.Rand) string {
	for {
		w := coined(st.v, r)
		ok := !st.v.nearReserved(w)
		// Names that differ in their first letter or in length by more
		// than the limit are never taken for misspellings of each
		// other.
		for _, n := range st.coinedNames[w[0]] {
			if !ok {
				break
			}
			if within(w, n, nameLimit(w, n)) {
				ok = false
				break
			}
		}
		if ok {
			st.coinedNames[w[0]] = append(st.coinedNames[w[0]], w)
			return w
		}
	}
}

// within reports whether the Levenshtein distance of a and b is at most
// lim, for the small limits of nameLimit. The generator asks it of every
// name it coins against every name of its first letter, and almost every
// pair is far apart: such a pair is turned away by its lengths or its
// letters before any table is filled, and the table stops at the first
// row whose every cell is over the limit. The answer is the plain
// distance's (TestWithinAgreesWithDistance), so the corpora are the same.
func within(a, b string, lim int) bool {
	if abs(len(a)-len(b)) > lim {
		return false
	}
	// Every letter that one word has and the other lacks takes an edit
	// of its own (a substitution removes one letter and brings one): a
	// pair whose letter sets differ by more than lim either way is
	// further apart than lim. Letters share bits by their low six bits,
	// which only makes the sets look closer, never further.
	var ma, mb uint64
	for i := 0; i < len(a); i++ {
		ma |= 1 << (a[i] & 63)
	}
	for i := 0; i < len(b); i++ {
		mb |= 1 << (b[i] & 63)
	}
	if bits.OnesCount64(ma&^mb) > lim || bits.OnesCount64(mb&^ma) > lim {
		return false
	}
	var r1, r2 [24]int
	prev, cur := r1[:0], r2[:0]
	if len(b)+1 > len(r1) {
		prev, cur = make([]int, 0, len(b)+1), make([]int, 0, len(b)+1)
	}
	prev, cur = prev[:len(b)+1], cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		least := i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
			least = min(least, cur[j])
		}
		// A row's least cell never falls in the rows below (each cell
		// is at least the least of the row above), so the distance is
		// over lim once a whole row is.
		if least > lim {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(b)] <= lim
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func newStory(v *vocab, r *rand.Rand) *story {
	k := &v.kinds[r.IntN(len(v.kinds))]
	st := &story{
		v: v, kind: k,
		people: map[string]*person{}, coinedNames: map[byte][]string{},
		facts: map[string]float64{}, types: map[string]string{},
		counts: map[string]int{}, shares: map[string]int{},
		currency: r.IntN(3),
	}
	st.town, st.region, st.capital = st.coin(r), st.coin(r), st.coin(r)
	for range 3 {
		st.places = append(st.places, st.coin(r))
	}
	// Years whose exchange rates the default rules know.
	st.event = time.Date(2019+r.IntN(7), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
	st.org = st.fill(r, k.org)
	for i, role := range []string{"lead", "second", "expert", "witness"} {
		p := &person{given: pick(r, v.given), surname: st.coin(r), age: 19 + r.IntN(62)}
		if i < len(k.titles) && role != "witness" {
			p.title = k.titles[i]
		}
		p.prof = pick(r, v.profs).one
		p.home = pick(r, st.places)
		st.people[role] = p
		st.roles = append(st.roles, role)
	}
	for _, spec := range append(append([]factSpec(nil), v.common.facts...), k.facts...) {
		if spec.typ == "money" && st.converted == "" {
			st.converted = spec.name
		}
		st.facts[spec.name] = value(r, spec)
		st.types[spec.name] = spec.typ
	}
	if age, ok := st.facts["age"]; ok {
		// The age of a kind (a defendant, a driver) is its witness's:
		// tie them so that an article never gives two.
		st.people["witness"].age = int(age)
	}
	st.lines = append(append([]template(nil), k.lines...), v.common.lines...)
	st.quotes = append(append([]template(nil), k.quotes...), v.common.quotes...)
	return st
}

// fill fills the {X} (a coined word), {R} (the region), {P} (a place)
// and {T} (a topic) slots of an organisation's or place's form.
func (st *story) fill(r *rand.Rand, form string) string {
	var b strings.Builder
	for _, p := range parseTemplate(form) {
		if !p.slot {
			b.WriteString(p.text)
			continue
		}
		switch p.text {
		case "X":
			b.WriteString(st.coin(r))
		case "R", "region":
			b.WriteString(st.region)
		case "P":
			b.WriteString(pick(r, st.places))
		case "T":
			b.WriteString(pick(r, st.v.topics))
		case "town":
			b.WriteString(st.town)
		}
	}
	return b.String()
}

// value draws a fact's value; counts spread over orders of magnitude, as
// real counts do.
func value(r *rand.Rand, spec factSpec) float64 {
	lo, hi := float64(spec.lo), float64(spec.hi)
	switch spec.typ {
	case "count", "area", "year", "clock", "km", "kmh", "temp", "height", "age", "rain":
		x := lo + r.Float64()*(hi-lo)
		if spec.typ == "count" || spec.typ == "area" {
			x = math.Exp(math.Log(lo) + r.Float64()*(math.Log(hi)-math.Log(lo)))
		}
		if spec.typ == "clock" {
			return float64(int(x) / 5 * 5)
		}
		return math.Round(x)
	case "money":
		x := math.Exp(math.Log(lo) + r.Float64()*(math.Log(hi)-math.Log(lo)))
		if x < 10 {
			return math.Round(x*10) / 10
		}
		return math.Round(x)
	case "pct":
		if r.IntN(2) == 0 {
			return math.Round((lo+r.Float64()*(hi-lo))*10) / 10
		}
		return math.Round(lo + r.Float64()*(hi-lo))
	case "mag":
		return float64(spec.lo+r.IntN(spec.hi-spec.lo+1)) / 10
	}
	return 0
}

// article writes one outlet's article: a dateline and headline, a lede
// and the facts the outlet chose in an order of its own, between
// background sentences and quotes, in paragraphs of one to three
// sentences, until it has about size bytes.
func (st *story) article(r *rand.Rand, size int) []byte {
	w := &writer{st: st, r: r, named: map[string]bool{}, seen: map[string]bool{}}
	w.date = st.event.AddDate(0, 0, r.IntN(3))
	w.style = r.IntN(4)
	var b strings.Builder
	b.Grow(size + 400)
	b.WriteString("date ")
	b.WriteString(w.date.Format("2006-01-02"))
	b.WriteByte(' ')
	w.facts = true
	b.WriteString(capitalise(w.render(pick(r, st.kind.heads), true)))
	w.facts = false
	b.WriteByte('\n')
	// The lede is one of the kind's own facts; the outlet tells most,
	// not all, of the rest.
	facts := r.Perm(len(st.lines))
	for i, f := range facts {
		if f < len(st.kind.lines) {
			facts[0], facts[i] = f, facts[0]
			break
		}
	}
	facts = facts[:len(facts)*(6+r.IntN(4))/10]
	quotes := r.Perm(len(st.quotes))
	para := 0
	limit := 1
	for n := 0; b.Len() < size; n++ {
		var s string
		switch {
		case n == 0 || len(facts) > 0 && r.IntN(5) < 2:
			s = w.sentence(st.lines[facts[0]])
			facts = facts[1:]
		case r.IntN(9) < 2:
			// Two sentences in nine a quote, while the story has one
			// left: the real copy of testdata, as its sets grew, came
			// to 1.56 quotes per KB, and one in six left the generated
			// copy at 1.16, out of TestRealistic's 25%.
			s = w.quote(quotes)
			if len(quotes) > 0 {
				quotes = quotes[1:]
			}
		default:
			s = w.background()
		}
		if s == "" || w.seen[s] {
			continue
		}
		w.seen[s] = true
		if para > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		para++
		if para >= limit {
			b.WriteByte('\n')
			para = 0
			// Real copy runs about one and a half sentences to a
			// paragraph.
			limit = 1 + r.IntN(2)
			if r.IntN(10) == 0 {
				limit = 3
			}
		}
	}
	if para > 0 {
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// writer renders the sentences of one article: it knows whom the
// article has named already and the outlet's style.
type writer struct {
	st    *story
	r     *rand.Rand
	date  time.Time
	style int
	named map[string]bool
	seen  map[string]bool
	// facts is set while a fact line is written: its organisation is
	// the story's.
	facts bool
}

// articles turns "a" before a vowel into "an" (the grammar's slots
// cannot know the word that follows them).
func articles(s string) string {
	if !strings.Contains(s, "a ") && !strings.HasPrefix(s, "A ") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if (s[i] == 'a' || s[i] == 'A') && (i == 0 || s[i-1] == ' ' || s[i-1] == '"') && i+2 < len(s) && s[i+1] == ' ' && vowelSound(s[i+2:]) {
			b.WriteByte('n')
		}
	}
	return b.String()
}

// vowelSound reports a word that takes "an": one that starts with a
// vowel, but not the "you" sound of "uniform" or "usual".
func vowelSound(w string) bool {
	if w == "" || strings.IndexByte("aeiouAEIOU", w[0]) < 0 {
		return false
	}
	lw := strings.ToLower(w)
	return !strings.HasPrefix(lw, "uni") && !strings.HasPrefix(lw, "us") && !strings.HasPrefix(lw, "eu")
}

func capitalise(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// sentence renders a fact line as a sentence.
func (w *writer) sentence(t template) string {
	w.facts = true
	s := w.render(t, false)
	w.facts = false
	// Outlets that tell the same fact add their own clauses and sources,
	// so that few sentences are the same across a story.
	if w.r.IntN(2) == 0 {
		s += " " + w.render(pick(w.r, w.st.v.plainSubs), false)
	}
	if !strings.Contains(s, " said") && !strings.Contains(s, "according") && w.r.IntN(2) == 0 {
		s += ", " + w.render(pick(w.r, w.st.v.attribs), false)
	}
	return articles(capitalise(s)) + "."
}

// background builds a sentence from the grammar: a clause, sometimes a
// subordinate clause, sometimes an attribution.
func (w *writer) background() string {
	v := w.st.v
	s := w.render(pick(w.r, v.clauses), false)
	if w.r.IntN(5) < 3 {
		s += " " + w.render(pick(w.r, v.subs), false)
	}
	if w.r.IntN(5) < 2 {
		s += ", " + w.render(pick(w.r, v.attribs), false)
	}
	if s[0] >= '0' && s[0] <= '9' {
		// News copy does not start a sentence with digits.
		s = "some " + s
	}
	return articles(capitalise(s)) + "."
}

// quote writes a quote of the story's (about its facts) while it has
// some left, else one from the grammar, attributed before or after.
func (w *writer) quote(order []int) string {
	var q string
	if len(order) > 0 {
		q = w.render(w.st.quotes[order[0]], false)
	} else {
		q = w.render(pick(w.r, w.st.v.quotes), false)
	}
	who := w.person(pick(w.r, w.st.roles), true)
	if w.r.IntN(2) == 0 {
		return articles("\"" + capitalise(q) + ",\" " + who + " said.")
	}
	return articles(capitalise(who) + " said: \"" + capitalise(q) + ".\"")
}

// render fills the slots of t. A person followed by the end of the
// template or punctuation is named with the title before the name, so
// that no appositive's comma runs into a full stop.
func (w *writer) render(t template, head bool) string {
	var b strings.Builder
	v := w.st.v
	for i, p := range t {
		if !p.slot {
			b.WriteString(p.text)
			continue
		}
		mid := i+1 < len(t) && strings.HasPrefix(t[i+1].text, " ")
		qualified := i > 0 && qualifier(t[i-1].text)
		switch name := p.text; {
		case strings.HasPrefix(name, "F."):
			b.WriteString(w.fact(name[2:], qualified))
		case strings.HasPrefix(name, "P."):
			if head {
				pp := w.st.people[name[2:]]
				b.WriteString(pp.given + " " + pp.surname)
			} else {
				b.WriteString(w.person(name[2:], mid))
			}
		case name == "adj":
			b.WriteString(pick(w.r, v.adjs))
		case name == "adv":
			b.WriteString(pick(w.r, v.advs))
		case name == "noun":
			b.WriteString(pick(w.r, v.nouns).one)
		case name == "nouns":
			b.WriteString(pick(w.r, v.countable).many)
		case name == "verb":
			b.WriteString(pick(w.r, v.verbs).base)
		case name == "verbs":
			b.WriteString(pick(w.r, v.verbs).s)
		case name == "verbed":
			b.WriteString(pick(w.r, v.verbs).past)
		case name == "verben":
			b.WriteString(pick(w.r, v.verbs).pp)
		case name == "verbing":
			b.WriteString(pick(w.r, v.verbs).ing)
		case name == "prof":
			b.WriteString(pick(w.r, v.profs).one)
		case name == "profs":
			b.WriteString(pick(w.r, v.profs).many)
		case name == "place":
			b.WriteString(w.place())
		case name == "org" && w.facts:
			b.WriteString(w.st.org)
		case name == "org":
			b.WriteString(w.org())
		case name == "person":
			b.WriteString(w.someone(mid))
		case name == "num":
			b.WriteString(w.count())
		case name == "pctof":
			b.WriteString(w.share())
		case name == "year":
			b.WriteString(strconv.Itoa(int(w.st.facts["year"])))
		case name == "day":
			b.WriteString(w.st.event.Weekday().String())
		case name == "month":
			b.WriteString(w.st.event.Month().String())
		case name == "event":
			b.WriteString(pick(w.r, w.st.kind.events))
		case name == "topic":
			b.WriteString(strings.ToLower(pick(w.r, v.topics)))
		case name == "town":
			b.WriteString(w.st.town)
		case name == "region":
			b.WriteString(w.st.region)
		case name == "capital":
			b.WriteString(w.st.capital)
		default:
			b.WriteString(w.st.fill(w.r, "{"+name+"}"))
		}
	}
	return b.String()
}

// qualifier reports text that ends in a word that qualifies the figure
// after it, so that the figure is given exactly.
func qualifier(text string) bool {
	for _, q := range []string{"at least ", "more than ", "about ", "some ", "up to ", "of ", "to ", "at ", "the "} {
		if strings.HasSuffix(text, q) {
			return true
		}
	}
	return false
}

// place names one of the story's places, or a place of its own (names of
// people and places are where real copy's vocabulary keeps growing).
func (w *writer) place() string {
	st := w.st
	switch w.r.IntN(6) {
	case 0:
		return st.town
	case 1:
		return st.region
	case 2:
		return st.capital
	case 3, 4:
		return pick(w.r, st.places)
	}
	return st.fill(w.r, pick(w.r, st.v.placeForms))
}

// org names the story's organisation, another, or one by what it is.
func (w *writer) org() string {
	switch w.r.IntN(6) {
	case 0, 1:
		return w.st.org
	case 2:
		return w.st.fill(w.r, pick(w.r, w.st.v.orgForms))
	}
	return pick(w.r, w.st.v.orgNouns)
}

// someone names a person of the story, or someone the article alone
// quotes: a bystander with a trade and a home.
func (w *writer) someone(mid bool) string {
	if w.r.IntN(3) > 0 {
		return w.person(pick(w.r, w.st.roles), mid)
	}
	v := w.st.v
	name := pick(w.r, v.given) + " " + w.st.coin(w.r)
	prof := pick(w.r, v.profs).one
	if mid {
		if w.r.IntN(2) == 0 {
			return name + ", " + strconv.Itoa(19+w.r.IntN(62)) + ", a " + prof + " from " + w.place() + ","
		}
		return name + ", a " + prof + " in " + w.place() + ","
	}
	return "local " + prof + " " + name
}

// person names a person of the story: in full the first time (a title
// before the name, or a description after it mid-sentence), by surname
// after.
func (w *writer) person(role string, mid bool) string {
	p := w.st.people[role]
	if w.named[role] {
		return p.surname
	}
	w.named[role] = true
	full := p.given + " " + p.surname
	switch {
	case p.title == "" && mid:
		return full + ", " + strconv.Itoa(p.age) + ", a " + p.prof + " from " + p.home + ","
	case p.title == "":
		return strconv.Itoa(p.age) + "-year-old " + p.prof + " " + full
	case mid && w.r.IntN(2) == 0:
		return full + ", the " + p.title + ","
	}
	// A title before a name in lower case, as many style books have it:
	// the name then reads the same in every article.
	return p.title + " " + full
}

// count gives a count of the story with its noun: the same noun always
// has the same count in a story.
func (w *writer) count() string {
	n := w.backgroundNoun()
	c, ok := w.st.counts[n.many]
	if !ok {
		c = int(math.Exp(math.Log(2) + w.r.Float64()*(math.Log(5000)-math.Log(2))))
		w.st.counts[n.many] = c
	}
	return number(c) + " " + n.many
}

// share gives a percentage of the story with its noun.
func (w *writer) share() string {
	n := w.backgroundNoun()
	c, ok := w.st.shares[n.many]
	if !ok {
		c = 2 + w.r.IntN(90)
		w.st.shares[n.many] = c
	}
	return w.percent(float64(c)) + " of the " + n.many
}

// backgroundNoun picks a noun for a count or share (none a fact uses;
// see keepApart).
func (w *writer) backgroundNoun() noun { return pick(w.r, w.st.v.countable) }

// number writes n in digits with thousands separated by commas.
func number(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// decimal writes x with one decimal if it has a fraction.
func decimal(x float64) string {
	if x == math.Trunc(x) {
		return number(int(x))
	}
	return strconv.FormatFloat(x, 'f', 1, 64)
}

var smallWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}

func (w *writer) percent(x float64) string {
	switch w.style {
	case 1:
		return decimal(x) + " per cent"
	case 2:
		return decimal(x) + " percent"
	}
	return decimal(x) + "%"
}

// Currencies and the rates a conversion uses: inside the yearly ranges
// the default rules accept for 2019 to 2025.
var (
	symbols = []string{"$", "£", "€"}
	rates   = [3][3]float64{{1, 0.787, 0.926}, {1.27, 1, 1.163}, {1.08, 0.86, 1}}
)

// money writes a sum of millions in the currency c.
func (w *writer) money(c int, m float64, short bool) string {
	if m >= 1000 {
		b := math.Round(m/100) / 10
		if short {
			return symbols[c] + decimal(b) + "bn"
		}
		return symbols[c] + decimal(b) + " billion"
	}
	if short {
		return symbols[c] + decimal(m) + "m"
	}
	return symbols[c] + decimal(m) + " million"
}

// floor2 rounds n down to two significant digits.
func floor2(n int) int {
	p := 1
	for n/p >= 100 {
		p *= 10
	}
	return n / p * p
}

// round2 rounds x to two significant digits.
func round2(x float64) float64 {
	if x == 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(x))-1)
	return math.Round(x/p) * p
}

// fact writes a fact of the story as this outlet words it: a count
// exactly, or under a qualifier it makes true ("more than 40" for 43); a
// measure in one unit or with its conversion in brackets; a sum in the
// story's currency, sometimes converted.
func (w *writer) fact(name string, qualified bool) string {
	x, ok := w.st.facts[name]
	if !ok {
		return name
	}
	r := w.r
	switch w.st.types[name] {
	case "count":
		n := int(x)
		switch {
		case n < 10 && r.IntN(2) == 0:
			return smallWords[n]
		case !qualified && n >= 20 && floor2(n) < n && r.IntN(4) == 0:
			return "more than " + number(floor2(n))
		case !qualified && r.IntN(6) == 0:
			return "at least " + number(n)
		}
		return number(n)
	case "age":
		return strconv.Itoa(int(x))
	case "year":
		return strconv.Itoa(int(x))
	case "pct":
		return w.percent(x)
	case "mag":
		return strconv.FormatFloat(x, 'f', 1, 64)
	case "money":
		c := w.st.currency
		s := w.money(c, x, w.style%2 == 1)
		if name == w.st.converted && r.IntN(3) == 0 {
			o := (c + 1 + r.IntN(2)) % 3
			s += " (" + w.money(o, round2(x*rates[c][o]), w.style%2 == 1) + ")"
		}
		return s
	case "km":
		return w.measure(x, "km", " kilometres", x/1.609344, "miles", 0)
	case "kmh":
		return w.measure(x, "km/h", " kilometres an hour", x/1.609344, "mph", 0)
	case "temp":
		return w.measure(x, "C", " degrees Celsius", x*9/5+32, "F", 0)
	case "height":
		return w.measure(x, "m", " metres", x*3.28084, "ft", 0)
	case "rain":
		return w.measure(x, "mm", " millimetres", x/25.4, "inches", 1)
	case "area":
		return w.measure(x, "hectares", " hectares", x*2.47105, "acres", 0)
	case "clock":
		h, m := int(x)/60, int(x)%60
		suffix := "am"
		if h >= 12 {
			suffix = "pm"
		}
		h12 := h % 12
		if h12 == 0 {
			h12 = 12
		}
		if w.style == 3 {
			return strconv.Itoa(h12) + ":" + twoDigits(m) + suffix
		}
		return strconv.Itoa(h12) + "." + twoDigits(m) + suffix
	case "date":
		e := w.st.event
		switch r.IntN(3) {
		case 0:
			return "on " + e.Weekday().String()
		case 1:
			return "on " + e.Weekday().String() + ", " + strconv.Itoa(e.Day()) + " " + e.Month().String()
		}
		return "on " + strconv.Itoa(e.Day()) + " " + e.Month().String()
	}
	return decimal(x)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// measure writes x in its unit, spelt out or abbreviated, or with its
// conversion y in brackets (rounded to digits decimals), or the other
// way round.
func (w *writer) measure(x float64, unit, long string, y float64, other string, digits int) string {
	conv := strconv.FormatFloat(y, 'f', digits, 64)
	if digits == 0 {
		conv = number(int(math.Round(y)))
	}
	sep := " "
	if unit == "C" || unit == "F" {
		sep = ""
	}
	otherSep := " "
	if other == "F" {
		otherSep = ""
	}
	switch w.r.IntN(4) {
	case 0:
		return decimal(x) + long
	case 1:
		return decimal(x) + sep + unit
	case 2:
		// The other way round only when the figure in brackets is what
		// the rounded first one converts to.
		if unit != "C" && unit != "hectares" && digits == 0 && math.Round(math.Round(y)*x/y) == x {
			return conv + otherSep + other + " (" + decimal(x) + sep + unit + ")"
		}
	}
	return decimal(x) + sep + unit + " (" + conv + otherSep + other + ")"
}
