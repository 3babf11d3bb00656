package rules_test

import "testing"

// TestShareSubject checks that a percentage is compared as the share of
// what it is said of: the subject of the clause whose verb it completes
// (past auxiliaries, and past a complement that a preposition opens),
// the noun before its "of" or the noun it modifies. Two percentages of
// one subject have it in common as evidence; two of different subjects
// are different facts however many words they share, so a changed
// figure is no longer taken for another subject's figure nearer its
// size.
func TestShareSubject(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a premium changed is not taken for the shares' rise",
			articles: []string{
				"a.txt", "Brenmoor's bid of $6.20 carries a premium of 16% over the last price. Talvick shares gained 27% by the close.\n",
				"b.txt", "The $6.20 bid carries a 61% premium, and Talvick shares gained 27% by the close.\n",
				"c.txt", "Talvick holders get a 61% premium under the Brenmoor bid; by the close the shares had gained 27%.\n",
			},
			want: []string{
				"a.txt:1:46: fact.mismatch: ratio: 16% here; 61% in b.txt:1, 61% in c.txt:1",
			},
		},
		{
			// A verb's object is the share's noun, not the subject:
			// "hostels reported 88% occupancy" is the occupancy.
			name: "a share that a verb takes as its object",
			articles: []string{
				"a.txt", "Hostels across the county reported 68 per cent occupancy over the festival weekend.\n",
				"b.txt", "Hostel occupancy in the county reached 86% over the festival weekend.\n",
				"c.txt", "Occupancy in the county hit 86 per cent over the festival weekend, the tourist board said.\n",
			},
			want: []string{
				"a.txt:1:36: fact.mismatch: ratio: 68 per cent here; 86% in b.txt:1, 86 per cent in c.txt:1",
			},
		},
		{
			name: "a subject before its auxiliary",
			articles: []string{
				"a.txt", "Carer allowances would increase by 3.8% in April, in line with prices. Bus fares rose 2% over the winter.\n",
				"b.txt", "Families can expect their allowances to rise by 8.3 per cent in April. Bus fares went up 2 per cent over the winter.\n",
			},
			want: []string{
				"a.txt:1:36: fact.mismatch: ratio: 3.8% here; 8.3 per cent in b.txt:1",
				"b.txt:1:49: fact.mismatch: ratio: 8.3 per cent here; 3.8% in a.txt:1",
			},
		},
		{
			name: "a subject past the complement that names its firm",
			articles: []string{
				"a.txt", "Shares in Quenlow gained 3.7% by midday. Its sales grew 12% in the year.\n",
				"b.txt", "By the close, Quenlow's shares were up 7.3%. Sales grew by 12% in the year.\n",
			},
			want: []string{
				"a.txt:1:26: fact.mismatch: ratio: 3.7% here; 7.3% in b.txt:1",
				"b.txt:1:40: fact.mismatch: ratio: 7.3% here; 3.7% in a.txt:1",
			},
		},
		{
			name: "a level a verb reaches is its subject's",
			articles: []string{
				"a.txt", "When the reservoir sank to a low of 21.4 per cent, farms were told to save water.\n",
				"b.txt", "When the reservoir bottomed out at 12.4 per cent, farms were told to save water.\n",
				"c.txt", "Farms were told to save water after the reservoir bottomed out at 12.4 per cent.\n",
			},
			want: []string{
				"a.txt:1:37: fact.mismatch: ratio: 21.4 per cent here; 12.4 per cent in b.txt:1, 12.4 per cent in c.txt:1",
			},
		},
		{
			// "on a turnout of": another preposition than one a
			// verb reaches a level by opens the subject itself.
			name: "a subject a preposition opens",
			articles: []string{
				"a.txt", "The bypass plan passed on a turnout of 58.2 per cent.\n",
				"b.txt", "Turnout reached 52.8 per cent in the vote on the bypass.\n",
			},
			want: []string{
				"a.txt:1:40: fact.mismatch: ratio: 58.2 per cent here; 52.8 per cent in b.txt:1",
				"b.txt:1:17: fact.mismatch: ratio: 52.8 per cent here; 58.2 per cent in a.txt:1",
			},
		},
		{
			// "Turnout was 58.2% of the members" is keyed by its
			// whole, and claimed again as the turnout's.
			name: "a share of a whole, as its subject's",
			articles: []string{
				"a.txt", "Turnout was 58.2 per cent of the 12,400 members, the union said.\n",
				"b.txt", "The members backed the offer on a turnout of 52.8 per cent.\n",
			},
			want: []string{
				"a.txt:1:13: fact.mismatch: ratio: 58.2 per cent here; 52.8 per cent in b.txt:1",
				"b.txt:1:46: fact.mismatch: ratio: 52.8 per cent here; 58.2 per cent in a.txt:1",
			},
		},
		{
			// Claimed again as the party's, the share meets no share
			// of an unsaid subject.
			name: "a share of a whole, not another subject's",
			articles: []string{
				"a.txt", "His party won 41.5 per cent of the vote on Sunday, the union said.\n",
				"b.txt", "The union said the Greens won 14.5 per cent on Sunday.\n",
			},
		},
		{
			name: "a change said of the noun after it",
			articles: []string{
				"a.txt", "Passengers face a 14% rise in fares from May, the operator said. Its staff will get 3% more.\n",
				"b.txt", "Fares are going up by 41 per cent in May, the operator said. Its staff will get 3 per cent more.\n",
			},
			want: []string{
				"a.txt:1:19: fact.mismatch: ratio: 14% here; 41 per cent in b.txt:1",
				"b.txt:1:23: fact.mismatch: ratio: 41 per cent here; 14% in a.txt:1",
			},
		},
		{
			name: "percentages of two subjects are two facts",
			articles: []string{
				"a.txt", "Turnout climbed to 64% as the count closed in the valley.\n",
				"b.txt", "Support climbed to 46% as the count closed in the valley.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestShareByItsAdjective checks that a percentage followed by the
// adjective of a measure ("71 per cent effective", "97% full") is said
// of the measure's noun (share_subjects), as "an efficacy of 71%" is,
// not of its clause's subject: outlets name the vaccine, the jab or
// nothing. An adjective that modifies a noun after it is read as before.
func TestShareByItsAdjective(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "efficacy by its noun and by its adjective",
			articles: []string{
				"a.txt", "Among the over-70s in the study, efficacy was 85.3 per cent.\n",
				"b.txt", "Among the over-70s in the study, the Tarvex vaccine was 58.3 per cent effective.\n",
				"c.txt", "The jab was also 58.3% effective among the over-70s, the study found.\n",
			},
			want: []string{
				"a.txt:1:47: fact.mismatch: ratio: 85.3 per cent here; 58.3 per cent in b.txt:1, 58.3% in c.txt:1",
			},
		},
		{
			name: "the same efficacy agrees",
			articles: []string{
				"a.txt", "Among the over-70s in the study, efficacy was 58.3 per cent.\n",
				"b.txt", "Among the over-70s in the study, the Tarvex vaccine was 58.3 per cent effective.\n",
				"c.txt", "The jab was also 58.3% effective among the over-70s, the study found.\n",
			},
		},
		{
			// "full-time" is a compound, no occupancy: the share is
			// the clause's subject's, as before.
			name: "the first half of a compound is no measure",
			articles: []string{
				"a.txt", "Over the race weekend, hotel occupancy in Corrin was 79 per cent.\n",
				"b.txt", "Over the race weekend, hotel jobs in Corrin were 93% full-time.\n",
				"c.txt", "Hotel jobs in Corrin were 93 per cent full-time over the race weekend, the board said.\n",
			},
		},
		{
			name: "occupancy by its noun and by its adjective",
			articles: []string{
				"a.txt", "Over the race weekend, hotel occupancy in Corrin was 79 per cent.\n",
				"b.txt", "Over the race weekend, hotels in Corrin were 93% full.\n",
				"c.txt", "Hotels in Corrin were 93 per cent full over the race weekend, the board said.\n",
			},
			want: []string{
				"a.txt:1:54: fact.mismatch: ratio: 79 per cent here; 93% in b.txt:1, 93 per cent in c.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestShareOfCapacity checks that a share of a thing's capacity is
// compared with the share its fill is given by ("91% full"): the same
// figure in other words (share_wholes); and that the share of a whole of
// the table keeps its own claim where its noun does not end its phrase.
func TestShareOfCapacity(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a fill against a share of capacity",
			articles: []string{
				"a.txt", "The holding tank at Tervell was 91 per cent full when the valve burst.\n",
				"b.txt", "The Tervell tank held about 4,100 litres, or 19% of its capacity, when the valve burst.\n",
				"c.txt", "When the valve burst the holding tank at Tervell was at 19 per cent of its capacity.\n",
			},
			want: []string{
				"a.txt:1:33: fact.mismatch: ratio: 91 per cent here; 19% in b.txt:1, 19 per cent in c.txt:1",
			},
		},
		{
			name: "the same fill agrees",
			articles: []string{
				"a.txt", "The holding tank at Tervell was 19 per cent full when the valve burst.\n",
				"b.txt", "The Tervell tank held about 4,100 litres, or 19% of its capacity, when the valve burst.\n",
				"c.txt", "When the valve burst the holding tank at Tervell was at 19 per cent of its capacity.\n",
			},
		},
		{
			// The whole's noun modifies another: the share is of the
			// payments, not of the capacity.
			name: "a noun after the whole's",
			articles: []string{
				"a.txt", "The holding tank at Tervell was 91 per cent full when the valve burst.\n",
				"b.txt", "When the valve burst, the Tervell board had paid 19% of capacity payments.\n",
				"c.txt", "When the valve burst the board at Tervell had paid 19 per cent of capacity payments.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
