package rules_test

import (
	"slices"
	"testing"
)

// TestChangeEndContext checks that the end of a change ("fell from 30C
// to 21C") is read with what changed, before "from", as its start is: a
// tabloid's changed end is then compared with the other outlets' ends.
func TestChangeEndContext(t *testing.T) {
	lead := "By Ivo Tessel, Pelang, 16 March 2024\n\n"
	broadsheet := lead + "Gauges at the hut showed the temperature falling from 30C to 21C as the storm front came over the ridge."
	wire := lead + "Temperatures in the valley fell from 30 degrees Celsius (86 degrees Fahrenheit) to 21C (70F) before the storm, forecasters said."
	for _, tc := range []struct {
		name    string
		tabloid string
		want    []string
	}{
		{
			name:    "the end as written",
			tabloid: lead + "The temperature plunged from a sweltering 86F to 70F, sending walkers running for cover.",
		},
		{
			name:    "the end changed",
			tabloid: lead + "The temperature plunged from a sweltering 86F to 52F, sending walkers running for cover.",
			want:    []string{`c.txt:3:50: fact.mismatch: temperature: 52F here; 21C in a.txt:3`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := checkDefaultRule(t, "fact.mismatch", "a.txt", broadsheet, "b.txt", wire, "c.txt", tc.tabloid)
			if !slices.Equal(got, tc.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tc.want)
			}
		})
	}
}
