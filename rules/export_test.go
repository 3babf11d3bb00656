package rules

// MaxLeadStory is maxLeadStory, for the tests of package rules_test.
const MaxLeadStory = maxLeadStory
