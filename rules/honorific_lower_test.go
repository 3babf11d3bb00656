package rules_test

import "testing"

// TestHonorificLowerCaseTitle checks a pack with a title in lower case,
// which the rule cannot look for among the capitalised words only.
func TestHonorificLowerCaseTitle(t *testing.T) {
	const cfg = `
[[rule]]
id = "style.title-without-name"
kind = "honorific"
titles = ["Mr", "sen"]
not_names = ["This"]
`
	got := check(t, cfg, "a.txt", "He met sen. This happened later. Mr. This too. He met sen. Smith.\n")
	expect(t, got,
		`a.txt:1:8: style.title-without-name: "sen." is followed by "This", not by a name`,
		`a.txt:1:34: style.title-without-name: "Mr." is followed by "This", not by a name`,
	)
}
