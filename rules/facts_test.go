package rules_test

import (
	"strings"
	"testing"
)

// autoFacts is the default pack's fact.mismatch rule, alone.
const autoFacts = `
group = "all"

[[rule]]
id = "fact.mismatch"
kind = "autofacts"
contrasts = [["killed", "dead", "toll"], ["injured", "wounded"]]
frame_words = ["those", "these", "past", "last", "next", "coming", "previous", "following", "recent", "first", "final"]
major_gap = 0.25
max_ratio = 10
`

func TestAutoFacts(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b string
		want []string
	}{
		{
			name: "speed disagrees",
			a:    "The train is unable to go beyond 59 km/h (37mph) on the old line.",
			b:    "The heavy train is unable to go beyond 62 km/h on the old line.",
			want: []string{
				"a.txt:1:34: fact.mismatch: speed: 59 km/h (37mph) here; 62 km/h in b.txt:1",
				"b.txt:1:40: fact.mismatch: speed: 62 km/h here; 59 km/h (37mph) in a.txt:1",
			},
		},
		{
			name: "units convert",
			a:    "The train is unable to go beyond 59 km/h on the old line.",
			b:    "The train is unable to go beyond 37 mph on the old line.",
		},
		{
			name: "at least 20 and 21 agree",
			a:    "It is rumoured to include at least 20 bulletproof cars.",
			b:    "The train has 21 bulletproof cars, officials say.",
		},
		{
			name: "counted nouns disagree",
			a:    "It is rumoured to include at least 20 bulletproof cars.",
			b:    "The train has 16 bulletproof cars, officials say.",
			want: []string{
				"a.txt:1:27: fact.mismatch: bulletproof cars: at least 20 bulletproof cars here; 16 bulletproof cars in b.txt:1",
				"b.txt:1:15: fact.mismatch: bulletproof cars: 16 bulletproof cars here; at least 20 bulletproof cars in a.txt:1",
			},
		},
		{
			name: "more than four years and four years agree",
			a:    "It will be his first international trip in more than four years.",
			b:    "It is his first international trip in four years.",
		},
		{
			name: "different modifiers are different facts",
			a:    "The convoy had 20 armoured cars on the road.",
			b:    "The convoy had 12 police cars on the road.",
		},
		{
			name: "a complement naming a place narrows the fact",
			a:    "He has made nine trips abroad since taking power.",
			b:    "He has made four trips to China since taking power.",
		},
		{
			name: "killed and injured are different facts",
			a:    "The blast killed 20 people in the market, police said.",
			b:    "The blast injured 50 people in the market, police said.",
		},
		{
			name: "a toll without a noun is compared by its contrast word",
			a:    "The blast in the market killed 20 people on Friday, police said.",
			b:    "The death toll rose to 25 after the market blast on Friday, police said.",
			want: []string{
				"a.txt:1:32: fact.mismatch: killed: 20 people here; 25 in b.txt:1",
				"b.txt:1:24: fact.mismatch: toll: 25 here; 20 people in a.txt:1",
			},
		},
		{
			name: "the same contrast word with different nouns",
			a:    "Two police officers were injured in the clashes at the station.",
			b:    "Fifty protesters were injured in the clashes at the station.",
		},
		{
			name: "different contexts are different facts",
			a:    "The border stayed sealed for three years during the pandemic.",
			b:    "The minister served in government for eight years before retiring.",
		},
		{
			name: "a time frame is not a figure",
			a:    "Prices rose sharply over the past three years, the bank said.",
			b:    "Prices rose sharply over the past five years, the bank said.",
		},
		{
			name: "about 70 minutes and about an hour agree",
			a:    "The crossing to the island took about 70 minutes, the captain said.",
			b:    "The crossing to the island took about an hour, the captain said.",
		},
		{
			name: "an entire day and three days disagree",
			a:    "The crossing to the island took an entire day, the captain said.",
			b:    "The crossing to the island took three days, the captain said.",
			want: []string{
				"a.txt:1:33: fact.mismatch: duration: an entire day here; three days in b.txt:1",
				"b.txt:1:33: fact.mismatch: duration: three days here; an entire day in a.txt:1",
			},
		},
		{
			name: "a time ago is not a duration",
			a:    "The bridge over the river opened three years ago, the council said.",
			b:    "The bridge over the river was closed for five years, the council said.",
		},
		{
			name: "times ago are compared with each other",
			a:    "The bridge over the river opened three years ago, the council said.",
			b:    "The bridge over the river opened five years ago, the council said.",
			want: []string{
				"a.txt:1:34: fact.mismatch: time ago: three years here; five years in b.txt:1",
				"b.txt:1:34: fact.mismatch: time ago: five years here; three years in a.txt:1",
			},
		},
		{
			// 23 metres and 25 yards are too small to be the distance
			// run, so each run is its article's only claim of its size.
			name: "a figure far smaller does not make a claim less unique",
			a:    "The striker scored from 23 metres.\nHe ran 11.8 km, more than any other player on the pitch.",
			b:    "The winger scored from 25 yards.\nShe covered 9.3 miles, more than any other player on the pitch.",
			want: []string{
				"a.txt:2:8: fact.mismatch: length: 11.8 km here; 9.3 miles in b.txt:2",
				"b.txt:2:13: fact.mismatch: length: 9.3 miles here; 11.8 km in a.txt:2",
			},
		},
		{
			name: "a figure of like size does",
			a:    "The striker scored from 23 metres.\nHe ran 11.8 km, more than any other player on the pitch.",
			b:    "The winger had walked 2 km to the ground.\nShe covered 9.3 miles, more than any other player on the pitch.",
		},
		{
			name: "big gaps are errors",
			a:    "Officials said the bridge is 130 km from the capital city.",
			b:    "Officials said the bridge is 400 km from the capital city.",
			want: []string{
				"a.txt:1:30: fact.mismatch: length: 130 km here; 400 km in b.txt:1",
				"b.txt:1:30: fact.mismatch: length: 400 km here; 130 km in a.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.a, "b.txt", tc.b), tc.want...)
		})
	}
}

// TestOddOneOut checks that where several articles agree and one differs,
// only the odd one is reported, naming the others.
func TestOddOneOut(t *testing.T) {
	speed := "The train is unable to go beyond %s on the old line."
	got := check(t, autoFacts,
		"a.txt", strings.Replace(speed, "%s", "59 km/h", 1),
		"b.txt", strings.Replace(speed, "%s", "59 km/h", 1),
		"c.txt", strings.Replace(speed, "%s", "75 km/h", 1),
		"d.txt", strings.Replace(speed, "%s", "37 mph", 1))
	expect(t, got, "c.txt:1:34: fact.mismatch: speed: 75 km/h here; 59 km/h in a.txt:1, 59 km/h in b.txt:1, 37 mph in d.txt:1")
}

// TestRepeatedClaims: a figure an article repeats in like words is
// compared once, but each repetition is reported, and the first of them
// is the one other articles' findings name.
func TestRepeatedClaims(t *testing.T) {
	speed := "The train is unable to go beyond %s on the old line.\n"
	twice := func(v string) string { return strings.Repeat(strings.Replace(speed, "%s", v, 1), 2) }
	got := check(t, autoFacts,
		"a.txt", twice("59 km/h"),
		"b.txt", twice("59 km/h"),
		"c.txt", twice("75 km/h"))
	expect(t, got,
		"c.txt:1:34: fact.mismatch: speed: 75 km/h here; 59 km/h in a.txt:1, 59 km/h in b.txt:1",
		"c.txt:2:34: fact.mismatch: speed: 75 km/h here; 59 km/h in a.txt:1, 59 km/h in b.txt:1")
	// The same figure in other words is a claim of its own.
	got = check(t, autoFacts,
		"a.txt", twice("59 km/h"),
		"b.txt", twice("59 km/h"),
		"c.txt", "The train is unable to go beyond 75 km/h on the old line.\nThe heavy train is unable to go beyond 75 km/h on the old line.\n")
	expect(t, got,
		"c.txt:1:34: fact.mismatch: speed: 75 km/h here; 59 km/h in a.txt:1, 59 km/h in b.txt:1",
		"c.txt:2:40: fact.mismatch: speed: 75 km/h here; 59 km/h in a.txt:1, 59 km/h in b.txt:1")
}

func TestAutoFactsSeverityGrowsWithGap(t *testing.T) {
	for _, tc := range []struct {
		b, sev string
	}{
		{"62 km/h", "warning"},
		{"90 km/h", "error"},
	} {
		ds := checkDiags(t, autoFacts,
			"a.txt", "The train is unable to go beyond 59 km/h on the old line.",
			"b.txt", "The train is unable to go beyond "+tc.b+" on the old line.")
		if len(ds) != 2 {
			t.Fatalf("%s: %d findings, want 2", tc.b, len(ds))
		}
		for _, d := range ds {
			if d.Severity.String() != tc.sev {
				t.Errorf("%s: severity %s, want %s", tc.b, d.Severity, tc.sev)
			}
			if d.Fact != "speed" || len(d.Related) != 1 {
				t.Errorf("%s: fact %q, %d related", tc.b, d.Fact, len(d.Related))
			}
		}
	}
}

// TestStoriesAreSeparate checks that unrelated stories in one run are
// never compared.
func TestStoriesAreSeparate(t *testing.T) {
	a := "Emma Novak of Harlow Transit said the Northern Express train, built by Kessler Works in Linz, cannot go beyond 59 km/h on the old line."
	b := "Raul Ibarra of the Toledo Fire Service said the Santa Clara tanker, built by Marlin Yards in Cadiz, cannot go beyond 90 km/h on the old line."
	auto := strings.Replace(autoFacts, `group = "all"`, `group = "auto"`, 1)
	if got := check(t, auto, "a.txt", a, "b.txt", b); len(got) != 0 {
		t.Errorf("unrelated stories compared:\n%s", strings.Join(got, "\n"))
	}
	// The same two, in one story by front matter.
	fm := func(s string) string { return "---\nstory: one\n---\n" + s + "\n" }
	if got := check(t, auto, "a.md", fm(a), "b.md", fm(b)); len(got) != 2 {
		t.Errorf("one story by front matter: %d findings, want 2:\n%s", len(got), strings.Join(got, "\n"))
	}
}

const conversion = `
[[rule]]
id = "fact.conversion"
kind = "conversion"
severity = "error"
`

func TestConversion(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"It cannot go beyond 59 km/h (37mph).", nil},
		{"Vladivostok lies 130 km (80 miles) from the border.", nil},
		{"The lake lies 130 km (95 miles) from the border.", []string{"a.txt:1:23: fact.conversion: 130 km is about 81 miles, not 95 miles =>? 81 miles"}},
		{"It cannot go beyond 59 km/h (45 mph).", []string{"a.txt:1:30: fact.conversion: 59 km/h is about 37 mph, not 45 mph =>? 37 mph"}},
		{"Temperatures fell to -3C (27F) at night.", nil},
		{"Temperatures reached 30C (95F) at noon.", []string{"a.txt:1:27: fact.conversion: 30C is about 86F, not 95F =>? 86F"}},
		{"The ship is 200 metres (656 feet) long.", nil},
		{"Winds of 50 knots (93 km/h) battered the coast.", nil},
		{"Winds of 50 knots (60 km/h) battered the coast.", []string{"a.txt:1:20: fact.conversion: 50 knots is about 93 km/h, not 60 km/h =>? 93 km/h"}},
		// Alternatives, not conversions.
		{"The route is 10 km or 20 miles long, depending on the road.", nil},
		{"It spilled 3,000 litres (790 gallons) of oil.", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expect(t, check(t, conversion, "a.txt", tc.text), tc.want...)
		})
	}
}

const enumeration = `
[[rule]]
id = "fact.enumeration"
kind = "enumeration"
severity = "error"
`

func TestEnumeration(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"He held three meetings with Trump - one in Singapore, one in Hanoi and one in the DMZ.", nil},
		{"He held four meetings with Trump - one in Singapore, one in Hanoi and one in the DMZ.", []string{"a.txt:1:9: fact.enumeration: four meetings, but the list that follows counts 3"}},
		{"Three teams came: France, Germany and Italy.", nil},
		{"Four teams came: France, Germany and Italy.", []string{"a.txt:1:1: fact.enumeration: Four teams, but the list that follows counts 3"}},
		{"Five rescue teams arrived - two from Spain, one from Chile and two from Peru.", nil},
		{"He was convicted on three counts: fraud, forgery and money laundering.", nil},
		{"He was convicted on four counts: fraud, forgery and money laundering.", []string{"a.txt:1:21: fact.enumeration: four counts, but the list that follows counts 3"}},
		{"Three goals - one from Odell, one from Reyes and one from Asante - lifted them to third, two behind Dunholm.", nil},
		{"They marched in four other cities - Dravik, Teslin, Ulmar and Brenno - without arrests.", nil},
		{"They marched in five other cities - Dravik, Teslin, Ulmar and Brenno - without arrests.", []string{"a.txt:1:17: fact.enumeration: five other cities, but the list that follows counts 4"}},
		// Lists that cannot be read with certainty are left alone.
		{"Four teams came: France, Germany and others.", nil},
		{"He visited two cities: the capital and a port.", nil},
		{"Three ministers resigned; one in March and one in May.", nil},
		{"Thirty-one variants were made: four per story, and three that change a date.", nil},
		{"Nine teams were sent: two in each city and one more to the coast.", nil},
		// Ages beside the listed people are not counts of them.
		{"Four people were arrested: two Veldians, aged 38 and 45, a Corrish man, 51, and a 29-year-old woman.", nil},
		{"Four people were held - two Veldians aged 38 and 45, a Corrish man, 51, and a woman, 29.", nil},
		{"Three crew were named: the captain, 61, the mate, 44, and a cook, 30.", nil},
		// A large or qualified count against the sum of the figures that
		// spell it out, within the rounding of both.
		{"The plan puts about 1,400 posts at risk - roughly 1,100 in depots and 300 in offices, the firm said.", nil},
		{"The plan puts about 2,400 posts at risk - roughly 1,100 in depots and 300 in offices, the firm said.", []string{"a.txt:1:15: fact.enumeration: about 2,400 posts, but the figures that follow add up to 1,400"}},
		{"The plan puts about 1,400 posts at risk - roughly 800 in depots and 300 in offices, the firm said.", []string{"a.txt:1:15: fact.enumeration: about 1,400 posts, but the figures that follow add up to 1,100"}},
		{"The plan puts 1,370 posts at risk - 1,070 in depots and 300 in offices.", nil},
		{"The plan puts 1,370 posts at risk - 1,170 in depots and 300 in offices.", []string{"a.txt:1:15: fact.enumeration: 1,370 posts, but the figures that follow add up to 1,470"}},
		{"About 20 people were hurt - 12 in the hall and eight in the yard.", nil},
		{"About 20 people were hurt - 17 in the hall and eight in the yard.", []string{"a.txt:1:1: fact.enumeration: About 20 people, but the figures that follow add up to 25"}},
		// "more than" bounds a count the list need not reach.
		{"More than 1,400 posts are at risk - 800 in depots and 300 in offices.", nil},
		// A single figure after the dash is no list.
		{"The plan puts about 2,400 posts at risk - 1,100 of them in depots.", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			expect(t, check(t, enumeration, "a.txt", tc.text), tc.want...)
		})
	}
}

// factRules is a story pack with one fact of each form.
const factRules = `
group = "all"

[[rule]]
id = "story.top-speed"
kind = "fact"
severity = "error"
label = "top speed"
dimension = "speed"
cues = ["beyond", "top speed"]

[[rule]]
id = "story.cars"
kind = "fact"
severity = "error"
label = "cars"
dimension = "count"
nouns = ["car"]
cues = ["bulletproof"]
window = 3

[[rule]]
id = "story.trip"
kind = "fact"
label = "trip number"
dimension = "count"
nouns = ["trip"]
ordinal = true
patterns = ['(?P<q>\w+) trip since']
`

func TestFactRules(t *testing.T) {
	got := check(t, factRules,
		"a.txt", "It cannot go beyond 59 km/h. It has at least 20 bulletproof cars. It is his 10th trip since 2011.",
		"b.txt", "Its top speed is 37 mph. It has 16 bulletproof cars. It is his tenth trip since 2011.",
		"c.txt", "It cannot go beyond 59 km/h. It has 20 bulletproof cars. It is his 12th trip since 2011.")
	expect(t, got,
		"b.txt:1:33: story.cars: cars: 16 bulletproof cars here; at least 20 bulletproof cars in a.txt:1, 20 bulletproof cars in c.txt:1",
		"c.txt:1:68: story.trip: trip number: 12th trip here; 10th trip in a.txt:1, tenth trip in b.txt:1",
	)
}

func TestFactRuleErrors(t *testing.T) {
	for _, tc := range []struct {
		rule, want string
	}{
		{`dimension = "speed"`, `needs cues or patterns`},
		{`cues = ["x"]`, `needs a dimension`},
		{"dimension = \"count\"\ncues = [\"x\"]", `a count fact needs nouns`},
		{"dimension = \"weight\"\ncues = [\"x\"]", `no unit has the dimension "weight"`},
		{"dimension = \"speed\"\nnouns = [\"car\"]\ncues = [\"x\"]", `nouns are for dimension = "count"`},
		{"dimension = \"speed\"\ncues = [\"x\"]\ntolerance = 2.0", `tolerance is a fraction`},
		{"dimension = \"speed\"\npatterns = [\"x*\"]", `matches the empty string`},
		{"dimension = \"speed\"\ncues = [\"x\"]\nwindow = 0", `window must be between`},
		{"dimension = \"speed\"\ncues = [\"x\"]\nhint = 1", `unknown key`},
	} {
		t.Run(tc.want, func(t *testing.T) {
			_, err := load(t, "[[rule]]\nid = \"story.x\"\nkind = \"fact\"\n"+tc.rule+"\n")
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if !strings.Contains(err.Error(), ".factlint.toml:") {
				t.Errorf("error %v has no position", err)
			}
		})
	}
}

func TestUnitErrors(t *testing.T) {
	for _, tc := range []struct {
		config, want string
	}{
		{"[[unit]]\nname = \"furlong\"\ndimension = \"length\"\nfactor = 201.168\n", `furlong`},
		{"[[unit]]\nname = \"furlong\"\ndimension = \"length\"\nfactor = -1.0\naliases = [\"furlong\"]\n", `furlong`},
		{"[[unit]]\nname = \"kilometre\"\ndimension = \"length\"\nfactor = 1000.0\naliases = [\"km\"]\n", `km`},
		{"[[qualifier]]\nbound = \"sort-of\"\nwords = [\"sort of\"]\n", `sort-of`},
		{"[[unit]]\nname = \"furlong\"\ndimension = \"length\"\nfactor = 201.168\naliases = [\"furlong\"]\nsize = 1\n", `unknown key`},
	} {
		t.Run(tc.want, func(t *testing.T) {
			_, err := load(t, tc.config)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), ".factlint.toml:") {
				t.Fatalf("error %v, want %q at a position", err, tc.want)
			}
		})
	}
	// A desk's own unit works.
	got := check(t, conversion+"\n[[unit]]\nname = \"furlong\"\ndimension = \"length\"\nfactor = 201.168\naliases = [\"furlong\", \"furlongs\"]\n",
		"a.txt", "The course is 8 furlongs (1.6 km) long. The other is 8 furlongs (3 km) long.")
	expect(t, got, "a.txt:1:66: fact.conversion: 8 furlongs is about 1.6 km, not 3 km")
}

// TestOpenBound: with open_bound, "at least N" and "more than N" allow
// figures up to that share above N, not any figure; a figure elsewhere
// inside such a claim supports it.
func TestOpenBound(t *testing.T) {
	capped := autoFacts + "open_bound = 0.25\n"
	for _, tc := range []struct {
		name    string
		config  string
		a, b, c string
		want    []string
	}{
		{
			name:   "far above at least is another figure",
			config: capped,
			a:      "Police said the blast in the market killed 172 people.",
			b:      "Police said at least 127 people were killed by the blast in the market.",
			c:      "Officials said at least 127 people were killed by the blast in the market.",
			want:   []string{"a.txt:1:44: fact.mismatch: people: 172 people here; at least 127 people in b.txt:1, at least 127 people in c.txt:1"},
		},
		{
			name:   "without the cap at least has no top",
			config: autoFacts,
			a:      "Police said the blast in the market killed 172 people.",
			b:      "Police said at least 127 people were killed by the blast in the market.",
			c:      "Officials said at least 127 people were killed by the blast in the market.",
		},
		{
			name:   "a little above at least agrees",
			config: capped,
			a:      "Police said the blast in the market killed 150 people.",
			b:      "Police said at least 127 people were killed by the blast in the market.",
			c:      "Officials said more than 120 people were killed by the blast in the market.",
		},
		{
			// a.txt states 127 in words that match neither claim; it
			// lies inside "more than 120", so a.txt supports c.txt,
			// and only b.txt is the odd one out.
			name:   "a figure inside more than supports it",
			config: capped,
			a:      "The ministry put the number at 127 in its evening statement.",
			b:      "Police said 172 people were killed by the blast in the market.",
			c:      "Officials said more than 120 people were killed by the blast in the market.",
			want:   []string{"b.txt:1:13: fact.mismatch: people: 172 people here; more than 120 people in c.txt:1"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, tc.config, "a.txt", tc.a, "b.txt", tc.b, "c.txt", tc.c), tc.want...)
		})
	}
}

// TestMinutes: the minute of an event in a match report is a rank,
// compared with the same event's minute in other articles, read with the
// words of its whole sentence; other events' minutes are not.
func TestMinutes(t *testing.T) {
	a := "The striker restored the lead in the 67th minute, curling a shot into the top corner.\n" +
		"The captain was sent off in the 71st minute for a second yellow card.\n" +
		"The visitors had equalised in the 54th minute through a header.\n"
	b := "The striker curled a screamer into the top corner in the %s minute to seal it.\n" +
		"The captain saw a second yellow card in the 71st minute and was sent off.\n" +
		"The visitors equalised with a header in the 54th minute.\n"
	// A header in another minute shares a word or two with the
	// equaliser's sentence, not enough to be the same event.
	c := "A header in the 23rd minute put the hosts ahead, and a second goal came in the 67th minute.\n"
	expect(t, check(t, autoFacts, "a.txt", a, "b.txt", strings.Replace(b, "%s", "67th", 1), "c.txt", c))
	expect(t, check(t, autoFacts, "a.txt", a, "b.txt", strings.Replace(b, "%s", "76th", 1), "c.txt", c),
		"b.txt:1:58: fact.mismatch: minute: 76th minute here; 67th minute in a.txt:1")
}
