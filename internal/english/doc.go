// Package english tells whether a word is an English word, from a word
// list embedded in the binary (words.txt: the lower-case words of the
// SCOWL American and British lists, see README.md and LICENSE).
//
// The list is searched where it lies in the binary, by binary search
// over its sorted lines: nothing is parsed or allocated at start-up or
// on a look-up, so a run that never asks pays nothing.
package english
