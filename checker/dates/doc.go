// Package dates reads the dates that news copy writes and resolves them to
// days of the calendar.
//
// Extract finds, with exact spans in the document's text, calendar dates
// in British and American order ("11 September 2023", "September 11,
// 2023", "Sept. 11", "2023-09-11"), months ("in April 2019", "in July"),
// years after a preposition ("in 2019"), weekdays ("on Monday", "last
// Tuesday", "Wednesday, Sept. 13") and relative days ("yesterday", "next
// week", "three years ago", "earlier this month").
//
// Resolve turns an expression into the range of days it allows, against
// the article's own date and the tense of its clause: in an article dated
// Monday 11 September 2023, "expected as early as Tuesday" is 12 September
// or later, and in one dated Tuesday 12 September, "arrived on Monday" is
// 11 September. An expression that needs the article's date resolves to
// nothing when the date is unknown; nothing here ever looks at a clock.
//
// Days are counted from 1 January 1970 in the proleptic Gregorian
// calendar, so arithmetic across month and year ends is plain addition.
package dates
