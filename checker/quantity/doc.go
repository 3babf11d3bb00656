// Package quantity finds the quantities of a text: numbers written in
// digits or words, with their qualifiers ("at least", "about") and units
// ("km/h", "miles", "$"), as intervals that can be compared across units.
//
// The unit and qualifier tables are data, loaded from the rule pack; this
// package only knows how English writes numbers.
//
// Table.Extract reads, over the tokens of the segmenter:
//
//   - digits ("20", "1,500", "8.0") and scale words ("1.5 million",
//     "5.7bn"; "$5m" after a currency only);
//   - number words ("twenty-one", "one hundred and twenty", "a dozen",
//     "half a million"), ordinals ("10th", "second", "twenty-first") and
//     fractions ("half", "two-thirds", "two and a half hours",
//     "11-and-a-half years"), as exact as their decimal ("2.5");
//   - units after the number, spaced, glued ("9mm") or hyphenated ("a
//     10-hour flight"), the longest alias first; currency prefixes; "a"/"an"
//     before a unit of duration, length or mass ("an hour", "a full day");
//   - qualifiers before the number, a currency prefix or "a"/"an";
//   - ranges ("10 to 12 km", "10-12", "between 10 and 12", "2018-19") and
//     lists ("10, 20 and 30 km", whose last unit applies to the bare
//     numbers before it);
//   - one amount in two units of a dimension, "11 years and six months",
//     "2 hours 30 minutes", as one quantity in the first unit;
//   - years, by the words around a four-digit number;
//   - times of day ("3.40am", "6:40 a.m.", "at 15:40", "1540 GMT") in
//     minutes after midnight, in TimeOfDay or TimeOfDayUTC.
//
// It leaves out numbers that name things ("AK-47", "G7", "Boeing 737"),
// times of another zone, dates, scores ("3-1"), phone and version numbers, and vague
// plurals ("dozens").
package quantity
