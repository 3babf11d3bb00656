package rules_test

import (
	"slices"
	"testing"
)

// TestTypoSameKin checks the route of a given name after a family word
// ("her son Tamas"): one use in one outlet, one edit from a name another
// outlet writes after the same family word, is a slip of it, both
// reported where each is used once; another family word, another age or
// one article stays quiet.
func TestTypoSameKin(t *testing.T) {
	lead := "By Pim Dovecott, Tamsworth, 16 March 2024\n\n"
	story := func(a, b string) []string {
		return []string{
			"a.txt", lead + "Orsola Vennick, 38, was hurt when the wall fell. " + a + " was unhurt.",
			"b.txt", lead + "The wall fell on Orsola Vennick as she walked to work. " + b + " saw it fall.",
		}
	}
	tie := func(col1, col2 int) []string {
		return []string{
			`a.txt:3:` + itoa(col1) + `: name.typo: "Tamas" here; "Tamos" in b.txt:3, after the same family word (one use each: which is right?)`,
			`b.txt:3:` + itoa(col2) + `: name.typo: "Tamos" here; "Tamas" in a.txt:3, after the same family word (one use each: which is right?)`,
		}
	}
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "the same family word", articles: story("Her son Tamas, 9,", "Her son Tamos, 9,"), want: tie(58, 64)},
		{name: "the same family word, one age given", articles: story("Her son Tamas, 9,", "Her son Tamos"), want: tie(58, 64)},
		{
			name:     "a capitalised family word",
			articles: story("Dad Tamas", "Dad Tamos"),
			want:     tie(54, 60),
		},
		{
			name: "named twice the other way",
			articles: append(story("Her son Tamas, 9,", "Her son Tamos, 9,"),
				"c.txt", lead+"Orsola Vennick's son Tamos, 9, was at school."),
			want: []string{`a.txt:3:58: name.typo: "Tamas" looks like a misspelling of "Tamos" (named 2 times in 2 articles) => Tamos`},
		},
		{name: "a family word of the same tie", articles: story("Her dad Tamas", "Her father Tamos"), want: tie(58, 67)},
		{name: "a family word in apposition", articles: story("Her son, Tamas, 9,", "Her son Tamos, 9,"), want: tie(59, 64)},
		{name: "a family word of another tie", articles: story("Her dad Tamas", "Her grandfather Tamos")},
		{name: "a comma after another word", articles: story("Her friend, Tamas, 9,", "Her son Tamos, 9,")},
		{name: "another family word", articles: story("Her son Tamas, 9,", "Her husband Tamos")},
		{name: "another age", articles: story("Her son Tamas, 9,", "Her son Tamos, 12,")},
		{name: "no family word", articles: story("Her friend Tamas, 9,", "Her friend Tamos, 9,")},
		{
			name: "one article",
			articles: []string{
				"a.txt", lead + "Her son Tamas, 9, and her son Tamos, 12, were unhurt.",
				"b.txt", lead + "The wall fell on Orsola Vennick.",
			},
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

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
