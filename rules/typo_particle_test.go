package rules_test

import (
	"slices"
	"testing"
)

// TestTypoParticle checks family names that open with a lowercase
// particle ("el-", "van der"): the names scan reads them as standing
// after the given name before the particle, so a slip in one is judged
// after the same given name, of its first letter too, which no route
// reads without a name beside it. Without the particle's link the
// family name stood beside nothing, and a slip of its first letter was
// never weighed. The message names the family name as written, with
// its particles; the location and the fix are the word's.
func TestTypoParticle(t *testing.T) {
	lead := "By Ottilie Sefton, Brenmouth, 16 March 2024\n\n"
	story := func(full, short, slipped string) []string {
		return []string{
			"a.txt", lead + "The warning came from Dr " + full + ", a climatologist. Dr " + short + " said more dust would come.",
			"b.txt", lead + "Climatologist " + full + ", 51, said the wind would drop by night.",
			"c.txt", lead + "The storm was the worst in years, " + full + " told reporters.",
			"d.txt", lead + "Expert Dr " + slipped + " said the wind would drop by night.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "a first letter slipped after a hyphened particle",
			articles: story("Ilham el-Vardi", "el-Vardi", "Ilham el-Wardi"),
			want:     []string{`d.txt:3:20: name.typo: "el-Wardi" looks like a misspelling of "el-Vardi" (named 4 times in 3 articles, beside the same name) => Vardi`},
		},
		{
			name:     "a first letter slipped after two spaced particles",
			articles: story("Joost van der Meulen", "van der Meulen", "Joost van der Neulen"),
			want:     []string{`d.txt:3:25: name.typo: "van der Neulen" looks like a misspelling of "van der Meulen" (named 4 times in 3 articles, beside the same name) => Meulen`},
		},
		// Another given name before the particle is another person,
		// and a family name with no given name stands beside nothing.
		{name: "another given name", articles: story("Ilham el-Vardi", "el-Vardi", "Tariq el-Wardi")},
		{name: "no given name", articles: story("Ilham el-Vardi", "el-Vardi", "el-Wardi")},
		// A hyphen compound of another first half joins nothing.
		{name: "no particle", articles: story("Ilham el-Vardi", "el-Vardi", "Ilham pro-Wardi")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestTypoConsonantN checks an "n" added or dropped after a consonant
// beside the same name: "the tug Amber Brow" where two outlets name "the
// tug Amber Brown". The suffix list's "n" makes a people of a place
// ("Velia", "Velian"), after a vowel, and stays a related word; after a
// consonant it is a slip of the name beside it, as a final vowel
// changed is, though both spellings are words.
func TestTypoConsonantN(t *testing.T) {
	lead := "By Ottilie Sefton, Brenmouth, 16 March 2024\n\n"
	story := func(name, slipped string) []string {
		return []string{
			"a.txt", lead + "The yard's last big ship was the tug " + name + ", launched in 2011.",
			"b.txt", lead + "Its previous largest, the tug " + name + ", was 80 metres long.",
			"c.txt", lead + "The new ship is longer than the tug " + slipped + " of 2011.",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "an n dropped after a consonant",
			articles: story("Amber Brown", "Amber Brow"),
			want:     []string{`c.txt:3:43: name.typo: "Brow" looks like a misspelling of "Brown" (named 2 times in 2 articles, beside the same name) => Brown`},
		},
		{
			name:     "an n added after a consonant",
			articles: story("Amber Brow", "Amber Brown"),
			want:     []string{`c.txt:3:43: name.typo: "Brown" looks like a misspelling of "Brow" (named 2 times in 2 articles, beside the same name) => Brow`},
		},
		// A people's "n" after a vowel is a related word.
		{name: "a people of a place", articles: story("Ostra Velia", "Ostra Velian")},
		// Beside no name, or another, it is another name.
		{name: "beside a title only", articles: story("Amber Brown", "Mr Brow")},
		{name: "beside another name", articles: story("Amber Brown", "Golden Brow")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}

// TestTypoOpenerGivenName checks a slip after a given name that, in the
// other outlet, opens its sentence: after a dateline ("DERWICK, 2 May —
// Wilma Thorle has kept bees"), and then "Mrs Thorle". Openers are left
// out of a name's neighbours, as any word may open a sentence; but the
// use judged names the given name inside its sentence, so the same word
// opening the other's sentence is that name.
func TestTypoOpenerGivenName(t *testing.T) {
	story := func(slipped string) []string {
		return []string{
			"a.txt", "DERWICK, 2 May — Wilma Thorle has kept bees for 40 years. Mrs Thorle said the hives survived the frost. Mrs Thorle smiled.\n",
			"b.txt", "By Ottilie Sefton, Derwick, 2 May 2024\n\nBeekeeper " + slipped + ", 71, watched the swarm settle.\n",
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the same given name",
			articles: story("Wilma Thorne"),
			want:     []string{`b.txt:3:17: name.typo: "Thorne" looks like a misspelling of "Thorle" (named 3 times in 1 article) => Thorle`},
		},
		{name: "another given name", articles: story("Maud Thorne")},
		{
			// Used more often than a spelling's uses are kept.
			name: "a name used often",
			articles: []string{
				"a.txt", "DERWICK, 2 May — Wilma Thorle has kept bees for 40 years. Mrs Thorle said the hives survived the frost. Mrs Thorle smiled. Mrs Thorle left.\n",
				"b.txt", "By Ottilie Sefton, Derwick, 2 May 2024\n\nBeekeeper Wilma Thorne, 71, watched the swarm settle.\n",
			},
			want: []string{`b.txt:3:17: name.typo: "Thorne" looks like a misspelling of "Thorle" (named 4 times in 1 article) => Thorle`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "name.typo", tc.articles...)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
