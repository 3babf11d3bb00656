package rules_test

import "testing"

// TestDateFactsVocabulary checks the default pack's event words added for
// scheduled decisions ("the next decision is due on ...") and for ships
// and vehicles that hit something ("ran aground", "smashed into"): a
// changed day is found, and the dates that are of other things stay
// silent.
func TestDateFactsVocabulary(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the next scheduled decision moved by a week",
			articles: []string{
				"a.txt", "date 2024-10-17 The next rate decision is due on Thursday, November 14.",
				"b.txt", "date 2024-10-17 The board's next decision is due on Thursday 7 November.",
				"c.txt", "date 2024-10-17 Its next decision is due on 7 November.",
			},
			want: []string{"a.txt:1:50: fact.date: date of the ruling: on Thursday, November 14 (Thursday 14 November 2024) here; on Thursday 7 November (Thursday 7 November 2024) in b.txt:1, on 7 November (Thursday 7 November 2024) in c.txt:1"},
		},
		{
			name: "today's decision and the next one are two events",
			articles: []string{
				"a.txt", "date 2024-10-17 The board cut its rate on Thursday. Its next decision is due on 7 November.",
				"b.txt", "date 2024-10-17 The board's decision on Thursday was a cut.",
			},
		},
		{
			// A seizure is told with its own verbs ("seized", the
			// tabloids' "swooped"); the rest of the sentence says what
			// was taken.
			name: "a seizure, a day moved",
			articles: []string{
				"a.txt", "date 2025-03-05 Border officers swooped on Monday night after the lorry crossed at Delling.",
				"b.txt", "date 2025-03-05 Border officers seized 40kg of heroin from a lorry at Delling on Tuesday night.",
				"c.txt", "date 2025-03-05 The heroin was seized at Delling late on Tuesday.",
			},
			want: []string{"a.txt:1:44: fact.date: date of the seizure: on Monday (Monday 3 March 2025) here; on Tuesday (Tuesday 4 March 2025) in b.txt:1, on Tuesday (Tuesday 4 March 2025) in c.txt:1"},
		},
		{
			name: "a seizure, the days agreeing",
			articles: []string{
				"a.txt", "date 2025-03-05 Border officers swooped on Tuesday night after the lorry crossed at Delling.",
				"b.txt", "date 2025-03-05 Border officers seized 40kg of heroin from a lorry at Delling on Tuesday night.",
				"c.txt", "date 2025-03-05 The heroin was seized at Delling late on Tuesday.",
			},
		},
		{
			name: "a ship that ran aground, a day moved",
			articles: []string{
				"a.txt", "date 2025-03-05 The freighter Coral Dawn ran aground on Merrow Shoal on Monday.",
				"b.txt", "date 2025-03-05 The freighter Coral Dawn ran aground on Merrow Shoal on Tuesday.",
				"c.txt", "date 2025-03-05 The Coral Dawn ran aground on Merrow Shoal early on Tuesday.",
			},
			want: []string{"a.txt:1:73: fact.date: date of the crash: on Monday (Monday 3 March 2025) here; on Tuesday (Tuesday 4 March 2025) in b.txt:1, on Tuesday (Tuesday 4 March 2025) in c.txt:1"},
		},
		{
			name: "the day of the report is not the day of the grounding",
			articles: []string{
				"a.txt", "date 2025-03-05 The freighter Coral Dawn ran aground on Merrow Shoal on Tuesday.",
				"b.txt", "date 2025-03-05 Salvage crews reached the Coral Dawn on Wednesday, the coastguard said.",
			},
		},
		{
			name: "yesterday in a next-day paper, an update and an earlier grounding agree or stay apart",
			articles: []string{
				"a.txt", "date 2025-03-05 The freighter Coral Dawn smashed into Merrow Shoal on Tuesday.",
				"b.txt", "date 2025-03-05 The Coral Dawn, which smashed into Merrow Shoal yesterday, was refloated on Wednesday.",
				"c.txt", "date 2025-03-05 Another freighter, the Sea Lark, ran aground on Merrow Shoal in March 2011.",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkFactDates(t, tc.articles...), tc.want...)
		})
	}
}
