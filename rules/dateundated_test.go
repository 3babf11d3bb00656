package rules_test

import "testing"

// TestDateFactsUndatedWeekday checks that the weekdays of articles whose
// own date is not known (no dateline, or one of no year) are compared by
// their names: a weekday in the past names a day of the week before its
// article, so an outlet's "Monday" against the others' "Tuesday" for a
// sentence of the same words is a slip whatever the year. The copy is
// invented.
func TestDateFactsUndatedWeekday(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "the weekdays agree",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 5.17am on Tuesday with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall at 5.17am on Tuesday, tearing a gash in its bow.\n",
			},
		},
		{
			name: "one outlet moves the weekday: the odd one out is reported",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 5.17am on Monday with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall at 5.17am on Tuesday, tearing a gash in its bow.\n",
			},
			want: []string{"a.txt:1:57: fact.date: day of the event: on Monday here; on Tuesday in b.txt:1, on Tuesday in c.txt:1"},
		},
		{
			// Past midnight, a weekday may tell the night of the day
			// before, as the others do.
			name: "a weekday past midnight against the day before: no finding",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 1.17am on Wednesday with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall on Tuesday with 212 passengers aboard.\n",
			},
		},
		{
			name: "a weekday past midnight two days on: reported",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 1.17am on Thursday with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall on Tuesday with 212 passengers aboard.\n",
			},
			want: []string{"a.txt:1:57: fact.date: day of the event: on Thursday here; on Tuesday in b.txt:1, on Tuesday in c.txt:1"},
		},
		{
			name: "a weekday written beside its day of no year opposes too",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 5.17am on Monday with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday, 9 June.\n",
				"c.txt", "The Varrow ferry hit the harbour wall at 5.17am on Tuesday, tearing a gash in its bow.\n",
			},
			want: []string{"a.txt:1:57: fact.date: day of the event: on Monday here; on Tuesday, 9 June in b.txt:1, on Tuesday in c.txt:1"},
		},
		{
			name: "a weekday moved beside its day of no year is judged by its weekday too",
			articles: []string{
				"a.txt", "QUARRINGTON, 11 June - The Varrow ferry ran onto the harbour wall on Monday, 9 June, with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall on Tuesday with 212 passengers aboard.\n",
			},
			want: []string{"a.txt:1:70: fact.date: day of the event: on Monday, 9 June here; on Tuesday in b.txt:1, on Tuesday in c.txt:1"},
		},
		{
			name: "a weekday beside the same minute opposes in a sentence of other words",
			articles: []string{
				"a.txt", "A gas main under the Orlen market blew apart at 4.13am on Monday, scattering glass across the square.\n",
				"b.txt", "Windows shook three streets away when the blast came at 4.13am on Tuesday.\n",
				"c.txt", "Gas engineers said the Orlen market main blew apart on Tuesday after a valve failed.\n",
			},
			want: []string{"a.txt:1:59: fact.date: day of the event: on Monday here; on Tuesday in b.txt:1, on Tuesday in c.txt:1"},
		},
		{
			name: "the same minute on the same weekday supports",
			articles: []string{
				"a.txt", "A gas main under the Orlen market blew apart at 4.13am on Tuesday, scattering glass across the square.\n",
				"b.txt", "Windows shook three streets away when the blast came at 4.13am on Tuesday.\n",
				"c.txt", "Gas engineers said the Orlen market main blew apart on Tuesday after a valve failed.\n",
			},
		},
		{
			name: "a third outlet sharing one point joins an opponent sharing two",
			articles: []string{
				"a.txt", "Sculptor Ilse Vorna, 47, collected the Perrow Medal at a dinner in the Teller Hall on Monday evening.\n",
				"b.txt", "Sculptor Ilse Vorna, 47, bagged the Perrow Medal at a posh dinner in the Teller Hall on Tuesday evening.\n",
				"c.txt", "Ilse Vorna took the Perrow Medal for bronze work on Tuesday with her third show.\n",
			},
			want: []string{"a.txt:1:87: fact.date: day of the event: on Monday here; on Tuesday in b.txt:1, on Tuesday in c.txt:1"},
		},
		{
			name: "two outlets sharing one point each: no finding",
			articles: []string{
				"a.txt", "Sculptor Ilse Vorna, 47, collected the Perrow Medal at a dinner in the Teller Hall on Monday evening.\n",
				"b.txt", "Ilse Vorna spoke to reporters on Tuesday about her next show.\n",
				"c.txt", "Ilse Vorna took the Perrow Medal for bronze work on Tuesday with her third show.\n",
			},
		},
		{
			name: "a third outlet sharing one point on another weekday stays out",
			articles: []string{
				"a.txt", "Sculptor Ilse Vorna, 47, collected the Perrow Medal at a dinner in the Teller Hall on Monday evening.\n",
				"b.txt", "Sculptor Ilse Vorna, 47, bagged the Perrow Medal at a posh dinner in the Teller Hall on Tuesday evening.\n",
				"c.txt", "Ilse Vorna showed her bronzes at a gallery in Orlen on Wednesday.\n",
			},
		},
		{
			name: "one outlet against one, the same minute beside the weekdays: both are shown",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 5.17am on Monday with 212 passengers aboard.\n",
				"b.txt", "The Varrow ferry hit the harbour wall at 5.17am on Tuesday with 212 passengers aboard.\n",
			},
			want: []string{
				"a.txt:1:57: fact.date: day of the event: on Monday here; on Tuesday in b.txt:1",
				"b.txt:1:52: fact.date: day of the event: on Tuesday here; on Monday in a.txt:1",
			},
		},
		{
			name: "one outlet against one with no minute beside the weekdays: two days, maybe",
			articles: []string{
				"a.txt", "Divers resumed the search for the Varrow ferry's crew on Monday with 14 boats.\n",
				"b.txt", "Divers resumed the search for the Varrow ferry's crew on Tuesday with 14 boats.\n",
			},
		},
		{
			name: "one outlet against one, sharing little: no finding",
			articles: []string{
				"a.txt", "The Varrow ferry ran aground on Monday.\n",
				"b.txt", "Divers inspected the Varrow hull on Tuesday.\n",
			},
		},
		{
			name: "the outlet names the others' weekday elsewhere: two days",
			articles: []string{
				"a.txt", "The Varrow ferry ran onto the harbour wall at 5.17am on Monday with 212 passengers aboard.\n\nSalvage crews arrived on Tuesday.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall at 5.17am on Tuesday, tearing a gash in its bow.\n",
			},
		},
		{
			name: "a weekday of the future is no day of the past",
			articles: []string{
				"a.txt", "The Varrow ferry will sail past the harbour wall at 5.17am on Monday with 212 passengers aboard.\n",
				"b.txt", "With 212 passengers aboard, the Varrow ferry ran onto the harbour wall on Tuesday.\n",
				"c.txt", "The Varrow ferry hit the harbour wall at 5.17am on Tuesday, tearing a gash in its bow.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}

// TestDateFactsUndatedEarlier checks the years of earlier events in
// articles whose own date is not known: a year (or a month, or a day,
// with its year) of a clause that is not of the future is an earlier
// event's, compared with the others' as in a dated article, unless a
// word of forecast makes it a plan. A day written with its year is an
// earlier event's date too, set against the others' months and years.
// The copy is invented.
func TestDateFactsUndatedEarlier(t *testing.T) {
	for _, tc := range []struct {
		name     string
		articles []string
		want     []string
	}{
		{
			name: "a full date's month moved against the others' month and day",
			articles: []string{
				"a.txt", "Brindmoor's grain silo has collapsed.\n\nOn 6 August 2017 the same silo cracked along its seam, spilling 800 tonnes of barley.\n",
				"b.txt", "Brindmoor's grain silo has collapsed.\n\nThe silo cracked along its seam in April 2017, spilling 800 tonnes of barley.\n",
				"c.txt", "Brindmoor's grain silo has collapsed.\n\nIts seam cracked on April 6, 2017, and 800 tonnes of barley spilled from the silo.\n",
			},
			want: []string{"a.txt:3:4: fact.date: year of the earlier event: On 6 August 2017 here; in April 2017 in b.txt:3, on April 6, 2017 in c.txt:3"},
		},
		{
			name: "the dates agree",
			articles: []string{
				"a.txt", "Brindmoor's grain silo has collapsed.\n\nOn 6 April 2017 the same silo cracked along its seam, spilling 800 tonnes of barley.\n",
				"b.txt", "Brindmoor's grain silo has collapsed.\n\nThe silo cracked along its seam in April 2017, spilling 800 tonnes of barley.\n",
				"c.txt", "Brindmoor's grain silo has collapsed.\n\nIts seam cracked in 2017, and 800 tonnes of barley spilled from the silo.\n",
			},
		},
		{
			name: "a month and year moved against a year",
			articles: []string{
				"a.txt", "The mill's owner, Corla Baines, lost her first mill in a fire in June 2014, when 60 workers were laid off.\n",
				"b.txt", "Corla Baines lost her first mill in a fire in 2013, and 60 workers were laid off.\n",
			},
			want: []string{
				"a.txt:1:66: fact.date: year of the earlier event: in June 2014 here; in 2013 in b.txt:1",
				"b.txt:1:47: fact.date: year of the earlier event: in 2013 here; in June 2014 in a.txt:1",
			},
		},
		{
			name: "a year of a plan is no earlier event",
			articles: []string{
				"a.txt", "The council had planned to replace the Lindow footbridge in 2031 at a cost of 4 million euros.\n",
				"b.txt", "The council replaced the Lindow footbridge's deck in 2019 at a cost of 4 million euros.\n",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, checkDefaultRule(t, "fact.date", tc.articles...), tc.want...)
		})
	}
}
