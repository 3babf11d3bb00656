package rules_test

import (
	"slices"
	"testing"
)

// TestDateFactsTime checks the time comparison of fact.date: a minute of
// the clock that one outlet gives a moment and the others give another
// for a sentence of the same words, with or without a day beside it.
// Each moved time has its agreeing twin, and the copy is invented.
func TestDateFactsTime(t *testing.T) {
	lead := "date 2024-10-09 A gas main ruptured under the high street of Pellow on Tuesday, forcing shops to close.\n\n"
	a := lead + "Engineers capped the ruptured main at 3.47pm after a four-hour struggle in the trench, the gas board said."
	b := lead + "The gas board said its engineers capped the main at 3:47 p.m. after four hours in a flooded trench."
	c := lead + "Engineers finally capped the main at 3.47pm after four hours of digging in the trench."
	siege := "date 2024-10-09 A gunman held a post office in Tarrow for nine hours on Tuesday.\n\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{name: "the times agree", articles: []string{"a.txt", a, "b.txt", b, "c.txt", c}},
		{
			name: "one outlet moves the time: the odd one out is reported",
			articles: []string{
				"a.txt", lead + "Engineers capped the ruptured main at 4.47pm after a four-hour struggle in the trench, the gas board said.",
				"b.txt", b, "c.txt", c,
			},
			want: []string{"a.txt:3:39: fact.date: time of the event: 4.47pm here; 3:47 p.m. in b.txt:3, 3.47pm in c.txt:3"},
		},
		{
			// Two sentences that give the same other minute tell one
			// sequence, whatever their verbs: "cut off at 5.12am ... back
			// at 1.48pm" and "lost supply at 6.12am ... restored at
			// 1:48 p.m." share the restoring.
			name: "a sentence's other time ties its sequence",
			articles: []string{
				"a.txt", lead + "The homes lost their supply at 6.12am and had it restored at 1.48pm.",
				"b.txt", lead + "Their supply was cut off at 5.12am and the homes were only back on at 1:48 p.m. after repairs.",
			},
			want: []string{
				"a.txt:3:32: fact.date: time of the event: 6.12am here; 5.12am in b.txt:3",
				"b.txt:3:29: fact.date: time of the event: 5.12am here; 6.12am in a.txt:3",
			},
		},
		{
			name: "a sentence's other time ties its sequence, the times agreeing",
			articles: []string{
				"a.txt", lead + "The homes lost their supply at 5.12am and had it restored at 1.48pm.",
				"b.txt", lead + "Their supply was cut off at 5.12am and the homes were only back on at 1:48 p.m. after repairs.",
			},
		},
		{
			// A story times several moments; a sentence of other words
			// is another moment, whatever its minute.
			name: "another moment of the story at another minute",
			articles: []string{
				"a.txt", lead + "The first call reporting a smell of gas reached the fire service at 11.52am, the brigade said.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			// A sentence with two times gives both: neither is set
			// against the other's minute in another outlet.
			name: "two times of one sentence each agree with their own",
			articles: []string{
				"a.txt", lead + "The main ruptured at 11.43am and engineers capped it at 3.47pm after a struggle in the trench.",
				"b.txt", lead + "Engineers capped the main, which ruptured at 11.43am, at 3.47pm after a struggle in the trench.",
			},
		},
		{
			// A story times several moments in sentences of like words:
			// b's sentence most like a's arrival is of the release, not
			// the arrival; the minute that every outlet ties to a's
			// sentence is the arrival's, and a's is moved.
			name: "the one minute every outlet ties to the sentence",
			articles: []string{
				"a.txt", siege + "The gunman walked into the post office at 8.14am and took five staff and customers hostage, police said.\n\nPolice said he let two of them go at 1.52pm.",
				"b.txt", siege + "The siege began at 8.41am, when the gunman walked into the post office.\n\nThe gunman let two of the five staff and customers he took hostage go at 1.52pm, police said.",
				"c.txt", siege + "The gunman, 41, walked into the post office at 8.41am with a pistol.",
			},
			want: []string{"a.txt:3:43: fact.date: time of the event: 8.14am here; 8.41am in b.txt:3, 8.41am in c.txt:3"},
		},
		{
			name: "the one minute every outlet ties to the sentence, the times agreeing",
			articles: []string{
				"a.txt", siege + "The gunman walked into the post office at 8.41am and took five staff and customers hostage, police said.\n\nPolice said he let two of them go at 1.52pm.",
				"b.txt", siege + "The siege began at 8.41am, when the gunman walked into the post office.\n\nThe gunman let two of the five staff and customers he took hostage go at 1.52pm, police said.",
				"c.txt", siege + "The gunman, 41, walked into the post office at 8.41am with a pistol.",
			},
		},
		{
			// Two outlets whose sentences like a's give no one minute
			// between them tell nothing of a's.
			name: "no one minute tied in every outlet",
			articles: []string{
				"a.txt", siege + "The gunman walked into the post office at 8.26am and took five staff and customers hostage, police said.\n\nPolice said he let two of them go at 1.52pm.",
				"b.txt", siege + "The siege began at 8.41am, when the gunman walked into the post office.\n\nThe gunman let two of the five staff and customers he took hostage go at 1.52pm, police said.",
				"c.txt", siege + "The gunman, 41, walked into the post office at 8.43am with a pistol.",
			},
		},
		{
			// a's minute is the arrest's, as c gives it too; b's sentence
			// most like a's times the last sighting, another moment.
			name: "a minute another outlet gives too",
			articles: []string{
				"a.txt", siege + "Officers held the gunman at a flat near the harbour at 11.40pm and seized a pistol.",
				"b.txt", siege + "Neighbours last saw the gunman at the flat at 10.58pm, before officers seized a pistol.",
				"c.txt", siege + "Neighbours saw him at 10.58pm.\n\nHe was arrested at 11.40pm, police said.",
			},
		},
		{
			name: "a round hour is a schedule's, not compared",
			articles: []string{
				"a.txt", lead + "Engineers capped the ruptured main at 4pm after a four-hour struggle in the trench, the gas board said.",
				"b.txt", lead + "The gas board said its engineers capped the ruptured main at 3pm after four hours in a flooded trench.",
				"c.txt", lead + "Engineers finally capped the ruptured main at 3pm after four hours of digging in the trench.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// fact.mismatch also compares times of day, and where both
			// rules report one discrepancy the checker keeps only the
			// rule listed first (diag.DropRepeated): switched off here,
			// so that fact.date's own comparison is what is tested.
			set, err := load(t, "group = \"all\"\n[rules.\"fact.mismatch\"]\nenabled = false\n")
			if err != nil {
				t.Fatalf("loading rules: %v", err)
			}
			var got []string
			for _, d := range checkSet(t, set, tc.articles...) {
				if d.Rule == "fact.date" {
					got = append(got, line(d))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestDateFactsTimeSlip checks the slip comparison of fact.date: a time
// of day whose minutes are one digit or a swap away from the minute the
// other outlets give in a sentence sharing words with it, where no
// outlet gives its minute and its own article gives the others' nowhere.
// A slip of the last digit is a few minutes, the gap between two
// moments of a story's sequence, and is not compared. The copy is
// invented.
func TestDateFactsTimeSlip(t *testing.T) {
	lead := "date 2024-02-12 A snowstorm stranded 40 climbers on Mount Arvel on Saturday night.\n\n"
	b := lead + "The rescue service said the final group was flown to the lodge at 7.20am on Sunday."
	c := lead + "All of them were off the mountain by 7.20 a.m. on Sunday after a night on the ridge."
	pass := "date 2024-02-12 A rockfall closed the Stoban pass road on Saturday night.\n\n"
	passB := pass + "Crews said the last lane was cleared at 8.41am on Sunday after a night of work."
	passC := pass + "The road reopened to traffic by 8.41 a.m. on Sunday, the council said."
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name:     "the tens of the minutes slipped",
			articles: []string{"a.txt", lead + "The last climbers reached the lodge at 7.50am on Sunday.", "b.txt", b, "c.txt", c},
			want:     []string{"a.txt:3:40: fact.date: time of the event: 7.50am here; 7.20am in b.txt:3, 7.20 a.m. in c.txt:3"},
		},
		{
			name:     "the digits swapped, one outlet of a sentence sharing two words",
			articles: []string{"a.txt", lead + "The last climbers reached the lodge at 7.02am on Sunday.", "b.txt", lead + "The climbers were flown to the lodge at 7.20am on Sunday."},
			want: []string{
				"a.txt:3:40: fact.date: time of the event: 7.02am here; 7.20am in b.txt:3",
				"b.txt:3:41: fact.date: time of the event: 7.20am here; 7.02am in a.txt:3",
			},
		},
		{
			name: "a minute past midnight written in words",
			articles: []string{"a.txt", lead + "The last climbers reached the lodge at 12.50am on Sunday.",
				"b.txt", lead + "The rescue service said the final group was flown to the lodge at twenty minutes past midnight on Sunday.",
				"c.txt", lead + "All of them were off the mountain by 12.20 a.m. on Sunday after a night on the ridge."},
			want: []string{"a.txt:3:40: fact.date: time of the event: 12.50am here; twenty minutes past midnight in b.txt:3, 12.20 a.m. in c.txt:3"},
		},
		{name: "the times agree", articles: []string{"a.txt", lead + "The last climbers reached the lodge at 7.20am on Sunday.", "b.txt", b, "c.txt", c}},
		{
			// "at 9.40pm" and "from 9.45pm": the call and the closure
			// five minutes later are two moments.
			name:     "the last digit is another moment",
			articles: []string{"a.txt", lead + "The last climbers reached the lodge at 7.25am on Sunday.", "b.txt", b, "c.txt", c},
		},
		{
			name:     "one outlet of a sentence sharing one word",
			articles: []string{"a.txt", lead + "The last walkers got to the lodge at 7.50am on Sunday.", "b.txt", lead + "The climbers were brought down to the lodge at 7.20am on Sunday."},
		},
		{
			name: "the article gives the others' minute elsewhere",
			articles: []string{
				"a.txt", lead + "The last climbers reached the lodge at 7.50am on Sunday.\n\nThe first had set off down the ridge at 7.20am.",
				"b.txt", b, "c.txt", c,
			},
		},
		{
			name: "another outlet gives the minute too",
			articles: []string{
				"a.txt", lead + "The last climbers reached the lodge at 7.50am on Sunday.",
				"b.txt", b, "c.txt", c,
				"d.txt", lead + "A helicopter took off from the lodge at 7.50am.",
			},
		},
		{
			// Two outlets give the minute with its digits swapped, and
			// no article gives another minute of that hour: one moment,
			// whatever the words of the sentences.
			name: "the digits swapped in a sentence sharing no word",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14am.",
				"b.txt", passB, "c.txt", passC,
			},
			want: []string{"a.txt:3:23: fact.date: time of the event: 8.14am here; 8.41am in b.txt:3, 8.41 a.m. in c.txt:3"},
		},
		{
			name: "the digits swapped in a sentence sharing no word, one outlet",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14am.",
				"b.txt", passB,
			},
		},
		{
			name: "the digits swapped in a sentence sharing no word, another minute of the hour in the story",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14am.",
				"b.txt", passB, "c.txt", passC,
				"d.txt", pass + "A grader left the depot at 8.07am.",
			},
		},
		{
			name: "the digits swapped in a sentence sharing no word, another minute of the hour in its article",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14am.\n\nA grader left the depot at 8.07am.",
				"b.txt", passB, "c.txt", passC,
			},
		},
		{
			// "at 8.14" with no "am": a bare number of the clock's shape
			// after "at" is a time judged by its minute alone.
			name: "a bare time, its digits swapped against two outlets",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14 and the first lorries crawled through.",
				"b.txt", passB, "c.txt", passC,
			},
			want: []string{"a.txt:3:23: fact.date: time of the event: 8.14 here; 8.41am in b.txt:3, 8.41 a.m. in c.txt:3"},
		},
		{
			name: "a bare time read in the afternoon",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14 and the first lorries crawled through.",
				"b.txt", pass + "Crews said the last lane was cleared at 8.41pm on Sunday after long hours of work.",
				"c.txt", pass + "The road reopened to traffic by 8.41 p.m. on Sunday, the council said.",
			},
			want: []string{"a.txt:3:23: fact.date: time of the event: 8.14 here; 8.41pm in b.txt:3, 8.41 p.m. in c.txt:3"},
		},
		{
			name: "a bare time that agrees",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.41 and the first lorries crawled through.",
				"b.txt", passB, "c.txt", passC,
			},
		},
		{
			// A price is written so too: bare figures never oppose a
			// time.
			name: "bare times oppose no time",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14am.",
				"b.txt", pass + "Crews said the last lane was cleared at 8.41 on Sunday after a night of work.",
				"c.txt", pass + "The road reopened to traffic at 8.41 on Sunday, the council said.",
			},
		},
		{
			name: "a bare time, its digits swapped against one outlet",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.14 and the first lorries crawled through.",
				"b.txt", passB,
			},
		},
		{
			name: "a bare number after another word",
			articles: []string{
				"a.txt", pass + "The toll for lorries rose to 8.14 and the first of them crawled through.",
				"b.txt", passB, "c.txt", passC,
			},
		},
		{
			name: "the tens slipped in a sentence sharing no word",
			articles: []string{
				"a.txt", pass + "The barrier lifted at 8.11am.",
				"b.txt", passB, "c.txt", passC,
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// fact.mismatch switched off, as in TestDateFactsTime.
			set, err := load(t, "group = \"all\"\n[rules.\"fact.mismatch\"]\nenabled = false\n")
			if err != nil {
				t.Fatalf("loading rules: %v", err)
			}
			var got []string
			for _, d := range checkSet(t, set, tc.articles...) {
				if d.Rule == "fact.date" {
					got = append(got, line(d))
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}
