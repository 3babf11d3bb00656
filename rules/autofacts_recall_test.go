package rules_test

import (
	"strings"
	"testing"
)

// autoFactsSynonyms is autoFacts with a group of synonyms.
const autoFactsSynonyms = autoFacts + `synonyms = [["killed", "died"], ["jailed", "sentenced"]]
`

// TestSelfContradiction checks that an article giving two figures for one
// fact is reported at the one the other articles disagree with, and only
// where they clearly side with the other.
func TestSelfContradiction(t *testing.T) {
	headline := "Adviser jailed for 12 years over pension fraud\nThe adviser was jailed for 17 years on Friday for the fraud.\n"
	same := "The adviser was jailed for 12 years for the fraud.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a headline keeps the figure the others give",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", same},
			want: []string{
				"a.txt:2:28: fact.mismatch: duration: 17 years here; 12 years at line 1 of this article, 12 years in b.txt:1, 12 years in c.txt:1",
			},
		},
		{
			name:     "the other figure is the same fact in other words",
			articles: []string{"a.txt", "Adviser jailed for 12 years over pension fraud\nThe adviser was sentenced to 17 years for the fraud.\n", "b.txt", same, "c.txt", same},
			want: []string{
				"a.txt:2:30: fact.mismatch: duration: 17 years here; 12 years at line 1 of this article, 12 years in b.txt:1, 12 years in c.txt:1",
			},
		},
		{
			name:     "one other article is not enough",
			articles: []string{"a.txt", headline, "b.txt", same},
		},
		{
			name:     "another article agrees with the odd figure",
			articles: []string{"a.txt", headline, "b.txt", same, "c.txt", same, "d.txt", "The adviser was jailed for 17 years for the fraud.\n"},
			// a.txt is left alone; d.txt is the odd one out.
			want: []string{"d.txt:1:28: fact.mismatch: duration: 17 years here; 12 years in b.txt:1, 12 years in c.txt:1"},
		},
		{
			// The other articles' claims are worded like the net
			// profit, not like the operating profit: they do not
			// side against it.
			name: "another fact of the key",
			articles: []string{
				"a.txt", "Net profit climbed to $287 million.\nOperating profit increased to $412 million.\n",
				"b.txt", "Net profit was $287 million.\n",
				"c.txt", "Its net profit was $287 million.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFactsSynonyms, tc.articles...), tc.want...)
		})
	}
}

// TestSynonyms checks that words of a synonyms group are one context
// word: "died" and "killed" are evidence that two tolls are one fact.
func TestSynonyms(t *testing.T) {
	a := "Some 127 people died on the island."
	b := "The storm killed 190 people."
	expect(t, check(t, autoFacts, "a.txt", a, "b.txt", b))
	expect(t, check(t, autoFactsSynonyms, "a.txt", a, "b.txt", b),
		"a.txt:1:1: fact.mismatch: people: Some 127 people here; 190 people in b.txt:1",
		"b.txt:1:18: fact.mismatch: people: 190 people here; Some 127 people in a.txt:1")
}

// TestSynonymErrors checks the synonyms key.
func TestSynonymErrors(t *testing.T) {
	for _, tc := range []struct{ config, want string }{
		{`synonyms = [["killed"]]`, "needs at least two words"},
		{`synonyms = [["killed", "died"], ["died", "dead"]]`, `"died" is in two synonyms groups`},
	} {
		_, err := load(t, "default_rules = false\n[[rule]]\nid = \"f\"\nkind = \"autofacts\"\n"+tc.config+"\n")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.config, err, tc.want)
		}
	}
}

// TestAgeInApposition checks that an age written with its unit after a
// name is that person's age, and that one whose person is not named is
// not compared.
func TestAgeInApposition(t *testing.T) {
	other := "Varnek, 44, won the vote."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "after a comma",
			text: "Tomas Varnek, a 47-year-old former mayor, won the vote.",
			want: []string{
				"a.txt:1:17: fact.mismatch: age of Varnek: Varnek, 47-year-old here; Varnek, 44 in b.txt:1",
				"b.txt:1:9: fact.mismatch: age of Varnek: Varnek, 44 here; Varnek, 47-year-old in a.txt:1",
			},
		},
		{
			name: "after a colon",
			text: "Tomas Varnek won the vote.\nVarnek: The 47-year-old former mayor won.",
			want: []string{
				"a.txt:2:13: fact.mismatch: age of Varnek: Varnek, 47-year-old here; Varnek, 44 in b.txt:1",
				"b.txt:1:9: fact.mismatch: age of Varnek: Varnek, 44 here; Varnek, 47-year-old in a.txt:2",
			},
		},
		{name: "no name", text: "The 47-year-old former mayor won the vote."},
		{name: "a word that opens the sentence", text: "However, the 47-year-old former mayor won the vote."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.text, "b.txt", other), tc.want...)
		})
	}
}

// TestMagnitude checks that an earthquake's magnitude is compared,
// written before or after the figure.
func TestMagnitude(t *testing.T) {
	expect(t, check(t, autoFacts, "a.txt", "The 6.8-magnitude earthquake struck at dawn.", "b.txt", "The magnitude 7.4 earthquake struck at dawn."),
		"a.txt:1:5: fact.mismatch: magnitude: 6.8-magnitude here; magnitude 7.4 in b.txt:1",
		"b.txt:1:5: fact.mismatch: magnitude: magnitude 7.4 here; 6.8-magnitude in a.txt:1")
	expect(t, check(t, autoFacts, "a.txt", "The 6.8-magnitude earthquake struck at dawn.", "b.txt", "The magnitude 6.8 earthquake struck at dawn."))
}

// TestAcronymOwner checks that an owner written as an acronym one
// article spells out meets the same owner written out in another, and
// still stays apart from another owner.
func TestAcronymOwner(t *testing.T) {
	a := "The Northern Farmers Union (NFU) held its vote on Sunday.\nThe NFU took 34.1% of the vote.\n"
	b := "Voters went to the polls on Sunday.\nThe Northern Farmers Union won 31.4% of the vote.\n"
	expect(t, check(t, autoFacts, "a.txt", a, "b.txt", b),
		"a.txt:2:14: fact.mismatch: ratio: 34.1% here; 31.4% in b.txt:2",
		"b.txt:2:32: fact.mismatch: ratio: 31.4% here; 34.1% in a.txt:2")
	other := "Voters went to the polls on Sunday.\nThe Southern Traders League won 31.4% of the vote.\n"
	expect(t, check(t, autoFacts, "a.txt", a, "c.txt", other))
}

// TestAgeClosingSentence checks that an age in apposition that ends the
// sentence ("said its coach, Mira Odell, 38.") is that person's age, and
// that a figure after a comma that does not end the sentence that way is
// not read as one.
func TestAgeClosingSentence(t *testing.T) {
	other := "Mira Odell, 38, said the season was over."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "changed age",
			text: `"We gave everything," said the club's coach, Mira Odell, 39.`,
			want: []string{
				"a.txt:1:58: fact.mismatch: age of Odell: Odell, 39 here; Odell, 38 in b.txt:1",
				"b.txt:1:13: fact.mismatch: age of Odell: Odell, 38 here; Odell, 39 in a.txt:1",
			},
		},
		{name: "same age", text: `"We gave everything," said the club's coach, Mira Odell, 38.`},
		{name: "not the sentence's end", text: "The club's coach, Mira Odell, 39 times a champion, said it was over."},
		{name: "a decimal", text: "The club's coach is Mira Odell, 39.5 points ahead."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.text, "b.txt", other), tc.want...)
		})
	}
}

// TestAgeByGivenName checks that an age given with a given name only is
// compared with the age another article gives the person it names in
// full, and only where the corpus names one person so: never when two
// people share the given name. Where two people share the surname, it
// is compared only with an age given beside the same given name, never
// with one beside the surname alone, which may be either's.
func TestAgeByGivenName(t *testing.T) {
	full := "Mira Odell, 38, said the season was over."
	for _, tc := range []struct {
		name, a, b string
		want       []string
	}{
		{
			name: "changed age",
			a:    "Her coach Mira, 39, said the season was over.",
			b:    full,
			want: []string{
				"a.txt:1:17: fact.mismatch: age of Odell: Mira, 39 here; Odell, 38 in b.txt:1",
				"b.txt:1:13: fact.mismatch: age of Odell: Odell, 38 here; Mira, 39 in a.txt:1",
			},
		},
		{name: "same age", a: "Her coach Mira, 38, said the season was over.", b: full},
		{
			name: "two people share the given name",
			a:    "Her coach Mira, 39, said the season was over.",
			b:    full + "\nHer rival Mira Santos watched from the stands.",
		},
		{
			name: "two people share the surname",
			a:    "Her coach Mira, 39, said the season was over.",
			b:    full + "\nHer brother Jonas Odell watched from the stands.",
			want: []string{
				"a.txt:1:17: fact.mismatch: age of Odell: Mira, 39 here; Odell, 38 in b.txt:1",
				"b.txt:1:13: fact.mismatch: age of Odell: Odell, 38 here; Mira, 39 in a.txt:1",
			},
		},
		{
			name: "two people share the surname, one opening a sentence",
			a:    "Her coach Mira, 39, said the season was over.",
			b:    full + "\nJonas Odell watched from the stands.",
			want: []string{
				"a.txt:1:17: fact.mismatch: age of Odell: Mira, 39 here; Odell, 38 in b.txt:1",
				"b.txt:1:13: fact.mismatch: age of Odell: Odell, 38 here; Mira, 39 in a.txt:1",
			},
		},
		{
			name: "two people share the surname, the age beside it alone",
			a:    "Her coach Mira, 39, said the season was over.",
			b:    "Mira Odell said the season was over. Odell, 38, has coached for a decade. Her brother Piet Odell watched.",
		},
		{
			name: "no age of the full name",
			a:    "Her coach Mira, 39, said the season was over.",
			b:    "Mira Odell said the season was over. Jonas Brandt, 38, agreed.",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.a, "b.txt", tc.b), tc.want...)
		})
	}
}

// TestAgeInRelativeClause checks that an age in a relative clause after a
// name ("Ms Tessel, who is 52, said") is that person's age, as the bare
// apposition is, and that a clause that goes on past the figure is not
// read as one.
func TestAgeInRelativeClause(t *testing.T) {
	other := "Pilot Ilse Tessel, 52, brought the ferry home through the fog."
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{
			name: "who is",
			text: "Ms Tessel, who is 55, brought the ferry in under radar.",
			want: []string{
				"a.txt:1:19: fact.mismatch: age of Tessel: Tessel, 55 here; Tessel, 52 in b.txt:1",
				"b.txt:1:20: fact.mismatch: age of Tessel: Tessel, 52 here; Tessel, 55 in a.txt:1",
			},
		},
		{
			name: "who was, closing the sentence",
			text: "The ferry was brought in by Ilse Tessel, who was 55.",
			want: []string{
				"a.txt:1:50: fact.mismatch: age of Tessel: Tessel, 55 here; Tessel, 52 in b.txt:1",
				"b.txt:1:20: fact.mismatch: age of Tessel: Tessel, 52 here; Tessel, 55 in a.txt:1",
			},
		},
		{name: "the same age", text: "Ms Tessel, who is 52, brought the ferry in under radar."},
		{name: "a clause that goes on", text: "Ms Tessel, who was 55 when she first sailed the route, brought it in."},
		{name: "not a person", text: "The fleet, which is 55, was at anchor."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, autoFacts, "a.txt", tc.text, "b.txt", other), tc.want...)
		})
	}
}

// TestAgeStatedOnlyAsAge checks that a person's changed age is compared
// even where the other outlets give the same number as a count: "58
// barns" does not state "Tessel, 58". Before, the changed age in b was
// taken for another fact of a's, which states 64, and only a's right
// age was reported.
func TestAgeStatedOnlyAsAge(t *testing.T) {
	a := "The county said 58 barns and 9 mills lost power. One was the dairy, where farmer Ilse Tessel, 41, lost a day's milk.\n"
	b := "Fifty-eight barns and 9 mills lost power. Dairy farmer Ilse Tessel, 58, lost a day's milk.\n"
	c := "Fifty-eight barns and 9 mills lost power, the county said.\n"
	expect(t, checkDefaultRule(t, "fact.mismatch", "a.txt", a, "b.txt", b, "c.txt", c),
		"a.txt:1:95: fact.mismatch: age of Tessel: Tessel, 41 here; Tessel, 58 in b.txt:1",
		"b.txt:1:69: fact.mismatch: age of Tessel: Tessel, 58 here; Tessel, 41 in a.txt:1")
	expect(t, checkDefaultRule(t, "fact.mismatch", "a.txt", a, "b.txt", strings.Replace(b, "Tessel, 58", "Tessel, 41", 1), "c.txt", c))
}
