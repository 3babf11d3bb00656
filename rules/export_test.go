package rules

// MaxLeadStory is maxLeadStory, for the tests of package rules_test.
const MaxLeadStory = maxLeadStory

// formsMap is the index's spellings as a map, for tests that compare
// indexes whole.
func (ix *NameIndex) formsMap() map[string]*CorpusName {
	m := make(map[string]*CorpusName, len(ix.words))
	for i, w := range ix.words {
		m[w] = ix.names[i]
	}
	return m
}
