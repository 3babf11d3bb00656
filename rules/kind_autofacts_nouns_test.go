package rules_test

import "testing"

// TestCountUnderOtherNouns checks that one count named by different
// nouns of a count_groups group ("staff", "jobs"; "fans", "spectators";
// "floors", "storeys"; "motorists", "drivers") or by a generic noun that the words beside it tie
// to a group ("employs 900 people") is compared across articles, and
// that a workforce is not compared with the staff at one place
// (count_scopes).
func TestCountUnderOtherNouns(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "staff against workers",
			articles: []string{
				"a.txt", "The mill laid off 380 staff last spring.\n",
				"b.txt", "Some 830 workers lost their posts at the mill last spring.\n",
			},
			want: []string{
				"a.txt:1:19: fact.mismatch: staff: 380 staff here; Some 830 workers in b.txt:1",
				"b.txt:1:1: fact.mismatch: workers: Some 830 workers here; 380 staff in a.txt:1",
			},
		},
		{
			name: "planes against aircraft",
			articles: []string{
				"a.txt", "Nine planes flew over the Tarrow hills by noon.\n",
				"b.txt", "The agency has put 11 aircraft into the fight against the fires.\n",
			},
			want: []string{
				"a.txt:1:1: fact.mismatch: planes: Nine planes here; 11 aircraft in b.txt:1",
				"b.txt:1:20: fact.mismatch: aircraft: 11 aircraft here; Nine planes in a.txt:1",
			},
		},
		{
			name: "a workforce as people employed",
			articles: []string{
				"a.txt", "The dairy, which employs about 1,250 people, shut its doors.\n",
				"b.txt", "The dairy, which employs about 2,150 workers, shut its doors.\n",
			},
			want: []string{
				"a.txt:1:26: fact.mismatch: people: about 1,250 people here; about 2,150 workers in b.txt:1",
				"b.txt:1:26: fact.mismatch: workers: about 2,150 workers here; about 1,250 people in a.txt:1",
			},
		},
		{
			name: "people who work there",
			articles: []string{
				"a.txt", "About 470 people work at the depot, the council said.\n",
				"b.txt", "The depot has some 740 employees, the council said.\n",
			},
			want: []string{
				"a.txt:1:1: fact.mismatch: people: About 470 people here; some 740 employees in b.txt:1",
				"b.txt:1:15: fact.mismatch: employees: some 740 employees here; About 470 people in a.txt:1",
			},
		},
		{
			name: "fans against spectators",
			articles: []string{
				"a.txt", "A crowd of 8,200 fans watched the final lap.\n",
				"b.txt", "Some 2,800 spectators watched the final lap.\n",
			},
			want: []string{
				"a.txt:1:12: fact.mismatch: fans: 8,200 fans here; Some 2,800 spectators in b.txt:1",
				"b.txt:1:1: fact.mismatch: spectators: Some 2,800 spectators here; 8,200 fans in a.txt:1",
			},
		},
		{
			name: "floors against storeys",
			articles: []string{
				"a.txt", "The fire spread through 19 floors of the block.\n",
				"b.txt", "The fire spread through 16 storeys of the block.\n",
			},
			want: []string{
				"a.txt:1:25: fact.mismatch: floors: 19 floors here; 16 storeys in b.txt:1",
				"b.txt:1:25: fact.mismatch: storeys: 16 storeys here; 19 floors in a.txt:1",
			},
		},
		{
			name: "offences against charges",
			articles: []string{
				"a.txt", "The haulier admitted 23 offences at the county court.\n",
				"b.txt", "The haulier admitted 32 charges at the county court.\n",
			},
			want: []string{
				"a.txt:1:22: fact.mismatch: offences: 23 offences here; 32 charges in b.txt:1",
				"b.txt:1:22: fact.mismatch: charges: 32 charges here; 23 offences in a.txt:1",
			},
		},
		{
			name: "cops against officers",
			articles: []string{
				"a.txt", "More than 300 cops sealed off the harbour on Sunday.\n",
				"b.txt", "About 600 officers sealed off the harbour on Sunday.\n",
			},
			want: []string{
				"a.txt:1:1: fact.mismatch: cops: More than 300 cops here; About 600 officers in b.txt:1",
				"b.txt:1:1: fact.mismatch: officers: About 600 officers here; More than 300 cops in a.txt:1",
			},
		},
		{
			name: "motorists against drivers",
			articles: []string{
				"a.txt", "Crews cleared the pass and reached 1,250 motorists in their cars overnight.\n",
				"b.txt", "Crews cleared the pass overnight and reached 1,520 drivers trapped in the snow.\n",
			},
			want: []string{
				"a.txt:1:36: fact.mismatch: motorists: 1,250 motorists here; 1,520 drivers in b.txt:1",
				"b.txt:1:46: fact.mismatch: drivers: 1,520 drivers here; 1,250 motorists in a.txt:1",
			},
		},
		{
			name: "a workforce is not the staff on site",
			articles: []string{
				"a.txt", "The firm, the valley's largest employer with 90 staff, has run the plant for decades.\n",
				"b.txt", "Forty-five workers were on site when the roof fell, the firm said.\n",
			},
		},
		{
			name: "an audience in front of it",
			articles: []string{
				"a.txt", "The quartet closed the festival in front of some 6,300 people on Sunday.\n",
				"b.txt", "A crowd of 3,600 fans saw the quartet close the festival.\n",
			},
			want: []string{
				"a.txt:1:45: fact.mismatch: people: some 6,300 people here; 3,600 fans in b.txt:1",
				"b.txt:1:12: fact.mismatch: fans: 3,600 fans here; some 6,300 people in a.txt:1",
			},
		},
		{
			name: "an audience an event drew",
			articles: []string{
				"a.txt", "The regatta drew 5,830 people to the estuary on Saturday.\n",
				"b.txt", "Some 8,530 spectators lined the estuary for the regatta on Saturday.\n",
			},
			want: []string{
				"a.txt:1:18: fact.mismatch: people: 5,830 people here; Some 8,530 spectators in b.txt:1",
				"b.txt:1:1: fact.mismatch: spectators: Some 8,530 spectators here; 5,830 people in a.txt:1",
			},
		},
		{
			name: "people in front of no audience word are not spectators",
			articles: []string{
				"a.txt", "The quartet gave 6,300 people a night to remember on Sunday.\n",
				"b.txt", "A crowd of 3,600 fans saw the quartet close the festival.\n",
			},
		},
		{
			name: "people near no word of work are not workers",
			articles: []string{
				"a.txt", "About 470 people watched from the bank, the council said.\n",
				"b.txt", "The depot has some 740 employees, the council said.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
