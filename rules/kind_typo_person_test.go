package rules_test

import (
	"strings"
	"testing"
)

// personRule is the typo rule with the same_given and same_person
// routes on, the endings that the default pack counts as related words,
// a title among generic_before and one among person_titles.
const personRule = `
[[rule]]
id = "name.typo"
kind = "typo"
severity = "error"
same_given = true
same_person = true
suffixes = ["s", "n", "an", "e", "a", "o", "i", "er", "or", "ry"]
generic_before = ["Dr"]
person_titles = ["Councillor", "Mayor"]
`

func TestTypoSamePerson(t *testing.T) {
	// Each story names one person at least twice; b.txt names someone
	// once in a way that the other routes turn away.
	for _, tc := range []struct {
		name     string
		config   string
		articles []string
		want     []string
	}{
		{
			name:     "three edits after the same given name, the same first two letters",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Dr Ilse Quarmby. Staff said Ilse Quarmby agreed.\n", "b.txt", "Officials said Dr Ilse Quarmton agreed.\n"},
			want:     []string{`b.txt:1:24: name.typo: "Quarmton" looks like a misspelling of "Quarmby" (named 2 times in 1 article, beside the same name)`},
		},
		{
			name:     "two edits in a short name after the same given name",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Dr Ilse Voud. Staff said Ilse Voud agreed.\n", "b.txt", "Officials said Dr Ilse Vudd agreed.\n"},
			want:     []string{`b.txt:1:24: name.typo: "Vudd" looks like a misspelling of "Voud"`},
		},
		{
			name:     "an ending changed for another of the suffix list",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Ilse Brakor. Staff said Ilse Brakor agreed.\n", "b.txt", "Officials said Ilse Braker agreed.\n"},
			want:     []string{`b.txt:1:21: name.typo: "Braker" looks like a misspelling of "Brakor"`},
		},
		{
			name:     "without same_person the pair is too far apart",
			config:   strings.Replace(personRule, "same_person = true", "same_person = false", 1),
			articles: []string{"a.txt", "The fund hired Dr Ilse Quarmby. Staff said Ilse Quarmby agreed.\n", "b.txt", "Officials said Dr Ilse Quarmton agreed.\n"},
		},
		{
			name:     "the name used once each way: nothing says which is right",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Dr Ilse Quarmby.\n", "b.txt", "Officials said Dr Ilse Quarmton agreed.\n"},
		},
		{
			name:     "the spelling used twice is a second person",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Dr Ilse Quarmby. Staff said Ilse Quarmby agreed.\n", "b.txt", "Officials said Ilse Quarmton agreed. Ilse Quarmton left.\n"},
		},
		{
			name:     "another given name is another person",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Dr Ilse Quarmby. Staff said Ilse Quarmby agreed.\n", "b.txt", "Officials said Dr Ada Quarmton agreed.\n"},
		},
		{
			name:     "a title is no given name",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Councillor Quarmby. Staff said Councillor Quarmby agreed.\n", "b.txt", "Officials said Councillor Quarmton agreed.\n"},
		},
		{
			name:     "three edits with only the first letter alike stay two people",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Ilse Jokinsen. Staff said Ilse Jokinsen agreed.\n", "b.txt", "Officials said Ilse Jubensen agreed.\n"},
		},
		{
			name:     "more edits than half the letters",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Ilse Vousk. Staff said Ilse Vousk agreed.\n", "b.txt", "Officials said Ilse Voaxt agreed.\n"},
		},
		{
			name:     "an English word is no slip of a name",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Ilse Tarnwick. Staff said Ilse Tarnwick agreed.\n", "b.txt", "Officials said Ilse Tarnish agreed.\n"},
		},
		{
			name:     "a word with an ending added is a related word",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Vel Dorran staff. Staff said Vel Dorran firms agreed.\n", "b.txt", "Officials said Vel Dorra agreed.\n"},
		},
		{
			name:     "a last letter left off a titled person's name",
			config:   personRule,
			articles: []string{"a.txt", "Mayor Ilse Vostrin spoke. Staff said Ilse Vostrin agreed.\n", "b.txt", "Officials said Ilse Vostri agreed.\n"},
			want:     []string{`b.txt:1:21: name.typo: "Vostri" looks like a misspelling of "Vostrin" (named 2 times in 1 article, beside the same name)`},
		},
		{
			name:     "a last letter left off where no title says it is a person",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Ilse Vostrin. Staff said Ilse Vostrin agreed.\n", "b.txt", "Officials said Ilse Vostri agreed.\n"},
		},
		{
			name:     "a plural s added to a titled person's name is a related word",
			config:   personRule,
			articles: []string{"a.txt", "Mayor Ilse Vostrin spoke. Staff said Ilse Vostrin agreed.\n", "b.txt", "Officials said Ilse Vostrins agreed.\n"},
		},
		{
			name:     "a use that opens its sentence is not judged this way",
			config:   personRule,
			articles: []string{"a.txt", "The fund hired Dr Ilse Quarmby. Staff said Ilse Quarmby agreed.\n", "b.txt", "Ilse Quarmton agreed.\n"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, "group = \"all\"\n"+tc.config, tc.articles...), tc.want...)
		})
	}
}

func TestTypoGenericTarget(t *testing.T) {
	// "North" is a generic word of the pack (generic_before): the story
	// names it only in the compound "North Veldana". A street of its own
	// a letter or two away is no slip of it; the compound misspelt is.
	const config = `
[[rule]]
id = "name.typo"
kind = "typo"
severity = "error"
generic_before = ["North"]
generic_after = ["Avenue"]
`
	story := []string{
		"a.txt", "Floods hit North Veldana on Monday. Crews in North Veldana worked late. The North Veldana council met.\n",
		"b.txt", "Roads in North Veldana were shut. Traffic was sent along Nerth Avenue instead.\n",
	}
	expect(t, check(t, "group = \"all\"\n"+config, story...))
	slip := []string{
		"a.txt", "Floods hit North Veldana on Monday. Crews in North Veldana worked late. The North Veldana council met.\n",
		"b.txt", "Roads in North Veldana were shut. The mayor of Nroth Veldana said so.\n",
	}
	expect(t, check(t, "group = \"all\"\n"+config, slip...),
		`b.txt:1:48: name.typo: "Nroth" looks like a misspelling of "North" (named 4 times in 2 articles)`)
}
