package rules_test

import "testing"

// TestVerbClassSynonyms checks the default pack's synonyms of verbs of
// one class: outlets word one act with different verbs ("wanted" and
// "demanded" a sum; "slipped" and "fell"; "shares" and "stock"; "savings" and "save";
// "gave" and "contributed" a sum; "owes" it and it is "unpaid"), and
// the claims share the context word all the same.
func TestVerbClassSynonyms(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a demand",
			articles: []string{
				"a.txt", "He wanted 5 million euros and safe passage to the border.\n",
				"b.txt", "The gunman demanded 4 million euros, officers said.\n",
				"c.txt", "Officers said the hostage-taker had demanded 4 million euros.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			name: "a fall",
			articles: []string{
				"a.txt", "Sales slipped 7.2% in the spring.\n",
				"b.txt", "Takings at the bakery fell 2.7%.\n",
			},
			want: []string{
				"a.txt:1:15: fact.mismatch: ratio: 7.2% here; 2.7% in b.txt:1",
				"b.txt:1:28: fact.mismatch: ratio: 2.7% here; 7.2% in a.txt:1",
			},
		},
		{
			name: "shares are the stock",
			articles: []string{
				"a.txt", "Its shares were 18% higher at the close.\n",
				"b.txt", "The stock soared 81% in early trading.\n",
			},
			want: []string{
				"a.txt:1:17: fact.mismatch: ratio: 18% here; 81% in b.txt:1",
				"b.txt:1:18: fact.mismatch: ratio: 81% here; 18% in a.txt:1",
			},
		},
		{
			name: "savings said as a noun and as a verb",
			articles: []string{
				"a.txt", "The deal would save the two dairies 41 million euros a year, the firms said.\n",
				"b.txt", "The board expects yearly savings of €14m from shared haulage.\n",
			},
			want: []string{
				"a.txt:1:37: fact.mismatch: amount in EUR: 41 million euros here; €14m in b.txt:1",
				"b.txt:1:37: fact.mismatch: amount in EUR: €14m here; 41 million euros in a.txt:1",
			},
		},
		{
			name: "a start again after a stop: resumed and reopened",
			articles: []string{
				"a.txt", "Passenger services resumed at 9.50am after ploughs cleared drifts.\n",
				"b.txt", "The railway finally reopened at 9.20am.\n",
				"c.txt", "Trains ran again once the track reopened at 9.20am.\n",
			},
			want: []string{"a.txt:1:"},
		},
		{
			// A sum given towards a cost, said with "gave" in a
			// relative clause and with "contributed" or "donated".
			name: "a gift: gave, contributed and donated",
			articles: []string{
				"a.txt", "The £6.2 million restoration was paid for by the Penrose Trust, which gave £3.6 million, Kelvo Town Council, which found £1.9 million, and a public appeal that raised £700,000.\n",
				"b.txt", "The restoration cost 6.2 million pounds. The Penrose Trust contributed 4.6 million pounds; Kelvo Town Council put in 1.9 million pounds.\n",
				"c.txt", "The Penrose Trust donated £3.6 million towards the £6.2 million restoration, the trust said.\n",
			},
			want: []string{"b.txt:1:72: fact.mismatch: amount in GBP: 4.6 million pounds here; £3.6 million in a.txt:1, £3.6 million in c.txt:1"},
		},
		{
			// A sum still due, said with "owes" and with "unpaid";
			// the figures are one slip of the pen apart, the second
			// point (kind_autofacts_slip.go).
			name: "a sum still due: owes and unpaid",
			articles: []string{
				"a.txt", "The treasurer repaid €21,000 on 3 May but still owes the club €34,650.\n",
				"b.txt", "Ms Harwin repaid €21,000 in May. Her critics note that €36,450 remains unpaid.\n",
				"c.txt", "Harwin has paid back €21,000, leaving the members waiting for €36,450.\n",
			},
			want: []string{"a.txt:1:63: fact.mismatch: amount in EUR: €34,650 here; €36,450 in b.txt:1"},
		},
		{
			// "The remaining €X" names the balance still due
			// (balance_words): claimed, though "remaining" is a
			// frame word, and compared with "still owes" and
			// "unpaid".
			name: "a sum still due: the remaining balance",
			articles: []string{
				"a.txt", "Harwin repaid €21,000 in May. The remaining €34,650 is still outstanding, the club said.\n",
				"b.txt", "The treasurer repaid €21,000 on 3 May but still owes the club €36,450.\n",
				"c.txt", "Ms Harwin repaid €21,000 in May. Her critics note that €36,450 remains unpaid.\n",
			},
			want: []string{"a.txt:1:45: fact.mismatch: amount in EUR: €34,650 here; €36,450 in b.txt:1, €36,450 in c.txt:1"},
		},
		{
			name: "the demand agrees",
			articles: []string{
				"a.txt", "He wanted 4 million euros and safe passage to the border.\n",
				"b.txt", "The gunman demanded 4 million euros, officers said.\n",
				"c.txt", "Officers said the hostage-taker had demanded 4 million euros.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}

// TestRelativeClauseOwner checks that a figure in a relative clause
// after a name ("the Penrose Trust, which gave £3.6 million") is that
// name's, as the figure of a clause the name is the subject of is: one
// donor's sum in another outlet is compared with that donor's, not
// taken for another donor's that happens to be the same.
func TestRelativeClauseOwner(t *testing.T) {
	list := "The £5.5 million restoration was paid for by the Penrose Trust, which gave £3.6 million, and Kelvo Town Council, which gave £1.9 million.\n"
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "each donor's sum agrees",
			articles: []string{
				"a.txt", list,
				"b.txt", "Kelvo Town Council contributed £1.9 million, the council said.\n",
				"c.txt", "The Penrose Trust donated £3.6 million towards the work.\n",
			},
		},
		{
			// The council's sum is compared with the council's £1.9
			// million, not with the trust's £3.6 million, the
			// nearest figure of the list.
			name: "one donor's sum changed",
			articles: []string{
				"a.txt", list,
				"b.txt", "Kelvo Town Council contributed £3.4 million, the council said.\n",
				"c.txt", "The council gave £1.9 million and the Penrose Trust £3.6 million.\n",
			},
			want: []string{
				"b.txt:1:32: fact.mismatch: amount in GBP: £3.4 million here; £1.9 million in a.txt:1, £1.9 million in c.txt:1",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.mismatch", tc.articles...), tc.want...)
		})
	}
}
