package dates

import (
	"time"

	"github.com/factlint/factlint/checker/document"
)

// Kind classifies date expressions.
type Kind uint8

// Kinds of date expressions.
const (
	// Calendar is a date written with a month or a year: "11 September
	// 2023", "Sept. 11", "April 2019", "in July", "in 2019", "2023-09-11".
	Calendar Kind = iota + 1
	// Weekday is a day of the week alone: "Monday", "last Tuesday".
	Weekday
	// Relative is a day or period counted from the article's date:
	// "yesterday", "next week", "three years ago", "earlier this month".
	Relative
)

// Shift is the word that moves a weekday or a period: "last Tuesday",
// "next week", "this month".
type Shift int8

// Shifts.
const (
	Bare Shift = iota
	Last
	Next
	This
)

// Part narrows a period to the part of it before or after the article's
// date: "earlier this month", "later this week".
type Part uint8

// Parts of a period.
const (
	Whole Part = iota
	Earlier
	Later
)

// Bound is what the words before a date make of it: "as early as
// Tuesday" is Tuesday or later.
type Bound uint8

// Bounds.
const (
	Exactly Bound = iota
	// OnOrAfter: "as early as", "no earlier than", "not before".
	OnOrAfter
	// OnOrBefore: "by", "no later than".
	OnOrBefore
	// Before: "before", "until before".
	Before
	// After: "after".
	After
)

// Expr is one date expression of the copy.
type Expr struct {
	// Span is the date as written, in the document's text, without the
	// preposition or the bounding words before it ("Tuesday" in "as
	// early as Tuesday"; "last Tuesday"; "three years ago").
	Span document.Span
	// Tokens are the expression's tokens, [first, last).
	Tokens [2]int
	// Sentence is the index of the sentence it is in.
	Sentence int
	Kind     Kind
	// Year, Month (1-12) and Day are the calendar parts written; 0 when
	// not written.
	Year, Month, Day int
	// Weekday is the day of the week written, alone or with a calendar
	// date; HasWeekday tells whether one was written.
	Weekday    time.Weekday
	HasWeekday bool
	// WeekdaySpan is the weekday's own span.
	WeekdaySpan document.Span
	// Shift is "last", "next" or "this" before a weekday or period.
	Shift Shift
	// Unit and N are a relative expression's period and count: N = -1
	// for "yesterday" and "last week", 0 for "today" and "this month",
	// -3 for "three years ago".
	Unit Unit
	N    int
	// Ago marks "N units ago", counted back from the day rather than by
	// calendar period.
	Ago  bool
	Part Part
	// Bound is set by the words before the expression.
	Bound Bound
	// Prep is the preposition before the expression, lower case ("on",
	// "in", "since"), or "".
	Prep string
	// Phrase is Span with the preposition and the bounding words before
	// it: "as early as Tuesday", "on Monday".
	Phrase document.Span
}

// Text returns the expression as written.
func (e *Expr) Text(text string) string { return text[e.Span.Start:e.Span.End] }

// NeedsDate reports whether the expression can only be resolved against
// the article's date.
func (e *Expr) NeedsDate() bool {
	return e.Kind != Calendar || e.Year == 0
}
