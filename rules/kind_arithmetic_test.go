package rules_test

import (
	"testing"
)

// TestArithmetic checks figures of one sentence that the grammar ties by
// arithmetic: a share restating its part and whole, and a change stated
// beside its two ends. Invented copy.
func TestArithmetic(t *testing.T) {
	checkConversionCases(t, func(t *testing.T, text string) []string {
		return check(t, arithmeticPack, "a.txt", text)
	}, []conversionCase{
		// A share of a part and its whole.
		{"Of the crew, 12 of the 40 staff (30%) were ill.", ""},
		{"Of the crew, 12 of the 40 staff (35%) were ill.", "fact.arithmetic: 12 of 40 is 30%, not 35%"},
		{"Of the crew, 14 of the 40 staff (30%) were ill.", "fact.arithmetic: 14 of 40 is 35%, not 30%"},
		{"Of the crew, 12 of the 48 staff (30%) were ill.", "fact.arithmetic: 12 of 48 is 25%, not 30%"},
		{"The firm sold 9,100 of its 14,200 vans abroad, or about 64%.", ""},
		{"The firm sold 9,100 of its 14,200 vans, or about 64%, abroad.", ""},
		{"The firm sold 9,100 of its 14,200 vans, or about 69%, abroad.", "fact.arithmetic: 9,100 of 14,200 is 64%, not about 69%"},
		{"Some 52 out of 80 members voted, or 65%, on Monday.", ""},
		{"Some 52 out of 80 members voted, or 56%, on Monday.", "fact.arithmetic: 52 of 80 is 65%, not 56%"},
		// "of them": the whole is the figure before the part.
		{"Dealers sold 14,000 vans, roughly 20% of the market, and 9,000 of them, or about 64%, were diesel.", ""},
		{"Dealers sold 14,000 vans, roughly 20% of the market, and 9,000 of them, or about 78%, were diesel.", "fact.arithmetic: 9,000 of 14,000 is 64%, not about 78%"},
		// A part "of them" no larger than its whole.
		{"The bakery employs 31 people, and 19 of them live in the town.", ""},
		{"The bakery employs 13 people, and 19 of them live in the town.", "fact.arithmetic: 19 of them is more than the 13 they are of"},
		{"Crews rescued 18 walkers, 22 of whom were unhurt.", "fact.arithmetic: 22 of whom is more than the 18 they are of"},
		// A whole a preposition opens may be another noun's complement.
		{"Walkers from three clubs, 140 of them, joined the search.", ""},
		// A truncated or qualified share passes.
		{"Of the crew, 25 of the 40 staff (62%) were ill.", ""},
		{"Of the crew, 25 of the 40 staff, or nearly two-thirds, were ill.", ""},
		{"Of the crew, 25 of the 40 staff, or more than 60%, were ill.", ""},
		// "of them" after the share is the whole again.
		{"The flood reached 31 of the 52 barns, or about 60 per cent of them, by noon.", ""},
		{"The flood reached 31 of the 52 homes, or about 70 per cent of them, by noon.", "fact.arithmetic: 31 of 52 is 60%, not about 70 per cent"},
		// A percentage of another whole, or no whole.
		{"Of the crew, 12 of the 40 staff, or 8% of the workforce, were ill.", ""},
		{"Turnout was 40, or 30%, on the day.", ""},
		// A change beside its two ends.
		{"Cases rose from 80 to 92, a rise of 12, in a week.", ""},
		{"Cases rose from 80 to 92, a rise of 21, in a week.", "fact.arithmetic: from 80 to 92 is a change of 12, not 21"},
		{"Cases rose from 80 to 92, 12 more cases than last week.", ""},
		{"Cases rose from 80 to 92, 17 more cases than last week.", "fact.arithmetic: from 80 to 92 is a change of 12, not 17"},
		{"Sales rose 25% from £40m to £50m last year.", ""},
		{"Sales rose 25% from £40m to £60m last year.", "fact.arithmetic: from £40m to £60m is a change of 50%, not 25%"},
		{"Sales went from £40m to £50m, a 25% rise.", ""},
		{"Sales went from £40m to £50m, a 35% rise.", "fact.arithmetic: from £40m to £50m is a change of 25%, not 35%"},
		{"The rate went from 20% to 22%, up 10%.", ""},
		{"The rate went from 20% to 22%, up 2 percentage points.", ""},
		{"The rate went from 20% to 22%, up 5 percentage points.", "fact.arithmetic: from 20% to 22% is a change of 2 points"},
		// Counts written to the unit are exact.
		{"Cases rose from 80 to 92, 13 more cases than last week.", "fact.arithmetic: from 80 to 92 is a change of 12, not 13"},
		{"Prices fell by about 10% from £200 to £181.", ""},
		// Parts of a whole the sentence opens with may not add up to more.
		{"Of the 90 flights, 51 were cancelled and 39 were delayed.", ""},
		{"Of the 90 flights, 51 were cancelled and 29 were delayed.", ""},
		{"Of the 90 flights, 61 were cancelled and 39 were delayed.", "fact.arithmetic: 61 and 39 add up to 100, more than the 90 they are of"},
		{"Of the 90 flights, 51 were cancelled, 30 delayed and 12 diverted.", "fact.arithmetic: 51, 30 and 12 add up to 93, more than the 90 they are of"},
		{"Of the 60 injured, 21 were treated in hospital, and 41 at the scene.", "fact.arithmetic: 21 and 41 add up to 62, more than the 60 they are of"},
		// A part of a part, or a figure of another kind, leaves it alone.
		{"Of the 60 injured, 51 were taken to hospital and 12 of them were critical.", ""},
		{"Of the 60 injured, 51 were taken to hospital and 12% were children.", ""},
		{"Of those 60 injured, 51 were taken to hospital and 12 went home.", ""},
		// The remainder of a part of a whole, in the sentence after.
		{"The firm is cutting 530 of the 610 posts at the depot. The remaining 80 staff will run the shop.", ""},
		{"The firm is cutting 530 of the 610 posts at the depot. The remaining 90 staff will run the shop.", "fact.arithmetic: 530 of 610 leaves 80, not 90"},
		{"The firm is cutting 530 of the 601 posts at the depot. The remaining 80 staff will run the shop.", "fact.arithmetic: 530 of 601 leaves 71, not 80"},
		// Two parts before, or none: what remains is not told.
		{"The firm is cutting 530 of the 610 posts and 20 of its 50 vans. The remaining 90 staff will run the shop.", ""},
		{"The firm is cutting 530 posts at the depot. The remaining 90 staff will run the shop.", ""},
		// A change by a factor.
		{"The council tripled the levy on empty homes, from 10% to 30%.", ""},
		{"The council tripled the levy on empty homes, from 10% to 40%.", "fact.arithmetic: from 10% to 40% is 4 times, not tripled"},
		{"The club doubled its members from 410 to 820 in a year.", ""},
		{"The club doubled its members from 410 to 840 in a year.", ""},
		{"The club doubled its members from 410 to 1,020 in a year.", "fact.arithmetic: from 410 to 1,020 is 2.5 times, not doubled"},
		{"Fares were halved from £8 to £4.", ""},
		{"Fares were halved from £8 to £6.", "fact.arithmetic: from £8 to £6 is 0.8 times, not halved"},
		{"The club more than doubled its members from 410 to 1,020.", ""},
		// "more than" compares the end with another figure.
		{"Cases rose from 80 to 92, 17 more than forecast.", ""},
		// No change stated, or one that is not of the two ends.
		{"Cases rose from 80 to 92 in a week, with 40 in hospital.", ""},
		{"Fares go from £4 to £5 on Monday, a rise of 9% in a year.", ""},
		// The two sides of a vote add up to the whole vote.
		{"Members backed the offer by 64% to 36% on Friday.", ""},
		{"Members backed the offer by 54% to 36% on Friday.", "fact.arithmetic: the two sides of the vote, 54% and 36%, add up to 90%, not 100%"},
		{"In 2011 voters rejected a £3 levy by 66 per cent to 34 per cent.", ""},
		{"In 2011 voters rejected a £3 levy by 76 per cent to 34 per cent.", "fact.arithmetic: the two sides of the vote, 76 per cent and 34 per cent, add up to 110%, not 100%"},
		{"The count gave a split of 51.3 per cent to 48.7 per cent.", ""},
		{"The count gave a split of 51.3 per cent to 47.8 per cent.", "fact.arithmetic: the two sides of the vote, 51.3 per cent and 47.8 per cent, add up to 99.1%, not 100%"},
		// Rounded or truncated shares pass; a third share may make up the rest.
		{"Members voted 67% to 32% to accept.", ""},
		{"Members backed the plan by 45% to 40%, with 15% undecided.", ""},
		{"Members backed the plan by 55% to 40% on a turnout of 61%.", "fact.arithmetic: the two sides of the vote, 55% and 40%, add up to 95%, not 100%"},
		// A change and its end, a split of something else, or no word of a vote.
		{"Support for the plan rose by 5% to 40% in a month.", ""},
		{"Members voted as support fell by 12% to 40%.", ""},
		{"Shares were backed from 40% to 30% of the book.", ""},
		{"The band's share went 45% to 38% in the chart.", ""},
		{"Members voted 40% to 35% to 25% across the three options.", ""},
	})
}

// arithmeticPack is fact.arithmetic as the pack configures it.
const arithmeticPack = `
[[rule]]
id = "fact.arithmetic"
kind = "arithmetic"
severity = "error"
change_words = ["rise", "rose", "increase", "fall", "fell", "drop"]
increment_words = ["more", "new"]
up_words = ["up", "down"]
multipliers = {doubled = 2, tripled = 3, halved = 0.5}
split_words = ["voted", "backed", "rejected", "split"]
`
