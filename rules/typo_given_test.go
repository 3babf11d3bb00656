package rules_test

import (
	"strings"
	"testing"
)

// givenRule is typoRule with same_given on and the vowel endings that
// the default pack counts as related words.
const givenRule = `
[[rule]]
id = "name.typo"
kind = "typo"
severity = "error"
same_given = true
suffixes = ["s", "n", "an", "e", "a", "o", "i"]
`

func TestTypoSameGiven(t *testing.T) {
	// The name is used twice; the given name before it opens its
	// sentence, so the name's neighbours (which keep no opener) do not
	// know it: only the kept uses of a rare spelling do.
	const named = "Anja Rieder, the chief, spoke on Monday. Later Rieder left.\n"
	for _, tc := range []struct {
		name     string
		config   string
		articles []string
		want     []string
	}{
		{
			name:     "two letters swapped after the same given name",
			config:   givenRule,
			articles: []string{"a.txt", named, "b.txt", "Officials said Anja Reider agreed.\n"},
			want:     []string{`b.txt:1:21: name.typo: "Reider" looks like a misspelling of "Rieder"`},
		},
		{
			name:     "without same_given the rare name is no target",
			config:   strings.Replace(givenRule, "same_given = true", "same_given = false", 1),
			articles: []string{"a.txt", named, "b.txt", "Officials said Anja Reider agreed.\n"},
		},
		{
			name:     "a letter added after the same given name",
			config:   givenRule,
			articles: []string{"a.txt", "Lena Vandermol, the leader, spoke. Vandermol left.\n", "b.txt", "Aides to Lena Vandermolf agreed.\n"},
			want:     []string{`b.txt:1:15: name.typo: "Vandermolf" looks like a misspelling of "Vandermol"`},
		},
		{
			name:     "a final vowel changed is a slip, not a related word, after the same given name",
			config:   givenRule,
			articles: []string{"a.txt", "Ruben Olmedo, a doctor, spoke. Olmedo left.\n", "b.txt", "Aides to Ruben Olmeda agreed.\n"},
			want:     []string{`b.txt:1:16: name.typo: "Olmeda" looks like a misspelling of "Olmedo"`},
		},
		{
			name:     "a final vowel added after the same given name",
			config:   givenRule,
			articles: []string{"a.txt", "Petra Holm, the minister, spoke. Holm left.\n", "b.txt", "Aides to Petra Holme agreed.\n"},
			want:     []string{`b.txt:1:16: name.typo: "Holme" looks like a misspelling of "Holm"`},
		},
		{
			name:     "two uses each way: nothing tells which is right, and two writers' settled spellings stay quiet",
			config:   givenRule,
			articles: []string{"a.txt", "Anja Rieder, the chief, spoke. Later Anja Rieder left.\n", "b.txt", "Officials said Anja Reider agreed. Anja Reider left.\n"},
		},
		{
			name:     "another given name is another person",
			config:   givenRule,
			articles: []string{"a.txt", "Petra Holm, the minister, spoke. Holm left.\n", "b.txt", "Aides to Erik Holme agreed.\n"},
		},
		{
			name:     "a plural after the same word is a related form",
			config:   givenRule,
			articles: []string{"a.txt", "Social Democrats won. Then Social Democrats left.\n", "b.txt", "A Social Democrat agreed.\n"},
		},
		{
			name:     "an accent dropped is a spelling, not a slip",
			config:   givenRule,
			articles: []string{"a.txt", "Ana Peña, the mayor, spoke. Peña left.\n", "b.txt", "Aides to Ana Pena agreed.\n"},
		},
		{
			name:     "two edits after the same given name are another name",
			config:   givenRule,
			articles: []string{"a.txt", named, "b.txt", "Officials said Anja Ryder agreed.\n"},
		},
		{
			name:     "one use each way, last letter left off: which is right is not told, both reported",
			config:   givenRule,
			articles: []string{"a.txt", "The council said Orla Brunn agreed.\n", "b.txt", "Officials said Orla Brun agreed.\n"},
			want: []string{
				`a.txt:1:23: name.typo: "Brunn" here; "Brun" in b.txt:1, after the same given name (one use each: which is right?)`,
				`b.txt:1:21: name.typo: "Brun" here; "Brunn" in a.txt:1, after the same given name (one use each: which is right?)`,
			},
		},
		{
			name:     "one use each way, a letter added at the end: both reported",
			config:   givenRule,
			articles: []string{"a.txt", "Board chair Ivo Tovell spoke.\n", "b.txt", "Board chair Ivo Tovellk spoke.\n"},
			want: []string{
				`a.txt:1:17: name.typo: "Tovell" here; "Tovellk" in b.txt:1, after the same given name (one use each: which is right?)`,
				`b.txt:1:17: name.typo: "Tovellk" here; "Tovell" in a.txt:1, after the same given name (one use each: which is right?)`,
			},
		},
		{
			name:     "one use each way, last letter left off, but another given name: two people",
			config:   givenRule,
			articles: []string{"a.txt", "The council said Orla Brunn agreed.\n", "b.txt", "Officials said Aled Brun agreed.\n"},
		},
		{
			name:     "two uses each way are two writers' spellings",
			config:   givenRule,
			articles: []string{"a.txt", "The council said Orla Brunn agreed. Later Orla Brunn left.\n", "b.txt", "Officials said Orla Brun agreed. Later Orla Brun left.\n"},
		},
		{
			name:     "one use each way, a letter changed inside: both uses reported, each pointing at the other",
			config:   givenRule,
			articles: []string{"a.txt", "The council said Orla Brann agreed.\n", "b.txt", "Officials said Orla Brunn agreed.\n"},
			want: []string{
				`a.txt:1:23: name.typo: "Brann" here; "Brunn" in b.txt:1, after the same given name (one use each: which is right?)`,
				`b.txt:1:21: name.typo: "Brunn" here; "Brann" in a.txt:1, after the same given name (one use each: which is right?)`,
			},
		},
		{
			name:     "one use each way, letters swapped: both uses reported",
			config:   givenRule,
			articles: []string{"a.txt", "Judge Pavla Kesting ruled.\n", "b.txt", "Officials said Pavla Ketsing agreed.\n"},
			want: []string{
				`a.txt:1:13: name.typo: "Kesting" here; "Ketsing" in b.txt:1, after the same given name (one use each: which is right?)`,
				`b.txt:1:22: name.typo: "Ketsing" here; "Kesting" in a.txt:1, after the same given name (one use each: which is right?)`,
			},
		},
		{
			name:     "one use each way but another given name: two people",
			config:   givenRule,
			articles: []string{"a.txt", "Judge Pavla Kesting ruled.\n", "b.txt", "Officials said Tomas Ketsing agreed.\n"},
		},
		{
			name:     "one use each way, two edits apart: quiet",
			config:   givenRule,
			articles: []string{"a.txt", "Judge Pavla Kesting ruled.\n", "b.txt", "Officials said Pavla Kostang agreed.\n"},
		},
		{
			name:     "one use each way, an accent only: a spelling, quiet",
			config:   givenRule,
			articles: []string{"a.txt", "Judge Pavla Pena ruled.\n", "b.txt", "Officials said Pavla Peña agreed.\n"},
		},
		{
			name:     "one use each way, two uses the other way: the majority decides, one finding",
			config:   givenRule,
			articles: []string{"a.txt", "Judge Pavla Kesting ruled. Later Pavla Kesting left.\n", "b.txt", "Officials said Pavla Ketsing agreed.\n"},
			want:     []string{`b.txt:1:22: name.typo: "Ketsing" looks like a misspelling of "Kesting" (named 2 times in 1 article, beside the same name)`},
		},
		{
			name:     "a title is no given name",
			config:   givenRule + "generic_before = [\"Mayor\"]\n",
			articles: []string{"a.txt", "Mayor Rieder, the chief, spoke. Later Rieder left.\n", "b.txt", "Officials said Mayor Reider agreed.\n"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, "group = \"all\"\n"+tc.config, tc.articles...), tc.want...)
		})
	}
}
