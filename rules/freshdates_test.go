package rules_test

import (
	"strings"
	"testing"
)

// checkFactDates runs the whole default pack over articles given as
// name, text pairs, all of one story, and returns only the fact.date
// findings: the event words under test are the pack's own.
func checkFactDates(t *testing.T, articles ...string) []string {
	t.Helper()
	return checkDefaultRule(t, "fact.date", articles...)
}

// checkDefaultRule runs the whole default pack over articles given as
// name, text pairs, all of one story (group "all"), and returns the
// findings of one rule.
func checkDefaultRule(t *testing.T, rule string, articles ...string) []string {
	t.Helper()
	set, err := load(t, `group = "all"`+"\n")
	if err != nil {
		t.Fatalf("loading rules: %v", err)
	}
	var out []string
	for _, d := range checkSet(t, set, articles...) {
		if d.Rule == rule {
			out = append(out, line(d))
		}
	}
	return out
}

// TestDateFactsFresh checks fact.date with the default pack's events on
// copy written after the pack was tuned: dates of ongoing states are no
// claims, and the words of fresh copy name their events.
func TestDateFactsFresh(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a verb of continuation dates a state, not the event",
			articles: []string{
				"a.txt", "date 2023-09-11 The Harrow blaze continued to burn out of control north of the town on Monday.",
				"b.txt", "date 2023-09-11 The Harrow fire began on Saturday north of the town.",
				"c.txt", "date 2023-09-11 The Harrow fire started on Saturday north of the town.",
			},
		},
		{
			name: "still, remained and kept date states too",
			articles: []string{
				"a.txt", "date 2023-09-11 The Harrow fire was still burning north of the town on Monday.",
				"b.txt", "date 2023-09-11 The Harrow fire remained out of control north of the town on Sunday.",
				"c.txt", "date 2023-09-11 The Harrow fire kept spreading north of the town on Saturday.",
			},
		},
		{
			name: "a verb of continuation after the date leaves the event",
			articles: []string{
				"a.txt", "date 2023-09-11 The Harrow fire began on Saturday north of the town and continued to burn.",
				"b.txt", "date 2023-09-11 The Harrow fire began on Friday north of the town and remained out of control.",
				"c.txt", "date 2023-09-11 The Harrow fire began on Saturday north of the town.",
			},
			want: []string{"b.txt:1:42: fact.date: date of the fire: on Friday (Friday 8 September 2023) here; on Saturday (Saturday 9 September 2023) in a.txt:1, on Saturday (Saturday 9 September 2023) in c.txt:1"},
		},
		{
			// Neither b nor c dates the fire only once, so the name and
			// the synonym are the evidence that a's blaze is their fire.
			name: "fire and blaze are one word for the event",
			articles: []string{
				"a.txt", "date 2025-08-05 The Harrow Ridge blaze erupted on Friday and has scorched the hills.",
				"b.txt", "date 2025-08-05 The Harrow Ridge fire broke out on Saturday afternoon in dry scrub. Crews fought the fire in the valley on Sunday.",
				"c.txt", "date 2025-08-05 The fire started on Saturday afternoon in scrubland on Harrow Ridge. Crews fought the fire in the valley on Sunday.",
			},
			want: []string{"a.txt:1:51: fact.date: date of the fire: on Friday (Friday 1 August 2025) here; on Saturday (Saturday 2 August 2025) in b.txt:1, on Saturday (Saturday 2 August 2025) in c.txt:1"},
		},
		{
			// The toll, not the quake, is what the date dates; the
			// quake struck on Thursday in all three.
			name: "an event word that modifies another noun, then a verb, does not date the event",
			articles: []string{
				"a.txt", "date 2024-11-09 The death toll from a powerful earthquake in the Huarpa hills reached 41 on Friday.",
				"b.txt", "date 2024-11-09 The Huarpa earthquake struck before dawn on Thursday.",
				"c.txt", "date 2024-11-09 The earthquake struck the Huarpa hills on Thursday.",
			},
		},
		{
			// The deaths are Tuesday's in all three; Wednesday is the
			// day the toll rose, and "rose" is no -ed verb.
			name: "an event word before a head noun does not date the event",
			articles: []string{
				"a.txt", "date 2025-10-15 The death toll from the collapse of the Ashby bridge rose to nine on Wednesday morning after divers recovered two bodies.",
				"b.txt", "date 2025-10-15 Seven people died in the Ashby bridge collapse on Tuesday.",
				"c.txt", "date 2025-10-15 Seven people died when the Ashby bridge fell on Tuesday.",
			},
		},
		{
			name: "without the head noun the death is dated",
			articles: []string{
				"a.txt", "date 2025-10-15 The death of the driver in the Ashby bridge collapse came on Wednesday morning.",
				"b.txt", "date 2025-10-15 The driver died when the Ashby bridge gave way on Tuesday.",
				"c.txt", "date 2025-10-15 The driver died when the Ashby bridge fell on Tuesday.",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "without the modifier the verb does not hide the event",
			articles: []string{
				"a.txt", "date 2024-11-09 A powerful earthquake in the Huarpa hills flattened homes on Friday.",
				"b.txt", "date 2024-11-09 The Huarpa earthquake struck before dawn on Thursday.",
				"c.txt", "date 2024-11-09 The earthquake struck the Huarpa hills on Thursday.",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "a date between subject and verb dates the verb",
			articles: []string{
				"a.txt", "date 2025-11-19 Officials said the Varga government this week on Tuesday unveiled a budget that raises tax.",
				"b.txt", "date 2025-11-19 Officials said the Varga government unveiled a budget on Tuesday that raises tax.",
				"c.txt", "date 2025-11-19 Officials said the Varga government this week on Monday unveiled a budget that raises tax.",
			},
			want: []string{"c.txt:1:66: fact.date: date of the launch: on Monday (Monday 17 November 2025) here;"},
		},
		{
			// The clauses name different winners of one election; the
			// names of a possessive date are those of its own phrase.
			name: "a possessive date is named by its own phrase",
			articles: []string{
				"a.txt", "date 2023-05-15 The party of Anna Berg won Saturday's election in the state of Ostland but lost six seats.",
				"b.txt", "date 2023-05-15 The Green League of Carl Dorn nearly doubled its seats in Sunday's state election.",
				"c.txt", "date 2023-05-16 Voters handed Carl Dorn his biggest win of Sunday's state election in Ostland.",
			},
			want: []string{"a.txt:1:44: fact.date: date of the election: Saturday (Saturday 13 May 2023) here; Sunday (Sunday 14 May 2023) in b.txt:1, Sunday (Sunday 14 May 2023) in c.txt:1"},
		},
		{
			// Names inside the phrase still tell two elections apart.
			name: "a possessive date of another election",
			articles: []string{
				"a.txt", "date 2023-05-15 Anna Berg won Saturday's Westland election by a wide margin.",
				"b.txt", "date 2023-05-15 Carl Dorn nearly doubled his seats in Sunday's Ostland election.",
			},
		},
		{
			name: "a year right after a founding word dates the founding",
			articles: []string{
				"a.txt", "date 2024-10-10 The company, founded in 1927 and based in Ashby, employs 2,400 people.",
				"b.txt", "date 2024-10-10 Nordale, founded in 1937, has 2,400 staff.",
				"c.txt", "date 2024-10-10 Nordale, founded in 1937, buys milk from 640 farms.",
			},
			want: []string{"a.txt:1:41: fact.date: date of the founding: in 1927 here; in 1937 in b.txt:1, in 1937 in c.txt:1"},
		},
		{
			name: "a founding word may open its sentence",
			articles: []string{
				"a.txt", "date 2025-10-15 Built in 1986, the Ashby bridge was last inspected in 2023.",
				"b.txt", "date 2025-10-15 The Ashby bridge was built in 1968 and carries 9,000 cars a day.",
				"c.txt", "date 2025-10-15 The Ashby bridge, built in 1968, carries 9,000 cars a day.",
			},
			want: []string{"a.txt:1:26: fact.date: date of the construction: in 1986 here; in 1968 in b.txt:1, in 1968 in c.txt:1"},
		},
		{
			// The inspection, not the building, is what March 2023 dates.
			name: "a date far after a founding word is not its date",
			articles: []string{
				"a.txt", "date 2025-10-15 The Ashby bridge was built in 1968 and last had a principal inspection in March 2023.",
				"b.txt", "date 2025-10-15 Built in 1968, the Ashby bridge carries 9,000 cars a day.",
			},
		},
		{
			// The two years are still compared as an earlier event's,
			// by the words of their sentences (TestDateFactsEarlier):
			// the label shows that the founding made no claim.
			name: "a year elsewhere in a founding clause makes no claim",
			articles: []string{
				"a.txt", "date 2024-10-10 Nordale was founded as a co-operative in 1927 by farmers.",
				"b.txt", "date 2024-10-10 Nordale was founded as a co-operative in 1937 by farmers.",
			},
			want: []string{
				"a.txt:1:58: fact.date: year of the earlier event: in 1927 here;",
				"b.txt:1:58: fact.date: year of the earlier event: in 1937 here;",
			},
		},
		{
			name: "years of other things are not compared",
			articles: []string{
				"a.txt", "date 2024-10-10 The company grew in 1927 and again later.",
				"b.txt", "date 2024-10-10 The company grew in 1937 and again later.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}

// TestDateFactsSynonymsConfig checks that a synonyms group of fact.date
// must hold words of one event group.
func TestDateFactsSynonymsConfig(t *testing.T) {
	const head = `default_rules = false
[[rule]]
id = "fact.date"
kind = "datefacts"
events = [["fire", "blaze"], ["flood", "deluge"]]
`
	for _, tc := range []struct {
		name, synonyms, wantErr string
	}{
		{"one group", `synonyms = [["fire", "blaze"]]`, ""},
		{"two event groups", `synonyms = [["fire", "flood"]]`, `"flood" must be a word of the same event group as "fire"`},
		{"not an event word", `synonyms = [["fire", "inferno"]]`, `"inferno" must be a word of the same event group`},
		{"one word", `synonyms = [["fire"]]`, "needs at least two words"},
		{"in two groups", `synonyms = [["fire", "blaze"], ["blaze", "fire"]]`, "is in two synonyms groups"},
		{"year_events of event words", `year_events = ["blaze"]`, ""},
		{"year_events not an event word", `year_events = ["founded"]`, `year_events: "founded" is not a word of events`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := load(t, head+tc.synonyms+"\n")
			switch {
			case tc.wantErr == "" && err != nil:
				t.Fatalf("unexpected error: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Fatalf("no error, want one with %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Fatalf("error %q, want one with %q", err, tc.wantErr)
			}
		})
	}
}
