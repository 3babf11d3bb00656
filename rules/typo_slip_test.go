package rules_test

import "testing"

// slipRule is typoRule with a plural -s that is a slip beside the same
// given name (slip_suffixes), as in the default pack.
const slipRule = typoRule + "slip_suffixes = [\"s\"]\n"

func TestTypoSlipSuffix(t *testing.T) {
	const namedFile, namedText = "a.txt", "Judge Helen Marchbank spoke. Later Helen Marchbank left. Aides to Helen Marchbank agreed.\n"
	for _, tc := range []struct {
		name     string
		config   string
		articles []string
		want     []string
	}{
		{
			name:     "a plural -s beside the same given name is a slip",
			config:   slipRule,
			articles: []string{namedFile, namedText, "b.txt", "The court heard Helen Marchbanks told the jury.\n"},
			want:     []string{`b.txt:1:23: name.typo: "Marchbanks" looks like a misspelling of "Marchbank"`},
		},
		{
			name:     "without slip_suffixes the -s is a related form",
			config:   typoRule,
			articles: []string{namedFile, namedText, "b.txt", "The court heard Helen Marchbanks told the jury.\n"},
		},
		{
			name:     "a family in the plural stands beside no given name",
			config:   slipRule,
			articles: []string{namedFile, namedText, "b.txt", "The court heard the Marchbanks were away.\n"},
		},
		{
			name:   "a place's -s form before the word both stand before is no slip",
			config: slipRule,
			articles: []string{
				"a.txt", "The Corvina Shelf lies west. Ships crossed the Corvina Shelf. The Corvina Shelf is deep.\n",
				"b.txt", "Trawlermen know the Corvinas Shelf well.\n",
			},
		},
		{
			name:     "a possessive is no slip",
			config:   slipRule,
			articles: []string{namedFile, namedText, "b.txt", "The court heard Helen Marchbanks' ruling.\n"},
		},
		{
			name:     "beside another given name it is someone else",
			config:   slipRule,
			articles: []string{namedFile, namedText, "b.txt", "The court heard Tom Marchbanks told the jury.\n"},
		},
		{
			name:   "a name used twice is no target for a slip",
			config: slipRule,
			articles: []string{
				"a.txt", "Judge Helen Marchbank spoke. Later Helen Marchbank left.\n",
				"b.txt", "The court heard Helen Marchbanks told the jury.\n",
			},
		},
		{
			name:   "used twice the longer spelling is no slip",
			config: slipRule,
			articles: []string{
				namedFile, namedText,
				"b.txt", "The court heard Helen Marchbanks told the jury. Helen Marchbanks left.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, check(t, "group = \"all\"\n"+tc.config, tc.articles...), tc.want...)
		})
	}
}
