// Package segment splits the copy of a document into sentences and tokens
// good enough for news: "Mr.", "Gen.", "U.S.", "Sept." and initials do not
// end a sentence, block boundaries (paragraphs, headings, lines of
// unwrapped copy) always do, and possessive "'s" is split from the name it
// follows. Spans are byte offsets into the text given, never re-found.
package segment
