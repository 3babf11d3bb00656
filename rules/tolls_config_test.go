package rules_test

import (
	"strings"
	"testing"
)

// TestRunningTollsConfigErrors checks that rising_tolls and moving_tolls
// name contrasts groups, each in one list only, with the file and
// position of the bad key.
func TestRunningTollsConfigErrors(t *testing.T) {
	const head = "[[rule]]\nid = \"x.y\"\nkind = \"autofacts\"\ncontrasts = [[\"killed\", \"dead\"], [\"missing\"]]\n"
	for _, tc := range []struct {
		name, config, want string
	}{
		{"not a group", head + "rising_tolls = [\"dead\"]\n", `.factlint.toml:5:16: rule "x.y": rising_tolls names "dead", which is not the first word of a contrasts group`},
		{"unknown group", head + "moving_tolls = [\"trapped\"]\n", `.factlint.toml:5:16: rule "x.y": moving_tolls names "trapped"`},
		{"both lists", head + "rising_tolls = [\"killed\"]\nmoving_tolls = [\"killed\"]\n", `rule "x.y": "killed" is in rising_tolls and moving_tolls`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, tc.config)
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error:\n  %v\nwant it to contain:\n  %s", err, tc.want)
			}
		})
	}
	if _, err := load(t, head+"rising_tolls = [\"killed\"]\nmoving_tolls = [\"missing\"]\n"); err != nil {
		t.Errorf("valid lists refused: %v", err)
	}
}
