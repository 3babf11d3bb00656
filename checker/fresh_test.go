package checker_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/diag"
	"github.com/factlint/factlint/rules"
)

// freshInjection is one error injected into one clean article of
// testdata/fresh: the first occurrence of Old in File becomes New.
type freshInjection struct {
	Story, File, Old, New string
}

// TestFreshStories measures fact recall on stories written after the rules
// were tuned (testdata/fresh). Its clean copies must give no finding at
// all: every alarm there is noise.
func TestFreshStories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh"), 56) // 58 of 72 after round 33 (a bound of an area as what a share is "of", perimeter and edge: of_synonyms); 57 of 72 after round 32 (a plural in -s qualifying the plural after it, "12 measles cases" counting cases); 56 of 72 after round 27 (a bare figure opening its clause, keyed by its verb, against the count the other copy gives with the verb); 55 of 72 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 53 of 72 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 49 of 72 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 49 of 72 after round 22 (maxima compared as figures, an amount per period, a coarse figure no support); 46 of 72 found after the round-21 merge (figures, dates and times, ages and names); 43 of 72 found after round 20 (42 after round 16; a grave state, "in intensive care", is a contrast group), minus 2
}

// TestFresh2Stories measures recall and false alarms on the second batch of
// stories written after the rules were tuned (testdata/fresh2). Unlike
// testdata/fresh, these clean copies still give a few false alarms; they
// are listed in its known_false_alarms.
func TestFresh2Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh2"), 118) // 120 of 143 after round 27 (a compound time's months read whole); 119 of 143 after round 26 (a whole of a part against the sum of its parts in another outlet, everyone on board; another year's figure no rival); 118 of 143 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 117 of 143 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 114 of 143 after the round-23 merge (counts under their role after "the loss of", a weekday's figure, days written out); 112 of 143 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 111 of 143 found after the round-21 merge (figures, dates and times, ages and names); 107 of 143 found after round 21 (a day moved beside a time its possessive subject or when-clause dates); 106 after round 20 (104 after round 19, 103 before; a headline restating the others' figure over a changed body; "brought out alive" is a rescue), minus 2
}

// TestFresh3Stories measures recall and false alarms on the third batch
// (testdata/fresh3), written in the ninth round and held back from its
// first half.
func TestFresh3Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh3"), 48) // 50 of 64 after round 32 (a duration in figures with two digits swapped against two outlets' duration, the story's only one of that unit and digits, in sentences sharing no word); 49 of 64 after round 31 (the wire's changed injured count, found before only against the tabloid's injured of an earlier year's surge, its one injured count, is lost now that the tabloid's "Another 64 were hurt" is claimed and the broadsheet's 64 is one the wire states again); 50 of 64 after round 27 (an earlier event's sum dated "N years ago"); 49 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 48 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 46 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 45 of 64 after round 22 (a share of a whole sized before its noun); 44 of 64 found after the round-21 merge (figures, dates and times, ages and names); 44 of 64 found after round 20 (43 after round 19, 42 before; a grave state is a contrast group), minus 2
}

// TestFresh4Stories measures recall and false alarms on the fourth batch
// (testdata/fresh4), written in the second half of the ninth round and
// held back from it.
func TestFresh4Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh4"), 23) // 25 of 31 after round 27 (an earlier event's sum in a clause a year opens after a colon); 24 of 31 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 24 of 31 found after the round-21 merge (figures, dates and times, ages and names); 23 of 31 found after round 21 (a time of day moved against the others' for a sentence of the same words); 22 after round 16 (23 after round 15; a year opening its sentence now dates a past recall's cost that the next sentence restates), minus 2
}

// TestFresh5Stories measures the fifth batch of unseen stories
// (testdata/fresh5), written in the tenth round and held back from it.
func TestFresh5Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh5"), 53) // 55 of 64 after round 29 (the rand's "R" read before a sum written as one: "R4.15 billion"); 54 of 64 after round 27 (a sum and the work it was spent on, named with other verbs); 53 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 50 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 48 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 47 of 64 found after the round-21 merge (figures, dates and times, ages and names); 46 of 64 found after round 19, as before, minus 2
}

// TestFresh6Stories measures the sixth batch of unseen stories
// (testdata/fresh6), written in the eleventh round and held back from it.
func TestFresh6Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh6"), 50) // 52 of 63 after round 28 (a sum whose modifier names what it pays for, against another outlet's sum of that noun); 51 of 63 after round 27 (a sentence's figure after a quote closing the sentence before, no longer taken for a name's number); 50 of 63 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 47 of 63 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 44 of 63 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 44 of 63 found after the round-21 merge (figures, dates and times, ages and names); 43 of 63 found after round 19 (42 before; a vague count siding with neither exact figure), minus 2
}

// TestFresh7Stories measures the seventh batch of unseen stories
// (testdata/fresh7), written in the second half of the eleventh round and
// held back from it.
func TestFresh7Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh7"), 52) // 54 of 64 after round 27 (a sum "a further" adds, compared with the others' added parts); 53 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 51 of 64 after the round-23 merge (a conversion read as written); 50 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 49 of 64 after round 22 (an amount per period, a coarse figure no support); 47 of 64 found after the round-21 merge (figures, dates and times, ages and names); 47 of 64 found after round 21 (a time of day moved); 46 after round 20 (44 after round 19; conversions of a qualified figure and of an Australian-dollar sum), minus 2
}

// TestFresh8Stories measures the eighth batch of unseen stories
// (testdata/fresh8), written in the thirteenth round and held back from it.
func TestFresh8Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh8"), 49) // 51 of 64 after round 32 (a place's name slipped once between "the" and the noun two outlets write after its one spelling: "the Harnick quarry"); 50 of 64 after round 31 ("another" before a count of a role no figure before it has counts that role whole: "Another N are still missing"); 49 of 64 after round 29 (a phrase of no verb opening its sentence, closed at a comma by its date, read in the tense of the clause after it: "For six long hours on Friday, the pier was ..."); 48 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 46 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 44 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 42 of 64 found after the round-21 merge (figures, dates and times, ages and names); 40 of 64 found after round 20 (39 after round 19; a size restated with its unit once), minus 2
}

// TestFresh9Stories measures the ninth batch of unseen stories
// (testdata/fresh9), written in the fourteenth round and held back from it.
func TestFresh9Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh9"), 47) // 49 of 64 after round 28 (a year naming an earlier event before its noun, "since the 1987 gale", against the years the others give it); 48 of 64 after round 26 (a part of a whole that leaves its noun to the whole: a whole that opens the sentence, or one of no stated size); 47 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 46 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 44 of 64 after the round-23 merge (a sum of millions after a name, a day written out); 42 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 41 of 64 after round 22 (two maxima compared as figures); 40 of 64 found after the round-21 merge (figures, dates and times, ages and names); 39 of 64 found after round 21 (a year opening its sentence before a noun, "In 2019 officers"); 38 after round 16 (34 after round 15; fact.date: a day beside a minute of the clock; a specific count; a misspelt name), minus 2
}

// TestFresh10Stories measures the tenth batch of unseen stories
// (testdata/fresh10), written in the fifteenth round and held back from it.
func TestFresh10Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh10"), 49) // 51 of 61 after round 27 (one full date against one in sentences sharing five points); 50 of 61 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 49 of 61 after the round-23 merge (a day written out, a count under its role); 47 of 61 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 47 of 61 after round 22 (a coarse figure no support); 46 of 61 found after the round-21 merge (figures, dates and times, ages and names); 44 of 61 found after round 20 (41 after round 16; a qualified figure converted, a New Zealand-dollar sum, a headline restating the others' figure over a changed body), minus 2
}

// TestFresh11Stories measures the eleventh batch of unseen stories
// (testdata/fresh11), written in the sixteenth round and held back from it.
func TestFresh11Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh11"), 50) // 52 of 63 after round 31 (two figures hedged at three digits or more, their middle digits swapped, no longer agreeing within a quarter of the hedge); 51 of 63 after round 30 (a headline's age of a role over a body whose one other age of the role differs); 50 of 63 after round 29 (the rand's "R" read before a sum written as one: "R17 million"; a bare count of "times" ending its clause, a count of repetitions); 47 of 63 after round 28 (a specific count put "in" a named place, one slip of the pen from the others' count, read as the story's count of the place, a lower bound of theirs); 46 of 63 after round 27 (times in days, hours and minutes read whole and compared part by part, a year dating the figure before an aside with a possessive, a weekday after "before dawn"); 43 of 63 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 42 of 63 after the round-23 merge (days written out); 40 of 63 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 40 of 63 found after the round-21 merge (figures, dates and times, ages and names); 31 of 63 found with 3 false alarms when held back; 32 after round 16; 33 and none after its three false alarms were fixed in general terms; 35 after round 19 (a tense read past a place set off by commas; a yearless weekday checked 92 days back); 38 after round 20 (a slip after a title, two qualified figures converted); 39 after round 21 (an earlier storm's year no longer makes the news's day one of two), minus 2
}

// TestFresh12Stories measures the twelfth batch of unseen stories
// (testdata/fresh12), written in the seventeenth round and held back from
// it.
func TestFresh12Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh12"), 55) // 57 of 64 after round 32 (a duration in figures with two digits swapped against two outlets' duration, the story's only one of that unit and digits, in sentences sharing no word); 56 of 64 after round 29 (an age opening a description with the name in apposition, "a 29-year-old diver, Ada Merrow,", taken for that person's); 55 of 64 after round 27 (a bare figure keyed by its verb, against the count the other copy gives with the verb); 54 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 51 of 64 after the round-23 merge (a day written out); 50 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 48 of 64 found after the round-21 merge (figures, dates and times, ages and names); 42 of 64 found with 5 false alarms when held back; 43 and none after round 17 (whose false-alarm fixes were told this batch's causes); 47 after round 20 (a family name used alone, an English-word slip, a qualified figure converted, a possessive weekday read past a bracketed sum; 48 with a headline restating the others' figure over a changed body), minus 2
}

// TestFresh13Stories measures the thirteenth batch of unseen stories
// (testdata/fresh13), written in round 20 and held back from it.
func TestFresh13Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh13"), 52) // 54 of 64 after round 29 (an age of no named person taken for the person named at the head of the sentence beside it: a lead that holds the name back); 53 of 64 after round 26 (another year's figure no rival of its key); 52 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 51 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 49 of 64 after round 22 (a coarse time no support); 48 of 64 found after the round-21 merge (figures, dates and times, ages and names); 46 of 64 found with 1 false alarm (a pair of findings) when held back, by main before round 20 and by round 20's recall work alike; 47 and none after round 21 (a "since" year read with its own clause only), minus 2
}

// TestFresh14Stories measures the fourteenth batch of unseen stories
// (testdata/fresh14), written in round 21 and held back from it.
func TestFresh14Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh14"), 56) // 58 of 64 after round 30 (a year in a relative clause dates no figure of a clause whose verb stands before the comma); 57 of 64 after round 29 (an age of no named person taken for the person named at the head of the sentence beside it: a lead that holds the name back); 56 of 64 after round 28 (an audience counted as people in front of an event); 55 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 54 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 52 of 64 after the round-23 merge (a day written out); 51 of 64 after the round-22 merge (figures in other words, qualifiers and frames, dates and times, parts of a sum); 44 of 64 and 1 after round 22 (two maxima compared as figures, a rank said of its subject); 40 of 64 found with 3 false alarms when held back by main before round 21; 42 with the same 3 after round 21's merged recall work; 42 and 1 after the lead's three fixes, told the false alarms' causes, minus 2
}

// TestFresh15Stories measures the fifteenth batch of unseen stories
// (testdata/fresh15), written in round 22 and held back from it.
func TestFresh15Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh15"), 57) // 59 of 64 after round 31 ("another" before a count of a role no figure before it has counts that role whole: "Another N people were injured"); 58 of 64 after round 26 (everyone on board, whole or in its parts); 57 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 54 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 51 of 64 and none after the round-23 merge (days written out, currencies crossed through the dollar, a first letter slipped in a compound name, counts in capitals, grouped nouns, savings as noun and verb); a weekday beside a half-hour moved); 41 of 64 found with 2 false alarms when held back by main before round 22; 41 with 3 after round 22's merged recall work (no held-out gain; a part against its sum was a new false alarm); 41 and none after the lead's two fixes, told the false alarms' causes, minus 2
}

// TestFresh16Stories measures the sixteenth batch of unseen stories
// (testdata/fresh16), written in round 23 and held back from it.
func TestFresh16Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh16"), 55) // 57 of 64 after round 32 (a family name two edits off, a word, after the same given name and before the same age, each named once); 56 of 64 after round 30 (a count's figure another outlet states as the count of another noun that the count's own article counts alike, no support of it; an aside that goes on in words after its year dates no figure after its closing comma); 54 of 64 after round 29 (a name's age after "just", "aged" or "only"; two sums hedged alike in one currency set against each other by their rounding); 52 of 64 after round 28 (a weekday of the past under a dateline of no year read as by the day before the last weekday its copy tells, against another outlet's day written out on the dateline's day); 51 of 64 after round 26 (a day written out of no year beside the same minute as one other outlet's; another year's figure no rival of its key; less a day the page's weekday no longer settles when it may be the morning after its dateline's); 50 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 47 of 64 after the round-24 merge (percentages by their subject, a body figure against its headline, companion figures, weekdays with days across outlets, times one slip away, ages stated only as ages); 46 of 64 and 2 after round 24 (a local time slipped beside its UTC reading, minutes a slip of the pen from the story's, weekdays of no year that fit no one year with the story's, a page's weekday beside its yearless dateline); 33 of 64 found with 3 false alarms when held back by main before round 23; 35 with 3 after round 23's merged recall work (an earlier event's full date, a count in capitals); 39 and 2 after the lead's fixes, told the batch's misses and false alarms (a currency symbol in letters against its number, two weekdays of no one year in an undated article, two people of one surname), minus 2
}

// TestFresh17Stories measures the seventeenth batch of unseen stories
// (testdata/fresh17), written in round 24 and held back from it.
func TestFresh17Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh17"), 49) // 51 of 64 after round 33 (a fleet "hired" and "chartered", one context word); 50 of 64 after round 30 (a year in a clause "since" opens dates no figure before it); 49 of 64 after round 29 (a sum something costs and the bill put on it, one context word); 48 of 64 after round 26 (a time of day after "resumed" against the others' "reopened"; the page's weekday read as its dateline's day's or the next day's cost one day and the merged work found it again); 47 of 64 after the round-25 merge (counts taken to hospital, cancelled and diverted; weekdays of undated copy by name, earlier events' full dates; figures that must add up; a figure one slip of the pen from another outlet's, an age by a given name beside a shared surname); 28 of 64 found with 2 false alarms when held back by main before round 24; 31 with 1 after round 24's merged recall work (blind: a changed body figure under its headline, a percentage by its subject, companion figures, weekday pairs of no year across outlets); 38 and 0 after the lead's fixes, told the batch's misses and false alarms (a currency sum against the article's stated rate, a round conversion rounded by no more than a tenth, a page's weekday under a day-first dateline, an age in a relative clause, an age stated only as an age, a minute another outlet gives too, companion figures not for times of day), minus 2
}

// TestFresh18Stories measures the eighteenth batch of unseen stories
// (testdata/fresh18), written in round 25 and held back from it.
func TestFresh18Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh18"), 55) // 57 of 64 after round 34 (a given name after "Dad" slipped where another outlet writes it after "her father,": family words of one tie, and a family word before the comma of an apposition); 56 of 64 after round 29 (a phrase of no verb opening its sentence, closed at a comma by its date, read in the tense of the clause after it: a day of no year of the past against a weekday under an earlier dateline; a length framed as a height: "38 miles up" against "an altitude of 61 km"); 54 of 64 after round 28 (a weekday written beside its day of no year judged by its weekday too, a weekday beside the same minute as another outlet's opposing with one shared point); 53 of 64 after round 27 (a bare figure keyed by its verb; a count of people tied to workers by a verb after an auxiliary; a sum "an extra" adds, compared with the others' added parts; a day of no year after another outlet's dateline whose copy tells the event in the past); 49 of 64 after round 26 (days written out of no year in copy of no year, an earlier attempt's year against a first attempt's and a year of a sentence of several dates, a minute past midnight written in words; a count's noun shouted in capitals, a hedged count of three significant digits, a part whose whole opens the sentence; the two sides of a vote that must add up to 100; less the two days the page's weekday no longer settles when it may be the morning after its dateline's); 35 of 64 found with 0 false alarms when held back by main before round 25; 36 with 0 after round 25's merged recall work (blind: counts taken to hospital, cancelled and diverted, linked to a group noun, proportions in words; weekdays of undated copy by name, earlier events' full dates, surname slips; shares, changes and parts that must add up); 43 and 0 after the lead's fixes, told the batch's misses (a figure one slip of the pen from another outlet's, pounds restated in dollars as sterling, a turnout keyed by its subject, an age by a given name beside a shared surname, the noun a compound modifies, a local dollar written bare), minus 2
}

// TestFresh19Stories measures the nineteenth batch of unseen stories
// (testdata/fresh19), written in round 26 and held back from it.
func TestFresh19Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh19"), 53) // 55 of 64 after round 31 (a weekday of the past in a dateline's lead a week before the dateline's day, whose weekday the article's own weekday and day of no year fixes); 54 of 64 after round 30 (a year in a relative clause dates no figure of a clause whose verb stands before the comma); 53 of 64 after round 28 (a distance measured "from" a target, no longer keyed as a target of its own); 52 of 64 and no false alarm after round 27 (a number after a noun numbered so read as a label; two halls' crowds kept apart by their places' names; a sum given or still due under other verbs, a measure's percentage by its adjective, a converted bound that states no figure; a time in days, hours, minutes and seconds read whole, a part mistyped; a paper's masthead in its furniture line no use of a name); 38 of 64 found with 12 false alarms when held back by main before round 26 (8 of them a regional page's weekday, the morning after its dateline's day, read as the dateline's); 39 with 12 after round 26's merged recall work (blind: counts shouted in capitals, hedged counts of three digits, parts whose whole opens the sentence; the two sides of a vote, everyone on board, another year's figure no rival; days of no year, minutes of the clock, earlier attempts' years); 46 and 2 after the lead's fixes, told the batch's misses and false alarms (a page's weekday read as its dateline's day's or the next day's, a rate's period after a conversion, a surname alone given its article's one given name, the end of a change read with what changed, a verb's object as a share's subject, the year of an earlier clause, "the 38-year-old" before a verb, a part "of them" larger than its whole), minus 2
}

// TestFresh20Stories measures the twentieth batch of unseen stories
// (testdata/fresh20), written in round 27 and held back from it.
func TestFresh20Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh20"), 52) // 54 of 64 after round 31 (a figure restated in brackets in another unit, "7,950 metres (26,083 feet)", set against another outlet's figure in that unit as written, and no longer stating a slip of it through its first figure's rounding); 52 of 64 after round 30 (a height word after a bracketed conversion frames the figure); 51 of 64 after round 28 (an overrun dated by the year of its budget's clause; a sum under its owner's name against the same sum under its noun; a share of the world's whole written "global"; a figure after "and" and a verb of its own not dated by the year before them; a crowd counted "at" a named place the crowd of that place; a weekday against two outlets', one of them sharing only the names of its sentence); 44 of 64 found with 1 false alarm when held back by main before round 27 (a river's name two edits from the capital's taken for a slip of it); 45 with 1 after round 27's merged recall work (blind: a bare figure keyed by its verb, a number joined to the noun it counts, a numbered label, two places' crowds apart; sums under other verbs, a share by its adjective, a converted bound; times in parts, a day timed "before dawn", a pair of full dates, a day against a dateline of no year); 45 and 0 after the lead's fixes, told the batch's misses and false alarm (a spelling two edits from a short name, alone, is no slip; a page's furniture line is no names' use), minus 2
}

// TestFresh21Stories measures the twenty-first batch of unseen stories
// (testdata/fresh21), written in round 28 and held back from it.
func TestFresh21Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh21"), 56) // 58 of 64 after round 31 (the age of a quotation's speaker put after the verb, `"...," said the 68-year-old`, resolved to the person of a surname shared with another, named before it by the given name; a weekday of the past in a dateline's lead a week before the dateline's day, whose weekday another outlet's weekday and day of no year fixes); 56 of 64 after round 30 (years listed after an earlier event's year, "in YEAR and YEAR", each a claim of its place in the list); 55 of 64 after round 29 (a length framed as a height, "190 miles up" against "305 km above the ground"; a role's age referring back to the name at the head of the sentence before; a count's noun said as the verb's, "needed treatment"; a count per period no rival of the count of the day; an age a pronoun's clause gives no statement of a count); 50 of 64 and no false alarm after round 28's lead fixes, told the batch's misses and false alarm (square feet and yards as units of area; a number word in capitals after the word opening the sentence; a measure hedged at three significant digits held to half its hedge's tolerance; a spelling two edits from a known place named no more often is as likely another place); 48 of 64 found with 1 false alarm when held back by main before round 28 (an island two edits from its country taken for a slip of it), and 48 with 1 after round 28's merged recall work (blind), minus 2
}

// TestFresh22Stories measures the twenty-second batch of unseen stories
// (testdata/fresh22), written in round 29 and held back from it.
func TestFresh22Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh22"), 59) // 61 of 64 and no false alarm after round 31 (a verb after "to" and a word of its own, "the order to leave was given", the sentence's own, no infinitive; a day of no year against an undated outlet's weekday held back where that outlet's later weekday of the week up to the day is tied to its sentence as much); 60 of 64 and no false alarm after round 30 (a part of a whole of no size a bound of the bare count, "N of their cash machines"; a figure another outlet states as the count of another noun both articles count alike, no support of a changed count; people who "watched" an event its audience, and people who "live" in a place its residents; a speech word's definite object, "announced the find on Friday", makes the date the telling's, which unmasks the area on the same line; two days of no year beside one minute of the clock written in the 12-hour and the 24-hour style, one moment in sentences sharing two points); 50 of 64 found with 3 false alarms when held back by main before round 29, and the same after round 29's merged recall work (blind: counts and durations in other words, ages by description and after "aged", heights, the rand's "R", a fronted phrase's tense, weekdays past midnight); 54 and 1 (its known false alarm) after the lead's fixes, told the batch's misses and false alarms (the press, reporters and journalists as speech words; two hedged sums in one currency set against each other by their rounding; gallons and tons of two measures; the subject of "one of N" no owner; a change restated as "by D, or P%"; a large count after "those"; "=lives" as written), minus 2
}

// TestFresh23Stories measures the twenty-third batch of unseen stories
// (testdata/fresh23), written in round 30 and held back from it.
func TestFresh23Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh23"), 62) // 64 of 64 after round 33 (a bare figure whose verb is a phrase ending its clause, "N were kept in.", keyed by the verb it stands for, admitted: bare_verb_phrases; an undated wire's lead weekday holding for the minute told after it, which one outlet writes beside another weekday and another holds for it too); 62 of 64 after round 32 (a duration in figures with two digits swapped against two outlets' duration, the story's only one of that unit and digits, in sentences sharing no word); 61 of 64 after round 31 (the age of a quotation's speaker described after the verb, `"...," said the 41-year-old mother of five`, taken for the person the article named before; one measure an article gives in two units, metres in a quotation and feet two paragraphs on, one of them slipped where the other outlets side with the other in its unit; a family name after a lowercase particle, "el-" or "van der", read after the given name before it, a slip of its first letter too; an "n" dropped after a consonant beside the same name word; a slip after a given name that opens the other outlet's sentence after its dateline; a time of day with its minute's digits swapped against two outlets' minute, the story's only one of that hour, in sentences sharing no word; nouns of one thing as what a measure is "of": of_synonyms, vegetation, greenery, plants); 48 of 64 found with 2 false alarms when held back by main before round 30; 49 with 2 after round 30's merged recall work (blind: a figure another outlet states as the count of another noun no support of a changed count; a part of a whole of no size; a speech word's definite object; listed earlier years; a headline's age of a role; years in asides, "since" and relative clauses); 54 and 0 after the lead's fixes, told the batch's misses and false alarms (an age after "as a" no age of now; a name's plural -s a slip only after the same given name; a depth framed "deep", "down" or "below"; aircraft and planes one count; "every single day" a period; titles and a role before a title no part of a story's names, and a hub's neighbours linked to one article beyond one story; a duration to the minute against its sentence's two times of day), minus 2
}

// TestFresh24Stories measures the twenty-fourth batch of unseen stories
// (testdata/fresh24), written in round 31 and held back from it.
func TestFresh24Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh24"), 58) // 60 of 64 after round 34 (two floors of one contrast role, "at least N dead", in outlets of one time compared as figures); 59 of 64 after round 33 (a hedged count at least four times an exact count of its noun in one article, "about N otters" beside "THREE otters", the whole: the exact count still its article's only one, and the noun counted once there; a share whose part is named after "were", "roughly 75 per cent were bream", that noun's share, as "bream made up 55% of the catch" is; two percentages hedged by "about" set against each other by their rounding; a firm's name of two names joined by "&", its first half slipped into a word beside the same second half); 56 of 64 after round 32 (a figure an outlet gives as a count of people in general no statement of another's count of things: person_nouns; the ranks of one running tally under several nouns, each article's one rank of ten or more; a count whose name complement another outlet gives as the count's owner that count, not a part of it; a margin between two totals, "W, M ahead of NAME on Y", with the full stop after a decimal figure no longer swallowed by the tokenizer; "the N-year-old <nationality>" resolved as the named subject's age; a year in an "after"/"before" phrase off the figure before it; a bare "at 11.42" of no am or pm, its minute's digits swapped against two outlets' time, the story's only minute of that hour; a duration in figures with two digits swapped against two outlets', the story's only one of that unit and digits, whatever the words, its own headline giving the others' figure; a first letter slipped beside the same given name, no longer hidden by a gazetteer's name near the slip that stands beside nothing it does); 41 of 64 found with 1 false alarm when held back by main before round 31; 42 and 0 after round 31's merged recall work (blind: a dateline's lead weekday against the story's dated weekdays, and filedBefore's bounding support, which removed the false alarm); 47 and 0 after the lead's fixes, told the batch's misses and false alarms (a figure hedged at three digits or more a quarter of its hedge; an adverb of the present after a year; weekdays joined into a span no days of the news before the dateline; a fragment answering a question; "N% of them" after a count; "P% more than the old high of Y" through a restatement in commas), minus 2
}

// TestFresh25Stories measures the twenty-fifth batch of unseen stories
// (testdata/fresh25), written in round 32 and held back from it.
func TestFresh25Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh25"), 61) // 63 of 64 after round 33 (victims and casualties no head of a role count, harmed_nouns; people who "turned out" or "turned up" spectators, counted_as near entries of a verb and its particle; a count keyed by its role and head not stated by an outlet that gives its figure only as the count of another noun both articles count alike; a count hedged at two significant digits in the thousands held to its rounding and a quarter of its hedge against another outlet's exact count; two modifiers of one contrast group, "a 28% fall" and "a 28% drop", one change; a weekday beside a minute against another outlet's weekday beside it and one whose lead weekday holds for it); 54 of 64 found with 4 false alarms when held back by main before round 32; 54 and 4 after round 32's merged recall work (blind); 57 and 0 after the lead's fixes, told the batch's misses and false alarms ("N others" after a sentence of the same people, and "and N other X" after a noun, remainders; a crowd that packed a place of one noun, or gathered at a place named with no article, that place's crowd; a day written out after a yearless dateline's day or more than a week before it no day of its weekdays; a plural in -s qualifying a plural; a count after "than" a comparison's standard; an age after "is" in apposition), minus 2
}

// TestFresh26Stories measures the twenty-sixth batch of unseen stories
// (testdata/fresh26), written in round 33 and held back from it.
func TestFresh26Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh26"), 57) // 59 of 64 after round 34 (a share of a capacity, "78% of its capacity", against the occupancy "78% full" gives; a relative clause of a noun after a weekday the noun's, so a wire's lead weekday holds for the minute after it; a day of no year beside a minute against the weekday a dateline holds for that minute; a page's weekday its dateline's day when the lead under it names that weekday; a count an article gives of two people keyed by its owner, a name opening the sentence or in the possessive before the figure, and compared with the same person's only count of the noun in another outlet; a family name slipped onto an English word after the same given name, the name written after a title elsewhere); 47 of 64 found with 1 false alarm when held back by main before round 33; 47 and 1 after round 33's merged recall work (blind); 53 and 0 after the lead's fixes, told the batch's misses and false alarm (a Monday's page over a Saturday's yearless dateline; a conversion after ", that's"; a number opening a paragraph under a headline in capitals or a month closing the paragraph before; "all N of its X" the whole; "N more missing" after a count of the dead that role's whole, and a figure with a fraction no one's toll; "gross tonnes" the tonne), minus 2
}

// TestFresh27Stories measures the twenty-seventh batch of unseen stories
// (testdata/fresh27), written in round 34 and held back from it.
func TestFresh27Stories(t *testing.T) {
	measureFresh(t, filepath.Join("..", "testdata", "fresh27"), 55) // 57 of 64 after round 34: 51 of 64 found with 1 false alarm when held back by main before round 34; 51 and 1 after round 34's merged recall work (blind: a word of the language two edits from a known place, heading a name of its own before a generic word, "Canal Square", taken for the place's slip); 57 and 0 after the lead's fixes, told the batch's misses and false alarm (a word before a generic word heads a name of its own; a count after "among" the whole its subject is one of; a clause opened by "after" right after a year that year's; a period further on in a count's clause, "used the tunnel daily"; "a boy of eight" an age; a contrast word after a count that takes its own figure, "carrying N passengers, killing two", no role of the count; a contrast word between a count and its noun, "69 cancelled departures", its role; blasts and explosions one count, and the whole of a noun no statement of an increment of it), minus 2
}

// measureFresh checks the stories of root against its injected.toml. Each
// error is applied alone, the story is checked, and the error is found
// when a finding starts on its line where the clean copy has none. The
// findings on the clean copies must be exactly those listed in
// known_false_alarms ("story/file:line rule"; none when the key is
// absent): any other is a new false alarm, and a listed one that is gone
// must come off the list, so the list only shrinks. The count found must
// not fall below floor; a change that gains findings should raise it.
func measureFresh(t *testing.T, root string, floor int) {
	t.Helper()
	set, err := rules.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		KnownFalseAlarms []string `toml:"known_false_alarms"`
		Injection        []freshInjection
	}
	if _, err := toml.DecodeFile(filepath.Join(root, "injected.toml"), &spec); err != nil {
		t.Fatal(err)
	}
	stories := map[string][]checker.Input{}
	var names []string
	for _, inj := range spec.Injection {
		if stories[inj.Story] == nil {
			stories[inj.Story], _ = readStoryDir(t, filepath.Join(root, inj.Story))
			names = append(names, inj.Story)
		}
	}
	// cleanLines are the lines of each story's clean copy with a finding.
	cleanLines := map[string]bool{}
	var alarms []string
	for _, name := range names {
		res, err := checker.Check(stories[name], checker.Options{Rules: set, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, dg := range res.Diagnostics {
			cleanLines[fmt.Sprintf("%s:%d", dg.File, dg.Start.Line)] = true
			alarms = append(alarms, fmt.Sprintf("%s:%d %s", dg.File, dg.Start.Line, dg.Rule))
		}
	}
	slices.Sort(alarms)
	alarms = slices.Compact(alarms)
	for _, a := range alarms {
		if !slices.Contains(spec.KnownFalseAlarms, a) {
			t.Errorf("new false alarm on a clean copy: %s", a)
		}
	}
	for _, k := range spec.KnownFalseAlarms {
		if !slices.Contains(alarms, k) {
			t.Errorf("known false alarm %s is gone: take it off known_false_alarms", k)
		}
	}
	found := 0
	for _, inj := range spec.Injection {
		in := slices.Clone(stories[inj.Story])
		path := inj.Story + "/" + inj.File
		i := slices.IndexFunc(in, func(c checker.Input) bool { return c.Path == path })
		if i < 0 {
			t.Fatalf("%s: no such article", path)
		}
		src := string(in[i].Src)
		at := strings.Index(src, inj.Old)
		if at < 0 {
			t.Fatalf("%s: %q not in the article", path, inj.Old)
		}
		in[i].Src = []byte(src[:at] + inj.New + src[at+len(inj.Old):])
		line := strings.Count(src[:at], "\n") + 1
		res, err := checker.Check(in, checker.Options{Rules: set, Jobs: 1})
		if err != nil {
			t.Fatal(err)
		}
		hit := !cleanLines[fmt.Sprintf("%s:%d", path, line)] && slices.ContainsFunc(res.Diagnostics, func(dg diag.Diagnostic) bool {
			return dg.File == path && dg.Start.Line == line
		})
		if hit {
			found++
			t.Logf("found:  %s:%d %q -> %q", path, line, inj.Old, inj.New)
		} else {
			t.Logf("missed: %s:%d %q -> %q", path, line, inj.Old, inj.New)
		}
	}
	t.Logf("%d of %d injected errors found; %d false alarms on the clean copies", found, len(spec.Injection), len(alarms))
	if found < floor {
		t.Errorf("found %d of %d injected errors, below the floor of %d", found, len(spec.Injection), floor)
	}
}
